// Registries and refs built by hand, for rule tests that should not depend on the YAML loader.

import type { Access, Located, PortRange, Protocol, Registry, Service } from "../../src/registry/model.js";
import type { PortRef } from "../../src/scan/types.js";

const at = (line = 1, column = 1, file = "ports.yaml"): Located => ({ file, line, column, endLine: line, endColumn: column + 4 });

export interface ServiceSpec {
  port: number;
  env?: string;
  range?: string | [number, number];
  protocol?: Protocol;
  access?: Access;
  target?: number;
  aliases?: string[];
  optional?: boolean;
  fallback?: [number, number];
  paths?: string[];
}

export function makeRegistry(spec: {
  services?: Record<string, ServiceSpec>;
  ranges?: Record<string, [number, number]>;
  reserved?: Array<{ from: number; to?: number; reason?: string }>;
}): Registry {
  const ranges = new Map<string, PortRange>(
    Object.entries(spec.ranges ?? {}).map(([name, [from, to]]) => [name, { name, from, to, at: at() }]),
  );
  let line = 10;
  const services: Service[] = Object.entries(spec.services ?? {}).map(([name, s]) => {
    line += 2;
    const range = typeof s.range === "string" ? ranges.get(s.range) : s.range ? { from: s.range[0], to: s.range[1], at: at(line) } : undefined;
    const service: Service = {
      name,
      port: s.port,
      protocol: s.protocol ?? "tcp",
      access: s.access ?? "localhost",
      aliases: s.aliases ?? [],
      immutable: false,
      optional: s.optional ?? false,
      paths: s.paths ?? [],
      override: false,
      at: at(line - 1, 3),
      portAt: at(line, 11),
      source: "ports.yaml",
    };
    if (s.env) service.env = s.env;
    if (range) service.range = range;
    if (typeof s.range === "string") service.rangeName = s.range;
    if (s.target !== undefined) service.target = s.target;
    if (s.fallback) service.fallback = s.fallback;
    return service;
  });
  return {
    file: "ports.yaml",
    version: 1,
    ranges,
    services,
    reserved: (spec.reserved ?? []).map((r, i) => ({ from: r.from, to: r.to ?? r.from, reason: r.reason, at: at(50 + i) })),
    ignore: [],
    rules: {},
    docs: { output: "PORTS.md" },
    extends: [],
    sources: ["ports.yaml"],
  };
}

/** A host-side compose publish ref unless overridden. */
export function makeRef(partial: Partial<PortRef> & { port: number }): PortRef {
  return {
    file: "docker-compose.yml",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1 + String(partial.port).length,
    family: "compose",
    kind: "publish",
    side: "host",
    protocol: "tcp",
    ...partial,
  };
}

// Loading a registry into the typed model: every key, defaults, locations, findConfig.

import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { findConfig, loadRegistry, parseRegistry } from "../../src/registry/load.js";
import { ConfigError, type Registry } from "../../src/registry/model.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portcullis-registry-"));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const at = (file: string, line: number, column: number, endColumn: number) => ({ file, line, column, endLine: line, endColumn });

describe("the full example (every key)", () => {
  let registry: Registry;

  it("loads", async () => {
    registry = await loadRegistry("ports.yaml", { root: path.join(fixtures, "registry-full") });
    expect(registry.file).toBe("ports.yaml");
    expect(registry.version).toBe(1);
    expect(registry.project).toBe("harbor-telemetry");
    expect(registry.extends).toEqual(["./shared/host-ports.yaml"]);
    expect(registry.sources).toEqual(["ports.yaml", "shared/host-ports.yaml"]);
  });

  it("resolves named and inline ranges, inherited ones included", () => {
    expect([...registry.ranges.keys()]).toEqual(["dashboards", "core", "dev"]);
    expect(registry.ranges.get("core")).toEqual({
      name: "core",
      from: 8000,
      to: 8099,
      description: "Core application services",
      at: at("ports.yaml", 6, 3, 7),
    });
    expect(registry.ranges.get("dev")).toMatchObject({ from: 5000, to: 5199, at: at("ports.yaml", 7, 3, 6) });
    expect(registry.ranges.get("dashboards")).toMatchObject({ from: 3200, to: 3399, at: at("shared/host-ports.yaml", 4, 3, 13) });
  });

  it("compiles a service with every key", () => {
    const api = registry.services.find((service) => service.name === "api");
    expect(api).toEqual({
      name: "api",
      port: 8000,
      env: "HARBOR_API_PORT",
      range: registry.ranges.get("core"),
      rangeName: "core",
      protocol: "tcp",
      access: "private",
      description: "Ingest and query API",
      target: 8080,
      aliases: ["backend", "harbor-api"],
      immutable: false,
      optional: false,
      fallback: [8010, 8019],
      paths: ["services/api/**"],
      process: "uvicorn",
      override: false,
      at: at("ports.yaml", 12, 3, 6),
      portAt: at("ports.yaml", 13, 11, 15),
      source: "ports.yaml",
      project: "harbor-telemetry",
    });
  });

  it("applies defaults and inline ranges", () => {
    const beacon = registry.services.find((service) => service.name === "beacon")!;
    expect(beacon).toMatchObject({ protocol: "udp", access: "internal", aliases: [], paths: [], immutable: false, optional: false, override: false });
    expect(beacon.range).toEqual({ from: 5300, to: 5399, at: at("ports.yaml", 30, 12, 24) });
    expect(beacon.rangeName).toBeUndefined();
    const web = registry.services.find((service) => service.name === "web-dev")!;
    expect(web).toMatchObject({ protocol: "tcp", access: "localhost", immutable: true, optional: true, rangeName: "dev" });
    expect(web.fallback).toBeUndefined();
    expect("env" in web).toBe(false);
  });

  it("keeps inherited services with their source, and lets override replace one in place", () => {
    expect(registry.services.map((service) => [service.name, service.source])).toEqual([
      ["grafana", "ports.yaml"],
      ["node-exporter", "shared/host-ports.yaml"],
      ["api", "ports.yaml"],
      ["beacon", "ports.yaml"],
      ["web-dev", "ports.yaml"],
    ]);
    const grafana = registry.services[0]!;
    expect(grafana).toMatchObject({ port: 3300, access: "public", override: true, rangeName: "dashboards" });
    expect(grafana.range?.at.file).toBe("shared/host-ports.yaml");
    expect(registry.services[1]!.at).toEqual(at("shared/host-ports.yaml", 10, 3, 16));
  });

  it("accumulates reservations as {from, to} and ignore globs", () => {
    expect(registry.reserved).toEqual([
      { from: 9090, to: 9090, reason: "Prometheus on the host", at: at("shared/host-ports.yaml", 14, 13, 17) },
      { from: 3000, to: 3000, reason: "Grafana of the ops team", at: at("ports.yaml", 43, 13, 17) },
      { from: 11000, to: 11999, reason: "Reserved for model serving", at: at("ports.yaml", 44, 12, 26) },
    ]);
    // In order, the extending file last (a later `!glob` could take back an inherited one).
    expect(registry.ignore).toEqual(["third_party/**", "vendor/**", "**/*.min.js"]);
  });

  it("normalises rule levels, the extending file winning", () => {
    expect(registry.rules).toEqual({
      "hardcoded-port": "warn",
      "out-of-range": "warn",
      "docs-drift": "error",
      "ephemeral-port": "warn",
      "privileged-port": "off",
      "unknown-port": "warn",
      "port-conflict": "error",
      "env-template-drift": "info",
      "unquoted-port": "off",
    });
  });

  it("reads docs settings", () => {
    expect(registry.docs).toEqual({ output: "docs/PORTS.md", diagram: "mermaid" });
  });
});

describe("defaults", () => {
  it("a minimal registry", () => {
    const registry = parseRegistry("ports.yaml", "version: 1\nservices:\n  api:\n    port: 8000\n");
    expect(registry).toEqual({
      file: "ports.yaml",
      version: 1,
      ranges: new Map(),
      services: [
        {
          name: "api",
          port: 8000,
          protocol: "tcp",
          access: "localhost",
          aliases: [],
          immutable: false,
          optional: false,
          paths: [],
          override: false,
          at: at("ports.yaml", 3, 3, 6),
          portAt: at("ports.yaml", 4, 11, 15),
          source: "ports.yaml",
        },
      ],
      reserved: [],
      ignore: [],
      rules: {},
      docs: { output: "PORTS.md" },
      extends: [],
      sources: ["ports.yaml"],
    });
  });

  it("just a version", () => {
    const registry = parseRegistry("sub/dir/ports.yaml", "version: 1\n");
    expect(registry.services).toEqual([]);
    expect(registry.docs.output).toBe("PORTS.md");
    expect(registry.sources).toEqual(["sub/dir/ports.yaml"]);
  });

  it("every numeric and word rule level", () => {
    const registry = parseRegistry("ports.yaml", "version: 1\nrules: { a: 0, b: 1, c: 2, d: off, e: info, f: warn, g: warning, h: error }\n");
    expect(registry.rules).toEqual({ a: "off", b: "warn", c: "error", d: "off", e: "info", f: "warn", g: "warn", h: "error" });
  });
});

describe("registry-level problems are left to the rules", () => {
  it("loads two services on one port, a port outside its range, and a service in a reserved range", () => {
    const registry = parseRegistry(
      "ports.yaml",
      [
        "version: 1",
        "ranges:",
        "  core: { from: 8000, to: 8099 }",
        "services:",
        "  api: { port: 8000, range: core }",
        "  api-copy: { port: 8000 }",
        "  stray: { port: 9000, range: core }",
        "  inline: { port: 7000, range: [8000, 8010] }",
        "  grafana: { port: 3000 }",
        "  dns: { port: 53, protocol: udp }",
        "  dns-tcp: { port: 53 }",
        "  fallback-elsewhere: { port: 8001, fallback: [9000, 9010] }",
        "reserved:",
        "  - { port: 3000, reason: Grafana }",
        "  - { range: [8000, 8005], reason: legacy }",
      ].join("\n"),
    );
    expect(registry.services.map((service) => service.name)).toEqual([
      "api",
      "api-copy",
      "stray",
      "inline",
      "grafana",
      "dns",
      "dns-tcp",
      "fallback-elsewhere",
    ]);
  });
});

describe("merge keys", () => {
  it("resolves `<<: *anchor` and locates each value where it is written", () => {
    const registry = parseRegistry(
      "ports.yaml",
      ["version: 1", "services:", "  web: &web", "    port: 80", "    access: public", "  web-tls:", "    <<: *web", "    port: 443"].join("\n"),
    );
    const [web, tls] = registry.services;
    expect(web).toMatchObject({ name: "web", port: 80, access: "public", portAt: at("ports.yaml", 4, 11, 13) });
    expect(tls).toMatchObject({ name: "web-tls", port: 443, access: "public", portAt: at("ports.yaml", 8, 11, 14) });
  });

  it("a port that comes only through the merge points into the anchored mapping", () => {
    const registry = parseRegistry(
      "ports.yaml",
      ["version: 1", "services:", "  a: &a", "    port: 8000", "  b:", "    <<: *a", "    protocol: udp"].join("\n"),
    );
    expect(registry.services[1]).toMatchObject({ name: "b", port: 8000, protocol: "udp", portAt: at("ports.yaml", 4, 11, 15) });
  });
});

describe("findConfig", () => {
  it("finds ports.yaml, ports.yml, .portcullis.yaml in that order", async () => {
    const dir = await tempDir();
    expect(findConfig(dir)).toBeUndefined();
    await writeFile(path.join(dir, ".portcullis.yaml"), "version: 1\n");
    expect(findConfig(dir)).toBe(path.join(dir, ".portcullis.yaml"));
    await writeFile(path.join(dir, "ports.yml"), "version: 1\n");
    expect(findConfig(dir)).toBe(path.join(dir, "ports.yml"));
    await writeFile(path.join(dir, "ports.yaml"), "version: 1\n");
    expect(findConfig(dir)).toBe(path.join(dir, "ports.yaml"));
  });

  it("ignores a directory named ports.yaml", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "ports.yaml"));
    expect(findConfig(dir)).toBeUndefined();
  });
});

describe("loadRegistry", () => {
  it("takes a path relative to the root or absolute, and reports paths relative to the root", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "config"));
    await writeFile(path.join(dir, "config", "ports.yaml"), "version: 1\nservices:\n  api: { port: 70000 }\n");
    const relative = loadRegistry("config/ports.yaml", { root: dir });
    await expect(relative).rejects.toBeInstanceOf(ConfigError);
    await expect(relative).rejects.toMatchObject({ file: "config/ports.yaml", line: 3, column: 16 });
    await expect(loadRegistry(path.join(dir, "config", "ports.yaml"), { root: dir })).rejects.toMatchObject({ file: "config/ports.yaml" });
  });

  it("a missing registry file is a ConfigError naming it", async () => {
    const dir = await tempDir();
    const error = await loadRegistry("ports.yaml", { root: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toBe("ports.yaml: registry file not found");
  });

  it("reads through a custom reader (the git index for a staged check)", async () => {
    const dir = await tempDir();
    const files = new Map([
      [path.join(dir, "ports.yaml"), "version: 1\nextends: [base.yaml]\nservices:\n  api: { port: 8000 }\n"],
      [path.join(dir, "base.yaml"), "version: 1\nservices:\n  db: { port: 5432 }\n"],
    ]);
    const registry = await loadRegistry("ports.yaml", { root: dir, readText: async (file) => files.get(file) });
    expect(registry.services.map((service) => `${service.name}@${service.source}`)).toEqual(["db@base.yaml", "api@ports.yaml"]);
  });

  it("parseRegistry refuses extends it cannot read", () => {
    expect(() => parseRegistry("ports.yaml", "version: 1\nextends: base.yaml\n")).toThrow(ConfigError);
    try {
      parseRegistry("ports.yaml", "version: 1\nextends: base.yaml\n");
    } catch (error) {
      expect((error as ConfigError).format()).toBe(
        'ports.yaml:2:10: extends "base.yaml" cannot be resolved from text alone; load the file with loadRegistry',
      );
    }
  });
});

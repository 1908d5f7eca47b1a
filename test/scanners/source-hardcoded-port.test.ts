// hardcoded-port on hand-built registries and refs, and end to end from scanned source text.

import { describe, expect, it } from "vitest";
import { attributeRefs } from "../../src/engine/attribute.js";
import { runRules } from "../../src/engine/run-rules.js";
import type { Rule } from "../../src/engine/types.js";
import type { Registry } from "../../src/registry/model.js";
import hardcodedPort from "../../src/rules/hardcoded-port.js";
import { scanSource } from "../../src/scan/scanners/source.js";
import type { PortRef } from "../../src/scan/types.js";
import { makeRef, makeRegistry } from "../helpers/registry.js";

const only = new Map<string, Rule>([["hardcoded-port", hardcodedPort]]);

function run(registry: Registry, refs: PortRef[]) {
  return runRules({ registry, refs: attributeRefs(refs, registry), problems: [], files: [] }, { rules: only, levels: registry.rules, lineText: () => "" });
}

const registry = makeRegistry({
  services: {
    api: { port: 8000, env: "CONTIMG_API_PORT" },
    redis: { port: 6379, env: "REDIS_PORT" },
    grafana: { port: 3000 },
  },
});

const sourceRef = (partial: Partial<PortRef> & { port: number }): PortRef =>
  makeRef({ file: "app/main.py", family: "source", kind: "literal", side: "host", line: 3, column: 10, ...partial });

describe("hardcoded-port", () => {
  it("has metadata like every rule", () => {
    expect(hardcodedPort.meta).toMatchObject({ id: "hardcoded-port", defaultLevel: "warn" });
    expect(Object.keys(hardcodedPort.meta.messages)).toEqual(["hardcoded"]);
  });

  it("flags a literal, a listen and a dial of a service that declares env", () => {
    const refs = [
      sourceRef({ port: 8000, kind: "literal", line: 1 }),
      sourceRef({ port: 8000, kind: "listen", host: "0.0.0.0", line: 2 }),
      sourceRef({ port: 6379, kind: "dial", host: "localhost", line: 3, meta: { dialHost: "localhost" } }),
    ];
    const findings = run(registry, refs);
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.message}`)).toEqual([
      "1 warning hardcoded port 8000 of api; read CONTIMG_API_PORT instead",
      "2 warning hardcoded port 8000 of api; read CONTIMG_API_PORT instead",
      "3 warning hardcoded port 6379 of redis; read REDIS_PORT instead",
    ]);
    expect(findings[0]).toMatchObject({ ruleId: "hardcoded-port", service: "api", port: 8000, file: "app/main.py", column: 10 });
  });

  it.each<[string, Partial<PortRef> & { port: number }]>([
    ["a default of the variable", { port: 8000, kind: "assign", envVar: "CONTIMG_API_PORT", meta: { fromDefault: true } }],
    ["a default of a Spring property", { port: 8000, kind: "assign", meta: { fromDefault: true } }],
    ["a shell assignment of a variable", { port: 8000, kind: "assign", envVar: "API_PORT" }],
    ["a service without env", { port: 3000 }],
    ["a port no service declares", { port: 9999 }],
    ["a container-side URL", { port: 8000, kind: "dial", side: "container", meta: { dialHost: "api" } }],
    ["a compose mapping", { port: 8000, family: "compose", kind: "publish", file: "docker-compose.yml" }],
    ["a docker run publish in a script", { port: 8000, kind: "publish" }],
  ])("stays quiet on %s", (_name, partial) => {
    expect(run(registry, [sourceRef(partial)])).toEqual([]);
  });

  it("stays quiet when the ref is tied to the service by name but uses another port (port-mismatch's job)", () => {
    expect(run(registry, [sourceRef({ port: 8001, envVar: "CONTIMG_API_PORT", kind: "assign" })])).toEqual([]);
  });

  it("follows the configured level", () => {
    const strict = { ...registry, rules: { "hardcoded-port": "error" as const } };
    expect(run(strict, [sourceRef({ port: 8000 })])[0]!.severity).toBe("error");
    const off = { ...registry, rules: { "hardcoded-port": "off" as const } };
    expect(run(off, [sourceRef({ port: 8000 })])).toEqual([]);
  });

  it("works end to end on scanned source", () => {
    const text = [
      "import os",
      'API_PORT = int(os.environ.get("CONTIMG_API_PORT", "8000"))',
      'REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")',
      'uvicorn.run(app, host="127.0.0.1", port=8000)',
      "POLL_INTERVAL_MS = 3000",
      'GRAFANA = "http://localhost:3000"',
    ].join("\n");
    const { refs } = scanSource("app/main.py", text);
    const findings = run(registry, refs);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "3:60 hardcoded port 6379 of redis; read REDIS_PORT instead",
      "4:41 hardcoded port 8000 of api; read CONTIMG_API_PORT instead",
    ]);
  });
});

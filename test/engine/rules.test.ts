// Rule tables: each case is a registry, refs, and the exact findings (rule, line, message fragment).

import { describe, expect, it } from "vitest";
import { attributeRefs } from "../../src/engine/attribute.js";
import { runRules } from "../../src/engine/run-rules.js";
import type { ScannedFile } from "../../src/engine/types.js";
import type { Registry } from "../../src/registry/model.js";
import { rules } from "../../src/rules/index.js";
import type { PortRef, ScanProblem } from "../../src/scan/types.js";
import { makeRef, makeRegistry } from "../helpers/registry.js";

function run(registry: Registry, refs: PortRef[], extra: { problems?: ScanProblem[]; files?: ScannedFile[] } = {}) {
  return runRules(
    { registry, refs: attributeRefs(refs, registry), problems: extra.problems ?? [], files: extra.files ?? [] },
    { rules, levels: registry.rules, lineText: () => "" },
  );
}

const ids = (findings: ReturnType<typeof run>) => findings.map((f) => `${f.ruleId}@${f.file}:${f.line}`).sort();

const api = { port: 8000, env: "API_PORT", access: "localhost" as const, aliases: ["backend"] };

describe("port-mismatch", () => {
  it("flags a compose service publishing another port than declared", () => {
    const findings = run(makeRegistry({ services: { api } }), [makeRef({ port: 8001, host: "127.0.0.1", name: "api", line: 4 })]);
    expect(ids(findings)).toEqual(["port-mismatch@docker-compose.yml:4"]);
    expect(findings[0]!.message).toBe("api is declared on port 8000 in ports.yaml, but this uses 8001");
    expect(findings[0]).toMatchObject({ service: "api", port: 8001, severity: "error" });
  });
  it("flags the service's variable set to another port, wherever it is", () => {
    const ref = makeRef({ port: 8005, file: ".env.example", family: "env", kind: "assign", envVar: "API_PORT", line: 2 });
    const findings = run(makeRegistry({ services: { api } }), [ref]);
    expect(ids(findings)).toEqual(["port-mismatch@.env.example:2"]);
    expect(findings[0]!.message).toContain("API_PORT is api's port, declared as 8000");
  });
  it("accepts the declared port through an alias, and ignores container ports without target", () => {
    const refs = [
      makeRef({ port: 8000, host: "127.0.0.1", name: "backend" }),
      makeRef({ port: 9000, kind: "target", side: "container", name: "backend" }),
    ];
    expect(run(makeRegistry({ services: { api } }), refs)).toEqual([]);
  });
  it("checks container ports against target when declared", () => {
    const registry = makeRegistry({ services: { api: { ...api, target: 8000 } } });
    const findings = run(registry, [makeRef({ port: 9000, kind: "target", side: "container", name: "api", line: 7 })]);
    expect(ids(findings)).toEqual(["port-mismatch@docker-compose.yml:7"]);
  });
  it("picks among services sharing an alias by port", () => {
    const registry = makeRegistry({
      services: { "nginx-http": { port: 80, access: "public", aliases: ["nginx"] }, "nginx-https": { port: 443, access: "public", aliases: ["nginx"] } },
    });
    expect(run(registry, [makeRef({ port: 80, name: "nginx" }), makeRef({ port: 443, name: "nginx" })])).toEqual([]);
  });
});

describe("exposed-binding", () => {
  const registry = makeRegistry({
    services: {
      api,
      admin: { port: 8100, access: "private" },
      db: { port: 5432, access: "internal" },
      web: { port: 443, access: "public" },
    },
  });
  it("errs for localhost services on all interfaces and suggests loopback", () => {
    const findings = run(registry, [makeRef({ port: 8000, host: "", name: "api" })]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["exposed-binding", "error", "api (access: localhost) is published on all interfaces; bind 127.0.0.1:8000"],
    ]);
  });
  it("warns for private services on all interfaces", () => {
    const findings = run(registry, [makeRef({ port: 8100, host: "0.0.0.0", name: "admin", file: "run.sh", family: "source", kind: "listen" })]);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["exposed-binding", "warning"]]);
  });
  it("errs for any host port of an internal service", () => {
    expect(ids(run(registry, [makeRef({ port: 5432, host: "127.0.0.1", name: "db" })]))).toEqual(["exposed-binding@docker-compose.yml:1"]);
  });
  it("errs for a localhost service bound to a LAN address", () => {
    expect(run(registry, [makeRef({ port: 8000, host: "192.168.1.4", name: "api" })])[0]!.message).toContain("bound to 192.168.1.4");
  });
  it("stays silent for public services, loopback binds, container sides and clients", () => {
    const refs = [
      makeRef({ port: 443, host: "", name: "web" }),
      makeRef({ port: 8000, host: "127.0.0.1", name: "api" }),
      makeRef({ port: 8000, host: "0.0.0.0", kind: "listen", side: "container", name: "api" }),
      makeRef({ port: 8000, host: "localhost", kind: "dial", family: "env", file: ".env" }),
    ];
    expect(run(registry, refs)).toEqual([]);
  });
  it("uses a configured level for every report", () => {
    const quiet = { ...registry, rules: { "exposed-binding": "warn" as const } };
    expect(run(quiet, [makeRef({ port: 8000, host: "", name: "api" })])[0]!.severity).toBe("warning");
    const off = { ...registry, rules: { "exposed-binding": "off" as const } };
    expect(run(off, [makeRef({ port: 8000, host: "", name: "api" })])).toEqual([]);
  });
});

describe("port-conflict", () => {
  it("flags two registry services on one port and protocol, not across protocols", () => {
    const registry = makeRegistry({ services: { a: { port: 53 }, b: { port: 53 }, c: { port: 53, protocol: "udp" } } });
    const findings = run(registry, []).filter((f) => f.ruleId === "port-conflict");
    expect(findings.map((f) => f.message)).toEqual(["b declares port 53/tcp, already declared by a (line 12)"]);
  });
  it("flags compose host bindings of different services across files", () => {
    const registry = makeRegistry({});
    const refs = [
      makeRef({ port: 8080, host: "", name: "web", meta: { composeService: "web" }, file: "a/docker-compose.yml", line: 5 }),
      makeRef({ port: 8080, host: "127.0.0.1", name: "admin", meta: { composeService: "admin" }, file: "b/compose.yaml", line: 9 }),
    ];
    const findings = run(registry, refs).filter((f) => f.ruleId === "port-conflict");
    expect(findings.map((f) => [f.file, f.line, f.severity, f.message])).toEqual([
      [
        "a/docker-compose.yml",
        5,
        "warning",
        "web publishes 8080/tcp, which admin of another compose project also publishes in b/compose.yaml:9; they collide when both run on one host",
      ],
      [
        "b/compose.yaml",
        9,
        "warning",
        "admin publishes 8080/tcp, which web of another compose project also publishes in a/docker-compose.yml:5; they collide when both run on one host",
      ],
    ]);
  });
  it("errs for two services of one compose project (one folder, base and override files)", () => {
    const refs = [
      makeRef({ port: 8080, host: "", meta: { composeService: "web" }, file: "docker-compose.yml", line: 5 }),
      makeRef({ port: 8080, host: "", meta: { composeService: "admin" }, file: "docker-compose.override.yml", line: 3 }),
    ];
    const findings = run(makeRegistry({}), refs).filter((f) => f.ruleId === "port-conflict");
    expect(findings.map((f) => [f.file, f.severity, f.message])).toEqual([
      ["docker-compose.yml", "error", "web publishes 8080/tcp, which admin also publishes in docker-compose.override.yml:3"],
      ["docker-compose.override.yml", "error", "admin publishes 8080/tcp, which web also publishes in docker-compose.yml:5"],
    ]);
  });
  it("does not flag a service redefined in an override file, distinct host IPs, or other protocols", () => {
    const refs = [
      makeRef({ port: 8080, host: "", meta: { composeService: "web" }, file: "docker-compose.yml" }),
      makeRef({ port: 8080, host: "", meta: { composeService: "web" }, file: "docker-compose.override.yml" }),
      makeRef({ port: 9000, host: "127.0.0.1", meta: { composeService: "a" } }),
      makeRef({ port: 9000, host: "127.0.0.2", meta: { composeService: "b" } }),
      makeRef({ port: 5353, protocol: "udp", meta: { composeService: "c" } }),
      makeRef({ port: 5353, meta: { composeService: "d" } }),
    ];
    expect(run(makeRegistry({}), refs).filter((f) => f.ruleId === "port-conflict")).toEqual([]);
  });
  it("expands published ranges", () => {
    const refs = [
      makeRef({ port: 6000, portEnd: 6010, meta: { composeService: "a" } }),
      makeRef({ port: 6005, meta: { composeService: "b" }, line: 3 }),
    ];
    expect(ids(run(makeRegistry({ ranges: { r: [6000, 6100] } }), refs))).toEqual(["port-conflict@docker-compose.yml:1", "port-conflict@docker-compose.yml:3"]);
  });
});

describe("registry rules", () => {
  it("out-of-range, reserved-port, ephemeral-port and privileged-port on declarations", () => {
    const registry = makeRegistry({
      ranges: { core: [8000, 8099] },
      services: {
        api: { port: 9000, range: "core" },
        grafana: { port: 3000 },
        worker: { port: 45000 },
        admin: { port: 81 },
        edge: { port: 80, access: "public" },
      },
      reserved: [{ from: 3000, reason: "Grafana (external)" }],
    });
    const findings = run(registry, []);
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`).sort()).toEqual([
      "ephemeral-port: worker declares port 45000, inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
      "out-of-range: api declares port 9000, outside its range core (8000-8099)",
      "privileged-port: admin (access: localhost) uses privileged port 81; binding it needs root or CAP_NET_BIND_SERVICE",
      "reserved-port: grafana declares port 3000, which is reserved: 3000 (Grafana (external))",
    ]);
    expect(findings.find((f) => f.ruleId === "privileged-port")!.severity).toBe("info");
  });
  it("reserved-port on a used port inside a reserved range", () => {
    const registry = makeRegistry({ reserved: [{ from: 11000, to: 11999, reason: "future" }] });
    const findings = run(registry, [makeRef({ port: 11500, host: "127.0.0.1", line: 2 })]);
    expect(findings.map((f) => f.message)).toEqual(["port 11500 is reserved: 11000-11999 (future)"]);
  });
});

describe("unknown-port", () => {
  const registry = makeRegistry({ ranges: { dev: [5000, 5199] }, services: { api }, reserved: [{ from: 9000 }] });
  it("flags host ports nothing declares", () => {
    const findings = run(registry, [makeRef({ port: 7777, host: "127.0.0.1", meta: { composeService: "debug" } })]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["unknown-port", "warning", "port 7777 of debug is not declared in ports.yaml (no service, range or reservation covers it)"],
    ]);
  });
  it("accepts ports covered by a range or a reservation, and container ports", () => {
    const refs = [
      makeRef({ port: 5100, host: "127.0.0.1" }),
      makeRef({ port: 9000, host: "127.0.0.1" }),
      makeRef({ port: 7777, kind: "target", side: "container" }),
    ];
    expect(run(registry, refs).filter((f) => f.ruleId === "unknown-port")).toEqual([]);
  });
});

describe("env-var-mismatch", () => {
  const registry = makeRegistry({ services: { api } });
  it("flags compose reading another variable for the service's port", () => {
    const ref = makeRef({ port: 8000, host: "127.0.0.1", envVar: "BACKEND_PORT", name: "api" });
    expect(run(registry, [ref]).map((f) => f.message)).toEqual([
      "BACKEND_PORT configures api's port here, but ports.yaml says api reads API_PORT",
    ]);
  });
  it("allows generic PORT inside containers and URL variables", () => {
    const refs = [
      makeRef({ port: 8000, kind: "assign", side: "container", envVar: "PORT", name: "api" }),
      makeRef({ port: 8000, kind: "dial", family: "env", file: ".env", host: "localhost", envVar: "API_URL" }),
    ];
    expect(run(registry, refs)).toEqual([]);
  });
});

describe("env-template-drift", () => {
  const registry = makeRegistry({ services: { api, web: { port: 8080, env: "WEB_PORT" }, docs: { port: 8001, env: "DOCS_PORT", optional: true } } });
  const envFile = (path: string, names: string[]): ScannedFile => ({
    path,
    scanner: "env",
    result: { refs: [], problems: [], definedVars: names.map((name, i) => ({ name, value: "1", file: path, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 })) },
  });
  it("flags a port template lacking a required service variable", () => {
    const findings = run(registry, [], { files: [envFile(".env.example", ["API_PORT", "LOG_LEVEL"])] });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      ".env.example:2 .env.example sets port variables but not WEB_PORT (web, port 8080)",
    ]);
  });
  it("ignores real .env files and templates unrelated to the registry", () => {
    const files = [envFile(".env", ["API_PORT"]), envFile("tools/.env.example", ["SENTRY_DSN"])];
    expect(run(registry, [], { files })).toEqual([]);
  });
});

describe("problems and quoting", () => {
  it("turns scanner problems into invalid-port and parse-error findings", () => {
    const problems: ScanProblem[] = [
      { kind: "invalid-port", message: "port 80800 is outside 1-65535", file: "docker-compose.yml", line: 3, column: 9, endLine: 3, endColumn: 14 },
      { kind: "parse-error", message: "unexpected end of flow sequence", file: "compose.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 },
    ];
    expect(ids(run(makeRegistry({}), [], { problems }))).toEqual(["invalid-port@docker-compose.yml:3", "parse-error@compose.yaml:1"]);
  });
  it("reports an unquoted mapping once, not once per side", () => {
    const refs = [
      makeRef({ port: 2222, host: "127.0.0.1", meta: { unquoted: true }, line: 4, column: 9 }),
      makeRef({ port: 22, kind: "target", side: "container", meta: { unquoted: true }, line: 4, column: 14 }),
    ];
    const registry = makeRegistry({ ranges: { all: [1, 65535] } });
    expect(ids(run(registry, refs))).toEqual(["unquoted-port@docker-compose.yml:4"]);
  });
});

describe("unknown-port in source code", () => {
  it("flags an undeclared port a program listens on, not one it dials", () => {
    const registry = makeRegistry({ services: { api } });
    const refs = [
      makeRef({ port: 9321, family: "source", kind: "listen", host: "0.0.0.0", file: "server.py", line: 3 }),
      makeRef({ port: 9322, family: "source", kind: "dial", host: "localhost", file: "tests/test_client.py", line: 8 }),
      makeRef({ port: 9323, family: "source", kind: "literal", file: "app.js", line: 2 }),
    ];
    expect(ids(run(registry, refs))).toEqual(["unknown-port@server.py:3"]);
  });
});

describe("env-template-drift in service folders", () => {
  const registry = makeRegistry({ services: { api: { port: 8000, env: "API_PORT" }, web: { port: 8080, env: "WEB_PORT" } } });
  const template = (path: string, names: string[]): ScannedFile => ({
    path,
    scanner: "env",
    result: { refs: [], problems: [], definedVars: names.map((name, i) => ({ name, value: "1", file: path, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 })) },
  });
  it("asks a folder's template only for the variables read inside that folder", () => {
    const refs = [
      makeRef({ port: 8000, envVar: "API_PORT", file: "services/api/docker-compose.yml", name: "api" }),
      makeRef({ port: 8080, envVar: "WEB_PORT", file: "services/web/docker-compose.yml", name: "web" }),
    ];
    const files = [template("services/api/.env.example", ["API_PORT"]), template("services/web/.env.example", ["LOG_LEVEL", "API_PORT"])];
    const findings = run(registry, refs, { files }).filter((f) => f.ruleId === "env-template-drift");
    expect(findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      "services/web/.env.example:2 services/web/.env.example sets port variables but not WEB_PORT (web, port 8080)",
    ]);
  });
});

describe("unknown-port and other projects", () => {
  it("a port another project declares is not unknown (port-conflict reports a clash with it)", () => {
    const registry = makeRegistry({ services: { api } });
    const other = makeRegistry({ services: { worker: { port: 8011 } } }).services[0]!;
    const withOthers = { ...registry, otherProjectServices: [{ ...other, project: "command-center" }] };
    const refs = [makeRef({ port: 8011, host: "127.0.0.1", line: 2 }), makeRef({ port: 8012, host: "127.0.0.1", line: 3 })];
    expect(ids(run(withOthers, refs)).filter((id) => id.startsWith("unknown-port"))).toEqual(["unknown-port@docker-compose.yml:3"]);
  });
});

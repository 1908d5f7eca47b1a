// port-conflict and out-of-range across projects: registries loaded from real files (a host registry
// and an application extending it), rules run as the engine runs them.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { attributeRefs } from "../../src/engine/attribute.js";
import { runRules } from "../../src/engine/run-rules.js";
import type { Registry } from "../../src/registry/model.js";
import { loadRegistry } from "../../src/registry/load.js";
import { rules } from "../../src/rules/index.js";
import type { PortRef } from "../../src/scan/types.js";
import { makeRef } from "../helpers/registry.js";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function load(files: Record<string, string[]>, config = "ports.yaml"): Promise<Registry> {
  const root = await mkdtemp(path.join(os.tmpdir(), "portcullis-alloc-"));
  temps.push(root);
  for (const [file, lines] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), `${lines.join("\n")}\n`);
  }
  return loadRegistry(config, { root });
}

function findings(registry: Registry, refs: PortRef[] = [], only = ["port-conflict", "out-of-range"]): string[] {
  return runRules({ registry, refs: attributeRefs(refs, registry), problems: [], files: [] }, { rules, levels: registry.rules, lineText: () => "" })
    .filter((f) => only.includes(f.ruleId))
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`)
    .sort();
}

/** A host registry: two projects on app-01, one on app-02, and what each runs (line numbers matter). */
const HOST = [
  "# app-01 and app-02",
  "version: 1",
  "projects:",
  "  performia: { range: [8000, 8009], hosts: [app-01] }",
  "  command-center: { range: [8010, 8019], hosts: [app-01] }",
  "  lims: { range: [8000, 8019], hosts: [app-02] }",
  "services:",
  "  cc-legacy:",
  "    port: 8000",
  "    project: command-center",
  "  cc-api: { port: 8010, project: command-center }",
  "  lims-api: { port: 8001, project: lims }",
  "  dns: { port: 53, protocol: udp, project: command-center }",
  "  caddy: { port: 443 }",
];

const app = (...services: string[]) => ["version: 1", "project: performia", "extends: ../infra/host-ports.yaml", "services:", ...services];

describe("port-conflict across projects", () => {
  it("names the other project and where it declares the port", async () => {
    const registry = await load({ "infra/host-ports.yaml": HOST, "performia/ports.yaml": app("  api:", "    port: 8000") }, "performia/ports.yaml");
    expect(findings(registry)).toEqual([
      "performia/ports.yaml:6:11 error port-conflict: api declares port 8000, already declared by project command-center (infra/host-ports.yaml:9)",
    ]);
  });

  it("a project on another host may use the same port; another protocol is another port", async () => {
    const registry = await load({ "infra/host-ports.yaml": HOST, "performia/ports.yaml": app("  web: { port: 8001 }", "  dns: { port: 53 }") }, "performia/ports.yaml");
    expect(findings(registry, [], ["port-conflict"])).toEqual([]);
  });

  it("shows the protocol when it is not TCP", async () => {
    const registry = await load({ "infra/host-ports.yaml": HOST, "performia/ports.yaml": app("  resolver: { port: 53, protocol: udp, range: [8000, 8009] }") }, "performia/ports.yaml");
    expect(findings(registry, [], ["port-conflict"])).toEqual([
      "performia/ports.yaml:5:21 error port-conflict: resolver declares port 53/udp, already declared by project command-center (infra/host-ports.yaml:13)",
    ]);
  });

  it("a project without hosts (or without an allocation) may share any host", async () => {
    const host = HOST.map((line) => line.replace("lims: { range: [8000, 8019], hosts: [app-02] }", "lims: { range: [8000, 8019] }"));
    const registry = await load({ "infra/host-ports.yaml": host, "performia/ports.yaml": app("  web: { port: 8001 }") }, "performia/ports.yaml");
    expect(findings(registry)).toEqual([
      "performia/ports.yaml:5:16 error port-conflict: web declares port 8001, already declared by project lims (infra/host-ports.yaml:12)",
    ]);
    const unallocated = await load(
      { "infra/host-ports.yaml": HOST, "ports.yaml": ["version: 1", "project: newcomer", "extends: infra/host-ports.yaml", "services:", "  web: { port: 8001 }"] },
      "ports.yaml",
    );
    expect(findings(unallocated, [], ["port-conflict"])).toEqual([
      "ports.yaml:5:16 error port-conflict: web declares port 8001, already declared by project lims (infra/host-ports.yaml:12)",
    ]);
  });

  it("a port bound here that another project declares; dials and this repository's own services are fine", async () => {
    const registry = await load({ "infra/host-ports.yaml": HOST, "performia/ports.yaml": app("  web: { port: 8001 }") }, "performia/ports.yaml");
    const refs = [
      makeRef({ port: 8010, host: "127.0.0.1", file: "performia/docker-compose.yml", line: 7, meta: { composeService: "proxy" } }),
      makeRef({ port: 8010, file: "performia/src/client.ts", family: "source", kind: "dial", line: 3 }),
      makeRef({ port: 8001, host: "127.0.0.1", file: "performia/docker-compose.yml", line: 4, meta: { composeService: "web" } }),
      makeRef({ port: 8005, portEnd: 8012, file: "performia/workers.conf", family: "config", kind: "listen", line: 9 }),
      makeRef({ port: 8001, file: "performia/run.sh", family: "config", kind: "listen", line: 2, protocol: "udp" }),
    ];
    expect(findings(registry, refs, ["port-conflict"])).toEqual([
      "performia/docker-compose.yml:7:1 error port-conflict: port 8010 is already declared by project command-center (infra/host-ports.yaml:11), which shares a host with this one",
      "performia/workers.conf:9:1 error port-conflict: port 8010 is already declared by project command-center (infra/host-ports.yaml:11), which shares a host with this one",
    ]);
  });

  it("a clash inside the inherited registries is theirs to fix, not this repository's", async () => {
    const host = [...HOST, "  proxy: { port: 8010 }"];
    const registry = await load({ "infra/host-ports.yaml": host, "performia/ports.yaml": app("  web: { port: 8001 }") }, "performia/ports.yaml");
    expect(findings(registry, [], ["port-conflict"])).toEqual([]);
  });

  it("the host registry's own check: services of two projects sharing a host, and overlapping allocations", async () => {
    const host = [
      "version: 1",
      "projects:",
      "  performia: { range: [8000, 8009], hosts: [app-01] }",
      "  command-center: { range: [8005, 8019], hosts: [app-01] }",
      "  lims: { range: [8000, 8019], hosts: [app-02] }",
      "services:",
      "  perf-api: { port: 8006, project: performia }",
      "  cc-api: { port: 8006, project: command-center }",
      "  lims-api: { port: 8006, project: lims }",
    ];
    const registry = await load({ "host-ports.yaml": host }, "host-ports.yaml");
    expect(findings(registry, [], ["port-conflict"])).toEqual([
      "host-ports.yaml:4:3 error port-conflict: project command-center is allocated 8005-8019, overlapping project performia (8000-8009, host-ports.yaml:3) on a shared host",
      "host-ports.yaml:8:19 error port-conflict: cc-api declares port 8006, already declared by project performia (host-ports.yaml:7)",
    ]);
  });

  it("overlapping allocations of an extended registry are not reported in the repository extending it", async () => {
    const host = ["version: 1", "projects:", "  a: { range: [8000, 8009] }", "  b: { range: [8005, 8019] }"];
    const registry = await load({ "infra/host-ports.yaml": host, "ports.yaml": ["version: 1", "project: a", "extends: infra/host-ports.yaml"] });
    expect(findings(registry)).toEqual([]);
  });

  it("two services of this repository on one port, one inherited: the message names the other file", async () => {
    const registry = await load({
      "ports.yaml": ["version: 1", "extends: shared.yaml", "services:", "  api: { port: 9100 }"],
      "shared.yaml": ["version: 1", "services:", "  node-exporter: { port: 9100 }"],
    });
    expect(findings(registry)).toEqual([
      "ports.yaml:4:16 error port-conflict: api declares port 9100/tcp, already declared by node-exporter (shared.yaml:3)",
    ]);
  });
});

describe("out-of-range: project allocations", () => {
  it("a service of an allocated project outside its block names the allocation and its file", async () => {
    const registry = await load({ "infra/host-ports.yaml": HOST, "performia/ports.yaml": app("  web: { port: 8020, range: [8020, 8029] }") }, "performia/ports.yaml");
    expect(findings(registry)).toEqual([
      "performia/ports.yaml:5:16 error out-of-range: web declares port 8020, outside the allocation of project performia (8000-8009, infra/host-ports.yaml:4)",
    ]);
  });

  it("reports both a range and an allocation broken by one port", async () => {
    const registry = await load({ "infra/host-ports.yaml": HOST, "performia/ports.yaml": app("  web: { port: 8020, range: [8000, 8009] }") }, "performia/ports.yaml");
    expect(findings(registry, [], ["out-of-range"])).toEqual([
      "performia/ports.yaml:5:16 error out-of-range: web declares port 8020, outside its range [inline] (8000-8009)",
      "performia/ports.yaml:5:16 error out-of-range: web declares port 8020, outside the allocation of project performia (8000-8009, infra/host-ports.yaml:4)",
    ]);
  });

  it("judges this project's services wherever declared, never other projects' or the host's", async () => {
    const host = [...HOST, "  perf-metrics: { port: 9100, project: performia }", "  node-exporter: { port: 9100 }"];
    const registry = await load({ "infra/host-ports.yaml": host, "performia/ports.yaml": app("  web: { port: 8001 }") }, "performia/ports.yaml");
    expect(findings(registry, [], ["out-of-range"])).toEqual([
      "infra/host-ports.yaml:15:25 error out-of-range: perf-metrics declares port 9100, outside the allocation of project performia (8000-8009, infra/host-ports.yaml:4)",
    ]);
  });

  it("a service of a project without allocation sitting in another project's block", async () => {
    const registry = await load(
      { "infra/host-ports.yaml": HOST, "ports.yaml": ["version: 1", "project: newcomer", "extends: infra/host-ports.yaml", "services:", "  web: { port: 8015 }", "  ok: { port: 8025 }"] },
      "ports.yaml",
    );
    expect(findings(registry, [], ["out-of-range"])).toEqual([
      "ports.yaml:5:16 error out-of-range: web declares port 8015, inside the allocation of project command-center (8010-8019, infra/host-ports.yaml:5)",
    ]);
  });

  it("no project, no allocation: nothing new", async () => {
    const registry = await load({ "ports.yaml": ["version: 1", "services:", "  web: { port: 8015 }"] });
    expect(findings(registry)).toEqual([]);
  });
});

describe("rule levels through extends", () => {
  it("are inherited from the host registry and overridable by the repository", async () => {
    const host = [...HOST, "rules:", "  port-conflict: warn", "  out-of-range: info"];
    const inherited = await load({ "infra/host-ports.yaml": host, "performia/ports.yaml": app("  api: { port: 8000 }", "  web: { port: 8030 }") }, "performia/ports.yaml");
    expect(findings(inherited).map((f) => f.split(" ").slice(1, 3).join(" "))).toEqual(["warning port-conflict:", "info out-of-range:"]);
    const overridden = await load(
      { "infra/host-ports.yaml": host, "performia/ports.yaml": [...app("  api: { port: 8000 }", "  web: { port: 8030 }"), "rules:", "  port-conflict: error"] },
      "performia/ports.yaml",
    );
    expect(findings(overridden).map((f) => f.split(" ").slice(1, 3).join(" "))).toEqual(["error port-conflict:", "info out-of-range:"]);
  });
});

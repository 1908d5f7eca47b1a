// `projects:` allocations and the `project` of services: how they are written, merged through
// extends, whom each service belongs to, and which services are another project's.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRegistry, parseRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tree(files: Record<string, string[]>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portcullis-projects-"));
  temps.push(dir);
  for (const [file, lines] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), `${lines.join("\n")}\n`);
  }
  return dir;
}

async function loadError(config: string, root: string): Promise<string> {
  const error = await loadRegistry(config, { root }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).format();
}

function parseError(text: string): string {
  try {
    parseRegistry("ports.yaml", text);
  } catch (error) {
    return (error as ConfigError).format();
  }
  throw new Error("expected a ConfigError");
}

describe("projects:", () => {
  it("compiles allocations with their location; hosts default to none", () => {
    const registry = parseRegistry(
      "ports.yaml",
      ["version: 1", "projects:", "  performia: { range: [8000, 8009], hosts: [app-01], description: Performia }", "  command-center:", "    range: [8010, 8019]", ""].join("\n"),
    );
    expect([...registry.projects!.values()]).toEqual([
      { name: "performia", range: [8000, 8009], hosts: ["app-01"], description: "Performia", at: { file: "ports.yaml", line: 3, column: 3, endLine: 3, endColumn: 12 } },
      { name: "command-center", range: [8010, 8019], hosts: [], at: { file: "ports.yaml", line: 4, column: 3, endLine: 4, endColumn: 17 } },
    ]);
  });

  it("a registry without projects has no projects key", () => {
    expect(parseRegistry("ports.yaml", "version: 1\n")).not.toHaveProperty("projects");
  });

  it.each([
    ["a reversed range", ["projects:", "  p: { range: [8009, 8000] }"], "ports.yaml:3:16: projects.p.range must have from <= to (got 8009 > 8000)"],
    ["a missing range", ["projects:", "  p: { hosts: [a] }"], 'ports.yaml:3:3: projects.p is missing required key "range"'],
    ["hosts as a string", ["projects:", "  p: { range: [1, 2], hosts: app-01 }"], 'ports.yaml:3:30: projects.p.hosts must be a list (got "app-01")'],
    ["an unknown key", ["projects:", "  p: { range: [1, 2], host: [a] }"], 'ports.yaml:3:23: unknown key "host" in projects.p (did you mean "hosts"?)'],
    ["a bad project name", ["projects:", "  -p: { range: [1, 2] }"], 'ports.yaml:3:3: invalid project name "-p" in projects: expected letters, digits, "_", "." and "-", starting with a letter or digit'],
    ["a bad service project", ["services:", "  api: { port: 1, project: 'a b' }"], 'ports.yaml:3:28: services.api.project must be letters, digits, "_", "." and "-", starting with a letter or digit (got "a b")'],
  ])("refuses %s", (_, lines, expected) => {
    expect(parseError(["version: 1", ...lines, ""].join("\n"))).toBe(expected);
  });
});

describe("merging allocations", () => {
  it("accumulates allocations; one project's hosts add up when its range agrees", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: [fleet.yaml, host-02.yaml]"],
      "fleet.yaml": ["version: 1", "projects:", "  performia: { range: [8000, 8009], hosts: [app-01] }", "  lims: { range: [8010, 8013] }"],
      "host-02.yaml": ["version: 1", "projects:", "  performia: { range: [8000, 8009], hosts: [app-02, app-01] }"],
    });
    const registry = await loadRegistry("ports.yaml", { root });
    expect([...registry.projects!.values()].map((p) => [p.name, p.range, p.hosts, p.at.file])).toEqual([
      ["performia", [8000, 8009], ["app-01", "app-02"], "fleet.yaml"],
      ["lims", [8010, 8013], [], "fleet.yaml"],
    ]);
  });

  it("refuses a second, different allocation of one project (a repository cannot widen its own block)", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "project: performia", "extends: host.yaml", "projects:", "  performia: { range: [8000, 8099] }"],
      "host.yaml": ["version: 1", "projects:", "  performia: { range: [8000, 8009], hosts: [app-01] }"],
    });
    expect(await loadError("ports.yaml", root)).toBe(
      'ports.yaml:5:3: project "performia" is allocated 8000-8099 here but 8000-8009 in host.yaml:3:3; a project has one allocation',
    );
  });
});

describe("whom a service belongs to", () => {
  const files = {
    "ports.yaml": ["version: 1", "project: performia", "extends: [split.yaml, infra/host.yaml]", "services:", "  web: { port: 8001 }"],
    // Part of this repository's registry: its services are the repository's project's.
    "split.yaml": ["version: 1", "services:", "  worker: { port: 8002 }"],
    "infra/host.yaml": [
      "version: 1",
      "extends: app-02.yaml",
      "projects:",
      "  performia: { range: [8000, 8009], hosts: [app-01] }",
      "  command-center: { range: [8010, 8019], hosts: [app-01] }",
      "services:",
      "  caddy: { port: 443 }",
      "  backend: { port: 8000, project: performia }",
      "  api: { port: 8010, project: command-center }",
      "  web: { port: 8011, project: command-center }",
    ],
    // Another project's own registry, extended by the host registry.
    "infra/app-02.yaml": ["version: 1", "project: lims", "services:", "  lims-api: { port: 9000 }"],
  };

  it("own, file, host and extender projects; other projects' services kept apart, their names free", async () => {
    const root = await tree(files);
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.services.map((s) => [s.name, s.project, s.source])).toEqual([
      ["worker", "performia", "split.yaml"],
      ["caddy", undefined, "infra/host.yaml"],
      ["backend", "performia", "infra/host.yaml"],
      ["web", "performia", "ports.yaml"],
    ]);
    expect(registry.otherProjectServices!.map((s) => [s.name, s.project, s.source])).toEqual([
      ["lims-api", "lims", "infra/app-02.yaml"],
      ["api", "command-center", "infra/host.yaml"],
      ["web", "command-center", "infra/host.yaml"],
    ]);
  });

  it("the host registry's own check sees every project's services as its own", async () => {
    const root = await tree(files);
    const registry = await loadRegistry("infra/host.yaml", { root });
    expect(registry.services.map((s) => [s.name, s.project])).toEqual([
      ["caddy", undefined],
      ["backend", "performia"],
      ["api", "command-center"],
      ["web", "command-center"],
    ]);
    expect(registry.otherProjectServices!.map((s) => s.name)).toEqual(["lims-api"]);
  });

  it("redefining an inherited service of this repository's project still needs override: true", async () => {
    const root = await tree({ ...files, "ports.yaml": ["version: 1", "project: performia", "extends: infra/host.yaml", "services:", "  backend: { port: 8003 }"] });
    expect(await loadError("ports.yaml", root)).toBe(
      'ports.yaml:5:3: service "backend" is already defined in infra/host.yaml:8:3; add "override: true" to redefine it',
    );
    await writeFile(path.join(root, "ports.yaml"), "version: 1\nproject: performia\nextends: infra/host.yaml\nservices:\n  backend: { port: 8003, override: true }\n");
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.services.find((s) => s.name === "backend")).toMatchObject({ port: 8003, source: "ports.yaml", project: "performia" });
  });

  it("a project name no allocation in sight knows is a typo", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: host.yaml"],
      "host.yaml": ["version: 1", "projects:", "  command-center: { range: [8010, 8019] }", "services:", "  api: { port: 8010, project: comand-center }"],
    });
    expect(await loadError("ports.yaml", root)).toBe(
      'host.yaml:5:31: services.api.project names an unknown project "comand-center" (did you mean "command-center"?)',
    );
  });

  it("without allocations in sight, any project name is taken as written", () => {
    const registry = parseRegistry("ports.yaml", "version: 1\nproject: infra\nservices:\n  api: { port: 8010, project: command-center }\n  db: { port: 5432 }\n");
    expect(registry.services.map((s) => [s.name, s.project])).toEqual([
      ["api", "command-center"],
      ["db", "infra"],
    ]);
  });
});

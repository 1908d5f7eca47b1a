// `extends`: chains, overrides, cycles, files outside the repository, missing sources — real files in temp dirs.

import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifySource, loadRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temp folder holding `files` (path → lines); returns its absolute path. */
async function tree(files: Record<string, string[]>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portcullis-extends-"));
  temps.push(dir);
  for (const [file, lines] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), `${lines.join("\n")}\n`);
  }
  return dir;
}

async function loadError(config: string, options: Parameters<typeof loadRegistry>[1]): Promise<string> {
  const error = await loadRegistry(config, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).format();
}

describe("chains", () => {
  it("merges a chain in order: ranges, reservations, rules and services accumulate", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: infra/host.yaml", "services:", "  api: { port: 8000, range: core }", "rules:", "  unknown-port: off"],
      "infra/host.yaml": [
        "version: 1",
        "extends: [../fleet/fleet.yaml]",
        "ranges:",
        "  core: { from: 8000, to: 8099 }",
        "services:",
        "  node-exporter: { port: 9100, range: monitoring }",
        "reserved:",
        "  - { port: 3000, reason: host grafana }",
        "rules:",
        "  unknown-port: error",
        "  hardcoded-port: error",
      ],
      "fleet/fleet.yaml": [
        "version: 1",
        "project: fleet",
        "ranges:",
        "  monitoring: { from: 9100, to: 9199 }",
        "reserved:",
        "  - { range: [11000, 11999], reason: fleet }",
        "docs: { output: FLEET.md }",
      ],
    });
    const registry = await loadRegistry(path.join(root, "ports.yaml"), { root });
    expect(registry.sources).toEqual(["ports.yaml", "fleet/fleet.yaml", "infra/host.yaml"]);
    expect(registry.extends).toEqual(["infra/host.yaml"]);
    expect([...registry.ranges.keys()]).toEqual(["monitoring", "core"]);
    expect(registry.services.map((s) => [s.name, s.source, s.rangeName, s.range?.at.file])).toEqual([
      ["node-exporter", "infra/host.yaml", "monitoring", "fleet/fleet.yaml"],
      ["api", "ports.yaml", "core", "infra/host.yaml"],
    ]);
    expect(registry.reserved.map((r) => [r.from, r.to, r.at.file])).toEqual([
      [11000, 11999, "fleet/fleet.yaml"],
      [3000, 3000, "infra/host.yaml"],
    ]);
    expect(registry.rules).toEqual({ "unknown-port": "off", "hardcoded-port": "error" });
    // project and docs belong to the repository's own file.
    expect(registry.project).toBeUndefined();
    expect(registry.docs).toEqual({ output: "PORTS.md" });
  });

  it("loads a file shared by two extended registries once (no false redefinition)", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: [a.yaml, b.yaml]"],
      "a.yaml": ["version: 1", "extends: common.yaml", "services:", "  a: { port: 1001 }"],
      "b.yaml": ["version: 1", "extends: common.yaml", "services:", "  b: { port: 1002 }"],
      "common.yaml": ["version: 1", "services:", "  common: { port: 1000 }", "reserved:", "  - { port: 22 }"],
    });
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.services.map((s) => s.name)).toEqual(["common", "a", "b"]);
    expect(registry.reserved).toHaveLength(1);
    expect(registry.sources).toEqual(["ports.yaml", "common.yaml", "a.yaml", "b.yaml"]);
  });

  it("resolves a range name only among the ranges its own file can see", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: [ranges.yaml, other.yaml]"],
      "ranges.yaml": ["version: 1", "ranges:", "  core: { from: 8000, to: 8099 }"],
      "other.yaml": ["version: 1", "services:", "  api: { port: 8000, range: core }"],
    });
    expect(await loadError("ports.yaml", { root })).toBe(
      'other.yaml:3:29: services.api.range names an unknown range "core" (no ranges are defined; declare it under ranges:)',
    );
  });

  it("a range redefined by the extending file replaces the inherited one for its services", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: base.yaml", "ranges:", "  core: { from: 8000, to: 8009 }", "services:", "  web: { port: 8001, range: core }"],
      "base.yaml": ["version: 1", "ranges:", "  core: { from: 8000, to: 8099 }", "services:", "  db: { port: 8050, range: core }"],
    });
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.ranges.get("core")).toMatchObject({ to: 8009 });
    expect(registry.services.map((s) => [s.name, s.range?.to])).toEqual([
      ["db", 8099],
      ["web", 8009],
    ]);
  });

  it("errors inside an extended file point into that file", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: shared/base.yaml"],
      "shared/base.yaml": ["version: 1", "services:", "  db:", "    port: 99999"],
    });
    expect(await loadError("ports.yaml", { root })).toBe(
      "shared/base.yaml:4:11: services.db.port must be an integer between 1 and 65535 (got 99999)",
    );
  });
});

describe("redefining an inherited service", () => {
  const files = (override: boolean) => ({
    "ports.yaml": [
      "version: 1",
      "extends:",
      "  - ./base.yaml",
      "services:",
      "  grafana:",
      "    port: 3300",
      ...(override ? ["    override: true"] : []),
    ],
    "base.yaml": ["version: 1", "services:", "  prometheus: { port: 9090 }", "  grafana:", "    port: 3000"],
  });

  it("is refused without override: true", async () => {
    const root = await tree(files(false));
    expect(await loadError("ports.yaml", { root })).toBe(
      'ports.yaml:5:3: service "grafana" is already defined in base.yaml:4:3; add "override: true" to redefine it',
    );
  });

  it("replaces the inherited definition with override: true", async () => {
    const root = await tree(files(true));
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.services.map((s) => [s.name, s.port, s.source])).toEqual([
      ["prometheus", 9090, "base.yaml"],
      ["grafana", 3300, "ports.yaml"],
    ]);
  });

  it("is refused between two sibling extended files too", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: [a.yaml, b.yaml]"],
      "a.yaml": ["version: 1", "services:", "  api: { port: 8000 }"],
      "b.yaml": ["version: 1", "services:", "  api: { port: 8001 }"],
    });
    expect(await loadError("ports.yaml", { root })).toBe(
      'b.yaml:3:3: service "api" is already defined in a.yaml:3:3; add "override: true" to redefine it',
    );
  });
});

describe("cycles", () => {
  it("names the chain", async () => {
    const root = await tree({
      "a.yaml": ["version: 1", "extends: [b.yaml]"],
      "b.yaml": ["version: 1", "extends:", "  - ./a.yaml"],
    });
    expect(await loadError("a.yaml", { root })).toBe("b.yaml:3:5: extends cycle: a.yaml → b.yaml → a.yaml");
  });

  it("a file extending itself", async () => {
    const root = await tree({ "ports.yaml": ["version: 1", "extends: ports.yaml"] });
    expect(await loadError("ports.yaml", { root })).toBe("ports.yaml:2:10: extends cycle: ports.yaml → ports.yaml");
  });

  it("a cycle further down the chain names the path from the root", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: x/a.yaml"],
      "x/a.yaml": ["version: 1", "extends: ../y/b.yaml"],
      "y/b.yaml": ["version: 1", "extends: ../x/a.yaml"],
    });
    expect(await loadError("ports.yaml", { root })).toBe("y/b.yaml:2:10: extends cycle: ports.yaml → x/a.yaml → y/b.yaml → x/a.yaml");
  });
});

describe("files outside the repository", () => {
  async function outside(): Promise<{ root: string; repo: string }> {
    const root = await tree({
      "infra/host.yaml": ["version: 1", "services:", "  node-exporter: { port: 9100 }"],
      "repo/ports.yaml": ["version: 1", "extends: [../infra/host.yaml]", "services:", "  api: { port: 8000 }"],
    });
    return { root, repo: path.join(root, "repo") };
  }

  it("are refused, naming the path", async () => {
    const { repo } = await outside();
    expect(await loadError("ports.yaml", { root: repo })).toBe(
      'ports.yaml:2:11: extends source "../infra/host.yaml" is outside the repository (../infra/host.yaml); use --allow-outside to allow it',
    );
  });

  it("are read with allowOutside, their paths relative to the root", async () => {
    const { repo } = await outside();
    const registry = await loadRegistry("ports.yaml", { root: repo, allowOutside: true });
    expect(registry.sources).toEqual(["ports.yaml", "../infra/host.yaml"]);
    expect(registry.services.map((s) => s.source)).toEqual(["../infra/host.yaml", "ports.yaml"]);
  });

  it("an absolute path outside is refused too", async () => {
    const { root, repo } = await outside();
    await writeFile(path.join(repo, "ports.yaml"), `version: 1\nextends: ${JSON.stringify(path.join(root, "infra/host.yaml"))}\n`);
    expect(await loadError("ports.yaml", { root: repo })).toMatch(/^ports\.yaml:2:10: extends source ".*host\.yaml" is outside the repository/);
  });

  it("a symbolic link inside the repository that leads outside is refused", async () => {
    const { root, repo } = await outside();
    await symlink(path.join(root, "infra"), path.join(repo, "linked"));
    await writeFile(path.join(repo, "ports.yaml"), "version: 1\nextends: linked/host.yaml\n");
    expect(await loadError("ports.yaml", { root: repo })).toBe(
      'ports.yaml:2:10: extends source "linked/host.yaml" is outside the repository (linked/host.yaml); use --allow-outside to allow it',
    );
  });
});

describe("missing and unresolvable sources", () => {
  it("a missing file names the source and the line of its extends entry", async () => {
    const root = await tree({ "ports.yaml": ["version: 1", "extends:", "  - shared/a.yaml", "  - ./shared/missing.yaml"], "shared/a.yaml": ["version: 1"] });
    expect(await loadError("ports.yaml", { root })).toBe(
      'ports.yaml:4:5: extends source "./shared/missing.yaml" not found (looked for shared/missing.yaml)',
    );
  });

  it("a source that is a folder cannot be read, at its extends entry", async () => {
    const root = await tree({ "ports.yaml": ["version: 1", "extends: shared.yaml"], "shared.yaml/keep": ["x"] });
    expect(await loadError("ports.yaml", { root })).toMatch(/^ports\.yaml:2:10: cannot read shared\.yaml: .*EISDIR/);
  });

  it("a missing file named as written says only that", async () => {
    const root = await tree({ "ports.yaml": ["version: 1", "extends: base.yaml"] });
    expect(await loadError("ports.yaml", { root })).toBe('ports.yaml:2:10: extends source "base.yaml" not found');
  });

  it.each([
    ["@acme/ports", 'ports.yaml:2:10: extends source "@acme/ports" not found: no node_modules/@acme/ports in the repository root or any folder above it (npm install @acme/ports)'],
    ["acme-ports", 'ports.yaml:2:10: extends source "acme-ports" not found: no node_modules/acme-ports in the repository root or any folder above it (npm install acme-ports)'],
    ["github:acme", 'ports.yaml:2:10: extends source "github:acme": no repository; expected github:owner/repo/path/to/ports.yaml@ref'],
  ])("%s that cannot be resolved names the source", async (spec, expected) => {
    const root = await tree({ "ports.yaml": ["version: 1", `extends: ${JSON.stringify(spec)}`] });
    expect(await loadError("ports.yaml", { root })).toBe(expected);
  });

  it("classifies sources", () => {
    expect(classifySource("../infra/host.yaml")).toEqual({ kind: "file", path: "../infra/host.yaml" });
    expect(classifySource("shared/ports.yml")).toEqual({ kind: "file", path: "shared/ports.yml" });
    expect(classifySource("/etc/portcullis/host.yaml")).toEqual({ kind: "file", path: "/etc/portcullis/host.yaml" });
    expect(classifySource("@acme/ports/host.yaml")).toEqual({ kind: "npm", name: "@acme/ports/host.yaml" });
    expect(classifySource("npm:acme-ports")).toEqual({ kind: "npm", name: "acme-ports" });
    expect(classifySource("github:acme/infra")).toEqual({ kind: "github", repo: "acme/infra" });
  });
});

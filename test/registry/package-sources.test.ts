// `extends` naming npm packages: real packages written into temp node_modules folders, resolved as
// Node resolves them (nearest node_modules first, walking up), and every way resolution can fail.

import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temp folder holding `files` (path → lines, or text for JSON); returns its absolute path. */
async function tree(files: Record<string, string[] | object>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portcullis-pkg-"));
  temps.push(dir);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    const text = Array.isArray(content) ? `${content.join("\n")}\n` : JSON.stringify(content);
    await writeFile(path.join(dir, file), text);
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

const hostRegistry = ["version: 1", "ranges:", "  core: { from: 8000, to: 8099 }", "services:", "  node-exporter: { port: 9100 }"];

describe("packages", () => {
  it("a scoped package's ports.yaml", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: '@acme/ports'", "services:", "  api: { port: 8000, range: core }"],
      "node_modules/@acme/ports/package.json": { name: "@acme/ports", version: "1.0.0" },
      "node_modules/@acme/ports/ports.yaml": hostRegistry,
    });
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.sources).toEqual(["ports.yaml", "node_modules/@acme/ports/ports.yaml"]);
    expect(registry.services.map((s) => [s.name, s.source, s.range?.at.file])).toEqual([
      ["node-exporter", "node_modules/@acme/ports/ports.yaml", undefined],
      ["api", "ports.yaml", "node_modules/@acme/ports/ports.yaml"],
    ]);
  });

  it("the file package.json's portcullis field names, and a package without package.json", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: [acme-fleet, acme-host]"],
      "node_modules/acme-fleet/package.json": { name: "acme-fleet", portcullis: "registry/fleet.yaml" },
      "node_modules/acme-fleet/ports.yaml": ["version: 1", "services:", "  decoy: { port: 1 }"],
      "node_modules/acme-fleet/registry/fleet.yaml": ["version: 1", "reserved:", "  - { port: 3000, reason: fleet grafana }"],
      "node_modules/acme-host/ports.yaml": hostRegistry,
    });
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.sources).toEqual(["ports.yaml", "node_modules/acme-fleet/registry/fleet.yaml", "node_modules/acme-host/ports.yaml"]);
    expect(registry.services.map((s) => s.name)).toEqual(["node-exporter"]);
    expect(registry.reserved.map((r) => r.reason)).toEqual(["fleet grafana"]);
  });

  it("another file of a package, scoped or (with npm:) unscoped", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends:", "  - '@acme/ports/hosts/app-01.yaml'", "  - npm:acme-fleet/fleet.yaml"],
      "node_modules/@acme/ports/hosts/app-01.yaml": ["version: 1", "services:", "  caddy: { port: 443 }"],
      "node_modules/acme-fleet/fleet.yaml": ["version: 1", "services:", "  vault: { port: 8200 }"],
    });
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.services.map((s) => [s.name, s.source])).toEqual([
      ["caddy", "node_modules/@acme/ports/hosts/app-01.yaml"],
      ["vault", "node_modules/acme-fleet/fleet.yaml"],
    ]);
  });

  it("walks up from the registry's folder: the nearest node_modules wins, even above the repository", async () => {
    const top = await tree({
      "node_modules/@acme/ports/ports.yaml": ["version: 1", "services:", "  hoisted: { port: 9000 }"],
      "repo/services/api/ports.yaml": ["version: 1", "extends: '@acme/ports'"],
      "repo/services/web/ports.yaml": ["version: 1", "extends: '@acme/ports'"],
      "repo/services/web/node_modules/@acme/ports/ports.yaml": ["version: 1", "services:", "  nested: { port: 9001 }"],
    });
    const root = path.join(top, "repo");
    const api = await loadRegistry("services/api/ports.yaml", { root });
    expect(api.services.map((s) => [s.name, s.source])).toEqual([["hoisted", "../node_modules/@acme/ports/ports.yaml"]]);
    const web = await loadRegistry("services/web/ports.yaml", { root });
    expect(web.services.map((s) => [s.name, s.source])).toEqual([["nested", "services/web/node_modules/@acme/ports/ports.yaml"]]);
  });

  it("a package's file extends files of the same package and other packages; leaving the package is refused", async () => {
    const top = await tree({
      "node_modules/@acme/ports/ports.yaml": ["version: 1", "extends: [./hosts/base.yaml, acme-fleet]"],
      "node_modules/@acme/ports/hosts/base.yaml": ["version: 1", "services:", "  caddy: { port: 443 }"],
      "node_modules/acme-fleet/ports.yaml": ["version: 1", "services:", "  vault: { port: 8200 }"],
      "node_modules/acme-bad/ports.yaml": ["version: 1", "extends: ../../secrets.yaml"],
      "secrets.yaml": ["version: 1"],
      "repo/ports.yaml": ["version: 1", "extends: '@acme/ports'"],
    });
    const root = path.join(top, "repo");
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.services.map((s) => [s.name, s.source])).toEqual([
      ["caddy", "../node_modules/@acme/ports/hosts/base.yaml"],
      ["vault", "../node_modules/acme-fleet/ports.yaml"],
    ]);
    await writeFile(path.join(root, "ports.yaml"), "version: 1\nextends: acme-bad\n");
    expect(await loadError("ports.yaml", { root })).toBe(
      '../node_modules/acme-bad/ports.yaml:2:10: extends source "../../secrets.yaml" is outside the package ../node_modules/acme-bad and the repository (../secrets.yaml); use --allow-outside to allow it',
    );
    expect((await loadRegistry("ports.yaml", { root, allowOutside: true })).sources).toEqual(["ports.yaml", "../secrets.yaml", "../node_modules/acme-bad/ports.yaml"]);
  });

  it("a package linked in (npm link, workspaces) is read where the link points", async () => {
    const top = await tree({
      "infra-ports/ports.yaml": ["version: 1", "services:", "  linked: { port: 7000 }"],
      "repo/ports.yaml": ["version: 1", "extends: '@acme/ports'"],
    });
    await mkdir(path.join(top, "repo/node_modules/@acme"), { recursive: true });
    await symlink(path.join(top, "infra-ports"), path.join(top, "repo/node_modules/@acme/ports"), "dir");
    const registry = await loadRegistry("ports.yaml", { root: path.join(top, "repo") });
    expect(registry.services.map((s) => [s.name, s.source])).toEqual([["linked", "node_modules/@acme/ports/ports.yaml"]]);
  });

  it("reads package files through readText (a staged check's reader sees them)", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: '@acme/ports'"],
      "node_modules/@acme/ports/package.json": { portcullis: "host.yaml" },
      "node_modules/@acme/ports/host.yaml": hostRegistry,
    });
    const read: string[] = [];
    await loadRegistry("ports.yaml", {
      root,
      readText: async (absolute) => {
        read.push(path.relative(root, absolute).split(path.sep).join("/"));
        const { readFile } = await import("node:fs/promises");
        return readFile(absolute, "utf8").catch(() => undefined);
      },
    });
    expect(read).toEqual(["ports.yaml", "node_modules/@acme/ports/package.json", "node_modules/@acme/ports/host.yaml"]);
  });

  it("a cycle through packages names the chain", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: pkg-a"],
      "node_modules/pkg-a/ports.yaml": ["version: 1", "extends: pkg-b"],
      "node_modules/pkg-b/ports.yaml": ["version: 1", "extends: pkg-a"],
    });
    expect(await loadError("ports.yaml", { root })).toBe(
      "node_modules/pkg-b/ports.yaml:2:10: extends cycle: ports.yaml → node_modules/pkg-a/ports.yaml → node_modules/pkg-b/ports.yaml → node_modules/pkg-a/ports.yaml",
    );
  });
});

describe("packages that cannot be used", () => {
  it.each<[string, Record<string, string[] | object>, string]>([
    [
      "not installed",
      {},
      'ports.yaml:2:10: extends source "@acme/ports" not found: no node_modules/@acme/ports in the repository root or any folder above it (npm install @acme/ports)',
    ],
    [
      "installed without a registry",
      { "node_modules/@acme/ports/package.json": { name: "@acme/ports" } },
      'ports.yaml:2:10: extends source "@acme/ports" not found: node_modules/@acme/ports has no ports.yaml',
    ],
    [
      "naming a file it does not have",
      { "node_modules/@acme/ports/package.json": { portcullis: "host.yaml" } },
      'ports.yaml:2:10: extends source "@acme/ports" not found: node_modules/@acme/ports has no host.yaml (the "portcullis" field of its package.json)',
    ],
    [
      "a portcullis field that is not a file name",
      { "node_modules/@acme/ports/package.json": { portcullis: { file: "x.yaml" } } },
      'ports.yaml:2:10: extends source "@acme/ports": the "portcullis" field of node_modules/@acme/ports/package.json must name a registry file inside the package (got {"file":"x.yaml"})',
    ],
    [
      "a portcullis field leaving the package",
      { "node_modules/@acme/ports/package.json": { portcullis: "../../../ports.yaml" } },
      'ports.yaml:2:10: extends source "@acme/ports": the "portcullis" field of node_modules/@acme/ports/package.json must name a registry file inside the package (got "../../../ports.yaml")',
    ],
    [
      "an unreadable package.json",
      { "node_modules/@acme/ports/package.json": ["{ name: "] },
      'ports.yaml:2:10: extends source "@acme/ports": unreadable node_modules/@acme/ports/package.json: ',
    ],
  ])("%s", async (_, files, expected) => {
    const root = await tree({ "ports.yaml": ["version: 1", "extends: '@acme/ports'"], ...files });
    const message = await loadError("ports.yaml", { root });
    if (expected.endsWith(": ")) expect(message.startsWith(expected)).toBe(true);
    else expect(message).toBe(expected);
  });

  it.each([
    ["@acme", 'extends source "@acme": not an npm package name (expected @scope/name or name, optionally followed by /file.yaml)'],
    ["npm:../x", 'extends source "npm:../x": not an npm package name (expected @scope/name or name, optionally followed by /file.yaml)'],
    ["@acme/ports/../../x.yaml", 'extends source "@acme/ports/../../x.yaml": invalid file inside the package ("../../x.yaml")'],
  ])("refuses %s before looking", async (spec, expected) => {
    const root = await tree({ "ports.yaml": ["version: 1", `extends: ${JSON.stringify(spec)}`] });
    expect(await loadError("ports.yaml", { root })).toBe(`ports.yaml:2:10: ${expected}`);
  });

  it("an error inside a package's registry points into that file", async () => {
    const root = await tree({
      "ports.yaml": ["version: 1", "extends: '@acme/ports'"],
      "node_modules/@acme/ports/ports.yaml": ["version: 1", "services:", "  db: { port: 70000 }"],
    });
    expect(await loadError("ports.yaml", { root })).toBe(
      "node_modules/@acme/ports/ports.yaml:3:15: services.db.port must be an integer between 1 and 65535 (got 70000)",
    );
  });
});

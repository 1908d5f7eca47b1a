// Two applications on one host (the seeds' incident): test/fixtures/fleet-two-apps holds three
// repositories side by side (infra, performia, command-center). Both apps extend the host registry
// in infra; Command Center's worker kept the 8000 default that Performia's backend holds.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { check, type FileSource } from "../../src/engine/check.js";
import { ConfigError } from "../../src/registry/model.js";
import { captureIO } from "../runtime/capture-io.js";
import { FIXTURES, git } from "../helpers/temp-repo.js";

let top: string;
beforeAll(() => {
  top = mkdtempSync(path.join(os.tmpdir(), "portcullis-fleet-"));
  cpSync(path.join(FIXTURES, "fleet-two-apps"), top, { recursive: true });
  for (const repo of ["infra", "performia", "command-center"]) {
    const dir = path.join(top, repo);
    git(dir, ["init", "-q", "-b", "main"]);
    git(dir, ["add", "-A"]);
    git(dir, ["-c", "commit.gpgsign=false", "commit", "-q", "-m", "fixture"]);
  }
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

const show = (findings: Array<{ file: string; line: number; column: number; ruleId: string; message: string }>) =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}: ${f.message}`);

/** The files of one folder of the fixture, as a FileSource rooted at the fixture's top. */
function folderSource(folder: string): FileSource {
  const files = readdirSync(path.join(top, folder)).filter((name) => !name.startsWith("."));
  return {
    root: top,
    list: async () => files.map((name) => `${folder}/${name}`),
    read: async (file) => readFileSync(path.join(top, file)),
  };
}

describe("each application as its own repository (--allow-outside)", () => {
  it("Command Center: its worker takes Performia's port, outside its own block", async () => {
    const result = await check({ root: path.join(top, "command-center"), allowOutside: true });
    expect(result.registry.sources).toEqual(["ports.yaml", "../infra/host-ports.yaml"]);
    expect(show(result.findings)).toEqual([
      "ports.yaml:8:11 out-of-range: worker declares port 8000, outside the allocation of project command-center (8010-8019, ../infra/host-ports.yaml:7)",
      "ports.yaml:8:11 port-conflict: worker declares port 8000, already declared by project performia (../infra/host-ports.yaml:10)",
    ]);
    // Its own services from the host registry are attributed; Performia's are not its to use.
    expect(result.refs.filter((r) => r.family === "compose" && r.kind === "publish").map((r) => [r.port, r.service?.name])).toEqual([
      [8010, "command-center-api"],
      [8011, "command-center-web"],
      [8000, "worker"],
    ]);
  });

  it("Performia: consistent, its backend declared by the host registry", async () => {
    const result = await check({ root: path.join(top, "performia"), allowOutside: true });
    expect(show(result.findings)).toEqual([]);
    expect(result.registry.services.map((s) => [s.name, s.project, s.source])).toEqual([
      ["performia-api", "performia", "../infra/host-ports.yaml"],
      ["frontend", "performia", "ports.yaml"],
    ]);
    expect(result.registry.otherProjectServices?.map((s) => [s.name, s.project])).toEqual([
      ["command-center-api", "command-center"],
      ["command-center-web", "command-center"],
      ["caddy", "app-01"],
    ]);
  });

  it("the host registry's own check is clean", async () => {
    const result = await check({ root: path.join(top, "infra"), config: "host-ports.yaml" });
    expect(show(result.findings)).toEqual([]);
    expect([...result.registry.projects!.values()].map((p) => [p.name, p.range, p.hosts])).toEqual([
      ["performia", [8000, 8009], ["app-01"]],
      ["command-center", [8010, 8019], ["app-01"]],
    ]);
  });

  it("without --allow-outside the host registry is refused, at the extends entry", async () => {
    const error = await check({ root: path.join(top, "performia") }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toBe(
      'ports.yaml:4:10: extends source "../infra/host-ports.yaml" is outside the repository (../infra/host-ports.yaml); use --allow-outside to allow it',
    );
  });
});

describe("the three folders under one root", () => {
  it("paths are relative to the top, and the host registry is inside it", async () => {
    const result = await check({ root: top, config: "command-center/ports.yaml", source: folderSource("command-center") });
    expect(show(result.findings)).toEqual([
      "command-center/ports.yaml:8:11 out-of-range: worker declares port 8000, outside the allocation of project command-center (8010-8019, infra/host-ports.yaml:7)",
      "command-center/ports.yaml:8:11 port-conflict: worker declares port 8000, already declared by project performia (infra/host-ports.yaml:10)",
    ]);
  });

  it("the fix: the worker moves into Command Center's block", async () => {
    const file = path.join(top, "command-center/ports.yaml");
    const original = readFileSync(file, "utf8");
    try {
      writeFileSync(file, original.replace("port: 8000", "port: 8012"));
      const compose = path.join(top, "command-center/docker-compose.yml");
      const composeText = readFileSync(compose, "utf8");
      writeFileSync(compose, composeText.replace('"127.0.0.1:8000:8000"', '"127.0.0.1:8012:8000"'));
      try {
        const result = await check({ root: top, config: "command-center/ports.yaml", source: folderSource("command-center") });
        expect(show(result.findings)).toEqual([]);
      } finally {
        writeFileSync(compose, composeText);
      }
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe("portcullis check exits 2 on a registry that cannot be assembled", () => {
  it("names the outside path", async () => {
    const io = captureIO({ cwd: path.join(top, "performia") });
    expect(await main(["check"], io)).toBe(2);
    expect(io.err).toContain('ports.yaml:4:10: extends source "../infra/host-ports.yaml" is outside the repository');
    expect(await main(["check", "--allow-outside"], captureIO({ cwd: path.join(top, "command-center") }))).toBe(1);
  });

  it("names a GitHub source GitHub does not have (HTTP 404), the token never printed", async () => {
    const token = "ghs_fleet_secret_987654321";
    const seen: Array<string | undefined> = [];
    const api = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Not Found" }));
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    const repo = path.join(top, "github-app");
    try {
      cpSync(path.join(top, "performia"), repo, { recursive: true });
      writeFileSync(path.join(repo, "ports.yaml"), "version: 1\nproject: performia\nextends: github:acme/infra/ports.yaml@main\n");
      vi.stubEnv("GITHUB_TOKEN", token);
      vi.stubEnv("GITHUB_API_URL", `http://127.0.0.1:${(api.address() as AddressInfo).port}`);
      const io = captureIO({ cwd: repo });
      expect(await main(["check"], io)).toBe(2);
      expect(io.err).toContain("ports.yaml:3:10: github:acme/infra/ports.yaml@main not found (HTTP 404)");
      expect(io.err + io.out).not.toContain(token);
      expect(seen).toEqual([`Bearer ${token}`]);
    } finally {
      vi.unstubAllEnvs();
      rmSync(repo, { recursive: true, force: true });
      await new Promise((resolve) => api.close(resolve));
    }
  });
});

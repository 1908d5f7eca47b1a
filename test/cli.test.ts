// The bundled CLI (dist/cli/index.js) run as a subprocess, as users and hooks run it.

import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureRepo, makeRepo, REPO_ROOT, type TempRepo } from "./helpers/temp-repo.js";

const CLI = path.join(REPO_ROOT, "dist/cli/index.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("portcullis CLI (bundled)", () => {
  const repos: TempRepo[] = [];
  let consistent: TempRepo;
  let drifted: TempRepo;
  beforeAll(() => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    consistent = fixtureRepo("consistent");
    drifted = fixtureRepo("seed-001-env-compose");
    repos.push(consistent, drifted);
  });
  afterAll(() => repos.forEach((r) => r.cleanup()));

  it("exits 0 and prints nothing on a consistent repository", async () => {
    const run = await runCli(["check"], consistent.dir);
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });

  it("exits 1 with findings naming file, line, rule, and no colour when not a terminal", async () => {
    const run = await runCli(["check"], drifted.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\ndocker-compose\.yml\n[\s\S]*\n\s+\d+:\d+\s+error\s+.*exposed-binding\n/);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
  });

  it("--format json follows the contract and --output writes it instead of stdout", async () => {
    const run = await runCli(["check", "--format", "json"], drifted.dir);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.summary.errors).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.file).not.toMatch(/^\/|\\/);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    const out = path.join(drifted.dir, "report.json");
    const written = await runCli(["check", "--format", "json", "--output", "report.json"], drifted.dir);
    expect(written.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).findings).toEqual(report.findings);
  });

  it("paths restrict the report to those files", async () => {
    const run = await runCli(["check", "--format", "json", ".env.template"], drifted.dir);
    const files = new Set(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file));
    expect([...files]).toEqual([".env.template"]);
  });

  it("--max-warnings turns warnings into exit 1", async () => {
    const repo = makeRepo({
      "ports.yaml": "version: 1\nservices:\n  api: { port: 8000, access: localhost }\n",
      "compose.yaml": 'services:\n  debug:\n    ports:\n      - "127.0.0.1:7777:7777"\n',
    });
    repos.push(repo);
    expect((await runCli(["check"], repo.dir)).code).toBe(0);
    expect((await runCli(["check", "--max-warnings", "0"], repo.dir)).code).toBe(1);
  });

  it("a broken ports.yaml is exit 2 with file:line:column and no stack trace", async () => {
    const repo = makeRepo({ "ports.yaml": "version: 1\nservices:\n  api:\n    port: 80800\n" });
    repos.push(repo);
    const run = await runCli(["check"], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ports\.yaml:4:\d+: .*65535/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("a missing ports.yaml and an unknown option are exit 2 with a clear message", async () => {
    const repo = makeRepo({ "README.md": "# nothing\n" });
    repos.push(repo);
    const missing = await runCli(["check"], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no ports.yaml found");
    const unknown = await runCli(["check", "--frobnicate"], consistent.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--frobnicate");
  });

  it("baselines hide recorded findings, and survive lines moving", async () => {
    const repo = fixtureRepo("seed-001-env-compose");
    repos.push(repo);
    expect((await runCli(["check", "--write-baseline", "baseline.json"], repo.dir)).code).toBe(0);
    expect(await runCli(["check", "--baseline", "baseline.json"], repo.dir)).toMatchObject({ code: 0, stdout: "" });
    const compose = path.join(repo.dir, "docker-compose.yml");
    writeFileSync(compose, `# a comment moves every line down\n\n${readFileSync(compose, "utf8")}`);
    expect(await runCli(["check", "--baseline", "baseline.json"], repo.dir)).toMatchObject({ code: 0, stdout: "" });
    writeFileSync(compose, readFileSync(compose, "utf8").replace('"127.0.0.1:8080:8080"', '"8080:8080"'));
    const fresh = await runCli(["check", "--baseline", "baseline.json", "--format", "json"], repo.dir);
    expect(JSON.parse(fresh.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["exposed-binding"]);
  });

  it("--version and --help", async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
    expect((await runCli(["--version"], consistent.dir)).stdout.trim()).toBe(pkg.version);
    const help = await runCli(["check", "--help"], consistent.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--max-warnings");
  });
});

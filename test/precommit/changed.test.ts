// --changed-since REF and file arguments: report only some files, with the whole repository as context.

import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { changedSince, UnknownRefError } from "../../src/scan/changed.js";
import { git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";
import { CLI, runCli, write } from "./hook-helpers.js";

const REGISTRY = `version: 1
services:
  api:
    port: 8000
    access: localhost
  web:
    port: 8080
    access: public
`;

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(files: Record<string, string>): string {
  const r = makeRepo(files);
  repos.push(r);
  return r.dir;
}

describe("changedSince", () => {
  it("lists files changed since the merge base, committed or not, plus untracked ones", async () => {
    const dir = repo({ "base.env": "A=1\n", "keep.env": "K=1\n", "gone.env": "G=1\n" });
    git(dir, ["checkout", "-q", "-b", "feature"]);
    write(dir, "base.env", "A=2\n");
    write(dir, "added.env", "B=1\n");
    git(dir, ["add", "-A"]);
    git(dir, ["rm", "-q", "gone.env"]);
    git(dir, ["commit", "-q", "-m", "feature work"]);
    // main moves on after the branch point: its changes are not the branch's.
    git(dir, ["checkout", "-q", "main"]);
    write(dir, "keep.env", "K=2\n");
    git(dir, ["commit", "-q", "-am", "main work"]);
    git(dir, ["checkout", "-q", "feature"]);
    write(dir, "uncommitted.env", "U=1\n");
    write(dir, "sub dir/new file.env", "N=1\n");
    expect(await changedSince(dir, "main")).toEqual(["added.env", "base.env", "sub dir/new file.env", "uncommitted.env"]);
  });

  it("refuses an unknown ref and an option-looking ref", async () => {
    const dir = repo({ "a.env": "A=1\n" });
    await expect(changedSince(dir, "no-such-branch")).rejects.toThrow(UnknownRefError);
    await expect(changedSince(dir, "--output=/tmp/x")).rejects.toThrow(UnknownRefError);
  });
});

describe("check with file arguments and --changed-since (bundled CLI)", () => {
  beforeAll(() => expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true));

  const exposed = (port: number) => `services:\n  api:\n    image: example/api:1\n    ports:\n      - "${port}:${port}"\n`;

  it("reports only the named files, as lint-staged and the pre-commit framework pass them", async () => {
    const dir = repo({
      "ports.yaml": REGISTRY,
      "a/docker-compose.yml": exposed(8000),
      "b/docker-compose.yml": exposed(8000),
      "odd name $(x) 'q'.md": "Open http://localhost:9999 to start.\n",
    });
    const all = await runCli(["check", "--format", "json"], dir);
    const files = new Set(JSON.parse(all.stdout).findings.map((f: { file: string }) => f.file));
    expect(files).toEqual(new Set(["a/docker-compose.yml", "b/docker-compose.yml", "odd name $(x) 'q'.md"]));

    const one = await runCli(["check", "--format", "json", "b/docker-compose.yml", "odd name $(x) 'q'.md"], dir);
    expect(one.code).toBe(1);
    const findings = JSON.parse(one.stdout).findings as Array<{ file: string; ruleId: string }>;
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(["b/docker-compose.yml", "odd name $(x) 'q'.md"]));
    // The rest of the repository is still context: b's clash with a (not named) is found.
    expect(findings).toContainEqual(expect.objectContaining({ file: "b/docker-compose.yml", ruleId: "port-conflict" }));
  });

  it("--staged with absolute file paths (lint-staged) reports those staged files only, from the index", async () => {
    const dir = repo({ "ports.yaml": REGISTRY, "a/docker-compose.yml": "services: {}\n", "b/docker-compose.yml": "services: {}\n" });
    write(dir, "a/docker-compose.yml", exposed(8000));
    write(dir, "b/docker-compose.yml", exposed(8080).replace("8080:8080", "0.0.0.0:8000:8000"));
    git(dir, ["add", "-A"]);
    write(dir, "a/docker-compose.yml", "services: {}\n"); // fixed but not staged: the index still counts
    const run = await runCli(["check", "--staged", "--format", "json", path.join(dir, "a/docker-compose.yml")], dir);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).findings as Array<{ file: string; ruleId: string }>;
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(["a/docker-compose.yml"]));
    expect(findings.map((f) => f.ruleId)).toContain("exposed-binding");
  });

  it("accepts paths relative to the folder it runs in", async () => {
    const dir = repo({ "ports.yaml": REGISTRY, "a/docker-compose.yml": exposed(8000) });
    const run = await runCli(["check", "--format", "json", "docker-compose.yml"], path.join(dir, "a"));
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toContain("a/docker-compose.yml");
  });

  it("--changed-since reports only what the branch changed", async () => {
    const dir = repo({ "ports.yaml": REGISTRY, "old/docker-compose.yml": exposed(8000) });
    git(dir, ["checkout", "-q", "-b", "feature"]);
    write(dir, "new/docker-compose.yml", exposed(8080).replace("8080:8080", "127.0.0.1:9000:9000"));
    git(dir, ["add", "-A"]);
    git(dir, ["commit", "-q", "-m", "new service"]);
    const run = await runCli(["check", "--format", "json", "--changed-since", "main"], dir);
    const findings = JSON.parse(run.stdout).findings as Array<{ file: string; ruleId: string }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(["new/docker-compose.yml"]));

    const nothing = await runCli(["check", "--changed-since", "HEAD"], dir);
    expect(nothing).toMatchObject({ code: 0, stdout: "" });

    const bad = await runCli(["check", "--changed-since", "no-such-ref"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--changed-since: .*no-such-ref/);
    expect((await runCli(["check", "--staged", "--changed-since", "main"], dir)).code).toBe(2);
  });
});

// The bundled Action's scheduled docs run: one branch, one commit, one pull request, however
// often it runs; nothing at all when the port map is current.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/engine/check.js";
import { portMapOutputFile } from "../../src/docs/generate.js";
import { renderPortMapInto } from "../../src/docs/stale.js";
import { git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";
import { FakeGitHub } from "../fake-github/server.js";
import { scheduleEvent } from "./payloads.js";
import { bundleMissing, runAction, type ActionRun } from "./run-bundle.js";

const REGISTRY = `version: 1
project: Docs test
services:
  api:
    port: 8000
    env: API_PORT
    description: Orders API
  web:
    port: 8080
    env: WEB_PORT
`;

const repos: TempRepo[] = [];
let fake: FakeGitHub;
const runs: ActionRun[] = [];
const head = (dir: string) => git(dir, ["rev-parse", "HEAD"]).trim();

/** The map `portcullis docs` writes for the project in `root`, and its repository-relative path. */
async function expectedMap(root: string): Promise<{ relative: string; text: string }> {
  const result = await check({ root });
  const relative = portMapOutputFile(result.registry);
  const applied = renderPortMapInto(result.registry, result.refs, relative, undefined);
  if (!applied.ok) throw new Error(applied.message);
  return { relative, text: applied.text };
}

/** The fake's default branch holds the same files as the repository's HEAD. */
function seedFromRepo(dir: string): string {
  const sha = head(dir);
  const files: Record<string, string> = {};
  for (const file of git(dir, ["ls-files"]).split("\n").filter(Boolean)) files[file] = readFileSync(path.join(dir, file), "utf8");
  fake.seedCommit(sha, files);
  return sha;
}

async function docs(dir: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ workspace: dir, sha: head(dir), eventName: "schedule", payload: scheduleEvent(), apiUrl: fake.url, inputs: { command: "docs", token: fake.token, ...inputs } });
  runs.push(run);
  return run;
}

// Each test starts the bundle several times; a loaded machine must not turn that into a failure.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  const missing = bundleMissing();
  expect(missing, missing).toBeUndefined();
});
beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => {
  for (const run of runs.splice(0)) expect(run.stdout + run.stderr).not.toContain(fake.token);
  await fake.close();
});
afterAll(() => repos.forEach((r) => r.cleanup()));

describe("command: docs", () => {
  it("opens one pull request for a stale map, and three runs leave exactly one PR and one commit", async () => {
    const r = makeRepo({ "svc/ports.yaml": REGISTRY, "README.md": "# Monorepo\n" });
    repos.push(r);
    const base = seedFromRepo(r.dir);
    const map = await expectedMap(path.join(r.dir, "svc"));
    const inRepo = `svc/${map.relative}`;

    const first = await docs(r.dir, { "docs-pr": "true", "working-directory": "svc" });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs["docs-changed"]).toBe("true");
    expect(first.outputs["pull-request-url"]).toBe("https://github.com/acme/shop/pull/1");
    expect(fake.fileAt("portcullis/ports-md", inRepo)).toBe(map.text);
    expect(fake.fileAt("portcullis/ports-md", "svc/ports.yaml")).toBe(REGISTRY);
    const branchSha = fake.refs.get("heads/portcullis/ports-md")!;
    expect(fake.commits.get(branchSha)!.parents).toEqual([base]);
    expect(fake.pulls[0]).toMatchObject({ state: "open", head: { ref: "portcullis/ports-md" }, base: { ref: "main" } });
    expect(first.summary).toContain("pull request #1");
    const writes = fake.writes().length;

    for (let i = 0; i < 2; i++) {
      const again = await docs(r.dir, { "docs-pr": "true", "working-directory": "svc" });
      expect(again.code).toBe(0);
      expect(again.outputs["pull-request-url"]).toBe("https://github.com/acme/shop/pull/1");
    }
    expect(fake.pulls).toHaveLength(1);
    expect(fake.writes()).toHaveLength(writes);
    expect(fake.refs.get("heads/portcullis/ports-md")).toBe(branchSha);
    // The workspace is left as it was: the map went to the branch, not the checkout.
    expect(git(r.dir, ["status", "--porcelain"])).toBe("");
  });

  it("does nothing at all when the map is current", async () => {
    const r = makeRepo({ "ports.yaml": REGISTRY });
    repos.push(r);
    const map = await expectedMap(r.dir);
    writeFileSync(path.join(r.dir, map.relative), map.text);
    git(r.dir, ["add", "-A"]);
    git(r.dir, ["commit", "-q", "-m", "docs"]);
    seedFromRepo(r.dir);
    for (let i = 0; i < 3; i++) {
      const run = await docs(r.dir, { "docs-pr": "true" });
      expect(run.code).toBe(0);
      expect(run.outputs["docs-changed"]).toBe("false");
      expect(run.outputs["pull-request-url"]).toBe("");
    }
    expect(fake.requests).toEqual([]);
    expect(fake.refs.has("heads/portcullis/ports-md")).toBe(false);
  });

  it("without docs-pr, writes the map into the workspace and calls no API", async () => {
    const r = makeRepo({ "ports.yaml": REGISTRY });
    repos.push(r);
    const map = await expectedMap(r.dir);
    const run = await docs(r.dir, {});
    expect(run.code).toBe(0);
    expect(run.outputs["docs-changed"]).toBe("true");
    expect(readFileSync(path.join(r.dir, map.relative), "utf8")).toBe(map.text);
    expect(fake.requests).toEqual([]);
  });

  it("with a read-only token, warns and succeeds", async () => {
    const r = makeRepo({ "ports.yaml": REGISTRY });
    repos.push(r);
    seedFromRepo(r.dir);
    fake.forbidWrites = true;
    const run = await docs(r.dir, { "docs-pr": "true" });
    expect(run.code).toBe(0);
    expect(run.commands.some((c) => c.command === "warning" && /could not push the regenerated port map/.test(c.message))).toBe(true);
    expect(fake.pulls).toEqual([]);
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: r.dir }).toString()).toBe("");
  });
});

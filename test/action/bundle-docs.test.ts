// The bundled Action's scheduled docs run: one branch, one commit, one pull request, however
// often it runs; the port map and its range chart change together; nothing at all when both are current.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { run as portcullisDocs } from "../../src/cli/docs.js";
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

/** A registry with a range: `portcullis docs` writes PORTS.md and ports-map.svg beside it. */
const RANGED = `version: 1
project: Chart test
ranges:
  core: { from: 8000, to: 8019, description: Core services }
services:
  api:
    port: 8000
    env: API_PORT
    range: core
    description: Orders API
  web:
    port: 8010
    env: WEB_PORT
    range: core
reserved:
  - { port: 8015, reason: metrics sidecar }
`;

const BRANCH = "portcullis/ports-md";

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

/** Runs `portcullis docs` (the CLI command itself) in `dir`; returns what it printed. */
async function writeDocs(dir: string): Promise<string> {
  const out: string[] = [];
  const code = await portcullisDocs([], { cwd: dir, env: {}, stdout: (t) => out.push(t), stderr: (t) => out.push(t), isTTY: false });
  expect(code, out.join("")).toBe(0);
  return out.join("");
}

/** Commits everything in the working tree. */
function commitAll(dir: string, message: string): void {
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", message]);
}

/** The tree entries each POST /git/trees sent, in order. */
function treePosts(): string[][] {
  return fake
    .writes()
    .filter((w) => w.path.endsWith("/git/trees"))
    .map((w) => (w.body as { tree: Array<{ path: string }> }).tree.map((e) => e.path));
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

  it("a stale chart alone opens a pull request whose commit holds the map and the chart as portcullis docs writes them", async () => {
    const r = makeRepo({ "ports.yaml": RANGED });
    repos.push(r);
    expect(await writeDocs(r.dir)).toBe("wrote PORTS.md\nwrote ports-map.svg\n");
    const map = readFileSync(path.join(r.dir, "PORTS.md"), "utf8");
    const chart = readFileSync(path.join(r.dir, "ports-map.svg"), "utf8");
    expect(map).toContain("ports-map.svg");
    // The committed chart is an older drawing: the map is current, the chart is not.
    const old = chart.replace(/metrics sidecar/g, "old sidecar");
    expect(old).not.toBe(chart);
    writeFileSync(path.join(r.dir, "ports-map.svg"), old);
    commitAll(r.dir, "docs with an old chart");
    const base = seedFromRepo(r.dir);

    const first = await docs(r.dir, { "docs-pr": "true" });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["docs-changed"]).toBe("true");
    expect(first.outputs["pull-request-url"]).toBe("https://github.com/acme/shop/pull/1");
    expect(first.summary).toContain("`ports-map.svg` is stale");
    // One commit on the base whose tree holds both files with the bytes portcullis docs writes.
    const branchSha = fake.refs.get(`heads/${BRANCH}`)!;
    expect(fake.commits.get(branchSha)!.parents).toEqual([base]);
    expect(fake.filesAt(BRANCH)).toEqual({ "ports.yaml": RANGED, "PORTS.md": map, "ports-map.svg": chart });
    expect(fake.writes().filter((w) => w.path.endsWith("/git/commits"))).toHaveLength(1);
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]!.title).toBe("Update ports-map.svg from ports.yaml");
    const writes = fake.writes().length;

    for (let i = 0; i < 2; i++) {
      const again = await docs(r.dir, { "docs-pr": "true" });
      expect(again.code).toBe(0);
      expect(again.outputs["docs-changed"]).toBe("true");
      expect(again.outputs["pull-request-url"]).toBe("https://github.com/acme/shop/pull/1");
    }
    expect(fake.pulls).toHaveLength(1);
    expect(fake.writes()).toHaveLength(writes);
    expect(fake.refs.get(`heads/${BRANCH}`)).toBe(branchSha);

    // The Action left the checkout alone; portcullis docs run there now writes exactly the branch's chart.
    expect(git(r.dir, ["status", "--porcelain"])).toBe("");
    expect(await writeDocs(r.dir)).toBe("wrote ports-map.svg\n");
    expect(readFileSync(path.join(r.dir, "ports-map.svg"), "utf8")).toBe(fake.filesAt(BRANCH)!["ports-map.svg"]);
    expect(readFileSync(path.join(r.dir, "PORTS.md"), "utf8")).toBe(fake.filesAt(BRANCH)!["PORTS.md"]);
  });

  it("a stale map and chart go into one tree with two blobs; three runs leave one commit and one pull request", async () => {
    const r = makeRepo({ "deploy/ports.yaml": RANGED.replace("version: 1\n", "version: 1\ndocs:\n  output: docs/PORTS.md\n"), "README.md": "# Shop\n" });
    repos.push(r);
    const base = seedFromRepo(r.dir);
    for (let i = 0; i < 3; i++) {
      const run = await docs(r.dir, { "docs-pr": "true", "working-directory": "deploy" });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs["docs-changed"]).toBe("true");
      expect(run.outputs["pull-request-url"]).toBe("https://github.com/acme/shop/pull/1");
    }
    expect(treePosts()).toEqual([["deploy/docs/PORTS.md", "deploy/docs/ports-map.svg"]]);
    expect(fake.writes().filter((w) => w.path.endsWith("/git/blobs"))).toHaveLength(2);
    expect(fake.writes().filter((w) => w.path.endsWith("/git/commits"))).toHaveLength(1);
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]!.title).toBe("Update PORTS.md and ports-map.svg from ports.yaml");
    const branch = fake.commits.get(fake.refs.get(`heads/${BRANCH}`)!)!;
    expect(branch.parents).toEqual([base]);
    expect(branch.message).toBe("Regenerate deploy/docs/PORTS.md and deploy/docs/ports-map.svg from ports.yaml");

    expect(git(r.dir, ["status", "--porcelain"])).toBe("");
    await writeDocs(path.join(r.dir, "deploy"));
    const files = fake.filesAt(BRANCH)!;
    for (const file of ["deploy/docs/PORTS.md", "deploy/docs/ports-map.svg"]) {
      expect(files[file], file).toBe(readFileSync(path.join(r.dir, file), "utf8"));
    }
  });

  it("does nothing at all when the map and the chart are current", async () => {
    const r = makeRepo({ "ports.yaml": RANGED });
    repos.push(r);
    await writeDocs(r.dir);
    expect(existsSync(path.join(r.dir, "ports-map.svg"))).toBe(true);
    commitAll(r.dir, "docs");
    seedFromRepo(r.dir);
    for (let i = 0; i < 3; i++) {
      const run = await docs(r.dir, { "docs-pr": "true" });
      expect(run.code).toBe(0);
      expect(run.outputs["docs-changed"]).toBe("false");
      expect(run.outputs["pull-request-url"]).toBe("");
      expect(run.summary).toContain("`PORTS.md` and `ports-map.svg` are up to date.");
    }
    expect(fake.requests).toEqual([]);
    expect(fake.refs.has(`heads/${BRANCH}`)).toBe(false);
  });

  it.each(["none", "mermaid"])("with docs.diagram: %s, proposes the map alone and ignores a stale chart file", async (diagram) => {
    const registry = RANGED.replace("version: 1\n", `version: 1\ndocs:\n  diagram: ${diagram}\n`);
    // A chart left from before: no longer generated, so it is neither stale nor proposed.
    const r = makeRepo({ "ports.yaml": registry, "ports-map.svg": "<svg>old</svg>\n" });
    repos.push(r);
    seedFromRepo(r.dir);
    const first = await docs(r.dir, { "docs-pr": "true" });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["docs-changed"]).toBe("true");
    expect(treePosts()).toEqual([["PORTS.md"]]);
    expect(fake.pulls[0]!.title).toBe("Update PORTS.md from ports.yaml");
    expect(fake.fileAt(BRANCH, "ports-map.svg")).toBe("<svg>old</svg>\n");
    await writeDocs(r.dir);
    expect(fake.fileAt(BRANCH, "PORTS.md")).toBe(readFileSync(path.join(r.dir, "PORTS.md"), "utf8"));
    expect(readFileSync(path.join(r.dir, "ports-map.svg"), "utf8")).toBe("<svg>old</svg>\n");

    // With the map committed, nothing is stale: no request at all.
    commitAll(r.dir, "docs");
    seedFromRepo(r.dir);
    const before = fake.requests.length;
    const run = await docs(r.dir, { "docs-pr": "true" });
    expect(run.outputs["docs-changed"]).toBe("false");
    expect(run.summary).toContain("`PORTS.md` is up to date.");
    expect(fake.requests).toHaveLength(before);
  });

  it("without docs-pr, writes the stale map and chart into the workspace and calls no API", async () => {
    const r = makeRepo({ "ports.yaml": RANGED });
    repos.push(r);
    const run = await docs(r.dir, {});
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs["docs-changed"]).toBe("true");
    expect(run.summary).toContain("Regenerated `PORTS.md` and `ports-map.svg` in the workspace.");
    expect(fake.requests).toEqual([]);
    // portcullis docs finds exactly what the Action wrote.
    expect(await writeDocs(r.dir)).toBe("PORTS.md is up to date\n");
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

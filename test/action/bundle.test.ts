// The bundled Action run as the runner runs it, against real git repositories and the fake
// GitHub API: workflow commands, outputs, job summary, SARIF, pull-request scoping, the sticky
// comment and the read-only-token path.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/engine/check.js";
import { COMMENT_MARKER } from "../../src/action/comment.js";
import { classify } from "../../src/scan/scanners/index.js";
import { git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";
import { FakeGitHub } from "../fake-github/server.js";
import { pullRequestEvent, pushEvent } from "./payloads.js";
import { BUNDLE, bundleMissing, runAction, type ActionRun } from "./run-bundle.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Three problems the registry alone shows: out-of-range (error), reserved (error), ephemeral (warning). */
const REGISTRY = `version: 1
project: Bundle test
ranges:
  core: { from: 8000, to: 8099 }
services:
  api:
    port: 9000
    range: core
    env: API_PORT
  worker:
    port: 8081
    range: core
  cache:
    port: 40000
  admin:
    port: 8085
    range: core
reserved:
  - { port: 8085, reason: metrics }
`;
const CLEAN_REGISTRY = `version: 1
project: Bundle test
services:
  api:
    port: 8000
    env: API_PORT
`;
/** Thirteen services out of their range: more errors than GitHub shows. */
const NOISY_REGISTRY = `version: 1
ranges:
  core: { from: 8000, to: 8099 }
services:
${Array.from({ length: 13 }, (_, i) => `  svc${i}:\n    port: ${9000 + i}\n    range: core\n`).join("")}`;

const repos: TempRepo[] = [];
function repo(files: Record<string, string>): TempRepo {
  const made = makeRepo(files);
  repos.push(made);
  return made;
}
const head = (dir: string) => git(dir, ["rev-parse", "HEAD"]).trim();
function commit(dir: string, files: Record<string, string>, message = "change"): string {
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", message]);
  return head(dir);
}

const sarifValidator = (() => {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  const chars = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat("uri", (v: string) => chars.test(v) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(v));
  ajv.addFormat("uri-reference", (v: string) => chars.test(v));
  return ajv.compile(JSON.parse(readFileSync(path.join(here, "../report/sarif-2.1.0.schema.json"), "utf8")));
})();

let fake: FakeGitHub;
const runs: ActionRun[] = [];
async function action(options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const run = await runAction({ apiUrl: fake.url, ...options });
  runs.push(run);
  return run;
}
const fileAnnotations = (run: ActionRun, level?: string) =>
  run.commands.filter((c) => ["error", "warning", "notice"].includes(c.command) && c.properties.file && (!level || c.command === level));

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
  // Whatever happened, the token went only into request headers.
  for (const run of runs.splice(0)) expect(run.stdout + run.stderr).not.toContain(fake.token);
  await fake.close();
});
afterAll(() => repos.forEach((r) => r.cleanup()));

describe(`the bundled Action (${path.relative(process.cwd(), BUNDLE)})`, () => {
  it("on push: annotates, writes outputs, the job summary and SARIF, and fails on errors", async () => {
    const r = repo({ "ports.yaml": REGISTRY });
    const sha = head(r.dir);
    const run = await action({
      workspace: r.dir,
      sha,
      eventName: "push",
      payload: pushEvent({ before: "0".repeat(40), after: sha }),
      inputs: { "sarif-file": "results/portcullis.sarif", token: fake.token },
    });
    const expected = await check({ root: r.dir });
    const { errors, warnings } = expected.summary;
    expect(errors).toBeGreaterThan(0);

    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe(String(errors));
    expect(run.outputs.warnings).toBe(String(warnings));
    const json = JSON.parse(run.outputs["findings-json"]!);
    expect(json.version).toBe(1);
    expect(json.findings).toEqual(JSON.parse(JSON.stringify(expected.findings)));

    const annotations = fileAnnotations(run);
    expect(annotations).toHaveLength(expected.findings.length);
    const first = expected.findings.find((f) => f.severity === "error")!;
    expect(annotations).toContainEqual({
      command: "error",
      properties: { title: `portcullis/${first.ruleId}`, file: first.file, line: String(first.line), col: String(first.column), endColumn: String(first.endColumn) },
      message: first.message,
    });
    expect(run.commands.at(-1)).toMatchObject({ command: "error", message: `Portcullis found ${errors} errors (fail-on: error).` });

    expect(run.summary).toContain("## Portcullis");
    expect(run.summary).toContain(`**${errors} errors**`);
    expect(run.summary).toContain(`](https://github.com/acme/shop/blob/${sha}/ports.yaml#L${first.line})`);

    const sarifPath = path.join(r.dir, "results/portcullis.sarif");
    expect(run.outputs["sarif-file"]).toBe(sarifPath);
    const sarif = JSON.parse(readFileSync(sarifPath, "utf8"));
    expect(sarifValidator(sarif), JSON.stringify(sarifValidator.errors)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(expected.findings.length);
    expect(sarif.runs[0].results[0].partialFingerprints.primaryLocationLineHash).toBe(expected.findings[0]!.fingerprint);
    // Nothing to ask the API on a push without a comment.
    expect(fake.requests).toEqual([]);
  });

  it("fail-on decides the verdict: never passes, warning fails on warnings alone", async () => {
    const warningsOnly = repo({ "ports.yaml": "version: 1\nservices:\n  cache:\n    port: 40000\n" });
    const sha = head(warningsOnly.dir);
    const base = { workspace: warningsOnly.dir, sha, payload: pushEvent({ before: sha, after: sha }) };
    expect((await action({ ...base, inputs: { "fail-on": "error" } })).code).toBe(0);
    const failing = await action({ ...base, inputs: { "fail-on": "warning" } });
    expect(failing.code).toBe(1);
    expect(failing.commands.at(-1)!.message).toBe("Portcullis found 0 errors and 1 warnings (fail-on: warning).");
    const errorsRepo = repo({ "ports.yaml": REGISTRY });
    const never = await action({ workspace: errorsRepo.dir, sha: head(errorsRepo.dir), inputs: { "fail-on": "never" } });
    expect(never.code).toBe(0);
    expect(Number(never.outputs.errors)).toBeGreaterThan(0);
  });

  it("in a working-directory, paths in annotations, SARIF and links are repository-relative", async () => {
    const r = repo({ "services/shop/ports.yaml": REGISTRY, "README.md": "# monorepo\n" });
    const sha = head(r.dir);
    const run = await action({ workspace: r.dir, sha, inputs: { "working-directory": "services/shop", "sarif-file": "portcullis.sarif", "fail-on": "never" } });
    expect(run.code).toBe(0);
    const files = new Set(fileAnnotations(run).map((a) => a.properties.file));
    expect([...files]).toEqual(["services/shop/ports.yaml"]);
    const sarif = JSON.parse(readFileSync(path.join(r.dir, "portcullis.sarif"), "utf8"));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("services/shop/ports.yaml");
    expect(run.summary).toContain(`/blob/${sha}/services/shop/ports.yaml#L`);
  });

  it("shows at most 10 annotations per level and one notice saying how many more and where", async () => {
    const r = repo({ "ports.yaml": NOISY_REGISTRY });
    const run = await action({ workspace: r.dir, sha: head(r.dir), inputs: { "sarif-file": "p.sarif" } });
    expect(run.outputs.errors).toBe("13");
    // Nine findings plus the step's own failure message make the ten errors GitHub shows.
    expect(fileAnnotations(run, "error")).toHaveLength(9);
    expect(run.commands.filter((c) => c.command === "error")).toHaveLength(10);
    const notices = run.commands.filter((c) => c.command === "notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain("4 more: read every finding in the job summary and the SARIF file p.sarif.");
    // The summary still lists all thirteen.
    expect(run.summary.split("\n").filter((l) => l.startsWith("| Error |"))).toHaveLength(13);
  });

  it("with cache-dir, a second run reuses what the first scanned and reports the same", async () => {
    const r = repo({
      "ports.yaml": REGISTRY,
      "docker-compose.yml": 'services:\n  api:\n    ports:\n      - "8081:8080"\n',
      ".env.example": "API_PORT=8080\n",
      "src/server.ts": "app.listen(8080);\n",
    });
    // Git smudges index entries written in the same clock tick as the index (its racy-file rule),
    // and then calls them modified until the index is refreshed: refresh, as a checkout leaves it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    git(r.dir, ["update-index", "-q", "--refresh"]);
    const sha = head(r.dir);
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), "portcullis-action-cache-"));
    try {
      const options = { workspace: r.dir, sha, eventName: "push", payload: pushEvent({ before: "0".repeat(40), after: sha }), inputs: { "cache-dir": cacheDir } };
      const first = await action(options);
      const second = await action(options);
      const line = (run: ActionRun) => /scan cache: (\d+) files reused, (\d+) scanned/.exec(run.stdout);
      expect(line(first)?.[1]).toBe("0");
      expect(Number(line(first)?.[2])).toBeGreaterThan(0);
      // The files were committed a moment ago (as on a fresh runner): their bytes were checked
      // against git's blobs, so the first run could store them all.
      expect(line(second)?.slice(1)).toEqual([line(first)![2], "0"]);
      const outputs = (run: ActionRun) => ({ ...run.outputs, "findings-json": run.outputs["findings-json"]!.replace(/"durationMs":\d+/, "") });
      expect(outputs(second)).toEqual(outputs(first));
      expect(second.code).toBe(first.code);
      expect(readdirSync(path.join(cacheDir, "scan"))).toHaveLength(1);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  describe("pull requests with only-changed", () => {
    it("reports nothing when the pull request did not touch the problems", async () => {
      const r = repo({ "ports.yaml": REGISTRY, "README.md": "# Shop\n" });
      const baseSha = head(r.dir);
      const headSha = commit(r.dir, { "README.md": "# Shop\n\nNow with docs.\n" });
      fake.pullFiles.set(7, [{ filename: "README.md", status: "modified", additions: 2, deletions: 0, patch: "@@ -1 +1,3 @@\n # Shop\n+\n+Now with docs." }]);
      const run = await action({
        workspace: r.dir,
        sha: headSha,
        eventName: "pull_request",
        payload: pullRequestEvent({ number: 7, baseSha, headSha, changedFiles: 1 }),
        inputs: { "only-changed": "lines", token: fake.token, "sarif-file": "p.sarif" },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.errors).toBe("0");
      expect(fileAnnotations(run)).toEqual([]);
      expect(run.summary).toMatch(/Only findings on lines changed by pull request #7 are reported \(\d+ more elsewhere in the repository are not\)\./);
      // SARIF keeps every finding: code scanning would close alerts missing from an upload.
      const all = await check({ root: r.dir });
      expect(JSON.parse(readFileSync(path.join(r.dir, "p.sarif"), "utf8")).runs[0].results).toHaveLength(all.findings.length);
      expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual(["GET /repos/acme/shop/pulls/7/files"]);
      expect(fake.requests[0]!.token).toBe(fake.token);
    });

    // Needs the env scanner in the catalog (findings outside ports.yaml).
    const envScanned = classify(".env.example") !== undefined;
    it.skipIf(!envScanned)("lines, files and false differ on a pull request that fixed one port and broke another", async () => {
      const registry = "version: 1\nservices:\n  api:\n    port: 8000\n    env: API_PORT\n  web:\n    port: 8080\n    env: WEB_PORT\n";
      const r = repo({ "ports.yaml": registry, ".env.example": "API_PORT=8000\nWEB_PORT=8082\n", "deploy.env": "WEB_PORT=8083\n" });
      const baseSha = head(r.dir);
      const headSha = commit(r.dir, { ".env.example": "API_PORT=9001\nWEB_PORT=8082\n" });
      fake.pullFiles.set(4, [{ filename: ".env.example", status: "modified", patch: "@@ -1 +1 @@\n-API_PORT=8000\n+API_PORT=9001" }]);
      const where = (run: ActionRun) => (JSON.parse(run.outputs["findings-json"]!).findings as Array<{ file: string; line: number }>).map((f) => `${f.file}:${f.line}`);
      const payload = pullRequestEvent({ number: 4, baseSha, headSha, changedFiles: 1 });
      const results: Record<string, string[]> = {};
      for (const mode of ["lines", "files", "false"]) {
        const run = await action({ workspace: r.dir, sha: headSha, eventName: "pull_request", payload, inputs: { "only-changed": mode, token: fake.token, "fail-on": "never" } });
        results[mode] = where(run);
      }
      expect(results.lines).toEqual([".env.example:1"]);
      expect(results.files).toEqual([".env.example:1", ".env.example:2"]);
      expect(results.false).toEqual([".env.example:1", ".env.example:2", "deploy.env:1"]);
    });

    it.skipIf(!envScanned)("a changed service declaration brings in its findings in untouched files", async () => {
      const registry = (port: number) => `version: 1\nservices:\n  web:\n    port: ${port}\n    env: WEB_PORT\n`;
      const r = repo({ "ports.yaml": registry(8081), "deploy.env": "WEB_PORT=8081\n" });
      const baseSha = head(r.dir);
      const headSha = commit(r.dir, { "ports.yaml": registry(8080) });
      fake.pullFiles.set(6, [{ filename: "ports.yaml", status: "modified", patch: "@@ -4 +4 @@\n-    port: 8081\n+    port: 8080" }]);
      const run = await action({
        workspace: r.dir,
        sha: headSha,
        eventName: "pull_request",
        payload: pullRequestEvent({ number: 6, baseSha, headSha, changedFiles: 1 }),
        inputs: { "only-changed": "lines", token: fake.token, "fail-on": "never" },
      });
      const reported = JSON.parse(run.outputs["findings-json"]!).findings as Array<{ file: string; service?: string }>;
      expect(reported.map((f) => f.file)).toContain("deploy.env");
    });

    it("reports every registry finding when the pull request changed ports.yaml", async () => {
      const r = repo({ "ports.yaml": REGISTRY.replace("port: 8081", "port: 8080") });
      const baseSha = head(r.dir);
      const headSha = commit(r.dir, { "ports.yaml": REGISTRY });
      const line = REGISTRY.split("\n").indexOf("    port: 8081") + 1;
      fake.pullFiles.set(3, [{ filename: "ports.yaml", status: "modified", patch: `@@ -${line} +${line} @@\n-    port: 8080\n+    port: 8081` }]);
      const run = await action({
        workspace: r.dir,
        sha: headSha,
        eventName: "pull_request",
        payload: pullRequestEvent({ number: 3, baseSha, headSha, changedFiles: 1 }),
        inputs: { "only-changed": "lines", token: fake.token },
      });
      const all = await check({ root: r.dir });
      expect(run.outputs.errors).toBe(String(all.summary.errors));
      expect(run.code).toBe(1);
    });

    it("over the API's 3000 files, reads the changes with git diff between base and head", async () => {
      const r = repo({ "ports.yaml": CLEAN_REGISTRY });
      const baseSha = head(r.dir);
      const headSha = commit(r.dir, { "ports.yaml": REGISTRY });
      // The API's list stops at 3000 and here does not even include ports.yaml.
      fake.pullFiles.set(9, Array.from({ length: 3001 }, (_, i) => ({ filename: `generated/f${i}.txt`, status: "added", patch: "@@ -0,0 +1 @@\n+x" })));
      const run = await action({
        workspace: r.dir,
        sha: headSha,
        eventName: "pull_request",
        payload: pullRequestEvent({ number: 9, baseSha, headSha, changedFiles: 3002 }),
        inputs: { "only-changed": "lines", token: fake.token },
      });
      expect(run.stdout).toContain("reading the changes with git diff");
      expect(fake.requests.filter((q) => q.path.endsWith("/pulls/9/files"))).toHaveLength(30);
      const all = await check({ root: r.dir });
      expect(run.outputs.errors).toBe(String(all.summary.errors));
      expect(run.code).toBe(1);
    });
  });

  describe("sticky comment", () => {
    it("is created once, left alone when nothing changed, and replaced by an all clear", async () => {
      const r = repo({ "ports.yaml": REGISTRY });
      const baseSha = head(r.dir);
      const payload = pullRequestEvent({ number: 5, baseSha, headSha: baseSha, changedFiles: 1 });
      const inputs = { comment: "true", token: fake.token, "fail-on": "never" };
      const first = await action({ workspace: r.dir, sha: baseSha, eventName: "pull_request", payload, inputs });
      expect(first.code).toBe(0);
      expect(fake.comments.get(5)).toHaveLength(1);
      const body = fake.comments.get(5)![0]!.body;
      expect(body.startsWith(`${COMMENT_MARKER}\n## Portcullis`)).toBe(true);
      expect(body).toContain("| Error |");
      expect(body.length).toBeLessThan(65536);

      await action({ workspace: r.dir, sha: baseSha, eventName: "pull_request", payload, inputs });
      expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/shop/issues/5/comments"]);

      const fixed = commit(r.dir, { "ports.yaml": CLEAN_REGISTRY });
      const third = await action({ workspace: r.dir, sha: fixed, eventName: "pull_request", payload: pullRequestEvent({ number: 5, baseSha, headSha: fixed, changedFiles: 1 }), inputs });
      expect(third.outputs.errors).toBe("0");
      expect(fake.comments.get(5)).toHaveLength(1);
      expect(fake.comments.get(5)![0]!.body).toContain("All clear");
      expect(fake.writes().map((w) => w.method)).toEqual(["POST", "PATCH"]);
    });

    it("with a read-only token (a fork's pull request) warns and the step succeeds", async () => {
      const r = repo({ "ports.yaml": REGISTRY });
      const sha = head(r.dir);
      fake.forbidWrites = true;
      const run = await action({
        workspace: r.dir,
        sha,
        eventName: "pull_request",
        payload: pullRequestEvent({ number: 11, baseSha: sha, headSha: sha, changedFiles: 1, fork: true }),
        inputs: { comment: "true", token: fake.token, "fail-on": "never" },
      });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      const warning = run.commands.find((c) => c.command === "warning" && !c.properties.file);
      expect(warning?.message).toMatch(/^Portcullis could not comment on the pull request/);
      expect(fake.writes()).toHaveLength(1);
      expect(fake.comments.get(11) ?? []).toEqual([]);
    });
  });

  it("a broken ports.yaml fails the step with an error annotation at its line", async () => {
    const r = repo({ "ports.yaml": "version: 1\nservices:\n  api:\n    port: 8000\n    colour: blue\n" });
    const run = await action({ workspace: r.dir, sha: head(r.dir) });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.command === "error" && c.properties.file);
    expect(error?.properties).toMatchObject({ file: "ports.yaml", line: "5" });
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it("a bad input fails the step with a message naming it", async () => {
    const r = repo({ "ports.yaml": CLEAN_REGISTRY });
    const run = await action({ workspace: r.dir, sha: head(r.dir), inputs: { "fail-on": "sometimes" } });
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)!.message).toMatch(/fail-on/);
  });

  it("runs without a summary file and without a token", async () => {
    const r = repo({ "ports.yaml": CLEAN_REGISTRY });
    const run = await action({ workspace: r.dir, sha: head(r.dir), env: { GITHUB_STEP_SUMMARY: "" } });
    expect(run.code).toBe(0);
    expect(run.outputs.errors).toBe("0");
    expect(existsSync(path.join(r.dir, "p.sarif"))).toBe(false);
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: r.dir }).toString()).toBe("");
  });
});

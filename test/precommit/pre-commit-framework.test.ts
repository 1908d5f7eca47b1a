// The real pre-commit framework running this repository's hook: `.pre-commit-hooks.yaml` and the
// bundled CLI, installed the way the framework installs a `language: node` hook (npm pack, then
// npm install -g into its own environment), then a real `git commit` through `pre-commit install`.

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git, makeRepo, REPO_ROOT, type TempRepo } from "../helpers/temp-repo.js";
import { CACHE_DIR, CLI, commit, head, write } from "./hook-helpers.js";

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/**
 * A hook repository holding what a release holds for the framework: the hooks file, the bundle
 * and a package.json naming the executable (the bundle needs no dependencies, so npm stays offline).
 */
function hookRepository(): string {
  const repo = makeRepo({
    "package.json": `${JSON.stringify({ name: "portcullis", version: "0.0.0-test", type: "module", bin: { portcullis: "dist/cli/index.js" } }, null, 2)}\n`,
  }, { commit: false });
  cleanups.push(repo.cleanup);
  cpSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), path.join(repo.dir, ".pre-commit-hooks.yaml"));
  cpSync(path.join(REPO_ROOT, "dist/cli"), path.join(repo.dir, "dist/cli"), { recursive: true });
  git(repo.dir, ["add", "-A"]);
  git(repo.dir, ["commit", "-q", "-m", "hook release"]);
  return repo.dir;
}

describe.skipIf(!hasPreCommit)("pre-commit framework (apt-get install pre-commit)", () => {
  let hooks: string;
  let home: string;
  beforeAll(() => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    hooks = hookRepository();
    home = mkdtempSync(path.join(os.tmpdir(), "portcullis-pre-commit-home-"));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  });

  it("installs the hook, refuses a violating commit naming file, line and rule, and lets a fixed one through", () => {
    const repo: TempRepo = makeRepo({
      "ports.yaml": "version: 1\nservices:\n  api:\n    port: 8000\n    access: localhost\n",
      ".pre-commit-config.yaml": `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${git(hooks, ["rev-parse", "HEAD"]).trim()}\n    hooks:\n      - id: portcullis\n`,
    });
    cleanups.push(repo.cleanup);
    const env = { ...process.env, PRE_COMMIT_HOME: home, PORTCULLIS_CACHE_DIR: CACHE_DIR };
    execFileSync("pre-commit", ["install"], { cwd: repo.dir, env });

    write(repo.dir, "docker-compose.yml", `services:\n  api:\n    image: example/api:1\n    ports:\n      - "8000:8000"\n`);
    write(repo.dir, "notes.txt", "not a file the hook's pattern selects\n");
    git(repo.dir, ["add", "-A"]);
    const before = head(repo.dir);
    const refused = commit(repo.dir, [], env);
    expect(refused.status, refused.output).toBe(1);
    expect(refused.output).toMatch(/docker-compose\.yml\n\s+5:\d+\s+error\s+.*exposed-binding/);
    expect(head(repo.dir)).toBe(before);

    write(repo.dir, "docker-compose.yml", `services:\n  api:\n    image: example/api:1\n    ports:\n      - "127.0.0.1:8000:8000"\n`);
    git(repo.dir, ["add", "docker-compose.yml"]);
    const passed = commit(repo.dir, [], env);
    expect(passed.status, passed.output).toBe(0);
    expect(passed.output).toMatch(/portcullis.*Passed/);
    // A commit touching nothing the pattern selects skips the hook.
    writeFileSync(path.join(repo.dir, "notes.txt"), "still not a port file\n");
    git(repo.dir, ["add", "notes.txt"]);
    expect(commit(repo.dir, [], env).output).toMatch(/portcullis.*Skipped/);
  });
});

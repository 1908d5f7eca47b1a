// The husky 9 integration end to end, exactly as the README documents it: husky installs its
// hooks (core.hooksPath=.husky/_), `.husky/pre-commit` runs `npx portcullis check --staged`.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { git, makeRepo, REPO_ROOT, type TempRepo } from "../helpers/temp-repo.js";
import { CACHE_DIR, CLI, commit, head, write } from "./hook-helpers.js";

const HUSKY = path.join(REPO_ROOT, "node_modules/husky");
const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

/** A project with portcullis and husky installed (linked from this checkout) and husky set up. */
function huskyProject(): string {
  const repo = makeRepo({
    "package.json": `${JSON.stringify({ name: "app", private: true, scripts: { prepare: "husky" } }, null, 2)}\n`,
    ".gitignore": "node_modules\n",
    "ports.yaml": "version: 1\nservices:\n  api:\n    port: 8000\n    access: localhost\n",
    ".husky/pre-commit": "npx portcullis check --staged\n",
  });
  repos.push(repo);
  const dir = repo.dir;
  mkdirSync(path.join(dir, "node_modules/.bin"), { recursive: true });
  symlinkSync(HUSKY, path.join(dir, "node_modules/husky"));
  symlinkSync(REPO_ROOT, path.join(dir, "node_modules/portcullis"));
  symlinkSync("../portcullis/dist/cli/index.js", path.join(dir, "node_modules/.bin/portcullis"));
  // What `npm install` runs through the prepare script.
  execFileSync(process.execPath, [path.join(HUSKY, "bin.js")], { cwd: dir, env: { ...process.env, HUSKY: "" } });
  return dir;
}

describe("husky 9 + npx portcullis check --staged", () => {
  beforeAll(() => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    expect(existsSync(path.join(HUSKY, "bin.js")), "husky is a devDependency: run npm install").toBe(true);
  });

  it("installs as husky does, refuses a violating commit, lets a fixed one through, and HUSKY=0 skips it", () => {
    const dir = huskyProject();
    expect(git(dir, ["config", "core.hooksPath"]).trim()).toBe(".husky/_");
    const env = { PORTCULLIS_CACHE_DIR: CACHE_DIR };

    write(dir, "docker-compose.yml", `services:\n  api:\n    image: example/api:1\n    ports:\n      - "8000:8000"\n`);
    git(dir, ["add", "docker-compose.yml"]);
    const before = head(dir);
    const refused = commit(dir, [], env);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/docker-compose\.yml\n\s+5:\d+\s+error\s+.*exposed-binding/);
    expect(refused.output).toContain("husky - pre-commit script failed (code 1)");
    expect(head(dir)).toBe(before);

    expect(commit(dir, [], { ...env, HUSKY: "0" }).status).toBe(0);
    expect(head(dir)).not.toBe(before);

    write(dir, "docker-compose.yml", `services:\n  api:\n    image: example/api:1\n    ports:\n      - "127.0.0.1:8000:8000"\n`);
    git(dir, ["add", "docker-compose.yml"]);
    const fixed = commit(dir, [], env);
    expect(fixed.status, fixed.output).toBe(0);
    expect(git(dir, ["show", "HEAD:docker-compose.yml"])).toContain("127.0.0.1:8000:8000");
  });
});

// Real git repositories in temp folders, built from fixture folders or inline file maps.

import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = path.join(REPO_ROOT, "test/fixtures");

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Fixture",
  GIT_AUTHOR_EMAIL: "fixture@example.invalid",
  GIT_COMMITTER_NAME: "Fixture",
  GIT_COMMITTER_EMAIL: "fixture@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
};

export function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } });
}

export interface TempRepo {
  dir: string;
  cleanup(): void;
}

/** A fresh git repository holding `files` (path → content), committed unless `commit` is false. */
export function makeRepo(files: Record<string, string | Buffer>, options: { commit?: boolean; git?: boolean } = {}): TempRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-"));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  if (options.git !== false) initRepo(dir, options.commit !== false);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of `test/fixtures/<name>` as a fresh git repository. */
export function fixtureRepo(name: string): TempRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), `portcullis-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  initRepo(dir, true);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function initRepo(dir: string, commit: boolean): void {
  git(dir, ["init", "-q", "-b", "main"]);
  git(dir, ["config", "user.name", "Fixture"]);
  git(dir, ["config", "user.email", "fixture@example.invalid"]);
  git(dir, ["config", "commit.gpgsign", "false"]);
  if (commit) {
    git(dir, ["add", "-A"]);
    git(dir, ["commit", "-q", "--allow-empty", "-m", "fixture"]);
  }
}

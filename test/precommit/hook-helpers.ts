// Real pre-commit hooks in temp repositories: a hook file running the bundled CLI, real `git commit`.

import { execFile, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { git, REPO_ROOT } from "../helpers/temp-repo.js";

export const CLI = path.join(REPO_ROOT, "dist/cli/index.js");

/** Single-quotes a value for sh (the hook is a shell script; the paths in it are ours, not users'). */
function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A hooks folder whose pre-commit runs `check --staged` with the built CLI, shaped like husky 9's
 * wrapper: `HUSKY=0` skips it. Returns the folder (pass it to core.hooksPath) and a cleanup.
 */
export function hooksDir(args: string[] = ["check", "--staged"]): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-hooks-"));
  const command = [process.execPath, CLI, ...args].map(shQuote).join(" ");
  writeFileSync(path.join(dir, "pre-commit"), `#!/bin/sh\n[ "\${HUSKY-}" = "0" ] && exit 0\nexec ${command}\n`);
  chmodSync(path.join(dir, "pre-commit"), 0o755);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CommitRun {
  status: number | null;
  output: string;
}

/** The registry cache of these runs lives in a temp folder, not the user's ~/.cache. */
export const CACHE_DIR = mkdtempSync(path.join(os.tmpdir(), "portcullis-cache-"));
process.on("exit", () => rmSync(CACHE_DIR, { recursive: true, force: true }));

const GIT_ENV = {
  PORTCULLIS_CACHE_DIR: CACHE_DIR,
  GIT_AUTHOR_NAME: "Fixture",
  GIT_AUTHOR_EMAIL: "fixture@example.invalid",
  GIT_COMMITTER_NAME: "Fixture",
  GIT_COMMITTER_EMAIL: "fixture@example.invalid",
  NO_COLOR: "1",
};

/** `git commit -m <message> [args]` as a user types it; output is the hook's stdout and stderr. */
export function commit(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): CommitRun {
  const run = spawnSync("git", ["commit", "-q", "-m", "change", ...args], {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV, ...env },
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export function head(dir: string): string {
  return git(dir, ["rev-parse", "HEAD"]).trim();
}

export function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bundled CLI as a subprocess, arguments as an array. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...GIT_ENV, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

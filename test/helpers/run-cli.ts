// The bundled CLI (dist/cli/index.js) as a subprocess, in an environment the test controls: the
// caller's cache and CI settings are dropped, so each test says which caches it wants.

import { execFile } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./temp-repo.js";

export const CLI = path.join(REPO_ROOT, "dist/cli/index.js");

export interface CliRun {
  /** The exit code; null when the process did not end by itself within 20 s. */
  code: number | null;
  /** stdout, with the JSON report's duration (the one field equal runs may differ in) set to 0. */
  stdout: string;
  stderr: string;
}

export function runBundledCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const { CI: _ci, PORTCULLIS_CACHE: _cache, PORTCULLIS_CACHE_DIR: _dir, XDG_CACHE_HOME: _xdg, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...base, NO_COLOR: "1", ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout: stdout.replace(/"durationMs": \d+/, '"durationMs": 0'), stderr });
    });
  });
}

// Work the CLI starts before it loads a command's code: `check` (and `docs`) over a working tree
// with the scan cache on spends most of a warm run waiting for git to list the files, so git starts
// first and walks the tree while Node compiles the engine. Only for the plain invocation, whose
// project is known from the working directory alone; anything else starts nothing and loses
// nothing (the command lists as it always does).

import path from "node:path";
import { cacheDir, scanCacheWanted } from "../cache-dir.js";
import { findConfig } from "../registry/find-config.js";
import { startListing } from "../scan/listing-start.js";

/** Options that change which files are listed, or whether: no early start with these. */
const CHANGES_LISTING = /^(?:--(?:staged|root|config|help)(?:=|$)|-h$)/;

export function startEarly(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): void {
  if (command !== "check" && command !== "docs") return;
  if (args.some((arg) => CHANGES_LISTING.test(arg))) return;
  const flags = { cache: args.includes("--cache"), "no-cache": args.includes("--no-cache") };
  if (!scanCacheWanted(flags, env) || cacheDir(env) === undefined) return;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (findConfig(dir)) {
      startListing(dir);
      return;
    }
    if (path.dirname(dir) === dir) return;
  }
}

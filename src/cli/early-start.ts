// Work the CLI starts before it loads a command's code, so that git works while Node compiles the
// engine: for `check` (and `docs`) over a working tree with the scan cache on, the listing git
// processes (most of a warm run is waiting for them); for `check --staged`, the index snapshot
// (the staged diff, the context listing and the cat-file process). Only for invocations whose
// project is known from the working directory alone; anything else starts nothing and loses
// nothing (the command starts its git processes as it always does).

import path from "node:path";
import { cacheDir, scanCacheWanted } from "../cache-dir.js";
import { discardListing, startListing } from "../scan/listing-start.js";
import { stagedSnapshot, type IndexSnapshot } from "../scan/staged.js";
import { locateProject, type Project } from "./project.js";

/** Options that change which files are listed, or whether: no early start with these. */
const CHANGES_LISTING = /^(?:--(?:root|config|help|changed-since)(?:=|$)|-h$)/;

let early: { root: string; config: string; snapshot: IndexSnapshot } | undefined;

export function startEarly(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): void {
  if (command !== "check" && command !== "docs") return;
  if (args.some((arg) => CHANGES_LISTING.test(arg))) return;
  const staged = command === "check" && args.includes("--staged");
  if (!staged) {
    const flags = { cache: args.includes("--cache"), "no-cache": args.includes("--no-cache") };
    if (!scanCacheWanted(flags, env) || cacheDir(env) === undefined) return;
  }
  let project: Project;
  try {
    project = locateProject(cwd, {}); // what the command will find, as it finds it
  } catch {
    return; // no ports.yaml: the command says so
  }
  if (!staged) startListing(project.root);
  else early = { ...project, snapshot: stagedSnapshot(project.root, project.config, { env, cwd }) };
}

/** The index snapshot started for `root` and `config` (absolute), if it was: the caller closes it. */
export function takeEarlySnapshot(root: string, config: string): IndexSnapshot | undefined {
  const taken = early;
  early = undefined;
  if (taken && taken.root === path.resolve(root) && taken.config === path.resolve(config)) return taken.snapshot;
  taken?.snapshot.close();
  return undefined;
}

/** Ends whatever was started early and not taken. */
export function discardEarly(): void {
  discardListing();
  early?.snapshot.close();
  early = undefined;
}

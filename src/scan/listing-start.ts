// The git processes that list a working tree (see listWorkingTree), startable before the code that
// reads their output is loaded: the CLI starts them first thing, so git walks the tree while Node
// compiles the engine. Tiny on purpose: the CLI entry imports it.

import { execFile } from "node:child_process";
import path from "node:path";

const MAX_BUFFER = 256 * 1024 * 1024;

export function runGit(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
      if (error) {
        const detail = Buffer.isBuffer(stderr) ? stderr.toString("utf8").trim() : "";
        reject(new Error(detail || error.message));
      } else resolve(stdout);
    });
  });
}

/**
 * The index with blob ids and tags (untracked files tagged `?`), and the files git sees modified;
 * both relative to the root, which may be a folder inside the repository (diff-files names paths
 * from the repository's top unless told `--relative`).
 */
const LISTING = [
  ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--stage", "-v"],
  ["diff-files", "-z", "--name-only", "--no-renames", "--relative"],
];

let started: { root: string; outputs: Promise<Buffer[]> } | undefined;

const runListing = (absRoot: string): Promise<Buffer[]> => Promise.all(LISTING.map((args) => runGit(absRoot, args)));

/** Starts listing `root` now; the next `takeListing(root)` gets the result. */
export function startListing(root: string): void {
  const absRoot = path.resolve(root);
  const outputs = runListing(absRoot);
  outputs.catch(() => {}); // whoever takes it sees the error
  started = { root: absRoot, outputs };
}

/** The outputs of the listing git processes for `root`: the started ones, else new ones. */
export function takeListing(root: string): Promise<Buffer[]> {
  const absRoot = path.resolve(root);
  const early = started;
  started = undefined;
  return early?.root === absRoot ? early.outputs : runListing(absRoot);
}

/** Forgets a started listing nobody took. */
export function discardListing(): void {
  started = undefined;
}

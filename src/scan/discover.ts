// File discovery: which files of a repository Portcullis reads, and their contents.
// Inside git: tracked plus untracked-not-ignored files (`git ls-files`); outside: a directory walk.

import { execFile } from "node:child_process";
import { lstatSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { Minimatch } from "minimatch";

/** Where file names and contents come from: the working tree, the git index, a test's memory. */
export interface FileSource {
  /** Absolute root the paths are relative to. */
  root: string;
  /** Repository-relative paths, `/` separators. */
  list(): Promise<string[]>;
  /** Contents, or undefined when the file vanished or cannot be read. */
  read(path: string): Promise<Buffer | undefined>;
  /** Size in bytes without reading the whole file, when cheap to know. */
  size?(path: string): Promise<number | undefined>;
}

/** Folders never worth scanning, on top of `.gitignore` and the registry's `ignore`. */
export const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];

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

/** Splits NUL-separated git output into paths (git's `-z` keeps names byte-exact). */
export function splitNul(output: Buffer): string[] {
  return output
    .toString("utf8")
    .split("\0")
    .filter((entry) => entry.length > 0);
}

/** True when `dir` is inside a git work tree. */
export async function isGitWorkTree(dir: string): Promise<boolean> {
  try {
    const out = await runGit(dir, ["rev-parse", "--is-inside-work-tree"]);
    return out.toString("utf8").trim() === "true";
  } catch {
    return false;
  }
}

async function listGitFiles(root: string): Promise<string[]> {
  const out = await runGit(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"]);
  return [...new Set(splitNul(out))];
}

/** Walks a folder without following symbolic links (so link loops cannot trap it). */
async function walk(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [""];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === ".git" || entry.name === "node_modules") continue;
        pending.push(child);
      } else if (entry.isFile()) {
        found.push(child);
      }
    }
  }
  return found.sort();
}

/** The working tree of `root`: git's view when inside a repository, else a directory walk. */
export function workingTreeSource(root: string): FileSource {
  const absRoot = path.resolve(root);
  return {
    root: absRoot,
    async list() {
      const files = (await isGitWorkTree(absRoot)) ? await listGitFiles(absRoot) : await walk(absRoot);
      return files.sort();
    },
    // Synchronous reads: the files are small and usually cached, and a promise-based read costs
    // more in bookkeeping than the read itself (it dominated a 20,000-file check).
    async read(file) {
      const full = path.join(absRoot, file);
      try {
        // A tracked symlink is read as the link, never followed outside the tree.
        if (!lstatSync(full).isFile()) return undefined;
        return readFileSync(full);
      } catch {
        return undefined;
      }
    },
    async size(file) {
      try {
        const stat = lstatSync(path.join(absRoot, file));
        return stat.isFile() ? stat.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Compiles ignore globs once; a path matching any is skipped. */
export function ignoreMatcher(globs: readonly string[]): (file: string) => boolean {
  const matchers = [...DEFAULT_IGNORES, ...globs].map(
    (glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") }),
  );
  return (file) => matchers.some((m) => m.match(file));
}

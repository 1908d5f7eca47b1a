// File discovery: which files of a repository Portcullis reads, and their contents.
// Inside git: tracked plus untracked-not-ignored files (`git ls-files`); outside: a directory walk.

import { runGit, takeListing } from "./listing-start.js";
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
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
  /**
   * Contents when at most `maxSize` bytes, else `{ size }` without reading them; undefined as for
   * `read`. Lets a source answer both with one look at the file (one stat instead of two).
   */
  readBounded?(path: string, maxSize: number): Promise<Buffer | { size: number } | undefined>;
}

/** Folders never worth scanning, on top of `.gitignore` and the registry's `ignore`. */
export const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];

export { runGit } from "./listing-start.js";

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

/** A listing of the working tree, with the blob id of each file git knows to be unchanged. */
export interface WorkingTreeListing {
  /** Sorted as `list()` sorts. */
  files: string[];
  /**
   * Per file (same order), the blob id when its working-tree content is the content git recorded
   * in the index (tracked, merged, regular, not marked assume-unchanged or skip-worktree, not
   * modified): the id then names the bytes without reading them. "" for any other file. Absent
   * outside git.
   */
  ids?: string[];
}

/**
 * Lists like `list()`, and asks git which tracked files are unchanged: two git processes at once
 * (the index with blob ids and tags, untracked files tagged `?`; and the modified files).
 */
export async function listWorkingTree(root: string): Promise<WorkingTreeListing> {
  const absRoot = path.resolve(root);
  let listing: Buffer, modified: Buffer;
  try {
    [listing, modified] = (await takeListing(absRoot)) as [Buffer, Buffer];
  } catch {
    return { files: await walk(absRoot) };
  }
  const changed = new Set(splitNul(modified));
  const tracked: string[] = [];
  const ids: string[] = [];
  const others: string[] = [];
  const text = listing.toString("utf8");
  // `<tag> <mode> <id> <stage>\t<path>` for the index (tag H: a plain entry; h: assume-unchanged,
  // S: skip-worktree…; stages 1-3: the sides of a conflict), `? <path>` for an untracked file.
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\0", at);
    if (end === -1) end = text.length;
    if (text.charCodeAt(at) === 63 /* ? */) {
      if (end > at + 2) others.push(text.slice(at + 2, end));
    } else {
      const tab = text.indexOf("\t", at);
      if (tab !== -1 && tab < end) {
        const file = text.slice(tab + 1, end);
        const idEnd = text.indexOf(" ", at + 9);
        const plain =
          text.charCodeAt(at) === 72 /* H */ &&
          text.startsWith("100", at + 2) &&
          (text.startsWith("644", at + 5) || text.startsWith("755", at + 5)) &&
          idEnd + 2 === tab &&
          text.charCodeAt(idEnd + 1) === 48; /* stage 0 */
        const id = plain && !changed.has(file) ? text.slice(at + 9, idEnd) : "";
        // The stages of a conflicted file come one after the other: list it once.
        if (tracked[tracked.length - 1] !== file) {
          tracked.push(file);
          ids.push(id);
        } else {
          ids[ids.length - 1] = "";
        }
      }
    }
    at = end + 1;
  }
  return mergeSorted(tracked, ids, others);
}

/**
 * Git lists the index in byte order and untracked files after it: merged into `list()`'s order
 * (a plain sort) without sorting the whole listing again when, as usual, the index is in order.
 */
function mergeSorted(tracked: string[], ids: string[], others: string[]): Required<WorkingTreeListing> {
  let inOrder = true;
  for (let i = 1; i < tracked.length && inOrder; i++) inOrder = tracked[i - 1]! < tracked[i]!;
  if (!inOrder) {
    const order = tracked.map((_, i) => i).sort((a, b) => (tracked[a]! < tracked[b]! ? -1 : tracked[a]! > tracked[b]! ? 1 : 0));
    tracked = order.map((i) => tracked[i]!);
    ids = order.map((i) => ids[i]!);
  }
  if (others.length === 0) return { files: tracked, ids };
  others = [...new Set(others)].sort();
  const files: string[] = [];
  const merged: string[] = [];
  let t = 0;
  let o = 0;
  while (t < tracked.length || o < others.length) {
    if (o >= others.length || (t < tracked.length && tracked[t]! <= others[o]!)) {
      if (o < others.length && tracked[t] === others[o]) o++; // listed both ways: once
      files.push(tracked[t]!);
      merged.push(ids[t++]!);
    } else {
      files.push(others[o++]!);
      merged.push("");
    }
  }
  return { files, ids: merged };
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

/** What reading a working-tree file gave: its bytes, its size when over the limit, or nothing. */
export type BoundedRead = Buffer | { size: number } | undefined;

// O_NOFOLLOW makes open() refuse a symlink itself (ELOOP), so one fstat then answers "regular
// file?" and "how big?"; O_NONBLOCK keeps a FIFO from blocking the open. Where the flags do not
// exist (Windows), an lstat comes first instead.
const NOFOLLOW = constants.O_NOFOLLOW;
const OPEN_FLAGS = NOFOLLOW !== undefined ? constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0) : constants.O_RDONLY;

/**
 * Reads the regular file at `full` when it holds at most `maxSize` bytes, never following a
 * symlink and never reading a larger file. With `scratch`, small files are read into it and the
 * returned Buffer is a view of it, valid until the next call: callers that only decode the bytes
 * then allocate nothing per file.
 */
export function readRegularFile(full: string, maxSize: number, scratch?: Buffer, onStat?: (stat: Stats) => void): BoundedRead {
  let fd: number;
  try {
    if (NOFOLLOW === undefined && !lstatSync(full).isFile()) return undefined;
    fd = openSync(full, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    onStat?.(stat);
    if (stat.size > maxSize) return { size: stat.size };
    const buffer = scratch && stat.size <= scratch.length ? scratch : Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const n = readSync(fd, buffer, filled, stat.size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return buffer === scratch || filled < buffer.length ? buffer.subarray(0, filled) : buffer;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const workingTrees = new WeakMap<FileSource, string>();

/** The absolute root when `source` reads the working tree as `workingTreeSource` does (scan workers can read it themselves). */
export function workingTreeRoot(source: FileSource): string | undefined {
  return workingTrees.get(source);
}

/** The working tree of `root`: git's view when inside a repository, else a directory walk. */
export function workingTreeSource(root: string): FileSource {
  const absRoot = path.resolve(root);
  // Synchronous reads: the files are small and usually cached, and a promise-based read costs
  // more in bookkeeping than the read itself (it dominated a 20,000-file check).
  const source: FileSource = {
    root: absRoot,
    async list() {
      // ls-files fails outside a work tree (no repository, a bare one, inside .git): then walk.
      // Asking rev-parse first cost a second git process on every run.
      const files = await listGitFiles(absRoot).catch(() => walk(absRoot));
      return files.sort();
    },
    // A tracked symlink is read as the link, never followed outside the tree.
    async read(file) {
      const bytes = readRegularFile(path.join(absRoot, file), Number.MAX_SAFE_INTEGER);
      return Buffer.isBuffer(bytes) ? bytes : undefined;
    },
    async size(file) {
      try {
        const stat = lstatSync(path.join(absRoot, file));
        return stat.isFile() ? stat.size : undefined;
      } catch {
        return undefined;
      }
    },
    async readBounded(file, maxSize) {
      return readRegularFile(path.join(absRoot, file), maxSize);
    },
  };
  workingTrees.set(source, absRoot);
  return source;
}

/**
 * The DEFAULT_IGNORES globs as string tests: a path is inside a `node_modules` or `.git` folder
 * when such a segment has more after it and every segment before it is a plain name (minimatch's
 * `**` never matches `.` or `..`). Minimatch would split every listed path on every call.
 */
const DEFAULT_IGNORED = DEFAULT_IGNORES.map((glob) => {
  const folder = /^\*\*\/([^*?[\]{}!/]+)\/\*\*$/.exec(glob)![1]!;
  const segment = String.raw`(?!\.\.?(?:/|$))[^/]*`;
  const re = new RegExp(`^(?:${segment}/)*${folder.replace(/\./g, "\\.")}/${segment}(?:/${segment})*$`);
  const needle = `${folder}/`;
  return (file: string) => file.includes(needle) && re.test(file);
});

/**
 * Compiles ignore globs once. As in .gitignore, globs apply in order and the last one matching a
 * path decides: `!glob` takes back what an earlier glob (or a default ignore) skipped, so
 * `["vendor/**", "!vendor/ports/**"]` skips vendor/ except vendor/ports/.
 */
export function ignoreMatcher(globs: readonly string[]): (file: string) => boolean {
  const rules = globs.map((glob) => {
    const keep = glob.startsWith("!");
    const pattern = keep ? glob.slice(1) : glob;
    return { keep, matcher: new Minimatch(pattern, { dot: true, matchBase: !pattern.includes("/") }) };
  });
  return (file) => {
    let ignored = DEFAULT_IGNORED.some((test) => test(file));
    // A glob that could not change the answer is not tried.
    for (const { keep, matcher } of rules) if (keep === ignored && matcher.match(file)) ignored = !keep;
    return ignored;
  };
}

// A cache of what scanning each working-tree file gave, so a check over an unchanged repository
// reads next to nothing. Scanners are pure (path, text) → result, so bytes seen before need no
// second scan. Which bytes a file holds is known without reading it in two ways:
// - a tracked file git reports unchanged holds the blob its index entry names (key `o:<id>`);
// - any other file (untracked, modified, outside git) by its metadata, as ESLint and git judge it:
//   size, modification and change times, inode (key `s:…`, compared with one lstat).
// No entry is stored for a file changed in the two seconds before the check began (its times could
// still match a later write: the "racy" case git guards against the same way), and a cache written
// by another build of the code, for another root or another size limit, is ignored.
//
// Known limit: a blob id names the content git stores; with end-of-line conversion the working
// tree may hold CRLF for it. Switching conversion settings without touching the files can then
// reuse results of the other line endings (positions agree; only a lone `\r` could differ).

import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { VERSION } from "../version.js";
import type { FileOutcome, StatKey } from "./scan-file.js";

const FORMAT = 2;
/** Scan caches kept (one per repository root and size limit); the least recently written go. */
const MAX_CACHES = 32;
/** A file changed this close before the check began is scanned again next time. */
const RACY_MS = 2000;

export interface ScanCacheOptions {
  /** Folder for cache files (e.g. `<cacheDir()>/scan`). */
  dir: string;
  /** Identifies the code that scans: entries written by other code are never used. See `codeSignature`. */
  signature: string;
  /** Clock for the racy-file rule (ms since the epoch); tests move it. */
  now?: number;
}

/**
 * On disk: parallel arrays, since most files give nothing (a scanned file without refs, problems,
 * variables, port map or suppressions) and are stored as their scanner and first line only; v8
 * (de)serialises flat arrays of strings several times faster than as many small objects.
 */
interface CacheFile {
  format: number;
  signature: string;
  root: string;
  maxFileSize: number;
  files: string[];
  keys: string[];
  /** Scanner id of a file that gave nothing; "" when `full` holds its outcome. */
  scanners: string[];
  /** Line 1 of a file that gave nothing (a finding about the file points there). */
  firstLines: string[];
  /** Every other outcome, by index into `files`. */
  full: Array<[number, FileOutcome]>;
}

interface Entry {
  key: string;
  /** The outcome, or [scanner, line 1] of a file that gave nothing (built when reused). */
  outcome: FileOutcome | [string, string];
}

export function statKey(stat: Stats): StatKey {
  return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
}

const statKeyText = (key: StatKey): string => `s:${key.join(":")}`;

function parseStatKey(text: string): StatKey | undefined {
  if (!text.startsWith("s:")) return undefined;
  const parts = text.slice(2).split(":").map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as unknown as StatKey) : undefined;
}

/** True when the file at `full` is still a regular file with exactly the metadata `key` recorded. */
export function unchangedSince(full: string, key: StatKey): boolean {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(full, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  return stat !== undefined && stat.isFile() && stat.size === key[0] && stat.mtimeMs === key[1] && stat.ctimeMs === key[2] && stat.ino === key[3];
}

/** A scanned file that gave nothing, stored as its scanner and first line. */
function emptyOutcome(outcome: FileOutcome): [string, string] | undefined {
  if (outcome.kind !== "scanned" || outcome.suppressions) return undefined;
  const { result, lines } = outcome;
  if (result.refs.length > 0 || result.problems.length > 0 || result.portMap || (result.definedVars?.length ?? 0) > 0) return undefined;
  if (Object.keys(result).some((k) => k !== "refs" && k !== "problems" && k !== "definedVars")) return undefined;
  if (lines.length > 1 || (lines.length === 1 && lines[0]![0] !== 1)) return undefined;
  return [outcome.scanner, lines[0]?.[1] ?? ""];
}

export class ScanCache {
  private readonly entries = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private changed = false;
  private readonly file: string;
  private readonly racyAfter: number;
  /** Blob ids of the files git reports unchanged (see listWorkingTree). */
  private unchanged: ReadonlyMap<string, string> = new Map();
  /** Files whose stored outcome was reused, and files scanned (again) this run. */
  readonly stats = { reused: 0, scanned: 0 };

  private constructor(
    private readonly options: ScanCacheOptions,
    private readonly root: string,
    private readonly maxFileSize: number,
  ) {
    const id = createHash("sha256").update(`${root}\0${maxFileSize}`).digest("hex").slice(0, 32);
    this.file = path.join(options.dir, `${id}.v8`);
    this.racyAfter = (options.now ?? Date.now()) - RACY_MS;
  }

  /** The cache of `root`; empty when there is none yet or it cannot be used. Never throws. */
  static open(options: ScanCacheOptions, root: string, maxFileSize: number): ScanCache {
    const cache = new ScanCache(options, root, maxFileSize);
    let data: CacheFile | undefined;
    try {
      data = v8.deserialize(readFileSync(cache.file)) as CacheFile;
    } catch {
      return cache;
    }
    const usable =
      data?.format === FORMAT &&
      data.signature === options.signature &&
      data.root === root &&
      data.maxFileSize === maxFileSize &&
      [data.files, data.keys, data.scanners, data.firstLines, data.full].every(Array.isArray) &&
      data.keys.length === data.files.length;
    if (!usable) {
      cache.changed = true; // replace it
      return cache;
    }
    const full = new Map(data.full);
    data.files.forEach((file, i) => {
      const outcome: Entry["outcome"] = full.get(i) ?? [data.scanners[i]!, data.firstLines[i]!];
      cache.entries.set(file, { key: data.keys[i]!, outcome });
    });
    return cache;
  }

  /** Tells the cache which files git reports unchanged, with their blob ids. */
  setUnchanged(ids: ReadonlyMap<string, string>): void {
    this.unchanged = ids;
  }

  /**
   * The stored outcome of a file git reports unchanged, when it was stored for the same blob:
   * reusable without touching the file.
   */
  reuseUnchanged(file: string): FileOutcome | undefined {
    const id = this.unchanged.get(file);
    return id !== undefined && this.entries.get(file)?.key === `o:${id}` ? this.reuse(file) : undefined;
  }

  /** The metadata a file had when its outcome was stored, for files git cannot vouch for. */
  key(file: string): StatKey | undefined {
    if (this.unchanged.has(file)) return undefined;
    const key = this.entries.get(file)?.key;
    return key === undefined ? undefined : parseStatKey(key);
  }

  /** The stored outcome of `file` (its key was found to hold). */
  reuse(file: string): FileOutcome | undefined {
    const entry = this.entries.get(file);
    if (!entry) return undefined;
    this.seen.add(file);
    this.stats.reused++;
    if (!Array.isArray(entry.outcome)) return entry.outcome;
    const [scanner, first] = entry.outcome;
    const outcome: FileOutcome = { kind: "scanned", file, scanner, result: { refs: [], problems: [] }, lines: [[1, first]] };
    entry.outcome = outcome;
    return outcome;
  }

  /** A fresh outcome (with the metadata read before the file's bytes): kept unless racy. */
  record(outcome: FileOutcome): void {
    const { file, stat } = outcome;
    const existing = this.entries.get(file);
    if (existing?.outcome === outcome) return;
    this.stats.scanned++;
    if (!stat || Math.max(stat[1], stat[2]) >= this.racyAfter) {
      if (existing) this.changed = true;
      this.entries.delete(file);
      return;
    }
    const id = this.unchanged.get(file);
    this.entries.set(file, { key: id !== undefined ? `o:${id}` : statKeyText(stat), outcome });
    this.seen.add(file);
    this.changed = true;
  }

  /** Writes the outcomes of the files seen this run (others are gone or ignored) when anything changed. */
  save(): void {
    for (const file of this.entries.keys()) {
      if (!this.seen.has(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = {
      format: FORMAT,
      signature: this.options.signature,
      root: this.root,
      maxFileSize: this.maxFileSize,
      files: [],
      keys: [],
      scanners: [],
      firstLines: [],
      full: [],
    };
    for (const [file, { key, outcome }] of this.entries) {
      const empty = Array.isArray(outcome) ? outcome : emptyOutcome(outcome);
      const i = data.files.push(file) - 1;
      data.keys.push(key);
      data.scanners.push(empty ? empty[0] : "");
      data.firstLines.push(empty ? empty[1] : "");
      if (!empty) {
        const { stat: _stat, ...kept } = outcome as FileOutcome;
        data.full.push([i, kept as FileOutcome]);
      }
    }
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.options.dir, { recursive: true, mode: 0o700 });
      writeFileSync(temp, v8.serialize(data), { mode: 0o600 });
      renameSync(temp, this.file);
      this.changed = false;
    } catch {
      rmSync(temp, { force: true });
      return;
    }
    prune(this.options.dir);
  }
}

/** Keeps the MAX_CACHES most recently written caches of the folder. */
function prune(dir: string): void {
  try {
    const caches = readdirSync(dir)
      .filter((name) => name.endsWith(".v8"))
      .map((name) => ({ name, mtime: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { name } of caches.slice(MAX_CACHES)) rmSync(path.join(dir, name), { force: true });
  } catch {}
}

/**
 * This build of the code: the version plus the size and modification time of every script beside
 * this one (the bundle's files; in an unbundled tree, every module of the package). Installing or
 * building other code changes it, so no outcome of other scanners is ever reused.
 */
export function codeSignature(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const base = path.basename(here) === "engine" ? path.dirname(here) : here;
  const parts: string[] = [VERSION];
  const walk = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      let stat: Stats;
      try {
        stat = statSync(full);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (depth < 4 && name !== "node_modules") walk(full, depth + 1);
      } else if (/\.(c|m)?(js|ts)$/.test(name)) {
        parts.push(`${path.relative(base, full)}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(base, 0);
  return createHash("sha256").update(parts.join("\n")).digest("hex");
}

// A cache of what scanning each working-tree file gave, so a check over an unchanged repository
// reads next to nothing. Scanners are pure (path, text) → result, so bytes seen before need no
// second scan. Which bytes a file holds is known without reading it in two ways:
// - a tracked file git reports unchanged (git compared its metadata with the index) holds the blob
//   its index entry names (the key is the blob id);
// - any other file (untracked, modified, outside git) by its metadata, as ESLint and git judge it:
//   size, modification and change times, inode (key `s:…`, compared with one lstat).
// No entry is stored for a file changed in the two seconds before the check began (its times could
// still match a later write: the "racy" case git guards against the same way), and a cache written
// by another build of the code, for another root or another size limit, is ignored.
//
// Known limit: a blob id names the content git stores; with end-of-line conversion the working
// tree may hold CRLF for it. Switching conversion settings without touching the files can then
// reuse results of the other line endings (positions agree; only a lone `\r` could differ).

import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { privateOrAbsent, pruneOldest, writeCacheFile } from "../cache-dir.js";
import { codeHashes } from "../code-hashes.js";
import { gitBlobId, sha256Hex } from "../hash.js";
import { VERSION } from "../version.js";
import type { PortRef, ScanProblem, ScanResult } from "../scan/types.js";
import type { BlobCheck, FileOutcome, StatKey } from "./scan-file.js";

const FORMAT = 3;
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
 * On disk (v8-serialised): most files give nothing (a scanned file without refs, problems,
 * variables, port map or suppressions), so every file is a row of joined strings (a few large
 * strings load far faster than tens of thousands of small ones) and only the others' outcomes are
 * stored in full, as JSON (which parses faster than v8's object format).
 */
interface CacheFile {
  format: number;
  signature: string;
  root: string;
  maxFileSize: number;
  /** Paths, joined by NUL. */
  files: string;
  /** Per file: the blob id, or `s:` and its metadata; joined by NUL. */
  keys: string;
  /** Per file: index into `scannerNames` of a file that gave nothing; 255 when `full` holds it. */
  scanners: Uint8Array;
  scannerNames: string[];
  /** Per file: line 1 of a file that gave nothing (a finding about it points there), joined by LF. */
  firstLines: string;
  /** JSON of `[index, outcome]` pairs for every other file. */
  full: string;
}

const FULL = 255;
/** What a file that gave nothing scans to: one shared, frozen value. */
const NOTHING: ScanResult = Object.freeze({ refs: Object.freeze([]) as unknown as PortRef[], problems: Object.freeze([]) as unknown as ScanProblem[] });
const NO_LINES = Object.freeze([]) as unknown as Array<[number, string]>;

export function statKey(stat: Stats): StatKey {
  return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
}

const statKeyText = (key: StatKey): string => `s:${key.join(":")}`;

function parseStatKey(text: string): StatKey | undefined {
  if (!text.startsWith("s:")) return undefined;
  const parts = text.slice(2).split(":").map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as unknown as StatKey) : undefined;
}

/** True when `bytes` are the git blob `id` (SHA-1, or SHA-256 in a repository of that format). */
export function isBlob(bytes: Buffer, id: string): boolean {
  const algorithm = id.length === 64 ? "sha256" : id.length === 40 ? "sha1" : undefined;
  return algorithm !== undefined && gitBlobId(bytes, algorithm) === id;
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

/** True for the outcome of a scanned file that gave nothing but its first line. */
function gaveNothing(outcome: FileOutcome): outcome is Extract<FileOutcome, { kind: "scanned" }> {
  if (outcome.kind !== "scanned" || outcome.suppressions) return false;
  const { result, lines } = outcome;
  if (result === NOTHING) return true;
  if (result.refs.length > 0 || result.problems.length > 0) return false;
  // Anything else (even `definedVars: []`) is stored as it is: the reused result must be identical.
  if (Object.keys(result).some((k) => k !== "refs" && k !== "problems")) return false;
  return lines.length === 0 || (lines.length === 1 && lines[0]![0] === 1 && !lines[0]![1].includes("\n"));
}

/** A reused outcome whose line 1 stayed in the cache: ask `firstLine` for it. */
export function linesLeftInCache(outcome: FileOutcome): boolean {
  return outcome.kind === "scanned" && outcome.lines === NO_LINES;
}

/** Suppressions hold a Set and a Map: stored as arrays. */
function toJson(outcome: FileOutcome): unknown {
  if (outcome.kind !== "scanned" || !outcome.suppressions) return outcome;
  const { file, lines } = outcome.suppressions;
  return { ...outcome, suppressions: { file: [...file], lines: [...lines].map(([n, rules]) => [n, [...rules]]) } };
}

function fromJson(stored: FileOutcome): FileOutcome {
  if (stored.kind !== "scanned" || !stored.suppressions) return stored;
  const { file, lines } = stored.suppressions as unknown as { file: string[]; lines: Array<[number, string[]]> };
  return { ...stored, suppressions: { file: new Set(file), lines: new Map(lines.map(([n, rules]) => [n, new Set(rules)])) } };
}

/** A stored file: where its row is (loaded) or what this run recorded for it. */
interface Row {
  key: string;
  /** The full outcome, or the scanner and first line of a file that gave nothing. */
  outcome: FileOutcome | { scanner: string; first: string };
}

/** Strings joined by NUL, read in place: `is` compares without making a string. */
class Joined {
  private readonly starts: number[] = [];
  constructor(private readonly text: string) {
    if (text === "") return;
    this.starts.push(0);
    for (let i = text.indexOf("\0"); i !== -1; i = text.indexOf("\0", i + 1)) this.starts.push(i + 1);
  }
  get length(): number {
    return this.starts.length;
  }
  private end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1]! - 1 : this.text.length;
  }
  is(i: number, value: string): boolean {
    const start = this.starts[i]!;
    return this.end(i) - start === value.length && this.text.startsWith(value, start);
  }
  at(i: number): string {
    return this.text.slice(this.starts[i], this.end(i));
  }
}

export class ScanCache {
  private readonly file: string;
  private readonly racyAfter: number;
  /**
   * The rows loaded: paths in `list()` order, matched against the listing in one pass, and their
   * keys; both kept as the joined text they load as (splitting them made 40,000 strings a run).
   */
  private files = new Joined("");
  private keys = new Joined("");
  private cursor = 0;
  /** Rows of listed files not reused on git's word (few), and of all files once asked for (`rowOf`). */
  private readonly rows = new Map<string, number>();
  private allRows: Map<string, number> | undefined;
  private scanners: Uint8Array = new Uint8Array(0);
  private scannerNames: string[] = [];
  private firstLinesText = "";
  private firstLines: string[] | undefined;
  private full = new Map<number, FileOutcome>();
  /** The stored outcomes handed out, so that `record` knows them from fresh ones. */
  private readonly handedOut = new WeakSet<FileOutcome>();
  /** Loaded rows reused this run (1) or replaced (2). */
  private state: Uint8Array = new Uint8Array(0);
  /** Rows recorded this run. */
  private readonly recorded = new Map<string, Row>();
  private changed = false;
  /** The cache folder can be written by others: nothing is read or written. */
  private unusable = false;
  /** Blob ids of the files git reports unchanged that were not reused (see listWorkingTree). */
  private readonly unchanged = new Map<string, string>();
  /** Files whose stored outcome was reused (`byBlob` of them on git's word), and files scanned (again). */
  readonly stats = { reused: 0, byBlob: 0, scanned: 0 };

  private constructor(
    private readonly options: ScanCacheOptions,
    private readonly root: string,
    private readonly maxFileSize: number,
  ) {
    const id = sha256Hex(`${root}\0${maxFileSize}`).slice(0, 32);
    this.file = path.join(options.dir, `${id}.v8`);
    this.racyAfter = (options.now ?? Date.now()) - RACY_MS;
  }

  /** The cache of `root`; empty when there is none yet or it cannot be used. Never throws. */
  static open(options: ScanCacheOptions, root: string, maxFileSize: number): ScanCache {
    const cache = new ScanCache(options, root, maxFileSize);
    // Results that hide findings must come from a folder nobody else can write: else none are used
    // (and none written).
    if (!privateOrAbsent(options.dir)) {
      cache.unusable = true;
      return cache;
    }
    try {
      cache.load(v8.deserialize(readFileSync(cache.file)) as CacheFile);
    } catch {
      cache.files = new Joined("");
      cache.changed = true; // none, or unusable: (re)write it
    }
    return cache;
  }

  private load(data: CacheFile): void {
    if (data?.format !== FORMAT || data.signature !== this.options.signature || data.root !== this.root || data.maxFileSize !== this.maxFileSize) {
      throw new Error("another cache");
    }
    const files = new Joined(data.files);
    const keys = new Joined(data.keys);
    if (keys.length !== files.length || !(data.scanners instanceof Uint8Array) || data.scanners.length !== files.length) throw new Error("damaged");
    this.keys = keys;
    // v8.deserialize makes a typed array a view of the bytes it read: a copy lets the whole
    // cache file go once it is loaded (13.8 MB on a port-heavy 20,000-file repository).
    this.scanners = data.scanners.slice();
    this.scannerNames = data.scannerNames;
    this.firstLinesText = data.firstLines;
    this.full = new Map((JSON.parse(data.full) as Array<[number, FileOutcome]>).map(([i, outcome]) => [i, fromJson(outcome)]));
    this.state = new Uint8Array(files.length);
    this.files = files;
  }

  private rowOf(file: string): number | undefined {
    const row = this.rows.get(file);
    if (row !== undefined) return row;
    if (!this.allRows) {
      this.allRows = new Map();
      for (let i = 0; i < this.files.length; i++) this.allRows.set(this.files.at(i), i);
    }
    return this.allRows.get(file);
  }

  /**
   * Called for every listed file, in listing order, with the blob id git vouches for ("" when
   * none): the stored outcome when it was stored for the same blob (reusable without touching the
   * file). Else the file's row and id are kept for `key`, `reuse` and `record`.
   */
  reuseBlob(file: string, id: string): FileOutcome | undefined {
    // Both lists are sorted alike: one pass matches them (a map of every path cost more).
    const files = this.files;
    while (this.cursor < files.length && !files.is(this.cursor, file) && files.at(this.cursor) < file) this.cursor++;
    const row = this.cursor < files.length && files.is(this.cursor, file) ? this.cursor : this.allRows?.get(file);
    if (row !== undefined && id !== "" && this.keys.is(row, id)) {
      const outcome = this.reuseRow(file, row);
      if (outcome) {
        this.stats.byBlob++;
        return outcome;
      }
    }
    if (row !== undefined) this.rows.set(file, row);
    if (id !== "") this.unchanged.set(file, id);
    return undefined;
  }

  /** The metadata a file had when its outcome was stored, for files git cannot vouch for. */
  key(file: string): StatKey | undefined {
    if (this.unchanged.has(file)) return undefined;
    const row = this.rows.get(file);
    return row === undefined ? undefined : parseStatKey(this.keys.at(row));
  }

  /** For a file git named a blob for, what tells its bytes are that blob (scanWorkingTreeFile). */
  blobCheck(file: string): BlobCheck | undefined {
    const id = this.unchanged.get(file);
    return id === undefined ? undefined : { id, racyAfter: this.racyAfter };
  }

  /** The stored outcome of `file` (its key was found to hold). */
  reuse(file: string): FileOutcome | undefined {
    const row = this.rows.get(file);
    return row === undefined ? undefined : this.reuseRow(file, row);
  }

  private reuseRow(file: string, row: number): FileOutcome | undefined {
    if (this.state[row] !== 0) return undefined;
    this.state[row] = 1;
    this.stats.reused++;
    const scanner = this.scanners[row]!;
    if (scanner === FULL) {
      const outcome = this.full.get(row);
      if (outcome) this.handedOut.add(outcome);
      return outcome;
    }
    // Line 1 is almost never asked for: it stays in the joined text until it is.
    return { kind: "scanned", file, scanner: this.scannerNames[scanner]!, result: NOTHING, lines: NO_LINES };
  }

  /** Line 1 of a reused file that gave nothing ("" for any other file or line). */
  firstLine(file: string): string {
    const row = this.rowOf(file);
    return row === undefined ? "" : this.firstLineAt(row);
  }

  private firstLineAt(row: number): string {
    if (this.scanners[row] === FULL) return "";
    this.firstLines ??= this.firstLinesText.split("\n");
    return this.firstLines[row] ?? "";
  }

  /** A fresh outcome (with the metadata read before the file's bytes): kept unless racy. */
  record(outcome: FileOutcome): void {
    const { file, stat } = outcome;
    if (linesLeftInCache(outcome) || this.handedOut.has(outcome)) return; // reused, not scanned
    const row = this.rows.get(file);
    this.stats.scanned++;
    this.changed = true;
    if (row !== undefined) this.state[row] = 2;
    const id = this.unchanged.get(file);
    // A file changed lately is stored only when its bytes were found to be the blob git named.
    const racy = !stat || Math.max(stat[1], stat[2]) >= this.racyAfter;
    if (!stat || (racy && !(id !== undefined && outcome.blobVerified))) {
      this.recorded.delete(file);
      return;
    }
    const key = id !== undefined ? id : statKeyText(stat);
    const { stat: _stat, blobVerified: _verified, ...kept } = outcome;
    const stored = gaveNothing(outcome) ? { scanner: outcome.scanner, first: outcome.lines[0]?.[1] ?? "" } : (kept as FileOutcome);
    this.recorded.set(file, { key, outcome: stored });
  }

  /** Writes the outcomes of the files seen this run (others are gone or ignored) when anything changed. */
  save(): void {
    if (this.unusable) return;
    if (this.state.some((s) => s === 0)) this.changed = true; // files gone, or ignored now
    if (!this.changed) return;
    const files: string[] = [];
    const keys: string[] = [];
    const scanners: number[] = [];
    const names = new Map<string, number>();
    const firstLines: string[] = [];
    const full: Array<[number, FileOutcome]> = [];
    const add = (file: string, key: string, outcome: Row["outcome"]): void => {
      const i = files.push(file) - 1;
      keys.push(key);
      if ("kind" in outcome) {
        scanners.push(FULL);
        firstLines.push("");
        full.push([i, outcome]);
      } else {
        let n = names.get(outcome.scanner);
        if (n === undefined) names.set(outcome.scanner, (n = names.size));
        scanners.push(n);
        firstLines.push(outcome.first);
      }
    };
    // Rows come out sorted (the order `reuseBlob` matches in): the kept rows are, the new ones are
    // sorted and merged in.
    const fresh = [...this.recorded.keys()].sort();
    let next = 0;
    const addFresh = (before?: string): void => {
      for (; next < fresh.length && (before === undefined || fresh[next]! < before); next++) {
        const { key, outcome } = this.recorded.get(fresh[next]!)!;
        add(fresh[next]!, key, outcome);
      }
    };
    for (let row = 0; row < this.files.length; row++) {
      if (this.state[row] !== 1) continue;
      const file = this.files.at(row);
      const scanner = this.scanners[row]!;
      const outcome = scanner === FULL ? this.full.get(row) : { scanner: this.scannerNames[scanner]!, first: this.firstLineAt(row) };
      if (!outcome) continue;
      addFresh(file);
      add(file, this.keys.at(row), outcome);
    }
    addFresh();
    if (names.size >= FULL) return; // cannot happen with the scanners there are; never store a wrong row
    const data: CacheFile = {
      format: FORMAT,
      signature: this.options.signature,
      root: this.root,
      maxFileSize: this.maxFileSize,
      files: files.join("\0"),
      keys: keys.join("\0"),
      scanners: Uint8Array.from(scanners),
      scannerNames: [...names.keys()],
      firstLines: firstLines.join("\n"),
      full: JSON.stringify(full.map(([i, outcome]) => [i, toJson(outcome)])),
    };
    if (!writeCacheFile(this.file, () => v8.serialize(data))) return;
    this.changed = false;
    pruneOldest(this.options.dir, MAX_CACHES, (name) => name.endsWith(".v8"));
  }
}

/** The scan cache in the `scan` folder of a Portcullis cache folder, for this build of the code. */
export function scanCacheIn(base: string): ScanCacheOptions {
  return { dir: path.join(base, "scan"), signature: codeSignature() };
}

/**
 * This build of the code: the version plus a SHA-256 of every script beside this one (the bundle's
 * files; in an unbundled tree, every module of the package). Other code means another signature,
 * so no outcome of other scanners is ever reused; the same code installed again (a CI runner
 * downloading the Action, npx) means the same signature, so a restored cache is used.
 */
export function codeSignature(): string {
  signature ??= computeCodeSignature();
  return signature;
}

let signature: string | undefined;

function computeCodeSignature(): string {
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
        let digest = codeHashes.get(full);
        if (digest === undefined) {
          try {
            digest = sha256Hex(readFileSync(full));
          } catch {
            continue;
          }
        }
        parts.push(`${path.relative(base, full)}:${digest}`);
      }
    }
  };
  walk(base, 0);
  return sha256Hex(parts.join("\n"));
}

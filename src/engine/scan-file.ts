// One candidate file, from its bytes to what the engine keeps of it: the size limit, the binary
// sniff, strict UTF-8, its scanner, and the few lines and suppression comments findings need.
// Shared by check() and its scan workers, so both reach the same result for every file.

import type { ScanProblem, ScanResult, Scanner } from "../scan/types.js";
import { parseSuppressions, type Suppressions } from "./suppress.js";
import { decodeUtf8, looksBinary } from "./text.js";

/** A file's size, modification and change times (ms) and inode: what tells it changed (scan-cache.ts). */
export type StatKey = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** A file git named a blob for: its id, and the time after which a change makes that doubtful. */
export interface BlobCheck {
  id: string;
  racyAfter: number;
}

/**
 * What scanning one file gave. Plain data: it crosses from a worker thread by structured clone.
 * `stat`: the file's metadata read before its bytes, when it came from the working tree;
 * `blobVerified`: its bytes were hashed and are the blob git named for it (see scan-cache.ts).
 */
export type FileOutcome = { stat?: StatKey; blobVerified?: boolean } & (
  | {
      kind: "scanned";
      file: string;
      scanner: string;
      result: ScanResult;
      /** The lines a finding about this file can point at, as `[line, text]`. */
      lines: Array<[number, string]>;
      /** Inline suppression comments; absent when the file has none. */
      suppressions?: Suppressions;
    }
  | { kind: "binary" | "oversized" | "unreadable"; file: string }
  | { kind: "undecodable"; file: string; problem: ScanProblem });

/** Bytes (at most the size limit) → outcome. */
export function scanBytes(file: string, scanner: Scanner, bytes: Buffer): FileOutcome {
  if (looksBinary(bytes)) return { kind: "binary", file };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const at = { file, line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column + 1 };
    return { kind: "undecodable", file, problem: { ...at, kind: "parse-error", message: `${file} is not valid UTF-8 (first invalid byte here)` } };
  }
  return scanText(file, scanner, decoded.text);
}

export function scanText(file: string, scanner: Scanner, text: string): FileOutcome {
  const result = scanner.scan(file, text);
  const outcome: FileOutcome = { kind: "scanned", file, scanner: scanner.id, result, lines: keptLines(text, result) };
  if (text.includes("portcullis-ignore-")) outcome.suppressions = parseSuppressions(text);
  return outcome;
}

/**
 * The lines a finding about this file can point at: those of its refs, problems and defined
 * variables, and line 1. Holding every scanned file's text until the rules ran made a large
 * repository's check several times heavier than its files.
 */
export function keptLines(text: string, result: ScanResult): Array<[number, string]> {
  const wanted = new Set<number>([1]);
  for (const ref of result.refs) wanted.add(ref.line);
  for (const problem of result.problems) wanted.add(problem.line);
  for (const variable of result.definedVars ?? []) wanted.add(variable.line);
  if (result.portMap) wanted.add(result.portMap.line);
  const kept: Array<[number, string]> = [];
  let line = 1;
  let start = 0;
  while (start <= text.length && kept.length < wanted.size) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (wanted.has(line)) kept.push([line, detach(text.slice(start, text.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end))]);
    start = end + 1;
    line++;
  }
  return kept;
}

/**
 * A copy of `slice` that does not keep its whole file alive: V8 represents a longer substring as a
 * view of its parent string, so one kept line would otherwise hold every scanned file's text.
 */
function detach(slice: string): string {
  return slice.length < 13 ? slice : ` ${slice}`.slice(1);
}

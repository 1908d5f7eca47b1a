// Scanning a working tree on worker threads, the calling thread taking part: each thread reads,
// classifies, decodes and scans the files it takes and the outcomes are collected in the caller.
// A worker that cannot start or dies leaves its files to the others, and at last to the caller.

import os from "node:os";
import path from "node:path";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { readRegularFile } from "../scan/discover.js";
import { classify } from "../scan/scanners/index.js";
import { languageOf } from "../scan/scanners/source/languages.js";
import type { Scanner } from "../scan/types.js";
import { isBlob, unchangedSince, statKey } from "./scan-cache.js";
import { scanBytes, type BlobCheck, type FileOutcome, type StatKey } from "./scan-file.js";
import { scanWorkerData, type ScanWorkers } from "./worker-entry.js";

export interface Candidate {
  file: string;
  scanner: Scanner;
}

/** Files per message: large enough that messaging costs little, small enough to balance the load. */
const CHUNK_FILES = 128;
/** The calling thread's chunks are smaller, so it answers the workers' messages often. */
const CALLER_CHUNK_FILES = 16;
/** Chunks handed to a worker ahead of its answers, so it never waits for the next one. */
const AHEAD = 3;
/** How long the calling thread scans before it lets the workers' answers in. */
const YIELD_MS = 4;
/** A worker keeps nothing between files: a small young generation costs no time and ~20 MB less peak RSS. */
const WORKER_YOUNG_GENERATION_MB = 8;
/** Small files are read into one reused buffer; larger ones get their own. */
const SCRATCH_BYTES = 1024 * 1024;

/** A reusable buffer for `readRegularFile`, sized for files up to the limit (or 1 MiB). */
export function scratchBuffer(maxFileSize: number): Buffer {
  return Buffer.allocUnsafe(Math.max(0, Math.min(maxFileSize, SCRATCH_BYTES)));
}

/**
 * Reads one file of the working tree at `root` (never following a symlink) and scans it; the
 * outcome carries the metadata the file had before it was read.
 */
export function scanWorkingTreeFile(
  root: string,
  file: string,
  scanner: Scanner,
  maxFileSize: number,
  scratch?: Buffer,
  blob?: BlobCheck,
): FileOutcome {
  let stat: StatKey | undefined;
  const bytes = readRegularFile(path.join(root, file), maxFileSize, scratch, (s) => (stat = statKey(s)));
  let outcome: FileOutcome;
  if (bytes === undefined) return { kind: "unreadable", file };
  if (!Buffer.isBuffer(bytes)) outcome = { kind: "oversized", file };
  else outcome = scanBytes(file, scanner, bytes);
  if (stat) outcome.stat = stat;
  // Changed lately: only the bytes themselves can say they are the blob git named.
  if (blob && stat && Buffer.isBuffer(bytes) && Math.max(stat[1], stat[2]) >= blob.racyAfter && isBlob(bytes, blob.id)) outcome.blobVerified = true;
  return outcome;
}

/** A file whose stored outcome still holds: its metadata matched what the scan cache recorded. */
interface Unchanged {
  kind: "unchanged";
  file: string;
}

/** The stored outcomes a scan may reuse (see ScanCache). */
export interface ReusableOutcomes {
  key(file: string): StatKey | undefined;
  reuse(file: string): FileOutcome | undefined;
  blobCheck(file: string): BlobCheck | undefined;
}

/** Scans one file, unless its metadata still matches `known` (what the scan cache recorded). */
function scanUnlessUnchanged(
  root: string,
  file: string,
  scanner: Scanner,
  maxFileSize: number,
  scratch: Buffer,
  known: StatKey | undefined,
  blob?: BlobCheck,
): FileOutcome | Unchanged {
  if (known && unchangedSince(path.join(root, file), known)) return { kind: "unchanged", file };
  return scanWorkingTreeFile(root, file, scanner, maxFileSize, scratch, blob);
}

/** scanUnlessUnchanged in the calling thread, which holds the stored outcomes. */
export function scanOrReuse(
  root: string,
  file: string,
  scanner: Scanner,
  maxFileSize: number,
  scratch: Buffer,
  cache: ReusableOutcomes | undefined,
): FileOutcome {
  const outcome = scanUnlessUnchanged(root, file, scanner, maxFileSize, scratch, cache?.key(file), cache?.blobCheck(file));
  return outcome.kind === "unchanged" ? reuseOrScan(root, file, maxFileSize, scratch, cache, scanner) : outcome;
}

/** The stored outcome of a file found unchanged; scanned after all (classified, unless `scanner` is known) should it be missing. */
function reuseOrScan(root: string, file: string, maxFileSize: number, scratch: Buffer, cache: ReusableOutcomes | undefined, scanner?: Scanner): FileOutcome {
  return cache?.reuse(file) ?? scanWorkingTreeFile(root, file, scanner ?? classify(file)!, maxFileSize, scratch, cache?.blobCheck(file));
}

interface ChunkMessage {
  id: number;
  files: string[];
  /** What the scan cache recorded of each file (same order), null when nothing. */
  known?: Array<StatKey | null>;
  /** The blob git named for each file (same order), null when none. */
  blobs?: Array<BlobCheck | null>;
}

interface OutcomeMessage {
  id: number;
  outcomes: Array<FileOutcome | Unchanged>;
}

/** The worker side: answers every chunk with its outcomes. Call it in a thread started by ScanPool. */
export function serveScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("serveScanWorker() runs in a worker thread");
  const { root, maxFileSize } = workerData as ReturnType<typeof scanWorkerData>;
  const scratch = scratchBuffer(maxFileSize);
  port.on("message", (chunk: ChunkMessage) => {
    const outcomes: Array<FileOutcome | Unchanged> = [];
    chunk.files.forEach((file, i) => {
      const scanner = classify(file);
      if (scanner) outcomes.push(scanUnlessUnchanged(root, file, scanner, maxFileSize, scratch, chunk.known?.[i] ?? undefined, chunk.blobs?.[i] ?? undefined));
    });
    port.postMessage({ id: chunk.id, outcomes } satisfies OutcomeMessage);
  });
}

/** Worker threads to start besides the calling thread: one per further core, at most 3. */
export function scanThreads(options: ScanWorkers): number {
  const threads = options.threads ?? Math.min(4, os.availableParallelism()) - 1;
  return Math.max(0, Math.min(threads, 16));
}

/**
 * Worker threads scanning one working tree. `start` hands the listed files out as soon as they
 * are known, while the registry still loads; `run` then says which of them to keep (the
 * registry's `ignore`), scans the rest on the calling thread too, and collects the outcomes.
 * The workers start on source files (most of the files, mostly reading); the calling thread on
 * everything else (Markdown, compose, configs: few files behind big parsers that a fresh thread
 * would first have to warm up); either side then takes over what the other has not reached.
 */
export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly scratch: Buffer;
  private readonly chunks: string[][] = [];
  /** Chunk ids not handed out yet: source files for the workers, the rest for the caller. */
  private theirs: number[] = [];
  private mine: number[] = [];
  private readonly inFlight = new Map<Worker, Set<number>>();
  /** Where outcomes go: a buffer until `run` knows what to keep. */
  private deliver: (outcome: FileOutcome) => void;
  private readonly early: FileOutcome[] = [];
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly root: string,
    private readonly maxFileSize: number,
    options: ScanWorkers,
    private readonly cache?: ReusableOutcomes,
  ) {
    this.scratch = scratchBuffer(maxFileSize);
    this.deliver = (outcome) => this.early.push(outcome);
    for (let i = 0; i < scanThreads(options); i++) {
      let worker: Worker;
      try {
        worker = new Worker(options.script, {
          workerData: scanWorkerData(root, maxFileSize),
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
      } catch {
        continue; // a script that cannot start leaves its share to the others, or to the caller
      }
      worker.unref();
      this.workers.push(worker);
      this.inFlight.set(worker, new Set());
      worker.on("message", (message: OutcomeMessage) => this.answered(worker, message));
      worker.on("error", () => this.lost(worker));
      worker.on("exit", () => this.lost(worker));
    }
  }

  /** Hands out `files` (repository-relative, any order): the workers start at once. */
  start(files: readonly string[]): void {
    const source: string[] = [];
    const other: string[] = [];
    for (const file of files) (languageOf(file) !== undefined ? source : other).push(file);
    this.theirs = this.chunk(source, CHUNK_FILES);
    this.mine = this.chunk(other, CALLER_CHUNK_FILES);
    for (const worker of this.workers) this.feed(worker);
  }

  /**
   * Scans every started file that `keep` accepts, passing each outcome to `accept` (in no
   * particular order); outcomes of the others, scanned before `keep` was known, are dropped.
   */
  async run(keep: (file: string) => boolean, accept: (outcome: FileOutcome) => void): Promise<void> {
    this.deliver = (outcome) => {
      if (keep(outcome.file)) accept(outcome);
    };
    for (const outcome of this.early.splice(0)) this.deliver(outcome);
    for (const id of [...this.theirs, ...this.mine]) this.chunks[id] = this.chunks[id]!.filter(keep);
    try {
      let lastYield = performance.now();
      for (;;) {
        this.rethrow();
        const id = this.mine.length > 0 ? this.mine.shift() : this.theirs.pop();
        if (id !== undefined) {
          for (const file of this.chunks[id]!) {
            if (!keep(file)) continue; // a dead worker's chunk, handed out before `keep` was known
            const scanner = classify(file);
            if (scanner) accept(scanOrReuse(this.root, file, scanner, this.maxFileSize, this.scratch, this.cache));
          }
          // Let the workers' answers in now and then: each one hands its worker the next chunk.
          if (performance.now() - lastYield > YIELD_MS) {
            await new Promise<void>((resolve) => setImmediate(resolve));
            lastYield = performance.now();
          }
          continue;
        }
        if (![...this.inFlight.values()].some((pending) => pending.size > 0)) break;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      this.rethrow();
    } finally {
      this.close();
    }
  }

  /** Stops the threads (without waiting for them). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const worker of this.workers) {
      worker.removeAllListeners();
      // An error thrown later by a terminating worker must not become an uncaught exception.
      worker.on("error", () => {});
      void worker.terminate().catch(() => {});
    }
    this.inFlight.clear();
  }

  private chunk(files: string[], size: number): number[] {
    const ids: number[] = [];
    for (let i = 0; i < files.length; i += size) ids.push(this.chunks.push(files.slice(i, i + size)) - 1);
    return ids;
  }

  private feed(worker: Worker): void {
    const pending = this.inFlight.get(worker);
    if (!pending) return;
    while (pending.size < AHEAD) {
      const id = this.theirs.length > 0 ? this.theirs.shift() : this.mine.pop();
      if (id === undefined) break;
      pending.add(id);
      const files = this.chunks[id]!;
      const message: ChunkMessage = { id, files };
      if (this.cache) {
        message.known = files.map((file) => this.cache!.key(file) ?? null);
        message.blobs = files.map((file) => this.cache!.blobCheck(file) ?? null);
      }
      worker.postMessage(message);
    }
  }

  private answered(worker: Worker, message: OutcomeMessage): void {
    if (!this.inFlight.get(worker)?.delete(message.id)) return;
    try {
      for (const outcome of message.outcomes) {
        this.deliver(outcome.kind === "unchanged" ? reuseOrScan(this.root, outcome.file, this.maxFileSize, this.scratch, this.cache) : outcome);
      }
    } catch (error) {
      this.failure ??= { error };
    }
    this.feed(worker);
    this.settled();
  }

  private lost(worker: Worker): void {
    const pending = this.inFlight.get(worker);
    if (!pending) return;
    this.inFlight.delete(worker);
    this.theirs.unshift(...pending);
    for (const other of this.inFlight.keys()) this.feed(other);
    this.settled();
  }

  /** An error from delivering a worker's outcomes surfaces in `run`. */
  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }

  private settled(): void {
    this.wake?.();
    this.wake = undefined;
  }
}

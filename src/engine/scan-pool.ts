// Scanning a working tree on worker threads: each worker reads, decodes and scans the files it is
// handed and posts back their outcomes; the calling thread only hands out chunks and collects.
// A worker that cannot start or dies leaves its files to the others, and at last to the caller.

import os from "node:os";
import path from "node:path";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { readRegularFile } from "../scan/discover.js";
import { scanners } from "../scan/scanners/index.js";
import type { Scanner } from "../scan/types.js";
import { scanBytes, type FileOutcome } from "./scan-file.js";
import { scanWorkerData, type ScanWorkers } from "./worker-entry.js";

export interface Candidate {
  file: string;
  scanner: Scanner;
}

/** Files per message: large enough that messaging costs little, small enough to balance the load. */
const CHUNK_FILES = 128;
const CALLER_CHUNK_FILES = 16;
/** Chunks handed to a worker ahead of its answers, so it never waits for the next one. */
const AHEAD = 3;
const WORKER_YOUNG_GENERATION_MB = 8;
/** How long the calling thread scans before it lets the workers' answers in. */
const YIELD_MS = 4;
/** Small files are read into one reused buffer; larger ones get their own. */
const SCRATCH_BYTES = 1024 * 1024;

/** A reusable buffer for `readRegularFile`, sized for files up to the limit (or 1 MiB). */
export function scratchBuffer(maxFileSize: number): Buffer {
  return Buffer.allocUnsafe(Math.max(0, Math.min(maxFileSize, SCRATCH_BYTES)));
}

/** Reads one file of the working tree at `root` (never following a symlink) and scans it. */
export function scanWorkingTreeFile(root: string, file: string, scanner: Scanner, maxFileSize: number, scratch?: Buffer): FileOutcome {
  const bytes = readRegularFile(path.join(root, file), maxFileSize, scratch);
  if (bytes === undefined) return { kind: "unreadable", file };
  if (!Buffer.isBuffer(bytes)) return { kind: "oversized", file };
  return scanBytes(file, scanner, bytes);
}

interface ChunkMessage {
  id: number;
  files: Array<[string, string]>;
}

interface OutcomeMessage {
  id: number;
  outcomes: FileOutcome[];
}

/** The worker side: answers every chunk with its outcomes. Call it in a thread started by ScanPool. */
export function serveScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("serveScanWorker() runs in a worker thread");
  const { root, maxFileSize } = workerData as ReturnType<typeof scanWorkerData>;
  const byId = new Map(scanners.map((scanner) => [scanner.id, scanner]));
  const scratch = scratchBuffer(maxFileSize);
  port.on("message", (chunk: ChunkMessage) => {
    const outcomes = chunk.files.map(([file, id]) => {
      const scanner = byId.get(id);
      if (!scanner) throw new Error(`unknown scanner ${id}`);
      return scanWorkingTreeFile(root, file, scanner, maxFileSize, scratch);
    });
    port.postMessage({ id: chunk.id, outcomes } satisfies OutcomeMessage);
  });
}

/**
 * Worker threads scanning one working tree, with the calling thread taking part. Started as early
 * as the file count is known, so the threads load while the registry does; `run` then hands out
 * the candidates. The calling thread starts on the files of the structured families (Markdown,
 * compose, configs: few files behind big parsers, which a fresh thread would first have to warm
 * up) and the workers on source files (most of the files, mostly reading); either side then
 * takes over what the other has not reached.
 */
export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly scratch: Buffer;

  constructor(
    private readonly root: string,
    private readonly maxFileSize: number,
    options: ScanWorkers,
  ) {
    this.scratch = scratchBuffer(maxFileSize);
    for (let i = 0; i < scanThreads(options); i++) {
      try {
        const worker = new Worker(options.script, {
          workerData: scanWorkerData(root, maxFileSize),
          // A worker keeps nothing between files: a small young generation costs no time and
          // ~20 MB less peak RSS than the default.
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
        worker.unref();
        this.workers.push(worker);
      } catch {
        // A script that cannot start leaves its share to the others (or to the calling thread).
      }
    }
  }

  /** Scans every candidate, passing each outcome to `accept` (in no particular order). */
  async run(candidates: readonly Candidate[], accept: (outcome: FileOutcome) => void): Promise<void> {
    const chunks: Candidate[][] = [];
    const chunk = (list: readonly Candidate[], size: number): number[] => {
      const ids: number[] = [];
      for (let i = 0; i < list.length; i += size) ids.push(chunks.push(list.slice(i, i + size)) - 1);
      return ids;
    };
    // Small chunks on the calling thread's side, so it answers the workers' messages often.
    const mine = chunk(candidates.filter((c) => c.scanner.family !== "source"), CALLER_CHUNK_FILES);
    const theirs = chunk(candidates.filter((c) => c.scanner.family === "source"), CHUNK_FILES);
    const inFlight = new Map<Worker, Set<number>>(this.workers.map((worker) => [worker, new Set<number>()]));
    // Set by a message handler: the calling thread rethrows it.
    const failed: { error?: unknown; yes: boolean } = { yes: false };
    let wake: (() => void) | undefined;
    const settled = (): void => {
      wake?.();
      wake = undefined;
    };

    const feed = (worker: Worker): void => {
      const pending = inFlight.get(worker);
      if (!pending) return;
      while (pending.size < AHEAD) {
        const id = theirs.length > 0 ? theirs.shift() : mine.pop();
        if (id === undefined) break;
        pending.add(id);
        worker.postMessage({ id, files: chunks[id]!.map((c) => [c.file, c.scanner.id]) } satisfies ChunkMessage);
      }
    };
    const lost = (worker: Worker): void => {
      const pending = inFlight.get(worker);
      if (!pending) return;
      inFlight.delete(worker);
      theirs.unshift(...pending);
      for (const other of inFlight.keys()) feed(other);
      settled();
    };
    for (const worker of this.workers) {
      worker.on("message", (message: OutcomeMessage) => {
        if (!inFlight.get(worker)?.delete(message.id)) return;
        try {
          for (const outcome of message.outcomes) accept(outcome);
        } catch (error) {
          if (!failed.yes) Object.assign(failed, { yes: true, error });
        }
        feed(worker);
        settled();
      });
      worker.on("error", () => lost(worker));
      worker.on("exit", () => lost(worker));
      feed(worker);
    }

    try {
      let lastYield = performance.now();
      for (;;) {
        if (failed.yes) throw failed.error;
        const id = mine.length > 0 ? mine.shift() : theirs.pop();
        if (id !== undefined) {
          for (const c of chunks[id]!) accept(scanWorkingTreeFile(this.root, c.file, c.scanner, this.maxFileSize, this.scratch));
          // Let the workers' answers in now and then: each one hands its worker the next chunk.
          if (performance.now() - lastYield > YIELD_MS) {
            await new Promise<void>((resolve) => setImmediate(resolve));
            lastYield = performance.now();
          }
          continue;
        }
        if (![...inFlight.values()].some((pending) => pending.size > 0)) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (failed.yes) throw failed.error;
    } finally {
      for (const worker of this.workers) {
        worker.removeAllListeners();
        // An error thrown later by a terminating worker must not become an uncaught exception.
        worker.on("error", () => {});
      }
    }
  }

  /** Stops the threads (without waiting for them). */
  close(): void {
    for (const worker of this.workers) void worker.terminate().catch(() => {});
  }
}

/** Worker threads to start besides the calling thread: one per further core, at most 3. */
export function scanThreads(options: ScanWorkers): number {
  const threads = options.threads ?? Math.min(4, os.availableParallelism()) - 1;
  return Math.max(0, Math.min(threads, 16));
}

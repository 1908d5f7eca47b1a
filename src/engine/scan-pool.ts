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
/** Chunks handed to a worker ahead of its answers, so it never waits for the next one. */
const AHEAD = 2;
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
 * Worker threads scanning one working tree. Started as early as the file count is known, so
 * the threads load while the registry does; `run` then hands out the candidates.
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
    const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, os.availableParallelism()), 16));
    for (let i = 0; i < threads; i++) {
      try {
        const worker = new Worker(options.script, { workerData: scanWorkerData(root, maxFileSize) });
        worker.unref();
        this.workers.push(worker);
      } catch {
        // A script that cannot start leaves its share to the others (or to the calling thread).
      }
    }
  }

  /** Scans every candidate, passing each outcome to `accept` (in no particular order). */
  run(candidates: readonly Candidate[], accept: (outcome: FileOutcome) => void): Promise<void> {
    const chunks: Candidate[][] = [];
    for (let i = 0; i < candidates.length; i += CHUNK_FILES) chunks.push(candidates.slice(i, i + CHUNK_FILES));
    const queue = chunks.map((_, id) => id);
    let remaining = chunks.length;
    const inFlight = new Map<Worker, Set<number>>(this.workers.map((worker) => [worker, new Set<number>()]));

    return new Promise<void>((resolve, reject) => {
      if (remaining === 0) return resolve();
      const finish = (error?: unknown): void => {
        for (const worker of this.workers) {
          worker.removeAllListeners();
          // An error thrown later by a terminating worker must not become an uncaught exception.
          worker.on("error", () => {});
        }
        if (error === undefined) resolve();
        else reject(error);
      };
      const feed = (worker: Worker): void => {
        const mine = inFlight.get(worker);
        if (!mine) return;
        while (mine.size < AHEAD && queue.length > 0) {
          const id = queue.shift()!;
          mine.add(id);
          worker.postMessage({ id, files: chunks[id]!.map((c) => [c.file, c.scanner.id]) } satisfies ChunkMessage);
        }
      };
      const inThread = (): void => {
        // No worker left: the calling thread scans what is left.
        try {
          while (queue.length > 0) {
            const id = queue.shift()!;
            for (const c of chunks[id]!) accept(scanWorkingTreeFile(this.root, c.file, c.scanner, this.maxFileSize, this.scratch));
            remaining--;
          }
          finish();
        } catch (error) {
          finish(error);
        }
      };
      const lost = (worker: Worker): void => {
        const mine = inFlight.get(worker);
        if (!mine) return;
        inFlight.delete(worker);
        queue.unshift(...mine);
        if (inFlight.size === 0) inThread();
        else for (const other of inFlight.keys()) feed(other);
      };
      for (const worker of this.workers) {
        worker.on("message", (message: OutcomeMessage) => {
          const mine = inFlight.get(worker);
          if (!mine?.delete(message.id)) return;
          try {
            for (const outcome of message.outcomes) accept(outcome);
          } catch (error) {
            finish(error);
            return;
          }
          if (--remaining === 0) finish();
          else feed(worker);
        });
        worker.on("error", () => lost(worker));
        worker.on("exit", () => lost(worker));
        feed(worker);
      }
      if (inFlight.size === 0) inThread();
    });
  }

  /** Stops the threads (without waiting for them). */
  close(): void {
    for (const worker of this.workers) void worker.terminate().catch(() => {});
  }
}

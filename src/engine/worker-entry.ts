// Scan worker threads: which script a worker runs, and how a bundle entry recognises it is one.
// The CLI and the Action are single-file bundles, so their own entry file doubles as the worker
// script; this module is tiny on purpose, since those entries load it on every start.

import { isMainThread, workerData } from "node:worker_threads";

export interface ScanWorkers {
  /** Module a worker thread runs: it must call `serveScanWorker()` when `isScanWorkerThread()`. */
  script: string | URL;
  /** Worker threads besides the calling thread (which scans too); default one per further core, at most 3. */
  threads?: number;
  /** Fewer candidate files than this are scanned in the calling thread; default 2,000. */
  minFiles?: number;
}

const ROLE = "portcullis-scan-worker";

let configured: ScanWorkers | undefined;

/** The `workerData` a scan worker is started with. */
export function scanWorkerData(root: string, maxFileSize: number): { role: string; root: string; maxFileSize: number } {
  return { role: ROLE, root, maxFileSize };
}

/** True in a worker thread started to scan files (the entry must then serve, not run the program). */
export function isScanWorkerThread(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/**
 * Lets check() scan on worker threads that run `script`. PORTCULLIS_SCAN_THREADS=N sets how many
 * worker threads help the calling thread (`0`: none, scan in the calling thread only).
 */
export function enableScanWorkers(script: string | URL, env: NodeJS.ProcessEnv = process.env): void {
  const threads = env.PORTCULLIS_SCAN_THREADS?.trim();
  if (threads && /^\d+$/.test(threads)) {
    configured = Number(threads) > 0 ? { script, threads: Number(threads) } : undefined;
    return;
  }
  configured = { script };
}

/** What `enableScanWorkers` set, if anything: check()'s default. */
export function defaultScanWorkers(): ScanWorkers | undefined {
  return configured;
}

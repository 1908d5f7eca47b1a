// The Action's entry point (bundled to dist/action/index.js): it only starts the run, or, started
// as a scan worker thread (see engine/worker-entry.ts), serves scans.
// (No top-level await: the bundler then emits `node:` built-ins as plain `require`, which ESM lacks.)

import { enableScanWorkers, isScanWorkerThread } from "../engine/worker-entry.js";
import { serveScanWorker } from "../engine/scan-pool.js";
import { run } from "./main.js";

if (isScanWorkerThread()) {
  serveScanWorker();
} else {
  enableScanWorkers(new URL(import.meta.url));
  void run();
}

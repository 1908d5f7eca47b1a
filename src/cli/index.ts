#!/usr/bin/env node
// The `portcullis` executable. Started as a scan worker thread (see engine/worker-entry.ts), the
// same file serves scans instead: the bundle has no other script a worker could run.
import { enableScanWorkers, isScanWorkerThread } from "../engine/worker-entry.js";
import { main } from "./main.js";

if (isScanWorkerThread()) {
  void import("../engine/scan-pool.js").then((pool) => pool.serveScanWorker());
} else {
  enableScanWorkers(new URL(import.meta.url));
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

#!/usr/bin/env node
// The `portcullis` executable. Started as a scan worker thread (see engine/worker-entry.ts), the
// same file serves scans instead: the bundle has no other script a worker could run.
import { fileURLToPath } from "node:url";
import path from "node:path";
import { enableScanWorkers, isScanWorkerThread } from "../engine/worker-entry.js";
import { enableCompileCache } from "./compile-cache.js";
import { main } from "./main.js";

// Before any chunk of the bundle loads (commands and the engine are loaded on demand).
enableCompileCache(path.dirname(fileURLToPath(import.meta.url)));

if (isScanWorkerThread()) {
  void import("../engine/scan-pool.js").then((pool) => pool.serveScanWorker());
} else {
  enableScanWorkers(new URL(import.meta.url));
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

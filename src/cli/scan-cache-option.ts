// Whether a CLI command reuses the scan cache (engine/scan-cache.ts), and where it lives.

import { cacheDir, scanCacheWanted } from "../cache-dir.js";
import { scanCacheIn, type ScanCacheOptions } from "../engine/scan-cache.js";
import { UsageError } from "./io.js";

/** The help lines of the cache flags, their descriptions starting at `column` (as the command's other options). */
export function cacheHelp(column: number): string {
  return `${"  --no-cache".padEnd(column)}scan every file again instead of reusing unchanged files' results
${"  --cache".padEnd(column)}reuse them on CI too (off there by default: runners start empty)
`;
}

/** The parseArgs options of the cache flags. */
export const CACHE_FLAGS = {
  cache: { type: "boolean" },
  "no-cache": { type: "boolean" },
} as const;

/**
 * On by default, off with --no-cache or PORTCULLIS_CACHE=0, and off on CI (the CI variable set)
 * unless --cache asks for it: a fresh runner has nothing to reuse and would only pay for writing.
 */
export function scanCacheOption(values: { cache?: boolean; "no-cache"?: boolean }, env: NodeJS.ProcessEnv): ScanCacheOptions | false {
  if (values.cache && values["no-cache"]) throw new UsageError("--cache and --no-cache cannot be combined");
  const base = scanCacheWanted(values, env) ? cacheDir(env) : undefined;
  return base ? scanCacheIn(base) : false;
}

/** The loaded-registry cache (scan/registry-cache.ts): on unless PORTCULLIS_CACHE=0, as for the hook. */
export function registryCacheOption(env: NodeJS.ProcessEnv): { registryCache?: string } {
  const base = cacheDir(env);
  return base ? { registryCache: base } : {};
}

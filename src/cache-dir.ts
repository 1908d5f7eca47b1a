// The one folder Portcullis caches in (the loaded registry, compiled code): per user, never shared.

import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `PORTCULLIS_CACHE_DIR`, else `$XDG_CACHE_HOME/portcullis`, else `~/.cache/portcullis`; undefined
 * (no cache at all) when `PORTCULLIS_CACHE` is `0` or `false`.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PORTCULLIS_CACHE === "0" || env.PORTCULLIS_CACHE === "false") return undefined;
  if (env.PORTCULLIS_CACHE_DIR) return path.resolve(env.PORTCULLIS_CACHE_DIR);
  let home = "";
  try {
    home = os.homedir();
  } catch {}
  const base = env.XDG_CACHE_HOME || (home && path.join(home, ".cache"));
  return base ? path.join(path.resolve(base), "portcullis") : undefined;
}

/**
 * Whether a check reuses scan results (engine/scan-cache.ts): on by default; off with --no-cache,
 * and on CI (the CI variable set) unless --cache asks for it: a fresh runner has nothing to reuse
 * and would only pay for writing. PORTCULLIS_CACHE=0 turns it off through `cacheDir`.
 */
export function scanCacheWanted(flags: { cache?: boolean | undefined; "no-cache"?: boolean | undefined }, env: NodeJS.ProcessEnv): boolean {
  if (flags["no-cache"]) return false;
  const onCi = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return !onCi || flags.cache === true;
}

/**
 * True when `dir` is missing (it will be created private), or is a folder of this user that nobody
 * else may write: compiled code and scan results are only trusted from such a folder. Windows has
 * no such modes: there the user's profile folder is private already.
 */
export function privateOrAbsent(dir: string): boolean {
  let stat;
  try {
    stat = statSync(dir, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (stat === undefined) return true;
  if (!stat.isDirectory()) return false;
  if (process.platform === "win32" || typeof process.getuid !== "function") return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** Keeps the `keep` most recently written files of `dir` whose names pass `test`; never throws. */
export function pruneOldest(dir: string, keep: number, test: (name: string) => boolean): void {
  try {
    const entries = readdirSync(dir)
      .filter(test)
      .map((name) => ({ name, mtime: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { name } of entries.slice(keep)) rmSync(path.join(dir, name), { force: true });
  } catch {}
}

/**
 * Writes a cache file atomically and privately: its folder created owner-only (0700), the file
 * owner-only (0600), through a temporary file renamed into place and removed when anything fails
 * (producing the bytes included). False when it could not be written; never throws.
 */
export function writeCacheFile(file: string, bytes: () => NodeJS.ArrayBufferView): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temp, bytes(), { mode: 0o600 });
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {}
    return false;
  }
}

// A V8 code cache for the CLI bundle's chunks. A pre-commit hook runs the CLI once per commit and
// most of its start-up is V8 parsing and compiling the same 1.3 MB of JavaScript again. The bundle
// is CommonJS and loads its chunks with require(), so each chunk is compiled here through vm.Script
// with the code V8 cached from an earlier run (what Node 22's module.enableCompileCache does for
// every module; Node 20 has no such switch).
//
// Safety: the cache lives in the user's own cache folder (never a shared temporary folder), is keyed
// by the Node version, the architecture and a SHA-256 of the chunk's text, is written atomically,
// and V8 checks every entry again and rejects one it cannot use. Anything going wrong here only
// costs the speed-up: the chunk is then compiled as Node would have compiled it.
// PORTCULLIS_CACHE=0 turns it off (with every other cache); PORTCULLIS_CACHE_DIR moves it.

import { readdirSync, readFileSync, rmSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { isMainThread } from "node:worker_threads";
import { cacheDir, privateOrAbsent, writeCacheFile } from "../cache-dir.js";
import { codeHashes } from "../code-hashes.js";
import { sha256Hex } from "../hash.js";

type Compile = (this: NodeJS.Module, content: string, filename: string) => unknown;
interface ModuleInternals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
}

/** Where compiled code is cached (a folder of the user's cache), or undefined when caching is off. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = cacheDir(env);
  return base && path.join(base, "v8", `${process.version}-${process.arch}`);
}

/**
 * Compiles every file later require()d from `bundleDir` (the bundle's chunks) with V8's code cache.
 * Returns false when caching is off. Worker threads read the cache; only the main thread writes it.
 */
export function enableCompileCache(bundleDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const dir = compileCacheDirectory(env);
  // Cached code runs: it is only read from (and written to) a folder nobody else can write.
  if (!dir || !privateOrAbsent(dir)) return false;
  const internals = Module as unknown as ModuleInternals;
  const original = internals.prototype._compile;
  const fresh: { script: vm.Script; file: string }[] = [];

  internals.prototype._compile = function (this: NodeJS.Module, content: string, filename: string) {
    if (path.dirname(filename) !== bundleDir) return original.call(this, content, filename);
    const digest = sha256Hex(content);
    codeHashes.set(filename, digest);
    const key = digest.slice(0, 32);
    const file = path.join(dir, `${path.basename(filename)}.${key}.bin`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {}
    let script: vm.Script;
    try {
      script = new vm.Script(internals.wrap(content), { filename, cachedData });
    } catch {
      return original.call(this, content, filename); // let Node report a broken chunk its own way
    }
    if (cachedData === undefined || script.cachedDataRejected) fresh.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  if (isMainThread) {
    // After the run, so the cache holds the functions this run compiled, not only the top level.
    process.once("exit", () => {
      for (const { script, file } of fresh) if (writeCacheFile(file, () => script.createCachedData())) pruneOthers(file);
    });
  }
  return true;
}

/** Removes the entries of earlier builds of the chunk `file` caches, so upgrades do not pile up. */
function pruneOthers(file: string): void {
  const name = path.basename(file);
  const chunk = name.slice(0, name.length - ".0123456789abcdef0123456789abcdef.bin".length);
  try {
    for (const other of readdirSync(path.dirname(file))) {
      if (other !== name && other.startsWith(`${chunk}.`) && other.endsWith(".bin")) {
        rmSync(path.join(path.dirname(file), other), { force: true });
      }
    }
  } catch {}
}

// A content-addressed cache of loaded registries for the pre-commit path: the hook runs on every
// commit against the same ports.yaml, so YAML parsing and schema compilation are paid once per content.

import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { cacheDir, privateOrAbsent, pruneOldest, writeCacheFile } from "../cache-dir.js";
import { sha256Hex } from "../hash.js";
import { loadRegistry, type LoadOptions } from "../registry/load.js";
import type { Registry } from "../registry/model.js";
import { codeSignature } from "../engine/scan-cache.js";

/** Entries kept; the oldest go when a write finds more. */
const MAX_ENTRIES = 64;

interface Entry {
  /** Every file the loader read (absolute path), with the hash of the text it read. */
  sources: Array<{ file: string; hash: string }>;
  registry: Registry;
}

/** Where the cache lives (see cache-dir.ts); undefined when caching is off. */
export const registryCacheDir = cacheDir;

/** This build of the code: a rebuilt loader must not read entries an older one wrote. */
const buildId = (): string => codeSignature();

/**
 * loadRegistry, answered from the cache when the root file and everything it extends read the
 * same as when the entry was written. Only successful loads are stored; errors always come from
 * a real load. Unreadable or unwritable caches are ignored.
 */
export async function loadRegistryCached(configPath: string, options: LoadOptions & { cacheDir?: string | undefined }): Promise<Registry> {
  const { cacheDir, ...loadOptions } = options;
  const readText = loadOptions.readText;
  // A cached registry decides what is reported: only trusted from a folder nobody else can write.
  if (!cacheDir || !readText || !privateOrAbsent(cacheDir)) return loadRegistry(configPath, loadOptions);
  const root = path.resolve(loadOptions.root);
  const configAbs = path.resolve(root, configPath);
  const rootText = await readText(configAbs);
  if (rootText === undefined) return loadRegistry(configPath, loadOptions);
  const key = sha256Hex(JSON.stringify([buildId(), root, configAbs, loadOptions.allowOutside ?? false, sha256Hex(rootText)]));
  const file = path.join(cacheDir, `registry-${key}.v8`);

  const cached = readEntry(file);
  if (cached && (await sourcesUnchanged(cached, readText))) return cached.registry;

  const read = new Map<string, string | undefined>();
  const registry = await loadRegistry(configPath, {
    ...loadOptions,
    readText: async (absolute) => {
      const text = absolute === configAbs ? rootText : await readText(absolute);
      read.set(absolute, text);
      return text;
    },
  });
  // Only what was read through readText is checked on use: a registry that extends one on GitHub
  // (fetched, not read) would never notice that file change, so it is not stored.
  if ([...read.values()].every((text) => text !== undefined && !text.includes("github:"))) {
    const sources = [...read].map(([source, text]) => ({ file: source, hash: sha256Hex(text!) }));
    writeEntry(cacheDir, file, { sources, registry });
  }
  return registry;
}

function readEntry(file: string): Entry | undefined {
  try {
    const entry = v8.deserialize(readFileSync(file)) as Entry;
    return Array.isArray(entry?.sources) && entry.registry ? entry : undefined;
  } catch {
    return undefined;
  }
}

async function sourcesUnchanged(entry: Entry, readText: NonNullable<LoadOptions["readText"]>): Promise<boolean> {
  const texts = await Promise.all(entry.sources.map((source) => readText(source.file).catch(() => undefined)));
  return texts.every((text, i) => text !== undefined && sha256Hex(text) === entry.sources[i]!.hash);
}

/** A cache that cannot be written only costs time. */
function writeEntry(dir: string, file: string, entry: Entry): void {
  if (writeCacheFile(file, () => v8.serialize(entry))) pruneOldest(dir, MAX_ENTRIES, (name) => name.startsWith("registry-") && name.endsWith(".v8"));
}

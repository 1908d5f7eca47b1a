// The registry cache of the pre-commit path: hits when every source reads the same, misses otherwise.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/registry/model.js";
import { loadRegistry } from "../../src/registry/load.js";
import { loadRegistryCached, registryCacheDir } from "../../src/scan/registry-cache.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-regcache-"));
  dirs.push(dir);
  return dir;
}

/** An in-memory file system standing in for the git index, counting reads. */
function memoryFiles(root: string, files: Record<string, string>) {
  const reads: string[] = [];
  return {
    files,
    reads,
    readText: async (absolute: string) => {
      reads.push(path.relative(root, absolute));
      return files[path.relative(root, absolute)];
    },
  };
}

describe("loadRegistryCached", () => {
  it("returns what loadRegistry returns, then serves the same registry from the cache", async () => {
    const root = tempDir();
    const cacheDir = tempDir();
    const mem = memoryFiles(root, {
      "ports.yaml": "version: 1\nextends: [./shared/base.yaml]\nranges:\n  core: { from: 8000, to: 8099 }\nservices:\n  api: { port: 8000, range: core, env: API_PORT }\n",
      "shared/base.yaml": "version: 1\nservices:\n  db: { port: 5432 }\n",
    });
    const fresh = await loadRegistry("ports.yaml", { root, readText: mem.readText });
    const first = await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir });
    expect(first).toEqual(fresh);
    const [entry] = readdirSync(cacheDir);
    expect(entry).toMatch(/^registry-[0-9a-f]{64}\.v8$/);

    // Prove the second answer comes from the entry: doctor it, and see the doctored registry.
    const file = path.join(cacheDir, entry!);
    const stored = v8.deserialize(readFileSync(file));
    stored.registry.project = "from the cache";
    writeFileSync(file, v8.serialize(stored));
    const second = await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir });
    expect(second.project).toBe("from the cache");
    // Object identity inside the model survives (a service's named range is the range itself).
    expect(second.services.find((s) => s.name === "api")!.range).toBe(second.ranges.get("core"));
  });

  it("misses when a file the registry extends changes", async () => {
    const root = tempDir();
    const cacheDir = tempDir();
    const mem = memoryFiles(root, {
      "ports.yaml": "version: 1\nextends: [./base.yaml]\nservices:\n  api: { port: 8000 }\n",
      "base.yaml": "version: 1\nservices:\n  db: { port: 5432 }\n",
    });
    await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir });
    mem.files["base.yaml"] = "version: 1\nservices:\n  db: { port: 5433 }\n";
    const after = await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir });
    expect(after.services.find((s) => s.name === "db")!.port).toBe(5433);
    mem.files["ports.yaml"] = mem.files["ports.yaml"]!.replace("8000", "8001");
    const changedRoot = await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir });
    expect(changedRoot.services.find((s) => s.name === "api")!.port).toBe(8001);
  });

  it("never caches a failing registry: the error comes from a real load every time", async () => {
    const root = tempDir();
    const cacheDir = tempDir();
    const mem = memoryFiles(root, { "ports.yaml": "version: 1\nservices:\n  api: { port: 70000 }\n" });
    for (let i = 0; i < 2; i++) {
      await expect(loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir })).rejects.toBeInstanceOf(ConfigError);
    }
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("survives a corrupt entry and an unwritable cache folder", async () => {
    const root = tempDir();
    const cacheDir = tempDir();
    const mem = memoryFiles(root, { "ports.yaml": "version: 1\nservices:\n  api: { port: 8000 }\n" });
    await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir });
    const [entry] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, entry!), "not a serialised registry");
    expect((await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir })).services[0]!.port).toBe(8000);
    const blocked = path.join(tempDir(), "a-file");
    writeFileSync(blocked, "");
    const viaFile = await loadRegistryCached("ports.yaml", { root, readText: mem.readText, cacheDir: path.join(blocked, "cache") });
    expect(viaFile.services[0]!.port).toBe(8000);
  });

  it("is placed by PORTCULLIS_CACHE_DIR or XDG_CACHE_HOME, and PORTCULLIS_CACHE=0 turns it off", () => {
    expect(registryCacheDir({ PORTCULLIS_CACHE_DIR: "/x/y" })).toBe(path.resolve("/x/y"));
    expect(registryCacheDir({ XDG_CACHE_HOME: "/c" })).toBe(path.join("/c", "portcullis"));
    expect(registryCacheDir({ PORTCULLIS_CACHE: "0", PORTCULLIS_CACHE_DIR: "/x" })).toBeUndefined();
  });
});

// The scan cache (engine/scan-cache.ts): a check that reuses stored outcomes reports exactly what a
// check that reads every file reports, and every way a file can change makes it read again.

import { appendFileSync, chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check, type CheckOptions, type CheckResult } from "../../src/engine/check.js";
import { codeSignature, type ScanCacheOptions } from "../../src/engine/scan-cache.js";
import { parseRegistry } from "../../src/registry/load.js";
import { git, makeRepo, REPO_ROOT, type TempRepo } from "../helpers/temp-repo.js";
import { comparable } from "../helpers/check-result.js";

const REGISTRY = `version: 1
project: cached
services:
  api:
    port: 8000
    env: API_PORT
    access: localhost
  web:
    port: 3000
`;

function files(): Record<string, string> {
  const out: Record<string, string> = {
    "ports.yaml": REGISTRY,
    "docker-compose.yml": 'services:\n  api:\n    ports:\n      - "8000:8000"\n',
    ".env.example": "API_PORT=8000\n",
    "docs/ports.md": "| Service | Port |\n| --- | --- |\n| api | 8001 |\n",
    "src/suppressed.ts": "// portcullis-ignore-next-line -- legacy\napp.listen(8002);\n",
  };
  for (let i = 0; i < 30; i++) out[`src/m${i}.ts`] = i % 3 === 0 ? `app.listen(${8000 + (i % 2)});\n` : `export const n${i} = ${i};\n`;
  return out;
}

describe("scan cache", () => {
  let repo: TempRepo;
  let dir: string;
  /** Files are "racy" (not stored) for two seconds after a change: the tests move the clock on. */
  const later = () => Date.now() + 60_000;
  const cacheOptions = (extra: Partial<ScanCacheOptions> = {}): ScanCacheOptions => ({ dir, signature: "test-build", now: later(), ...extra });
  const run = (cache: CheckOptions["cache"], options: Partial<CheckOptions> = {}) => check({ root: repo.dir, workers: false, cache, ...options });

  beforeEach(() => {
    repo = makeRepo(files());
    dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-scan-cache-"));
  });
  afterEach(() => {
    repo.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a warm check reads nothing and reports exactly what a full scan reports", async () => {
    const reference = await run(false);
    expect(reference.findings.length).toBeGreaterThan(3);
    const first = await run(cacheOptions());
    expect(first.cacheStats).toMatchObject({ reused: 0, scanned: reference.summary.filesScanned });
    expect(readdirSync(dir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    const second = await run(cacheOptions());
    expect(second.cacheStats).toMatchObject({ reused: reference.summary.filesScanned, scanned: 0 });
    expect(comparable(first)).toStrictEqual(comparable(reference));
    expect(comparable(second)).toStrictEqual(comparable(reference));
    // Suppressions and line texts (fingerprints) come back from the cache too.
    expect(second.findings.map((f) => f.fingerprint)).toEqual(reference.findings.map((f) => f.fingerprint));
    expect(second.findings.some((f) => f.file === "src/suppressed.ts")).toBe(false);
    // Committed files were known by blob id (git compared their metadata); touched, git no longer
    // vouches for them (its index still holds the old times): read once, then known by metadata.
    expect(second.cacheStats?.byBlob).toBe(reference.summary.filesScanned);
    const later = new Date(Date.now() + 5_000);
    for (const file of Object.keys(files())) utimesSync(path.join(repo.dir, file), later, later);
    const touched = await run(cacheOptions());
    expect(touched.cacheStats).toMatchObject({ reused: 0, scanned: reference.summary.filesScanned });
    const again = await run(cacheOptions());
    expect(again.cacheStats).toEqual({ reused: reference.summary.filesScanned, byBlob: 0, scanned: 0 });
    expect(comparable(touched)).toStrictEqual(comparable(reference));
    expect(comparable(again)).toStrictEqual(comparable(reference));
  });

  it("reads again what changed: an edit of the same size, a commit, a new file, a deletion", async () => {
    await run(cacheOptions());
    // Same size, other port: only the metadata tells.
    writeFileSync(path.join(repo.dir, "src/m1.ts"), "app.listen(9999);\n".padEnd("export const n1 = 1;\n".length - 1, " ") + "\n");
    writeFileSync(path.join(repo.dir, "src/new.ts"), "app.listen(7777);\n");
    rmSync(path.join(repo.dir, "src/m2.ts"));
    let warm = await run(cacheOptions());
    expect(comparable(warm)).toStrictEqual(comparable(await run(false)));
    expect(warm.refs.some((r) => r.port === 9999 && r.file === "src/m1.ts")).toBe(true);
    expect(warm.refs.some((r) => r.port === 7777)).toBe(true);
    expect(warm.cacheStats?.scanned).toBe(2); // m1 and new (m2 is gone)

    // Committed: known by blob id from now on, and the edits stay seen.
    git(repo.dir, ["add", "-A"]);
    git(repo.dir, ["commit", "-q", "-m", "edit"]);
    warm = await run(cacheOptions());
    expect(comparable(warm)).toStrictEqual(comparable(await run(false)));
    warm = await run(cacheOptions());
    expect(warm.cacheStats?.scanned).toBe(0);
    expect(warm.refs.some((r) => r.port === 9999)).toBe(true);
  });

  it("sees edits in a project that is a folder of its repository", async () => {
    const mono = makeRepo({ "README.md": "# mono\n", ...Object.fromEntries(Object.entries(files()).map(([f, c]) => [`apps/shop/${f}`, c])) });
    try {
      const root = path.join(mono.dir, "apps/shop");
      const options = { root, workers: false as const };
      await check({ ...options, cache: cacheOptions() });
      const warm = await check({ ...options, cache: cacheOptions() });
      expect(warm.cacheStats).toMatchObject({ scanned: 0, byBlob: warm.summary.filesScanned });
      writeFileSync(path.join(root, "src/m1.ts"), "app.listen(4321);\n");
      const edited = await check({ ...options, cache: cacheOptions() });
      expect(edited.refs.some((r) => r.port === 4321 && r.file === "src/m1.ts")).toBe(true);
      expect(comparable(edited)).toStrictEqual(comparable(await check({ ...options, cache: false })));
    } finally {
      mono.cleanup();
    }
  });

  it("does not trust git's word for files marked assume-unchanged or skip-worktree", async () => {
    git(repo.dir, ["update-index", "--assume-unchanged", "src/m4.ts"]);
    await run(cacheOptions());
    appendFileSync(path.join(repo.dir, "src/m4.ts"), "app.listen(6543);\n");
    expect(git(repo.dir, ["diff-files", "--name-only"])).toBe(""); // git does not look
    const warm = await run(cacheOptions());
    expect(warm.refs.some((r) => r.port === 6543)).toBe(true);
  });

  it("stores a file changed just before the check only when its bytes are the blob git named", async () => {
    // Everything was written a moment ago (a fresh clone on CI looks like this). Git smudges index
    // entries written in the index's own clock tick and calls them modified until a refresh:
    // refresh, as a checkout leaves the index.
    await new Promise((resolve) => setTimeout(resolve, 20));
    git(repo.dir, ["update-index", "-q", "--refresh"]);
    writeFileSync(path.join(repo.dir, "src/untracked.ts"), "app.listen(7001);\n");
    appendFileSync(path.join(repo.dir, "src/m7.ts"), "app.listen(7002);\n");
    const racy = await run(cacheOptions({ now: Date.now() }));
    const files = racy.summary.filesScanned;
    expect(racy.cacheStats).toMatchObject({ reused: 0, scanned: files });
    // Committed and unmodified: hashed, found to be their blobs, stored. The untracked and the
    // modified file have only their times to go by: not stored.
    const next = await run(cacheOptions());
    expect(next.cacheStats).toMatchObject({ reused: files - 2, byBlob: files - 2, scanned: 2 });
    expect(comparable(next)).toStrictEqual(comparable(await run(false)));
    expect((await run(cacheOptions())).cacheStats?.scanned).toBe(0);
    const other = await run(cacheOptions({ signature: "another-build" }));
    expect(other.cacheStats?.reused).toBe(0);
  });

  it("does not store a lately changed file whose bytes are not its blob (end-of-line conversion)", async () => {
    git(repo.dir, ["config", "core.autocrlf", "true"]);
    writeFileSync(path.join(repo.dir, "src/crlf.ts"), "app.listen(7003);\r\nexport {};\r\n");
    git(repo.dir, ["add", "src/crlf.ts"]);
    git(repo.dir, ["commit", "-q", "-m", "crlf"]);
    expect(git(repo.dir, ["diff-files", "--name-only"])).toBe(""); // git calls it unchanged
    await run(cacheOptions({ now: Date.now() }));
    const next = await run(cacheOptions({ now: Date.now() }));
    expect(next.cacheStats?.scanned).toBe(1); // the CRLF file, again
    expect(next.refs.some((r) => r.file === "src/crlf.ts" && r.port === 7003)).toBe(true);
  });

  it("a damaged or foreign cache file is replaced, never trusted", async () => {
    await run(cacheOptions());
    const [file] = readdirSync(dir).filter((f) => f.endsWith(".v8"));
    writeFileSync(path.join(dir, file!), "garbage");
    const repaired = await run(cacheOptions());
    expect(repaired.cacheStats?.reused).toBe(0);
    expect(comparable(repaired)).toStrictEqual(comparable(await run(false)));
    expect((await run(cacheOptions())).cacheStats?.scanned).toBe(0);
  });

  it("neither reads nor writes a cache folder others can write", async () => {
    await run(cacheOptions());
    chmodSync(dir, 0o777);
    const shared = await run(cacheOptions());
    expect(shared.cacheStats).toMatchObject({ reused: 0 });
    expect(comparable(shared)).toStrictEqual(comparable(await run(false)));
    const before = readdirSync(dir).map((f) => statSync(path.join(dir, f)).mtimeMs);
    await run(cacheOptions());
    expect(readdirSync(dir).map((f) => statSync(path.join(dir, f)).mtimeMs)).toEqual(before);
  });

  it("works outside git, by metadata alone", async () => {
    const plain = makeRepo(files(), { git: false });
    try {
      const options = { root: plain.dir, workers: false as const };
      const reference = await check({ ...options, cache: false });
      await check({ ...options, cache: cacheOptions() });
      const warm = await check({ ...options, cache: cacheOptions() });
      expect(warm.cacheStats?.scanned).toBe(0);
      expect(comparable(warm)).toStrictEqual(comparable(reference));
      appendFileSync(path.join(plain.dir, "src/m5.ts"), "app.listen(5432);\n");
      const edited = await check({ ...options, cache: cacheOptions() });
      expect(edited.cacheStats?.scanned).toBe(1);
      expect(edited.refs.some((r) => r.port === 5432)).toBe(true);
    } finally {
      plain.cleanup();
    }
  });

  it("scan workers check metadata for the stored outcomes they are told of", async () => {
    const cli = path.join(REPO_ROOT, "dist/cli/index.js");
    expect(existsSync(cli), "dist/cli/index.js is missing: run npm run build").toBe(true);
    const workers = { script: pathToFileURL(cli), threads: 2, minFiles: 1 };
    await run(cacheOptions());
    // Modified but not committed: git cannot vouch for them, the workers compare metadata.
    for (let i = 0; i < 30; i += 2) appendFileSync(path.join(repo.dir, `src/m${i}.ts`), "\n");
    const reference = await run(false);
    const first = await run(cacheOptions(), { workers });
    expect(comparable(first)).toStrictEqual(comparable(reference));
    const second = await run(cacheOptions(), { workers });
    expect(comparable(second)).toStrictEqual(comparable(reference));
    expect(second.cacheStats).toMatchObject({ reused: reference.summary.filesScanned, scanned: 0 });
  });
});

describe("codeSignature", () => {
  it("is stable for the same code", () => {
    expect(codeSignature()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeSignature()).toBe(codeSignature());
  });
});

describe("scan cache on real repositories", () => {
  const corpus = path.resolve(REPO_ROOT, "../shared/corpus");
  const roots = [
    ...readdirSync(path.join(REPO_ROOT, "test/fixtures")).map((name) => path.join(REPO_ROOT, "test/fixtures", name)),
    ...(existsSync(corpus) ? readdirSync(corpus).map((name) => path.join(corpus, name)).filter((dir) => !dir.endsWith(".md")) : []),
  ];

  it("reports exactly what scanning every file reports, in every fixture and corpus repository", async () => {
    expect(existsSync(corpus), `${corpus} is missing`).toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-scan-cache-real-"));
    try {
      for (const root of roots) {
        // The corpus has no registry: an empty one still scans (and reports) every file.
        const registry = existsSync(path.join(root, "ports.yaml")) ? undefined : parseRegistry("ports.yaml", "version: 1\n");
        const base = { root, workers: false as const, ...(registry ? { registry } : {}) };
        let reference: CheckResult;
        try {
          reference = await check({ ...base, cache: false });
        } catch {
          continue; // a fixture that is a configuration error on purpose
        }
        const cache = { dir, signature: "real", now: Date.now() + 60_000 };
        const first = await check({ ...base, cache });
        const warm = await check({ ...base, cache });
        expect(warm.cacheStats?.scanned, root).toBe(0);
        expect(comparable(first), root).toStrictEqual(comparable(reference));
        expect(comparable(warm), root).toStrictEqual(comparable(reference));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

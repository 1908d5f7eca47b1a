// The bundled CLI's V8 code cache (src/cli/compile-cache.ts): written after a first run into the
// user's cache folder, used by later runs, repaired when damaged, off when asked, never a cause of
// a different result.

import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCacheDirectory } from "../../src/cli/compile-cache.js";
import { CLI, runBundledCli } from "../helpers/run-cli.js";
import { fixtureRepo, type TempRepo } from "../helpers/temp-repo.js";

const LEAF = path.join("portcullis", "v8", `${process.version}-${process.arch}`);

const run = runBundledCli;

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".bin")).sort() : []);

describe("compileCacheDirectory", () => {
  it("is a folder of the user's Portcullis cache, and off with every other cache", () => {
    expect(compileCacheDirectory({ XDG_CACHE_HOME: "/x/cache" })).toBe(path.join("/x/cache", LEAF));
    expect(compileCacheDirectory({ PORTCULLIS_CACHE_DIR: "/opt/c", XDG_CACHE_HOME: "/x" })).toBe(path.join("/opt/c", LEAF.replace(/^portcullis./, "")));
    expect(compileCacheDirectory({ HOME: os.homedir() })).toBe(path.join(os.homedir(), ".cache", LEAF));
    for (const off of ["0", "false"]) expect(compileCacheDirectory({ PORTCULLIS_CACHE: off, XDG_CACHE_HOME: "/x" })).toBeUndefined();
  });
});

describe("the CLI bundle's compile cache", () => {
  let repo: TempRepo;
  let home: string;
  beforeAll(() => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    repo = fixtureRepo("seed-001-env-compose");
    home = mkdtempSync(path.join(os.tmpdir(), "portcullis-cache-"));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(home, { recursive: true, force: true });
  });

  it("is written by a first run, used by the next, and changes no result", async () => {
    const env = { XDG_CACHE_HOME: path.join(home, "a") };
    const dir = path.join(home, "a", LEAF);
    const first = await run(["check", "--format", "json"], repo.dir, env);
    expect(first.code).toBe(1);
    const written = entries(dir);
    expect(written.length).toBeGreaterThanOrEqual(3); // the check command, the engine, the scanners…
    for (const f of written) expect(f).toMatch(/^\d+\.index\.cjs\.js\.[0-9a-f]{32}\.bin$/);
    expect(statSync(dir).mode & 0o077).toBe(0); // private to the user
    const stamps = written.map((f) => statSync(path.join(dir, f)).mtimeMs);

    const second = await run(["check", "--format", "json"], repo.dir, env);
    expect(second).toEqual(first);
    expect(entries(dir)).toEqual(written);
    expect(written.map((f) => statSync(path.join(dir, f)).mtimeMs)).toEqual(stamps); // read, not rewritten
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const uncached = await run(["check", "--format", "json"], repo.dir, { XDG_CACHE_HOME: path.join(home, "off"), PORTCULLIS_CACHE: "0" });
    expect(uncached).toEqual(first);
    expect(existsSync(path.join(home, "off"))).toBe(false);
  });

  it("replaces a damaged entry and one left by another build of the same chunk", async () => {
    const env = { XDG_CACHE_HOME: path.join(home, "b") };
    const dir = path.join(home, "b", LEAF);
    const clean = await run(["check", "--format", "json"], repo.dir, env);
    const [victim] = entries(dir);
    writeFileSync(path.join(dir, victim!), "not a code cache");
    const chunk = victim!.replace(/\.[0-9a-f]{32}\.bin$/, "");
    const stale = `${chunk}.${"0".repeat(32)}.bin`;
    writeFileSync(path.join(dir, stale), "left by an older build");

    const repaired = await run(["check", "--format", "json"], repo.dir, env);
    expect(repaired).toEqual(clean);
    expect(readFileSync(path.join(dir, victim!), "utf8")).not.toBe("not a code cache");
    expect(existsSync(path.join(dir, stale))).toBe(false);
  });

  it("never runs code cached in a folder others can write", async () => {
    const env = { XDG_CACHE_HOME: path.join(home, "shared") };
    const dir = path.join(home, "shared", LEAF);
    const clean = await run(["check", "--format", "json"], repo.dir, env);
    const [victim] = entries(dir);
    expect(victim).toBeDefined();
    chmodSync(dir, 0o777);
    writeFileSync(path.join(dir, victim!), "not a code cache either");
    const shared = await run(["check", "--format", "json"], repo.dir, env);
    expect(shared).toEqual(clean);
    expect(readFileSync(path.join(dir, victim!), "utf8")).toBe("not a code cache either"); // not touched
  });

  it("a cache folder that cannot be written costs only the speed-up", async () => {
    const blocker = path.join(home, "file-not-folder");
    writeFileSync(blocker, "");
    const result = await run(["check", "--format", "json"], repo.dir, { XDG_CACHE_HOME: blocker });
    const reference = await run(["check", "--format", "json"], repo.dir, { PORTCULLIS_CACHE: "0" });
    expect(result).toEqual(reference);
  });
});

// The CLI's scan cache switches: on by default, off with --no-cache, PORTCULLIS_CACHE=0 or on CI
// (unless --cache), and never a cause of a different report.

import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runBundledCli } from "../helpers/run-cli.js";
import { fixtureRepo, type TempRepo } from "../helpers/temp-repo.js";


const run = runBundledCli;

describe("check and docs: the scan cache switches", () => {
  let repo: TempRepo;
  let home: string;
  const scanCaches = (name: string) => {
    const dir = path.join(home, name, "scan");
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".v8")) : [];
  };

  beforeAll(async () => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    repo = fixtureRepo("seed-001-env-compose");
    home = mkdtempSync(path.join(os.tmpdir(), "portcullis-flags-"));
    // Files changed in the last two seconds are never stored: let the fixture age.
    await new Promise((resolve) => setTimeout(resolve, 2100));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(home, { recursive: true, force: true });
  });

  it("is on by default and gives the same report warm", async () => {
    const env = { PORTCULLIS_CACHE_DIR: path.join(home, "default") };
    const cold = await run(["check", "--format", "json"], repo.dir, env);
    expect(cold.code).toBe(1);
    expect(scanCaches("default")).toHaveLength(1);
    const warm = await run(["check", "--format", "json"], repo.dir, env);
    expect(warm).toEqual(cold);
    const reference = await run(["check", "--format", "json", "--no-cache"], repo.dir, env);
    expect(reference).toEqual(cold);
  });

  it("is off with --no-cache, with PORTCULLIS_CACHE=0, and on CI unless --cache", async () => {
    await run(["check"], repo.dir, { PORTCULLIS_CACHE_DIR: path.join(home, "flag") , CI: "" });
    expect(scanCaches("flag")).toHaveLength(1);
    await run(["check", "--no-cache"], repo.dir, { PORTCULLIS_CACHE_DIR: path.join(home, "no-cache") });
    expect(scanCaches("no-cache")).toHaveLength(0);
    await run(["check"], repo.dir, { XDG_CACHE_HOME: path.join(home, "off"), PORTCULLIS_CACHE: "0" });
    expect(existsSync(path.join(home, "off"))).toBe(false);
    await run(["check"], repo.dir, { PORTCULLIS_CACHE_DIR: path.join(home, "ci"), CI: "true" });
    expect(scanCaches("ci")).toHaveLength(0);
    await run(["check", "--cache"], repo.dir, { PORTCULLIS_CACHE_DIR: path.join(home, "ci-cache"), CI: "true" });
    expect(scanCaches("ci-cache")).toHaveLength(1);
    await run(["docs", "--check"], repo.dir, { PORTCULLIS_CACHE_DIR: path.join(home, "docs") });
    expect(scanCaches("docs")).toHaveLength(1);
  });

  it("checks running at once share the cache without harm", async () => {
    const env = { PORTCULLIS_CACHE_DIR: path.join(home, "concurrent") };
    const reference = await run(["check", "--format", "json", "--no-cache"], repo.dir, env);
    const together = await Promise.all([1, 2, 3, 4].map(() => run(["check", "--format", "json"], repo.dir, env)));
    for (const result of together) expect(result).toEqual(reference);
    expect(scanCaches("concurrent")).toHaveLength(1);
    expect(readdirSync(path.join(home, "concurrent", "scan")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(await run(["check", "--format", "json"], repo.dir, env)).toEqual(reference);
  });

  it("--cache with --no-cache is a usage error", async () => {
    const both = await run(["check", "--cache", "--no-cache"], repo.dir, {});
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--cache and --no-cache cannot be combined/);
  });
});

// listWorkingTree (the scan cache's listing) lists exactly what `list()` lists, and names a blob
// only for files whose working-tree bytes are that blob; the default ignores answer as minimatch.

import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Minimatch } from "minimatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_IGNORES, ignoreMatcher, listWorkingTree, workingTreeSource } from "../../src/scan/discover.js";
import { git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";

describe("listWorkingTree", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo({
      "a.txt": "a\n",
      "b/c.yml": "c: 1\n",
      "spaced name.env": "X=1\n",
      "ünï/cödé.ts": "x\n",
      "quote\"d.md": "q\n",
      "new\nline.py": "n\n",
      "modified.ts": "m\n",
      "deleted.ts": "d\n",
      "conflict.txt": "base\n",
      "assumed.ts": "s\n",
      "exec.sh": "#!/bin/sh\n",
      ".gitignore": "ignored.log\n",
    });
    const dir = repo.dir;
    // A conflict: both sides changed conflict.txt.
    git(dir, ["checkout", "-q", "-b", "side"]);
    writeFileSync(path.join(dir, "conflict.txt"), "side\n");
    git(dir, ["commit", "-qam", "side"]);
    git(dir, ["checkout", "-q", "main"]);
    writeFileSync(path.join(dir, "conflict.txt"), "main\n");
    git(dir, ["commit", "-qam", "main"]);
    try {
      git(dir, ["merge", "-q", "side"]);
    } catch {}
    appendFileSync(path.join(dir, "modified.ts"), "more\n");
    rmSync(path.join(dir, "deleted.ts"));
    git(dir, ["update-index", "--assume-unchanged", "assumed.ts"]);
    writeFileSync(path.join(dir, "untracked.ts"), "u\n");
    writeFileSync(path.join(dir, "Z-untracked-first.ts"), "u\n");
    writeFileSync(path.join(dir, "ignored.log"), "i\n");
    mkdirSync(path.join(dir, "zz"));
    writeFileSync(path.join(dir, "zz/late.ts"), "u\n");
  });
  afterAll(() => repo.cleanup());

  it("lists what list() lists, in the same order", async () => {
    const listing = await listWorkingTree(repo.dir);
    expect(listing.files).toEqual(await workingTreeSource(repo.dir).list());
    expect(listing.ids).toHaveLength(listing.files.length);
  });

  it("names the blob of exactly the files whose bytes are it", async () => {
    const { files, ids } = await listWorkingTree(repo.dir);
    const byFile = new Map(files.map((f, i) => [f, ids![i]]));
    for (const file of ["a.txt", "b/c.yml", "spaced name.env", "ünï/cödé.ts", 'quote"d.md', "new\nline.py", "exec.sh"]) {
      expect(byFile.get(file), file).toBe(git(repo.dir, ["hash-object", "--", file]).trim());
    }
    for (const file of ["modified.ts", "deleted.ts", "conflict.txt", "assumed.ts", "untracked.ts", "Z-untracked-first.ts", "zz/late.ts"]) {
      expect(byFile.get(file), file).toBe("");
    }
    expect(byFile.has("ignored.log")).toBe(false);
  });

  it("lists a folder of the repository relative to it, modified files included", async () => {
    const mono = makeRepo({ "top.ts": "t\n", "apps/a/x.ts": "x\n", "apps/a/y.ts": "y\n" });
    try {
      appendFileSync(path.join(mono.dir, "apps/a/y.ts"), "more\n");
      const listing = await listWorkingTree(path.join(mono.dir, "apps/a"));
      expect(listing.files).toEqual(["x.ts", "y.ts"]);
      expect(listing.ids![0]).toBe(git(mono.dir, ["hash-object", "--", "apps/a/x.ts"]).trim());
      expect(listing.ids![1]).toBe("");
    } finally {
      mono.cleanup();
    }
  });

  it("walks a folder outside git, without ids", async () => {
    const plain = makeRepo({ "x.ts": "x\n", "d/y.yml": "y: 1\n" }, { git: false });
    try {
      expect(await listWorkingTree(plain.dir)).toEqual({ files: ["d/y.yml", "x.ts"] });
    } finally {
      plain.cleanup();
    }
  });
});

describe("ignoreMatcher", () => {
  it("answers for the default ignores exactly as minimatch does", () => {
    const segments = ["", ".", "..", "a", "node_modules", ".git", ".github", "xnode_modules", "node_modulesx", "b.git", ".gitx"];
    const paths = new Set<string>();
    for (const a of segments) for (const b of segments) for (const c of segments) paths.add([a, b, c].join("/"));
    for (const a of segments) paths.add(a).add(`${a}/`).add(`${a}/x`);
    const matchers = DEFAULT_IGNORES.map((glob) => new Minimatch(glob, { dot: true }));
    const ignored = ignoreMatcher([]);
    for (const file of paths) expect(ignored(file), JSON.stringify(file)).toBe(matchers.some((m) => m.match(file)));
  });

  it("applies the registry's globs, with and without slashes", () => {
    const ignored = ignoreMatcher(["*.log", "vendor/**"]);
    expect(ignored("a/b/debug.log")).toBe(true);
    expect(ignored("vendor/x/compose.yml")).toBe(true);
    expect(ignored("src/vendor/x.yml")).toBe(false);
    expect(ignored("docs/ports.md")).toBe(false);
  });

  it("applies globs in order, the last match deciding, as .gitignore does", () => {
    const ignored = ignoreMatcher(["vendor/**", "!vendor/ports/**", "vendor/ports/old/**", "!keep.log", "*.log"]);
    expect(ignored("vendor/x/compose.yml")).toBe(true);
    expect(ignored("vendor/ports/compose.yml")).toBe(false);
    expect(ignored("vendor/ports/old/compose.yml")).toBe(true);
    expect(ignored("keep.log")).toBe(true); // *.log comes after !keep.log
    expect(ignored("src/app.ts")).toBe(false); // a negated glob alone ignores nothing
    expect(ignoreMatcher(["!**/node_modules/ports/**"])("node_modules/ports/docker-compose.yml")).toBe(false);
    expect(ignoreMatcher(["!**/node_modules/ports/**"])("node_modules/other/docker-compose.yml")).toBe(true);
  });
});

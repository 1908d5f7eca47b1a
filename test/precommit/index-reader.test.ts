// The git index reader: cat-file framing, staged lists, partial staging, symlinks, odd names.

import { execFileSync } from "node:child_process";
import { existsSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BlobReader, IndexSnapshot, parseLsFilesStage, parseRawDiff, stagedEntries } from "../../src/scan/staged.js";
import { git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";

const repos: TempRepo[] = [];
const snapshots: IndexSnapshot[] = [];
afterEach(() => {
  snapshots.splice(0).forEach((s) => s.close());
  repos.splice(0).forEach((r) => r.cleanup());
});

function repo(files: Record<string, string | Buffer>, options: { commit?: boolean } = {}): string {
  const r = makeRepo(files, options);
  repos.push(r);
  return r.dir;
}

function snapshot(root: string, options: ConstructorParameters<typeof IndexSnapshot>[1] = {}): IndexSnapshot {
  const s = new IndexSnapshot(root, options);
  snapshots.push(s);
  return s;
}

function hashObject(dir: string, content: Buffer | string): string {
  return execFileSync("git", ["hash-object", "-w", "--stdin"], { cwd: dir, input: content }).toString().trim();
}

describe("BlobReader (git cat-file --batch)", () => {
  it("returns exact bytes for blobs whose content looks like framing, holds NULs, or spans many chunks", async () => {
    const dir = repo({ "a.txt": "a\n" });
    const tricky = [
      Buffer.from(""),
      Buffer.from("no trailing newline"),
      Buffer.from("0123456789012345678901234567890123456789 blob 12\nfake header\n"),
      Buffer.from([0, 10, 0, 13, 10, 10, 255, 254]),
      Buffer.alloc(3 * 1024 * 1024 + 7, "x\n"),
    ];
    const oids = tricky.map((content) => hashObject(dir, content));
    const reader = new BlobReader(dir);
    try {
      // All requests in flight at once: answers must come back in order, each to its own caller.
      const results = await Promise.all([...oids, ...oids.slice().reverse()].map((oid) => reader.read(oid)));
      const expected = [...tricky, ...tricky.slice().reverse()];
      results.forEach((bytes, i) => expect(Buffer.compare(bytes!, expected[i]!)).toBe(0));
    } finally {
      reader.close();
    }
  });

  it("answers undefined for a missing object and for a non-blob, and keeps going", async () => {
    const dir = repo({ "a.txt": "hello\n" });
    const blob = hashObject(dir, "hello\n");
    const tree = git(dir, ["rev-parse", "HEAD^{tree}"]).trim();
    const reader = new BlobReader(dir);
    try {
      expect(await reader.read("0".repeat(40))).toBeUndefined();
      expect(await reader.read(tree)).toBeUndefined();
      expect((await reader.read(blob))?.toString()).toBe("hello\n");
      await expect(reader.read("HEAD:a.txt")).rejects.toThrow(/not an object id/);
    } finally {
      reader.close();
    }
  });

  it("rejects pending reads when git cannot run there", async () => {
    const dir = repo({ "a.txt": "x" }, { commit: false });
    const reader = new BlobReader(path.join(dir, "missing-folder"));
    await expect(reader.read("0".repeat(40))).rejects.toThrow();
    reader.close();
  });
});

describe("parsers", () => {
  it("parseRawDiff keeps the new side of renames and copies", () => {
    const a = "1".repeat(40);
    const b = "2".repeat(40);
    const raw = [
      `:100644 100644 ${a} ${b} M`, "mod.yml",
      `:000000 100644 ${"0".repeat(40)} ${b} A`, "new file.env",
      `:100644 100644 ${a} ${b} R087`, "old.yml", "new.yml",
      `:100644 100755 ${a} ${b} C100`, "src.sh", "copy.sh",
      "",
    ].join("\0");
    expect(parseRawDiff(Buffer.from(raw))).toEqual([
      { path: "mod.yml", mode: "100644", oid: b },
      { path: "new file.env", mode: "100644", oid: b },
      { path: "new.yml", mode: "100644", oid: b },
      { path: "copy.sh", mode: "100755", oid: b },
    ]);
  });

  it("parseLsFilesStage keeps stage 0 only and tabs inside names", () => {
    const oid = "3".repeat(40);
    const out = [`100644 ${oid} 0\ta\tb.yml`, `100644 ${oid} 1\tconflict.yml`, `100644 ${oid} 2\tconflict.yml`, ""].join("\0");
    expect(parseLsFilesStage(Buffer.from(out))).toEqual([{ path: "a\tb.yml", mode: "100644", oid }]);
  });
});

describe("IndexSnapshot", () => {
  it("lists staged files and reads staged content, not the working tree", async () => {
    const dir = repo({ "ports.yaml": "version: 1\n", "keep.env": "A=1\n", "edit.env": "B=1\n", "gone.env": "C=1\n" });
    writeFileSync(path.join(dir, "edit.env"), "B=2\n");
    writeFileSync(path.join(dir, "new.env"), "D=1\n");
    git(dir, ["add", "edit.env", "new.env"]);
    git(dir, ["rm", "-q", "gone.env"]);
    // Unstaged edits after staging: the index still holds B=2 and D=1.
    writeFileSync(path.join(dir, "edit.env"), "B=3\n");
    writeFileSync(path.join(dir, "new.env"), "D=3\n");
    writeFileSync(path.join(dir, "keep.env"), "A=9\n");
    const s = snapshot(dir);
    expect((await s.staged()).map((e) => e.path)).toEqual(["edit.env", "new.env"]);
    expect((await s.read("edit.env"))?.toString()).toBe("B=2\n");
    expect((await s.read("new.env"))?.toString()).toBe("D=1\n");
    expect((await s.read("keep.env"))?.toString()).toBe("A=1\n");
    expect(await s.read("gone.env")).toBeUndefined();
    expect(await s.read("untracked.env")).toBeUndefined();
    expect(await s.readText(path.join(dir, "ports.yaml"))).toBe("version: 1\n");
  });

  it("greps staged content, not the working tree, and answers [] when nothing matches", async () => {
    const dir = repo({ "a doc.md": "<!-- portcullis:begin -->\n", "b.md": "plain\n", "c.txt": "portcullis:begin\n" });
    writeFileSync(path.join(dir, "b.md"), "<!-- Portcullis:Begin -->\n"); // not staged
    writeFileSync(path.join(dir, "d.md"), "portcullis:begin\n");
    git(dir, ["add", "d.md"]);
    const s = snapshot(dir);
    expect((await s.grep(["portcullis:begin"], ["*.md"])).sort()).toEqual(["a doc.md", "d.md"]);
    expect(await s.grep(["no such text"], ["*.md"])).toEqual([]);
  });

  it("works before the first commit", async () => {
    const dir = repo({ "a.env": "A=1\n", "b/c.yml": "x: 1\n" }, { commit: false });
    git(dir, ["add", "-A"]);
    expect((await stagedEntries(dir)).map((e) => e.path)).toEqual(["a.env", "b/c.yml"]);
  });

  it("does not follow a staged symlink", async () => {
    const dir = repo({ "real.env": "SECRET_PORT=1\n" });
    symlinkSync("/etc/passwd", path.join(dir, "link.env"));
    git(dir, ["add", "link.env"]);
    const s = snapshot(dir);
    const [entry] = await s.staged();
    expect(entry).toMatchObject({ path: "link.env", mode: "120000" });
    expect(await s.read("link.env")).toBeUndefined();
  });

  it("keeps names with spaces, quotes, $(…), non-ASCII and newlines byte-exact", async () => {
    const names = ["with space.env", `quote'd "x".env`, "$(touch pwned).env", "ünïcødé-ポート.env", "new\nline.env", "tab\there.env"];
    const dir = repo({ "ports.yaml": "version: 1\n" });
    for (const [i, name] of names.entries()) writeFileSync(path.join(dir, name), `P${i}_PORT=${8000 + i}\n`);
    git(dir, ["add", "--", ...names]);
    const s = snapshot(dir);
    const staged = (await s.staged()).map((e) => e.path).sort();
    expect(staged).toEqual([...names].sort());
    for (const [i, name] of names.entries()) expect((await s.read(name))?.toString()).toBe(`P${i}_PORT=${8000 + i}\n`);
    // The same names looked up one by one (literal pathspecs, no glob or shell interpretation).
    const fresh = snapshot(dir);
    const found = await fresh.entries(names);
    expect([...found.keys()].sort()).toEqual([...names].sort());
    expect(existsSync(path.join(dir, "pwned"))).toBe(false);
  });

  it("sees a project in a subfolder with paths relative to it, and only its files", async () => {
    const dir = repo({ "app/ports.yaml": "version: 1\n", "app/a.env": "A=1\n", "other/b.env": "B=1\n" });
    writeFileSync(path.join(dir, "app/a.env"), "A=2\n");
    writeFileSync(path.join(dir, "other/b.env"), "B=2\n");
    git(dir, ["add", "-A"]);
    const s = snapshot(path.join(dir, "app"));
    expect((await s.staged()).map((e) => e.path)).toEqual(["a.env"]);
    expect((await s.read("a.env"))?.toString()).toBe("A=2\n");
    expect((await s.read("../other/b.env"))?.toString()).toBe("B=2\n");
  });

  it("reads the index named by GIT_INDEX_FILE (git commit <paths> runs hooks on a temporary index)", async () => {
    const dir = repo({ "a.env": "A=1\n" });
    writeFileSync(path.join(dir, "a.env"), "A=2\n");
    const other = path.join(dir, ".git", "other-index");
    execFileSync("git", ["read-tree", "HEAD"], { cwd: dir, env: { ...process.env, GIT_INDEX_FILE: other } });
    execFileSync("git", ["add", "a.env"], { cwd: dir, env: { ...process.env, GIT_INDEX_FILE: other } });
    // The default index has nothing staged; the other one has a.env. A relative value is resolved
    // against the folder the hook runs in.
    expect(await snapshot(dir).staged()).toEqual([]);
    const s = snapshot(dir, { env: { ...process.env, GIT_INDEX_FILE: ".git/other-index" }, cwd: dir });
    expect((await s.staged()).map((e) => e.path)).toEqual(["a.env"]);
    expect((await s.read("a.env"))?.toString()).toBe("A=2\n");
  });
});

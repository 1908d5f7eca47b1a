// The unified diff generator: exact output for small cases, and every diff of many random pairs
// applies cleanly with the real `patch` tool and yields the new text.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/docs/diff.js";

const names = { fromFile: "a/PORTS.md", toFile: "b/PORTS.md" };

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n", names)).toBe("");
  });

  it("writes hunks with three lines of context", () => {
    const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"].join("\n") + "\n";
    const after = before.replace("2\n", "two\n").replace("11\n", "");
    expect(unifiedDiff(before, after, names)).toBe(
      [
        "--- a/PORTS.md",
        "+++ b/PORTS.md",
        "@@ -1,5 +1,5 @@",
        " 1",
        "-2",
        "+two",
        " 3",
        " 4",
        " 5",
        "@@ -8,5 +8,4 @@",
        " 8",
        " 9",
        " 10",
        "-11",
        " 12",
        "",
      ].join("\n"),
    );
  });

  it("merges changes whose context overlaps", () => {
    const before = "a\nb\nc\nd\ne\nf\ng\n";
    const after = "A\nb\nc\nd\ne\nf\nG\n";
    expect(unifiedDiff(before, after, names).split("\n").filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,7 +1,7 @@"]);
  });

  it("follows the conventions for new files, deleted content and missing final newlines", () => {
    expect(unifiedDiff("", "x\ny\n", names)).toBe("--- a/PORTS.md\n+++ b/PORTS.md\n@@ -0,0 +1,2 @@\n+x\n+y\n");
    expect(unifiedDiff("x\n", "", names)).toBe("--- a/PORTS.md\n+++ b/PORTS.md\n@@ -1 +0,0 @@\n-x\n");
    expect(unifiedDiff("x\ny", "x\ny\n", names)).toBe("--- a/PORTS.md\n+++ b/PORTS.md\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
  });
});

describe("unifiedDiff against patch(1)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-diff-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A small deterministic generator: texts that share most lines, like successive port maps.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const words = ["| 8000 | api |", "| 8001 | docs |", "", "## Ranges", "- item", "text", "| 3000 | grafana |"];
  const text = (lines: number) => Array.from({ length: lines }, () => words[Math.floor(random() * words.length)]).join("\n");
  const mutate = (source: string) =>
    source
      .split("\n")
      .flatMap((line) => {
        const r = random();
        if (r < 0.1) return [];
        if (r < 0.2) return [line, words[Math.floor(random() * words.length)]!];
        if (r < 0.27) return [`${line} changed`];
        return [line];
      })
      .join("\n");

  it("produces patches that apply and give the new text", () => {
    for (let round = 0; round < 60; round++) {
      const before = text(Math.floor(random() * 40)) + (random() < 0.8 ? "\n" : "");
      const after = round % 10 === 0 ? text(Math.floor(random() * 40)) + "\n" : mutate(before) + (random() < 0.8 ? "\n" : "");
      const diff = unifiedDiff(before, after, { fromFile: "a/map.md", toFile: "b/map.md" });
      if (before === after) {
        expect(diff).toBe("");
        continue;
      }
      const file = path.join(dir, "map.md");
      writeFileSync(file, before);
      writeFileSync(path.join(dir, "change.diff"), diff);
      execFileSync("patch", ["-s", "-p1", "--no-backup-if-mismatch", "-i", "change.diff"], { cwd: dir });
      expect(readFileSync(file, "utf8"), `round ${round}\n${diff}`).toBe(after);
    }
  });

  it("falls back to replacing everything when texts share nothing, still a valid patch", () => {
    const before = Array.from({ length: 2500 }, (_, i) => `old ${i}`).join("\n") + "\n";
    const after = Array.from({ length: 2500 }, (_, i) => `new ${i}`).join("\n") + "\n";
    const diff = unifiedDiff(before, after, { fromFile: "a/map.md", toFile: "b/map.md" });
    writeFileSync(path.join(dir, "map.md"), before);
    writeFileSync(path.join(dir, "change.diff"), diff);
    execFileSync("patch", ["-s", "-p1", "--no-backup-if-mismatch", "-i", "change.diff"], { cwd: dir });
    expect(readFileSync(path.join(dir, "map.md"), "utf8")).toBe(after);
  });
});

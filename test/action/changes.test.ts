import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import type { Registry, Service } from "../../src/registry/model.js";
import {
  addedLines,
  changedServices,
  changesFromPullFiles,
  filterToChanges,
  parseUnifiedDiff,
  toProjectPaths,
  unquoteGitPath,
  type ChangeSet,
} from "../../src/action/changes.js";
import { gitDiffChanges } from "../../src/action/git-diff.js";
import { git, makeRepo } from "../helpers/temp-repo.js";

const finding = (file: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: "port-mismatch",
  severity: "error",
  message: "m",
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  fingerprint: `${file}:${line}`,
  ...extra,
});

describe("patch hunks", () => {
  it("reads added lines of the new file, merging neighbours", () => {
    const patch = [
      "@@ -1,4 +1,5 @@",
      " services:",
      "   api:",
      "-    ports: [\"8000:8000\"]",
      "+    ports:",
      "+      - \"127.0.0.1:8000:8000\"",
      "   web:",
      "@@ -20,3 +21,4 @@ services:",
      " a",
      " b",
      "+c",
      " d",
      "\\ No newline at end of file",
    ].join("\n");
    expect(addedLines(patch)).toEqual([
      [3, 4],
      [23, 23],
    ]);
  });

  it("handles hunks without counts and pure deletions", () => {
    expect(addedLines("@@ -3 +3 @@\n-old\n+new")).toEqual([[3, 3]]);
    expect(addedLines("@@ -3,2 +2,0 @@\n-gone\n-gone too")).toEqual([]);
  });

  it("takes the API's file list; no patch means every line counts; removed files drop out", () => {
    const changes = changesFromPullFiles([
      { filename: "docker-compose.yml", status: "modified", patch: "@@ -1 +1 @@\n-a\n+b" },
      { filename: "logo.png", status: "added" },
      { filename: "old.env", status: "removed", patch: "@@ -1 +0,0 @@\n-X_PORT=1" },
    ]);
    expect([...changes]).toEqual([
      ["docker-compose.yml", [[1, 1]]],
      ["logo.png", "all"],
    ]);
  });
});

describe("git diff output", () => {
  it("unquotes C-style quoted names", () => {
    expect(unquoteGitPath('"b/q\\"uote\\t.txt"')).toBe('b/q"uote\t.txt');
    expect(unquoteGitPath('"b/\\303\\251.env"')).toBe("b/é.env");
    expect(unquoteGitPath("b/plain")).toBe("b/plain");
  });

  it("parses real git diff output including spaces, quotes, renames and deletions", () => {
    const repo = makeRepo({ "a.env": "A_PORT=1\n", "gone.env": "X=1\n", "moved.yml": "x: 1\n" });
    try {
      const base = git(repo.dir, ["rev-parse", "HEAD"]).trim();
      execFileSync("sh", ["-c", 'printf "A_PORT=2\\nB_PORT=3\\n" > a.env && printf "x\\n" > "sp ace.env" && printf "y\\n" > \'q"uote.env\' && rm gone.env && git mv moved.yml renamed.yml'], { cwd: repo.dir });
      git(repo.dir, ["add", "-A"]);
      git(repo.dir, ["commit", "-q", "-m", "change"]);
      const head = git(repo.dir, ["rev-parse", "HEAD"]).trim();
      const diff = git(repo.dir, ["-c", "core.quotePath=false", "diff", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", base, head]);
      const changes = parseUnifiedDiff(diff);
      expect(changes.get("a.env")).toEqual([[1, 2]]);
      expect(changes.get("sp ace.env")).toEqual([[1, 1]]);
      expect(changes.get('q"uote.env')).toEqual([[1, 1]]);
      expect(changes.get("renamed.yml")).toEqual([]);
      expect(changes.has("gone.env")).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it("gitDiffChanges compares a pull request's base and head relative to the project folder", async () => {
    const repo = makeRepo({ "svc/ports.yaml": "version: 1\n", "svc/.env": "A=1\n", "other/.env": "B=1\n" });
    try {
      const base = git(repo.dir, ["rev-parse", "HEAD"]).trim();
      execFileSync("sh", ["-c", "printf 'A=1\\nA_PORT=8000\\n' > svc/.env && printf 'B=2\\n' > other/.env"], { cwd: repo.dir });
      git(repo.dir, ["commit", "-q", "-am", "change"]);
      const head = git(repo.dir, ["rev-parse", "HEAD"]).trim();
      const changes = await gitDiffChanges(`${repo.dir}/svc`, base, head);
      expect([...changes]).toEqual([[".env", [[2, 2]]]]);
      await expect(gitDiffChanges(repo.dir, "--output=/tmp/x", head)).rejects.toThrow(/not a commit id/);
    } finally {
      repo.cleanup();
    }
  });
});

describe("scoping findings to a change", () => {
  const changes: ChangeSet = new Map<string, [number, number][] | "all">([
    ["docker-compose.yml", [[10, 12]]],
    ["web/Dockerfile", "all"],
    ["ports.yaml", [[40, 40]]],
  ]);
  const findings = [
    finding("docker-compose.yml", 11),
    finding("docker-compose.yml", 30),
    finding("web/Dockerfile", 2),
    finding(".env", 1),
    finding("ports.yaml", 5),
    finding("README.md", 7, { service: "db" }),
  ];

  it("lines mode keeps findings on changed lines", () => {
    const kept = filterToChanges(findings, { changes: new Map([...changes].filter(([f]) => f !== "ports.yaml")), mode: "lines", registryFiles: ["ports.yaml"], services: new Set() });
    expect(kept.map((f) => `${f.file}:${f.line}`)).toEqual(["docker-compose.yml:11", "web/Dockerfile:2"]);
  });

  it("files mode keeps findings anywhere in changed files", () => {
    const kept = filterToChanges(findings, { changes: new Map([...changes].filter(([f]) => f !== "ports.yaml")), mode: "files", registryFiles: ["ports.yaml"], services: new Set() });
    expect(kept.map((f) => `${f.file}:${f.line}`)).toEqual(["docker-compose.yml:11", "docker-compose.yml:30", "web/Dockerfile:2"]);
  });

  it("every registry finding counts when the registry changed, and every finding about a service whose declaration changed", () => {
    const kept = filterToChanges(findings, { changes, mode: "lines", registryFiles: ["ports.yaml"], services: new Set(["db"]) });
    expect(kept.map((f) => `${f.file}:${f.line}`)).toEqual(["docker-compose.yml:11", "web/Dockerfile:2", "ports.yaml:5", "README.md:7"]);
  });

  it("finds services whose name or port line changed", () => {
    const at = (line: number) => ({ file: "ports.yaml", line, column: 3, endLine: line, endColumn: 8 });
    const service = (name: string, line: number, portLine: number) => ({ name, at: at(line), portAt: at(portLine) }) as unknown as Service;
    const registry = { services: [service("api", 8, 9), service("db", 38, 40), service("web", 50, 51)] } as unknown as Registry;
    expect([...changedServices(registry, changes)]).toEqual(["db"]);
  });

  it("maps repository paths into the project folder", () => {
    const repoChanges: ChangeSet = new Map([
      ["svc/a.env", [[1, 1]]],
      ["svcx/b.env", [[1, 1]]],
      ["c.env", "all"],
    ]);
    expect([...toProjectPaths(repoChanges, "svc").keys()]).toEqual(["a.env"]);
    expect([...toProjectPaths(repoChanges, "").keys()]).toEqual(["svc/a.env", "svcx/b.env", "c.env"]);
  });
});

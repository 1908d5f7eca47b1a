// What a pull request changed, as lines of the new files (from the API's patches or `git diff`),
// and which findings fall on those changes.

import type { Finding } from "../engine/types.js";
import type { Registry } from "../registry/model.js";

/** Inclusive range of line numbers in the new version of a file. */
export type LineRange = readonly [number, number];

/** Changed lines per file; `"all"` when the lines are unknown (binary, patch too large). */
export type ChangeSet = Map<string, LineRange[] | "all">;

export type OnlyChanged = "lines" | "files" | "false";

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Added or modified lines of a unified-diff patch, merged into ranges. */
export function addedLines(patch: string): LineRange[] {
  const ranges: Array<[number, number]> = [];
  const add = (line: number) => {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  };
  let next = 0;
  let inHunk = false;
  for (const raw of patch.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === "+") add(next++);
    else if (mark === " ") next++;
    else if (mark === "-" || mark === "\\") continue;
    else if (line === "") next++; // some tools strip the space of an empty context line
    else inHunk = false;
  }
  return ranges;
}

/** One entry of `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`. */
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

export function changesFromPullFiles(files: readonly PullFile[]): ChangeSet {
  const changes: ChangeSet = new Map();
  for (const file of files) {
    if (file.status === "removed") continue;
    // The API leaves `patch` out for binary files and very large diffs: treat every line as changed.
    changes.set(file.filename, file.patch === undefined ? "all" : addedLines(file.patch));
  }
  return changes;
}

/** Undoes git's C-style quoting of unusual path names (`"a\tb"`, `"\303\251"`). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const body = text.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function stripPrefix(name: string, prefix: string): string | undefined {
  const unquoted = unquoteGitPath(name.replace(/\t$/, ""));
  if (unquoted === "/dev/null") return undefined;
  return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}

/**
 * Changed lines from `git diff --unified=0 --src-prefix=a/ --dst-prefix=b/` output (the fallback
 * when a pull request has more files than the API lists).
 */
export function parseUnifiedDiff(diff: string): ChangeSet {
  const changes: ChangeSet = new Map();
  let current: string | undefined;
  let patch: string[] = [];
  const flush = () => {
    if (current !== undefined) changes.set(current, addedLines(patch.join("\n")));
    current = undefined;
    patch = [];
  };
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      flush();
    } else if (line.startsWith("+++ ")) {
      current = stripPrefix(line.slice(4), "b/");
    } else if (line.startsWith("rename to ") && current === undefined) {
      // A pure rename has no hunks: the file still changed.
      changes.set(unquoteGitPath(line.slice("rename to ".length)), []);
    } else if (current !== undefined) {
      patch.push(line);
    }
  }
  flush();
  return changes;
}

/** Repository-relative paths → paths relative to the project folder; files outside it dropped. */
export function toProjectPaths(changes: ChangeSet, pathPrefix: string): ChangeSet {
  const prefix = pathPrefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
  if (prefix === "") return changes;
  const out: ChangeSet = new Map();
  for (const [file, lines] of changes) {
    if (file.startsWith(`${prefix}/`)) out.set(file.slice(prefix.length + 1), lines);
  }
  return out;
}

function overlaps(lines: LineRange[] | "all" | undefined, from: number, to: number): boolean {
  if (lines === undefined) return false;
  if (lines === "all") return true;
  return lines.some(([start, end]) => start <= to && end >= from);
}

export function onChangedLine(finding: Finding, changes: ChangeSet): boolean {
  return overlaps(changes.get(finding.file), finding.line, Math.max(finding.line, finding.endLine));
}

export function inChangedFile(finding: Finding, changes: ChangeSet): boolean {
  return changes.has(finding.file);
}

/** Services whose declaration (name or port line) the change touches. */
export function changedServices(registry: Registry, changes: ChangeSet): Set<string> {
  const names = new Set<string>();
  for (const service of registry.services) {
    const lines = changes.get(service.at.file);
    if (overlaps(lines, service.at.line, service.at.line) || overlaps(changes.get(service.portAt.file), service.portAt.line, service.portAt.line)) {
      names.add(service.name);
    }
  }
  return names;
}

export interface ChangeScope {
  changes: ChangeSet;
  mode: Exclude<OnlyChanged, "false">;
  /** The registry's files (ports.yaml and what it extends), project-relative. */
  registryFiles: readonly string[];
  /** Services whose declaration changed: their findings anywhere are the change's doing. */
  services: ReadonlySet<string>;
}

/**
 * The findings a pull request is answerable for: on the lines (or in the files) it changed;
 * every finding inside the registry when the registry changed; and every finding about a service
 * whose declaration it changed (moving a port in ports.yaml breaks the compose file that still
 * uses the old one).
 */
export function filterToChanges(findings: readonly Finding[], scope: ChangeScope): Finding[] {
  const registryChanged = scope.registryFiles.some((file) => scope.changes.has(file));
  const registryFiles = new Set(scope.registryFiles);
  return findings.filter((finding) => {
    if (registryChanged && registryFiles.has(finding.file)) return true;
    if (finding.service !== undefined && scope.services.has(finding.service)) return true;
    return scope.mode === "files" ? inChangedFile(finding, scope.changes) : onChangedLine(finding, scope.changes);
  });
}

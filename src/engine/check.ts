// The pipeline: discover → classify → scan → attribute → rules → suppress → findings.

import path from "node:path";
import { readFile } from "node:fs/promises";
import { findConfig, loadRegistry } from "../registry/load.js";
import { ConfigError, type Registry } from "../registry/model.js";
import { didYouMean } from "../registry/suggest.js";
import { classify } from "../scan/scanners/index.js";
import { ignoreMatcher, workingTreeSource, type FileSource } from "../scan/discover.js";
import type { PortRef, ScanProblem, ScanResult } from "../scan/types.js";
import { rules as ruleCatalog } from "../rules/index.js";
import { attributeRefs } from "./attribute.js";
import { loadBaseline } from "./baseline.js";
import { compareFindings, runRules } from "./run-rules.js";
import { isSuppressed, parseSuppressions, type Suppressions } from "./suppress.js";
import { decodeUtf8, LineIndex, looksBinary } from "./text.js";
import type { AttributedRef, Finding, ScannedFile } from "./types.js";

export type { FileSource } from "../scan/discover.js";

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface CheckOptions {
  /** Absolute repository (or project) root. */
  root: string;
  /** ports.yaml path, absolute or relative to root; default: found in root. */
  config?: string;
  /** An already loaded registry (the staged one, for instance); `config` is then ignored. */
  registry?: Registry;
  /** Report only findings in these repository-relative files or folders. */
  only?: readonly string[];
  /** Where files come from; default: the working tree. */
  source?: FileSource;
  /** Files larger than this are skipped with a notice. */
  maxFileSize?: number;
  /** Baseline file: findings whose fingerprint it lists are not reported. */
  baseline?: string;
  /** Let `extends` read files outside the repository. */
  allowOutside?: boolean;
  /** Token for `github:` extends sources (default: GITHUB_TOKEN); never printed. */
  githubToken?: string;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  filesScanned: number;
  durationMs: number;
}

export interface CheckResult {
  registry: Registry;
  findings: Finding[];
  refs: AttributedRef[];
  files: ScannedFile[];
  notices: string[];
  summary: CheckSummary;
  /** Findings dropped by a baseline. */
  baselined: number;
}

const READ_CONCURRENCY = 32;

/** Resolves and loads the registry for `root`, or throws a ConfigError saying how to create one. */
export async function resolveRegistry(
  root: string,
  config?: string,
  allowOutside = false,
  githubToken?: string,
): Promise<Registry> {
  const configPath = config ? path.resolve(root, config) : findConfig(root);
  if (!configPath) {
    throw new ConfigError("no ports.yaml found; create one (portcullis init --write) or pass --config", root);
  }
  return loadRegistry(configPath, { root, allowOutside, ...(githubToken !== undefined ? { githubToken } : {}) });
}

interface FileText {
  /** The text of the lines findings can point at (every line, for registry files). */
  line(n: number): string;
  suppressions: Suppressions;
}

function wholeText(text: string): FileText {
  const lines = new LineIndex(text);
  return { line: (n) => lines.line(n), suppressions: parseSuppressions(text) };
}

/**
 * Keeps only the lines a finding about this file can point at: those of its refs, problems and
 * defined variables, and line 1. Holding every scanned file's text until the rules ran made a
 * large repository's check several times heavier than its files.
 */
function retainedText(text: string, result: ScanResult): FileText {
  const wanted = new Set<number>([1]);
  for (const ref of result.refs) wanted.add(ref.line);
  for (const problem of result.problems) wanted.add(problem.line);
  for (const variable of result.definedVars ?? []) wanted.add(variable.line);
  if (result.portMap) wanted.add(result.portMap.line);
  const kept = new Map<number, string>();
  let line = 1;
  let start = 0;
  while (start <= text.length && kept.size < wanted.size) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (wanted.has(line)) kept.set(line, text.slice(start, text[end - 1] === "\r" ? end - 1 : end));
    start = end + 1;
    line++;
  }
  return { line: (n) => kept.get(n) ?? "", suppressions: parseSuppressions(text) };
}

function summarise(kind: string, files: string[]): string {
  const shown = files.slice(0, 5).join(", ");
  const more = files.length > 5 ? ` and ${files.length - 5} more` : "";
  return `skipped ${files.length} ${kind}: ${shown}${more}`;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  const registry = options.registry ?? (await resolveRegistry(root, options.config, options.allowOutside, options.githubToken));
  const source = options.source ?? workingTreeSource(root);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const ignored = ignoreMatcher(registry.ignore);

  const candidates = (await source.list())
    .filter((file) => !ignored(file))
    .map((file) => ({ file, scanner: classify(file) }))
    .filter((entry) => entry.scanner !== undefined);

  const texts = new Map<string, FileText>();
  // The registry's own text, for fingerprints and suppression comments in ports.yaml.
  let registryText: string | undefined;
  for (const file of registry.sources) {
    const text = await readText(source, root, file);
    if (file === registry.file) registryText = text;
    if (text !== undefined) texts.set(file, wholeText(text));
  }
  assertKnownRules(registry, registryText);
  const files: ScannedFile[] = [];
  const refs: PortRef[] = [];
  const problems: ScanProblem[] = [];
  const binary: string[] = [];
  const oversized: string[] = [];

  let next = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const { file, scanner } = candidates[next++]!;
      const size = source.size ? await source.size(file) : undefined;
      if (size !== undefined && size > maxFileSize) {
        oversized.push(file);
        continue;
      }
      const bytes = await source.read(file);
      if (!bytes) continue;
      if (bytes.length > maxFileSize) {
        oversized.push(file);
        continue;
      }
      if (looksBinary(bytes)) {
        binary.push(file);
        continue;
      }
      const decoded = decodeUtf8(bytes);
      if (!decoded.ok) {
        const at = { file, line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column + 1 };
        problems.push({ ...at, kind: "parse-error", message: `${file} is not valid UTF-8 (first invalid byte here)` });
        continue;
      }
      const text = decoded.text;
      const result = scanner!.scan(file, text);
      if (!texts.has(file)) texts.set(file, retainedText(text, result));
      files.push({ path: file, scanner: scanner!.id, result });
      refs.push(...result.refs);
      problems.push(...result.problems);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  refs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);


  const attributed = attributeRefs(refs, registry);
  const raw = runRules(
    { registry, refs: attributed, problems, files },
    {
      rules: ruleCatalog,
      levels: registry.rules,
      lineText: (file, line) => texts.get(file)?.line(line) ?? "",
    },
  );

  const inScope = scopeFilter(options.only);
  const baseline = options.baseline ? await loadBaseline(path.resolve(root, options.baseline)) : undefined;
  let baselined = 0;
  const findings = raw
    .filter((f) => !isSuppressed(texts.get(f.file)?.suppressions, f.ruleId, f.line))
    .filter((f) => inScope(f.file))
    .filter((f) => {
      if (!baseline?.has(f.fingerprint)) return true;
      baselined++;
      return false;
    })
    .sort(compareFindings);

  const notices: string[] = [];
  if (binary.length > 0) notices.push(summarise("binary files", binary.sort()));
  if (oversized.length > 0) {
    notices.push(summarise(`files over ${Math.round(maxFileSize / 1024)} KiB (raise with --max-file-size)`, oversized.sort()));
  }

  return {
    registry,
    findings,
    refs: attributed,
    files,
    notices,
    baselined,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
      filesScanned: files.length,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

async function readText(source: FileSource, root: string, file: string): Promise<string | undefined> {
  const bytes = (await source.read(file)) ?? (await readFile(path.join(root, file)).catch(() => undefined));
  return bytes?.toString("utf8");
}

/** A file is in scope when it is, or lies under, one of the given paths (all, when none given). */
function scopeFilter(only: readonly string[] | undefined): (file: string) => boolean {
  if (!only) return () => true;
  const entries = only.map((entry) => entry.replace(/\/+$/, ""));
  return (file) => entries.some((entry) => entry === "" || entry === "." || file === entry || file.startsWith(`${entry}/`));
}

/** A misspelt rule id under `rules:` would silently configure nothing: refuse it, as ESLint does. */
function assertKnownRules(registry: Registry, text: string | undefined): void {
  for (const id of Object.keys(registry.rules)) {
    if (ruleCatalog.has(id)) continue;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const lines = text?.split(/\r?\n/) ?? [];
    const index = lines.findIndex((line) => new RegExp(`^\\s+["']?${escaped}["']?\\s*:`).test(line));
    const column = index >= 0 ? lines[index]!.search(/\S/) + 1 : undefined;
    throw new ConfigError(
      `unknown rule "${id}" in rules${didYouMean(id, ruleCatalog.keys())}`,
      registry.file,
      index >= 0 ? index + 1 : undefined,
      column,
    );
  }
}

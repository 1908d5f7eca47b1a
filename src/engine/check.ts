// The pipeline: discover → classify → scan → attribute → rules → suppress → findings.

import path from "node:path";
import { readFile } from "node:fs/promises";
import { readTextFromDisk } from "../registry/extends.js";
import { findConfig, loadRegistry } from "../registry/load.js";
import { loadRegistryCached } from "../scan/registry-cache.js";
import { ConfigError, type Registry } from "../registry/model.js";
import { didYouMean } from "../registry/suggest.js";
import { classify } from "../scan/scanners/index.js";
import {
  ignoreMatcher,
  listWorkingTree,
  workingTreeRoot,
  workingTreeSource,
  type FileSource,
  type WorkingTreeListing,
} from "../scan/discover.js";
import type { PortRef, ScanProblem } from "../scan/types.js";
import { rules as ruleCatalog } from "../rules/index.js";
import { attributeRefs } from "./attribute.js";
import { loadBaseline } from "./baseline.js";
import { compareFindings, runRules } from "./run-rules.js";
import { scanBytes, type FileOutcome } from "./scan-file.js";
import { linesLeftInCache, ScanCache, type ScanCacheOptions } from "./scan-cache.js";
import { ScanPool, scanOrReuse, scanThreads, scratchBuffer, type Candidate } from "./scan-pool.js";
import { isSuppressed, parseSuppressions, type Suppressions } from "./suppress.js";
import { LineIndex } from "./text.js";
import type { AttributedRef, Finding, ScannedFile, Suppressed } from "./types.js";
import { defaultScanWorkers, type ScanWorkers } from "./worker-entry.js";

export type { FileSource } from "../scan/discover.js";
export type { ScanWorkers } from "./worker-entry.js";

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
  /**
   * Scan a large working tree on worker threads running this script (see worker-entry.ts); `false`
   * scans in the calling thread. Default: what the CLI or Action entry enabled, else the calling thread.
   */
  workers?: ScanWorkers | false;
  /**
   * Reuse what scanning each unchanged working-tree file gave last time (see scan-cache.ts);
   * default: no cache. Results are the same with and without it.
   */
  cache?: ScanCacheOptions | false;
  /** Answer the registry from the loaded-registry cache in this folder (scan/registry-cache.ts); default: none. */
  registryCache?: string;
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
  /** Whether an inline comment suppresses a rule at a line: what the port map's diagram leaves out. */
  suppressed: Suppressed;
  files: ScannedFile[];
  notices: string[];
  summary: CheckSummary;
  /** Findings dropped by a baseline. */
  baselined: number;
  /** With a scan cache: files whose stored outcome was reused, and files scanned. */
  cacheStats?: { reused: number; byBlob: number; scanned: number };
}

/** The files to scan, and the stored outcomes of the others (see scan-cache.ts). */
interface Listed {
  files: string[];
  reused: FileOutcome[];
}

const READ_CONCURRENCY = 32;
const MIN_FILES_FOR_WORKERS = 2000;

/** Resolves and loads the registry for `root`, or throws a ConfigError saying how to create one. */
export async function resolveRegistry(
  root: string,
  config?: string,
  allowOutside = false,
  githubToken?: string,
  /** Folder of the loaded-registry cache (scan/registry-cache.ts); none by default. */
  cacheDir?: string,
): Promise<Registry> {
  const configPath = config ? path.resolve(root, config) : findConfig(root);
  if (!configPath) {
    throw new ConfigError("no ports.yaml found; create one (portcullis init --write) or pass --config", root);
  }
  const options = { root, allowOutside, ...(githubToken !== undefined ? { githubToken } : {}) };
  return cacheDir ? loadRegistryCached(configPath, { ...options, readText: readTextFromDisk, cacheDir }) : loadRegistry(configPath, options);
}

interface FileText {
  /** The text of the lines findings can point at (every line, for registry files). */
  line(n: number): string;
  suppressions: Suppressions | undefined;
}

function wholeText(text: string): FileText {
  const lines = new LineIndex(text);
  return { line: (n) => lines.line(n), suppressions: parseSuppressions(text) };
}

/** Only the kept lines of a scanned file (scan-file.ts says which). */
function keptText(lines: Array<[number, string]>, suppressions: Suppressions | undefined): FileText {
  if (lines.length === 1) {
    const [only, text] = lines[0]!;
    return { line: (n) => (n === only ? text : ""), suppressions };
  }
  const kept = new Map(lines);
  return { line: (n) => kept.get(n) ?? "", suppressions };
}

function summarise(kind: string, files: string[]): string {
  const shown = files.slice(0, 5).join(", ");
  const more = files.length > 5 ? ` and ${files.length - 5} more` : "";
  return `skipped ${files.length} ${kind}: ${shown}${more}`;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  const source = options.source ?? workingTreeSource(root);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Listing runs while the registry loads; worker threads, when the tree is large enough for
  // them to pay, start loading as soon as the listing is known.
  const treeRoot = workingTreeRoot(source);
  const workers = options.workers === undefined ? defaultScanWorkers() : options.workers || undefined;
  let pool: ScanPool | undefined;
  const useCache = options.cache && treeRoot !== undefined;
  const listing: Promise<WorkingTreeListing> = useCache ? listWorkingTree(treeRoot) : source.list().then((files) => ({ files }));
  // Read while git lists the files.
  const cache = useCache ? ScanCache.open(options.cache as ScanCacheOptions, treeRoot, maxFileSize) : undefined;
  const scanning = listing.then(({ files, ids }): Listed => {
    // Files git vouches for whose outcome is stored need nothing read: only the rest is scanned.
    const reused: FileOutcome[] = [];
    let toScan = files;
    if (cache) {
      toScan = [];
      for (let i = 0; i < files.length; i++) {
        const outcome = cache.reuseBlob(files[i]!, ids?.[i] ?? "");
        if (outcome) reused.push(outcome);
        else toScan.push(files[i]!);
      }
    }
    if (workers && treeRoot !== undefined && toScan.length >= (workers.minFiles ?? MIN_FILES_FOR_WORKERS) && scanThreads(workers) > 0) {
      // The workers start on the files now; what the registry's `ignore` drops is dropped later.
      pool = new ScanPool(treeRoot, maxFileSize, workers, cache);
      const ignoredAlways = ignoreMatcher([]);
      pool.start(toScan.filter((file) => !ignoredAlways(file)));
    }
    return { files: toScan, reused };
  });
  scanning.catch(() => {}); // a registry error is reported first; the listing's own error below
  try {
    const result = await checkListed(options, root, source, maxFileSize, started, scanning, () => pool, cache);
    if (cache) {
      cache.save();
      result.cacheStats = { ...cache.stats };
    }
    return result;
  } finally {
    pool?.close();
  }
}

async function checkListed(
  options: CheckOptions,
  root: string,
  source: FileSource,
  maxFileSize: number,
  started: number,
  listing: Promise<Listed>,
  scanPool: () => ScanPool | undefined,
  cache: ScanCache | undefined,
): Promise<CheckResult> {
  const registry =
    options.registry ?? (await resolveRegistry(root, options.config, options.allowOutside, options.githubToken, options.registryCache));
  const ignored = ignoreMatcher(registry.ignore);
  const { files: listed, reused } = await listing;
  const pool = scanPool();
  // With a pool, each thread classifies the files it takes.
  const candidates: Candidate[] = [];
  if (!pool) {
    for (const file of listed) {
      if (ignored(file)) continue;
      const scanner = classify(file);
      if (scanner) candidates.push({ file, scanner });
    }
  }

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

  const accept = (outcome: FileOutcome): void => {
    if (outcome.kind !== "unreadable") cache?.record(outcome);
    switch (outcome.kind) {
      case "scanned": {
        const { file, result } = outcome;
        if (!texts.has(file) && !linesLeftInCache(outcome)) texts.set(file, keptText(outcome.lines, outcome.suppressions));
        files.push({ path: file, scanner: outcome.scanner, result });
        for (const ref of result.refs) refs.push(ref);
        for (const problem of result.problems) problems.push(problem);
        break;
      }
      case "binary":
        binary.push(outcome.file);
        break;
      case "oversized":
        oversized.push(outcome.file);
        break;
      case "undecodable":
        problems.push(outcome.problem);
        break;
      case "unreadable":
        break;
    }
  };

  for (const outcome of reused) if (!ignored(outcome.file)) accept(outcome);
  const treeRoot = workingTreeRoot(source);
  if (pool) {
    await pool.run((file) => !ignored(file), accept);
  } else if (treeRoot !== undefined) {
    // The working tree read synchronously into one reused buffer: nothing to wait for, little to collect.
    const scratch = scratchBuffer(maxFileSize);
    for (const { file, scanner } of candidates) accept(scanOrReuse(treeRoot, file, scanner, maxFileSize, scratch, cache));
  } else {
    await scanSource(source, candidates, maxFileSize, accept);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  refs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
  // Files finish in any order (on worker threads); the sort is stable, so each file's problems
  // keep their own order.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const attributed = attributeRefs(refs, registry);
  const suppressed: Suppressed = (ruleId, file, line) => isSuppressed(texts.get(file)?.suppressions, ruleId, line);
  const raw = runRules(
    { registry, refs: attributed, problems, files, suppressed },
    {
      rules: ruleCatalog,
      levels: registry.rules,
      // A file reused from the scan cache that gave nothing keeps its line 1 there.
      lineText: (file, line) => texts.get(file)?.line(line) ?? (line === 1 && cache ? cache.firstLine(file) : ""),
    },
  );

  const inScope = scopeFilter(options.only);
  const baseline = options.baseline ? await loadBaseline(path.resolve(root, options.baseline)) : undefined;
  let baselined = 0;
  const findings = raw
    .filter((f) => !suppressed(f.ruleId, f.file, f.line))
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
    suppressed,
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

/** Any other source: reads with a bounded concurrency (a source may be asynchronous for real). */
async function scanSource(source: FileSource, candidates: readonly Candidate[], maxFileSize: number, accept: (outcome: FileOutcome) => void): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const { file, scanner } = candidates[next++]!;
      let bytes: Buffer | undefined;
      if (source.readBounded) {
        const read = await source.readBounded(file, maxFileSize);
        if (read !== undefined && !Buffer.isBuffer(read)) {
          accept({ kind: "oversized", file });
          continue;
        }
        bytes = read;
      } else {
        const size = source.size ? await source.size(file) : undefined;
        if (size !== undefined && size > maxFileSize) {
          accept({ kind: "oversized", file });
          continue;
        }
        bytes = await source.read(file);
      }
      if (!bytes) continue;
      if (bytes.length > maxFileSize) {
        accept({ kind: "oversized", file });
        continue;
      }
      accept(scanBytes(file, scanner, bytes));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));
}

async function readText(source: FileSource, root: string, file: string): Promise<string | undefined> {
  const bytes = (await source.read(file)) ?? (await readFile(path.join(root, file)).catch(() => undefined));
  return bytes?.toString("utf8");
}

/** A file is in scope when it is, or lies under, one of the given paths (all, when none given). */
export function scopeFilter(only: readonly string[] | undefined): (file: string) => boolean {
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

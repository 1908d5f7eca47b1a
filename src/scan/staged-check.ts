// `check --staged`: the engine run on staged content, reading from the index only the context the
// rules need, and reporting findings in staged files (plus what a staged registry makes stale).

import path from "node:path";
import { check, scopeFilter, type CheckOptions, type CheckResult } from "../engine/check.js";
import { GENERATED_MARK } from "../docs/markers.js";
import type { Finding } from "../engine/types.js";
import { loadRegistryCached, registryCacheDir } from "./registry-cache.js";
import { classify, scanners } from "./scanners/index.js";
import { isRegularFile, stagedSnapshot, type IndexSnapshot } from "./staged.js";

export interface StagedCheckOptions extends Omit<CheckOptions, "source" | "only" | "config"> {
  /** Absolute path of the root ports.yaml (its staged content is used). */
  config: string;
  /** Restrict the check to staged files inside these repository-relative files or folders. */
  paths?: readonly string[];
  /** Environment of the git subprocesses (a hook's GIT_INDEX_FILE, say); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Folder relative GIT_* variables are relative to; default process.cwd(). */
  cwd?: string;
  /**
   * The index of `root`, already opened (so git ran while the engine loaded); closed when done.
   * Should prefetch the registry file and the port map (IndexSnapshot's `prefetch`).
   */
  snapshot?: IndexSnapshot;
}

export interface StagedCheckResult extends Pick<CheckResult, "findings" | "notices" | "summary" | "baselined"> {
  /** The staged files considered (after `paths`), relative to root. */
  staged: string[];
  /** Staged text of a file the check read, for code frames. */
  readSource(file: string): string | undefined;
}

/**
 * `check --staged`: judges the staged content of staged files, reading from the index only what
 * the rules need. Context on top of the staged files:
 * - a staged compose file brings the compose files that could publish one of its host ports
 *   (port-conflict across files) and the `.env` beside it (what compose interpolates from);
 * - a staged registry file (ports.yaml or one it extends) when the repository has a port map,
 *   or a staged file holding one, brings the whole index: the map lists where every port is
 *   configured, so it can only be judged current against every file's refs. Such a commit costs
 *   as much as a full check.
 * Findings are reported in staged files, plus `docs-drift` in port maps when the registry is staged.
 * A rule that compares files with each other must be reflected here.
 */
export async function checkStaged(options: StagedCheckOptions): Promise<StagedCheckResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  if (options.snapshot && options.snapshot.root !== root) throw new Error(`index snapshot of ${options.snapshot.root}, not ${root}`);
  const snapshot =
    options.snapshot ??
    stagedSnapshot(root, options.config, {
      ...(options.env ? { env: options.env } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
  try {
    const inPaths = scopeFilter(options.paths);
    const staged = (await snapshot.staged()).map((entry) => entry.path).filter(inPaths);
    const empty = (): StagedCheckResult => ({
      findings: [],
      notices: [],
      baselined: 0,
      staged,
      readSource: (file) => snapshot.textOf(file),
      summary: { errors: 0, warnings: 0, infos: 0, filesScanned: 0, durationMs: Math.round(performance.now() - started) },
    });
    if (staged.length === 0) return empty();

    const registry =
      options.registry ??
      (await loadRegistryCached(options.config, {
        root,
        allowOutside: options.allowOutside ?? false,
        readText: snapshot.readText,
        cacheDir: registryCacheDir(options.env),
      }));
    const stagedSet = new Set(staged);
    const registryStaged = registry.sources.some((file) => stagedSet.has(file));
    if (!registryStaged && !staged.some((file) => classify(file) !== undefined)) return empty();

    const common = {
      root,
      registry,
      ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
      ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
    };
    const finish = (result: CheckResult, findings: Finding[]): StagedCheckResult => ({
      findings,
      notices: result.notices,
      baselined: result.baselined,
      staged,
      readSource: (file) => snapshot.textOf(file),
      summary: {
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
        infos: findings.filter((f) => f.severity === "info").length,
        filesScanned: result.summary.filesScanned,
        durationMs: Math.round(performance.now() - started),
      },
    });

    // A staged registry makes every port map's "where each port is configured" list suspect.
    const judgeMaps = registryStaged && (await portMapFiles(snapshot)).length > 0;
    if (!judgeMaps) {
      const files = await lazyContext(snapshot, staged);
      const result = await check({ ...common, source: snapshot.source(files), only: staged });
      const holdsMap = result.files.some((file) => stagedSet.has(file.path) && file.result.portMap);
      if (!holdsMap) return finish(result, result.findings);
    }

    const everything = (await snapshot.all()).filter(isRegularFile).map((entry) => entry.path);
    const result = await check({ ...common, source: snapshot.source(everything) });
    const maps = new Set(result.files.filter((file) => file.result.portMap).map((file) => file.path));
    const findings = result.findings.filter(
      (f) => stagedSet.has(f.file) || (registryStaged && f.ruleId === "docs-drift" && maps.has(f.file)),
    );
    return finish(result, findings);
  } finally {
    snapshot.close();
  }
}

/**
 * Files that may hold a port map: a generated file starts with GENERATED_MARK, an embedded map
 * sits after a `portcullis:begin` marker. Found by text in Markdown, without parsing or reading
 * every file here: when there is none, a staged registry needs no whole-index scan.
 */
function portMapFiles(snapshot: IndexSnapshot): Promise<string[]> {
  return snapshot.grep(["portcullis:begin", GENERATED_MARK], [":(icase)*.md", ":(icase)*.markdown"]);
}

/**
 * The staged files plus what port-conflict needs to judge a staged compose file: the other
 * compose files that could publish one of its host ports (and the `.env` beside it). Parsing every
 * compose file of a large repository would cost more than the whole hook may take, so a context
 * file is read as text first and parsed only when it could hold a clashing port (see mayPublish).
 */
async function lazyContext(snapshot: IndexSnapshot, staged: readonly string[]): Promise<string[]> {
  const composeScanners = scanners.filter((scanner) => scanner.family === "compose");
  const isCompose = (file: string) => composeScanners.some((scanner) => scanner.matches(file));
  const stagedCompose = staged.filter(isCompose);
  if (stagedCompose.length === 0) return [...staged];
  const envBeside = new Set(stagedCompose.map((file) => path.posix.join(path.posix.dirname(file), ".env")));
  const context = (await snapshot.contextEntries()).filter(isRegularFile).map((entry) => entry.path);
  const files = [...staged, ...context.filter((file) => envBeside.has(file))];

  const stagedSet = new Set(staged);
  const others = context.filter((file) => isCompose(file) && !stagedSet.has(file));
  // All reads go out together; the staged files are parsed while the others arrive.
  const pending = Promise.all(others.map((file) => snapshot.read(file)));
  pending.catch(() => undefined); // awaited below, or not needed after all
  const stagedTexts = await Promise.all(stagedCompose.map((file) => snapshot.read(file)));
  const published: Array<[number, number]> = [];
  stagedCompose.forEach((file, i) => {
    const text = stagedTexts[i]?.toString("utf8");
    if (text === undefined) return;
    for (const ref of composeScanners.find((scanner) => scanner.matches(file))!.scan(file, text).refs) {
      if (ref.kind === "publish") published.push([ref.port, ref.portEnd ?? ref.port]);
    }
  });
  if (published.length === 0) return files;
  const texts = await pending;
  others.forEach((file, i) => {
    const text = texts[i]?.toString("utf8");
    if (text !== undefined && mayPublish(text, published)) files.push(file);
  });
  return files;
}

/** Numbers written other than as plain decimals: YAML hex/octal/float literals, escapes in quoted strings. */
const ENCODED_NUMBER = /0[xo][0-9a-f]|\\|\d[eE][+-]?\d|\.inf\b/i;
const NUMBER_OR_RANGE = /(\d+)(?:\s*-\s*(\d+))?/g;
const RANGE = /\d\s*-\s*\d/;

/**
 * Could a compose file's text publish a port inside one of `intervals`? Scanners are pure, so
 * every port a file yields is written in it: as a decimal (a literal, a `${VAR:-8000}` default,
 * either end of a `8000-8010` range) or in an encoding this test treats as "maybe". Erring
 * towards yes only costs a parse.
 */
export function mayPublish(text: string, intervals: ReadonlyArray<readonly [number, number]>): boolean {
  if (ENCODED_NUMBER.test(text)) return true;
  // Most files hold none of the ports at all: a substring test settles them without the walk below.
  const single = intervals.every(([start, end]) => start === end);
  if (single && !RANGE.test(text) && !intervals.some(([port]) => text.includes(String(port)))) return false;
  for (const match of text.matchAll(NUMBER_OR_RANGE)) {
    const a = Number(match[1]);
    const b = match[2] === undefined ? a : Number(match[2]);
    const [from, to] = a <= b ? [a, b] : [b, a];
    if (intervals.some(([start, end]) => from <= end && start <= to)) return true;
  }
  return false;
}


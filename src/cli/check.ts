// `portcullis check`: scan the repository, report what disagrees with ports.yaml.

import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { check, scopeFilter, type CheckResult } from "../engine/check.js";
import { formatBaseline } from "../engine/baseline.js";
import { ruleMetas } from "../rules/index.js";
import { loadFormatter, FORMAT_NAMES } from "../report/index.js";
import { VERSION } from "../version.js";
import { changedSince, UnknownRefError } from "../scan/changed.js";
import { checkStaged } from "../scan/staged-check.js";
import { GitError, gitEnv } from "../scan/staged.js";
import { writeFileAtomic } from "../atomic-write.js";
import { UsageError, type Command } from "./io.js";
import { takeEarlySnapshot } from "./early-start.js";
import { locateProject } from "./project.js";
import { CACHE_FLAGS, cacheHelp, registryCacheOption, scanCacheOption } from "./scan-cache-option.js";

const HELP = `Usage: portcullis check [paths…] [options]

Checks every port written in the repository against ports.yaml.

Options:
  --config FILE         ports.yaml to use (default: found in this folder or a parent)
  --root DIR            repository root (default: the folder of ports.yaml)
  --format NAME         ${FORMAT_NAMES.join(" | ")} (default: stylish)
  --output FILE         write the report to FILE (atomically) instead of stdout
  --max-warnings N      exit 1 when there are more than N warnings
  --baseline FILE       do not report findings recorded in FILE
  --write-baseline FILE record the current findings in FILE and exit 0
  --max-file-size BYTES skip larger files with a notice (default: 1048576)
  --allow-outside       let extends read registries outside the repository
  --staged              check what is staged for commit: staged files, staged content (the git index)
  --changed-since REF   report only files changed since the merge base of REF and HEAD
  --quiet               report errors only
${cacheHelp(24)}  -h, --help            show this help

Paths restrict the report to those files or folders; the whole repository is still read for context.
`;

const NOTHING_TO_CHECK: Pick<CheckResult, "findings" | "notices" | "summary"> = {
  findings: [],
  notices: [],
  summary: { errors: 0, warnings: 0, infos: 0, filesScanned: 0, durationMs: 0 },
};

export const run: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      root: { type: "string" },
      format: { type: "string", default: "stylish" },
      output: { type: "string" },
      "max-warnings": { type: "string" },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      "max-file-size": { type: "string" },
      "allow-outside": { type: "boolean", default: false },
      staged: { type: "boolean", default: false },
      "changed-since": { type: "string" },
      quiet: { type: "boolean", default: false },
      ...CACHE_FLAGS,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format!;
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMAT_NAMES.join(", ")})`);
  const maxWarnings = parseCount(values["max-warnings"], "--max-warnings");
  const maxFileSize = parseCount(values["max-file-size"], "--max-file-size");

  const project = locateProject(io.cwd, { config: values.config, root: values.root });
  let only = positionals.length > 0 ? positionals.map((p) => toRepoPath(project.root, path.resolve(io.cwd, p))) : undefined;
  const changedRef = values["changed-since"];
  if (values.staged && changedRef !== undefined) throw new UsageError("--staged and --changed-since cannot be combined");
  let readSourceText = (file: string) => readSource(project.root, file);
  let result: Pick<CheckResult, "findings" | "notices" | "summary">;
  try {
    if (changedRef !== undefined) only = (await changedSince(project.root, changedRef, gitEnv(io.cwd, io.env))).filter(scopeFilter(only));
    if (values.staged) {
      const snapshot = takeEarlySnapshot(project.root, project.config);
      const staged = await checkStaged({
        root: project.root,
        config: project.config,
        ...(snapshot ? { snapshot } : {}),
        ...(only ? { paths: only } : {}),
        ...(maxFileSize !== undefined ? { maxFileSize } : {}),
        ...(values.baseline ? { baseline: path.resolve(io.cwd, values.baseline) } : {}),
        allowOutside: values["allow-outside"],
        env: io.env,
        cwd: io.cwd,
      });
      readSourceText = (file) => staged.readSource(file) ?? readSource(project.root, file);
      result = staged;
    } else if (only?.length === 0) {
      result = NOTHING_TO_CHECK; // --changed-since found no changed file
    } else {
      result = await check({
        root: project.root,
        config: project.config,
        ...(only ? { only } : {}),
        ...(maxFileSize !== undefined ? { maxFileSize } : {}),
        ...(values.baseline ? { baseline: path.resolve(io.cwd, values.baseline) } : {}),
        allowOutside: values["allow-outside"],
        cache: scanCacheOption(values, io.env),
        ...registryCacheOption(io.env),
      });
    }
  } catch (error) {
    if (error instanceof GitError || error instanceof UnknownRefError) {
      throw new UsageError(`${changedRef !== undefined ? "--changed-since" : "--staged"}: ${error.message}`);
    }
    throw error;
  }

  if (values["write-baseline"]) {
    const target = path.resolve(io.cwd, values["write-baseline"]);
    await writeFileAtomic(target, formatBaseline(result.findings));
    io.stderr(`portcullis: recorded ${result.findings.length} findings in ${path.relative(io.cwd, target) || target}\n`);
    return 0;
  }

  for (const notice of result.notices) io.stderr(`portcullis: ${notice}\n`);
  const shown = values.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const formatter = await loadFormatter(format);
  const color = io.isTTY && !values.output && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  const pieces = formatter(
    { findings: shown, summary: result.summary },
    {
      root: project.root,
      rules: ruleMetas,
      color,
      version: VERSION,
      readSource: readSourceText,
    },
  );
  if (values.output) await writeFileAtomic(path.resolve(io.cwd, values.output), pieces);
  else {
    for (const piece of pieces) {
      io.stdout(piece);
      await io.stdoutDrained?.();
    }
  }
  return exitCode(result, maxWarnings);
};

function readSource(root: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(root, file), "utf8");
  } catch {
    return undefined;
  }
}

export function exitCode(result: Pick<CheckResult, "summary">, maxWarnings?: number): number {
  if (result.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return 1;
  return 0;
}

function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a non-negative integer, got "${value}"`);
  return Number(value);
}

function toRepoPath(root: string, absolute: string): string {
  const rel = path.relative(root, absolute);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`${absolute} is outside the repository ${root}`);
  return rel.split(path.sep).join("/");
}

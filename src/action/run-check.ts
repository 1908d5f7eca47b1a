// `command: check`: run the engine on the project, scope findings to the pull request when asked,
// then annotations, SARIF, job summary, the sticky comment, outputs and the pass/fail verdict.

import path from "node:path";
import { locateProject } from "../cli/project.js";
import { check, type CheckResult } from "../engine/check.js";
import { scanCacheIn, type ScanCacheOptions } from "../engine/scan-cache.js";
import type { Finding } from "../engine/types.js";
import { formatJson } from "../report/json.js";
import { COMMENT_MAX_BYTES, renderMarkdown, type BlobLinks, type MarkdownSection } from "../report/markdown.js";
import { renderSarif } from "../report/sarif.js";
import type { FormatInput } from "../report/types.js";
import { ruleMetas } from "../rules/index.js";
import { VERSION } from "../version.js";
import { GITHUB_ANNOTATION_LIMITS, planAnnotations } from "./annotations.js";
import { changedServices, changesFromPullFiles, filterToChanges, toProjectPaths, type ChangeSet, type PullFile } from "./changes.js";
import { COMMENT_MARKER, upsertComment } from "./comment.js";
import type { RunContext } from "./event.js";
import { gitDiffChanges } from "./git-diff.js";
import type { ActionHost } from "./host.js";
import type { ActionInputs } from "./inputs.js";
import { topologyMarkdown } from "./port-map.js";
import { paginate } from "./rest.js";
import { writeFileAtomic } from "../atomic-write.js";

/** The API lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;
/** Outputs share the job's 1 MiB of outputs: keep the JSON well below it. */
const FINDINGS_JSON_MAX_BYTES = 256 * 1024;

export interface Project {
  root: string;
  config: string;
  /** The project folder relative to the workspace, `/`-separated ("" at the root). */
  pathPrefix: string;
}

export function resolveProject(inputs: ActionInputs, context: RunContext): Project {
  const cwd = path.resolve(context.workspace, inputs.workingDirectory);
  const located = locateProject(cwd, inputs.config ? { config: inputs.config } : {});
  const relative = path.relative(context.workspace, located.root);
  const outside = relative.startsWith("..") || path.isAbsolute(relative);
  return { ...located, pathPrefix: outside ? "" : relative.split(path.sep).join("/") };
}


/** The pull request's changed lines, project-relative; undefined when they cannot be known. */
async function pullRequestChanges(host: ActionHost, context: RunContext, project: Project): Promise<ChangeSet | undefined> {
  const pr = context.pullRequest!;
  if (host.request) {
    try {
      const files = await paginate<PullFile>(
        host.request,
        "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
        { ...context.repo, pull_number: pr.number },
        PULL_FILES_LIMIT,
      );
      const complete = files.length < PULL_FILES_LIMIT && (pr.changedFiles === undefined || files.length >= pr.changedFiles);
      if (complete) return toProjectPaths(changesFromPullFiles(files), project.pathPrefix);
      host.info(`The pull request changes more files than the API lists (${pr.changedFiles ?? `${files.length}+`}); reading the changes with git diff.`);
    } catch (error) {
      host.info(`Could not list the pull request's files (${(error as Error).message}); reading the changes with git diff.`);
    }
  }
  try {
    return await gitDiffChanges(project.root, pr.baseSha, pr.headSha);
  } catch (error) {
    host.warning(`Portcullis could not tell which lines the pull request changed (${(error as Error).message}); every finding is reported.`);
    return undefined;
  }
}

function summaryOf(findings: readonly Finding[], base: CheckResult["summary"]): FormatInput["summary"] {
  return {
    ...base,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

/** The JSON contract, compact, cut to the first findings that fit (marked `truncated`). */
export function findingsJson(input: FormatInput, maxBytes = FINDINGS_JSON_MAX_BYTES): string {
  const full = JSON.parse(formatJson(input, { root: "", rules: [], color: false, version: VERSION })) as { findings: unknown[] };
  let text = JSON.stringify(full);
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let keep = full.findings.length;
  while (keep > 0 && Buffer.byteLength(text) > maxBytes) {
    keep = Math.floor(keep / 2);
    text = JSON.stringify({ ...full, findings: full.findings.slice(0, keep), truncated: true });
  }
  return text;
}

/** The scan and registry caches in the `cache-dir` input (restore it with actions/cache). */
export function actionCaches(inputs: Pick<ActionInputs, "cacheDir">): { cache?: ScanCacheOptions; registryCache?: string } {
  if (!inputs.cacheDir) return {};
  return { cache: scanCacheIn(inputs.cacheDir), registryCache: inputs.cacheDir };
}

export interface CheckDependencies {
  /** The generated port map as Markdown, for the job summary. */
  portMap?: (result: CheckResult, project: Project, links?: BlobLinks) => Promise<string | undefined> | string | undefined;
}

export interface CheckOutcome {
  reported: Finding[];
  result: CheckResult;
  failed: boolean;
}

export async function runCheck(host: ActionHost, inputs: ActionInputs, context: RunContext, deps: CheckDependencies = {}): Promise<CheckOutcome> {
  const project = resolveProject(inputs, context);
  const result = await check({
    root: project.root,
    config: project.config,
    // github: extends sources are fetched with the Action's token (the input defaults to github.token).
    ...(inputs.token ? { githubToken: inputs.token } : {}),
    ...actionCaches(inputs),
  });
  for (const notice of result.notices) host.info(`portcullis: ${notice}`);
  if (result.cacheStats) {
    const { reused, scanned } = result.cacheStats;
    host.info(`portcullis: scan cache: ${reused} files reused, ${scanned} scanned`);
  }

  const pr = context.pullRequest;
  let reported: Finding[] = result.findings;
  let changes: ChangeSet | undefined;
  let scope: string | undefined;
  if (pr && inputs.onlyChanged !== "false") {
    changes = await pullRequestChanges(host, context, project);
    if (changes) {
      reported = filterToChanges(result.findings, {
        changes,
        mode: inputs.onlyChanged,
        registryFiles: result.registry.sources,
        services: changedServices(result.registry, changes),
      });
      const what = inputs.onlyChanged === "lines" ? "lines" : "files";
      const others = result.findings.length - reported.length;
      scope = `Only findings on ${what} changed by pull request #${pr.number} are reported${others > 0 ? ` (${others} more elsewhere in the repository are not)` : ""}.`;
    }
  }
  const input: FormatInput = { findings: reported, summary: summaryOf(reported, result.summary) };
  host.info(`Portcullis: ${input.summary.errors} errors, ${input.summary.warnings} warnings, ${input.summary.infos} infos in ${result.summary.filesScanned} files.`);

  // SARIF gets every finding: code scanning closes alerts missing from an upload, and filters to the diff itself.
  let sarifPath = "";
  if (inputs.sarifFile) {
    sarifPath = path.resolve(context.workspace, inputs.sarifFile);
    await writeFileAtomic(sarifPath, renderSarif({ findings: result.findings, summary: result.summary }, { root: project.root, rules: ruleMetas, color: false, version: VERSION }, { pathPrefix: project.pathPrefix }));
    host.info(`Wrote SARIF with ${result.findings.length} results to ${sarifPath}`);
  }

  const readMore: string[] = [];
  if (inputs.summary) readMore.push("the job summary");
  if (sarifPath) readMore.push(`the SARIF file ${path.relative(context.workspace, sarifPath) || sarifPath}`);
  const commenting = inputs.comment && pr !== undefined;
  const failed =
    inputs.failOn === "error" ? input.summary.errors > 0 : inputs.failOn === "warning" ? input.summary.errors + input.summary.warnings > 0 : false;
  // The step's failure message is an error annotation too, and a refused comment a warning: keep a slot for each.
  const limits = {
    ...GITHUB_ANNOTATION_LIMITS,
    error: GITHUB_ANNOTATION_LIMITS.error - (failed ? 1 : 0),
    warning: GITHUB_ANNOTATION_LIMITS.warning - (commenting ? 1 : 0),
  };
  const plan = planAnnotations(reported, { changes, limits, pathPrefix: project.pathPrefix, readMore });
  for (const annotation of plan.annotations) host.annotate(annotation);
  if (plan.overflow) host.annotate(plan.overflow);

  const links: BlobLinks = { serverUrl: context.serverUrl, repository: `${context.repo.owner}/${context.repo.repo}`, sha: pr?.headSha || context.sha };
  const canLink = Boolean(context.repo.owner && links.sha);
  if (inputs.summary) {
    const sections: MarkdownSection[] = [];
    // The same Mermaid diagram as the port map's, open: a picture is read before a collapsed table.
    const topology = topologyMarkdown(result, project, canLink ? links : undefined);
    if (topology) sections.push({ title: "Topology", body: topology });
    const map = await deps.portMap?.(result, project, canLink ? links : undefined);
    if (map) sections.push({ title: "Port map", body: map, collapsed: true });
    const markdown = renderMarkdown(input, { version: VERSION }, {
      ...(canLink ? { links } : {}),
      pathPrefix: project.pathPrefix,
      ...(scope ? { scope } : {}),
      sections,
      elsewhere: sarifPath ? `the SARIF file ${path.relative(context.workspace, sarifPath)}` : "the output of portcullis check",
    });
    await host.appendSummary(markdown);
  }

  if (commenting) {
    if (!host.request) {
      host.warning("Portcullis cannot comment on the pull request without a token (input: token).");
    } else {
      const body =
        reported.length > 0
          ? renderMarkdown(input, { version: VERSION }, {
              marker: COMMENT_MARKER,
              maxBytes: COMMENT_MAX_BYTES,
              ...(canLink ? { links } : {}),
              pathPrefix: project.pathPrefix,
              ...(scope ? { scope } : {}),
              elsewhere: "the job summary of this check",
            })
          : undefined;
      const outcome = await upsertComment(host.request, context.repo, pr!.number, body);
      if (outcome.kind === "forbidden") {
        host.warning(
          "Portcullis could not comment on the pull request: the token may not write to it (pull requests from forks get a read-only token; grant `pull-requests: write`). The findings are in the annotations and the job summary.",
        );
      } else {
        host.info(`Pull-request comment: ${outcome.kind}${outcome.url ? ` (${outcome.url})` : ""}`);
      }
    }
  }

  host.setOutput("errors", String(input.summary.errors));
  host.setOutput("warnings", String(input.summary.warnings));
  host.setOutput("findings-json", findingsJson(input));
  host.setOutput("sarif-file", sarifPath);

  if (failed) {
    const counted = inputs.failOn === "error" ? `${input.summary.errors} errors` : `${input.summary.errors} errors and ${input.summary.warnings} warnings`;
    host.setFailed(`Portcullis found ${counted} (fail-on: ${inputs.failOn}).`);
  }
  return { reported, result, failed };
}

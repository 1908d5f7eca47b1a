// `command: docs`: regenerate the port map and the range chart beside it; with `docs-pr`, propose
// them as one commit in one pull request, otherwise write them into the workspace for later steps.
// Nothing happens when both are current.

import path from "node:path";
import type { RunContext } from "./event.js";
import type { ActionHost } from "./host.js";
import type { ActionInputs } from "./inputs.js";
import { syncDocsPullRequest } from "./docs-pr.js";
import { resolveProject, type Project } from "./run-check.js";
import { writeFileAtomic } from "../atomic-write.js";

export interface GeneratedFile {
  /** Absolute path of the generated file. */
  file: string;
  /** Its complete new content (markers already merged into an existing file). */
  content: string;
  /** Whether the file on disk differs from the content (line endings aside). */
  stale: boolean;
}

export interface RenderOptions {
  /** For `github:` extends sources. */
  githubToken?: string;
  /** The `cache-dir` input. */
  cacheDir?: string;
}

export interface DocsDependencies {
  /** Every file `portcullis docs` writes for the project, the port map first; they change together. */
  render(project: Project, options?: RenderOptions): Promise<GeneratedFile[]>;
}

export interface DocsOutcome {
  changed: boolean;
  pullRequestUrl?: string;
}

async function defaultBranch(host: ActionHost, context: RunContext): Promise<string> {
  if (context.defaultBranch) return context.defaultBranch;
  const { data } = await host.request!("GET /repos/{owner}/{repo}", { ...context.repo });
  return (data as { default_branch: string }).default_branch;
}

/** `a`, `a` and `b`, `a`, `b` and `c`, each in backticks. */
function listed(paths: readonly string[]): string {
  const quoted = paths.map((p) => `\`${p}\``);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}


export async function runDocs(host: ActionHost, inputs: ActionInputs, context: RunContext, deps: DocsDependencies): Promise<DocsOutcome> {
  const project = resolveProject(inputs, context);
  const generated = await deps.render(project, {
    ...(inputs.token ? { githubToken: inputs.token } : {}),
    ...(inputs.cacheDir ? { cacheDir: inputs.cacheDir } : {}),
  });
  const relativeOf = (file: string) => path.relative(context.workspace, file).split(path.sep).join("/");
  const all = generated.map((g) => ({ ...g, relative: relativeOf(g.file) }));
  const stale = all.filter((g) => g.stale);
  const changed = stale.length > 0;
  host.setOutput("docs-changed", String(changed));
  host.setOutput("pull-request-url", "");
  if (!changed) {
    const current = `${listed(all.map((g) => g.relative))} ${all.length === 1 ? "is" : "are"} up to date.`;
    host.info(current.replace(/`/g, ""));
    if (inputs.summary) await host.appendSummary(`## Portcullis\n\n${current}\n`);
    return { changed };
  }
  const staleList = listed(stale.map((g) => g.relative));

  if (!inputs.docsPr) {
    for (const g of stale) await writeFileAtomic(g.file, g.content);
    host.info(`Regenerated ${staleList.replace(/`/g, "")} in the workspace (docs-pr is off, so nothing was pushed).`);
    if (inputs.summary) await host.appendSummary(`## Portcullis\n\nRegenerated ${staleList} in the workspace.\n`);
    return { changed };
  }

  if (!host.request) {
    host.setFailed("docs-pr needs a token with `contents: write` and `pull-requests: write` (input: token).");
    return { changed };
  }
  const outside = stale.find((g) => g.relative.startsWith("..") || path.isAbsolute(g.relative));
  if (outside) {
    host.setFailed(`The generated file ${outside.file} lies outside the repository; it cannot be proposed as a pull request.`);
    return { changed };
  }
  // Only the stale files are committed: a current one is already in the base commit's tree, and
  // rewriting it would turn a line-ending difference of the checkout into a change.
  const outcome = await syncDocsPullRequest(host.request, {
    repo: context.repo,
    baseBranch: await defaultBranch(host, context),
    baseSha: context.sha,
    branch: inputs.docsBranch,
    files: stale.map((g) => ({ path: g.relative, content: g.content })),
    title: `Update ${listed(stale.map((g) => path.posix.basename(g.relative))).replace(/`/g, "")} from ports.yaml`,
    body: [
      `${staleList} ${stale.length === 1 ? "is" : "are"} generated from \`ports.yaml\` and no longer ${stale.length === 1 ? "matches" : "match"} it. This pull request brings ${stale.length === 1 ? "it" : "them"} up to date.`,
      "",
      `It was opened by the Portcullis Action; the branch \`${inputs.docsBranch}\` is rewritten on every scheduled run while the port map or its chart is stale, so do not push to it.`,
    ].join("\n"),
    commitMessage: `Regenerate ${staleList.replace(/`/g, "")} from ports.yaml`,
  });
  if (outcome.kind === "forbidden") {
    host.warning(
      "Portcullis could not push the regenerated port map: the token cannot write (grant `contents: write` and `pull-requests: write`).",
    );
    return { changed };
  }
  host.setOutput("pull-request-url", outcome.pullRequestUrl);
  const verb = { created: "Opened", updated: "Updated", unchanged: "Already proposed in" }[outcome.kind];
  host.info(`${verb} pull request #${outcome.pullRequestNumber} ${outcome.pullRequestUrl}`);
  if (inputs.summary) {
    const state = `${staleList} ${stale.length === 1 ? "is" : "are"} stale`;
    await host.appendSummary(`## Portcullis\n\n${state}. ${verb} [pull request #${outcome.pullRequestNumber}](${outcome.pullRequestUrl}).\n`);
  }
  return { changed, pullRequestUrl: outcome.pullRequestUrl };
}

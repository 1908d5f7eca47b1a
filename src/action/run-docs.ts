// `command: docs`: regenerate the port map; with `docs-pr`, propose it as one pull request,
// otherwise write it into the workspace for later steps. Nothing happens when it is current.

import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RunContext } from "./event.js";
import type { ActionHost } from "./host.js";
import type { ActionInputs } from "./inputs.js";
import { syncDocsPullRequest } from "./docs-pr.js";
import { resolveProject, type Project } from "./run-check.js";

export interface GeneratedFile {
  /** Absolute path of the generated file. */
  file: string;
  /** Its complete new content (markers already merged into an existing file). */
  content: string;
  /** Whether the file on disk differs from the content (line endings aside). */
  stale: boolean;
}

export interface DocsDependencies {
  render(project: Project): Promise<GeneratedFile>;
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

export async function runDocs(host: ActionHost, inputs: ActionInputs, context: RunContext, deps: DocsDependencies): Promise<DocsOutcome> {
  const project = resolveProject(inputs, context);
  const generated = await deps.render(project);
  const relative = path.relative(context.workspace, generated.file).split(path.sep).join("/");
  const changed = generated.stale;
  host.setOutput("docs-changed", String(changed));
  host.setOutput("pull-request-url", "");
  if (!changed) {
    host.info(`${relative} is up to date.`);
    if (inputs.summary) await host.appendSummary(`## Portcullis\n\n\`${relative}\` is up to date.\n`);
    return { changed };
  }

  if (!inputs.docsPr) {
    await mkdir(path.dirname(generated.file), { recursive: true });
    const temp = `${generated.file}.${process.pid}.tmp`;
    await writeFile(temp, generated.content);
    await rename(temp, generated.file);
    host.info(`Regenerated ${relative} in the workspace (docs-pr is off, so nothing was pushed).`);
    if (inputs.summary) await host.appendSummary(`## Portcullis\n\nRegenerated \`${relative}\` in the workspace.\n`);
    return { changed };
  }

  if (!host.request) {
    host.setFailed("docs-pr needs a token with `contents: write` and `pull-requests: write` (input: token).");
    return { changed };
  }
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    host.setFailed(`The port map ${generated.file} lies outside the repository; it cannot be proposed as a pull request.`);
    return { changed };
  }
  const outcome = await syncDocsPullRequest(host.request, {
    repo: context.repo,
    baseBranch: await defaultBranch(host, context),
    baseSha: context.sha,
    branch: inputs.docsBranch,
    path: relative,
    content: generated.content,
    title: `Update ${path.posix.basename(relative)} from ports.yaml`,
    body: [
      `\`${relative}\` is generated from \`ports.yaml\` and no longer matches it. This pull request brings it up to date.`,
      "",
      `It was opened by the Portcullis Action; the branch \`${inputs.docsBranch}\` is rewritten on every scheduled run while the map is stale, so do not push to it.`,
    ].join("\n"),
    commitMessage: `Regenerate ${relative} from ports.yaml`,
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
    await host.appendSummary(`## Portcullis\n\n\`${relative}\` is stale. ${verb} [pull request #${outcome.pullRequestNumber}](${outcome.pullRequestUrl}).\n`);
  }
  return { changed, pullRequestUrl: outcome.pullRequestUrl };
}

// The scheduled docs pull request: the regenerated files (the port map and the range chart beside
// it) committed together to one branch through the Git Data API (blobs, one tree, one commit, ref)
// and one open pull request for it. Running it again with nothing new changes nothing: no second
// commit, no second pull request.

import { gitBlobId } from "../hash.js";
import { errorStatus, isPermissionError, type GitHubRequest, type Repo } from "./rest.js";

export interface DocsPullRequestParams {
  repo: Repo;
  /** The branch the pull request targets (the default branch). */
  baseBranch: string;
  /** The commit the content was generated from; the docs commit's parent. */
  baseSha: string;
  /** The branch holding the docs commit (`portcullis/ports-md`). */
  branch: string;
  /** The generated files to commit, as one change: repository-relative path and complete content. */
  files: readonly DocsFile[];
  title: string;
  body: string;
  commitMessage: string;
}

export interface DocsFile {
  path: string;
  content: string;
}

export type DocsPullRequestOutcome =
  | {
      kind: "created" | "updated" | "unchanged";
      pullRequestUrl: string;
      pullRequestNumber: number;
      commitSha: string;
      /** Whether this run wrote a commit (false when the branch already held this content on this base). */
      committed: boolean;
    }
  | { kind: "forbidden"; reason: string };

/** The object id git gives a file's content (what the API reports as a blob's `sha`). */
export function gitBlobSha(content: string | Buffer): string {
  return gitBlobId(typeof content === "string" ? Buffer.from(content, "utf8") : content);
}

interface GitRef {
  object: { sha: string };
}
interface GitCommit {
  sha: string;
  tree: { sha: string };
  parents: Array<{ sha: string }>;
}
interface PullRequest {
  number: number;
  html_url: string;
}

async function getOrUndefined<T>(request: GitHubRequest, route: string, params: Record<string, unknown>): Promise<T | undefined> {
  try {
    return (await request(route, params)).data as T;
  } catch (error) {
    if (errorStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Is `branch` already exactly one docs commit on `baseSha` holding every file's content? */
async function branchIsCurrent(request: GitHubRequest, params: DocsPullRequestParams, branchSha: string): Promise<boolean> {
  const commit = (await request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...params.repo, commit_sha: branchSha })).data as GitCommit;
  if (commit.parents.length !== 1 || commit.parents[0]!.sha !== params.baseSha) return false;
  for (const wanted of params.files) {
    const file = await getOrUndefined<{ sha: string }>(request, "GET /repos/{owner}/{repo}/contents/{path}", {
      ...params.repo,
      path: wanted.path,
      ref: branchSha,
    });
    if (file?.sha !== gitBlobSha(wanted.content)) return false;
  }
  return true;
}

async function commitContent(request: GitHubRequest, params: DocsPullRequestParams): Promise<string> {
  const { repo } = params;
  const base = (await request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...repo, commit_sha: params.baseSha })).data as GitCommit;
  const entries: Array<{ path: string; mode: "100644"; type: "blob"; sha: string }> = [];
  for (const file of params.files) {
    const blob = (
      await request("POST /repos/{owner}/{repo}/git/blobs", {
        ...repo,
        content: Buffer.from(file.content, "utf8").toString("base64"),
        encoding: "base64",
      })
    ).data as { sha: string };
    entries.push({ path: file.path, mode: "100644", type: "blob", sha: blob.sha });
  }
  // One tree for every file: the map and the chart it links land in the same commit.
  const tree = (await request("POST /repos/{owner}/{repo}/git/trees", { ...repo, base_tree: base.tree.sha, tree: entries })).data as { sha: string };
  const commit = (
    await request("POST /repos/{owner}/{repo}/git/commits", {
      ...repo,
      message: params.commitMessage,
      tree: tree.sha,
      parents: [params.baseSha],
    })
  ).data as { sha: string };
  return commit.sha;
}

export async function syncDocsPullRequest(request: GitHubRequest, params: DocsPullRequestParams): Promise<DocsPullRequestOutcome> {
  const { repo, branch } = params;
  if (params.files.length === 0) throw new Error("a docs pull request needs at least one file");
  try {
    const existing = await getOrUndefined<GitRef>(request, "GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref: `heads/${branch}` });
    let commitSha = existing?.object.sha;
    let committed = false;
    if (!existing || !(await branchIsCurrent(request, params, existing.object.sha))) {
      commitSha = await commitContent(request, params);
      committed = true;
      if (existing) {
        // The branch belongs to this job: it is rebuilt on the current base, never merged into.
        await request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref: `heads/${branch}`, sha: commitSha, force: true });
      } else {
        await request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/heads/${branch}`, sha: commitSha });
      }
    }

    const open = (
      await request("GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", head: `${repo.owner}:${branch}`, base: params.baseBranch, per_page: 100 })
    ).data as PullRequest[];
    if (open.length > 0) {
      const pr = open[0]!;
      return { kind: committed ? "updated" : "unchanged", pullRequestUrl: pr.html_url, pullRequestNumber: pr.number, commitSha: commitSha!, committed };
    }
    const created = (
      await request("POST /repos/{owner}/{repo}/pulls", { ...repo, title: params.title, head: branch, base: params.baseBranch, body: params.body })
    ).data as PullRequest;
    return { kind: "created", pullRequestUrl: created.html_url, pullRequestNumber: created.number, commitSha: commitSha!, committed };
  } catch (error) {
    if (isPermissionError(error)) return { kind: "forbidden", reason: (error as Error).message };
    throw error;
  }
}

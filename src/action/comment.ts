// The one sticky pull-request comment: found by a hidden marker, created once, edited in place,
// reduced to a short "all clear" when the findings are gone.

import { isPermissionError, paginate, type GitHubRequest, type Repo } from "./rest.js";

export const COMMENT_MARKER = "<!-- portcullis:comment -->";

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

export type CommentAction =
  | { kind: "create"; body: string }
  | { kind: "update"; id: number; body: string }
  | { kind: "none"; id?: number; reason: string };

/** Ours when the body starts with the marker (a quote of it in a reply starts with `>`). */
export function isOurComment(comment: IssueComment): boolean {
  return (comment.body ?? "").trimStart().startsWith(COMMENT_MARKER);
}

export function allClearBody(): string {
  return `${COMMENT_MARKER}\n## Portcullis\n\nAll clear: no port problems left in this pull request.\n`;
}

/**
 * What to do with the comment: `report` is the full body (starting with the marker) when there
 * are findings, undefined when there are none.
 */
export function planComment(existing: readonly IssueComment[], report: string | undefined): CommentAction {
  const ours = existing.filter(isOurComment);
  const target = ours[0];
  if (!target) {
    if (report === undefined) return { kind: "none", reason: "no findings and no earlier comment" };
    return { kind: "create", body: report };
  }
  const body = report ?? allClearBody();
  if ((target.body ?? "") === body) return { kind: "none", id: target.id, reason: "comment already up to date" };
  return { kind: "update", id: target.id, body };
}

export type CommentOutcome =
  | { kind: "created" | "updated" | "unchanged" | "skipped"; id?: number; url?: string; reason?: string }
  | { kind: "forbidden"; reason: string };

/** Applies the plan through the REST API; a read-only token yields `forbidden`, never a throw. */
export async function upsertComment(request: GitHubRequest, repo: Repo, issueNumber: number, report: string | undefined): Promise<CommentOutcome> {
  try {
    const existing = await paginate<IssueComment>(request, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: issueNumber,
    });
    const plan = planComment(existing, report);
    if (plan.kind === "create") {
      const { data } = await request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber, body: plan.body });
      const created = data as IssueComment;
      return { kind: "created", id: created.id, url: created.html_url };
    }
    if (plan.kind === "update") {
      const { data } = await request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: plan.id, body: plan.body });
      return { kind: "updated", id: plan.id, url: (data as IssueComment).html_url };
    }
    return { kind: plan.id === undefined ? "skipped" : "unchanged", id: plan.id, reason: plan.reason };
  } catch (error) {
    if (isPermissionError(error)) {
      return { kind: "forbidden", reason: (error as Error).message };
    }
    throw error;
  }
}

// The comment and docs pull-request flows over real HTTP: the toolkit's octokit against the fake API.

import { execFileSync } from "node:child_process";
import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { allClearBody, COMMENT_MARKER, planComment, upsertComment } from "../../src/action/comment.js";
import { gitBlobSha, syncDocsPullRequest, type DocsPullRequestParams } from "../../src/action/docs-pr.js";
import { paginate, type GitHubRequest } from "../../src/action/rest.js";
import { FakeGitHub } from "../fake-github/server.js";

let fake: FakeGitHub;
let request: GitHubRequest;

beforeEach(async () => {
  fake = await FakeGitHub.start();
  const octokit = getOctokit(fake.token, { baseUrl: fake.url });
  request = async (route, params) => {
    const response = await octokit.request(route, params);
    return { status: response.status, data: response.data, headers: response.headers as Record<string, string | number | undefined> };
  };
});
afterEach(() => fake.close());

const repo = { owner: "acme", repo: "shop" };
const report = (text: string) => `${COMMENT_MARKER}\n## Portcullis\n\n${text}\n`;

describe("pagination", () => {
  it("reads every page of a pull request's files and stops at the API's 3000", async () => {
    fake.pullFiles.set(7, Array.from({ length: 3100 }, (_, i) => ({ filename: `f${i}.env`, status: "added", patch: "@@ -0,0 +1 @@\n+X=1" })));
    const files = await paginate(request, "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: 7 }, 5000);
    expect(files).toHaveLength(3000);
    expect(fake.requests.filter((r) => r.path.endsWith("/files"))).toHaveLength(31);
    expect(fake.requests.every((r) => r.token === fake.token)).toBe(true);
  });
});

describe("sticky comment", () => {
  it("plans create, update, nothing and all clear", () => {
    const ours = { id: 1, body: report("old") };
    expect(planComment([], report("x"))).toEqual({ kind: "create", body: report("x") });
    expect(planComment([], undefined).kind).toBe("none");
    expect(planComment([{ id: 9, body: "hello" }, ours], report("new"))).toEqual({ kind: "update", id: 1, body: report("new") });
    expect(planComment([ours], report("old")).kind).toBe("none");
    expect(planComment([ours], undefined)).toEqual({ kind: "update", id: 1, body: allClearBody() });
    // A reply quoting the report is not ours.
    expect(planComment([{ id: 2, body: `> ${COMMENT_MARKER}\n> quoted` }], report("x")).kind).toBe("create");
  });

  it("creates one comment, updates it in place, then says all clear", async () => {
    fake.comments.set(7, [
      { id: 1, body: "LGTM", html_url: "", user: { login: "octocat" }, created_at: "", updated_at: "" },
    ]);
    expect((await upsertComment(request, repo, 7, report("2 errors"))).kind).toBe("created");
    expect((await upsertComment(request, repo, 7, report("2 errors"))).kind).toBe("unchanged");
    expect((await upsertComment(request, repo, 7, report("1 error"))).kind).toBe("updated");
    expect((await upsertComment(request, repo, 7, undefined)).kind).toBe("updated");
    expect((await upsertComment(request, repo, 7, undefined)).kind).toBe("unchanged");
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toBe(allClearBody());
    expect(fake.writes().map((w) => w.method)).toEqual(["POST", "PATCH", "PATCH"]);
  });

  it("never comments just to say all clear", async () => {
    expect((await upsertComment(request, repo, 8, undefined)).kind).toBe("skipped");
    expect(fake.writes()).toEqual([]);
  });

  it("turns a read-only token's 403 into an outcome, not an exception", async () => {
    fake.forbidWrites = true;
    const outcome = await upsertComment(request, repo, 7, report("x"));
    expect(outcome.kind).toBe("forbidden");
    expect(fake.comments.get(7) ?? []).toEqual([]);
  });
});

describe("docs pull request", () => {
  const base = "1".repeat(40);
  const params = (content: string, baseSha = base): DocsPullRequestParams => ({
    repo,
    baseBranch: "main",
    baseSha,
    branch: "portcullis/ports-md",
    files: [{ path: "docs/PORTS.md", content }],
    title: "Update PORTS.md",
    body: "body",
    commitMessage: "Regenerate docs/PORTS.md",
  });

  it("computes git's blob id", () => {
    const text = "# Ports\n\nÜber 8000\n";
    const expected = execFileSync("git", ["hash-object", "--stdin"], { input: text }).toString().trim();
    expect(gitBlobSha(text)).toBe(expected);
  });

  it("commits to a new branch and opens one pull request; reruns change nothing", async () => {
    fake.seedCommit(base, { "ports.yaml": "version: 1\n", "docs/PORTS.md": "old\n" });
    const first = await syncDocsPullRequest(request, params("new map\n"));
    expect(first).toMatchObject({ kind: "created", committed: true, pullRequestNumber: 1, pullRequestUrl: "https://github.com/acme/shop/pull/1" });
    expect(fake.fileAt("portcullis/ports-md", "docs/PORTS.md")).toBe("new map\n");
    expect(fake.fileAt("portcullis/ports-md", "ports.yaml")).toBe("version: 1\n");
    expect(fake.commits.get(fake.refs.get("heads/portcullis/ports-md")!)!.parents).toEqual([base]);
    const writesAfterFirst = fake.writes().length;
    expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/acme/shop/git/blobs",
      "POST /repos/acme/shop/git/trees",
      "POST /repos/acme/shop/git/commits",
      "POST /repos/acme/shop/git/refs",
      "POST /repos/acme/shop/pulls",
    ]);

    for (let i = 0; i < 2; i++) {
      const again = await syncDocsPullRequest(request, params("new map\n"));
      expect(again).toMatchObject({ kind: "unchanged", committed: false, pullRequestNumber: 1 });
    }
    expect(fake.writes()).toHaveLength(writesAfterFirst);
    expect(fake.pulls).toHaveLength(1);
  });

  it("updates the open pull request's branch when the map changes again", async () => {
    fake.seedCommit(base, { "docs/PORTS.md": "old\n" });
    await syncDocsPullRequest(request, params("v2\n"));
    const second = await syncDocsPullRequest(request, params("v3\n"));
    expect(second).toMatchObject({ kind: "updated", committed: true, pullRequestNumber: 1 });
    expect(fake.fileAt("portcullis/ports-md", "docs/PORTS.md")).toBe("v3\n");
    expect(fake.pulls).toHaveLength(1);
    const patch = fake.writes().find((w) => w.method === "PATCH")!;
    // octokit sends the ref as one encoded path segment, as the real API expects.
    expect(patch.path).toBe("/repos/acme/shop/git/refs/heads%2Fportcullis%2Fports-md");
    expect(patch.body).toMatchObject({ force: true });
  });

  it("rebuilds the branch on a new base commit", async () => {
    fake.seedCommit(base, { "docs/PORTS.md": "old\n" });
    await syncDocsPullRequest(request, params("v2\n"));
    const next = "2".repeat(40);
    fake.seedCommit(next, { "docs/PORTS.md": "old\n", "x.env": "A=1\n" });
    const outcome = await syncDocsPullRequest(request, params("v2\n", next));
    expect(outcome).toMatchObject({ kind: "updated", committed: true });
    expect(fake.commits.get(fake.refs.get("heads/portcullis/ports-md")!)!.parents).toEqual([next]);
  });

  it("commits the map and its chart as one tree with two blobs; reruns change nothing; either file changing rewrites the commit", async () => {
    fake.seedCommit(base, { "ports.yaml": "version: 1\n", "docs/PORTS.md": "old\n" });
    const two = (map: string, chart: string): DocsPullRequestParams => ({
      ...params(map),
      files: [
        { path: "docs/PORTS.md", content: map },
        { path: "docs/ports-map.svg", content: chart },
      ],
    });
    const first = await syncDocsPullRequest(request, two("map\n", "<svg>1</svg>\n"));
    expect(first).toMatchObject({ kind: "created", committed: true });
    expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/acme/shop/git/blobs",
      "POST /repos/acme/shop/git/blobs",
      "POST /repos/acme/shop/git/trees",
      "POST /repos/acme/shop/git/commits",
      "POST /repos/acme/shop/git/refs",
      "POST /repos/acme/shop/pulls",
    ]);
    const treePost = fake.writes().find((w) => w.path.endsWith("/git/trees"))!;
    expect((treePost.body as { tree: Array<{ path: string }> }).tree.map((e) => e.path)).toEqual(["docs/PORTS.md", "docs/ports-map.svg"]);
    expect(fake.filesAt("portcullis/ports-md")).toEqual({ "ports.yaml": "version: 1\n", "docs/PORTS.md": "map\n", "docs/ports-map.svg": "<svg>1</svg>\n" });

    const writes = fake.writes().length;
    expect(await syncDocsPullRequest(request, two("map\n", "<svg>1</svg>\n"))).toMatchObject({ kind: "unchanged", committed: false });
    expect(fake.writes()).toHaveLength(writes);

    // Only the chart differs from what the branch holds: that alone is a new commit.
    expect(await syncDocsPullRequest(request, two("map\n", "<svg>2</svg>\n"))).toMatchObject({ kind: "updated", committed: true });
    expect(fake.filesAt("portcullis/ports-md")).toMatchObject({ "docs/PORTS.md": "map\n", "docs/ports-map.svg": "<svg>2</svg>\n" });
    const branch = fake.commits.get(fake.refs.get("heads/portcullis/ports-md")!)!;
    expect(branch.parents).toEqual([base]);
    expect(fake.pulls).toHaveLength(1);
  });

  it("reports a read-only token as forbidden", async () => {
    fake.seedCommit(base, { "docs/PORTS.md": "old\n" });
    fake.forbidWrites = true;
    expect((await syncDocsPullRequest(request, params("v2\n"))).kind).toBe("forbidden");
    expect(fake.refs.has("heads/portcullis/ports-md")).toBe(false);
  });
});

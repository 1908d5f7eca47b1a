// Event payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH (trimmed to real fields).

const repository = (owner: string, name: string) => ({
  id: 1296269,
  name,
  full_name: `${owner}/${name}`,
  private: false,
  owner: { login: owner, id: 1, type: "Organization" },
  html_url: `https://github.com/${owner}/${name}`,
  default_branch: "main",
});

export function pullRequestEvent(options: { number: number; baseSha: string; headSha: string; changedFiles: number; owner?: string; repo?: string; fork?: boolean }) {
  const owner = options.owner ?? "acme";
  const repo = options.repo ?? "shop";
  const headOwner = options.fork ? "contributor" : owner;
  return {
    action: "synchronize",
    number: options.number,
    pull_request: {
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${options.number}`,
      id: 1,
      html_url: `https://github.com/${owner}/${repo}/pull/${options.number}`,
      number: options.number,
      state: "open",
      title: "Move the API to a private binding",
      user: { login: headOwner, id: 2, type: "User" },
      head: { label: `${headOwner}:feature`, ref: "feature", sha: options.headSha, repo: repository(headOwner, repo) },
      base: { label: `${owner}:main`, ref: "main", sha: options.baseSha, repo: repository(owner, repo) },
      draft: false,
      merged: false,
      commits: 1,
      additions: 3,
      deletions: 1,
      changed_files: options.changedFiles,
    },
    before: options.baseSha,
    after: options.headSha,
    repository: repository(owner, repo),
    sender: { login: headOwner, id: 2, type: "User" },
  };
}

export function pushEvent(options: { before: string; after: string; owner?: string; repo?: string }) {
  const owner = options.owner ?? "acme";
  const repo = options.repo ?? "shop";
  return {
    ref: "refs/heads/main",
    before: options.before,
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    commits: [],
    head_commit: { id: options.after, message: "change", timestamp: "2026-01-01T00:00:00Z" },
    repository: { ...repository(owner, repo), master_branch: "main" },
    pusher: { name: owner },
    sender: { login: owner, id: 1, type: "User" },
  };
}

/** A schedule event carries no repository: the Action asks the API for the default branch. */
export function scheduleEvent() {
  return { schedule: "0 6 * * 1", workflow: ".github/workflows/ports.yml" };
}

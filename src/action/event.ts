// What the run is about, from the runner's environment and the event payload, as plain data.

import type { Repo } from "./rest.js";

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  /** The number of files the pull request changes, as the payload reports it. */
  changedFiles?: number;
}

export interface RunContext {
  eventName: string;
  repo: Repo;
  sha: string;
  serverUrl: string;
  workspace: string;
  runnerTemp: string;
  defaultBranch?: string;
  pullRequest?: PullRequestInfo;
}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});
const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

export function readRunContext(env: Readonly<Record<string, string | undefined>>, payload: unknown, cwd: string): RunContext {
  const event = obj(payload);
  const repository = obj(event.repository);
  const full = str(env.GITHUB_REPOSITORY) ?? str(repository.full_name) ?? "";
  const [owner = "", repo = ""] = full.split("/");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const context: RunContext = {
    eventName,
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? "",
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || cwd,
  };
  const defaultBranch = str(repository.default_branch);
  if (defaultBranch) context.defaultBranch = defaultBranch;
  const pr = obj(event.pull_request);
  if (PULL_REQUEST_EVENTS.has(eventName) && typeof pr.number === "number") {
    const base = obj(pr.base);
    const head = obj(pr.head);
    context.pullRequest = {
      number: pr.number,
      baseSha: str(base.sha) ?? "",
      headSha: str(head.sha) ?? context.sha,
      baseRef: str(base.ref) ?? "",
      ...(typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}),
    };
  }
  return context;
}

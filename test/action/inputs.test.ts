import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRunContext } from "../../src/action/event.js";
import { InputError, isBranchName, parseInputs } from "../../src/action/inputs.js";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("inputs", () => {
  it("defaults match action.yml", () => {
    expect(parseInputs(from({}))).toEqual({
      command: "check",
      workingDirectory: ".",
      onlyChanged: "false",
      failOn: "error",
      summary: true,
      comment: false,
      docsPr: false,
      docsBranch: "portcullis/ports-md",
    });
  });

  it("reads every input", () => {
    expect(
      parseInputs(
        from({
          command: "docs",
          config: "infra/ports.yaml",
          "working-directory": "services/shop",
          "only-changed": "files",
          "fail-on": "WARNING",
          "sarif-file": "out.sarif",
          summary: "false",
          comment: "True",
          "docs-pr": "TRUE",
          "docs-branch": "bot/ports",
          token: "t",
          "cache-dir": "/var/cache/portcullis/",
        }),
      ),
    ).toEqual({
      command: "docs",
      config: "infra/ports.yaml",
      workingDirectory: "services/shop",
      onlyChanged: "files",
      failOn: "warning",
      sarifFile: "out.sarif",
      summary: false,
      comment: true,
      docsPr: true,
      docsBranch: "bot/ports",
      token: "t",
      cacheDir: "/var/cache/portcullis/",
    });
    expect(parseInputs(from({ "only-changed": "true" })).onlyChanged).toBe("lines");
    expect(parseInputs(from({ "cache-dir": "~/.cache/portcullis" })).cacheDir).toBe(path.join(os.homedir(), ".cache/portcullis"));
  });

  it("rejects bad values with the input's name", () => {
    expect(() => parseInputs(from({ "fail-on": "sometimes" }))).toThrow(InputError);
    expect(() => parseInputs(from({ "fail-on": "sometimes" }))).toThrow(/fail-on.*error, warning, never/);
    expect(() => parseInputs(from({ comment: "yes" }))).toThrow(/comment/);
    expect(() => parseInputs(from({ "docs-branch": "bad branch" }))).toThrow(/docs-branch/);
    expect(() => parseInputs(from({ "cache-dir": "relative/cache" }))).toThrow(/cache-dir.*absolute/);
  });

  it("knows git's branch-name rules", () => {
    for (const ok of ["portcullis/ports-md", "docs", "a.b/c_d"]) expect(isBranchName(ok)).toBe(true);
    for (const bad of ["", "/x", "x/", "a..b", "a b", "a:b", "x.lock", "a//b", "-x", ".hidden", "a/.b", "a@{b", "@"]) expect(isBranchName(bad)).toBe(false);
  });
});

describe("run context", () => {
  it("reads a pull_request event", () => {
    const payload = {
      action: "synchronize",
      number: 7,
      pull_request: { number: 7, changed_files: 3, base: { ref: "main", sha: "a".repeat(40) }, head: { ref: "feature", sha: "b".repeat(40) } },
      repository: { full_name: "acme/shop", default_branch: "main" },
    };
    const context = readRunContext(
      { GITHUB_EVENT_NAME: "pull_request", GITHUB_REPOSITORY: "acme/shop", GITHUB_SHA: "c".repeat(40), GITHUB_WORKSPACE: "/w", RUNNER_TEMP: "/t" },
      payload,
      "/cwd",
    );
    expect(context).toEqual({
      eventName: "pull_request",
      repo: { owner: "acme", repo: "shop" },
      sha: "c".repeat(40),
      serverUrl: "https://github.com",
      workspace: "/w",
      runnerTemp: "/t",
      defaultBranch: "main",
      pullRequest: { number: 7, baseSha: "a".repeat(40), headSha: "b".repeat(40), baseRef: "main", changedFiles: 3 },
    });
  });

  it("has no pull request on push and schedule", () => {
    for (const event of ["push", "schedule"]) {
      const context = readRunContext({ GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: "acme/shop" }, { pull_request: { number: 1 } }, "/cwd");
      expect(context.pullRequest).toBeUndefined();
      expect(context.workspace).toBe("/cwd");
    }
  });
});

// The CLI starts git work before it loads a command (cli/early-start.ts). Whatever the command then
// does, the process must end: a usage error after the early start closes what was started (an
// open `git cat-file --batch` would keep the process alive forever), and results are unchanged.

import { appendFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runBundledCli } from "../helpers/run-cli.js";
import { fixtureRepo, git, type TempRepo } from "../helpers/temp-repo.js";


const run = runBundledCli;

describe("work started before a command loads", () => {
  let repo: TempRepo;
  beforeAll(() => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    repo = fixtureRepo("seed-001-env-compose");
    // Staged: the fixture's compose file (which has findings), with one more line.
    appendFileSync(path.join(repo.dir, "docker-compose.yml"), "\n");
    git(repo.dir, ["add", "docker-compose.yml"]);
  });
  afterAll(() => repo.cleanup());

  it("a usage error after the early start still ends the process, with exit code 2", async () => {
    for (const args of [["check", "--staged", "--bogus"], ["check", "--staged", "--format", "nope"], ["check", "--bogus"], ["docs", "--bogus"]]) {
      const result = await run(args, repo.dir);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^portcullis: /);
    }
  });

  it("the staged check and the full check report what they report with --root, which starts nothing early", async () => {
    for (const args of [["check", "--staged", "--format", "json"], ["check", "--format", "json"]]) {
      const early = await run(args, repo.dir);
      const late = await run([...args, "--root", repo.dir], repo.dir);
      expect(early.code, args.join(" ")).toBe(1);
      expect(early.stdout).toBe(late.stdout);
    }
  });
});

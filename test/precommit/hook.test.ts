// `check --staged` as a real pre-commit hook: core.hooksPath points at a hook running the bundled
// CLI, and real `git commit` calls are refused or let through.

import { existsSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";
import { CLI, commit, head, hooksDir, write } from "./hook-helpers.js";

const REGISTRY = `version: 1
project: hooked
services:
  api:
    port: 8000
    env: API_PORT
    access: localhost
  web:
    port: 8080
    access: public
`;

const CLEAN_COMPOSE = `services:
  api:
    image: example/api:1
    ports:
      - "127.0.0.1:8000:8000"
`;

const EXPOSED_COMPOSE = `services:
  api:
    image: example/api:1
    ports:
      - "8000:8000"
`;

const INTERNAL_COMPOSE = `services:
  api:
    image: example/api:1
    expose:
      - "8000"
`;

/** ports.yaml with a second service on api's port: a registry finding the registry rules catch. */
const CONFLICTING_REGISTRY = `${REGISTRY}  admin:
    port: 8000
`;

let hooks: { dir: string; cleanup(): void };
const repos: TempRepo[] = [];

beforeAll(() => {
  expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
  hooks = hooksDir();
});
afterAll(() => hooks.cleanup());
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function hookedRepo(files: Record<string, string> = {}): string {
  const repo = makeRepo({ "ports.yaml": REGISTRY, "docker-compose.yml": CLEAN_COMPOSE, ...files });
  repos.push(repo);
  git(repo.dir, ["config", "core.hooksPath", hooks.dir]);
  return repo.dir;
}

describe("pre-commit hook running check --staged", () => {
  it("refuses a commit whose staged compose file publishes a localhost service on all interfaces", () => {
    const dir = hookedRepo();
    const before = head(dir);
    write(dir, "docker-compose.yml", EXPOSED_COMPOSE);
    git(dir, ["add", "docker-compose.yml"]);
    const run = commit(dir);
    expect(run.status).toBe(1);
    expect(run.output).toContain("docker-compose.yml");
    expect(run.output).toMatch(/\b5:\d+\s+error\s+.*exposed-binding/);
    expect(head(dir)).toBe(before);
  });

  it("refuses a staged ports.yaml with two services on one port, naming ports.yaml, line and rule", () => {
    const dir = hookedRepo();
    const before = head(dir);
    write(dir, "ports.yaml", CONFLICTING_REGISTRY);
    git(dir, ["add", "ports.yaml"]);
    const run = commit(dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/ports\.yaml\n\s+12:\d+\s+error\s+.*port-conflict/);
    expect(head(dir)).toBe(before);
  });

  it("lets a clean commit through", () => {
    const dir = hookedRepo();
    const before = head(dir);
    write(dir, "ports.yaml", `${REGISTRY}  admin:\n    port: 8081\n`);
    write(dir, "compose.override.yml", `services:\n  web:\n    ports:\n      - "8080:80"\n`);
    git(dir, ["add", "-A"]);
    const run = commit(dir);
    expect(run).toMatchObject({ status: 0, output: "" });
    expect(head(dir)).not.toBe(before);
  });

  it("lets an empty commit through without a word", () => {
    const dir = hookedRepo();
    const run = commit(dir, ["--allow-empty"]);
    expect(run).toMatchObject({ status: 0, output: "" });
  });

  it("is bypassed by --no-verify and by HUSKY=0", () => {
    const dir = hookedRepo();
    write(dir, "ports.yaml", CONFLICTING_REGISTRY);
    git(dir, ["add", "ports.yaml"]);
    expect(commit(dir).status).toBe(1);
    const before = head(dir);
    expect(commit(dir, [], { HUSKY: "0" }).status).toBe(0);
    expect(head(dir)).not.toBe(before);
    write(dir, "docker-compose.yml", EXPOSED_COMPOSE);
    git(dir, ["add", "docker-compose.yml"]);
    expect(commit(dir).status).toBe(1);
    expect(commit(dir, ["--no-verify"]).status).toBe(0);
  });

  it("judges a partially staged file by its staged content", () => {
    const dir = hookedRepo();
    // Bad in the index, fixed in the working tree: blocked.
    write(dir, "docker-compose.yml", EXPOSED_COMPOSE);
    git(dir, ["add", "docker-compose.yml"]);
    write(dir, "docker-compose.yml", CLEAN_COMPOSE);
    const blocked = commit(dir);
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain("exposed-binding");
    // The code frame shows the staged line, not the working tree's.
    expect(blocked.output).toContain(`- "8000:8000"`);

    // Fixed in the index, bad in the working tree: passes (an unstaged bad ports.yaml is not read either).
    write(dir, "ports.yaml", CONFLICTING_REGISTRY);
    git(dir, ["reset", "-q", "docker-compose.yml"]);
    write(dir, "docker-compose.yml", `${CLEAN_COMPOSE}    environment:\n      LOG_LEVEL: debug\n`);
    git(dir, ["add", "docker-compose.yml"]);
    write(dir, "docker-compose.yml", EXPOSED_COMPOSE);
    expect(commit(dir)).toMatchObject({ status: 0, output: "" });
    expect(git(dir, ["show", "HEAD:docker-compose.yml"])).toContain("LOG_LEVEL: debug");
  });

  it("checks what `git commit <path>` commits: the working-tree file, through git's temporary index", () => {
    const dir = hookedRepo();
    write(dir, "ports.yaml", CONFLICTING_REGISTRY);
    const run = commit(dir, ["--", "ports.yaml"]);
    expect(run.status).toBe(1);
    expect(run.output).toContain("port-conflict");
    write(dir, "ports.yaml", REGISTRY.replace("8080", "8081"));
    expect(commit(dir, ["--", "ports.yaml"]).status).toBe(0);
  });

  it("handles file names with spaces, quotes, $(…), non-ASCII and newlines without a shell", () => {
    const dir = hookedRepo();
    const odd = ["with space", `quote'd "x"`, "$(touch pwned)", "ünïcødé-ポート", "new\nline"];
    for (const name of odd) write(dir, `${name}/docker-compose.yml`, EXPOSED_COMPOSE);
    git(dir, ["add", "-A"]);
    const run = commit(dir);
    expect(run.status).toBe(1);
    for (const name of odd) expect(run.output, name).toContain(`${name}/docker-compose.yml`);
    expect(existsSync(`${dir}/pwned`)).toBe(false);
    // The same files, fixed (container-side only, so the folders do not collide): the commit goes through.
    for (const name of odd) write(dir, `${name}/docker-compose.yml`, INTERNAL_COMPOSE);
    git(dir, ["add", "-A"]);
    expect(commit(dir)).toMatchObject({ status: 0, output: "" });
  });
});

// `portcullis init` on real repositories: the proposal describes what the repository does, so a
// consistent repository checks clean afterwards and an inconsistent one shows its disagreements.

import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run as init } from "../../src/cli/init.js";
import type { CliIO } from "../../src/cli/io.js";
import { check } from "../../src/engine/check.js";
import { proposeRegistry } from "../../src/init/propose.js";
import { parseRegistry } from "../../src/registry/load.js";
import { fixtureRepo, makeRepo, type TempRepo } from "../helpers/temp-repo.js";

function io(cwd: string): CliIO & { out: string; err: string } {
  const captured = { out: "", err: "" };
  return Object.assign(captured, {
    cwd,
    env: {},
    isTTY: false,
    stdout: (t: string) => void (captured.out += t),
    stderr: (t: string) => void (captured.err += t),
  });
}

describe("portcullis init", () => {
  const repos: TempRepo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  it("on a consistent repository, init --write then check gives no finding", async () => {
    const repo = fixtureRepo("consistent");
    repos.push(repo);
    rmSync(path.join(repo.dir, "ports.yaml"));
    const out = io(repo.dir);
    expect(await init(["--write"], out)).toBe(0);
    const written = readFileSync(path.join(repo.dir, "ports.yaml"), "utf8");
    expect(written).toContain("env: API_PORT");
    const result = await check({ root: repo.dir });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it("on an inconsistent repository, check then reports exactly the disagreement", async () => {
    const repo = makeRepo({
      "docker-compose.yml": 'services:\n  api:\n    ports:\n      - "127.0.0.1:${API_PORT:-8000}:8000"\n',
      ".env.example": "API_PORT=8001\n",
    });
    repos.push(repo);
    expect(await init(["--write"], io(repo.dir))).toBe(0);
    const result = await check({ root: repo.dir });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([".env.example:1 port-mismatch"]);
  });

  it("prints the audit: where each port is configured, collisions and bindings on all interfaces", async () => {
    const repo = makeRepo({
      "a/docker-compose.yml": 'services:\n  web:\n    ports:\n      - "8080:80"\n',
      "b/docker-compose.yml": 'services:\n  admin:\n    ports:\n      - "127.0.0.1:8080:80"\n',
    });
    repos.push(repo);
    const out = io(repo.dir);
    expect(await init([], out)).toBe(0);
    expect(out.out).toMatch(/8080\s+admin\s+localhost\s+-\s+b\/docker-compose\.yml:4/);
    expect(out.out).toContain("8080/tcp is claimed by admin, web");
    expect(out.out).toContain("web on 8080 at a/docker-compose.yml:4");
    expect(out.out).toContain("Proposed ports.yaml");
    expect(existsSync(path.join(repo.dir, "ports.yaml"))).toBe(false);
  });

  it("refuses to overwrite ports.yaml without --force", async () => {
    const repo = makeRepo({ "ports.yaml": "version: 1\n", "compose.yaml": 'services:\n  db:\n    ports: ["5432:5432"]\n' });
    repos.push(repo);
    const out = io(repo.dir);
    expect(await init(["--write"], out)).toBe(2);
    expect(out.err).toContain("already exists");
    expect(readFileSync(path.join(repo.dir, "ports.yaml"), "utf8")).toBe("version: 1\n");
    expect(await init(["--write", "--force"], io(repo.dir))).toBe(0);
    expect(parseRegistry("ports.yaml", readFileSync(path.join(repo.dir, "ports.yaml"), "utf8")).services.map((s) => s.name)).toEqual(["db"]);
  });

  it("splits a multi-port compose service and does not adopt a borrowed variable", async () => {
    const repo = makeRepo({
      "compose.yaml": 'services:\n  mail:\n    ports:\n      - "25:25"\n      - "143:143"\n',
      "mail.env": "RELAY_PORT=25\n",
    });
    repos.push(repo);
    const result = await check({ root: repo.dir, registry: parseRegistry("ports.yaml", "version: 1\n") });
    const proposal = proposeRegistry(result.refs);
    expect(proposal.services.map((s) => [s.name, s.port, s.env, s.aliases])).toEqual([
      ["mail", 25, undefined, []],
      ["mail-143", 143, undefined, ["mail"]],
    ]);
  });
});

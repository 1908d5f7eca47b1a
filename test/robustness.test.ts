// Hostile repositories end in findings or notices, never exceptions or hangs: malformed YAML, an
// alias bomb, invalid UTF-8, a 50 MB file, a binary file and symlink loops.

import { symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/engine/check.js";
import { git, makeRepo, type TempRepo } from "./helpers/temp-repo.js";

const REGISTRY = "version: 1\nservices:\n  api: { port: 8000, access: localhost }\n";
const BOMB = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), "services:", "  api:", "    image: x", "    ports: *m"].join("\n");

function hostile(useGit: boolean): TempRepo {
  const repo = makeRepo(
    {
      "ports.yaml": REGISTRY,
      "docker-compose.yml": 'services:\n  api:\n    ports:\n      - "127.0.0.1:8000:8000\n',
      "bomb/compose.yaml": `${BOMB}\n`,
      "broken/.env.example": Buffer.concat([Buffer.from("API_PORT=8000\nNAME="), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]),
      "big/docker-compose.yml": `services:\n  api:\n    ports:\n      - "8000:8000"\n${"# padding\n".repeat(5_300_000)}`,
      "bin/Dockerfile": Buffer.concat([Buffer.from("FROM scratch\nEXPOSE 8000\n"), Buffer.alloc(64, 0)]),
    },
    { git: false },
  );
  symlinkSync(".", path.join(repo.dir, "loop"));
  symlinkSync("self", path.join(repo.dir, "self"));
  symlinkSync("/etc/passwd", path.join(repo.dir, "outside.env"));
  if (useGit) {
    git(repo.dir, ["init", "-q"]);
    git(repo.dir, ["add", "-A"]);
  }
  return repo;
}

describe.each([
  ["inside a git repository", true],
  ["outside git (directory walk)", false],
])("a hostile repository %s", (_, useGit) => {
  const repos: TempRepo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  it("reports parse errors with locations and skips what it must, with notices", async () => {
    const repo = hostile(useGit);
    repos.push(repo);
    const result = await check({ root: repo.dir });
    const parseErrors = result.findings.filter((f) => f.ruleId === "parse-error").map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(parseErrors).toContain("broken/.env.example:2:6");
    expect(parseErrors.some((p) => p.startsWith("bomb/compose.yaml:"))).toBe(true);
    expect(parseErrors.some((p) => p.startsWith("docker-compose.yml:"))).toBe(true);
    expect(result.notices.join("\n")).toMatch(/skipped 1 binary files: bin\/Dockerfile/);
    expect(result.notices.join("\n")).toMatch(/skipped 1 files over 1024 KiB.*big\/docker-compose\.yml/);
    // Nothing was read through a link: not /etc/passwd, not the loop.
    expect(result.files.map((f) => f.path)).not.toContain("outside.env");
    expect(result.files.every((f) => !f.path.startsWith("loop/"))).toBe(true);
  });

  it("a larger limit reads the big file", async () => {
    const repo = hostile(useGit);
    repos.push(repo);
    writeFileSync(path.join(repo.dir, "docker-compose.yml"), 'services:\n  api:\n    ports:\n      - "127.0.0.1:8000:8000"\n');
    const result = await check({ root: repo.dir, maxFileSize: 64 * 1024 * 1024 });
    // The big file's api publishes 8000 on all interfaces, which the root project's api also binds.
    expect(result.findings.filter((f) => f.file === "big/docker-compose.yml").map((f) => f.ruleId)).toEqual(["exposed-binding", "port-conflict"]);
  });
});

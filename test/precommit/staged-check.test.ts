// checkStaged in process against real repositories: the findings for a staged file are the ones a
// full check gives for it (context loaded lazily must not lose any), plus the pre-commit specifics.

import { readdirSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { findConfig } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";
import { classify } from "../../src/scan/scanners/index.js";
import { checkStaged, mayPublish } from "../../src/scan/staged-check.js";
import { FIXTURES, fixtureRepo, git, makeRepo, type TempRepo } from "../helpers/temp-repo.js";
import { run as docsCommand } from "../../src/cli/docs.js";
import { CACHE_DIR, write } from "./hook-helpers.js";

const env = { ...process.env, PORTCULLIS_CACHE_DIR: CACHE_DIR };
const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

type Brief = { ruleId: string; file: string; line: number; column: number; message: string };
const brief = (f: Brief): Brief => ({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, message: f.message });

async function staged(dir: string) {
  return checkStaged({ root: dir, config: findConfig(dir)!, env, cwd: dir });
}

/** Stages `file` without changing its bytes (a mode change), so a full check sees the same text. */
function stageUnchanged(dir: string, file: string): void {
  const mode = git(dir, ["ls-files", "-s", "--", file]).split(" ")[0];
  git(dir, ["update-index", mode === "100755" ? "--chmod=-x" : "--chmod=+x", "--", file]);
}

function filesOf(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    if (name === ".git") return [];
    const child = rel ? `${rel}/${name}` : name;
    return statSync(path.join(dir, child)).isDirectory() ? filesOf(dir, child) : [child];
  });
}

describe("checkStaged agrees with a full check on the staged file", () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => findConfig(path.join(FIXTURES, name)));
  const shared: TempRepo[] = [];
  afterAll(() => shared.forEach((r) => r.cleanup()));

  it.each(fixtures)("fixture %s: every classified file staged alone", async (name) => {
    const repo = fixtureRepo(name);
    shared.push(repo);
    const dir = repo.dir;
    let full;
    try {
      full = await check({ root: dir });
    } catch (error) {
      // A fixture whose registry the engine refuses has no findings to compare.
      expect(error).toBeInstanceOf(ConfigError);
      return;
    }
    const sources = new Set(full.registry.sources);
    const maps = new Set(full.files.filter((f) => f.result.portMap).map((f) => f.path));
    const candidates = filesOf(dir).filter((file) => classify(file) || sources.has(file));
    expect(candidates.length).toBeGreaterThan(0);
    for (const file of candidates) {
      stageUnchanged(dir, file);
      const result = await staged(dir);
      // A staged registry also answers for the port maps it makes stale.
      const expected = full.findings
        .filter((f) => f.file === file || (sources.has(file) && f.ruleId === "docs-drift" && maps.has(f.file)))
        .map(brief);
      expect(result.findings.map(brief), `${name}: ${file}`).toEqual(expected);
      git(dir, ["reset", "-q", "--", file]);
    }
  });

  const encodings: Record<string, string> = {
    decimal: `services:\n  api:\n    image: x\n    ports:\n      - "8000:80"\n`,
    range: `services:\n  r:\n    image: x\n    ports:\n      - "7990-8010:7990-8010"\n`,
    hex: `services:\n  h:\n    image: x\n    ports:\n      - target: 80\n        published: 0x1F40\n`,
    escape: `services:\n  e:\n    image: x\n    ports:\n      - "\\x38000:80"\n`,
    default: `services:\n  v:\n    image: x\n    ports:\n      - "\${V_PORT:-8000}:80"\n`,
    "merge key": `x-ports: &p\n  ports:\n    - "8000:80"\n  image: x\nservices:\n  m:\n    <<: *p\n`,
  };
  it.each(Object.keys(encodings))("finds a compose clash with a port written as a %s", async (kind) => {
    const repo = makeRepo({
      "ports.yaml": "version: 1\nservices:\n  api: { port: 8000, access: public }\n",
      "a/compose.yaml": encodings[kind]!,
      "g/compose.yaml": `services:\n  far:\n    image: x\n    ports:\n      - "9100:80"\n`,
      "z/compose.yaml": `services:\n  late:\n    image: x\n    ports:\n      - "8000:80"\n`,
    });
    repos.push(repo);
    const full = await check({ root: repo.dir });
    const expected = full.findings.filter((f) => f.file === "z/compose.yaml").map(brief);
    stageUnchanged(repo.dir, "z/compose.yaml");
    expect((await staged(repo.dir)).findings.map(brief)).toEqual(expected);
    // When the scanner reads the port at all, the clash is there (hex and escapes depend on the YAML reading).
    if (["decimal", "range", "default", "merge key"].includes(kind)) {
      expect(expected.map((f) => f.ruleId)).toContain("port-conflict");
    }
  });
});

describe("mayPublish", () => {
  const at8000: Array<[number, number]> = [[8000, 8000]];
  it("says yes for the port as a decimal, inside a range, or in an encoding it cannot read", () => {
    expect(mayPublish(`- "127.0.0.1:8000:80"`, at8000)).toBe(true);
    expect(mayPublish(`- "\${P:-8000}:80"`, at8000)).toBe(true);
    expect(mayPublish(`- "7990-8010:80"`, at8000)).toBe(true);
    expect(mayPublish(`- "7990 - 8010:80"`, at8000)).toBe(true);
    expect(mayPublish(`published: 0x1F40`, at8000)).toBe(true);
    expect(mayPublish(`published: 0o17500`, at8000)).toBe(true);
    expect(mayPublish(`- "\\x38000:80"`, at8000)).toBe(true);
    expect(mayPublish(`published: 8e3`, at8000)).toBe(true);
    expect(mayPublish(`- "127.0.0.1:9000:80"`, [[7000, 9500]])).toBe(true);
  });
  it("says no when no number it holds can be one of the ports", () => {
    expect(mayPublish(`services:\n  a:\n    image: x:1\n    ports:\n      - "127.0.0.1:9000:80"\n`, at8000)).toBe(false);
    expect(mayPublish(`- "8001-8010:80"`, at8000)).toBe(false);
  });
});

/** `portcullis docs` in process, from the same sources as checkStaged (never a stale bundle). */
async function regenerateDocs(dir: string): Promise<void> {
  const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: () => undefined, isTTY: false };
  expect(await docsCommand([], io)).toBe(0);
}

describe("checkStaged specifics", () => {
  const registry = "version: 1\nservices:\n  api: { port: 8000, access: localhost }\n";

  it("with nothing staged, answers at once without reading the registry", async () => {
    const repo = makeRepo({ "ports.yaml": "version: 1\nservices: [not, a, map]\n" });
    repos.push(repo);
    const result = await staged(repo.dir);
    expect(result.staged).toEqual([]);
    expect(result.summary.filesScanned).toBe(0);
  });

  it("with only files no scanner reads staged, scans nothing", async () => {
    const repo = makeRepo({ "ports.yaml": registry, "logo.png": "png" });
    repos.push(repo);
    write(repo.dir, "logo.png", "png2");
    git(repo.dir, ["add", "logo.png"]);
    const result = await staged(repo.dir);
    expect(result).toMatchObject({ staged: ["logo.png"], findings: [], summary: { filesScanned: 0 } });
  });

  it("does not follow a staged symlink to a compose file outside the repository", async () => {
    const outside = makeRepo({ "docker-compose.yml": `services:\n  api:\n    ports:\n      - "8000:8000"\n` }, { git: false });
    const repo = makeRepo({ "ports.yaml": registry });
    repos.push(outside, repo);
    symlinkSync(path.join(outside.dir, "docker-compose.yml"), path.join(repo.dir, "docker-compose.yml"));
    git(repo.dir, ["add", "docker-compose.yml"]);
    const result = await staged(repo.dir);
    expect(result.staged).toEqual(["docker-compose.yml"]);
    expect(result.findings).toEqual([]);
  });

  it("a staged ports.yaml reads only the staged files when the repository has no port map", async () => {
    const files: Record<string, string> = { "ports.yaml": registry };
    for (let i = 0; i < 20; i++) files[`svc${i}/docker-compose.yml`] = `services:\n  s${i}:\n    image: x\n    expose: ["${9000 + i}"]\n`;
    const repo = makeRepo(files);
    repos.push(repo);
    write(repo.dir, "ports.yaml", `${registry}  web: { port: 8000 }\n`);
    git(repo.dir, ["add", "ports.yaml"]);
    const lean = await staged(repo.dir);
    expect(lean.findings.map((f) => [f.file, f.ruleId])).toEqual([["ports.yaml", "port-conflict"]]);
    expect(lean.summary.filesScanned).toBeLessThan(5);
    // With a port map anywhere, the same commit reads everything, so the map can be judged.
    write(repo.dir, "docs/README.md", "# Ports\n\n<!-- portcullis:begin -->\n<!-- portcullis:end -->\n");
    git(repo.dir, ["add", "docs/README.md"]);
    git(repo.dir, ["commit", "-q", "-m", "map", "--no-verify", "--", "docs/README.md"]);
    const full = await staged(repo.dir);
    expect(full.summary.filesScanned).toBeGreaterThanOrEqual(20);
    expect(full.findings.map((f) => [f.file, f.ruleId])).toContainEqual(["docs/README.md", "docs-drift"]);
  });

  it("a staged ports.yaml brings docs staleness of the port map; a regenerated, staged map clears it", async () => {
    const repo = makeRepo({ "ports.yaml": registry, "docker-compose.yml": `services:\n  api:\n    ports:\n      - "127.0.0.1:8000:8000"\n` });
    repos.push(repo);
    await regenerateDocs(repo.dir);
    git(repo.dir, ["add", "PORTS.md"]);
    git(repo.dir, ["commit", "-q", "-m", "port map"]);

    write(repo.dir, "ports.yaml", `${registry}  web: { port: 8080, access: public }\n`);
    git(repo.dir, ["add", "ports.yaml"]);
    const stale = await staged(repo.dir);
    expect(stale.findings.map((f) => [f.file, f.ruleId])).toContainEqual(["PORTS.md", "docs-drift"]);

    await regenerateDocs(repo.dir);
    git(repo.dir, ["add", "PORTS.md"]);
    const current = await staged(repo.dir);
    expect(current.findings.filter((f) => f.ruleId === "docs-drift")).toEqual([]);

    // Regenerated in the working tree but not staged: the commit would still carry the stale map.
    git(repo.dir, ["reset", "-q", "--", "PORTS.md"]);
    expect((await staged(repo.dir)).findings.map((f) => f.file)).toContain("PORTS.md");
  });
});

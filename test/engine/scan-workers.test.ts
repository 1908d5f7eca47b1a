// check() on worker threads gives exactly what it gives in the calling thread. The workers run the
// bundles (dist/cli, dist/action), as they do for users: run `npm run build` first.

import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/engine/check.js";
import { readRegularFile } from "../../src/scan/discover.js";
import { makeRepo, REPO_ROOT, type TempRepo } from "../helpers/temp-repo.js";
import { comparable } from "../helpers/check-result.js";

const CLI = path.join(REPO_ROOT, "dist/cli/index.js");
const ACTION = path.join(REPO_ROOT, "dist/action/index.js");

const REGISTRY = `version: 1
project: workers
services:
  api:
    port: 8000
    env: API_PORT
    access: localhost
  web:
    port: 3000
    env: WEB_PORT
`;

/** A few hundred files of every family, with the odd ones the engine skips or reports. */
function files(): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = { "ports.yaml": REGISTRY };
  for (let i = 0; i < 60; i++) {
    out[`svc${i}/docker-compose.yml`] = `services:\n  api:\n    ports:\n      - "${i % 3 === 0 ? "" : "127.0.0.1:"}${8000 + (i % 2)}:8000"\n`;
    out[`svc${i}/.env.example`] = i % 4 === 0 ? "WEB_PORT=3001\n" : "API_PORT=8000\n";
    out[`svc${i}/Dockerfile`] = "FROM node:20\nEXPOSE 8000\n";
    out[`docs/${i}.md`] = `# api\n\nOpen http://localhost:${8000 + (i % 3)}.\n\n| Service | Port |\n| --- | --- |\n| api | ${8000 + (i % 2)} |\n`;
    out[`src/${i}/server.ts`] =
      `// portcullis-ignore-next-line hardcoded-port -- legacy\napp.listen(${i % 5 === 0 ? 8000 : 3000});\n` +
      `const base = "http://localhost:${8000 + i}";\nsetTimeout(() => refresh(), 3000);\n`;
    out[`src/${i}/main.py`] = `PORT = int(os.getenv("API_PORT", "${8000 + (i % 2)}"))\n`;
    out[`src/${i}/plain.go`] = "package main\n\nfunc main() { println(4000) }\n";
  }
  out["src/binary.js"] = Buffer.from([0x61, 0x00, 0x62, 0x0a]);
  out["src/latin1.py"] = Buffer.concat([Buffer.from("PORT = 8000\nname = '"), Buffer.from([0xe9]), Buffer.from("'\n")]);
  out["src/huge.ts"] = `const port = 8000;\n${"x".repeat(2 * 1024 * 1024)}\n`;
  return out;
}

describe("scan workers", () => {
  let repo: TempRepo;
  let inThread: CheckResult;
  const scratch = fsTemp();

  beforeAll(async () => {
    expect(existsSync(CLI), "dist/cli/index.js is missing: run npm run build").toBe(true);
    repo = makeRepo(files());
    // A tracked symlink is read as a link, never followed (here: to a file outside the tree).
    writeFileSync(path.join(scratch, "outside.ts"), "const port = 9999;\n");
    symlinkSync(path.join(scratch, "outside.ts"), path.join(repo.dir, "src/outside.ts"));
    inThread = await check({ root: repo.dir, workers: false });
  });
  afterAll(() => repo?.cleanup());

  it("the repository exercises findings, suppressions, skipped and undecodable files", () => {
    expect(inThread.summary.filesScanned).toBeGreaterThan(400);
    expect(inThread.findings.length).toBeGreaterThan(50);
    expect(inThread.notices.join("\n")).toMatch(/binary files: src\/binary\.js/);
    expect(inThread.notices.join("\n")).toMatch(/src\/huge\.ts/);
    expect(inThread.findings.some((f) => f.file === "src/latin1.py" && f.message.includes("not valid UTF-8"))).toBe(true);
    expect(inThread.files.some((f) => f.path === "src/outside.ts")).toBe(false);
    expect(inThread.refs.some((r) => r.port === 9999)).toBe(false);
  });

  it("the CLI bundle's workers give the same result, and really run", async () => {
    const marker = path.join(scratch, "cli-started");
    const script = path.join(scratch, "cli-worker.mjs");
    writeFileSync(script, `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(marker)}, "x");\nawait import(${JSON.stringify(pathToFileURL(CLI).href)});\n`);
    const result = await check({ root: repo.dir, workers: { script, threads: 2, minFiles: 1 } });
    expect(comparable(result)).toStrictEqual(comparable(inThread));
    expect(readFileSync(marker, "utf8")).toBe("xx");
  });

  it("the Action bundle's workers give the same result", async () => {
    const result = await check({ root: repo.dir, workers: { script: pathToFileURL(ACTION), threads: 3, minFiles: 1 } });
    expect(comparable(result)).toStrictEqual(comparable(inThread));
  });

  it("falls back to the calling thread when a worker cannot start or does not serve", async () => {
    const missing = await check({ root: repo.dir, workers: { script: path.join(scratch, "no-such-worker.mjs"), minFiles: 1 } });
    expect(comparable(missing)).toStrictEqual(comparable(inThread));
    const idle = path.join(scratch, "idle-worker.mjs");
    writeFileSync(idle, "// loads, serves nothing, exits\n");
    const result = await check({ root: repo.dir, workers: { script: idle, threads: 2, minFiles: 1 } });
    expect(comparable(result)).toStrictEqual(comparable(inThread));
  });

  it("scans in the calling thread below minFiles", async () => {
    const result = await check({ root: repo.dir, workers: { script: path.join(scratch, "no-such-worker.mjs"), minFiles: 100_000 } });
    expect(comparable(result)).toStrictEqual(comparable(inThread));
  });
});

describe("readRegularFile", () => {
  const dir = fsTemp();
  writeFileSync(path.join(dir, "small.txt"), "port: 8000\n");
  writeFileSync(path.join(dir, "big.txt"), "x".repeat(5000));
  symlinkSync(path.join(dir, "small.txt"), path.join(dir, "link.txt"));
  mkdirSync(path.join(dir, "folder"));

  it("reads a regular file, into the scratch buffer when one is given", () => {
    const scratch = Buffer.alloc(64);
    const bytes = readRegularFile(path.join(dir, "small.txt"), 1000, scratch);
    expect(Buffer.isBuffer(bytes) && bytes.toString()).toBe("port: 8000\n");
    expect(Buffer.isBuffer(bytes) && bytes.buffer).toBe(scratch.buffer);
    const own = readRegularFile(path.join(dir, "big.txt"), 10_000, scratch);
    expect(Buffer.isBuffer(own) && own.length).toBe(5000);
  });

  it("answers the size of a file over the limit without reading it", () => {
    expect(readRegularFile(path.join(dir, "big.txt"), 4999)).toEqual({ size: 5000 });
  });

  it("never follows a symlink, and reads no folder or missing file", () => {
    expect(readRegularFile(path.join(dir, "link.txt"), 1000)).toBeUndefined();
    expect(readRegularFile(path.join(dir, "folder"), 1000)).toBeUndefined();
    expect(readRegularFile(path.join(dir, "missing.txt"), 1000)).toBeUndefined();
  });
});

function fsTemp(): string {
  const dir = path.join(os.tmpdir(), `portcullis-workers-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

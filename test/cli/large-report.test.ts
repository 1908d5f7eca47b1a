// A large JSON report leaves the bundled CLI in pieces, each written once the pipe has taken the
// last: through a pipe read slowly it arrives whole, the same bytes as with --output.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeRepo, type TempRepo } from "../helpers/temp-repo.js";
import { CLI, runBundledCli } from "../helpers/run-cli.js";

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** The bundled CLI's stdout, read in small bites with pauses, so that the pipe fills up. */
function readSlowly(args: string[], cwd: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const { CI: _ci, PORTCULLIS_CACHE: _cache, PORTCULLIS_CACHE_DIR: _dir, ...env } = process.env;
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...env, NO_COLOR: "1", PORTCULLIS_CACHE: "0" } });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(chunks).toString("utf8") }));
  });
}

describe("a large JSON report", () => {
  it("arrives whole through a slow pipe, byte for byte what --output writes", async () => {
    // 1,500 ports nobody declared: 1,500 findings, several pieces of the report.
    const lines = Array.from({ length: 1500 }, (_, i) => `SVC_${i}_PORT=${20000 + i}`);
    repo = makeRepo({ "ports.yaml": "version: 1\n", ".env.example": `${lines.join("\n")}\n` });
    const piped = await readSlowly(["check", "--format", "json"], repo.dir);
    const written = await runBundledCli(["check", "--format", "json", "--output", "report.json"], repo.dir, { PORTCULLIS_CACHE: "0" });
    expect(written.code).toBe(piped.code);
    const file = readFileSync(path.join(repo.dir, "report.json"), "utf8");
    const zero = (text: string) => text.replace(/"durationMs": \d+/, '"durationMs": 0');
    expect(zero(piped.stdout)).toBe(zero(file));
    expect(JSON.parse(piped.stdout).findings.length).toBeGreaterThanOrEqual(1500);
  }, 60_000);
});

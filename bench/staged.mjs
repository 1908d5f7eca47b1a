// `npm run bench:staged` (also the end of `npm run bench`): the pre-commit path. In the synthetic
// repository at two sizes, stage 5 files and time `check --staged` (the bundled CLI as a
// subprocess, as a hook runs it) against bare `node -e 0`, measured alternately in the same run.
// Targets: <= 2.5x bare Node start-up; <= 20% growth from the smaller repository to the larger.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSyntheticRepo, gitInit } from "./synth.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/index.js");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { maxBuffer: 1 << 30, ...options });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One file of each common family, edited and staged: what a typical commit touches. */
const STAGED = [
  ["services/svc-7/docker-compose.yml", "    restart: unless-stopped\n"],
  ["services/svc-7/env/7.env.example", "LOG_FORMAT=json\n"],
  ["services/svc-7/docker/7/Dockerfile", "USER node\n"],
  ["docs/7.md", "\nSee the runbook for restarts.\n"],
  ["src/ts/m0/file0.ts", "export const retries = 3;\n"],
];

/** A synthetic repository of `files` files with the STAGED edits staged. */
function prepare(files) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-bench-staged-"));
  buildSyntheticRepo(dir, { files });
  // The commit would start `git gc --auto` in the background, packing while the runs are timed:
  // turn that off (gitInit's git inherits the environment), then pack in the foreground, as a
  // repository of this size usually is.
  const saved = { ...process.env };
  Object.assign(process.env, { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "gc.auto", GIT_CONFIG_VALUE_0: "0" });
  try {
    gitInit(dir);
  } finally {
    for (const key of ["GIT_CONFIG_COUNT", "GIT_CONFIG_KEY_0", "GIT_CONFIG_VALUE_0"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  execFileSync("git", ["gc", "-q"], { cwd: dir });
  for (const [file, line] of STAGED) appendFileSync(path.join(dir, file), line);
  execFileSync("git", ["add", "--", ...STAGED.map(([file]) => file)], { cwd: dir });
  return dir;
}

export function runStagedBench() {
  if (!existsSync(cli)) {
    console.error("bench: run `npm run build` first (needs dist/cli)");
    process.exit(2);
  }
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  const sizes = (process.env.BENCH_STAGED_FILES ?? "20000,100000").split(",").map(Number);
  console.log(`\ncheck --staged, ${STAGED.length} staged files (${STAGED.map(([f]) => path.basename(f)).join(", ")}), median of ${runs}:`);
  const repos = sizes.map((files) => ({ files, dir: prepare(files) }));
  try {
    const env = { ...process.env, NO_COLOR: "1" };
    const args = [cli, "check", "--staged", "--format", "json"];
    const results = repos.map(({ files, dir }) => {
      const first = time("node", args, { cwd: dir, env }); // fills the page and registry caches
      if (first.status !== 0 && first.status !== 1) throw new Error(`check --staged failed (${first.status}): ${first.stderr}`);
      return { files, dir, first: first.ms, report: JSON.parse(first.stdout.toString()), checks: [], bare: [], floor: [] };
    });
    // Every size and the baselines are measured in turn within each round, so a change in the
    // machine's load between rounds weighs on all of them alike.
    for (let i = 0; i < runs; i++) {
      for (const r of results) {
        r.bare.push(time("node", ["-e", "0"]).ms);
        r.checks.push(time("node", args, { cwd: r.dir, env }).ms);
        // Loading the check command alone: the floor the staged work adds to.
        r.floor.push(time("node", [cli, "check", "--help"], { cwd: r.dir, env }).ms);
      }
    }
    for (const r of results) {
      const [check, bare, floor] = [median(r.checks), median(r.bare), median(r.floor)];
      const ratio = check / bare;
      Object.assign(r, { check });
      console.log(
        `  ${String(r.files).padStart(6)} files: check --staged ${check.toFixed(0)} ms (first run ${r.first.toFixed(0)} ms), ` +
          `node -e 0 ${bare.toFixed(0)} ms, ratio ${ratio.toFixed(2)}x (target <= 2.5) ${ratio <= 2.5 ? "ok" : "MISSED"}; ` +
          `${r.report.summary.filesScanned} files scanned, ${r.report.findings.length} findings; ` +
          `check --help (loading alone) ${floor.toFixed(0)} ms = ${(floor / bare).toFixed(2)}x`,
      );
    }
    if (results.length >= 2) {
      const [small, large] = [results[0], results[results.length - 1]];
      const growth = large.check / small.check - 1;
      console.log(
        `  growth ${small.files} -> ${large.files} files: ${(growth * 100).toFixed(1)}% (target <= 20%) ${growth <= 0.2 ? "ok" : "MISSED"}`,
      );
    }
  } finally {
    for (const { dir } of repos) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runStagedBench();

// `npm run bench`: check's wall time, throughput and peak RSS on a synthetic repository, against
// ripgrep over the same files in the same run; then a crash-free run over ../shared/corpus.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSyntheticRepo, gitInit } from "./synth.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/index.js");
const hook = path.join(root, "bench/rss-hook.cjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FILES = Number(process.env.BENCH_FILES ?? 20000);

if (!existsSync(cli) || !existsSync(path.join(root, "lib/engine/check.js"))) {
  console.error("bench: run `npm run build` first (needs dist/ and lib/)");
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function onPath(name) {
  return spawnSync("sh", ["-c", 'command -v "$1"', "sh", name]).status === 0;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-bench-"));
const rssFile = path.join(dir, ".rss");
try {
  const { files } = buildSyntheticRepo(dir, { files: FILES });
  gitInit(dir);
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: dir }).toString().split("\0").filter(Boolean);
  const bytes = listed.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  console.log(`synthetic repository: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);

  const env = { ...process.env, PORTCULLIS_RSS_FILE: rssFile, NO_COLOR: "1" };
  const checkArgs = ["--require", hook, cli, "check", "--format", "json"];
  time("node", checkArgs, { cwd: dir, env }); // warm the page cache
  writeFileSync(rssFile, "");
  const checks = [];
  let report;
  for (let i = 0; i < RUNS; i++) {
    const r = time("node", checkArgs, { cwd: dir, env });
    if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
    checks.push(r.ms);
    report = JSON.parse(r.stdout.toString());
  }
  const rss = readFileSync(rssFile, "utf8").trim().split("\n").map(Number);
  const bare = Array.from({ length: RUNS }, () => time("node", ["-e", "0"]).ms);
  const checkMs = median(checks);
  console.log(`check:   median ${checkMs.toFixed(0)} ms over ${RUNS} runs; ${(report.summary.filesScanned / (checkMs / 1000)).toFixed(0)} scanned files/s, ${(files / (checkMs / 1000)).toFixed(0)} repo files/s, ${(bytes / 1e6 / (checkMs / 1000)).toFixed(1)} MB/s; peak RSS ${(Math.max(...rss) / 1024).toFixed(0)} MB; ${report.summary.filesScanned} files scanned, ${report.findings.length} findings`);
  console.log(`node -e 0: median ${median(bare).toFixed(0)} ms (check = ${(checkMs / median(bare)).toFixed(1)}x bare start-up)`);
  if (onPath("rg")) {
    const pattern = String.raw`(localhost|127\.0\.0\.1|0\.0\.0\.0):[0-9]{2,5}|[Pp][Oo][Rr][Tt][A-Za-z_]*\s*[:=]\s*["']?[0-9]{2,5}|EXPOSE\s+[0-9]|--port[ =][0-9]{2,5}|\.listen\([0-9]{2,5}`;
    const rgs = Array.from({ length: RUNS }, () => time("rg", ["-n", "--no-messages", pattern, "."], { cwd: dir }).ms);
    const rgMs = median(rgs);
    console.log(`rg:      median ${rgMs.toFixed(0)} ms with an equivalent port regex; check/rg ratio ${(checkMs / rgMs).toFixed(2)} (target <= 3)`);
  } else {
    console.log("rg: not on PATH, ratio not measured (apt-get install ripgrep)");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The corpus: real files from public repositories, checked against an empty registry.
const corpus = path.resolve(root, "../shared/corpus");
if (existsSync(corpus)) {
  const { check } = await import(path.join(root, "lib/engine/check.js"));
  const { parseRegistry } = await import(path.join(root, "lib/registry/load.js"));
  console.log("\ncorpus (empty registry):");
  console.log("repository".padEnd(46), "files".padStart(6), "refs".padStart(6), "findings".padStart(9), "ms".padStart(6));
  for (const name of readdirSync(corpus).filter((n) => statSync(path.join(corpus, n)).isDirectory()).sort()) {
    const repoRoot = path.join(corpus, name);
    const registry = parseRegistry("ports.yaml", "version: 1\n");
    const started = performance.now();
    const result = await check({ root: repoRoot, registry });
    const byRule = {};
    for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    console.log(
      name.padEnd(46),
      String(result.summary.filesScanned).padStart(6),
      String(result.refs.length).padStart(6),
      String(result.findings.length).padStart(9),
      (performance.now() - started).toFixed(0).padStart(6),
      " ",
      Object.entries(byRule).map(([k, v]) => `${k}:${v}`).join(" "),
    );
  }
}

// The pre-commit path: check --staged at two repository sizes (bench/staged.mjs).
const { runStagedBench } = await import("./staged.mjs");
runStagedBench();

// `npm run bench`: check's wall time, throughput and peak RSS on a synthetic repository (at the
// default port density and at density 1, a worst case), against ripgrep over the same files in the
// same run; then a crash-free run over ../shared/corpus.
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
// BENCH_ONLY=default: the default-density repository only; =staged: the pre-commit bench only.

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

const RG_PATTERN = String.raw`(localhost|127\.0\.0\.1|0\.0\.0\.0):[0-9]{2,5}|[Pp][Oo][Rr][Tt][A-Za-z_]*\s*[:=]\s*["']?[0-9]{2,5}|EXPOSE\s+[0-9]|--port[ =][0-9]{2,5}|\.listen\([0-9]{2,5}`;
const hasRg = onPath("rg");
if (!hasRg) console.log("rg: not on PATH, ratio not measured (apt-get install ripgrep)");

/**
 * check (default scan threads, and in the calling thread only) against ripgrep over the same
 * files and bare Node start-up, measured alternately within each round so that load changes on a
 * shared machine hit every contestant alike. Medians of RUNS rounds.
 */
function benchSynthetic(portDensity, label) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-bench-"));
  const rssFile = path.join(dir, ".rss");
  try {
    const { files } = buildSyntheticRepo(dir, { files: FILES, portDensity });
    gitInit(dir);
    const listed = execFileSync("git", ["ls-files", "-z"], { cwd: dir }).toString().split("\0").filter(Boolean);
    const bytes = listed.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    console.log(`\nsynthetic repository, ${label}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, portDensity ${portDensity}`);

    const checkArgs = ["--require", hook, cli, "check", "--format", "json"];
    // The caches (compiled code, scan results) live outside the repository, fresh for each run of
    // the bench. "warm": nothing changed since the last check (a developer re-running it); "no scan
    // cache": every file read and scanned again (--no-cache); "no caches": a fresh CI runner.
    const { CI: _ci, PORTCULLIS_CACHE: _c, PORTCULLIS_CACHE_DIR: _d, ...baseEnv } = process.env;
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), "portcullis-bench-cache-"));
    const variants = [
      { name: "check, warm", env: { PORTCULLIS_CACHE_DIR: cacheDir } },
      { name: "no scan cache", env: { PORTCULLIS_CACHE_DIR: cacheDir }, args: ["--no-cache"] },
      { name: "no caches", env: { PORTCULLIS_CACHE: "0" } },
    ];
    const runCheck = (variant) => {
      writeFileSync(rssFile, "");
      const env = { ...baseEnv, NO_COLOR: "1", PORTCULLIS_RSS_FILE: rssFile, ...variant.env };
      const r = time("node", [...checkArgs, ...(variant.args ?? [])], { cwd: dir, env });
      if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
      return { ms: r.ms, rss: Number(readFileSync(rssFile, "utf8").trim()), report: JSON.parse(r.stdout.toString()) };
    };
    // Files changed in the last two seconds are never cached (see scan-cache.ts): let the new
    // repository age past that, then warm the page cache and fill the caches.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
    for (const variant of variants) runCheck(variant);
    const results = variants.map(() => ({ ms: [], rss: [], report: undefined }));
    const bare = [];
    const rg = [];
    for (let i = 0; i < RUNS; i++) {
      variants.forEach((variant, k) => {
        const r = runCheck(variant);
        results[k].ms.push(r.ms);
        results[k].rss.push(r.rss);
        results[k].report = r.report;
      });
      if (hasRg) rg.push(time("rg", ["-n", "--no-messages", RG_PATTERN, "."], { cwd: dir }).ms);
      bare.push(time("node", ["-e", "0"]).ms);
    }
    const rgMs = hasRg ? median(rg) : undefined;
    const bareMs = median(bare);
    variants.forEach((variant, k) => {
      const { report } = results[k];
      const ms = median(results[k].ms);
      const peak = Math.max(...results[k].rss) / 1024;
      console.log(
        `${`${variant.name}:`.padEnd(17)} median ${ms.toFixed(0)} ms over ${RUNS} runs; ${(report.summary.filesScanned / (ms / 1000)).toFixed(0)} scanned files/s, ` +
          `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s; ${report.summary.filesScanned} files scanned, ${report.findings.length} findings`,
      );
      console.log(`${"".padEnd(17)} peak RSS ${peak.toFixed(0)} MB (target <= 200)${rgMs ? `; check/rg ratio ${(ms / rgMs).toFixed(2)} (target <= 3)` : ""}; ${(ms / bareMs).toFixed(1)}x bare start-up`);
    });
    if (rgMs) console.log(`${"rg:".padEnd(17)} median ${rgMs.toFixed(0)} ms with an equivalent port regex`);
    console.log(`${"node -e 0:".padEnd(17)} median ${bareMs.toFixed(0)} ms`);
    const reports = results.map((r) => JSON.stringify({ ...r.report, summary: { ...r.report.summary, durationMs: 0 } }));
    if (reports.some((r) => r !== reports[0])) throw new Error("check reported differently with and without caches");
    rmSync(cacheDir, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_ONLY === "staged") {
  const { runStagedBench } = await import("./staged.mjs");
  runStagedBench();
  process.exit(0);
}

benchSynthetic(0.05, "default density");
if (process.env.BENCH_ONLY !== "default") benchSynthetic(1, "worst case (every source file mentions ports)");

// The corpus: real files from public repositories, checked against an empty registry.
const corpus = path.resolve(root, "../shared/corpus");
if (existsSync(corpus) && !process.env.BENCH_ONLY) {
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
if (!process.env.BENCH_ONLY) {
  const { runStagedBench } = await import("./staged.mjs");
  runStagedBench();
}

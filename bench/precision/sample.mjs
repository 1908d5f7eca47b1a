// `node bench/precision/sample.mjs [--n 400] [--min-per-pattern 25] [--seed portcullis-1]`
//
// Runs the source scanner over the sample roots (see corpus.mjs), draws a sample of the refs it
// reports and writes bench/precision/sample.tsv with the line of each, labelled from labels.tsv
// where a label exists ("?" otherwise). The sample is the refs with the smallest stable rank of
// their key: `n` drawn uniformly (stratum "uniform", for overall precision), then topped up so
// every pattern has at least `min-per-pattern` rows (stratum "pattern"). A ref keeps its rank when
// the scanner changes, so a re-sample after a fix keeps the rows still reported.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { here, lineExcerpt, loadScanner, rank, readText, sourceFiles } from "./corpus.mjs";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "400" },
    "min-per-pattern": { type: "string", default: "25" },
    seed: { type: "string", default: "portcullis-1" },
  },
});
const N = Number(values.n);
const MIN = Number(values["min-per-pattern"]);
const SEED = values.seed;

export function readLabels(file = path.join(here, "labels.tsv")) {
  const labels = new Map();
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return labels;
  }
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [key, label, note = ""] = line.split("\t");
    labels.set(key, { label, note });
  }
  return labels;
}

const scanner = await loadScanner();
const started = performance.now();
const refs = [];
const files = new Map();
let fileCount = 0;
let bytes = 0;
const perFileMs = [];
for (const file of sourceFiles(scanner)) {
  const text = readText(file);
  if (text === undefined) continue;
  fileCount++;
  bytes += text.length;
  const t0 = performance.now();
  const result = scanner.scanSource(file.rel, text, file.language);
  perFileMs.push([performance.now() - t0, file.key, text.length]);
  if (result.problems.length) console.error(`problem in ${file.key}: ${result.problems[0].message}`);
  for (const ref of result.refs) {
    const key = `${file.key}:${ref.line}:${ref.column}`;
    refs.push({ key, file, ref, rank: rank(key, SEED) });
  }
  if (result.refs.length) files.set(file.key, file);
}
const elapsed = performance.now() - started;

const byRank = [...refs].sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1));
const chosen = new Map();
for (const r of byRank.slice(0, N)) chosen.set(r.key, { ...r, stratum: "uniform" });
const perPattern = new Map();
for (const r of chosen.values()) perPattern.set(r.ref.meta.pattern, (perPattern.get(r.ref.meta.pattern) ?? 0) + 1);
for (const r of byRank) {
  const pattern = r.ref.meta.pattern;
  if ((perPattern.get(pattern) ?? 0) >= MIN || chosen.has(r.key)) continue;
  chosen.set(r.key, { ...r, stratum: "pattern" });
  perPattern.set(pattern, (perPattern.get(pattern) ?? 0) + 1);
}

const labels = readLabels();
const textCache = new Map();
const rows = [...chosen.values()].sort((a, b) => a.rank - b.rank);
const header = ["key", "stratum", "version", "language", "pattern", "kind", "side", "port", "label", "line"];
const out = [header.join("\t")];
let unlabelled = 0;
for (const r of rows) {
  if (!textCache.has(r.file.key)) textCache.set(r.file.key, readText(r.file));
  const excerpt = lineExcerpt(textCache.get(r.file.key), r.ref);
  const label = labels.get(r.key)?.label ?? "?";
  if (label === "?") unlabelled++;
  out.push(
    [r.key, r.stratum, scanner.version, r.ref.meta.language, r.ref.meta.pattern, r.ref.kind, r.ref.side, r.ref.port, label, excerpt].join("\t"),
  );
}
writeFileSync(path.join(here, "sample.tsv"), out.join("\n") + "\n");

const counts = new Map();
for (const r of refs) {
  const k = `${r.ref.meta.language}\t${r.ref.meta.pattern}`;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
console.log(`scanner version ${scanner.version}: ${fileCount} files, ${(bytes / 1e6).toFixed(1)} MB, ${refs.length} refs in ${(elapsed / 1000).toFixed(1)} s`);
const slow = perFileMs.sort((a, b) => b[0] - a[0]).slice(0, 3);
console.log(`slowest files: ${slow.map(([ms, key, size]) => `${key} (${(size / 1e3).toFixed(0)} kB, ${ms.toFixed(0)} ms)`).join("; ")}`);
console.log(`sample: ${rows.length} rows (${rows.filter((r) => r.stratum === "uniform").length} uniform), ${unlabelled} unlabelled → bench/precision/sample.tsv`);
console.log("refs per language and pattern:");
for (const [k, v] of [...counts].sort()) console.log(`  ${k}\t${v}`);

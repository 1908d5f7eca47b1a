// `node bench/precision/precision.mjs [--markdown]`
//
// Precision of the source scanner from the labelled sample: sample.tsv (what the current scanner
// reports, drawn by sample.mjs) joined with labels.tsv (the ground truth, by key). Overall precision
// uses the uniform stratum only; per-language and per-pattern precision use every sampled row.
// Exits 1 when a sampled row has no label, or a target is missed (overall >= 97%, every pattern
// with at least 10 rows >= 90%).
import { readFileSync } from "node:fs";
import path from "node:path";
import { here } from "./corpus.mjs";

const OVERALL_TARGET = 0.97;
const PATTERN_TARGET = 0.9;
const MIN_ROWS_FOR_TARGET = 10;

function readTsv(file) {
  return readFileSync(path.join(here, file), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

const [header, ...sampleRows] = readTsv("sample.tsv");
const col = Object.fromEntries(header.map((name, i) => [name, i]));
const labels = new Map(readTsv("labels.tsv").map(([key, label, version, pattern, note]) => [key, { label, version, pattern, note }]));

const rows = sampleRows.map((r) => ({
  key: r[col.key],
  stratum: r[col.stratum],
  version: r[col.version],
  language: r[col.language],
  pattern: r[col.pattern],
  label: labels.get(r[col.key])?.label,
  line: r[col.line],
}));

const unlabelled = rows.filter((r) => r.label !== "port" && r.label !== "not");
if (unlabelled.length) {
  console.error(`${unlabelled.length} sampled rows have no label in labels.tsv, e.g.:`);
  for (const r of unlabelled.slice(0, 10)) console.error(`  ${r.key}\t${r.pattern}\t${r.line}`);
  process.exit(1);
}

/** Wilson score interval lower bound at 95%: how low precision may really be, given n. */
function wilsonLower(good, n) {
  if (n === 0) return 0;
  const z = 1.96;
  const p = good / n;
  return (p + (z * z) / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
}

function summarise(list) {
  const good = list.filter((r) => r.label === "port").length;
  return { n: list.length, good, bad: list.length - good, precision: list.length ? good / list.length : NaN, lower: wilsonLower(good, list.length) };
}

function group(list, by) {
  const out = new Map();
  for (const r of list) out.set(r[by], [...(out.get(r[by]) ?? []), r]);
  return [...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, members]) => ({ name, ...summarise(members) }));
}

const pct = (x) => (Number.isNaN(x) ? "–" : `${(100 * x).toFixed(1)}%`);
const version = [...new Set(rows.map((r) => r.version))].join(", ");
const overall = summarise(rows.filter((r) => r.stratum === "uniform"));
const all = summarise(rows);
const byLanguage = group(rows, "language");
const byPattern = group(rows, "pattern");

const lines = [];
lines.push(`Source scanner version ${version}: ${rows.length} sampled refs labelled (${overall.n} uniform).`);
lines.push("");
lines.push("| scope | rows | ports | not ports | precision | 95% lower bound |");
lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
lines.push(`| overall (uniform sample) | ${overall.n} | ${overall.good} | ${overall.bad} | ${pct(overall.precision)} | ${pct(overall.lower)} |`);
lines.push(`| all sampled rows | ${all.n} | ${all.good} | ${all.bad} | ${pct(all.precision)} | ${pct(all.lower)} |`);
for (const g of byLanguage) lines.push(`| language: ${g.name} | ${g.n} | ${g.good} | ${g.bad} | ${pct(g.precision)} | ${pct(g.lower)} |`);
for (const g of byPattern) lines.push(`| pattern: ${g.name} | ${g.n} | ${g.good} | ${g.bad} | ${pct(g.precision)} | ${pct(g.lower)} |`);

const stillWrong = rows.filter((r) => r.label === "not");
if (stillWrong.length) {
  lines.push("", "False positives still reported:");
  for (const r of stillWrong) lines.push(`- ${r.key} (${r.pattern}): ${labels.get(r.key)?.note ?? ""}`);
}
const sampled = new Set(rows.map((r) => r.key));
const fixed = [...labels].filter(([key, l]) => l.label === "not" && !sampled.has(key));
if (fixed.length) {
  lines.push("", `Labelled false positives no longer reported: ${fixed.length}`);
  for (const [key, l] of fixed) lines.push(`- ${key} (${l.pattern}): ${l.note}`);
}
console.log(lines.join("\n"));

const failures = [];
if (overall.precision < OVERALL_TARGET) failures.push(`overall precision ${pct(overall.precision)} < ${pct(OVERALL_TARGET)}`);
for (const g of byPattern) {
  if (g.n >= MIN_ROWS_FOR_TARGET && g.precision < PATTERN_TARGET) failures.push(`pattern ${g.name}: ${pct(g.precision)} < ${pct(PATTERN_TARGET)}`);
}
if (failures.length) {
  console.error(`\ntargets missed: ${failures.join("; ")}`);
  process.exit(1);
}

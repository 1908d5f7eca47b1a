// The stable JSON contract (DESIGN.md): other tools and tests parse it.

import type { Finding } from "../engine/types.js";
import type { FormatInput, Formatter } from "./types.js";

/** Findings per piece: a port-heavy repository's report (25,000 findings) never exists as one string. */
const FINDINGS_PER_PIECE = 500;

/** A finding as `JSON.stringify(entry, null, 2)` nested one level deeper would print it, written out directly. */
function entry(f: Finding): string {
  const s = JSON.stringify;
  let out = `    {\n      "ruleId": ${s(f.ruleId)},\n      "severity": ${s(f.severity)},\n      "message": ${s(f.message)},\n      "file": ${s(f.file)},\n`;
  out += `      "line": ${s(f.line)},\n      "column": ${s(f.column)},\n      "endLine": ${s(f.endLine)},\n      "endColumn": ${s(f.endColumn)},\n`;
  if (f.service !== undefined) out += `      "service": ${s(f.service)},\n`;
  if (f.port !== undefined) out += `      "port": ${s(f.port)},\n`;
  return `${out}      "fingerprint": ${s(f.fingerprint)}\n    }`;
}

/** The report in pieces whose concatenation is exactly `JSON.stringify(report, null, 2)` plus a newline. */
export function* formatJsonPieces({ findings, summary }: FormatInput): Generator<string> {
  const head = `{\n  "version": 1,\n  "findings": `;
  if (findings.length === 0) {
    yield `${head}[],\n`;
  } else {
    yield `${head}[\n`;
    for (let start = 0; start < findings.length; start += FINDINGS_PER_PIECE) {
      let piece = "";
      const end = Math.min(findings.length, start + FINDINGS_PER_PIECE);
      for (let i = start; i < end; i++) {
        piece += `${entry(findings[i]!)}${i + 1 < findings.length ? "," : ""}\n`;
      }
      yield piece;
    }
    yield "  ],\n";
  }
  const totals = {
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
    filesScanned: summary.filesScanned,
    durationMs: summary.durationMs,
  };
  yield `  "summary": ${JSON.stringify(totals, null, 2).replace(/\n/g, "\n  ")}\n}\n`;
}

export const formatJson: Formatter = (input) => Array.from(formatJsonPieces(input)).join("");

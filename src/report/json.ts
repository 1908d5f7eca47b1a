// The stable JSON contract (DESIGN.md): other tools and tests parse it.

import type { Finding } from "../engine/types.js";
import type { FormatInput, Formatter } from "./types.js";

/** Findings per piece: a port-heavy repository's report (25,000 findings) never exists as one string. */
const FINDINGS_PER_PIECE = 500;

function entry(f: Finding): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.service !== undefined ? { service: f.service } : {}),
    ...(f.port !== undefined ? { port: f.port } : {}),
    fingerprint: f.fingerprint,
  };
}

/**
 * The report in pieces whose concatenation is exactly `JSON.stringify(report, null, 2)` plus a
 * newline. JSON escapes line breaks inside strings, so re-indenting a finding's own
 * `JSON.stringify` at every newline nests it one level deeper without touching its content.
 */
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
        piece += `    ${JSON.stringify(entry(findings[i]!), null, 2).replace(/\n/g, "\n    ")}${i + 1 < findings.length ? "," : ""}\n`;
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

// The stable JSON contract (DESIGN.md): other tools and tests parse it.

import type { Formatter } from "./types.js";

export const formatJson: Formatter = ({ findings, summary }) => {
  const out = {
    version: 1,
    findings: findings.map((f) => ({
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
    })),
    summary: {
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      filesScanned: summary.filesScanned,
      durationMs: summary.durationMs,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

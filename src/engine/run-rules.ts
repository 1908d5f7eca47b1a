// Runs the rule catalog over attributed refs and turns reports into findings:
// severity from configuration, message from the rule's templates, a fingerprint that survives line moves.

import type { RuleLevel } from "../registry/model.js";
import type { Finding, Report, Rule, RuleContext, Severity } from "./types.js";
import { sha256Hex } from "../hash.js";
import { compareText } from "./order.js";

const SEVERITY: Record<Exclude<RuleLevel, "off">, Severity> = { error: "error", warn: "warning", info: "info" };

export function formatMessage(template: string, data: Report["data"]): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data?.[key];
    return value === undefined ? whole : String(value);
  });
}

/** Rule + file + the line's text with whitespace collapsed: stable when lines move. */
export function fingerprintBase(ruleId: string, file: string, lineText: string): string {
  return `${ruleId}\0${file}\0${lineText.trim().replace(/\s+/g, " ")}`;
}

export interface RunOptions {
  rules: ReadonlyMap<string, Rule>;
  /** Levels configured in ports.yaml `rules:`. */
  levels: Readonly<Record<string, RuleLevel>>;
  /** The text of a line of a repository file, for fingerprints ("" when unknown). */
  lineText(file: string, line: number): string;
}

export function runRules(context: RuleContext, options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const occurrences = new Map<string, number>();
  for (const [id, rule] of options.rules) {
    const configured = options.levels[id];
    if (configured === "off") continue;
    for (const report of rule.check(context)) {
      const level = configured ?? report.level ?? rule.meta.defaultLevel;
      const template = rule.meta.messages[report.messageId] ?? report.messageId;
      const { file, line, column, endLine, endColumn } = report.at;
      const base = fingerprintBase(id, file, options.lineText(file, line));
      // Identical lines in one file are told apart by their order, not their position.
      const nth = occurrences.get(base) ?? 0;
      occurrences.set(base, nth + 1);
      const finding: Finding = {
        ruleId: id,
        severity: SEVERITY[level],
        message: formatMessage(template, report.data),
        file,
        line,
        column,
        endLine,
        endColumn,
        fingerprint: sha256Hex(`${base}\0${nth}`).slice(0, 32),
      };
      if (report.service !== undefined) finding.service = report.service;
      if (report.port !== undefined) finding.port = report.port;
      findings.push(finding);
    }
  }
  return findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

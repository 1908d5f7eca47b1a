// Findings and the rule contract shared by the engine, rules and formatters.

import type { Located, Registry, RuleLevel, Service } from "../registry/model.js";
import type { PortRef, ScanProblem, ScanResult } from "../scan/types.js";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  service?: string;
  port?: number;
  /** Stable across line moves: rule, file and normalised line text. */
  fingerprint: string;
}

/** How a ref was tied to a service. */
export type AttributedBy = "env" | "name" | "port" | "path";

export interface AttributedRef extends PortRef {
  service?: Service;
  attributedBy?: AttributedBy;
}

/** One scanned file as the rules see it. */
export interface ScannedFile {
  path: string;
  scanner: string;
  result: ScanResult;
}

/** Whether an inline comment suppresses `ruleId` at `line` of `file` (see suppress.ts). */
export type Suppressed = (ruleId: string, file: string, line: number) => boolean;

export interface RuleContext {
  registry: Registry;
  refs: readonly AttributedRef[];
  problems: readonly ScanProblem[];
  files: readonly ScannedFile[];
  /** Suppression comments, for rules that draw what other rules report (the port map's diagram); none when absent. */
  suppressed?: Suppressed;
}

/** What a rule reports; the runner adds severity, message text and fingerprint. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number | undefined>;
  at: Located;
  service?: string;
  port?: number;
  /**
   * A level for this report alone (e.g. a warning where the rule usually errs). Used while the
   * user has not configured the rule's level; a configured level applies to every report.
   */
  level?: "error" | "warn" | "info";
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultLevel: Exclude<RuleLevel, "off">;
  /** Why the rule exists, one or two sentences (README and SARIF help). */
  rationale: string;
  /** Templates with `{name}` placeholders, keyed by messageId. */
  messages: Record<string, string>;
  /** A short bad/good pair for the rule documentation (file name, then the lines). */
  examples?: { file: string; bad: string; good: string };
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Report[];
}

export const DOCS_BASE = "https://github.com/portcullis-dev/portcullis/blob/main/README.md";

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}#${id}`;
}

// The formatter contract: one formatter per file, `(result, context) => string`.

import type { Finding, RuleMeta } from "../engine/types.js";

export interface ReportSummary {
  errors: number;
  warnings: number;
  infos: number;
  filesScanned: number;
  durationMs: number;
}

export interface FormatInput {
  findings: readonly Finding[];
  summary: ReportSummary;
}

export interface FormatContext {
  /** Absolute repository root (for links and reading code frames). */
  root: string;
  /** Metadata of every known rule, sorted by id. */
  rules: readonly RuleMeta[];
  /** Colour allowed (a TTY and no NO_COLOR). */
  color: boolean;
  /** The source text of a repository file, for code frames; undefined when unavailable. */
  readSource?(file: string): string | undefined;
  /** Tool version for machine-readable formats. */
  version: string;
}

export type Formatter = (input: FormatInput, context: FormatContext) => string;

// Baselines: a legacy repository records today's findings and only new ones fail.

import { readFile } from "node:fs/promises";
import { ConfigError } from "../registry/model.js";
import type { Finding } from "./types.js";
import { compareText } from "./order.js";

export interface BaselineFile {
  version: 1;
  findings: Array<{ fingerprint: string; ruleId: string; file: string; message: string }>;
}

export async function loadBaseline(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigError("baseline file not found", file);
  }
  try {
    const data = JSON.parse(text) as BaselineFile;
    if (data.version !== 1 || !Array.isArray(data.findings)) throw new Error("shape");
    return new Set(data.findings.map((f) => f.fingerprint));
  } catch {
    throw new ConfigError('not a Portcullis baseline (expected {"version": 1, "findings": [...]})', file, 1, 1);
  }
}

/** Deterministic baseline text: sorted, one entry per finding, no line numbers (they move). */
export function formatBaseline(findings: readonly Finding[]): string {
  const entries = findings
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, message: f.message }))
    .sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
  return `${JSON.stringify({ version: 1, findings: entries } satisfies BaselineFile, null, 2)}\n`;
}

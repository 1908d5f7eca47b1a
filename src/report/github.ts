// GitHub workflow-command annotations (`::error file=…::message`), escaped byte for byte as the
// runner's own toolkit escapes them, without depending on it (the CLI bundle stays toolkit-free).

import type { Finding, Severity } from "../engine/types.js";
import { withPathPrefix } from "./sarif.js";
import type { Formatter } from "./types.js";

export type AnnotationLevel = "error" | "warning" | "notice";

const LEVEL: Record<Severity, AnnotationLevel> = { error: "error", warning: "warning", info: "notice" };

export function annotationLevel(severity: Severity): AnnotationLevel {
  return LEVEL[severity];
}

/** Command data (the message): `%`, CR and LF would end or corrupt the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Command properties additionally must not contain the `:` and `,` that delimit them. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Annotation properties in the runner's vocabulary (`line`, `col`, …). */
export interface AnnotationProperties {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

/** `::name key=value,…::message`; empty properties are left out, as the toolkit does. */
export function workflowCommand(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const pairs = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}

export function formatAnnotation(annotation: Annotation): string {
  const { file, line, endLine, col, endColumn, title } = annotation.properties;
  // Fixed order: file and position first, the title last (what people read in raw logs).
  return workflowCommand(annotation.level, { file, line, endLine, col, endColumn, title }, annotation.message);
}

export interface AnnotationOptions {
  /** The project's folder relative to the workspace, so the runner can find the file. */
  pathPrefix?: string;
}

export function annotationTitle(finding: Finding): string {
  return `portcullis/${finding.ruleId}`;
}

export function findingAnnotation(finding: Finding, options: AnnotationOptions = {}): Annotation {
  const singleLine = finding.endLine === finding.line;
  return {
    level: annotationLevel(finding.severity),
    message: finding.message,
    properties: {
      file: withPathPrefix(options.pathPrefix, finding.file),
      line: finding.line,
      // The runner only honours columns on single-line annotations.
      ...(singleLine ? {} : { endLine: finding.endLine }),
      col: finding.column,
      ...(singleLine ? { endColumn: finding.endColumn } : {}),
      title: annotationTitle(finding),
    },
  };
}

export function renderGithub(findings: readonly Finding[], options: AnnotationOptions = {}): string {
  return findings.map((finding) => `${formatAnnotation(findingAnnotation(finding, options))}\n`).join("");
}

export const formatGithub: Formatter = ({ findings }) => renderGithub(findings);

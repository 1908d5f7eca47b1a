// Which findings become annotations. GitHub shows at most 10 error, 10 warning and 10 notice
// annotations per step (50 per job) and silently drops the rest, so the most useful ones go first
// and one notice says how many more there are and where to read them.

import type { Finding } from "../engine/types.js";
import { annotationLevel, findingAnnotation, type Annotation, type AnnotationLevel } from "../report/github.js";
import { inChangedFile, onChangedLine, type ChangeSet } from "./changes.js";

export interface AnnotationLimits {
  error: number;
  warning: number;
  notice: number;
  /** Per job, across every step. */
  total: number;
}

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { error: 10, warning: 10, notice: 10, total: 50 };

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that did not fit. */
  hidden: number;
  /** The one notice about the hidden findings, when there are any. */
  overflow?: Annotation;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first; then findings on lines the change touched; then in files it touched; then by severity and place. */
export function rankFindings(findings: readonly Finding[], changes?: ChangeSet): Finding[] {
  const key = (f: Finding) => [
    f.severity === "error" ? 0 : 1,
    changes && onChangedLine(f, changes) ? 0 : 1,
    changes && inChangedFile(f, changes) ? 0 : 1,
    SEVERITY_RANK[f.severity],
  ];
  return findings
    .map((finding, index) => ({ finding, index, key: key(finding) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return a.index - b.index;
    })
    .map((entry) => entry.finding);
}

export interface PlanOptions {
  changes?: ChangeSet;
  limits?: AnnotationLimits;
  pathPrefix?: string;
  /** Where every finding can be read (the job summary, a SARIF file). */
  readMore: string[];
}

export function planAnnotations(findings: readonly Finding[], options: PlanOptions): AnnotationPlan {
  const limits = options.limits ?? GITHUB_ANNOTATION_LIMITS;
  const ranked = rankFindings(findings, options.changes);
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const chosen: Finding[] = [];
  for (const finding of ranked) {
    const level = annotationLevel(finding.severity);
    if (used[level] >= limits[level] || chosen.length >= limits.total) continue;
    used[level]++;
    chosen.push(finding);
  }
  let hidden = findings.length - chosen.length;
  // The overflow notice needs a notice slot and a job slot of its own: give up the last notice or last finding.
  if (hidden > 0) {
    const needsNotice = used.notice >= limits.notice;
    const needsTotal = chosen.length >= limits.total;
    if (needsNotice || needsTotal) {
      let drop = chosen.length - 1;
      if (needsNotice && !needsTotal) {
        while (drop >= 0 && annotationLevel(chosen[drop]!.severity) !== "notice") drop--;
      }
      if (drop >= 0) {
        chosen.splice(drop, 1);
        hidden++;
      }
    }
  }
  const annotations = chosen.map((finding) => findingAnnotation(finding, { pathPrefix: options.pathPrefix }));
  if (hidden === 0) return { annotations, hidden };
  const where = options.readMore.length > 0 ? options.readMore.join(" and ") : "the step log";
  const overflow: Annotation = {
    level: "notice",
    message: `Portcullis reported ${findings.length} findings; ${chosen.length} are shown as annotations (GitHub shows at most ${limits.error} errors, ${limits.warning} warnings and ${limits.notice} notices per step). ${hidden} more: read every finding in ${where}.`,
    properties: { title: `portcullis: ${hidden} more findings` },
  };
  return { annotations, hidden, overflow };
}

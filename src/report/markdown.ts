// Markdown report for a job summary or a pull-request comment: counts by rule and severity, every
// finding in a table linked to its line, extra sections (the port map), all within a byte budget.

import { ruleDocsUrl, type Finding, type Severity } from "../engine/types.js";
import { pathToUri, withPathPrefix } from "./sarif.js";
import type { FormatContext, FormatInput, Formatter } from "./types.js";

/** GitHub refuses step summaries over 1 MiB; stay a little under it. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 8 * 1024;
/** Issue and pull-request comments are limited to 65,536 characters. */
export const COMMENT_MAX_BYTES = 60_000;

/** Room kept for the truncation notes, whatever else is cut. */
const NOTE_RESERVE = 1024;

export interface BlobLinks {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  /** The commit the findings are about (a pull request's head). */
  sha: string;
}

export interface MarkdownSection {
  title: string;
  body: string;
  /** Rendered inside `<details>` so long sections do not push the findings away. */
  collapsed?: boolean;
}

export interface MarkdownOptions {
  /** First line, before anything visible (a hidden marker for sticky comments). */
  marker?: string;
  title?: string;
  /** Link each finding to its line at this commit; plain text without it. */
  links?: BlobLinks;
  /** The project's folder inside the repository. */
  pathPrefix?: string;
  /** What the report covers, one sentence under the counts (e.g. only lines a pull request changed). */
  scope?: string;
  /** Sections after the findings; left out with a note when they do not fit. */
  sections?: readonly MarkdownSection[];
  /** Where every finding can be read when the table is cut short. */
  elsewhere?: string;
  maxBytes?: number;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Text safe inside a GFM table cell: every Markdown-active character backslash-escaped (so a
 * message can neither break the table nor inject links or HTML), line breaks folded, and `@`
 * mentions defused so a report never pings a user or team.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
    .replace(/(^|[^\w])@(?=\w)/g, "$1@\u200b");
}

/** A link destination that cannot end early: parentheses and spaces percent-encoded. */
function linkDestination(url: string): string {
  return url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
}

/** A repository file at the commit, as a link destination. */
export function blobFileUrl(links: BlobLinks, file: string): string {
  return linkDestination(`${links.serverUrl.replace(/\/+$/, "")}/${links.repository}/blob/${links.sha}/${pathToUri(file)}`);
}

export function blobUrl(links: BlobLinks, file: string, line: number, endLine = line): string {
  return `${blobFileUrl(links, file)}${endLine > line ? `#L${line}-L${endLine}` : `#L${line}`}`;
}

function locationCell(finding: Finding, options: MarkdownOptions): string {
  const file = withPathPrefix(options.pathPrefix, finding.file);
  const text = escapeMarkdownCell(`${file}:${finding.line}:${finding.column}`);
  if (!options.links) return text;
  return `[${text}](${blobUrl(options.links, file, finding.line, finding.endLine)})`;
}

function findingRow(finding: Finding, options: MarkdownOptions): string {
  return `| ${SEVERITY_LABEL[finding.severity]} | ${locationCell(finding, options)} | \`${finding.ruleId}\` | ${escapeMarkdownCell(finding.message)} |\n`;
}

function countLine(input: FormatInput): string {
  const { errors, warnings, infos, filesScanned } = input.summary;
  const files = plural(filesScanned, "scanned file");
  if (input.findings.length === 0) return `No port problems found in ${files}.\n`;
  return `**${plural(errors, "error")}**, **${plural(warnings, "warning")}** and ${plural(infos, "info")} in ${files}.\n`;
}

function ruleTable(findings: readonly Finding[]): string {
  const byRule = new Map<string, Record<Severity, number>>();
  for (const finding of findings) {
    const counts = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0 };
    counts[finding.severity]++;
    byRule.set(finding.ruleId, counts);
  }
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let out = "| Rule | Errors | Warnings | Infos | Total |\n| --- | ---: | ---: | ---: | ---: |\n";
  for (const id of [...byRule.keys()].sort()) {
    const counts = byRule.get(id)!;
    const sum = SEVERITIES.reduce((n, s) => n + counts[s], 0);
    for (const s of SEVERITIES) total[s] += counts[s];
    out += `| [\`${id}\`](${linkDestination(ruleDocsUrl(id))}) | ${counts.error} | ${counts.warning} | ${counts.info} | ${sum} |\n`;
  }
  out += `| **Total** | **${total.error}** | **${total.warning}** | **${total.info}** | **${findings.length}** |\n`;
  return out;
}

function renderSection(section: MarkdownSection): string {
  const body = section.body.endsWith("\n") ? section.body : `${section.body}\n`;
  if (section.collapsed) {
    return `\n<details>\n<summary>${escapeMarkdownCell(section.title)}</summary>\n\n${body}\n</details>\n`;
  }
  return `\n### ${escapeMarkdownCell(section.title)}\n\n${body}`;
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** Cuts text to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, max: number): string {
  const buffer = Buffer.from(text, "utf8");
  if (buffer.length <= max) return text;
  let end = max;
  while (end > 0 && (buffer[end]! & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString("utf8");
}

/** Findings in the order a reader wants them: errors, then warnings, then infos; by place within each. */
function severityFirst(findings: readonly Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.i - b.i)
    .map((entry) => entry.finding);
}

export function renderMarkdown(input: FormatInput, context: Pick<FormatContext, "version">, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  let head = options.marker ? `${options.marker}\n` : "";
  head += `## ${options.title ?? "Portcullis"}\n\n${countLine(input)}`;
  if (options.scope) head += `\n${escapeMarkdownCell(options.scope)}\n`;
  if (input.findings.length > 0) {
    head += `\n${ruleTable(input.findings)}\n### Findings\n\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n`;
  }

  let out = head;
  let used = bytes(head);
  const findings = severityFirst(input.findings);
  let shown = 0;
  for (const finding of findings) {
    const row = findingRow(finding, options);
    const size = bytes(row);
    if (used + size + NOTE_RESERVE > maxBytes) break;
    out += row;
    used += size;
    shown++;
  }

  const notes: string[] = [];
  if (shown < findings.length) {
    const where = options.elsewhere ? ` Every finding is in ${escapeMarkdownCell(options.elsewhere)}.` : "";
    notes.push(`${plural(findings.length - shown, "more finding is", "more findings are")} not shown: this report is limited to ${Math.floor(maxBytes / 1024)} KiB.${where}`);
  }

  let sections = "";
  const omitted: string[] = [];
  for (const section of options.sections ?? []) {
    const text = renderSection(section);
    const size = bytes(text);
    if (shown === findings.length && used + size + NOTE_RESERVE <= maxBytes) {
      sections += text;
      used += size;
    } else {
      omitted.push(section.title);
    }
  }
  if (omitted.length > 0) notes.push(`Left out to stay within the size limit: ${omitted.map(escapeMarkdownCell).join(", ")}.`);

  if (notes.length > 0) out += `\n> [!NOTE]\n${notes.map((note) => `> ${note}`).join("\n>\n")}\n`;
  out += sections;
  out += `\n<sub>portcullis ${escapeMarkdownCell(context.version)}</sub>\n`;
  // The reserve covers the notes; only an absurdly small budget gets here.
  return cutToBytes(out, maxBytes);
}

export const formatMarkdown: Formatter = (input, context) => renderMarkdown(input, context);

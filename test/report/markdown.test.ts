import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { blobUrl, COMMENT_MAX_BYTES, escapeMarkdownCell, formatMarkdown, renderMarkdown, SUMMARY_MAX_BYTES } from "../../src/report/markdown.js";
import type { FormatContext, FormatInput } from "../../src/report/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = (name: string) => path.join(here, "golden", name);
function expectGolden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), "utf8"));
}

const base: Finding = {
  ruleId: "exposed-binding",
  severity: "error",
  message: "api (access: localhost) is published on all interfaces; bind 127.0.0.1:8000:8000",
  file: "docker-compose.yml",
  line: 12,
  column: 9,
  endLine: 12,
  endColumn: 13,
  service: "api",
  port: 8000,
  fingerprint: "f1",
};
const FINDINGS: Finding[] = [
  base,
  { ...base, ruleId: "unknown-port", severity: "warning", message: "port 9999 | not declared in `ports.yaml`; see <b>@acme/ops</b> *now*", file: "deploy/a b (old)/.env", line: 3, column: 11, endLine: 3, endColumn: 15, fingerprint: "f2" },
  { ...base, ruleId: "privileged-port", severity: "info", message: "proxy listens on 443", file: "ports.yaml", line: 30, column: 11, endLine: 31, endColumn: 2, fingerprint: "f3" },
  { ...base, ruleId: "exposed-binding", line: 20, column: 9, endColumn: 13, message: "db (access: localhost) is published on all interfaces", fingerprint: "f4" },
];
const context: FormatContext = { root: "/repo", rules: [], color: false, version: "1.2.3" };
const input = (findings: Finding[], filesScanned = 9): FormatInput => ({
  findings,
  summary: {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    filesScanned,
    durationMs: 5,
  },
});
const links = { serverUrl: "https://github.com", repository: "acme/shop", sha: "0123456789abcdef0123456789abcdef01234567" };

/** The cells of a GFM table row, splitting on pipes that are not backslash-escaped (as GFM does). */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = "";
  for (let i = 1; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === "\\" && i + 1 < row.length) {
      cell += ch + row[++i];
    } else if (ch === "|") {
      out.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  return out;
}

describe("Markdown report", () => {
  it("matches the golden file for the CLI format (no links)", () => {
    expectGolden("markdown-findings.md", formatMarkdown(input(FINDINGS), context));
  });

  it("matches the golden file for a job summary with links, scope and the port map", () => {
    expectGolden(
      "markdown-summary.md",
      renderMarkdown(input(FINDINGS), context, {
        links,
        pathPrefix: "services/shop",
        scope: "Only lines changed by pull request #7 are reported.",
        sections: [{ title: "Port map", body: "| Port | Service |\n| ---: | --- |\n| 8000 | api |\n", collapsed: true }],
        elsewhere: "the SARIF file portcullis.sarif",
      }),
    );
  });

  it("says so when there is nothing to report", () => {
    expectGolden("markdown-clean.md", renderMarkdown(input([], 4), context, { marker: "<!-- portcullis:comment -->" }));
  });

  it("lists errors before warnings before infos, and every row has four cells", () => {
    const text = formatMarkdown(input(FINDINGS), context);
    const rows = text.split("\n").filter((line) => /^\| (Error|Warning|Info) \|/.test(line));
    expect(rows.map((r) => cells(r)[0])).toEqual(["Error", "Error", "Warning", "Info"]);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
  });

  it("escapes pipes, markup and mentions in cells", () => {
    const escaped = escapeMarkdownCell("a | b `c` <i>x</i> *y* [z](u) @acme/ops mail@host \\| line\nbreak");
    expect(escaped).toBe("a \\| b \\`c\\` \\<i\\>x\\</i\\> \\*y\\* \\[z\\](u) @\u200bacme/ops mail@host \\\\\\| line break");
    expect(cells(`| ${escaped} |`)).toHaveLength(1);
  });

  it("links each finding to its line (or lines) at the head commit", () => {
    expect(blobUrl(links, "services/shop/a b (old)/.env", 3)).toBe(
      "https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/services/shop/a%20b%20%28old%29/.env#L3",
    );
    expect(blobUrl(links, "ports.yaml", 30, 31)).toMatch(/#L30-L31$/);
  });

  it("stays within the byte budget and says how many findings it left out", () => {
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({ ...base, line: i + 1, message: `finding number ${i} ${"é".repeat(40)}`, fingerprint: `x${i}` }));
    const maxBytes = 64 * 1024;
    const text = renderMarkdown(input(many), context, { maxBytes, elsewhere: "the SARIF file", sections: [{ title: "Port map", body: "map" }] });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes);
    const shown = text.split("\n").filter((line) => line.startsWith("| Error |")).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(5000);
    expect(text).toContain(`> ${5000 - shown} more findings are not shown: this report is limited to 64 KiB. Every finding is in the SARIF file.`);
    expect(text).toContain("Left out to stay within the size limit: Port map.");
  });

  it("keeps the default summary under GitHub's 1 MiB and comments under 65,536 characters", () => {
    const many: Finding[] = Array.from({ length: 20000 }, (_, i) => ({ ...base, line: i + 1, message: `m${i} ${"x".repeat(60)}`, fingerprint: `y${i}` }));
    const summaryText = renderMarkdown(input(many), context);
    expect(Buffer.byteLength(summaryText)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024);
    const comment = renderMarkdown(input(many), context, { maxBytes: COMMENT_MAX_BYTES });
    expect(comment.length).toBeLessThan(65536);
  });

  it("never splits a UTF-8 character even with an absurdly small budget", () => {
    const text = renderMarkdown(input(FINDINGS), context, { maxBytes: 101, title: "ééééééééééééééééééééééééééééééééééééééééééééééééééé" });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(101);
    expect(text).not.toContain("\uFFFD");
  });
});

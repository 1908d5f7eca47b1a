// Golden files for the terminal and JSON formatters (ANSI compared separately from layout).

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatJson, formatJsonPieces } from "../../src/report/json.js";
import { formatStylish } from "../../src/report/stylish.js";
import type { FormatContext } from "../../src/report/types.js";
import { ruleMetas } from "../../src/rules/index.js";
import { REPO_ROOT } from "../helpers/temp-repo.js";

const GOLDEN = path.join(REPO_ROOT, "test/report/golden");

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const SOURCES: Record<string, string> = {
  "docker-compose.yml": 'services:\n  api:\n    build: ./api\n    ports:\n      - "8000:8000"\n  web:\n    ports:\n      - "127.0.0.1:${WEB_PORT:-8081}:3000"\n',
  ".env.example": "API_PORT=8000\n",
};

export const FINDINGS: Finding[] = [
  {
    ruleId: "exposed-binding", severity: "error",
    message: "api (access: localhost) is published on all interfaces; bind 127.0.0.1:8000",
    file: "docker-compose.yml", line: 5, column: 10, endLine: 5, endColumn: 14, service: "api", port: 8000, fingerprint: "a1",
  },
  {
    ruleId: "port-mismatch", severity: "error",
    message: "WEB_PORT is web's port, declared as 8080 in ports.yaml, but this uses 8081",
    file: "docker-compose.yml", line: 8, column: 33, endLine: 8, endColumn: 37, service: "web", port: 8081, fingerprint: "b2",
  },
  {
    ruleId: "env-template-drift", severity: "warning",
    message: ".env.example sets port variables but not WEB_PORT (web, port 8080)",
    file: ".env.example", line: 1, column: 1, endLine: 1, endColumn: 1, service: "web", port: 8080, fingerprint: "c3",
  },
];

const summary = { errors: 2, warnings: 1, infos: 0, filesScanned: 3, durationMs: 5 };
const context = (color: boolean): FormatContext => ({
  root: "/repo", rules: ruleMetas, color, version: "0.1.0", readSource: (file) => SOURCES[file],
});

describe("stylish", () => {
  it("groups by file, frames errors with carets under the span, ends with a summary", () => {
    golden("stylish.txt", formatStylish({ findings: FINDINGS, summary }, context(false)));
  });
  it("colours only when asked, and the text is otherwise identical", () => {
    const coloured = formatStylish({ findings: FINDINGS, summary }, context(true));
    expect(coloured).toContain("\u001b[31m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(formatStylish({ findings: FINDINGS, summary }, context(false)));
  });
  it("prints nothing when there is nothing to say", () => {
    expect(formatStylish({ findings: [], summary: { ...summary, errors: 0, warnings: 0 } }, context(false))).toBe("");
  });
});

describe("json", () => {
  it("follows the documented contract exactly", () => {
    golden("report.json", formatJson({ findings: FINDINGS, summary }, context(false)));
    const parsed = JSON.parse(formatJson({ findings: FINDINGS, summary }, context(false)));
    expect(Object.keys(parsed)).toEqual(["version", "findings", "summary"]);
    expect(Object.keys(parsed.findings[0])).toEqual([
      "ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "service", "port", "fingerprint",
    ]);
  });
});

describe("json in pieces", () => {
  /** What the report was before it came in pieces: one JSON.stringify of the whole. */
  const whole = (findings: Finding[]): string =>
    `${JSON.stringify(
      {
        version: 1,
        findings: findings.map((f) => ({
          ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.file, line: f.line, column: f.column,
          endLine: f.endLine, endColumn: f.endColumn,
          ...(f.service !== undefined ? { service: f.service } : {}),
          ...(f.port !== undefined ? { port: f.port } : {}),
          fingerprint: f.fingerprint,
        })),
        summary,
      },
      null,
      2,
    )}\n`;

  it("joins to exactly one JSON.stringify of the report, for none, one, and more findings than a piece holds", () => {
    const awkward: Finding = {
      ...FINDINGS[0]!,
      message: 'a "quoted"\nline\twith \\ and \u2028 and \u00e9 and emoji \u{1f6a2}',
      file: "dir with spaces/\u00fc.yml",
      service: undefined,
    };
    const many = Array.from({ length: 1234 }, (_, i) => ({ ...FINDINGS[i % 3]!, line: i + 1, fingerprint: `f${i}` }));
    for (const findings of [[], [FINDINGS[2]!], FINDINGS, [awkward, ...FINDINGS], many]) {
      const pieces = [...formatJsonPieces({ findings, summary })];
      expect(pieces.join("")).toBe(whole(findings));
      expect(formatJson({ findings, summary }, context(false))).toBe(whole(findings));
      if (findings.length > 1000) expect(pieces.length).toBeGreaterThan(3);
    }
  });
});

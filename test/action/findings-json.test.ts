import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { findingsJson } from "../../src/action/run-check.js";

const finding = (i: number): Finding => ({
  ruleId: "unknown-port",
  severity: "warning",
  message: `port ${9000 + i} is not declared`,
  file: `svc/${i}.env`,
  line: i + 1,
  column: 1,
  endLine: i + 1,
  endColumn: 5,
  port: 9000 + i,
  fingerprint: `fp${i}`,
});
const summary = { errors: 0, warnings: 0, infos: 0, filesScanned: 1, durationMs: 3 };

describe("findings-json output", () => {
  it("is the compact JSON contract", () => {
    const text = findingsJson({ findings: [finding(0)], summary: { ...summary, warnings: 1 } });
    expect(text).not.toContain("\n");
    expect(JSON.parse(text)).toEqual({
      version: 1,
      findings: [{ ruleId: "unknown-port", severity: "warning", message: "port 9000 is not declared", file: "svc/0.env", line: 1, column: 1, endLine: 1, endColumn: 5, port: 9000, fingerprint: "fp0" }],
      summary: { errors: 0, warnings: 1, infos: 0, filesScanned: 1, durationMs: 3 },
    });
  });

  it("keeps to its byte budget, marks the cut and keeps the full summary", () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(i));
    const text = findingsJson({ findings, summary: { ...summary, warnings: 5000 } }, 64 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(64 * 1024);
    const parsed = JSON.parse(text);
    expect(parsed.truncated).toBe(true);
    expect(parsed.findings.length).toBeGreaterThan(100);
    expect(parsed.summary.warnings).toBe(5000);
    expect(parsed.findings[0].fingerprint).toBe("fp0");
  });
});

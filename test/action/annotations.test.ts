import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../src/engine/types.js";
import { planAnnotations, rankFindings } from "../../src/action/annotations.js";
import type { ChangeSet } from "../../src/action/changes.js";

let n = 0;
const finding = (severity: Severity, file: string, line: number): Finding => ({
  ruleId: "unknown-port",
  severity,
  message: `${severity} at ${file}:${line}`,
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  fingerprint: `f${n++}`,
});
const many = (count: number, severity: Severity, file = "a.yml") => Array.from({ length: count }, (_, i) => finding(severity, file, i + 1));

describe("annotation ranking", () => {
  it("puts errors first, then changed lines, then changed files", () => {
    const changes: ChangeSet = new Map([
      ["changed.yml", [[5, 5]]],
      ["touched.yml", [[100, 100]]],
    ]);
    const ranked = rankFindings(
      [finding("warning", "other.yml", 1), finding("warning", "touched.yml", 1), finding("info", "changed.yml", 5), finding("error", "other.yml", 9), finding("warning", "changed.yml", 5)],
      changes,
    );
    expect(ranked.map((f) => `${f.severity}:${f.file}`)).toEqual([
      "error:other.yml",
      "warning:changed.yml",
      "info:changed.yml",
      "warning:touched.yml",
      "warning:other.yml",
    ]);
  });
});

describe("annotation plan", () => {
  it("emits everything when it fits, with no overflow notice", () => {
    const plan = planAnnotations([...many(3, "error"), ...many(2, "warning")], { readMore: ["the job summary"] });
    expect(plan.annotations).toHaveLength(5);
    expect(plan.hidden).toBe(0);
    expect(plan.overflow).toBeUndefined();
  });

  it("keeps to 10 per level and adds one notice saying how many more and where", () => {
    const findings = [...many(25, "error"), ...many(12, "warning"), ...many(3, "info")];
    const plan = planAnnotations(findings, { readMore: ["the job summary", "the SARIF file portcullis.sarif"] });
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect([count("error"), count("warning"), count("notice")]).toEqual([10, 10, 3]);
    expect(plan.hidden).toBe(17);
    expect(plan.overflow?.level).toBe("notice");
    expect(plan.overflow?.message).toContain("17 more: read every finding in the job summary and the SARIF file portcullis.sarif.");
    expect(plan.overflow?.message).toContain("Portcullis reported 40 findings; 23 are shown");
  });

  it("gives up one notice for the overflow notice when notices are full", () => {
    const plan = planAnnotations([...many(15, "info")], { readMore: [] });
    expect(plan.annotations).toHaveLength(9);
    expect(plan.hidden).toBe(6);
    expect(plan.overflow?.message).toContain("6 more: read every finding in the step log.");
  });

  it("respects a per-job total, leaving room for the overflow notice", () => {
    const plan = planAnnotations([...many(10, "error"), ...many(10, "warning")], {
      readMore: ["the job summary"],
      limits: { error: 10, warning: 10, notice: 10, total: 15 },
    });
    expect(plan.annotations).toHaveLength(14);
    expect(plan.annotations.filter((a) => a.level === "error")).toHaveLength(10);
    expect(plan.hidden).toBe(6);
    expect(plan.annotations.length + (plan.overflow ? 1 : 0)).toBe(15);
  });

  it("annotates with title, workspace-relative file, line and columns", () => {
    const plan = planAnnotations([finding("error", "docker-compose.yml", 7)], { readMore: [], pathPrefix: "services/shop" });
    expect(plan.annotations[0]).toEqual({
      level: "error",
      message: "error at docker-compose.yml:7",
      properties: { file: "services/shop/docker-compose.yml", line: 7, col: 1, endColumn: 5, title: "portcullis/unknown-port" },
    });
  });
});

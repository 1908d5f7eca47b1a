import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { escapeData, escapeProperty, findingAnnotation, formatAnnotation, formatGithub, renderGithub, workflowCommand } from "../../src/report/github.js";
import type { FormatContext } from "../../src/report/types.js";

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
  { ...base, ruleId: "unknown-port", severity: "warning", message: "100% sure:\r\nline two, with commas", file: "a,b:c/%d.env", line: 3, column: 1, endLine: 3, endColumn: 5, fingerprint: "f2" },
  { ...base, ruleId: "privileged-port", severity: "info", message: "spans lines", file: "ports.yaml", line: 4, column: 3, endLine: 6, endColumn: 2, fingerprint: "f3" },
];
const context: FormatContext = { root: "/repo", rules: [], color: false, version: "0.0.0" };
const summary = { errors: 1, warnings: 1, infos: 1, filesScanned: 3, durationMs: 1 };

/** What @actions/core itself prints for the same annotation (it writes to stdout). */
async function viaToolkit(level: "error" | "warning" | "notice", message: string, props: Record<string, unknown>): Promise<string> {
  const core = await import("@actions/core");
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    core[level](message, props);
  } finally {
    spy.mockRestore();
  }
  return chunks.join("");
}

describe("GitHub annotation formatter", () => {
  it("matches the golden file", () => {
    expectGolden("github-findings.txt", formatGithub({ findings: FINDINGS, summary }, context));
  });

  it("prints nothing when there is nothing to report", () => {
    expect(formatGithub({ findings: [], summary: { ...summary, errors: 0, warnings: 0, infos: 0 } }, context)).toBe("");
  });

  it("escapes data and properties exactly as the toolkit does", () => {
    expect(escapeData("50% done\r\nnext: a,b")).toBe("50%25 done%0D%0Anext: a,b");
    expect(escapeProperty("50% done\r\nnext: a,b")).toBe("50%25 done%0D%0Anext%3A a%2Cb");
    // `%` first, so an escape sequence already in the text is not decoded by the runner.
    expect(escapeProperty("%3A")).toBe("%253A");
  });

  it("prints the same command as @actions/core for each finding", async () => {
    for (const finding of FINDINGS) {
      const annotation = findingAnnotation(finding);
      const p = annotation.properties;
      const expected = await viaToolkit(annotation.level, annotation.message, {
        title: p.title,
        file: p.file,
        startLine: p.line,
        endLine: p.endLine,
        startColumn: p.col,
        endColumn: p.endColumn,
      });
      // Same properties and message; the toolkit orders keys differently, so compare parsed forms.
      const parse = (line: string) => {
        const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line.trim())!;
        return { level: m[1], props: Object.fromEntries(m[2]!.split(",").map((kv) => kv.split("="))), message: m[3] };
      };
      expect(parse(formatAnnotation(annotation))).toEqual(parse(expected));
    }
  });

  it("drops columns for multi-line spans only where the runner ignores them", () => {
    const single = findingAnnotation(base).properties;
    expect(single).toMatchObject({ line: 12, col: 9, endColumn: 13 });
    expect(single.endLine).toBeUndefined();
    const multi = findingAnnotation(FINDINGS[2]!).properties;
    expect(multi).toMatchObject({ line: 4, endLine: 6, col: 3 });
    expect(multi.endColumn).toBeUndefined();
  });

  it("makes paths workspace-relative with a prefix", () => {
    expect(renderGithub([base], { pathPrefix: "test/fixtures/consistent" })).toBe(
      "::error file=test/fixtures/consistent/docker-compose.yml,line=12,col=9,endColumn=13,title=portcullis/exposed-binding::api (access: localhost) is published on all interfaces; bind 127.0.0.1:8000:8000\n",
    );
  });

  it("leaves out empty properties", () => {
    expect(workflowCommand("notice", { file: undefined, title: "" }, "hello")).toBe("::notice::hello");
    expect(workflowCommand("notice", { title: "a:b" }, "x")).toBe("::notice title=a%3Ab::x");
  });
});

// The README's rule section is generated from rule metadata; this test fails when it is stale
// and rewrites it when run with UPDATE_DOCS=1.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleMetas } from "../src/rules/index.js";
import { VERSION } from "../src/version.js";
import { REPO_ROOT } from "./helpers/temp-repo.js";

const BEGIN = "<!-- rules:begin -->";
const END = "<!-- rules:end -->";
const LEVEL = { error: "error", warn: "warning", info: "info" } as const;

export function renderRuleDocs(): string {
  const table = [
    "| rule | default | fires when |",
    "| ---- | ------- | ---------- |",
    ...ruleMetas.map((m) => `| [\`${m.id}\`](#${m.id}) | ${LEVEL[m.defaultLevel]} | ${m.description.replace(/\|/g, "\\|")} |`),
  ].join("\n");
  const sections = ruleMetas.map((m) => {
    const parts = [`### ${m.id}`, "", `${m.description}. Default: **${LEVEL[m.defaultLevel]}**.`, "", `Why: ${m.rationale}`];
    if (m.examples) {
      parts.push(
        "",
        `Bad (\`${m.examples.file}\`):`,
        "",
        "```yaml",
        m.examples.bad,
        "```",
        "",
        "Good:",
        "",
        "```yaml",
        m.examples.good,
        "```",
      );
    }
    return parts.join("\n");
  });
  return [BEGIN, table, "", ...sections.flatMap((s) => [s, ""]), END].join("\n");
}

describe("README", () => {
  const file = path.join(REPO_ROOT, "README.md");

  it("documents every rule, generated from the rule metadata", () => {
    const text = readFileSync(file, "utf8");
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(start, "README lacks the rules markers").toBeGreaterThan(-1);
    const current = text.slice(start, end + END.length);
    const wanted = renderRuleDocs();
    if (current !== wanted && process.env.UPDATE_DOCS) {
      writeFileSync(file, text.slice(0, start) + wanted + text.slice(end + END.length));
      return;
    }
    expect(current, "README rule docs are stale: run UPDATE_DOCS=1 npx vitest run test/readme.test.ts").toBe(wanted);
  });

  it("every rule has an example, and the version matches package.json", () => {
    for (const meta of ruleMetas) expect(meta.examples, meta.id).toBeDefined();
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

// Every fixture repository under test/fixtures/ is checked as a real git repository, and its
// findings must equal the `expect: rule-id` markers written next to the lines they are about.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/engine/check.js";
import { FIXTURES, fixtureRepo, type TempRepo } from "./helpers/temp-repo.js";

const SCENARIOS = readdirSync(FIXTURES).filter(
  (name) => statSync(path.join(FIXTURES, name)).isDirectory() && (name.startsWith("seed-") || name === "consistent"),
);

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

const MARKER = /\bexpect(-next-line)?:\s*([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)/;

/** `file:line rule` for every marker in the fixture, sorted. */
export function expectedFindings(dir: string): string[] {
  const out: string[] = [];
  for (const file of listFiles(dir)) {
    const lines = readFileSync(path.join(dir, file), "utf8").split(/\r?\n/);
    lines.forEach((text, index) => {
      const match = MARKER.exec(text);
      if (!match) return;
      const line = match[1] ? index + 2 : index + 1;
      for (const rule of match[2]!.split(",")) out.push(`${file}:${line} ${rule.trim()}`);
    });
  }
  return out.sort();
}

describe("fixture repositories", () => {
  const repos: TempRepo[] = [];
  afterAll(() => repos.forEach((repo) => repo.cleanup()));

  it("has the seed fixtures and a consistent one", () => {
    expect(SCENARIOS).toContain("consistent");
    expect(SCENARIOS.filter((s) => s.startsWith("seed-")).length).toBeGreaterThanOrEqual(5);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario}: findings match the expect markers`, async () => {
      const repo = fixtureRepo(scenario);
      repos.push(repo);
      const result = await check({ root: repo.dir });
      const actual = result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
      const expected = expectedFindings(path.join(FIXTURES, scenario));
      expect(actual, result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`).join("\n")).toEqual(expected);
      if (scenario === "consistent") expect(result.findings).toEqual([]);
      expect(result.summary.filesScanned).toBeGreaterThan(0);
    });
  }
});

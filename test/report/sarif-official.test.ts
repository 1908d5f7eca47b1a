// SARIF output validated against the official OASIS SARIF 2.1.0 schema (rtm.5, the published
// 2.1.0), as shipped in @microsoft/jest-sarif — read from node_modules, not copied here. One of its
// patterns (language codes) is not valid in Unicode mode, hence unicodeRegExp: false.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv04 from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { renderSarif } from "../../src/report/sarif.js";
import { ruleMetas } from "../../src/rules/index.js";

const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as object;
const validate = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

const context = { root: "/repo", rules: ruleMetas, color: false, version: "0.1.0" };
const finding: Finding = {
  ruleId: "exposed-binding", severity: "error",
  message: "api (access: localhost) is published on all interfaces; bind 127.0.0.1:8000",
  file: "deploy/docker compose.yml", line: 5, column: 10, endLine: 5, endColumn: 14, service: "api", port: 8000,
  fingerprint: "0123456789abcdef0123456789abcdef",
};
const summary = (errors: number) => ({ errors, warnings: 0, infos: 0, filesScanned: 3, durationMs: 5 });

describe("SARIF against the official 2.1.0 schema", () => {
  it("a log with findings of every severity is valid", () => {
    const findings: Finding[] = [
      finding,
      { ...finding, ruleId: "unknown-port", severity: "warning", line: 9, fingerprint: "f".repeat(32) },
      { ...finding, ruleId: "privileged-port", severity: "info", file: "ports.yaml", line: 3, fingerprint: "e".repeat(32) },
    ];
    const log = JSON.parse(renderSarif({ findings, summary: summary(1) }, context));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
  it("an empty log is valid", () => {
    const log = JSON.parse(renderSarif({ findings: [], summary: summary(0) }, context));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
  it("the validator rejects a broken log (the test can fail)", () => {
    const log = JSON.parse(renderSarif({ findings: [finding], summary: summary(1) }, context));
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });
});

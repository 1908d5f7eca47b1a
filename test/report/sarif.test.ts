import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Finding, RuleMeta } from "../../src/engine/types.js";
import { ruleMetas } from "../../src/rules/index.js";
import { buildSarif, formatSarif, pathToUri, renderSarif } from "../../src/report/sarif.js";
import type { FormatContext, FormatInput } from "../../src/report/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = (name: string) => path.join(here, "golden", name);
const update = process.env.UPDATE_GOLDEN === "1";

function expectGolden(name: string, actual: string): void {
  if (update) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), "utf8"));
}

/** RFC 3986 URI (absolute, with a scheme) and URI reference, strict enough to catch spaces and bad escapes. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
function makeValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  ajv.addFormat("uri", (value: string) => URI_CHARS.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value));
  ajv.addFormat("uri-reference", (value: string) => URI_CHARS.test(value));
  const schema = JSON.parse(readFileSync(path.join(here, "sarif-2.1.0.schema.json"), "utf8"));
  return ajv.compile(schema);
}
const validate = makeValidator();

const RULES: RuleMeta[] = [
  {
    id: "unknown-port",
    description: "A port no service, range or reservation declares",
    defaultLevel: "warn",
    rationale: "An undeclared port is how two services end up fighting over one.",
    messages: {},
  },
  {
    id: "exposed-binding",
    description: "A non-public service is published on all interfaces",
    defaultLevel: "error",
    rationale: "A backend on 0.0.0.0 bypasses the reverse proxy.",
    messages: {},
  },
  {
    id: "privileged-port",
    description: "A non-public service below 1024",
    defaultLevel: "info",
    rationale: "Ports below 1024 need privileges.",
    messages: {},
  },
];

const FINDINGS: Finding[] = [
  {
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
    fingerprint: "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
  },
  {
    ruleId: "unknown-port",
    severity: "warning",
    message: "port 9999 is not declared in ports.yaml",
    file: "deploy/my app/.env",
    line: 3,
    column: 11,
    endLine: 3,
    endColumn: 15,
    port: 9999,
    fingerprint: "aaaabbbbccccddddeeeeffff00001111",
  },
  {
    ruleId: "future-rule",
    severity: "info",
    message: "a rule the context does not list",
    file: "ports.yaml",
    line: 4,
    column: 3,
    endLine: 5,
    endColumn: 1,
    fingerprint: "22223333444455556666777788889999",
  },
];

const input = (findings: Finding[]): FormatInput => ({
  findings,
  summary: {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    filesScanned: 7,
    durationMs: 12,
  },
});
const context = (rules: readonly RuleMeta[] = RULES): FormatContext => ({ root: "/repo", rules, color: false, version: "1.2.3" });

describe("SARIF formatter", () => {
  it("matches the golden file", () => {
    expectGolden("sarif-findings.sarif.json", formatSarif(input(FINDINGS), context()));
  });

  it("writes empty lists as [] when there is nothing to report", () => {
    const text = formatSarif(input([]), context([]));
    expectGolden("sarif-empty.sarif.json", text);
    const log = JSON.parse(text);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
    expect(text).toContain('"results": []');
  });

  it("is valid SARIF 2.1.0 for sample findings, no findings, and every real rule", () => {
    for (const log of [
      buildSarif(input(FINDINGS), context()),
      buildSarif(input([]), context([])),
      buildSarif(input(FINDINGS), context(ruleMetas)),
    ]) {
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("the schema check is not a rubber stamp", () => {
    const log = buildSarif(input(FINDINGS), context()) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0] as { level: string }).level = "fatal";
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(log);
    extra.runs[0]!.results[0]!.severity = "error";
    expect(validate(extra)).toBe(false);
    const spaced = structuredClone(log) as unknown as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    spaced.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = "my app/.env";
    expect(validate(spaced)).toBe(false);
  });

  it("lists rules sorted by id and points each result at its rule", () => {
    const log = buildSarif(input(FINDINGS), context());
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(["exposed-binding", "privileged-port", "unknown-port"]);
    expect(rules.map((r) => r.defaultConfiguration.level)).toEqual(["error", "note", "warning"]);
    for (const result of log.runs[0]!.results) {
      if (result.ruleIndex !== undefined) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
    expect(log.runs[0]!.results[2]!.ruleIndex).toBeUndefined();
  });

  it("maps severity, region, fingerprint and relative URIs", () => {
    const [first, second, third] = buildSarif(input(FINDINGS), context()).runs[0]!.results;
    expect(first!.level).toBe("error");
    expect(second!.level).toBe("warning");
    expect(third!.level).toBe("note");
    expect(first!.locations[0]!.physicalLocation.region).toEqual({ startLine: 12, startColumn: 9, endLine: 12, endColumn: 13 });
    expect(first!.partialFingerprints.primaryLocationLineHash).toBe(FINDINGS[0]!.fingerprint);
    expect(second!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "deploy/my%20app/.env", uriBaseId: "%SRCROOT%" });
  });

  it("prefixes paths with the project's folder when it is not the repository root", () => {
    const log = buildSarif(input(FINDINGS), context(), { pathPrefix: "services/shop/" });
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("services/shop/docker-compose.yml");
    expect(renderSarif(input(FINDINGS), context(), { pathPrefix: "." })).toBe(formatSarif(input(FINDINGS), context()));
  });

  it("never writes a region that ends before it starts", () => {
    const empty: Finding = { ...FINDINGS[0]!, endColumn: 9 };
    const region = buildSarif(input([empty]), context()).runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(region.endColumn).toBe(10);
  });

  it("percent-encodes path segments but keeps the separators", () => {
    expect(pathToUri("a b/c#d/ü.env")).toBe("a%20b/c%23d/%C3%BC.env");
  });
});

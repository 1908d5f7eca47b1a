// docs-drift: port tables and mentions against the registry, and stale generated maps.
// Fixture documents carry `expect: docs-drift` markers next to the lines they are about.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPortMapStale, renderPortMapInto } from "../../src/docs/stale.js";
import { attributeRefs } from "../../src/engine/attribute.js";
import { compareFindings, runRules } from "../../src/engine/run-rules.js";
import type { AttributedRef, Finding, ScannedFile } from "../../src/engine/types.js";
import { parseRegistry } from "../../src/registry/load.js";
import type { Registry } from "../../src/registry/model.js";
import docsDrift from "../../src/rules/docs-drift.js";
import { markdownScanner } from "../../src/scan/scanners/markdown.js";
import type { PortRef } from "../../src/scan/types.js";
import { FIXTURES } from "../helpers/temp-repo.js";

interface Doc {
  file: string;
  text: string;
}

/** Scans the documents, attributes like the engine does (or not), runs docs-drift alone. */
function drift(registry: Registry, docs: Doc[], options: { attribute?: boolean; extraRefs?: AttributedRef[] } = {}): Finding[] {
  const files: ScannedFile[] = docs.map((doc) => ({ path: doc.file, scanner: "markdown", result: markdownScanner.scan(doc.file, doc.text) }));
  const raw: PortRef[] = files.flatMap((f) => f.result.refs);
  const refs = [...(options.attribute === false ? raw : attributeRefs(raw, registry)), ...(options.extraRefs ?? [])];
  const texts = new Map(docs.map((doc) => [doc.file, doc.text.split(/\r?\n/)]));
  return runRules(
    { registry, refs, problems: files.flatMap((f) => f.result.problems), files },
    { rules: new Map([["docs-drift", docsDrift]]), levels: registry.rules, lineText: (file, line) => texts.get(file)?.[line - 1] ?? "" },
  ).sort(compareFindings);
}

const registryOf = (yaml: string) => parseRegistry("ports.yaml", yaml);
const doc = (text: string, file = "docs/ports.md"): Doc => ({ file, text });
const brief = (f: Finding) => `${f.line}:${f.column}-${f.endColumn} ${f.severity} ${f.message}`;

const REGISTRY = `version: 1
services:
  api:
    port: 8000
    env: API_PORT
    access: private
    aliases: [backend]
  pgsims-web:
    port: 8014
  nginx:
    port: 80
    access: public
  nginx-tls:
    port: 443
    access: public
    aliases: [nginx]
  dns:
    port: 53
    protocol: udp
  dashboard:
    port: 3210
    fallback: [3211, 3220]
reserved:
  - { port: 3000, reason: Grafana }
`;

const TABLE_HEAD = "| Port | Service | Protocol | Access | Variable |\n| --- | --- | --- | --- | --- |\n";

describe("docs-drift on table rows", () => {
  const registry = registryOf(REGISTRY);
  const rows = (...lines: string[]) => drift(registry, [doc(TABLE_HEAD + lines.join("\n") + "\n")]);

  it("accepts rows that agree, however the name is written", () => {
    expect(
      rows(
        "| 8000 | API | HTTP | Private networks | `API_PORT` |",
        "| 8000 | Backend | TCP | private | API_PORT |",
        "| 8014 | PGSIMS web | | | |",
        "| 8014 | pgsims_web | | Dev only | No (hardcoded) |",
        "| 80 | Nginx | HTTP | Public | |",
        "| 443 | nginx | HTTPS | Public | |",
        "| 53 | DNS | UDP | | |",
        "| 3211-3220 | Dashboard fallback | | | |",
        "| 3210, 3211 | Dashboard | | | |",
        "| 3000 | Grafana (external) | | | |",
      ),
    ).toEqual([]);
  });

  it("reports another port, at the port", () => {
    expect(rows("| 8001 | PGSIMS web | | | |", "| **8080** | `api` | | | |").map(brief)).toEqual([
      "3:3-7 error docs say PGSIMS web is on port 8001, but ports.yaml declares pgsims-web on 8014",
      "4:5-9 error docs say api is on port 8080, but ports.yaml declares api on 8000",
    ]);
  });

  it("reports another access, at the access cell", () => {
    expect(rows("| 8000 | api | | Public | |", "| 8014 | pgsims-web | | Localhost only | |").map(brief)).toEqual([
      '3:18-24 error docs say api is reachable "Public" (public), but ports.yaml declares api with access: private',
    ]);
  });

  it("reports another variable, or one the registry does not declare, at the variable cell", () => {
    expect(rows("| 8000 | api | | | `BACKEND_PORT` |", "| 8014 | pgsims-web | | | WEB_PORT |").map(brief)).toEqual([
      "3:20-34 error docs say api is configured by BACKEND_PORT, but ports.yaml says api reads API_PORT",
      "4:27-35 error docs say pgsims-web is configured by WEB_PORT, but ports.yaml declares no env for pgsims-web",
    ]);
  });

  it("finds the service by its variable when the name says nothing", () => {
    expect(rows("| 8001 | FastAPI | | | API_PORT |").map(brief)).toEqual([
      "3:3-7 error docs say FastAPI is on port 8001, but ports.yaml declares api on 8000",
    ]);
  });

  it("reports another protocol only when the column says so", () => {
    expect(rows("| 53 | dns | TCP | | |", "| 53 | dns | | | |", "| 8000 | api | HTTP | | |").map(brief)).toEqual([
      "3:3-5 error docs say dns uses tcp, but ports.yaml declares dns as udp",
    ]);
  });

  it("reports rows for ports the registry does not know", () => {
    expect(rows("| 9100 | Node exporter | | | |", "| 9200, 3000 | | | | |").map(brief)).toEqual([
      "3:3-7 error docs list Node exporter on port 9100, which ports.yaml does not declare",
      "4:3-7 error docs list port 9200, which ports.yaml does not declare",
    ]);
  });

  it("matches a row to the service whose name starts it when nothing else does", () => {
    expect(rows("| 8015 | PGSIMS web (gunicorn) | | | |", "| 8016 | pgsims-webhooks | | | |").map(brief)).toEqual([
      "3:3-7 error docs say PGSIMS web (gunicorn) is on port 8015, but ports.yaml declares pgsims-web on 8014",
      "4:3-7 error docs say pgsims-webhooks is on port 8016, but ports.yaml declares pgsims-web on 8014",
    ]);
  });

  it("does the name matching itself when refs arrive unattributed", () => {
    const findings = drift(registry, [doc(TABLE_HEAD + "| 8001 | PGSIMS web | | Public | |\n")], { attribute: false });
    expect(findings.map(brief)).toEqual([
      "3:3-7 error docs say PGSIMS web is on port 8001, but ports.yaml declares pgsims-web on 8014",
      '3:25-31 error docs say PGSIMS web is reachable "Public" (public), but ports.yaml declares pgsims-web with access: localhost',
    ]);
    expect(findings.map((f) => [f.service, f.port])).toEqual([
      ["pgsims-web", 8001],
      ["pgsims-web", 8001],
    ]);
  });

  it("picks among services sharing an alias by the port the row shows", () => {
    expect(rows("| 443 | Nginx | | Public | |", "| 80 | nginx | | Public | |")).toEqual([]);
  });

  it("leaves tables without a port column alone", () => {
    expect(drift(registry, [doc("| Service | Status |\n| --- | --- |\n| api | 9999 |\n")])).toEqual([]);
  });
});

describe("docs-drift on mentions", () => {
  const registry = registryOf(REGISTRY);

  it("warns about a localhost address on a port nobody declares", () => {
    const findings = drift(registry, [doc("Open http://localhost:8000 or `127.0.0.1:3215`; the old UI was on localhost:3002.\n")]);
    expect(findings.map(brief)).toEqual(["1:77-81 warning docs mention localhost:3002, a port ports.yaml does not declare"]);
  });

  it("respects a configured level", () => {
    const strict = { ...registry, rules: { "docs-drift": "error" as const } };
    expect(drift(strict, [doc("`0.0.0.0:9999`\n")]).map((f) => f.severity)).toEqual(["error"]);
    expect(drift({ ...registry, rules: { "docs-drift": "off" as const } }, [doc("`0.0.0.0:9999`\n")])).toEqual([]);
  });
});

describe("docs-drift on generated maps", () => {
  const registry = registryOf(REGISTRY);

  it("reports a stale map at its begin marker, and nothing once it is regenerated", () => {
    const stale = "# Project\n\n## Ports\n\n<!-- portcullis:begin -->\nold\n<!-- portcullis:end -->\n";
    expect(drift(registry, [doc(stale, "README.md")]).map((f) => `${f.file}:${brief(f)}`)).toEqual([
      "README.md:5:1-26 error README.md is stale: it no longer matches ports.yaml and the ports found in the repository; run `portcullis docs`",
    ]);
    const rendered = renderPortMapInto(registry, [], "README.md", stale);
    if (!rendered.ok) throw new Error(rendered.message);
    expect(drift(registry, [doc(rendered.text, "README.md")])).toEqual([]);
  });

  it("reports a stale generated file at line 1, and depends on the refs found elsewhere", () => {
    const fresh = renderPortMapInto(registry, [], "PORTS.md", undefined);
    if (!fresh.ok) throw new Error(fresh.message);
    expect(drift(registry, [doc(fresh.text, "PORTS.md")])).toEqual([]);
    // A compose file now publishes api's port: the map should list it.
    const compose: AttributedRef = {
      file: "docker-compose.yml", line: 7, column: 9, endLine: 7, endColumn: 13,
      family: "compose", kind: "publish", side: "host", port: 8000, protocol: "tcp",
      service: registry.services[0]!, attributedBy: "name",
    };
    const findings = drift(registry, [doc(fresh.text, "PORTS.md")], { extraRefs: [compose] });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(["PORTS.md:1:1 docs-drift"]);
  });

  it("does not call a map stale when only the line numbers of its links moved (docs --check still does)", () => {
    const compose = (line: number): AttributedRef => ({
      file: "docker-compose.yml", line, column: 9, endLine: line, endColumn: 13,
      family: "compose", kind: "publish", side: "host", port: 8000, protocol: "tcp",
      service: registry.services[0]!, attributedBy: "name",
    });
    const map = renderPortMapInto(registry, [compose(7)], "PORTS.md", undefined);
    if (!map.ok) throw new Error(map.message);
    expect(map.text).toContain("(docker-compose.yml#L7)");
    expect(drift(registry, [doc(map.text, "PORTS.md")], { extraRefs: [compose(9)] })).toEqual([]);
    expect(isPortMapStale(registry, [compose(9)], "PORTS.md", map.text)).toBe(true);
  });
});

/** Fixture repositories modelled on real port documents: findings must equal their markers. */
describe("docs fixtures", () => {
  const MARKER = /\bexpect(-next-line)?:\s*([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)/;
  const scenarios = readdirSync(FIXTURES).filter((name) => name.startsWith("docs-") && statSync(path.join(FIXTURES, name)).isDirectory());

  const listMarkdown = (dir: string, prefix = ""): string[] =>
    readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listMarkdown(dir, rel) : rel.endsWith(".md") ? [rel] : [];
    });

  it("has the docs fixtures", () => expect(scenarios).toEqual(["docs-pipeline", "docs-single-source"]));

  for (const scenario of scenarios) {
    it(`${scenario}: findings match the expect markers`, () => {
      const dir = path.join(FIXTURES, scenario);
      const registry = registryOf(readFileSync(path.join(dir, "ports.yaml"), "utf8"));
      const docs = listMarkdown(dir).map((file) => doc(readFileSync(path.join(dir, file), "utf8"), file));
      const expected = docs.flatMap(({ file, text }) =>
        text.split(/\r?\n/).flatMap((line, index) => {
          const match = MARKER.exec(line);
          return match ? match[2]!.split(",").map((rule) => `${file}:${match[1] ? index + 2 : index + 1} ${rule.trim()}`) : [];
        }),
      );
      const findings = drift(registry, docs);
      expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort(), findings.map((f) => `${f.file}:${brief(f)}`).join("\n")).toEqual(expected.sort());
    });
  }

  // The repositories modelled on the seed documents: docs-drift must find exactly what their
  // Markdown files mark (their other markers belong to other rules).
  for (const scenario of ["consistent", "seed-002-systemd-pipeline", "seed-003-single-source-doc"]) {
    it(`${scenario}: docs-drift findings match the Markdown markers`, () => {
      const dir = path.join(FIXTURES, scenario);
      const registry = registryOf(readFileSync(path.join(dir, "ports.yaml"), "utf8"));
      const docs = listMarkdown(dir).map((file) => doc(readFileSync(path.join(dir, file), "utf8"), file));
      expect(docs.length).toBeGreaterThan(0);
      const expected = docs.flatMap(({ file, text }) =>
        text.split(/\r?\n/).flatMap((line, index) => (MARKER.exec(line)?.[2]?.includes("docs-drift") ? [`${file}:${index + 1}`] : [])),
      );
      const findings = drift(registry, docs);
      expect(findings.map((f) => `${f.file}:${f.line}`), findings.map((f) => `${f.file}:${brief(f)}`).join("\n")).toEqual(expected);
    });
  }

  it("says what is wrong with each row of the pipeline's port map", () => {
    const dir = path.join(FIXTURES, "docs-pipeline");
    const registry = registryOf(readFileSync(path.join(dir, "ports.yaml"), "utf8"));
    const findings = drift(registry, [doc(readFileSync(path.join(dir, "docs/port-map.md"), "utf8"), "docs/port-map.md")]);
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.message}`)).toEqual([
      "10 error docs say Vite Dev Server is on port 3000, but ports.yaml declares vite on 5173",
      '13 error docs say Redis is reachable "Public" (public), but ports.yaml declares redis with access: localhost',
      "15 error docs say MkDocs is configured by CONTIMG_DOC_PORT, but ports.yaml says docs reads CONTIMG_DOCS_PORT",
      "16 error docs say StatsD uses tcp, but ports.yaml declares statsd as udp",
      "18 error docs list Node exporter on port 9100, which ports.yaml does not declare",
      "21 warning docs mention localhost:3100, a port ports.yaml does not declare",
      "22 warning docs mention 127.0.0.1:3101, a port ports.yaml does not declare",
      "29 error docs say grafana-simple is on port 3000, but ports.yaml declares grafana on 3030",
    ]);
  });
});

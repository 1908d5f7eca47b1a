// The generated port map: golden files, determinism, escaping, links, and a round trip through
// the same Markdown parser the scanner uses.

import type { Table } from "mdast";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, generatePortMap, portMapOutputFile } from "../../src/docs/generate.js";
import { parseMarkdown, plainText } from "../../src/docs/parse-markdown.js";
import { parseRegistry } from "../../src/registry/load.js";
import type { Registry } from "../../src/registry/model.js";
import { cells, expectGolden, pipelineRefs, pipelineRegistry, tables } from "./helpers.js";

describe("generatePortMap", () => {
  it("renders services, ranges, reservations and where each port is configured (golden)", () => {
    const registry = pipelineRegistry();
    expectGolden("pipeline.md", generatePortMap(registry, pipelineRefs(registry)));
  });

  it("is deterministic: the same input in any order gives the same bytes", () => {
    const registry = pipelineRegistry();
    const refs = pipelineRefs(registry);
    const first = generatePortMap(registry, refs);
    const shuffled: Registry = { ...registry, services: [...registry.services].reverse(), reserved: [...registry.reserved].reverse() };
    expect(generatePortMap(shuffled, [...refs].reverse())).toBe(first);
    expect(generatePortMap(registry, refs)).toBe(first);
    expect(first).not.toMatch(/\r|\d{4}-\d{2}-\d{2}T/);
    expect(first.endsWith("\n") && !first.endsWith("\n\n")).toBe(true);
  });

  it("links relative to the folder of the output file", () => {
    const registry = pipelineRegistry();
    const map = generatePortMap(registry, pipelineRefs(registry), { outputFile: "docs/ops/PORTS.md" });
    expect(map).toContain("[docker-compose.yml:12](../../docker-compose.yml#L12): published 8000, container port 8000");
    expect(map).toContain("[ports.yaml](../../ports.yaml)");
    expect(map).toContain("[scripts/serve docs (local).sh:4](../../scripts/serve%20docs%20%28local%29.sh#L4): listens on 8002");
  });

  it("takes the output file from docs.output, next to the registry", () => {
    const registry = { ...pipelineRegistry(), file: "config/ports.yaml", docs: { output: "../docs/PORTS.md" } };
    expect(portMapOutputFile(registry)).toBe("docs/PORTS.md");
    expect(generatePortMap(registry, [])).toContain("from config/ports.yaml");
    expect(generatePortMap(registry, [])).toContain("[config/ports.yaml](../config/ports.yaml)");
  });

  it("escapes pipes and markup in descriptions and keeps Unicode as it is (golden)", () => {
    const registry = parseRegistry(
      "ports.yaml",
      `version: 1
project: "Café | ports"
services:
  web_front:
    port: 8080
    description: "Résumé builder — 東京 | naïve *not bold* _x_ [link](y) <!-- portcullis:end --> C:\\\\temp & 100% ✓"
  snake_case_name:
    port: 8081
    description: "dsa110_contimg a|b"
`,
    );
    const map = generatePortMap(registry, []);
    expectGolden("unicode.md", map);
    expect(map.match(/<!--/g)).toHaveLength(1); // only the header; the description cannot open a comment
    const services = tables(map)[0]!;
    expect(cells(services)).toEqual([
      ["Port", "Service", "Protocol", "Access", "Variable", "Range", "Description"],
      ["8080", "web_front", "tcp", "localhost", "—", "—", registry.services[0]!.description],
      ["8081", "snake_case_name", "tcp", "localhost", "—", "—", "dsa110_contimg a|b"],
    ]);
    expect(plainText(parseMarkdown(map).children.find((n) => n.type === "heading")!)).toBe("Port map: Café | ports");
  });

  it("reads back through the Markdown parser as the registry's values", () => {
    const registry = pipelineRegistry();
    const [services, ranges, reserved] = tables(generatePortMap(registry, pipelineRefs(registry)));
    const rows = cells(services!).slice(1);
    expect(rows.map(([port, name, protocol, access, variable, range, description]) => ({ port: Number(port), name, protocol, access, variable, range, description }))).toEqual(
      [...registry.services]
        .sort((a, b) => a.port - b.port)
        .map((s) => ({
          port: s.port,
          name: s.name,
          protocol: s.protocol,
          access: s.access,
          variable: s.env ?? "—",
          range: [s.rangeName ?? (s.range ? `${s.range.from}-${s.range.to}` : undefined), s.fallback ? `fallback ${s.fallback.join("-")}` : undefined].filter(Boolean).join("; ") || "—",
          description: s.description ?? "",
        })),
    );
    expect(cells(ranges!).slice(1)).toEqual([
      // 3210 plus the fallback 3211-3220 are taken.
      ["dashboard", "3200-3299", "11 of 100", "3200, 3201, 3202", "Script-managed dashboards"],
      ["core", "8000-8009", "2 of 10", "8002, 8003, 8004", "Core application services"],
    ]);
    expect(cells(reserved!).slice(1)).toEqual([
      ["3000", "Grafana (external)"],
      ["11000-11999", "AI/ML, future"],
    ]);
  });

  it("says when there is nothing to list", () => {
    const registry = parseRegistry("ports.yaml", "version: 1\n");
    const map = generatePortMap(registry, []);
    expect(map).toContain("# Port map\n");
    expect(map).toContain("No services are declared.");
    expect(map).toContain("No named ranges are declared.");
    expect(map).toContain("No ports are reserved.");
  });

  it("lays out an embedded map under the document's headings, without header or title", () => {
    const registry = pipelineRegistry();
    const map = generatePortMap(registry, [], { embedded: true, headingDepth: 3 });
    expect(map.startsWith("Generated from [ports.yaml](ports.yaml)")).toBe(true);
    expect(map).toContain("\n### Services\n");
    expect(map).not.toContain("<!--");
    expect(map).not.toMatch(/^# /m);
  });
});

describe("escapeMarkdown", () => {
  it("reads back as the same plain text", () => {
    for (const text of ["a | b", "*x* _y_ `z`", "[a](b) ![c](d)", "<b>x</b> &amp; &", "C:\\temp\\", "snake_case", "~~gone~~", "emoji 🚀 东京"]) {
      const escaped = escapeMarkdown(text);
      const table = parseMarkdown(`| a |\n| - |\n| ${escaped} |\n`).children[0] as Table;
      expect(plainText(table.children[1]!.children[0]!), text).toBe(text);
    }
  });
});

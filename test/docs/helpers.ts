// Shared material for the docs tests: a registry modelled on a pipeline's port plan, refs as the
// scanners would report them, golden-file comparison and table extraction.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Table } from "mdast";
import { expect } from "vitest";
import { parseMarkdown, plainText } from "../../src/docs/parse-markdown.js";
import type { AttributedRef } from "../../src/engine/types.js";
import { parseRegistry } from "../../src/registry/load.js";
import type { Registry } from "../../src/registry/model.js";
import type { PortRef } from "../../src/scan/types.js";

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it (then review the diff). */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

export const PIPELINE_YAML = `version: 1
project: dsa110-contimg
ranges:
  core: { from: 8000, to: 8009, description: Core application services }
  dashboard: { from: 3200, to: 3299, description: Script-managed dashboards }
services:
  api:
    port: 8000
    env: CONTIMG_API_PORT
    range: core
    access: private
    description: Backend FastAPI server
    aliases: [backend]
  docs:
    port: 8001
    env: CONTIMG_DOCS_PORT
    range: core
    description: MkDocs preview
  dashboard:
    port: 3210
    env: CONTIMG_DASHBOARD_PORT
    range: dashboard
    fallback: [3211, 3220]
    description: Script-managed dashboard
  mcp-ws:
    port: 9009
    range: [9000, 9099]
    immutable: true
    description: Browser MCP WebSocket (fixed by the extension)
  statsd:
    port: 8125
    protocol: udp
    access: internal
reserved:
  - { port: 3000, reason: Grafana (external) }
  - { range: [11000, 11999], reason: "AI/ML, future" }
`;

export function pipelineRegistry(): Registry {
  return parseRegistry("ports.yaml", PIPELINE_YAML);
}

function ref(registry: Registry, service: string | undefined, partial: Partial<PortRef> & { port: number; file: string; line: number }): AttributedRef {
  const found = registry.services.find((s) => s.name === service);
  return {
    column: 1,
    endLine: partial.line,
    endColumn: 5,
    family: "compose",
    kind: "publish",
    side: "host",
    protocol: "tcp",
    ...partial,
    ...(found ? { service: found, attributedBy: "name" as const } : {}),
  };
}

export function pipelineRefs(registry: Registry): AttributedRef[] {
  return [
    ref(registry, "api", { file: "docker-compose.yml", line: 12, column: 21, port: 8000 }),
    ref(registry, "api", { file: "docker-compose.yml", line: 12, column: 26, port: 8000, kind: "target", side: "container" }),
    ref(registry, "api", { file: ".env.example", line: 3, port: 8000, family: "env", kind: "assign", envVar: "CONTIMG_API_PORT" }),
    ref(registry, "api", { file: "ops/systemd/dsa110-api.service", line: 9, port: 8000, family: "config", kind: "listen" }),
    ref(registry, "docs", { file: "scripts/serve docs (local).sh", line: 4, port: 8002, family: "config", kind: "listen" }),
    ref(registry, "dashboard", { file: "docker-compose.yml", line: 20, port: 3210 }),
    // Docs mention ports; they are not where a port is configured.
    ref(registry, "api", { file: "README.md", line: 7, port: 8000, family: "markdown", kind: "docs" }),
    // Unattributed refs are not listed either.
    ref(registry, undefined, { file: "docker-compose.yml", line: 30, port: 9999 }),
  ];
}

export function tables(markdown: string): Table[] {
  const found: Table[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === "table") found.push(node as Table);
    for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child);
  };
  walk(parseMarkdown(markdown));
  return found;
}

export function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => plainText(cell)));
}

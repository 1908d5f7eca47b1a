// The range allocation chart without a browser: counts per state, the next free block, determinism,
// XML escaping, accessibility attributes, docs.diagram placement, and `portcullis docs` writing and
// checking the SVG beside the map.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/docs.js";
import type { CliIO } from "../../src/cli/io.js";
import { escapeXml, rangeUsage, renderRangeChartSvg } from "../../src/docs/diagram/range-chart.js";
import { diagramSettings } from "../../src/docs/diagram/settings.js";
import { generatePortMap } from "../../src/docs/generate.js";
import { check } from "../../src/engine/check.js";
import { parseRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";
import { makeRepo, type TempRepo } from "../helpers/temp-repo.js";

const REGISTRY = `version: 1
project: harbor <shop> & "friends"
ranges:
  core: { from: 8000, to: 8009, description: Application services }
  dev: { from: 5000, to: 5199 }
services:
  api: { port: 8000, range: core }
  worker: { port: 8001, range: core, fallback: [8002, 8003] }
  vite: { port: 5173, range: dev }
  mcp: { port: 9009, range: [9000, 9099] }
reserved:
  - { port: 8004, reason: "metrics <sidecar>" }
`;

const COMPOSE = `services:
  debug:
    ports: ["127.0.0.1:8006:8006"]
  api:
    ports: ["127.0.0.1:8000:80"]
`;

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
  return { io: value, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("rangeUsage", () => {
  it("counts declared, reserved, used and free ports per range and finds the next free block", async () => {
    repo = makeRepo({ "ports.yaml": REGISTRY, "docker-compose.yml": COMPOSE });
    const result = await check({ root: repo.dir });
    const usage = rangeUsage(result.registry, result.refs);
    expect(usage.map((u) => [u.name, u.from, u.to, u.counts, u.nextFree])).toEqual([
      ["dev", 5000, 5199, { declared: 1, reserved: 0, used: 0, free: 199 }, { from: 5000, to: 5172 }],
      // 8000 api, 8001 worker + fallback 8002-8003, 8004 reserved, 8006 published by an undeclared service.
      ["core", 8000, 8009, { declared: 4, reserved: 1, used: 1, free: 4 }, { from: 8005, to: 8005 }],
      ["mcp (inline)", 9000, 9099, { declared: 1, reserved: 0, used: 0, free: 99 }, { from: 9000, to: 9008 }],
    ]);
    const core = usage[1]!;
    expect(core.runs).toEqual([
      { state: "declared", from: 8000, to: 8000, holder: "api" },
      { state: "declared", from: 8001, to: 8001, holder: "worker" },
      { state: "declared", from: 8002, to: 8003, holder: "worker fallback" },
      { state: "reserved", from: 8004, to: 8004, holder: "metrics <sidecar>" },
      { state: "free", from: 8005, to: 8005 },
      { state: "used", from: 8006, to: 8006 },
      { state: "free", from: 8007, to: 8009 },
    ]);
    for (const u of usage) expect(Object.values(u.counts).reduce((a, b) => a + b, 0)).toBe(u.size);
  });

  it("says when a range is full", () => {
    const registry = parseRegistry("ports.yaml", "version: 1\nranges:\n  tiny: { from: 7000, to: 7001 }\nservices:\n  a: { port: 7000, range: tiny }\n  b: { port: 7001, range: tiny }\n");
    const [tiny] = rangeUsage(registry, []);
    expect(tiny!.nextFree).toBeUndefined();
    expect(renderRangeChartSvg(registry, [])).toContain("no free port");
  });
});

describe("renderRangeChartSvg", () => {
  const registry = parseRegistry("ports.yaml", REGISTRY);

  it("is deterministic: the same input in any order gives the same bytes", () => {
    const first = renderRangeChartSvg(registry, [])!;
    const shuffled = { ...registry, services: [...registry.services].reverse(), reserved: [...registry.reserved].reverse() };
    expect(renderRangeChartSvg(shuffled, [])).toBe(first);
    expect(first.endsWith("</svg>\n")).toBe(true);
    expect(first).not.toMatch(/\r|NaN|undefined|\d{4}-\d{2}-\d{2}T/);
  });

  it("is accessible: role img, labelled by its title and description", () => {
    const svg = renderRangeChartSvg(registry, [])!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-labelledby="ports-map-title ports-map-desc">/);
    expect(svg).toContain('<title id="ports-map-title">Port ranges: harbor &lt;shop&gt; &amp; &quot;friends&quot;</title>');
    const desc = /<desc id="ports-map-desc">(.*)<\/desc>/.exec(svg)![1]!;
    expect(desc).toContain("core, ports 8000–8009 (10 ports): 4 declared, 1 reserved, 0 used but not declared, 5 free; next free block 8005–8009 (5 ports).");
    expect(svg).toContain("@media (prefers-color-scheme: dark)");
  });

  it("escapes XML in every text it writes and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">&'</a>\u0001\ud800`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt; \ufffd");
    const svg = renderRangeChartSvg(registry, [])!;
    expect(svg).toContain("metrics &lt;sidecar&gt;");
    // Outside tags, no raw markup characters remain.
    const text = svg.replace(/<[^>]*>/g, "");
    expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#39);)/);
  });

  it("draws nothing when the registry declares no range, and the map links no chart", () => {
    const none = parseRegistry("ports.yaml", "version: 1\nservices:\n  api: { port: 8000 }\n");
    expect(renderRangeChartSvg(none, [])).toBeUndefined();
    expect(generatePortMap(none, [])).not.toContain(".svg");
  });
});

describe("docs.diagram", () => {
  const withDiagram = (value?: string) =>
    parseRegistry("config/ports.yaml", `${REGISTRY}docs:\n  output: ../docs/PORTS.md\n${value !== undefined ? `  diagram: ${value}\n` : ""}`);

  it("defaults to ports-map.svg beside the map; a path is relative to ports.yaml; mermaid and none turn diagrams off", () => {
    expect(diagramSettings(withDiagram(), "docs/PORTS.md")).toEqual({ topology: true, chartFile: "docs/ports-map.svg" });
    expect(diagramSettings(withDiagram("charts/ranges.svg"), "docs/PORTS.md")).toEqual({ topology: true, chartFile: "config/charts/ranges.svg" });
    expect(diagramSettings(withDiagram("mermaid"), "docs/PORTS.md")).toEqual({ topology: true });
    expect(diagramSettings(withDiagram("none"), "docs/PORTS.md")).toEqual({ topology: false });
    expect(diagramSettings(withDiagram("diagram.png"), "docs/PORTS.md").error).toMatch(/must be a path ending in \.svg/);
  });

  it("the map links the chart relative to itself, and leaves out what docs.diagram turns off", () => {
    expect(generatePortMap(withDiagram("charts/ranges.svg"), [])).toContain("](../config/charts/ranges.svg)\n");
    const mermaidOnly = generatePortMap(withDiagram("mermaid"), []);
    expect(mermaidOnly).toContain("```mermaid");
    expect(mermaidOnly).not.toContain(".svg");
    const none = generatePortMap(withDiagram("none"), []);
    expect(none).not.toContain("```mermaid");
    expect(none).not.toContain("## Topology");
    expect(none).not.toContain(".svg");
  });
});

describe("portcullis docs and the chart", () => {
  it("writes the chart beside the map atomically, finds both current, and --check reports a stale chart alone", async () => {
    repo = makeRepo({ "ports.yaml": REGISTRY, "docker-compose.yml": COMPOSE });
    const { dir } = repo;
    const first = io(dir);
    expect(await run([], first.io)).toBe(0);
    expect(first.stdout()).toBe("wrote PORTS.md\nwrote ports-map.svg\n");
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
    const svg = readFileSync(path.join(dir, "ports-map.svg"), "utf8");
    const result = await check({ root: dir });
    expect(svg).toBe(renderRangeChartSvg(result.registry, result.refs));
    expect(readFileSync(path.join(dir, "PORTS.md"), "utf8")).toContain("](ports-map.svg)");

    const again = io(dir);
    expect(await run(["--check"], again.io)).toBe(0);
    expect(again.stdout()).toBe("PORTS.md is up to date\n");

    // Someone edits the chart by hand: only the chart is stale, with a diff that restores it.
    writeFileSync(path.join(dir, "ports-map.svg"), svg.replace("4 declared", "5 declared"));
    const stale = io(dir);
    expect(await run(["--check"], stale.io)).toBe(1);
    expect(stale.stderr()).toBe("portcullis: ports-map.svg is stale; run `portcullis docs` to regenerate it\n");
    expect(stale.stdout()).toMatch(/^--- a\/ports-map\.svg\n\+\+\+ b\/ports-map\.svg\n@@ /);
    expect(stale.stdout()).toContain("\n-<desc id=\"ports-map-desc\">");
    expect(stale.stdout()).toContain("core, ports 8000–8009 (10 ports): 4 declared");
    const fixed = io(dir);
    expect(await run([], fixed.io)).toBe(0);
    expect(fixed.stdout()).toBe("wrote ports-map.svg\n");
    expect(readFileSync(path.join(dir, "ports-map.svg"), "utf8")).toBe(svg);
  });

  it("--check reports a missing chart, and a CRLF checkout of a current chart is current and stays CRLF", async () => {
    repo = makeRepo({ "ports.yaml": REGISTRY });
    const { dir } = repo;
    await run([], io(dir).io);
    const svg = readFileSync(path.join(dir, "ports-map.svg"), "utf8");
    writeFileSync(path.join(dir, "ports-map.svg"), svg.replace(/\n/g, "\r\n"));
    expect(await run(["--check"], io(dir).io)).toBe(0);
    const out = io(dir);
    expect(await run([], out.io)).toBe(0);
    expect(out.stdout()).toBe("PORTS.md is up to date\n");

    const { rmSync } = await import("node:fs");
    rmSync(path.join(dir, "ports-map.svg"));
    const missing = io(dir);
    expect(await run(["--check"], missing.io)).toBe(1);
    expect(missing.stdout()).toMatch(/^--- \/dev\/null\n\+\+\+ b\/ports-map\.svg\n/);
    expect(missing.stderr()).toContain("ports-map.svg is missing");
  });

  it("refuses a docs.diagram it does not understand, and a chart outside the repository", async () => {
    repo = makeRepo({ "ports.yaml": `${REGISTRY}docs:\n  diagram: chart.png\n` });
    await expect(run([], io(repo.dir).io)).rejects.toThrow(ConfigError);
    repo.cleanup();
    repo = makeRepo({ "ports.yaml": `${REGISTRY}docs:\n  diagram: ../../outside.svg\n` });
    await expect(run([], io(repo.dir).io)).rejects.toThrow(/must lie inside the repository/);
    expect(readdirSync(repo.dir).sort()).toEqual([".git", "ports.yaml"]);
  });

  it("writes no chart when docs.diagram is mermaid", async () => {
    repo = makeRepo({ "ports.yaml": `${REGISTRY}docs:\n  diagram: mermaid\n` });
    const out = io(repo.dir);
    expect(await run([], out.io)).toBe(0);
    expect(out.stdout()).toBe("wrote PORTS.md\n");
    expect(readdirSync(repo.dir).sort()).toEqual([".git", "PORTS.md", "ports.yaml"]);
  });
});

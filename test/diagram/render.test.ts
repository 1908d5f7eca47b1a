// Real rendering: the generated Mermaid through the `mermaid` package and the range chart SVG, both in
// headless Chromium, for every seed fixture and for a repository built to be awkward. Any parse
// error, console error or page error fails the test; a PNG of each diagram is kept in
// test-artifacts/diagrams/ to look at.

/// <reference lib="dom" />

import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderRangeChartSvg } from "../../src/docs/diagram/range-chart.js";
import { generatePortMap } from "../../src/docs/generate.js";
import { check } from "../../src/engine/check.js";
import { FIXTURES, fixtureRepo, makeRepo } from "../helpers/temp-repo.js";
import { ARTIFACTS, HAS_CHROMIUM, launch, mermaidBlock, newPage, renderMermaid, warnIfMissing } from "./browser.js";

const SEEDS = readdirSync(FIXTURES)
  .filter((name) => name.startsWith("seed-"))
  .sort();

warnIfMissing("the diagram rendering tests (test/diagram/render.test.ts)");

interface Diagrams {
  map: string;
  svg: string | undefined;
}

async function diagramsOf(repo: { dir: string; cleanup(): void }): Promise<Diagrams> {
  try {
    const result = await check({ root: repo.dir });
    return { map: generatePortMap(result.registry, result.refs), svg: renderRangeChartSvg(result.registry, result.refs) };
  } finally {
    repo.cleanup();
  }
}

const seedCache = new Map<string, Promise<Diagrams>>();
const seedDiagrams = (name: string) => seedCache.get(name) ?? seedCache.set(name, diagramsOf(fixtureRepo(name))).get(name)!;

/** A repository whose diagram has every node kind, every finding kind and file names full of syntax. */
const WEIRD = 'nginx/conf.d/we"ird #1 [x] <b>y</b> |z| (a) {b} 100% `c`; d.conf';
const awkward = () =>
  diagramsOf(
    makeRepo({
      "ports.yaml": `version: 1
project: "Awkward <b>&</b> \\"ports\\" 東京"
ranges:
  apps: { from: 8000, to: 8019, description: "Apps <i>&</i> friends" }
  wide: { from: 8100, to: 8199, description: "東京の開発サーバーと検証環境のためのポート範囲、東京の開発サーバーと検証環境のためのポート範囲、東京の開発サーバーと検証環境のためのポート範囲" }
  long-named-range-for-the-sake-of-a-very-long-header-line-x: { from: 8200, to: 8299, description: "${"a very long description ".repeat(8)}" }
services:
  edge: { port: 443, access: public, aliases: [traefik] }
  api: { port: 8000, range: apps, access: private }
  admin: { port: 8000, range: apps }
  whoami: { port: 8010, range: apps, target: 80, access: internal }
reserved:
  - { range: [8015, 8019], reason: "future <stuff>" }
`,
      [WEIRD]: "server {\n  listen 8443;\n  location / { proxy_pass http://127.0.0.1:8000; }\n  location /x { proxy_pass http://127.0.0.1:9100; }\n}\n",
      "docker-compose.yml": `services:
  traefik:
    image: traefik:v3
    ports: ["443:443"]
  whoami:
    image: traefik/whoami
    labels:
      - traefik.http.services.whoami.loadbalancer.server.port=80
  api:
    ports: ["8000:8000"]
`,
    }),
  );

/** WCAG relative luminance contrast of two CSS colours (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css.match(/\d+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Loads an SVG file as its own document and reads what the tests check. */
async function inspectSvg(page: Page, file: string) {
  await page.goto(`file://${file}`);
  return page.evaluate(() => {
    const svg = document.documentElement as unknown as SVGSVGElement;
    const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
    const width = Number(svg.getAttribute("width"));
    const overflowing = [...document.querySelectorAll("text")]
      .filter((t) => {
        const box = (t as SVGTextElement).getBBox();
        return box.x < 0 || box.x + box.width > width;
      })
      .map((t) => t.textContent);
    const labelledBy = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
    return {
      root: svg.tagName,
      parserError: document.getElementsByTagName("parsererror").length > 0,
      role: svg.getAttribute("role"),
      labels: labelledBy.map((id) => document.getElementById(id)?.tagName ?? "missing"),
      background: fill(".bg"),
      text: fill("text.fg"),
      muted: fill("text.muted"),
      overflowing,
    };
  });
}

describe.skipIf(!HAS_CHROMIUM)("diagrams render in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function withPage<T>(scheme: "light" | "dark", body: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
    const { page, log } = await newPage(browser, { colorScheme: scheme });
    try {
      return await body(page, log.errors);
    } finally {
      await page.context().close();
    }
  }

  it("finds the seed fixtures", () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(5);
  });

  it("fails on a Mermaid syntax error (the harness can fail)", async () => {
    await withPage("light", async (page) => {
      await expect(renderMermaid(page, 'flowchart LR\n  a["unclosed]\n')).rejects.toThrow(/Parse error|Lexical error|Expecting/i);
    });
  });

  for (const seed of SEEDS) {
    it(`${seed}: topology renders with mermaid, light and dark`, async () => {
      const source = mermaidBlock((await seedDiagrams(seed)).map);
      for (const scheme of ["light", "dark"] as const) {
        await withPage(scheme, async (page, errors) => {
          const rendered = await renderMermaid(page, source, scheme === "dark" ? "dark" : "default");
          const declaredNodes = source.split("\n").filter((l) => /^\s+\w+(\[|\(\()"/.test(l)).length;
          expect(rendered.nodeTexts).toHaveLength(declaredNodes);
          expect(errors).toEqual([]);
          await page.locator("#diagram").screenshot({ path: path.join(ARTIFACTS, `${seed}-topology${scheme === "dark" ? "-dark" : ""}.png`) });
        });
      }
    });

    it(`${seed}: range chart renders as SVG, readable light and dark`, async () => {
      const { svg } = await seedDiagrams(seed);
      if (!svg) return; // the registry declares no range: there is no chart
      const file = path.join(ARTIFACTS, `${seed}-ranges.svg`);
      writeFileSync(file, svg);
      const seen: string[] = [];
      for (const scheme of ["light", "dark"] as const) {
        await withPage(scheme, async (page, errors) => {
          const svgState = await inspectSvg(page, file);
          expect(svgState).toMatchObject({ root: "svg", parserError: false, role: "img", labels: ["title", "desc"], overflowing: [] });
          expect(contrast(svgState.text, svgState.background)).toBeGreaterThanOrEqual(7);
          expect(contrast(svgState.muted, svgState.background)).toBeGreaterThanOrEqual(4.5);
          seen.push(svgState.background);
          expect(errors).toEqual([]);
          await page.locator("svg").screenshot({ path: path.join(ARTIFACTS, `${seed}-ranges${scheme === "dark" ? "-dark" : ""}.png`) });
        });
      }
      // prefers-color-scheme really switches the palette.
      expect(seen[0]).not.toBe(seen[1]);
    });
  }

  it("seed-000: the picture shows Caddy in front of the loopback backends and the exposed frontend", async () => {
    const source = mermaidBlock((await seedDiagrams("seed-000-shared-host")).map);
    await withPage("light", async (page, errors) => {
      const rendered = await renderMermaid(page, source);
      expect(rendered.nodeTexts).toEqual(
        expect.arrayContaining([
          "Internet",
          "caddy-http :80\ncaddy-https :443\nproxy: proxy/Caddyfile",
          "pgsims-web :8014\n⚠ on all interfaces :8000",
          "pgsims-frontend :8082\n⚠ on all interfaces :8082",
          "lims-frontend :3000",
        ]),
      );
      expect([...rendered.edgeTexts].sort()).toEqual([":8012", ":8014", ":8082", "all interfaces :8000", "all interfaces :8082"]);
      expect(rendered.clusterTexts).toEqual(expect.arrayContaining(["public: any interface", "localhost: loopback only", "internal: container network only", "Legend"]));
      // Finding styles reach the SVG: the exposed frontend's box is drawn red.
      const stroke = await page.evaluate(() => {
        const node = [...document.querySelectorAll("g.node")].find((n) => n.textContent?.includes("pgsims-frontend"))!;
        return getComputedStyle(node.querySelector("rect, path, polygon")!).stroke;
      });
      expect(stroke).toBe("rgb(207, 34, 46)");
      expect(errors).toEqual([]);
    });
  });

  it("an awkward repository: every node and finding kind, markup in names, rendered as text", async () => {
    const { map, svg } = await awkward();
    const source = mermaidBlock(map);
    expect(source).toContain("<-.->"); // a conflict
    expect(source).toContain("undeclared_9100");
    for (const scheme of ["light", "dark"] as const) {
      await withPage(scheme, async (page, errors) => {
        const rendered = await renderMermaid(page, source, scheme === "dark" ? "dark" : "default");
        expect(rendered.nodeTexts).toContain(`nginx :8443\nproxy: ${WEIRD}`);
        expect(rendered.nodeTexts).toContain("undeclared :9100\n⚠ proxy upstream not declared");
        expect(rendered.nodeTexts).toContain("edge :443\nproxy: docker-compose.yml labels");
        expect(rendered.edgeTexts).toContain("same port 8000/tcp");
        // `<b>y</b>` in a file name stays text: no element was made of it.
        expect(await page.locator("#diagram b").count()).toBe(0);
        expect(errors).toEqual([]);
        await page.locator("#diagram").screenshot({ path: path.join(ARTIFACTS, `awkward-topology${scheme === "dark" ? "-dark" : ""}.png`) });
      });
    }
    const file = path.join(ARTIFACTS, "awkward-ranges.svg");
    writeFileSync(file, svg!);
    await withPage("light", async (page, errors) => {
      const state = await inspectSvg(page, file);
      expect(state).toMatchObject({ parserError: false, overflowing: [] });
      expect(await page.locator("title").first().textContent()).toBe('Port ranges: Awkward <b>&</b> "ports" 東京');
      expect(await page.locator("i").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.locator("svg").screenshot({ path: path.join(ARTIFACTS, "awkward-ranges.png") });
    });
  });
});

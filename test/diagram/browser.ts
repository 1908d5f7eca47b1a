// Headless Chromium for the diagram rendering tests: Debian's chromium driven by playwright-core
// (no browser download), Mermaid's browser bundle loaded into the page, every console error and
// page error collected so a test can fail on them.

/// <reference lib="dom" />

import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO_ROOT } from "../helpers/temp-repo.js";

export const CHROMIUM = process.env.PORTCULLIS_CHROMIUM ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts/diagrams");

const MERMAID_BUNDLE = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

/** Flags that work on a closed network and as root; Playwright gives each launch a fresh profile. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function warnIfMissing(what: string): void {
  if (HAS_CHROMIUM) return;
  console.warn(
    `\n*** SKIPPED: ${what} need Chromium at ${CHROMIUM}, which is missing.\n` +
      "*** Install Debian's package: apt-get update && apt-get install -y chromium\n" +
      "*** (or point PORTCULLIS_CHROMIUM at a Chromium binary). Nothing was rendered.\n",
  );
}

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface ErrorLog {
  errors: string[];
}

/** A page that records console errors and uncaught page errors. */
export async function newPage(browser: Browser, options: { colorScheme?: "light" | "dark" } = {}): Promise<{ page: Page; log: ErrorLog }> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? "light", deviceScaleFactor: 2, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const log: ErrorLog = { errors: [] };
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => log.errors.push(`page: ${error.message}`));
  return { page, log };
}

export interface MermaidResult {
  svg: string;
  /** Text of every node label, in document order. */
  nodeTexts: string[];
  /** Text of every edge label. */
  edgeTexts: string[];
  /** Text of every subgraph title. */
  clusterTexts: string[];
}

/**
 * Parses and renders Mermaid source with the `mermaid` package inside the page (it needs a DOM),
 * puts the SVG into the page and returns it with the label texts. Throws on a parse or render error.
 */
export async function renderMermaid(page: Page, source: string, theme: "default" | "dark" = "default"): Promise<MermaidResult> {
  const background = theme === "dark" ? "#0d1117" : "#ffffff";
  await page.setContent(`<!doctype html><html><body style="margin:0;background:${background}"><div id="diagram" style="display:inline-block;padding:16px"></div></body></html>`);
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  return page.evaluate(
    async ({ source, theme }) => {
      const mermaid = (globalThis as unknown as { mermaid: { initialize(c: object): void; parse(s: string): Promise<unknown>; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
      // GitHub renders with securityLevel strict; so do the tests.
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme });
      await mermaid.parse(source);
      const { svg } = await mermaid.render("topology", source);
      const holder = document.getElementById("diagram")!;
      holder.innerHTML = svg;
      // Mermaid sizes the SVG to its container (width 100%, max-width N px); show it at full size.
      const element = holder.querySelector("svg")!;
      const max = /max-width:\s*([\d.]+)px/.exec(element.getAttribute("style") ?? "")?.[1];
      if (max) element.setAttribute("width", max);
      const texts = (selector: string) => [...holder.querySelectorAll(selector)].map((e) => (e as HTMLElement).innerText ?? e.textContent ?? "");
      return {
        svg,
        nodeTexts: texts("g.node .nodeLabel"),
        edgeTexts: texts("g.edgeLabel .edgeLabel").filter((t) => t.trim() !== ""),
        clusterTexts: texts("g.cluster .nodeLabel, g.cluster-label .nodeLabel"),
      };
    },
    { source, theme },
  );
}

/** The Mermaid block of a generated map. */
export function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)```/.exec(markdown);
  if (!match) throw new Error("no mermaid block in the map");
  return match[1]!;
}

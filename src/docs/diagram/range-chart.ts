// The range allocation chart: for every range, which ports are declared, reserved, used in the
// repository without a declaration, or free, and where the next free block starts, as a
// hand-written SVG (no dependency) that reads in light and dark themes and to screen readers.

import type { AttributedRef } from "../../engine/types.js";
import type { Registry } from "../../registry/model.js";
import { compareText } from "../../engine/order.js";

export type PortState = "declared" | "reserved" | "used" | "free";

export const PORT_STATES: readonly PortState[] = ["declared", "reserved", "used", "free"];

const STATE_TEXT: Record<PortState, string> = {
  declared: "declared",
  reserved: "reserved",
  used: "used, not declared",
  free: "free",
};

export interface PortRun {
  state: PortState;
  from: number;
  to: number;
  /** Who holds the run: service names, a reservation's reason. */
  holder?: string;
}

export interface RangeUsage {
  /** The range's name; an inline range is named after its service. */
  name: string;
  from: number;
  to: number;
  description?: string;
  size: number;
  counts: Record<PortState, number>;
  /** Consecutive ports in the same state with the same holder, in port order, free ones included. */
  runs: PortRun[];
  /** The first block of free ports, as long as it goes. */
  nextFree?: { from: number; to: number };
}


/** A ref counts as use of a host port when it is not a container port and not documentation. */
function usesHostPort(ref: AttributedRef): boolean {
  return ref.side === "host" && ref.family !== "markdown" && ref.kind !== "target" && ref.kind !== "docs";
}

type ChartedRange = { name: string; from: number; to: number; description?: string };

/** The ranges the chart shows: named ones, and services' inline `[from, to]` ones, in port order. */
export function chartedRanges(registry: Registry): ChartedRange[] {
  const ranges: ChartedRange[] = [];
  for (const [name, r] of registry.ranges) ranges.push({ name, from: r.from, to: r.to, ...(r.description ? { description: r.description } : {}) });
  for (const s of registry.services) {
    if (s.range && s.rangeName === undefined && !ranges.some((r) => r.from === s.range!.from && r.to === s.range!.to)) {
      ranges.push({ name: `${s.name} (inline)`, from: s.range.from, to: s.range.to });
    }
  }
  return ranges.sort((a, b) => a.from - b.from || a.to - b.to || compareText(a.name, b.name));
}

/** Every charted range with the state of each of its ports. */
export function rangeUsage(registry: Registry, refs: readonly AttributedRef[]): RangeUsage[] {
  const holders = new Map<number, { state: PortState; names: Set<string> }>();
  const hold = (from: number, to: number, state: PortState, name: string, only: (p: number) => boolean = () => true) => {
    for (let p = Math.max(1, from); p <= Math.min(65535, to); p++) {
      if (!only(p)) continue;
      const current = holders.get(p);
      if (current && PORT_STATES.indexOf(current.state) < PORT_STATES.indexOf(state)) continue;
      if (current && current.state === state) current.names.add(name);
      else holders.set(p, { state, names: new Set([name]) });
    }
  };
  const ranges = chartedRanges(registry);
  if (ranges.length === 0) return [];
  const inAnyRange = (p: number) => ranges.some((r) => p >= r.from && p <= r.to);

  for (const s of registry.services) {
    hold(s.port, s.port, "declared", s.name, inAnyRange);
    if (s.fallback) hold(s.fallback[0], s.fallback[1], "declared", `${s.name} fallback`, inAnyRange);
  }
  for (const r of registry.reserved) hold(r.from, r.to, "reserved", r.reason ?? "reserved", inAnyRange);
  for (const ref of refs) {
    if (!usesHostPort(ref)) continue;
    hold(ref.port, ref.portEnd ?? ref.port, "used", ref.file, inAnyRange);
  }

  return ranges.map((range) => {
    const counts: Record<PortState, number> = { declared: 0, reserved: 0, used: 0, free: 0 };
    const runs: PortRun[] = [];
    for (let p = range.from; p <= range.to; p++) {
      const held = holders.get(p);
      const state = held?.state ?? "free";
      // The files using an undeclared port would make noisy holders; the state says enough.
      const holder = held && state !== "used" ? [...held.names].sort(compareText).join(", ") : undefined;
      counts[state]++;
      const last = runs[runs.length - 1];
      if (last && last.state === state && last.holder === holder && last.to === p - 1) last.to = p;
      else runs.push({ state, from: p, to: p, ...(holder !== undefined ? { holder } : {}) });
    }
    const firstFree = runs.find((run) => run.state === "free");
    const nextFree = firstFree ? { from: firstFree.from, to: firstFree.to } : undefined;
    return {
      name: range.name,
      from: range.from,
      to: range.to,
      ...(range.description ? { description: range.description } : {}),
      size: range.to - range.from + 1,
      counts,
      runs,
      ...(nextFree ? { nextFree } : {}),
    };
  });
}

/** Text for XML character data and attribute values: markup escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, " ")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function portsText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One sentence per range, for `<desc>` and the per-range `<title>`. */
export function describeRange(r: RangeUsage): string {
  const free = r.nextFree ? `next free block ${portsText(r.nextFree.from, r.nextFree.to)} (${plural(r.nextFree.to - r.nextFree.from + 1, "port")})` : "no free port";
  return (
    `${r.name}, ports ${portsText(r.from, r.to)} (${plural(r.size, "port")}): ` +
    `${r.counts.declared} declared, ${r.counts.reserved} reserved, ${r.counts.used} used but not declared, ${r.counts.free} free; ${free}.`
  );
}

/** East Asian wide characters and emoji take about two columns of a proportional font. */
function columns(ch: string): number {
  const c = ch.codePointAt(0)!;
  const wide =
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x1f300;
  return wide ? 2 : 1;
}

function width(text: string): number {
  let n = 0;
  for (const ch of text) n += columns(ch);
  return n;
}

/** Long text cut to roughly what fits in `max` columns, on a code point boundary. */
function fit(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    if (used + columns(ch) > max - 1) break;
    out += ch;
    used += columns(ch);
  }
  return `${out.trimEnd()}…`;
}

const round = (n: number): string => String(Math.round(n * 100) / 100);

const WIDTH = 760;
const PAD = 24;
const BAR_WIDTH = WIDTH - 2 * PAD;
const TOP = 112;
const ROW = 84;

const STYLE = `
  .bg { fill: #ffffff; }
  .fg { fill: #1f2328; }
  .muted { fill: #59636e; }
  .outline { fill: none; stroke: #59636e; stroke-width: 1; }
  .declared { fill: #0969da; }
  .reserved { fill: #9a6700; }
  .used { fill: #cf222e; }
  .free { fill: #e6eaef; }
  .swatch { stroke: #59636e; stroke-width: 1; }
  text { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 13px; }
  .title { font-size: 18px; font-weight: 600; }
  .name { font-weight: 600; }
  @media (prefers-color-scheme: dark) {
    .bg { fill: #0d1117; }
    .fg { fill: #e6edf3; }
    .muted { fill: #9198a1; }
    .outline { stroke: #9198a1; }
    .declared { fill: #4493f8; }
    .reserved { fill: #d29922; }
    .used { fill: #f85149; }
    .free { fill: #262c36; }
    .swatch { stroke: #9198a1; }
  }
`;

export interface RangeChartOptions {
  /** Shown in the title ("Port ranges: shop"). */
  project?: string;
}

/**
 * The chart as an SVG document (LF line endings, one trailing newline), or undefined when the
 * registry declares no range. It draws its own background, so it reads on any page colour, and
 * switches palette with `prefers-color-scheme`.
 */
export function renderRangeChartSvg(registry: Registry, refs: readonly AttributedRef[], options: RangeChartOptions = {}): string | undefined {
  const usage = rangeUsage(registry, refs);
  if (usage.length === 0) return undefined;
  const project = options.project ?? registry.project;
  const title = project ? `Port ranges: ${project}` : "Port ranges";
  const height = TOP + usage.length * ROW;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="ports-map-title ports-map-desc">`,
  );
  out.push(`<title id="ports-map-title">${escapeXml(title)}</title>`);
  out.push(`<desc id="ports-map-desc">${escapeXml(`Generated from ${registry.file} by portcullis docs. ${usage.map(describeRange).join(" ")}`)}</desc>`);
  out.push(`<style>${STYLE}</style>`);
  out.push(`<rect class="bg" x="0" y="0" width="${WIDTH}" height="${height}" rx="6"/>`);
  out.push(`<text class="fg title" x="${PAD}" y="36">${escapeXml(fit(title, 70))}</text>`);
  out.push(
    `<text class="muted" x="${PAD}" y="58">${escapeXml("Declared: a service's port or fallback · used: found in the repository, not declared")}</text>`,
  );

  // Legend: a swatch and a word per state, in four equal columns.
  out.push(`<g aria-hidden="true">`);
  PORT_STATES.forEach((state, i) => {
    const x = PAD + i * (BAR_WIDTH / PORT_STATES.length);
    out.push(`<rect class="${state} swatch" x="${x}" y="72" width="14" height="14" rx="2"/>`);
    out.push(`<text class="fg" x="${x + 20}" y="84">${escapeXml(STATE_TEXT[state])}</text>`);
  });
  out.push(`</g>`);

  usage.forEach((r, i) => {
    const top = TOP + i * ROW;
    const scale = BAR_WIDTH / r.size;
    const gap = scale >= 6 ? 1 : 0;
    out.push(`<g>`);
    out.push(`<title>${escapeXml(describeRange(r))}</title>`);
    // A long name is cut, never the ports after it.
    const header = `${fit(r.name, 48)} ${portsText(r.from, r.to)}`;
    const description = r.description ? ` — ${r.description}` : "";
    out.push(
      `<text class="fg" x="${PAD}" y="${top + 14}"><tspan class="name">${escapeXml(header)}</tspan><tspan class="muted">${escapeXml(fit(description, Math.max(10, 95 - width(header))))}</tspan></text>`,
    );
    const barY = top + 24;
    out.push(`<rect class="free" x="${PAD}" y="${barY}" width="${BAR_WIDTH}" height="22"/>`);
    for (const run of r.runs) {
      if (run.state === "free" && gap === 0) continue;
      const rx = PAD + (run.from - r.from) * scale;
      // A lone declared port in a thousand still shows: at least 2 px wide.
      const w = Math.max((run.to - run.from + 1) * scale - gap, run.state === "free" ? 0 : 2);
      const what = run.holder ? `${STATE_TEXT[run.state]}: ${run.holder}` : STATE_TEXT[run.state];
      out.push(
        `<rect class="${run.state}" x="${round(rx + gap / 2)}" y="${barY}" width="${round(w)}" height="22"><title>${escapeXml(`${portsText(run.from, run.to)} ${what}`)}</title></rect>`,
      );
    }
    out.push(`<rect class="outline" x="${PAD - 0.5}" y="${barY - 0.5}" width="${BAR_WIDTH + 1}" height="23"/>`);
    const next = r.nextFree ? `next free ${portsText(r.nextFree.from, r.nextFree.to)}` : "no free port";
    const counts = `${plural(r.size, "port")} · ${r.counts.declared} declared · ${r.counts.reserved} reserved · ${r.counts.used} used · ${r.counts.free} free · ${next}`;
    out.push(`<text class="fg" x="${PAD}" y="${barY + 40}">${escapeXml(counts)}</text>`);
    out.push(`</g>`);
  });
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}

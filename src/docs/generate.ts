// The port map (PORTS.md): services, ranges, reservations and where each port is configured,
// rendered from the registry and the scanned refs. Pure and deterministic: same input, same bytes.

import { posix } from "node:path";
import type { AttributedRef, Suppressed } from "../engine/types.js";
import type { Registry, Service } from "../registry/model.js";
import type { RefKind } from "../scan/types.js";
import { topologyMarkdown } from "./diagram/mermaid.js";
import { chartedRanges } from "./diagram/range-chart.js";
import { diagramSettings } from "./diagram/settings.js";
import { GENERATED_MARK } from "./markers.js";
import { compareText } from "../engine/order.js";

export interface PortMapOptions {
  /** Repository-relative path of the file the map is written to; links are relative to its folder. */
  outputFile?: string;
  /** Between markers in a hand-written file: no header comment and no title. */
  embedded?: boolean;
  /** Depth of the section headings (default 2, under the title). */
  headingDepth?: number;
  /** Draw the topology diagram (when docs.diagram allows it; default true). */
  topology?: boolean;
  /** Show the range chart image (when docs.diagram allows it and a range exists; default true). */
  rangeChart?: boolean;
  /** Suppression comments: findings they suppress are not drawn on the diagram (CheckResult.suppressed). */
  suppressed?: Suppressed;
}

/** Where `docs.output` points, repository-relative: next to the registry that names it. */
export function portMapOutputFile(registry: Registry): string {
  return posix.normalize(posix.join(posix.dirname(registry.file), registry.docs.output.replace(/\\/g, "/")));
}

const NONE = "—";

/**
 * Markdown-escapes plain text so it reads back as the same text: table pipes, emphasis, code, links,
 * HTML. `<` becomes `&lt;`, so not even a naive search finds a comment (or a marker) in a description.
 * Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .trim()
    .replace(/[\\`*[\]>|~&]/g, "\\$&")
    .replace(/</g, "&lt;")
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_");
}

/** A link destination: each path segment percent-encoded, parentheses included (they end a destination). */
function encodeLinkPath(path: string): string {
  return path
    .split("/")
    .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)))
    .join("/");
}

/** Repository-relative `to` as seen from folder `fromDir`; never depends on the process's working directory. */
function relativeTo(fromDir: string, to: string): string {
  const root = "/";
  return posix.relative(posix.join(root, fromDir), posix.join(root, to)) || posix.basename(to);
}

function fileLink(file: string, line: number, fromDir: string): string {
  const target = relativeTo(fromDir, file);
  return `[${escapeMarkdown(`${file}:${line}`)}](${encodeLinkPath(target)}#L${line})`;
}

function table(header: string[], align: Array<"left" | "right">, rows: string[][]): string[] {
  const rule = align.map((a) => (a === "right" ? "---:" : "---"));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}

function portText(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}


function compareServices(a: Service, b: Service): number {
  return a.port - b.port || compareText(a.protocol, b.protocol) || compareText(a.name, b.name);
}

/** The service's range by name (or bounds), and the fallback ports `portcullis get --free` may pick. */
function rangeCell(service: Service): string {
  const range = service.rangeName !== undefined ? escapeMarkdown(service.rangeName) : service.range ? portText(service.range.from, service.range.to) : undefined;
  const fallback = service.fallback ? `fallback ${portText(service.fallback[0], service.fallback[1])}` : undefined;
  return [range, fallback].filter(Boolean).join("; ") || NONE;
}

/** Declared in a registry this one extends (the root file is the first source). */
function isInherited(registry: Registry, service: Service): boolean {
  return registry.sources.indexOf(service.source) > 0;
}

/**
 * A registry file as the map shows it: a link when it is a file of this repository, else its name
 * as written (a GitHub source, an installed package, a file beside the repository).
 */
function sourceText(file: string, fromDir: string, line?: number): string {
  const linkable = !file.startsWith("github:") && !file.startsWith("../") && !file.split("/").includes("node_modules");
  if (linkable) return line === undefined ? `[${escapeMarkdown(file)}](${encodeLinkPath(relativeTo(fromDir, file))})` : fileLink(file, line, fromDir);
  return `\`${(line === undefined ? file : `${file}:${line}`).replace(/`/g, "'")}\``;
}

/** One section per extended registry that declares services: this repository's inherited ones and other projects'. */
function inheritedSections(registry: Registry, fromDir: string, heading: (text: string) => string): string[][] {
  const inherited = [...registry.services.filter((s) => isInherited(registry, s)), ...(registry.otherProjectServices ?? [])];
  const blocks: string[][] = [];
  for (const source of registry.sources.slice(1)) {
    const services = inherited.filter((s) => s.source === source).sort(compareServices);
    if (services.length === 0) continue;
    const rows = services.map((s) => [
      String(s.port),
      escapeMarkdown(s.name),
      s.project !== undefined ? escapeMarkdown(s.project) : NONE,
      s.protocol,
      s.access,
      s.env ? `\`${s.env}\`` : NONE,
      s.description ? escapeMarkdown(s.description) : "",
    ]);
    const foreign = services.some((s) => s.project !== undefined && s.project !== registry.project);
    const note = foreign ? " Services of other projects are listed so that this one does not take their ports." : "";
    blocks.push(
      [heading(`Inherited from ${escapeMarkdown(source)}`)],
      [`Declared in ${sourceText(source, fromDir)}, which ${escapeMarkdown(registry.file)} extends; change them there.${note}`],
      table(["Port", "Service", "Project", "Protocol", "Access", "Variable", "Description"], ["right", "left", "left", "left", "left", "left", "left"], rows),
    );
  }
  return blocks;
}

function servicesSection(registry: Registry): string[] {
  const own = registry.services.filter((s) => !isInherited(registry, s));
  if (own.length === 0) return [registry.services.length + (registry.otherProjectServices?.length ?? 0) > 0 ? "No services are declared in this file; the inherited ones follow." : "No services are declared."];
  const rows = own.sort(compareServices).map((s) => [
    String(s.port),
    escapeMarkdown(s.name),
    s.protocol,
    s.access,
    s.env ? `\`${s.env}\`` : NONE,
    rangeCell(s),
    s.description ? escapeMarkdown(s.description) : "",
  ]);
  return table(["Port", "Service", "Protocol", "Access", "Variable", "Range", "Description"], ["right", "left", "left", "left", "left", "left", "left"], rows);
}

/** Every port a service, a fallback range or a reservation claims. */
function claimedPorts(registry: Registry): Uint8Array {
  const claimed = new Uint8Array(65536);
  const mark = (from: number, to: number) => {
    for (let p = Math.max(1, from); p <= Math.min(65535, to); p++) claimed[p] = 1;
  };
  for (const s of registry.services) {
    mark(s.port, s.port);
    if (s.fallback) mark(s.fallback[0], s.fallback[1]);
  }
  for (const r of registry.reserved) mark(r.from, r.to);
  return claimed;
}

const NEXT_FREE = 3;

function rangesSection(registry: Registry, chart: string[]): string[] {
  const ranges = [...registry.ranges.entries()].sort(([an, a], [bn, b]) => a.from - b.from || a.to - b.to || compareText(an, bn));
  if (ranges.length === 0) return chart.length > 0 ? [...chart, "", "No named ranges are declared."] : ["No named ranges are declared."];
  const claimed = claimedPorts(registry);
  const rows = ranges.map(([name, range]) => {
    let used = 0;
    const free: number[] = [];
    for (let p = range.from; p <= range.to; p++) {
      if (claimed[p]) used++;
      else if (free.length < NEXT_FREE) free.push(p);
    }
    return [
      escapeMarkdown(name),
      portText(range.from, range.to),
      `${used} of ${range.to - range.from + 1}`,
      free.length > 0 ? free.join(", ") : "none",
      range.description ? escapeMarkdown(range.description) : "",
    ];
  });
  return [...chart, ...(chart.length > 0 ? [""] : []), ...table(["Range", "Ports", "Used", "Next free", "Description"], ["left", "left", "right", "left", "left"], rows)];
}

function reservedSection(registry: Registry): string[] {
  if (registry.reserved.length === 0) return ["No ports are reserved."];
  const rows = [...registry.reserved]
    .sort((a, b) => a.from - b.from || a.to - b.to || compareText(a.reason ?? "", b.reason ?? ""))
    .map((r) => [portText(r.from, r.to), r.reason ? escapeMarkdown(r.reason) : ""]);
  return table(["Ports", "Reason"], ["left", "left"], rows);
}

const KIND_WORDS: Record<RefKind, string> = {
  publish: "published",
  target: "container port",
  assign: "assigned",
  listen: "listens on",
  dial: "dials",
  docs: "documented",
  literal: "literal",
};

function describeRef(ref: AttributedRef): string {
  const port = portText(ref.port, ref.portEnd ?? ref.port);
  if (ref.kind === "assign" && ref.envVar) return `\`${ref.envVar}=${port}\``;
  return `${KIND_WORDS[ref.kind]} ${port}`;
}

function locationsSection(registry: Registry, refs: readonly AttributedRef[], outputFile: string): string[] {
  if (registry.services.length === 0) return ["No services are declared."];
  const fromDir = posix.dirname(outputFile);
  const byService = new Map<string, AttributedRef[]>();
  for (const ref of refs) {
    // Docs mention ports; they do not configure them (and the map must not cite itself).
    if (!ref.service || ref.family === "markdown") continue;
    const list = byService.get(ref.service.name) ?? [];
    list.push(ref);
    byService.set(ref.service.name, list);
  }
  const lines: string[] = [];
  for (const service of [...registry.services].sort(compareServices)) {
    lines.push(`- **${escapeMarkdown(service.name)}**, ${service.port}/${service.protocol}`);
    lines.push(`  - ${sourceText(service.portAt.file, fromDir, service.portAt.line)}: declared`);
    const places = new Map<string, { file: string; line: number; what: string[] }>();
    const sorted = [...(byService.get(service.name) ?? [])].sort(
      (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column,
    );
    for (const ref of sorted) {
      const key = `${ref.file}\0${ref.line}`;
      const place = places.get(key) ?? { file: ref.file, line: ref.line, what: [] };
      const what = describeRef(ref);
      if (!place.what.includes(what)) place.what.push(what);
      places.set(key, place);
    }
    for (const place of places.values()) {
      if (place.file === service.portAt.file && place.line === service.portAt.line) continue;
      lines.push(`  - ${fileLink(place.file, place.line, fromDir)}: ${place.what.join(", ")}`);
    }
  }
  return lines;
}

/** The topology diagram and the findings drawn on it, links relative to `fromDir`. */
function topologyLines(registry: Registry, refs: readonly AttributedRef[], fromDir: string, suppressed?: Suppressed): string[] | undefined {
  return topologyMarkdown(registry, refs, { link: (file, line) => fileLink(file, line, fromDir), escape: escapeMarkdown, suppressed });
}

/**
 * The topology diagram alone (the job summary shows it above the collapsed map), with links relative
 * to the map's folder. Undefined when docs.diagram turns diagrams off or there is nothing to draw.
 */
export function generateTopology(
  registry: Registry,
  refs: readonly AttributedRef[],
  options: { outputFile?: string; suppressed?: Suppressed } = {},
): string | undefined {
  const outputFile = options.outputFile ?? portMapOutputFile(registry);
  if (!diagramSettings(registry, outputFile).topology) return undefined;
  const lines = topologyLines(registry, refs, posix.dirname(outputFile), options.suppressed);
  return lines ? `${lines.join("\n")}\n` : undefined;
}

/** The port map as Markdown (LF line endings, ending in one newline). */
export function generatePortMap(registry: Registry, refs: readonly AttributedRef[], options: PortMapOptions = {}): string {
  const outputFile = options.outputFile ?? portMapOutputFile(registry);
  const depth = Math.min(6, Math.max(1, options.headingDepth ?? 2));
  const heading = (text: string) => `${"#".repeat(depth)} ${text}`;
  const fromDir = posix.dirname(outputFile);
  const registryLink = `[${escapeMarkdown(registry.file)}](${encodeLinkPath(relativeTo(fromDir, registry.file))})`;

  const blocks: string[][] = [];
  if (!options.embedded) {
    blocks.push([`${GENERATED_MARK} from ${registry.file}. Do not edit: change ${registry.file}, then run \`portcullis docs\`. -->`]);
    const title = registry.project ? `Port map: ${escapeMarkdown(registry.project)}` : "Port map";
    blocks.push([`${"#".repeat(Math.max(1, depth - 1))} ${title}`]);
  }
  blocks.push([`Generated from ${registryLink} by \`portcullis docs\`; edit that file, not this map.`]);
  const diagrams = diagramSettings(registry, outputFile);
  const topology = diagrams.topology && options.topology !== false ? topologyLines(registry, refs, fromDir, options.suppressed) : undefined;
  if (topology) blocks.push([heading("Topology")], topology);
  blocks.push([heading("Services")], servicesSection(registry));
  blocks.push(...inheritedSections(registry, fromDir, heading));
  const chart =
    diagrams.chartFile && options.rangeChart !== false && chartedRanges(registry).length > 0
      ? [`![Range allocation: declared, reserved, used and free ports in each range](${encodeLinkPath(relativeTo(fromDir, diagrams.chartFile))})`]
      : [];
  blocks.push([heading("Ranges")], rangesSection(registry, chart));
  blocks.push([heading("Reserved ports")], reservedSection(registry));
  blocks.push([heading("Where each port is configured")], locationsSection(registry, refs, outputFile));
  return `${blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}

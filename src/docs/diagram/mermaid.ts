// The topology as a Mermaid flowchart (GitHub renders ```mermaid blocks in Markdown and job
// summaries), plus the prose around it: what the arrows mean and every finding drawn, with its place.

import type { AttributedRef, Suppressed } from "../../engine/types.js";
import type { Access, Registry } from "../../registry/model.js";
import { mermaidLabel, mermaidText } from "./mermaid-text.js";
import { ACCESS_ORDER, buildTopology, type Topology, type TopologyEdge, type TopologyNode } from "./topology.js";

const ACCESS_TITLE: Record<Access, string> = {
  public: "public: any interface",
  private: "private: private networks",
  localhost: "localhost: loopback only",
  internal: "internal: container network only",
};

const WARN = "⚠";

/**
 * Colours carry their own text colour, so nodes read the same on GitHub's light and dark themes.
 * Red is kept for findings alone.
 */
const CLASS_DEFS = {
  internet: "classDef internet fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#0a3069",
  proxy: "classDef proxy fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#3b2300",
  finding: "classDef finding fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#82071e",
  undeclared: "classDef undeclared fill:#f6f8fa,stroke:#6e7781,stroke-width:2px,stroke-dasharray:5 3,color:#24292f",
} as const;
// No label colour: the theme's own keeps edge labels legible on light and dark backgrounds.
const FINDING_LINK = "stroke:#cf222e,stroke-width:2px,stroke-dasharray:6 4";

type NodeClass = Exclude<keyof typeof CLASS_DEFS, "internet"> | undefined;

function nodeClass(node: TopologyNode): NodeClass {
  if (node.marks.length > 0) return "finding";
  if (node.kind !== "service") return "undeclared";
  if (node.proxyFiles.length > 0) return "proxy";
  return undefined;
}

function nodeLines(node: TopologyNode): string[] {
  const lines = [...node.lines, ...node.proxyFiles.map((file) => `proxy: ${file}`)];
  for (const text of new Set(node.marks.map((m) => m.text))) lines.push(`${WARN} ${text}`);
  return lines;
}

function edgeLine(edge: TopologyEdge): string {
  const arrow = edge.kind === "exposed" ? "-.->" : edge.kind === "conflict" ? "<-.->" : "-->";
  const label = edge.label ? `|"${mermaidText(edge.label)}"|` : "";
  return `  ${edge.from} ${arrow}${label} ${edge.to}`;
}

/** The flowchart source, without the Markdown fence. Undefined when there is nothing to draw. */
export function renderTopologyMermaid(topology: Topology): string | undefined {
  if (topology.nodes.length === 0) return undefined;
  const out: string[] = ["flowchart LR"];
  if (topology.internet) out.push(`  internet((${mermaidLabel(["Internet"])}))`);
  const node = (n: TopologyNode, indent: string) => `${indent}${n.id}[${mermaidLabel(nodeLines(n))}]`;
  for (const access of ACCESS_ORDER) {
    const inGroup = topology.nodes.filter((n) => n.kind === "service" && n.access === access);
    if (inGroup.length === 0) continue;
    out.push(`  subgraph group_${access}[${mermaidLabel([ACCESS_TITLE[access]])}]`);
    for (const n of inGroup) out.push(node(n, "    "));
    out.push("  end");
  }
  const outside = topology.nodes.filter((n) => n.kind !== "service");
  if (outside.length > 0) {
    out.push(`  subgraph group_undeclared[${mermaidLabel(["not in ports.yaml"])}]`);
    for (const n of outside) out.push(node(n, "    "));
    out.push("  end");
  }
  for (const edge of topology.edges) out.push(edgeLine(edge));

  const classes = new Map<keyof typeof CLASS_DEFS, string[]>();
  if (topology.internet) classes.set("internet", ["internet"]);
  for (const n of topology.nodes) {
    const c = nodeClass(n);
    if (c) classes.set(c, [...(classes.get(c) ?? []), n.id]);
  }
  // The legend explains the styles the diagram uses (next to a plain service); none used, no legend.
  const legend: Array<[string, string, keyof typeof CLASS_DEFS | undefined]> = [];
  if (classes.has("proxy")) legend.push(["legend_proxy", "proxy: its configuration", "proxy"]);
  if (classes.has("finding")) legend.push(["legend_finding", `${WARN} finding`, "finding"]);
  if (classes.has("undeclared")) legend.push(["legend_undeclared", "not declared in ports.yaml", "undeclared"]);
  if (legend.length > 0) {
    legend.unshift(["legend_service", "declared service :port", undefined]);
    out.push(`  subgraph group_legend[${mermaidLabel(["Legend"])}]`, "    direction TB");
    for (const [id, text, c] of legend) {
      out.push(`    ${id}[${mermaidLabel([text])}]`);
      if (c) classes.get(c)!.push(id);
    }
    // Invisible links keep the legend in this order; they come after every real edge, so the
    // linkStyle indices below are unaffected.
    out.push(`    ${legend.map(([id]) => id).join(" ~~~ ")}`);
    out.push("  end");
  }

  for (const c of Object.keys(CLASS_DEFS) as Array<keyof typeof CLASS_DEFS>) {
    const ids = classes.get(c);
    if (ids) out.push(`  ${CLASS_DEFS[c]}`, `  class ${ids.join(",")} ${c}`);
  }
  const findingLinks = topology.edges.flatMap((e, i) => (e.kind === "exposed" || e.kind === "conflict" ? [i] : []));
  if (findingLinks.length > 0) out.push(`  linkStyle ${findingLinks.join(",")} ${FINDING_LINK}`);
  return `${out.join("\n")}\n`;
}

export interface TopologyMarkdownOptions {
  /** A Markdown link to a file and line, as the map writes them. */
  link(file: string, line: number): string;
  /** Escapes plain text for Markdown. */
  escape(text: string): string;
  /** Suppression comments: what they suppress is not drawn. */
  suppressed?: Suppressed | undefined;
}

/** The fenced diagram and the prose under it, as Markdown lines; undefined when there is nothing to draw. */
export function topologyMarkdown(registry: Registry, refs: readonly AttributedRef[], options: TopologyMarkdownOptions): string[] | undefined {
  const topology = buildTopology(registry, refs, options.suppressed);
  const source = renderTopologyMermaid(topology);
  if (!source) return undefined;
  const lines = ["```mermaid", ...source.trimEnd().split("\n"), "```"];
  const marked = topology.nodes.filter((n) => n.marks.length > 0);
  const sentences: string[] = [];
  if (topology.edges.some((e) => e.kind === "internet" || e.kind === "proxy")) {
    sentences.push("Solid arrows are traffic: from the Internet to public services, and from each proxy to the upstreams its configuration dials (labelled with the port).");
  }
  sentences.push(marked.length > 0 ? "Red nodes and red dashed arrows are findings:" : "No findings are drawn on the diagram.");
  lines.push("", sentences.join(" "));
  if (marked.length === 0) return lines;
  lines.push("");
  for (const n of marked) {
    const name = n.services.length > 0 ? n.services.map((s) => s.name).join(", ") : n.lines.join(" ");
    for (const m of n.marks) lines.push(`- **${options.escape(name)}**: ${options.escape(m.text)} (${options.link(m.file, m.line)})`);
  }
  return lines;
}

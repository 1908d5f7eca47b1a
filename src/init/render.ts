// Text for `portcullis init`: the audit a human reads, and the proposed ports.yaml.

import { stringify } from "yaml";
import type { PortRef } from "../scan/types.js";
import type { Proposal, ProposedService } from "./propose.js";

/** One YAML scalar, quoted only when YAML needs it. */
function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

const where = (ref: PortRef) => `${ref.file}:${ref.line}`;

export function renderProposal(proposal: Proposal, project: string): string {
  const out = [
    "# yaml-language-server: $schema=./node_modules/portcullis/policies/ports.schema.json",
    "# Proposed by `portcullis init` from what this repository does today: every port, variable and",
    "# access level below describes the current bindings. Review it, then tighten `access` to the policy you want.",
    "version: 1",
    `project: ${scalar(project)}`,
  ];
  if (proposal.ranges.length > 0) {
    out.push("ranges:");
    for (const r of proposal.ranges) out.push(`  ${r.name}: { from: ${r.from}, to: ${r.to} }`);
  }
  out.push(proposal.services.length > 0 ? "services:" : "services: {}");
  for (const s of proposal.services) out.push(...renderService(s));
  return `${out.join("\n")}\n`;
}

function renderService(s: ProposedService): string[] {
  const lines = [`  ${scalar(s.name)}:`, `    port: ${s.port}`];
  if (s.env) lines.push(`    env: ${scalar(s.env)}`);
  if (s.range) lines.push(`    range: ${s.range}`);
  if (s.protocol !== "tcp") lines.push(`    protocol: ${s.protocol}`);
  lines.push(`    access: ${s.access}`);
  if (s.description) lines.push(`    description: ${scalar(s.description)}`);
  if (s.target !== undefined) lines.push(`    target: ${s.target}`);
  if (s.aliases.length > 0) lines.push(`    aliases: [${s.aliases.map(scalar).join(", ")}]`);
  return lines;
}

export function renderAudit(proposal: Proposal, stats: { files: number; refs: number }): string {
  const out: string[] = [];
  out.push(`Found ${stats.refs} port references in ${stats.files} files, grouped into ${proposal.services.length} services.`, "");
  if (proposal.services.length > 0) {
    const rows = proposal.services.map((s) => {
      const files = [...new Set(s.refs.map(where))];
      const shown = files.slice(0, 4).join(", ") + (files.length > 4 ? `, +${files.length - 4} more` : "");
      return [String(s.port) + (s.protocol === "tcp" ? "" : `/${s.protocol}`), s.name, s.access, s.env ?? "-", shown];
    });
    const header = ["PORT", "SERVICE", "ACCESS", "VARIABLE", "CONFIGURED IN"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
    out.push(line(header), ...rows.map(line), "");
  }
  out.push(proposal.collisions.length > 0 ? "Collisions:" : "Collisions: none");
  for (const c of proposal.collisions) out.push(`  ${c.port}/${c.protocol} is claimed by ${c.services.join(", ")}`);
  out.push("");
  out.push(proposal.exposed.length > 0 ? "Published on all interfaces:" : "Published on all interfaces: none");
  for (const e of proposal.exposed) out.push(`  ${e.service} on ${e.ref.port} at ${where(e.ref)}`);
  out.push("");
  return `${out.join("\n")}`;
}

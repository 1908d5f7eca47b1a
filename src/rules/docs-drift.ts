// Markdown docs that disagree with ports.yaml: a port table row showing another port, access or
// variable than its service, a row or `localhost:NNNN` mention of an undeclared port, a stale generated map.

import { normaliseName } from "../engine/attribute.js";
import type { AttributedRef, Report, Rule } from "../engine/types.js";
import type { Registry, Service, Span } from "../registry/model.js";
import { isPortMapRegionStale } from "../docs/stale.js";

/** One table row: its refs share a file and line (a GFM table row is one line). */
interface Row {
  refs: AttributedRef[];
  name?: string;
  label?: string;
  envVar?: string;
}

type Match = { service: Service; how: "name" | "env" | "engine" | "port" | "prefix" };

function covers(ref: AttributedRef, port: number): boolean {
  return port >= ref.port && port <= (ref.portEnd ?? ref.port);
}

function within(ref: AttributedRef, from: number, to: number): boolean {
  return ref.port >= from && (ref.portEnd ?? ref.port) <= to;
}

function portsText(refs: readonly AttributedRef[]): string {
  return refs.map((r) => (r.portEnd !== undefined ? `${r.port}-${r.portEnd}` : String(r.port))).join(", ");
}

class ServiceLookup {
  private readonly byName = new Map<string, Service[]>();
  private readonly byEnv = new Map<string, Service[]>();
  /** Normalised names and aliases, longest first, for prefix matches ("PostgreSQL 16" → postgres). */
  private readonly prefixes: Array<[string, Service]> = [];

  constructor(private readonly registry: Registry) {
    for (const service of registry.services) {
      for (const name of new Set([service.name, ...service.aliases].map(normaliseName))) {
        if (!name) continue;
        this.byName.set(name, [...(this.byName.get(name) ?? []), service]);
        if (name.length >= 3) this.prefixes.push([name, service]);
      }
      if (service.env) this.byEnv.set(service.env, [...(this.byEnv.get(service.env) ?? []), service]);
    }
    this.prefixes.sort((a, b) => b[0].length - a[0].length);
  }

  /** Among several candidates, the one whose port the row shows, else the first. */
  private pick(candidates: Service[] | undefined, refs: readonly AttributedRef[]): Service | undefined {
    if (!candidates) return undefined;
    return candidates.find((s) => refs.some((r) => covers(r, s.port))) ?? candidates[0];
  }

  match(row: Row): Match | undefined {
    const names = [row.name, row.name?.replace(/\([^)]*\)/g, " "), row.label].filter((n): n is string => Boolean(n));
    for (const name of names) {
      const service = this.pick(this.byName.get(normaliseName(name)), row.refs);
      if (service) return { service, how: "name" };
    }
    if (row.envVar) {
      const service = this.pick(this.byEnv.get(row.envVar), row.refs);
      if (service) return { service, how: "env" };
    }
    const attributed = row.refs.find((r) => r.service)?.service;
    if (attributed) return { service: attributed, how: "engine" };
    for (const ref of row.refs) {
      const service =
        this.registry.services.find((s) => s.protocol === ref.protocol && covers(ref, s.port)) ??
        this.registry.services.find((s) => covers(ref, s.port));
      if (service) return { service, how: "port" };
    }
    const wanted = row.name ? normaliseName(row.name) : "";
    const prefix = wanted ? this.prefixes.find(([name]) => wanted.startsWith(name)) : undefined;
    return prefix ? { service: prefix[1], how: "prefix" } : undefined;
  }

  /** Is a port (or range) one the registry knows: a service's, a fallback, a reservation (ranges count as declared for ranges)? */
  declares(ref: AttributedRef, rangesCount: boolean): boolean {
    const { registry } = this;
    const inRange = (from: number, to: number) => within(ref, from, to);
    return (
      registry.services.some((s) => within(ref, s.port, s.port) || (s.fallback !== undefined && inRange(s.fallback[0], s.fallback[1]))) ||
      registry.reserved.some((r) => inRange(r.from, r.to)) ||
      (rangesCount && [...registry.ranges.values()].some((r) => inRange(r.from, r.to)))
    );
  }
}

function spanOf(ref: AttributedRef, key: "accessAt" | "variableAt"): AttributedRef | (Span & { file: string }) {
  const span = ref.meta?.[key] as Span | undefined;
  return span ? { file: ref.file, ...span } : ref;
}

function checkRow(row: Row, lookup: ServiceLookup, reports: Report[]): void {
  const first = row.refs[0]!;
  const label = row.name ?? `port ${portsText(row.refs)}`;
  const match = lookup.match(row);
  if (!match) {
    for (const ref of row.refs) {
      if (lookup.declares(ref, ref.portEnd !== undefined)) continue;
      reports.push({
        messageId: row.name ? "unknown" : "unknownUnnamed",
        data: { label: row.name, used: portsText([ref]) },
        at: ref,
        port: ref.port,
      });
    }
    return;
  }
  const { service } = match;
  const base = { label, service: service.name };
  const agrees =
    row.refs.some((r) => covers(r, service.port)) ||
    (service.fallback !== undefined && row.refs.every((r) => within(r, service.fallback![0], service.fallback![1])));
  if (!agrees) {
    reports.push({
      messageId: "port",
      data: { ...base, used: portsText(row.refs), declared: service.port },
      at: first,
      service: service.name,
      port: first.port,
    });
    // A name that only resembles a service's says nothing more once the port disagrees too.
    if (match.how === "prefix") return;
  } else {
    const explicit = row.refs.find((r) => r.meta?.protocolExplicit && r.protocol !== service.protocol);
    if (explicit) {
      reports.push({
        messageId: "protocol",
        data: { ...base, documented: explicit.protocol, declared: service.protocol },
        at: explicit,
        service: service.name,
        port: explicit.port,
      });
    }
  }
  const access = first.meta?.access;
  if (typeof access === "string" && access !== service.access) {
    reports.push({
      messageId: "access",
      data: { ...base, written: String(first.meta?.accessText ?? access), documented: access, declared: service.access },
      at: spanOf(first, "accessAt"),
      service: service.name,
      port: first.port,
    });
  }
  if (row.envVar && row.envVar !== service.env) {
    reports.push({
      messageId: service.env ? "variable" : "noVariable",
      data: { ...base, documented: row.envVar, declared: service.env },
      at: spanOf(first, "variableAt"),
      service: service.name,
      port: first.port,
    });
  }
}

const rule: Rule = {
  meta: {
    id: "docs-drift",
    description: "A Markdown port table disagrees with ports.yaml, or the generated port map is stale",
    defaultLevel: "error",
    rationale:
      "Hand-kept port tables rot with every port change (\"frontend moved 3002 → 3003 → 3004\"); a reader trusts the doc and dials the wrong port.",
    examples: {
      file: `docs/ports.md  # ports.yaml: grafana { port: 3030 }`,
      bad: `| Port | Service |
| ---- | ------- |
| 3000 | Grafana |`,
      good: `| Port | Service |
| ---- | ------- |
| 3030 | Grafana |`,
    },
    messages: {
      port: "docs say {label} is on port {used}, but ports.yaml declares {service} on {declared}",
      access: 'docs say {label} is reachable "{written}" ({documented}), but ports.yaml declares {service} with access: {declared}',
      variable: "docs say {label} is configured by {documented}, but ports.yaml says {service} reads {declared}",
      noVariable: "docs say {label} is configured by {documented}, but ports.yaml declares no env for {service}",
      protocol: "docs say {label} uses {documented}, but ports.yaml declares {service} as {declared}",
      unknown: "docs list {label} on port {used}, which ports.yaml does not declare",
      unknownUnnamed: "docs list port {used}, which ports.yaml does not declare",
      mention: "docs mention {address}:{port}, a port ports.yaml does not declare",
      stale: "{file} is stale: it no longer matches ports.yaml and the ports found in the repository; run `portcullis docs`",
    },
  },
  check({ registry, refs, files, suppressed }) {
    const reports: Report[] = [];
    const lookup = new ServiceLookup(registry);
    const rows = new Map<string, Row>();
    for (const ref of refs) {
      if (ref.family !== "markdown") continue;
      if (ref.kind === "docs") {
        const key = `${ref.file}\0${ref.line}`;
        const row = rows.get(key) ?? { refs: [] };
        row.refs.push(ref);
        if (ref.name) row.name = ref.name;
        if (typeof ref.meta?.label === "string") row.label = ref.meta.label;
        if (ref.envVar) row.envVar = ref.envVar;
        rows.set(key, row);
      } else if (ref.kind === "dial" && !ref.service && !lookup.declares(ref, true)) {
        // Prose is looser than a table: a mention of an undeclared port is worth a look, not a failed build.
        reports.push({
          messageId: "mention",
          data: { address: String(ref.meta?.dialHost ?? "localhost"), port: ref.port },
          at: ref,
          port: ref.port,
          level: "warn",
        });
      }
    }
    for (const row of rows.values()) checkRow(row, lookup, reports);
    for (const file of files) {
      const region = file.result.portMap;
      if (region && isPortMapRegionStale(registry, refs, region, suppressed)) {
        const { file: path, line, column, endLine, endColumn } = region;
        reports.push({ messageId: "stale", data: { file: path }, at: { file: path, line, column, endLine, endColumn } });
      }
    }
    return reports;
  },
};

export default rule;

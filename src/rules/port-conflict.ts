// Two services claim the same port: in the registry, as compose host bindings across files, or
// against another project of the same host (services and allocations from host or fleet registries).

import path from "node:path";
import { hostsOverlap } from "../engine/hosts.js";
import type { AttributedRef, Report, Rule } from "../engine/types.js";
import type { Protocol, Registry, Service } from "../registry/model.js";
import { allocationSpan, shareHost } from "../registry/projects.js";

/** Ranges larger than this are not expanded port by port (they are compared as intervals). */
function overlaps(a: { port: number; portEnd?: number }, b: { port: number; portEnd?: number }): boolean {
  return a.port <= (b.portEnd ?? b.port) && b.port <= (a.portEnd ?? a.port);
}

/** `8000` for TCP (the usual case), `53/udp` otherwise. */
function portWithProtocol(port: number, protocol: Protocol): string {
  return protocol === "tcp" ? String(port) : `${port}/${protocol}`;
}

/** A service of another project, for the messages naming it. */
function projectClash(service: Service, other: Service, project: string): Report {
  return {
    messageId: "project",
    data: {
      service: service.name,
      port: portWithProtocol(service.port, service.protocol),
      project,
      otherFile: other.portAt.file,
      otherLine: other.portAt.line,
    },
    at: service.portAt,
    service: service.name,
    port: service.port,
  };
}

/** Two services of this registry on one port+protocol (projects apart only if they share a host). */
function registryConflicts(registry: Registry, reports: Report[]): void {
  const services = registry.services;
  for (let i = 0; i < services.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = services[i]!;
      const b = services[j]!;
      if (a.port !== b.port || a.protocol !== b.protocol) continue;
      if (a.project !== undefined && b.project !== undefined && a.project !== b.project) {
        // Projects on different hosts may use the same port; the repository's own file takes the finding.
        if (!shareHost(registry, a.project, b.project)) continue;
        const [here, there] = a.source === registry.file || b.source !== registry.file ? [a, b] : [b, a];
        reports.push(projectClash(here, there, there.project!));
        break;
      }
      const sameFile = a.portAt.file === b.portAt.file;
      reports.push({
        messageId: sameFile ? "registry" : "registryInherited",
        data: { service: a.name, port: a.port, protocol: a.protocol, other: b.name, otherLine: b.portAt.line, otherFile: b.portAt.file },
        at: a.portAt,
        service: a.name,
        port: a.port,
      });
      break;
    }
  }
}

/**
 * This repository's services on a port another project of a shared host declares. Only services
 * the repository owns (its own file's, or its project's) are judged: a clash between two inherited
 * registries is theirs to fix.
 */
function otherProjectConflicts(registry: Registry, reports: Report[]): void {
  const others = registry.otherProjectServices ?? [];
  if (others.length === 0) return;
  for (const service of registry.services) {
    if (service.source !== registry.file && service.project !== registry.project) continue;
    const mine = service.project ?? registry.project;
    const other = others.find((o) => o.port === service.port && o.protocol === service.protocol && shareHost(registry, mine, o.project));
    if (other) reports.push(projectClash(service, other, other.project!));
  }
}

/** A port bound in this repository (not attributed to one of its services) that another project of a shared host declares. */
function boundOtherProjectPorts(registry: Registry, refs: readonly AttributedRef[], reports: Report[]): void {
  const others = registry.otherProjectServices ?? [];
  if (others.length === 0) return;
  for (const ref of refs) {
    if (ref.service || ref.side !== "host" || (ref.kind !== "publish" && ref.kind !== "listen")) continue;
    const other = others.find(
      (o) => o.protocol === ref.protocol && o.port >= ref.port && o.port <= (ref.portEnd ?? ref.port) && shareHost(registry, registry.project, o.project),
    );
    if (!other) continue;
    reports.push({
      messageId: "projectRef",
      data: { port: portWithProtocol(other.port, other.protocol), project: other.project, otherFile: other.portAt.file, otherLine: other.portAt.line },
      at: ref,
      port: other.port,
    });
  }
}

/** Two allocations of one host that overlap, reported where this registry's own file declares one. */
function allocationOverlaps(registry: Registry, reports: Report[]): void {
  const allocations = [...(registry.projects?.values() ?? [])];
  for (let i = 0; i < allocations.length; i++) {
    for (let j = 0; j < allocations.length; j++) {
      if (i === j) continue;
      const a = allocations[i]!;
      const b = allocations[j]!;
      // Each overlapping pair once: at the later one, or at the one this file declares.
      const reportHere = a.at.file === registry.file && (b.at.file !== registry.file || j < i);
      if (!reportHere) continue;
      if (a.range[0] > b.range[1] || b.range[0] > a.range[1] || !shareHost(registry, a.name, b.name)) continue;
      reports.push({
        messageId: "allocation",
        data: { project: a.name, range: allocationSpan(a), other: b.name, otherRange: allocationSpan(b), otherFile: b.at.file, otherLine: b.at.line },
        at: a.at,
        port: Math.max(a.range[0], b.range[0]),
      });
      break;
    }
  }
}

/** Compose files in one folder form one project; a service in an override file is the same service. */
function composeOwner(ref: AttributedRef): string {
  return `${path.posix.dirname(ref.file)}::${ref.meta?.composeService ?? ref.name ?? ref.file}`;
}

const rule: Rule = {
  meta: {
    id: "port-conflict",
    description: "Two services claim the same port and protocol",
    defaultLevel: "error",
    rationale:
      "Only one process can bind a port: the second fails with \"port is already allocated\", usually at the worst moment.",
    examples: {
      file: `ports.yaml`,
      bad: `api:    { port: 8000 }
admin:  { port: 8000 }`,
      good: `api:    { port: 8000 }
admin:  { port: 8001 }`,
    },
    messages: {
      registry: "{service} declares port {port}/{protocol}, already declared by {other} (line {otherLine})",
      registryInherited: "{service} declares port {port}/{protocol}, already declared by {other} ({otherFile}:{otherLine})",
      project: "{service} declares port {port}, already declared by project {project} ({otherFile}:{otherLine})",
      projectRef: "port {port} is already declared by project {project} ({otherFile}:{otherLine}), which shares a host with this one",
      allocation: "project {project} is allocated {range}, overlapping project {other} ({otherRange}, {otherFile}:{otherLine}) on a shared host",
      compose: "{owner} publishes {port}/{protocol}, which {other} also publishes in {otherFile}:{otherLine}",
      composeProjects:
        "{owner} publishes {port}/{protocol}, which {other} of another compose project also publishes in {otherFile}:{otherLine}; they collide when both run on one host",
    },
  },
  check({ registry, refs }) {
    const reports: Report[] = [];
    registryConflicts(registry, reports);
    otherProjectConflicts(registry, reports);
    boundOtherProjectPorts(registry, refs, reports);
    allocationOverlaps(registry, reports);
    const published = refs.filter((ref) => ref.family === "compose" && ref.kind === "publish");
    const owners = published.map(composeOwner);
    for (let i = 0; i < published.length; i++) {
      const ref = published[i]!;
      // Both ends of a clash are reported, each naming the other: a check limited to the changed
      // files (a pre-commit hook, a pull request) must see the clash whichever side changed.
      // (The cheap comparisons first: every pair is looked at.)
      const clash = published.find(
        (other, j) =>
          other.protocol === ref.protocol &&
          overlaps(other, ref) &&
          other !== ref &&
          owners[j] !== owners[i] &&
          hostsOverlap(other.host ?? "", ref.host ?? ""),
      );
      if (!clash) continue;
      // Two compose projects (folders) collide only when both run on one host: likely, not certain.
      const sameProject = path.posix.dirname(clash.file) === path.posix.dirname(ref.file);
      reports.push({
        messageId: sameProject ? "compose" : "composeProjects",
        ...(sameProject ? {} : { level: "warn" as const }),
        data: {
          owner: ref.meta?.composeService ?? ref.name ?? "a service",
          other: clash.meta?.composeService ?? clash.name ?? "another service",
          port: ref.port,
          protocol: ref.protocol,
          otherFile: clash.file,
          otherLine: clash.line,
        },
        at: ref,
        service: ref.service?.name,
        port: ref.port,
      });
    }
    return reports;
  },
};

export default rule;

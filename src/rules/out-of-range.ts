// A service's declared port lies outside the range it says it belongs to, or outside the block a
// host or fleet registry allocates to its project.

import type { Report, Rule } from "../engine/types.js";
import type { Registry, Service } from "../registry/model.js";
import { allocationOf, allocationSpan, shareHost } from "../registry/projects.js";

/** Allocation checks: a service of an allocated project stays in its block; others stay out of other projects' blocks. */
function allocationReport(registry: Registry, service: Service): Report | undefined {
  const inside = ([from, to]: [number, number]) => service.port >= from && service.port <= to;
  const allocation = allocationOf(registry, service.project);
  if (allocation) {
    if (inside(allocation.range)) return undefined;
    return {
      messageId: "allocation",
      data: { service: service.name, port: service.port, project: allocation.name, range: allocationSpan(allocation), file: allocation.at.file, line: allocation.at.line },
      at: service.portAt,
      service: service.name,
      port: service.port,
    };
  }
  // A service of no allocated project, declared here, sitting in another project's block of a shared host.
  if (service.source !== registry.file) return undefined;
  for (const other of registry.projects?.values() ?? []) {
    if (other.name === service.project || !inside(other.range) || !shareHost(registry, service.project, other.name)) continue;
    return {
      messageId: "otherAllocation",
      data: { service: service.name, port: service.port, project: other.name, range: allocationSpan(other), file: other.at.file, line: other.at.line },
      at: service.portAt,
      service: service.name,
      port: service.port,
    };
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: "out-of-range",
    description: "A service's port is outside its range",
    defaultLevel: "error",
    rationale: "Ranges are how a team keeps categories and projects apart (core 8000-8099, dashboards 3200-3299); a port outside its block defeats them.",
    examples: {
      file: `ports.yaml`,
      bad: `ranges: { core: { from: 8000, to: 8099 } }
services:
  api: { port: 9000, range: core }`,
      good: `ranges: { core: { from: 8000, to: 8099 } }
services:
  api: { port: 8000, range: core }`,
    },
    messages: {
      declared: "{service} declares port {port}, outside its range {range} ({from}-{to})",
      allocation: "{service} declares port {port}, outside the allocation of project {project} ({range}, {file}:{line})",
      otherAllocation: "{service} declares port {port}, inside the allocation of project {project} ({range}, {file}:{line})",
    },
  },
  check({ registry }) {
    const reports: Report[] = [];
    for (const service of registry.services) {
      const allocation = allocationReport(registry, service);
      if (allocation) reports.push(allocation);
      const range = service.range;
      if (!range || (service.port >= range.from && service.port <= range.to)) continue;
      reports.push({
        messageId: "declared",
        data: { service: service.name, port: service.port, range: range.name ?? "[inline]", from: range.from, to: range.to },
        at: service.portAt,
        service: service.name,
        port: service.port,
      });
    }
    return reports;
  },
};

export default rule;

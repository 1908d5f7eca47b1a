// A reserved port or range is declared by a service or used somewhere.

import type { Reservation } from "../registry/model.js";
import type { Report, Rule } from "../engine/types.js";

function findReservation(reserved: readonly Reservation[], from: number, to: number): Reservation | undefined {
  return reserved.find((r) => from <= r.to && r.from <= to);
}

function describe(r: Reservation): string {
  const span = r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
  return r.reason ? `${span} (${r.reason})` : span;
}

const rule: Rule = {
  meta: {
    id: "reserved-port",
    description: "A reserved port or range is used",
    defaultLevel: "error",
    rationale: "Reserved ports belong to something outside this repository (another app, a future block); using them invites a collision.",
    examples: {
      file: `ports.yaml`,
      bad: `reserved: [{ port: 3000, reason: Grafana }]
services:
  web: { port: 3000 }`,
      good: `reserved: [{ port: 3000, reason: Grafana }]
services:
  web: { port: 3004 }`,
    },
    messages: {
      service: "{service} declares port {port}, which is reserved: {reservation}",
      ref: "port {port} is reserved: {reservation}",
    },
  },
  check({ registry, refs }) {
    const reports: Report[] = [];
    if (registry.reserved.length === 0) return reports;
    const declared = new Set<string>();
    for (const service of registry.services) {
      const hit = findReservation(registry.reserved, service.port, service.port);
      if (!hit) continue;
      declared.add(service.name);
      reports.push({
        messageId: "service",
        data: { service: service.name, port: service.port, reservation: describe(hit) },
        at: service.portAt,
        service: service.name,
        port: service.port,
      });
    }
    for (const ref of refs) {
      if (ref.side !== "host" || ref.family === "markdown") continue;
      // The registry finding already covers a service that declares the reserved port.
      if (ref.service && declared.has(ref.service.name) && ref.port === ref.service.port) continue;
      const hit = findReservation(registry.reserved, ref.port, ref.portEnd ?? ref.port);
      if (!hit) continue;
      reports.push({ messageId: "ref", data: { port: ref.port, reservation: describe(hit) }, at: ref, service: ref.service?.name, port: ref.port });
    }
    return reports;
  },
};

export default rule;

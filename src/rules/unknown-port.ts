// A host port is used that no service, range or reservation of the registry declares.

import type { Registry } from "../registry/model.js";
import type { Report, Rule } from "../engine/types.js";

function isDeclared(registry: Registry, from: number, to: number): boolean {
  const inside = (a: number, b: number) => from <= b && a <= to;
  return (
    registry.services.some((s) => inside(s.port, s.port) || (s.fallback !== undefined && inside(s.fallback[0], s.fallback[1]))) ||
    // Another project's port (from a host or fleet registry) is declared, just not ours: a clash
    // with it is port-conflict's to report, not a second warning here.
    (registry.otherProjectServices ?? []).some((s) => inside(s.port, s.port)) ||
    [...registry.ranges.values()].some((r) => inside(r.from, r.to)) ||
    registry.reserved.some((r) => inside(r.from, r.to))
  );
}

const rule: Rule = {
  meta: {
    id: "unknown-port",
    description: "A port is used that no service, range or reservation declares",
    defaultLevel: "warn",
    rationale: "A port nobody declared is a collision waiting to happen: the registry cannot protect what it does not know.",
    examples: {
      file: `docker-compose.yml  # no service declares 9999`,
      bad: `debug:
  ports: ["127.0.0.1:9999:9999"]`,
      good: `# ports.yaml
services:
  debug: { port: 9999 }`,
    },
    messages: {
      unknown: "port {port} is not declared in ports.yaml (no service, range or reservation covers it)",
      unknownNamed: "port {port} of {name} is not declared in ports.yaml (no service, range or reservation covers it)",
    },
  },
  check({ registry, refs }) {
    const reports: Report[] = [];
    for (const ref of refs) {
      // Container-side ports are private to the container network; docs rows have docs-drift.
      if (ref.service || ref.side !== "host" || ref.family === "markdown") continue;
      // In code, only a process listening claims a port; a client address in a test or a
      // default argument is not an allocation the registry should have to know about.
      if (ref.family === "source" && ref.kind !== "listen") continue;
      if (isDeclared(registry, ref.port, ref.portEnd ?? ref.port)) continue;
      const name = ref.meta?.composeService ?? ref.name;
      reports.push({
        messageId: name ? "unknownNamed" : "unknown",
        data: { port: ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : ref.port, name },
        at: ref,
        port: ref.port,
      });
    }
    return reports;
  },
};

export default rule;

// A service's declared port lies outside the range it says it belongs to.

import type { Report, Rule } from "../engine/types.js";

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
    },
  },
  check({ registry }) {
    const reports: Report[] = [];
    for (const service of registry.services) {
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

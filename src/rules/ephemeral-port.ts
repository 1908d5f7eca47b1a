// A fixed port inside the operating system's ephemeral range, where outgoing connections get theirs.

import type { Report, Rule } from "../engine/types.js";

export const EPHEMERAL_FROM = 32768;
export const EPHEMERAL_TO = 60999;

const inEphemeral = (port: number) => port >= EPHEMERAL_FROM && port <= EPHEMERAL_TO;

const rule: Rule = {
  meta: {
    id: "ephemeral-port",
    description: "A fixed port inside the OS ephemeral range (32768-60999)",
    defaultLevel: "warn",
    rationale: "The kernel hands these ports to outgoing connections; a server on one fails at random when a client got there first.",
    examples: {
      file: `ports.yaml`,
      bad: `worker: { port: 45000 }`,
      good: `worker: { port: 8045 }`,
    },
    messages: {
      declared: "{service} declares port {port}, inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
      used: "port {port} is inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
    },
  },
  check({ registry, refs }) {
    const reports: Report[] = [];
    for (const service of registry.services) {
      if (!inEphemeral(service.port)) continue;
      reports.push({ messageId: "declared", data: { service: service.name, port: service.port }, at: service.portAt, service: service.name, port: service.port });
    }
    for (const ref of refs) {
      if (ref.side !== "host" || (ref.kind !== "publish" && ref.kind !== "listen")) continue;
      if (!inEphemeral(ref.port)) continue;
      // A declared service's port is reported once, at its declaration.
      if (ref.service && ref.service.port === ref.port) continue;
      reports.push({ messageId: "used", data: { port: ref.port }, at: ref, service: ref.service?.name, port: ref.port });
    }
    return reports;
  },
};

export default rule;

// A service that is not public sits on a port below 1024, which needs root or a capability to bind.

import type { Report, Rule } from "../engine/types.js";

const rule: Rule = {
  meta: {
    id: "privileged-port",
    description: "A non-public service on a port below 1024",
    defaultLevel: "info",
    rationale: "Ports below 1024 need root or CAP_NET_BIND_SERVICE; an internal service rarely needs that privilege.",
    examples: {
      file: `ports.yaml`,
      bad: `admin: { port: 81, access: localhost }`,
      good: `admin: { port: 8081, access: localhost }`,
    },
    messages: { privileged: "{service} (access: {access}) uses privileged port {port}; binding it needs root or CAP_NET_BIND_SERVICE" },
  },
  check({ registry }) {
    return registry.services
      .filter((s) => s.access !== "public" && s.port < 1024)
      .map((s): Report => ({ messageId: "privileged", data: { service: s.name, access: s.access, port: s.port }, at: s.portAt, service: s.name, port: s.port }));
  },
};

export default rule;

// A service that must not listen on every interface does, or an internal service has a host port.

import { classifyHost } from "../engine/hosts.js";
import type { Report, Rule } from "../engine/types.js";

const rule: Rule = {
  meta: {
    id: "exposed-binding",
    description: "A non-public service is published on all interfaces, or an internal service has a host port",
    defaultLevel: "error",
    rationale:
      "A backend on 0.0.0.0 is reachable from the network, bypassing the reverse proxy, and takes the port from every other app on the host.",
    examples: {
      file: `docker-compose.yml  # ports.yaml: api { access: localhost }`,
      bad: `api:
  ports: ["8000:8000"]`,
      good: `api:
  ports: ["127.0.0.1:8000:8000"]`,
    },
    messages: {
      localhost:
        "{service} (access: localhost) is published on all interfaces; bind {suggestion}",
      localhostOther: "{service} (access: localhost) is bound to {host}; bind 127.0.0.1 or ::1",
      private:
        "{service} (access: private) is published on all interfaces and relies on a firewall; bind a private or loopback address",
      internal: "{service} (access: internal) must not have a host port, but this publishes {port}",
    },
  },
  check({ refs }) {
    const reports: Report[] = [];
    for (const ref of refs) {
      const service = ref.service;
      if (!service || ref.side !== "host" || service.access === "public") continue;
      // Only a binding says where a service listens; a client dialling it or a docs row does not.
      if (ref.kind !== "publish" && ref.kind !== "listen") continue;
      if (ref.host === undefined && ref.kind === "listen") continue;
      const host = ref.host ?? "";
      const hostClass = classifyHost(host);
      const base = { service: service.name, port: ref.port, host };
      if (service.access === "internal") {
        reports.push({ messageId: "internal", data: base, at: ref, service: service.name, port: ref.port });
      } else if (hostClass === "all") {
        if (service.access === "localhost") {
          const suggestion = ref.kind === "publish" ? `127.0.0.1:${ref.port}` : `127.0.0.1`;
          reports.push({ messageId: "localhost", data: { ...base, suggestion }, at: ref, service: service.name, port: ref.port });
        } else {
          reports.push({ messageId: "private", data: base, at: ref, service: service.name, port: ref.port, level: "warn" });
        }
      } else if (service.access === "localhost" && hostClass !== "loopback") {
        reports.push({ messageId: "localhostOther", data: base, at: ref, service: service.name, port: ref.port });
      }
    }
    return reports;
  },
};

export default rule;

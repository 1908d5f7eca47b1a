// A reference tied to a service uses another port than the registry declares.

import type { AttributedRef, Report, Rule } from "../engine/types.js";

function describeRef(ref: AttributedRef): string {
  return ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : String(ref.port);
}

function covers(ref: AttributedRef, port: number): boolean {
  return port >= ref.port && port <= (ref.portEnd ?? ref.port);
}

const rule: Rule = {
  meta: {
    id: "port-mismatch",
    description: "A reference attributed to a service uses another port than ports.yaml declares",
    defaultLevel: "error",
    rationale:
      "Every place a port is written down must agree with ports.yaml, or the next `docker compose up` or deploy uses the wrong one.",
    examples: {
      file: `docker-compose.yml  # ports.yaml: api { port: 8000 }`,
      bad: `api:
  ports: ["127.0.0.1:8001:8000"]`,
      good: `api:
  ports: ["127.0.0.1:8000:8000"]`,
    },
    messages: {
      host: "{service} is declared on port {declared} in ports.yaml, but this uses {used}",
      variable: "{variable} is {service}'s port, declared as {declared} in ports.yaml, but this sets {used}",
      target: "{service}'s container port is declared as {declared} (target), but this uses {used}",
    },
  },
  check({ refs }) {
    const reports: Report[] = [];
    for (const ref of refs) {
      const service = ref.service;
      // Markdown tables have their own rule (docs-drift) with row-level messages.
      if (!service || ref.family === "markdown") continue;
      // Only a reference that names the service (variable, name, folder) can disagree with it;
      // one attributed by its port number agrees by construction.
      if (ref.attributedBy === "port") continue;
      const data = { service: service.name, used: describeRef(ref), variable: ref.envVar };
      if (ref.attributedBy === "env" && ref.envVar === service.env) {
        if (!covers(ref, service.port)) {
          reports.push({ messageId: "variable", data: { ...data, declared: service.port }, at: ref, service: service.name, port: ref.port });
        }
      } else if (ref.side === "host") {
        if (!covers(ref, service.port)) {
          reports.push({ messageId: "host", data: { ...data, declared: service.port }, at: ref, service: service.name, port: ref.port });
        }
      } else if (service.target !== undefined && !covers(ref, service.target)) {
        reports.push({ messageId: "target", data: { ...data, declared: service.target }, at: ref, service: service.name, port: ref.port });
      }
    }
    return reports;
  },
};

export default rule;

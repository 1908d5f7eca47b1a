// A service's port is configured through another variable than the one the registry names.

import type { Report, Rule } from "../engine/types.js";

/** Generic names every platform injects (Heroku, Cloud Run…): reading them is not a mismatch. */
const GENERIC = new Set(["PORT", "HTTP_PORT", "SERVER_PORT"]);

const rule: Rule = {
  meta: {
    id: "env-var-mismatch",
    description: "Compose files or env templates use another variable name for a service's port than its `env`",
    defaultLevel: "error",
    rationale: "When compose reads BACKEND_PORT and the app reads API_PORT, changing one silently breaks the other.",
    examples: {
      file: `docker-compose.yml  # ports.yaml: api { env: API_PORT }`,
      bad: `api:
  ports: ["127.0.0.1:\${BACKEND_PORT:-8000}:8000"]`,
      good: `api:
  ports: ["127.0.0.1:\${API_PORT:-8000}:8000"]`,
    },
    messages: {
      mismatch: "{variable} configures {service}'s port here, but ports.yaml says {service} reads {expected}",
    },
  },
  check({ refs }) {
    const reports: Report[] = [];
    for (const ref of refs) {
      const service = ref.service;
      if (!service?.env || !ref.envVar || ref.envVar === service.env) continue;
      // Markdown rows are docs-drift's to report, with the whole row in view.
      if (ref.family !== "compose" && ref.family !== "env") continue;
      // Inside a container the app may read any name; the policy is about host configuration.
      if (ref.side === "container" || GENERIC.has(ref.envVar)) continue;
      // A URL variable (DATABASE_URL) is not a port variable.
      if (ref.kind === "dial") continue;
      reports.push({
        messageId: "mismatch",
        data: { variable: ref.envVar, service: service.name, expected: service.env },
        at: ref,
        service: service.name,
        port: ref.port,
      });
    }
    return reports;
  },
};

export default rule;

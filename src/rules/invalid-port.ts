// A port outside 1-65535, or a binding no runtime would accept.

import type { Report, Rule } from "../engine/types.js";

const rule: Rule = {
  meta: {
    id: "invalid-port",
    description: "A port outside 1-65535, or a malformed binding",
    defaultLevel: "error",
    rationale: "Compose, Docker and servers reject these at start-up; better to hear it at review time.",
    examples: {
      file: `docker-compose.yml`,
      bad: `ports: ["80800:80"]`,
      good: `ports: ["8080:80"]`,
    },
    messages: { invalid: "{message}" },
  },
  check({ problems, refs }) {
    const reports: Report[] = problems
      .filter((p) => p.kind === "invalid-port")
      .map((p) => ({ messageId: "invalid", data: { message: p.message }, at: p }));
    for (const ref of refs) {
      const last = ref.portEnd ?? ref.port;
      if (ref.port >= 1 && last <= 65535 && ref.port <= last) continue;
      reports.push({ messageId: "invalid", data: { message: `port ${ref.port}${ref.portEnd !== undefined ? `-${ref.portEnd}` : ""} is outside 1-65535` }, at: ref, port: ref.port });
    }
    return reports;
  },
};

export default rule;

// A compose short-syntax mapping written as a bare YAML scalar.

import type { Report, Rule } from "../engine/types.js";

const rule: Rule = {
  meta: {
    id: "unquoted-port",
    description: "A compose port mapping written as a bare YAML scalar",
    defaultLevel: "warn",
    rationale: "YAML 1.1 reads `- 22:22` as the base-60 number 1342; quote every mapping so every parser agrees.",
    examples: {
      file: `docker-compose.yml`,
      bad: `ports:
  - 22:22`,
      good: `ports:
  - "22:22"`,
    },
    messages: { unquoted: "quote this port mapping (\"{text}\"): YAML 1.1 parsers may read an unquoted a:b as a base-60 number" },
  },
  check({ refs }) {
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const ref of refs) {
      if (ref.family !== "compose" || !ref.meta?.unquoted) continue;
      const scalar = typeof ref.meta.scalarText === "string" ? ref.meta.scalarText : undefined;
      // One mapping yields a host and a container ref; report the mapping once.
      const key = `${ref.file}:${ref.line}:${scalar ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({ messageId: "unquoted", data: { text: scalar ?? "host:container" }, at: ref, service: ref.service?.name, port: ref.port });
    }
    return reports;
  },
};

export default rule;

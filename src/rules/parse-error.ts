// A file Portcullis should read could not be parsed; its ports are unchecked until it can be.

import type { Report, Rule } from "../engine/types.js";

const rule: Rule = {
  meta: {
    id: "parse-error",
    description: "A file could not be parsed (syntax error, invalid UTF-8, YAML alias bomb)",
    defaultLevel: "error",
    rationale: "A file that cannot be read cannot be checked; saying so beats silently passing.",
    examples: {
      file: `docker-compose.yml`,
      bad: `ports:
  - "8000:8000
`,
      good: `ports:
  - "8000:8000"`,
    },
    messages: { parse: "{message}" },
  },
  check({ problems }) {
    return problems
      .filter((p) => p.kind === "parse-error")
      .map((p): Report => ({ messageId: "parse", data: { message: p.message }, at: p }));
  },
};

export default rule;

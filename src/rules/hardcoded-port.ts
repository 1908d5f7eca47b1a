// Source code writes a service's port as a literal although the service declares the variable
// that configures it: the code ignores the registry, and moving the port breaks it silently.

import type { AttributedRef, Report, Rule } from "../engine/types.js";

const LITERAL_KINDS = new Set(["literal", "listen", "dial"]);

function isHardcoded(ref: AttributedRef): boolean {
  if (ref.family !== "source" || ref.side !== "host" || !LITERAL_KINDS.has(ref.kind)) return false;
  // Reading the variable with a default is the right pattern, whatever the default says.
  if (ref.meta?.fromDefault === true) return false;
  return ref.envVar === undefined;
}

const rule: Rule = {
  meta: {
    id: "hardcoded-port",
    description: "Source code writes the literal port of a service that declares `env` instead of reading the variable",
    defaultLevel: "warn",
    rationale:
      "When code spells out 8000 instead of reading CONTIMG_API_PORT, changing the port in ports.yaml and the environment leaves this place behind.",
    examples: {
      file: `app/main.py  # ports.yaml: api { port: 8000, env: CONTIMG_API_PORT }`,
      bad: `uvicorn.run(app, host="127.0.0.1", port=8000)`,
      good: `uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("CONTIMG_API_PORT", "8000")))`,
    },
    messages: {
      hardcoded: "hardcoded port {port} of {service}; read {variable} instead",
    },
  },
  check({ refs }) {
    const reports: Report[] = [];
    for (const ref of refs) {
      const service = ref.service;
      if (!service?.env || ref.port !== service.port || !isHardcoded(ref)) continue;
      reports.push({
        messageId: "hardcoded",
        data: { port: ref.port, service: service.name, variable: service.env },
        at: ref,
        service: service.name,
        port: ref.port,
      });
    }
    return reports;
  },
};

export default rule;

// An env template that configures ports lacks the variable of a service that declares `env`.

import type { Report, Rule } from "../engine/types.js";
import { isEnvTemplate } from "../scan/scanners/env.js";

const rule: Rule = {
  meta: {
    id: "env-template-drift",
    description: "An .env template lacks the variable of a service that declares `env`",
    defaultLevel: "warn",
    rationale: "Templates are what a newcomer copies to .env; a missing variable means a default nobody chose.",
    examples: {
      file: `.env.example  # ports.yaml: api { env: API_PORT }, web { env: WEB_PORT }`,
      bad: `API_PORT=8000`,
      good: `API_PORT=8000
WEB_PORT=8080`,
    },
    messages: {
      missing: "{file} sets port variables but not {variable} ({service}, port {port})",
    },
  },
  check({ registry, files }) {
    const reports: Report[] = [];
    const wanted = registry.services.filter((s) => s.env && !s.optional);
    if (wanted.length === 0) return reports;
    const registryVars = new Set(wanted.map((s) => s.env!));
    for (const file of files) {
      const defined = file.result.definedVars;
      if (file.scanner !== "env" || !defined || !isEnvTemplate(file.path)) continue;
      const names = new Set(defined.map((v) => v.name));
      // Only a template that configures this registry's ports is expected to list all of them.
      if (![...names].some((name) => registryVars.has(name))) continue;
      const last = defined[defined.length - 1]!;
      for (const service of wanted) {
        if (names.has(service.env!)) continue;
        reports.push({
          messageId: "missing",
          data: { file: file.path, variable: service.env, service: service.name, port: service.port },
          at: { file: file.path, line: last.line, column: 1, endLine: last.line, endColumn: 1 },
          service: service.name,
          port: service.port,
        });
      }
    }
    return reports;
  },
};

export default rule;

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
  check({ registry, files, refs }) {
    const reports: Report[] = [];
    const wanted = registry.services.filter((s) => s.env && !s.optional);
    if (wanted.length === 0) return reports;
    const registryVars = new Set(wanted.map((s) => s.env!));
    // Where each registry variable is read: a template in a subfolder answers for its subtree, so
    // every folder above a file that reads the variable is recorded (`a/`, `a/b/`).
    const readUnder = new Map<string, Set<string>>();
    for (const ref of refs) {
      if (!ref.envVar || !registryVars.has(ref.envVar) || ref.family === "env") continue;
      let folders = readUnder.get(ref.envVar);
      if (!folders) readUnder.set(ref.envVar, (folders = new Set()));
      for (let slash = ref.file.indexOf("/"); slash !== -1; slash = ref.file.indexOf("/", slash + 1)) folders.add(ref.file.slice(0, slash + 1));
    }
    for (const file of files) {
      const defined = file.result.definedVars;
      if (file.scanner !== "env" || !defined || !isEnvTemplate(file.path)) continue;
      const names = new Set(defined.map((v) => v.name));
      // Only a template that configures this registry's ports is expected to list them.
      if (![...names].some((name) => registryVars.has(name))) continue;
      const slash = file.path.lastIndexOf("/");
      // The repository's own template lists every variable; a service folder's template lists
      // the variables read inside that folder.
      const folder = slash === -1 ? undefined : file.path.slice(0, slash + 1);
      const last = defined[defined.length - 1]!;
      for (const service of wanted) {
        if (names.has(service.env!)) continue;
        if (folder !== undefined && !readUnder.get(service.env!)?.has(folder)) continue;
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

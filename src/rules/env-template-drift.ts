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
    const order = new Map(wanted.map((service, i) => [service, i]));
    const byVariable = new Map<string, typeof wanted>();
    for (const service of wanted) byVariable.set(service.env!, [...(byVariable.get(service.env!) ?? []), service]);
    // Which registry variables are read under each folder (`a/`, `a/b/`): a template in a
    // subfolder answers for the variables read in its subtree.
    const readUnder = new Map<string, Set<string>>();
    for (const ref of refs) {
      if (!ref.envVar || !registryVars.has(ref.envVar) || ref.family === "env") continue;
      for (let slash = ref.file.indexOf("/"); slash !== -1; slash = ref.file.indexOf("/", slash + 1)) {
        const folder = ref.file.slice(0, slash + 1);
        let vars = readUnder.get(folder);
        if (!vars) readUnder.set(folder, (vars = new Set()));
        vars.add(ref.envVar);
      }
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
      const readHere = slash === -1 ? undefined : readUnder.get(file.path.slice(0, slash + 1));
      if (slash !== -1 && !readHere) continue;
      // The services to ask for, in registry order: all, or those whose variable is read here.
      const asked = readHere ? [...readHere].flatMap((name) => byVariable.get(name) ?? []).sort((a, b) => order.get(a)! - order.get(b)!) : wanted;
      const last = defined[defined.length - 1]!;
      for (const service of asked) {
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

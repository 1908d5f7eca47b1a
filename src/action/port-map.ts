// The generated port map for the Action: the docs file a scheduled run proposes, and the map
// shown (collapsed) in the job summary.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { check, type CheckResult } from "../engine/check.js";
import { generatePortMap, portMapOutputFile } from "../docs/generate.js";
import { isPortMapStale, renderPortMapInto } from "../docs/stale.js";
import { ConfigError } from "../registry/model.js";
import type { GeneratedFile } from "./run-docs.js";
import type { Project } from "./run-check.js";

export async function renderPortMapFile(project: Project): Promise<GeneratedFile> {
  const result = await check({ root: project.root, config: project.config });
  const relative = portMapOutputFile(result.registry);
  const file = path.join(project.root, relative);
  const existing = await readFile(file, "utf8").catch(() => undefined);
  const applied = renderPortMapInto(result.registry, result.refs, relative, existing);
  if (!applied.ok) throw new ConfigError(applied.message, relative);
  return { file, content: applied.text, stale: isPortMapStale(result.registry, result.refs, relative, existing) };
}

/** The map without its title, headings nested under the summary's sections. */
export function portMapMarkdown(result: CheckResult, _project: Project): string {
  return generatePortMap(result.registry, result.refs, { outputFile: portMapOutputFile(result.registry), embedded: true, headingDepth: 4 });
}

// The generated port map for the Action: the docs file a scheduled run proposes, and the map
// shown in the job summary.

import type { CheckResult } from "../engine/check.js";
import type { GeneratedFile } from "./run-docs.js";
import type { Project } from "./run-check.js";

export async function renderPortMapFile(_project: Project): Promise<GeneratedFile> {
  throw new Error("the port map generator is not available in this build");
}

export function portMapMarkdown(_result: CheckResult, _project: Project): string | undefined {
  return undefined;
}

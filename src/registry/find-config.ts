// Where a repository's registry file is: tiny on purpose, so the CLI can look before it loads the
// registry code.

import { statSync } from "node:fs";
import path from "node:path";

export const CONFIG_NAMES = ["ports.yaml", "ports.yml", ".portcullis.yaml"] as const;

/** Where `portcullis docs` writes the port map unless `docs.output` says otherwise. */
export const DEFAULT_DOCS_OUTPUT = "PORTS.md";

/** The registry file in `root` (absolute path), or undefined when there is none. */
export function findConfig(root: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const candidate = path.join(root, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next name.
    }
  }
  return undefined;
}

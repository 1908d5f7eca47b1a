// Where the project is: the folder of its ports.yaml (found by walking up from the working
// directory, or given with --config), unless --root says otherwise.

import path from "node:path";
import { findConfig } from "../registry/find-config.js";
import { ConfigError } from "../registry/model.js";

export interface Project {
  root: string;
  config: string;
}

export function locateProject(cwd: string, options: { config?: string; root?: string }): Project {
  if (options.config) {
    const config = path.resolve(cwd, options.config);
    return { config, root: options.root ? path.resolve(cwd, options.root) : path.dirname(config) };
  }
  const start = options.root ? path.resolve(cwd, options.root) : path.resolve(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    const config = findConfig(dir);
    if (config) return { config, root: options.root ? start : dir };
    if (path.dirname(dir) === dir) break;
  }
  throw new ConfigError(
    "no ports.yaml found here or in any parent folder; create one with `portcullis init --write` or pass --config",
    path.relative(cwd, start) || ".",
  );
}

// What the runtime commands (get, status, free) share at their edge: strict argument parsing that
// fails as a UsageError, and finding and loading the registry (injectable for tests).

import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type CliIO } from "../cli/io.js";
import { locateProject } from "../cli/project.js";
import { loadRegistry } from "../registry/load.js";
import type { Registry } from "../registry/model.js";

/** Loads the registry named by `--config`, else the ports.yaml of the working folder or a parent. */
export type RegistryLoader = (io: CliIO, options: { config?: string; allowOutside: boolean }) => Promise<Registry>;

export const loadProjectRegistry: RegistryLoader = async (io, options) => {
  const project = locateProject(io.cwd, options.config !== undefined ? { config: options.config } : {});
  return loadRegistry(project.config, { root: project.root, allowOutside: options.allowOutside });
};

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, strict, positionals allowed; unknown flags and bad values become UsageError. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

// Public entry points of the registry: find ports.yaml, load it with everything it extends, or
// parse one registry text on its own. Every problem is a ConfigError with file, line and column.

import path from "node:path";
import { assembleRegistry, compileRegistryFile } from "./compile.js";
import { configErrorAt, ConfigErrors } from "./errors.js";
import { loadLayerGraph, readTextFromDisk, type ReadText } from "./extends.js";
import { gitHubAccess } from "./github.js";
import type { Registry } from "./model.js";

export { ConfigErrors, configProblems } from "./errors.js";
export { classifySource, type ReadText, type SourceSpec } from "./extends.js";
export { clearGitHubCache, DEFAULT_GITHUB_API_URL } from "./github.js";
export { DEFAULT_DOCS_OUTPUT } from "./compile.js";

/** File names a registry may have, in the order they are looked for. */
export { CONFIG_NAMES, findConfig } from "./find-config.js";

export interface LoadOptions {
  /** Absolute repository root: file paths in the model and in errors are relative to it. */
  root: string;
  /** Let `extends` read registries outside `root`. */
  allowOutside?: boolean;
  /** Where file contents come from (the git index for a staged check, say); default: the disk. */
  readText?: ReadText;
  /**
   * Token for `github:` sources (the Action passes its `token` input); default: GITHUB_TOKEN.
   * An empty string sends none. Sent to the GitHub API only, never printed.
   */
  githubToken?: string;
  /** GitHub REST API base for `github:` sources; default: GITHUB_API_URL, else https://api.github.com. */
  githubApiUrl?: string;
}

/**
 * Loads `configPath` (absolute, or relative to `options.root`) and the registries it extends.
 * Throws ConfigError (a ConfigErrors listing every problem of the failing file) on bad input.
 */
export async function loadRegistry(configPath: string, options: LoadOptions): Promise<Registry> {
  const root = path.resolve(options.root);
  const graph = await loadLayerGraph(configPath, {
    root,
    allowOutside: options.allowOutside ?? false,
    readText: options.readText ?? readTextFromDisk,
    github: gitHubAccess(options),
  });
  return assembleRegistry(graph);
}

/**
 * Parses one registry text on its own (`file` is its repository-relative path, used in locations
 * and errors). A registry that extends others needs their files: load it with loadRegistry.
 */
export function parseRegistry(file: string, text: string): Registry {
  const layer = compileRegistryFile(file, text);
  const first = layer.extends[0];
  if (first) {
    throw new ConfigErrors([
      configErrorAt(`extends ${JSON.stringify(first.spec)} cannot be resolved from text alone; load the file with loadRegistry`, first.at),
    ]);
  }
  return assembleRegistry({ layer, parents: [] });
}

// `extends`: finds and loads the registries a registry builds on, refusing cycles, missing files
// and (unless allowed) files outside the repository. Local paths today; packages and GitHub later.

import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { compileRegistryFile, type ExtendsEntry, type LayerNode } from "./compile.js";
import { ConfigErrors, configErrorAt } from "./errors.js";
import { ConfigError } from "./model.js";

/** Reads a file's text; undefined when it does not exist. */
export type ReadText = (absolutePath: string) => Promise<string | undefined>;

/** Where an `extends` entry points. */
export type SourceSpec =
  | { kind: "file"; path: string }
  | { kind: "npm"; name: string }
  | { kind: "github"; repo: string };

/**
 * `github:owner/repo/path@ref` and `npm:name` say what they are; a relative, absolute or `.yaml`/
 * `.yml`/`.json` path is a file; anything else (`@scope/pkg`, `pkg`) is an npm package name.
 */
export function classifySource(spec: string): SourceSpec {
  if (spec.startsWith("github:")) return { kind: "github", repo: spec.slice("github:".length) };
  if (spec.startsWith("npm:")) return { kind: "npm", name: spec.slice("npm:".length) };
  const isPath =
    spec.startsWith("./") ||
    spec.startsWith("../") ||
    spec.startsWith(".\\") ||
    spec.startsWith("..\\") ||
    path.isAbsolute(spec) ||
    path.win32.isAbsolute(spec) ||
    (!spec.startsWith("@") && /\.(ya?ml|json)$/i.test(spec));
  return isPath ? { kind: "file", path: spec } : { kind: "npm", name: spec };
}

export interface GraphOptions {
  /** Absolute repository root; registry paths in errors and the model are relative to it. */
  root: string;
  allowOutside: boolean;
  readText: ReadText;
}

/** Repository-relative, `/` separators (`../x.yaml` for a file outside the repository). */
export function repoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join("/") || path.basename(absolute);
}

export const readTextFromDisk: ReadText = async (absolutePath) => {
  try {
    return await readFile(absolutePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
};

/** Loads the registry at `configPath` and, recursively, everything it extends. */
export async function loadLayerGraph(configPath: string, options: GraphOptions): Promise<LayerNode> {
  const loaded = new Map<string, LayerNode>();

  const read = async (absolute: string, via: ExtendsEntry | undefined): Promise<string> => {
    let text: string | undefined;
    try {
      text = await options.readText(absolute);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw fail(`cannot read ${repoPath(options.root, absolute)}: ${reason}`, via, repoPath(options.root, absolute));
    }
    if (text !== undefined) return text;
    if (!via) throw new ConfigErrors([new ConfigError("registry file not found", repoPath(options.root, absolute))]);
    const resolved = repoPath(options.root, absolute);
    const also = resolved === via.spec ? "" : ` (looked for ${resolved})`;
    throw fail(`extends source ${JSON.stringify(via.spec)} not found${also}`, via);
  };

  const load = async (absolute: string, chain: string[], via?: ExtendsEntry): Promise<LayerNode> => {
    const done = loaded.get(absolute);
    if (done) return done;
    const layer = compileRegistryFile(repoPath(options.root, absolute), await read(absolute, via));
    const node: LayerNode = { layer, parents: [] };
    const here = [...chain, absolute];
    for (const entry of layer.extends) {
      const target = await resolveEntry(entry, absolute, options);
      if (here.includes(target)) {
        const names = [...here, target].map((file) => repoPath(options.root, file));
        throw fail(`extends cycle: ${names.join(" → ")}`, entry);
      }
      node.parents.push(await load(target, here, entry));
    }
    loaded.set(absolute, node);
    return node;
  };

  return load(path.resolve(options.root, configPath), []);
}

async function resolveEntry(entry: ExtendsEntry, from: string, options: GraphOptions): Promise<string> {
  const source = classifySource(entry.spec);
  switch (source.kind) {
    case "npm":
      throw fail(`extends source ${JSON.stringify(entry.spec)}: npm packages are not supported yet; use a path relative to this file (./shared/ports.yaml)`, entry);
    case "github":
      throw fail(`extends source ${JSON.stringify(entry.spec)}: GitHub sources are not supported yet; use a path relative to this file`, entry);
    case "file": {
      const target = path.resolve(path.dirname(from), source.path);
      if (!options.allowOutside && !(await isInside(options.root, target))) {
        throw fail(
          `extends source ${JSON.stringify(entry.spec)} is outside the repository (${repoPath(options.root, target)}); use --allow-outside to allow it`,
          entry,
        );
      }
      return target;
    }
  }
}

/** Inside the root both as written and after symbolic links are followed. */
async function isInside(root: string, target: string): Promise<boolean> {
  if (!contains(root, target)) return false;
  const [realRoot, realTarget] = await Promise.all([realpath(root).catch(() => root), realpath(target).catch(() => undefined)]);
  return realTarget === undefined || contains(realRoot, realTarget);
}

function contains(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!path.isAbsolute(relative) && relative !== ".." && !relative.startsWith(`..${path.sep}`));
}

function fail(message: string, via: ExtendsEntry | undefined, file = ""): ConfigErrors {
  return new ConfigErrors([via ? configErrorAt(message, via.at) : new ConfigError(message, file)]);
}

// `extends`: finds and loads the registries a registry builds on (files of the repository, npm
// packages, files on GitHub), refusing cycles, missing sources and, unless allowed, paths that
// leave the repository.

import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { compileRegistryFile, type ExtendsEntry, type LayerNode } from "./compile.js";
import { ConfigErrors, configErrorAt } from "./errors.js";
import {
  fetchGitHubFile,
  gitHubSourceName,
  GitHubSourceError,
  parseGitHubSource,
  resolveGitHubRelative,
  type GitHubAccess,
  type GitHubFile,
} from "./github.js";
import { ConfigError } from "./model.js";
import { findPackageDir, PackageSourceError, packageRegistryFile, parsePackageSpec } from "./package.js";

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
  /** Token and API base for `github:` sources. */
  github: GitHubAccess;
}

/** A registry file to load: where it is, its name in the model and errors, how paths in it resolve. */
type Source =
  | {
      kind: "disk";
      /** Identity for cycles and loading once: the absolute path. */
      key: string;
      name: string;
      absolute: string;
      /** The folder of the installed package the file belongs to: its paths may stay inside it. */
      boundary?: string;
      /** The error when the file does not exist (says how the source was resolved). */
      missing?: string;
    }
  | { kind: "github"; key: string; name: string; file: GitHubFile };

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

  const read = async (source: Source, via: ExtendsEntry | undefined): Promise<string> => {
    if (source.kind === "github") {
      try {
        return await fetchGitHubFile(source.file, options.github);
      } catch (error) {
        throw fail(error instanceof GitHubSourceError ? error.message : `cannot read ${source.name}: ${String(error)}`, via);
      }
    }
    let text: string | undefined;
    try {
      text = await options.readText(source.absolute);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw fail(`cannot read ${source.name}: ${reason}`, via, source.name);
    }
    if (text !== undefined) return text;
    if (!via) throw new ConfigErrors([new ConfigError("registry file not found", source.name)]);
    if (source.missing) throw fail(source.missing, via);
    const also = source.name === via.spec ? "" : ` (looked for ${source.name})`;
    throw fail(`extends source ${JSON.stringify(via.spec)} not found${also}`, via);
  };

  const load = async (source: Source, chain: Source[], via?: ExtendsEntry): Promise<LayerNode> => {
    const done = loaded.get(source.key);
    if (done) return done;
    const layer = compileRegistryFile(source.name, await read(source, via));
    const node: LayerNode = { layer, parents: [] };
    const here = [...chain, source];
    for (const entry of layer.extends) {
      const target = await resolveEntry(entry, source, options);
      if (here.some((step) => step.key === target.key)) {
        throw fail(`extends cycle: ${[...here, target].map((step) => step.name).join(" → ")}`, entry);
      }
      node.parents.push(await load(target, here, entry));
    }
    loaded.set(source.key, node);
    return node;
  };

  const absolute = path.resolve(options.root, configPath);
  return load({ kind: "disk", key: absolute, name: repoPath(options.root, absolute), absolute }, []);
}

async function resolveEntry(entry: ExtendsEntry, from: Source, options: GraphOptions): Promise<Source> {
  const source = classifySource(entry.spec);
  const refuse = (reason: string) => fail(`extends source ${JSON.stringify(entry.spec)}: ${reason}`, entry);
  switch (source.kind) {
    case "github": {
      let file: GitHubFile;
      try {
        file = parseGitHubSource(source.repo);
      } catch (error) {
        throw refuse((error as Error).message);
      }
      const name = gitHubSourceName(file);
      return { kind: "github", key: name, name, file };
    }
    case "npm": {
      if (from.kind === "github") throw refuse(`a package cannot be resolved from ${from.name} (there is no node_modules on GitHub); use github:owner/repo/path@ref`);
      let spec: ReturnType<typeof parsePackageSpec>;
      try {
        spec = parsePackageSpec(source.name);
      } catch (error) {
        throw refuse((error as Error).message);
      }
      const fromDir = path.dirname(from.absolute);
      const packageDir = await findPackageDir(spec.name, fromDir);
      if (!packageDir) {
        const where = fromDir === path.resolve(options.root) ? "the repository root" : repoPath(options.root, fromDir);
        throw fail(
          `extends source ${JSON.stringify(entry.spec)} not found: no node_modules/${spec.name} in ${where} or any folder above it (npm install ${spec.name})`,
          entry,
        );
      }
      let file: Awaited<ReturnType<typeof packageRegistryFile>>;
      try {
        file = await packageRegistryFile(packageDir, spec, options.readText, (absolute) => repoPath(options.root, absolute));
      } catch (error) {
        if (error instanceof PackageSourceError) throw refuse(error.message);
        throw error;
      }
      return {
        kind: "disk",
        key: file.absolute,
        name: repoPath(options.root, file.absolute),
        absolute: file.absolute,
        boundary: packageDir,
        missing: `extends source ${JSON.stringify(entry.spec)} not found: ${repoPath(options.root, packageDir)} has no ${file.described}`,
      };
    }
    case "file": {
      if (from.kind === "github") {
        let file: GitHubFile;
        try {
          file = resolveGitHubRelative(from.file, source.path);
        } catch (error) {
          throw refuse((error as Error).message);
        }
        const name = gitHubSourceName(file);
        return { kind: "github", key: name, name, file };
      }
      const target = path.resolve(path.dirname(from.absolute), source.path);
      // A file of an installed package may extend other files of the same package.
      const inPackage = from.boundary !== undefined && (await isInside(from.boundary, target));
      if (!options.allowOutside && !inPackage && !(await isInside(options.root, target))) {
        const outside = from.boundary !== undefined ? `outside the package ${repoPath(options.root, from.boundary)} and the repository` : "outside the repository";
        throw fail(
          `extends source ${JSON.stringify(entry.spec)} is ${outside} (${repoPath(options.root, target)}); use --allow-outside to allow it`,
          entry,
        );
      }
      return {
        kind: "disk",
        key: target,
        name: repoPath(options.root, target),
        absolute: target,
        ...(inPackage ? { boundary: from.boundary! } : {}),
      };
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

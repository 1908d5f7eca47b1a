// npm package sources: `@acme/ports` or `acme-ports` found in node_modules from the extending file's
// folder upwards (as Node resolves packages), then the registry file the package ships.

import { stat } from "node:fs/promises";
import path from "node:path";
import type { ReadText } from "./extends.js";

export interface PackageSpec {
  /** `@scope/name` or `name`. */
  name: string;
  /** A file inside the package (`hosts/app-01.yaml`), when the spec names one. */
  subpath?: string;
}

/** The file a package provides when the spec names none and package.json has no `portcullis` field. */
export const PACKAGE_REGISTRY_FILE = "ports.yaml";

const PART = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/** A problem with a package source, worded to follow `extends source "<spec>": `. */
export class PackageSourceError extends Error {
  override name = "PackageSourceError";
}

/** Parses `@scope/name[/file]` or `name[/file]`; throws PackageSourceError. */
export function parsePackageSpec(spec: string): PackageSpec {
  const parts = spec.replace(/\\/g, "/").split("/");
  const scoped = parts[0]!.startsWith("@");
  const nameParts = parts.slice(0, scoped ? 2 : 1);
  const rest = parts.slice(nameParts.length);
  const valid = scoped
    ? nameParts.length === 2 && PART.test(nameParts[0]!.slice(1)) && PART.test(nameParts[1]!)
    : PART.test(nameParts[0]!);
  if (!valid) throw new PackageSourceError(`not an npm package name (expected @scope/name or name, optionally followed by /file.yaml)`);
  if (rest.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new PackageSourceError(`invalid file inside the package (${JSON.stringify(rest.join("/"))})`);
  }
  const name = nameParts.join("/");
  return rest.length > 0 ? { name, subpath: rest.join("/") } : { name };
}

/** The installed package folder, looking in `<dir>/node_modules` from `fromDir` up to the filesystem root. */
export async function findPackageDir(name: string, fromDir: string): Promise<string | undefined> {
  let dir = path.resolve(fromDir);
  for (;;) {
    if (path.basename(dir) !== "node_modules") {
      const candidate = path.join(dir, "node_modules", ...name.split("/"));
      if (await isDirectory(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The registry file a package provides: the spec's subpath, else the file package.json's
 * `portcullis` field names, else ports.yaml. `described` says how it was chosen, for errors.
 * Throws PackageSourceError for a package.json that cannot say, or a file outside the package.
 */
export async function packageRegistryFile(
  packageDir: string,
  spec: PackageSpec,
  readText: ReadText,
  display: (absolute: string) => string,
): Promise<{ absolute: string; described: string }> {
  if (spec.subpath !== undefined) return { absolute: path.join(packageDir, spec.subpath), described: spec.subpath };
  const manifestPath = path.join(packageDir, "package.json");
  const manifest = await readText(manifestPath);
  if (manifest !== undefined) {
    let field: unknown;
    try {
      field = (JSON.parse(manifest) as { portcullis?: unknown } | null)?.portcullis;
    } catch (error) {
      throw new PackageSourceError(`unreadable ${display(manifestPath)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (field !== undefined) {
      const inside = typeof field === "string" && field.length > 0 ? path.resolve(packageDir, field) : undefined;
      const relative = inside === undefined ? undefined : path.relative(packageDir, inside);
      if (inside === undefined || relative === undefined || relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
        throw new PackageSourceError(
          `the "portcullis" field of ${display(manifestPath)} must name a registry file inside the package (got ${JSON.stringify(field)})`,
        );
      }
      return { absolute: inside, described: `${field} (the "portcullis" field of its package.json)` };
    }
  }
  return { absolute: path.join(packageDir, PACKAGE_REGISTRY_FILE), described: PACKAGE_REGISTRY_FILE };
}

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

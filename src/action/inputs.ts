// The Action's inputs, read and validated once. Defaults here match action.yml, so a runner that
// omits an input (or a test) gets the same behaviour.

import os from "node:os";
import path from "node:path";
import type { OnlyChanged } from "./changes.js";

export type FailOn = "error" | "warning" | "never";

export interface ActionInputs {
  command: "check" | "docs";
  config?: string;
  workingDirectory: string;
  onlyChanged: OnlyChanged;
  failOn: FailOn;
  sarifFile?: string;
  summary: boolean;
  comment: boolean;
  docsPr: boolean;
  docsBranch: string;
  token?: string;
  /** Absolute folder for the scan and registry caches (`~/` expanded); none when not given. */
  cacheDir?: string;
}

export class InputError extends Error {
  override name = "InputError";
}

export const DEFAULT_DOCS_BRANCH = "portcullis/ports-md";

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  const lower = value.toLowerCase();
  const found = allowed.find((option) => option === lower);
  if (!found) throw new InputError(`input "${name}" must be one of ${allowed.join(", ")}; got "${value}"`);
  return found;
}

/** YAML 1.2 core-schema booleans, as the toolkit's getBooleanInput accepts them. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${value}"`);
}

/** git's rules for ref names (git check-ref-format), the ones a user can plausibly break. */
export function isBranchName(name: string): boolean {
  if (name === "" || name === "@" || name.startsWith("/") || name.startsWith("-") || name.endsWith("/") || name.endsWith(".")) return false;
  if (name.endsWith(".lock") || name.includes("..") || name.includes("//") || name.includes("@{")) return false;
  if (name.split("/").some((part) => part.startsWith("."))) return false;
  return !/[\x00-\x20\x7f~^:?*[\\]/.test(name);
}

/** `get(name)` returns the trimmed input, "" when not given. */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const onlyChanged = get("only-changed");
  const docsBranch = get("docs-branch") || DEFAULT_DOCS_BRANCH;
  if (!isBranchName(docsBranch)) {
    throw new InputError(`input "docs-branch" is not a valid branch name: "${docsBranch}"`);
  }
  const inputs: ActionInputs = {
    command: oneOf("command", get("command"), ["check", "docs"] as const, "check"),
    workingDirectory: get("working-directory") || ".",
    // `true` reads as the finest mode: only what the pull request's lines touched.
    onlyChanged: onlyChanged === "true" ? "lines" : oneOf("only-changed", onlyChanged, ["lines", "files", "false"] as const, "false"),
    failOn: oneOf("fail-on", get("fail-on"), ["error", "warning", "never"] as const, "error"),
    summary: bool("summary", get("summary"), true),
    comment: bool("comment", get("comment"), false),
    docsPr: bool("docs-pr", get("docs-pr"), false),
    docsBranch,
  };
  const config = get("config");
  if (config) inputs.config = config;
  const sarif = get("sarif-file");
  if (sarif) inputs.sarifFile = sarif;
  const token = get("token");
  if (token) inputs.token = token;
  const cacheDir = get("cache-dir");
  if (cacheDir) {
    const expanded = cacheDir === "~" || cacheDir.startsWith("~/") ? path.join(os.homedir(), cacheDir.slice(1)) : cacheDir;
    if (!path.isAbsolute(expanded)) throw new InputError(`input "cache-dir" must be an absolute path (or start with ~/); got "${cacheDir}"`);
    inputs.cacheDir = path.normalize(expanded);
  }
  return inputs;
}

// The registry as environment variables (dotenv, shell, JSON, $GITHUB_ENV lines), and merging
// them into an existing template without disturbing its comments, order or other variables.

import type { Registry } from "../registry/model.js";

export const ENV_FORMATS = ["dotenv", "shell", "json", "github"] as const;
export type EnvFormat = (typeof ENV_FORMATS)[number];

export interface EnvVariable {
  name: string;
  value: number;
  service: string;
  /** Named after the service (`--all`) rather than declared with `env:`. */
  derived: boolean;
}

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `frontend-dev` → `FRONTEND_DEV_PORT`: the name a service without `env` gets with `--all`. */
export function derivedVariableName(service: string): string {
  const snake = service
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
  const name = `${snake}_PORT`;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * Every service's variable and port, in registry order. Services without `env` are left out unless
 * `all` is set: a name nothing reads would start a second naming scheme. Collisions keep the first.
 */
export function registryVariables(registry: Registry, options: { all?: boolean } = {}): { variables: EnvVariable[]; warnings: string[] } {
  const variables: EnvVariable[] = [];
  const warnings: string[] = [];
  const taken = new Map<string, string>();
  const declared = new Set(registry.services.flatMap((s) => (s.env ? [s.env] : [])));
  for (const service of registry.services) {
    const derived = !service.env;
    if (derived && !options.all) continue;
    const name = service.env ?? derivedVariableName(service.name);
    if (!VALID_NAME.test(name)) {
      warnings.push(`${service.name}: "${name}" is not a valid variable name; left out`);
      continue;
    }
    const owner = taken.get(name);
    if (owner !== undefined || (derived && declared.has(name))) {
      warnings.push(`${service.name}: ${name} is already ${owner ?? "declared by another service"}'s variable; left out`);
      continue;
    }
    taken.set(name, service.name);
    variables.push({ name, value: service.port, service: service.name, derived });
  }
  return { variables, warnings };
}

function line(variable: EnvVariable, format: EnvFormat): string {
  return format === "shell" ? `export ${variable.name}=${variable.value}` : `${variable.name}=${variable.value}`;
}

export function formatVariables(variables: readonly EnvVariable[], format: EnvFormat): string {
  if (format === "json") return `${JSON.stringify(Object.fromEntries(variables.map((v) => [v.name, v.value])), null, 2)}\n`;
  return variables.map((v) => `${line(v, format)}\n`).join("");
}

const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*)$/;

/** A value with its quotes and what follows it (spaces, `# comment`) kept; only the content changes. */
function replaceValue(rest: string, value: string): string {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    let end = 1;
    while (end < rest.length && rest[end] !== quote) end += rest[end] === "\\" && quote === '"' ? 2 : 1;
    if (end < rest.length) return `${quote}${value}${rest.slice(end)}`;
  }
  const comment = /\s+#/.exec(rest);
  return comment ? `${value}${rest.slice(comment.index)}` : value + (/\s*$/.exec(rest)?.[0] ?? "");
}

/**
 * An env template with the registry's values: each assignment of a known variable gets the new value
 * (every occurrence, quotes and trailing comments kept), everything else stays byte for byte, and
 * variables the file lacks are appended. Comment lines are never touched.
 */
export function mergeEnvFile(existing: string, variables: readonly EnvVariable[], format: Exclude<EnvFormat, "json">): string {
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const byName = new Map(variables.map((v) => [v.name, v]));
  const seen = new Set<string>();
  const lines = existing.split(/\r?\n/);
  const merged = lines.map((text) => {
    const match = ASSIGNMENT.exec(text);
    const variable = match ? byName.get(match[2]!) : undefined;
    if (!match || !variable) return text;
    seen.add(variable.name);
    return `${match[1]}${match[2]}${match[3]}${replaceValue(match[4]!, String(variable.value))}`;
  });
  let out = merged.join(eol);
  const missing = variables.filter((v) => !seen.has(v.name));
  if (missing.length === 0) return out;
  if (out !== "" && !out.endsWith(eol)) out += eol;
  return out + missing.map((v) => `${line(v, format)}${eol}`).join("");
}

/** A JSON object with the registry's values: keys keep their order (and string values stay strings). */
export function mergeJsonFile(existing: string, variables: readonly EnvVariable[]): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(existing);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("is not a JSON object");
  const object = parsed as Record<string, unknown>;
  for (const v of variables) object[v.name] = typeof object[v.name] === "string" ? String(v.value) : v.value;
  return `${JSON.stringify(object, null, 2)}\n`;
}

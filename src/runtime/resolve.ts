// A service's port at run time: the value of its env variable when set (validated against
// 1–65535 and the service's range), else the declared port. Shared by `get`, `free` and `status`.

import { closest } from "../registry/suggest.js";
import type { Registry, Service } from "../registry/model.js";

export type PortSource = "env" | "declared" | "fallback";

export interface PortResolution {
  port: number;
  source: PortSource;
  /** The service's env variable, when it declares one (set or not). */
  envVar?: string;
  reason: string;
}

/** The env variable holds something a start script must not be given; exit 2. */
export class EnvPortError extends Error {
  override name = "EnvPortError";
}

/** A service by name, else by alias (compose service names and other identifiers for it). */
export function findService(registry: Registry, name: string): Service | undefined {
  return registry.services.find((s) => s.name === name) ?? registry.services.find((s) => s.aliases.includes(name));
}

/**
 * Up to `max` service names close to `word`: by edit distance, then names containing it or
 * contained in it (`api` for `api-server`), so a typo gets a useful list.
 */
export function closeServiceNames(registry: Registry, word: string, max = 3): string[] {
  const names = registry.services.map((s) => s.name);
  const found: string[] = [];
  const remaining = new Set([...names, ...registry.services.flatMap((s) => s.aliases)]);
  while (found.length < max) {
    const match = closest(word, remaining);
    if (match === undefined) break;
    remaining.delete(match);
    const owner = findService(registry, match)!.name;
    if (!found.includes(owner)) found.push(owner);
  }
  const lower = word.toLowerCase();
  for (const name of names) {
    if (found.length >= max) break;
    const candidate = name.toLowerCase();
    if (!found.includes(name) && lower.length >= 2 && (candidate.includes(lower) || lower.includes(candidate))) found.push(name);
  }
  return found;
}

/** The message for an unknown service: close names, or every name when none is close. */
export function unknownServiceMessage(registry: Registry, name: string): string {
  const close = closeServiceNames(registry, name);
  if (close.length > 0) return `unknown service "${name}" (did you mean ${close.map((n) => `"${n}"`).join(", ")}?)`;
  const all = registry.services.map((s) => s.name);
  if (all.length === 0) return `unknown service "${name}": ${registry.file} declares no services`;
  const shown = all.slice(0, 10).join(", ");
  return `unknown service "${name}" (declared: ${shown}${all.length > 10 ? `, … ${all.length - 10} more` : ""})`;
}

export function describeRange(service: Service): string | undefined {
  const range = service.range;
  if (!range) return undefined;
  return `${range.name ? `${range.name} ` : ""}(${range.from}–${range.to})`;
}

/**
 * The env variable's value when set and non-empty, else the declared port. Throws EnvPortError
 * naming the variable and its value when the value is not an integer 1–65535 or lies outside the
 * service's range: a start script must not silently run on a port the policy forbids.
 */
export function resolveServicePort(service: Service, env: NodeJS.ProcessEnv): PortResolution {
  const envVar = service.env;
  const raw = envVar ? env[envVar] : undefined;
  const base = envVar ? { envVar } : {};
  if (envVar === undefined || raw === undefined || raw.trim() === "") {
    return { port: service.port, source: "declared", ...base, reason: `declared port of ${service.name} in ${service.source}` };
  }
  const text = raw.trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new EnvPortError(`${envVar}=${JSON.stringify(raw)} is not a port number (expected an integer 1–65535) for service "${service.name}"`);
  }
  const range = service.range;
  if (range && (port < range.from || port > range.to)) {
    throw new EnvPortError(`${envVar}=${text} is outside the range ${describeRange(service)} of service "${service.name}"`);
  }
  return { port, source: "env", envVar, reason: `${envVar} is set to ${port}` };
}

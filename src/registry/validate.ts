// Schema validation of a parsed registry file: every ajv error becomes a ConfigError at the exact
// key or value at fault, saying what was expected ("must be an integer between 1 and 65535").

import type { ErrorObject } from "ajv";
import { locateKey, locateValue, type PathSegment, type YamlFile } from "./document.js";
import { configErrorAt } from "./errors.js";
import type { ConfigError } from "./model.js";
import { portsSchema, schemaValidator } from "./schema.js";
import { didYouMean } from "./suggest.js";

const definitions = portsSchema.definitions;

/**
 * What a schema node accepts, in words; keyed by the schema object an error comes from. Keys are
 * the nodes' JSON text: the precompiled validator carries copies of the schema, not these objects.
 */
const EXPECTED = new Map<string, string>(
  ([
  [definitions.port, "an integer between 1 and 65535"],
  [definitions.portPair, "a [from, to] pair of ports"],
  [definitions.service.properties.range, "a range name or a [from, to] pair of ports"],
  [definitions.service.properties.env, "an environment variable name (letters, digits and _, not starting with a digit)"],
  [portsSchema.properties.extends, "a source or a list of sources (paths, npm packages, github:owner/repo/path@ref)"],
  [definitions.rangeName, 'letters, digits, "_", "." and "-", starting with a letter or "_"'],
  [definitions.serviceName, 'letters, digits, "_", "." and "-", starting with a letter or digit'],
  [definitions.projectName, 'letters, digits, "_", "." and "-", starting with a letter or digit'],
  [definitions.ruleId, 'lower-case letters, digits and "-", starting with a letter'],
  ] as Array<[object, string]>).map(([node, words]) => [JSON.stringify(node), words]),
);

const TYPE_WORDS: Record<string, string> = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  boolean: "true or false",
  integer: "an integer",
  number: "a number",
  null: "empty",
};

/** Schema problems of `yaml.data`, each located in the file; empty when the data is valid. */
export function validateRegistryData(yaml: YamlFile): ConfigError[] {
  const validate = schemaValidator();
  if (validate(yaml.data)) return [];
  const errors: ConfigError[] = [];
  for (const error of validate.errors ?? []) {
    const problem = translate(yaml, error);
    if (problem) errors.push(problem);
  }
  return errors;
}

function translate(yaml: YamlFile, error: ErrorObject): ConfigError | undefined {
  // Branch failures inside oneOf are summarised by the oneOf error itself.
  if (error.schemaPath.includes("/oneOf/")) return undefined;
  const path = instancePath(yaml.data, error.instancePath);
  const name = formatPath(path);
  const schema = error.parentSchema as object | undefined;
  const expected = schema ? EXPECTED.get(JSON.stringify(schema)) : undefined;
  const got = describe(error.data);
  const at = (message: string, where = locateValue(yaml, path)): ConfigError => configErrorAt(message, where);

  if (error.propertyName !== undefined) {
    // A key that fails `propertyNames` (a service, range or rule name).
    const title = ((schema as { title?: string } | undefined)?.title ?? "name").toLowerCase();
    return at(
      `invalid ${title} ${JSON.stringify(error.propertyName)} in ${name}: expected ${expected ?? "a valid name"}`,
      locateKey(yaml, [...path, error.propertyName]),
    );
  }
  switch (error.keyword) {
    case "propertyNames":
      return undefined;
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((schema as { properties?: object } | undefined)?.properties ?? {});
      const hint = didYouMean(key, allowed) || (allowed.length > 0 ? ` (expected one of: ${allowed.join(", ")})` : "");
      return at(`unknown key ${JSON.stringify(key)}${path.length > 0 ? ` in ${name}` : ""}${hint}`, locateKey(yaml, [...path, key]));
    }
    case "required": {
      const key = (error.params as { missingProperty: string }).missingProperty;
      const hint = path.length === 0 && key === "version" ? ' (add "version: 1")' : "";
      return at(
        path.length > 0 ? `${name} is missing required key ${JSON.stringify(key)}` : `missing required key ${JSON.stringify(key)}${hint}`,
        locateKey(yaml, path),
      );
    }
    case "oneOf":
      return reservationShape(yaml, path, name, error.data);
    case "const":
      return at(`${name} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)} (got ${got})`);
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const hint =
        typeof error.data === "string"
          ? didYouMean(
              error.data,
              allowed.filter((value): value is string => typeof value === "string"),
            )
          : "";
      return at(`${name} must be one of ${allowed.map((value) => String(value)).join(", ")} (got ${got})${hint}`);
    }
    case "minLength":
      return at(`${name} must not be empty`);
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      const later = Math.max(i, j);
      const item = Array.isArray(error.data) ? error.data[later] : undefined;
      return at(`${name} lists ${describe(item)} twice`, locateValue(yaml, [...path, later]));
    }
    case "type":
      if (path.length === 0) return at(`the registry must be a mapping with "version: 1" at the top (got ${got})`);
      return at(`${name} must be ${expected ?? typeWords((error.params as { type: string | string[] }).type)} (got ${got})`);
    case "pattern":
      return at(`${name} must be ${expected ?? `a string matching ${(error.params as { pattern: string }).pattern}`} (got ${got})`);
    default:
      if (expected) return at(`${name} must be ${expected} (got ${got})`);
      return at(`${name} ${error.message ?? "is invalid"}`);
  }
}

function reservationShape(yaml: YamlFile, path: PathSegment[], name: string, data: unknown): ConfigError {
  const entry = (data ?? {}) as { port?: unknown; range?: unknown };
  if (entry.port !== undefined && entry.range !== undefined) {
    return configErrorAt(
      `${name} has both "port" and "range": a reservation is one port or one range`,
      locateKey(yaml, [...path, "range"]),
    );
  }
  return configErrorAt(`${name} needs "port" or "range" (a reserved port or [from, to] range)`, locateValue(yaml, path));
}

function typeWords(type: string | string[]): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
}

/** JSON pointer → path segments; indices become numbers where the data is a list. */
function instancePath(data: unknown, pointer: string): PathSegment[] {
  if (pointer === "") return [];
  const segments: PathSegment[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      segments.push(Number(key));
      current = current[Number(key)];
    } else {
      segments.push(key);
      current = current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

/** `services.api.port`, `reserved[2].range`, `services["my app"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A value as a message shows it: `80800`, `"x"`, `a list of 3 items`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

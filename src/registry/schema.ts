// The ports.yaml JSON Schema (policies/ports.schema.json, the file editors use) and its validator,
// precompiled by scripts/gen-schema-validator.mjs (allErrors, verbose: errors carry the schema
// object they come from, and messages are chosen by that object). Compiling the schema at run
// time cost more than the rest of a pre-commit hook's start-up. The JSON is imported, not read at
// run time, so bundles carry it inline.

import type { ValidateFunction } from "ajv";
import schema from "../../policies/ports.schema.json" with { type: "json" };
import { validate } from "./schema-validator.generated.js";

export const portsSchema = schema;

/** The precompiled validator. */
export function schemaValidator(): ValidateFunction {
  return validate as unknown as ValidateFunction;
}

// The ports.yaml JSON Schema (policies/ports.schema.json, the file editors use) and its compiled
// validator. The JSON is imported, not read at run time, so bundles carry it inline.

import { Ajv, type ValidateFunction } from "ajv";
import schema from "../../policies/ports.schema.json" with { type: "json" };

export const portsSchema = schema;

let validator: ValidateFunction | undefined;

/** The compiled validator (compiled once, on first use). */
export function schemaValidator(): ValidateFunction {
  validator ??= new Ajv({
    allErrors: true,
    // Errors carry the schema object they come from; messages are chosen by that object.
    verbose: true,
    strictSchema: true,
    strictTypes: true,
    strictTuples: true,
    // `oneOf: [{required: [port]}, {required: [range]}]` names properties declared beside it.
    strictRequired: false,
    allowUnionTypes: true,
  }).compile(schema);
  return validator;
}

// The precompiled validator must be exactly what the generator makes from the shipped schema.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without type declarations
import { generateValidator, OUTPUT } from "../../scripts/gen-schema-validator.mjs";

describe("precompiled schema validator", () => {
  it("is current with policies/ports.schema.json (regenerate with npm run gen:schema)", () => {
    expect(readFileSync(OUTPUT, "utf8"), "stale: run npm run gen:schema").toBe(generateValidator());
  });
});

// policies/ports.schema.json: a valid draft-07 schema editors can use, documented on every
// property, identical to what the loader validates with.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/registry/load.js";
import { portsSchema } from "../../src/registry/schema.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schemaFile = path.join(repoRoot, "policies/ports.schema.json");
const fixtures = path.join(repoRoot, "test/fixtures");

async function schemaOnDisk(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(schemaFile, "utf8")) as Record<string, unknown>;
}

describe("ports.schema.json", () => {
  it("is a valid draft-07 schema that ajv compiles in strict mode", async () => {
    const schema = await schemaOnDisk();
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("is what the loader validates with", async () => {
    expect(portsSchema).toEqual(await schemaOnDisk());
  });

  it("gives every property a title and a description for editors", async () => {
    const missing: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (!node || typeof node !== "object") return;
      const schema = node as Record<string, unknown>;
      for (const [name, property] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) {
        const p = property as Record<string, unknown>;
        if (typeof p.title !== "string" || typeof p.description !== "string") missing.push(`${where}.properties.${name}`);
        visit(p, `${where}.properties.${name}`);
      }
      for (const [name, definition] of Object.entries((schema.definitions as Record<string, unknown>) ?? {})) {
        const d = definition as Record<string, unknown>;
        if (typeof d.title !== "string" || typeof d.description !== "string") missing.push(`definitions.${name}`);
        visit(d, `definitions.${name}`);
      }
    };
    visit(await schemaOnDisk(), "#");
    expect(missing).toEqual([]);
  });

  it("accepts the full example and rejects an unknown key, out-of-range port and bad level", async () => {
    const ajv = new Ajv({ allErrors: true, strictRequired: false, allowUnionTypes: true });
    const validate = ajv.compile(await schemaOnDisk());
    const full = parse(await readFile(path.join(fixtures, "registry-full/ports.yaml"), "utf8")) as Record<string, unknown>;
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...full, servces: {} })).toBe(false);
    expect(validate({ version: 1, services: { api: { port: 65536 } } })).toBe(false);
    expect(validate({ version: 1, services: { api: { port: 65535 } } })).toBe(true);
    expect(validate({ version: 1, rules: { "unknown-port": "warnings" } })).toBe(false);
    expect(validate({ version: 1, reserved: [{ port: 1, range: [1, 2] }] })).toBe(false);
    expect(validate({ version: 1, reserved: [{ range: [1, 2] }] })).toBe(true);
  });
});

describe("a ports.yaml pointing editors at the schema", () => {
  it("loads, and its $schema comment leads to the shipped schema file", async () => {
    const dir = path.join(fixtures, "registry-editor");
    const text = await readFile(path.join(dir, "ports.yaml"), "utf8");
    const reference = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    expect(reference).toBeDefined();
    expect(path.resolve(dir, reference!)).toBe(schemaFile);
    const registry = await loadRegistry("ports.yaml", { root: dir });
    expect(registry.services.map((s) => [s.name, s.port])).toEqual([["api", 8000]]);
  });
});

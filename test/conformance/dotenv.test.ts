// Every case of ../shared/conformance/dotenv.json (compose's own dotenv tests, as data) against
// our parser. Error wording is not part of the contract; whether something is an error is.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expandVariables, parseDotenv, type DotenvLookup } from "../../src/scan/dotenv.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CONFORMANCE = path.resolve(REPO_ROOT, "../shared/conformance/dotenv.json");

interface ConformanceSet {
  set: string;
  api: string;
  mapping?: Record<string, string>;
  cases: Array<Record<string, any>>;
}

function loadSets(): ConformanceSet[] | undefined {
  if (!existsSync(CONFORMANCE)) return undefined;
  return JSON.parse(readFileSync(CONFORMANCE, "utf8")) as ConformanceSet[];
}

const sets = loadSets();

/** Parses like compose's `Parse`/`ParseWithLookup`: the map, and the first error as compose words it. */
function parse(input: string, env?: Record<string, string | undefined> | null) {
  const lookup: DotenvLookup = (name) => (env && Object.hasOwn(env, name) ? env[name] : undefined);
  const doc = parseDotenv(input, { lookup });
  const first = doc.problems[0];
  return { doc, values: doc.values, error: first ? `line ${first.line}: ${first.message}` : undefined };
}

/** `Read`/`ReadWithLookup` drop keys that start with a digit (compose's startsWithDigitRegex). */
function read(input: string, env?: Record<string, string | undefined> | null): Map<string, string> {
  const { values, error } = parse(input, env);
  if (error) throw new Error(error);
  return new Map([...values].filter(([key]) => !/^\s*\d/.test(key)));
}

/** `Load`: sets what the process environment does not have yet; values compared with CRLF as LF. */
function load(input: string, before: Record<string, string>): Record<string, string> {
  const { values, error } = parse(input, null);
  if (error) throw new Error(error);
  const env = { ...before };
  for (const [key, value] of values) if (!Object.hasOwn(env, key)) env[key] = value;
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\r\n/g, "\n")]));
}

function label(c: Record<string, any>, index: number): string {
  const what = c.name ?? c.test ?? "";
  const input = JSON.stringify(c.input ?? c.content ?? c.fixture ?? "").slice(0, 70);
  return `#${index} ${what} ${input}`.trim();
}

function set(name: string): ConformanceSet {
  const found = sets!.find((s) => s.set === name);
  if (!found) throw new Error(`conformance set "${name}" is missing from ${CONFORMANCE}`);
  return found;
}

if (!sets) {
  describe("dotenv conformance", () => {
    it("needs the conformance data", () => {
      throw new Error(`conformance data not found at ${CONFORMANCE}; the tests read ../shared/conformance relative to the repository root`);
    });
  });
} else {
  describe("dotenv conformance", () => {
    it("covers every set in the file", () => {
      const known = [
        "compose-go dotenv.Parse: single statements",
        "compose-go dotenv.Parse: multi-line input, expansion, quoting errors",
        "compose-go dotenv parser: key charset",
        "compose-go dotenv: statement start / ignorable lines",
        "compose-go dotenv: fixture files (Read / Load / ReadWithLookup / GetEnvFromFile)",
        "compose-go dotenv: variable expansion inside values",
      ];
      expect(sets.map((s) => s.set).sort()).toEqual([...known].sort());
    });

    describe("single statements", () => {
      set("compose-go dotenv.Parse: single statements").cases.forEach((c, i) => {
        it(label(c, i), () => {
          const { values, error } = parse(c.input);
          if (c.expected_error) {
            expect(error, "an error").toBeDefined();
            return;
          }
          expect(error).toBeUndefined();
          expect(values.get(c.key)).toBe(c.expected);
        });
      });
    });

    describe("multi-line input, expansion, quoting errors", () => {
      set("compose-go dotenv.Parse: multi-line input, expansion, quoting errors").cases.forEach((c, i) => {
        it(label(c, i), () => {
          const { values, error } = parse(c.input, c.lookup);
          if (c.expected_error_contains) {
            expect(error).toContain(c.expected_error_contains);
            return;
          }
          expect(error).toBeUndefined();
          if (c.expected_exact) expect(Object.fromEntries(values)).toEqual(c.expected_exact);
          for (const [key, value] of Object.entries<string>(c.expected_subset ?? {})) expect(values.get(key), key).toBe(value);
        });
      });
    });

    describe("key charset", () => {
      set("compose-go dotenv parser: key charset").cases.forEach((c, i) => {
        it(label(c, i), () => {
          const { values, error } = parse(c.input);
          if (c.expected_error_exact) {
            expect(error).toBe(c.expected_error_exact);
            return;
          }
          expect(error).toBeUndefined();
          expect(Object.fromEntries(values)).toEqual(c.expected_exact);
        });
      });
    });

    describe("statement start / ignorable lines", () => {
      set("compose-go dotenv: statement start / ignorable lines").cases.forEach((c, i) => {
        it(label(c, i), () => {
          const { doc } = parse(c.input);
          expect(doc.problems).toEqual([]);
          if (c.expected === "") {
            expect(doc.entries).toEqual([]);
          } else {
            // The statement starts where compose's getStatementStart says it does.
            expect(doc.entries).toHaveLength(1);
            const start = c.input.length - c.expected.length;
            expect(doc.entries[0]!.exported).toBe(c.expected.startsWith("export"));
            expect(doc.span(start, start).column).toBe(start + 1);
          }
        });
      });
    });

    describe("fixture files", () => {
      set("compose-go dotenv: fixture files (Read / Load / ReadWithLookup / GetEnvFromFile)").cases.forEach((c, i) => {
        it(label(c, i), () => {
          if (c.api === "Read" && c.expected_error_contains) {
            expect(() => read(c.content)).toThrow(c.expected_error_contains);
          } else if (c.api === "Read") {
            const values = read(c.content);
            if (c.expected_exact) expect(Object.fromEntries(values)).toEqual(c.expected_exact);
            for (const key of c.expected_absent_keys ?? []) expect(values.has(key), key).toBe(false);
          } else if (c.api === "Load") {
            const env = load(c.content, c.process_env_before ?? {});
            for (const [key, value] of Object.entries<string>(c.expected_process_env_subset)) expect(env[key], key).toBe(value);
          } else if (c.api === "ReadWithLookup(os.LookupEnv)") {
            expect(Object.fromEntries(read(c.content, c.process_env_before))).toEqual(c.expected_exact);
          } else if (c.api.startsWith("GetEnvFromFile")) {
            // Files are read in order, later ones overriding; the environment wins inside `${…}`.
            for (const run of c.runs as Array<{ os_env: Record<string, string> | null; expected_exact: Record<string, string> }>) {
              const merged = new Map<string, string>();
              for (const content of Object.values<string>(c.files)) {
                for (const [key, value] of read(content, run.os_env)) merged.set(key, value);
              }
              expect(Object.fromEntries(merged)).toEqual(run.expected_exact);
            }
          } else {
            throw new Error(`no runner for api ${c.api}`);
          }
        });
      });
    });

    describe("variable expansion inside values", () => {
      const expansion = set("compose-go dotenv: variable expansion inside values");
      const mapping = expansion.mapping!;
      const lookup: DotenvLookup = (name) => (Object.hasOwn(mapping, name) ? mapping[name] : undefined);
      expansion.cases.forEach((c, i) => {
        it(label(c, i), () => {
          const result = expandVariables(c.input, lookup);
          const error = c.expected_error_exact;
          if (error) {
            expect(result.error).toContain(`required variable ${error.Variable} is missing a value: ${error.Reason}`);
            // compose returns the input unchanged when expansion fails
            expect(result.error === undefined ? result.value : c.input).toBe(c.expected);
          } else {
            expect(result.error).toBeUndefined();
            expect(result.value).toBe(c.expected);
          }
        });
      });
    });
  });
}

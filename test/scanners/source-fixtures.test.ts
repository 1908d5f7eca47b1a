// Every fixture file under test/fixtures/source-scanner states, in trailing comments, the exact
// refs expected on each line; lines without a marker must produce none.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanSource, sourceScanner } from "../../src/scan/scanners/source.js";
import type { PortRef } from "../../src/scan/types.js";
import { FIXTURES } from "../helpers/temp-repo.js";

const DIR = path.join(FIXTURES, "source-scanner");
const MARKER = /(?:\/\/|#)\s*port:\s*(.+)$/;

function describeRef(ref: PortRef): string {
  let out = `${ref.port} ${ref.kind}/${ref.side}`;
  if (ref.host !== undefined) out += ` host=${ref.host}`;
  if (ref.envVar !== undefined) out += ` env=${ref.envVar}`;
  if (ref.meta?.fromDefault) out += " default";
  return out;
}

const files = readdirSync(DIR).filter((f) => f !== "README.md");

describe("source scanner fixtures", () => {
  it("has a fixture for every language", () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) expect(sourceScanner.matches(`src/${file}`), file).toBe(true);
  });

  for (const file of files) {
    it(`${file}: refs match the markers`, () => {
      const text = readFileSync(path.join(DIR, file), "utf8");
      const lines = text.split("\n");
      const result = scanSource(file, text);
      expect(result.problems).toEqual([]);
      const expected: string[] = [];
      lines.forEach((line, i) => {
        const m = MARKER.exec(line);
        if (m) for (const one of m[1]!.split(";")) expected.push(`${i + 1}: ${one.trim().replace(/^port:\s*/, "")}`);
      });
      const actual = result.refs.map((ref) => `${ref.line}: ${describeRef(ref)}`);
      expect(actual).toEqual(expected);
      for (const ref of result.refs) {
        // The span covers exactly the digits of the port.
        expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
        expect(ref.endLine).toBe(ref.line);
        expect(ref.family).toBe("source");
        expect(ref.file).toBe(file);
      }
    });
  }
});

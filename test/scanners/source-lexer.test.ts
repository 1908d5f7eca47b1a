// The Python lexer decides what is a comment (never scanned) and what is a string (scanned):
// docstrings are comments, a triple-quoted string used as a value is a string.

import { describe, expect, it } from "vitest";
import { lex } from "../../src/scan/scanners/source/lexer.js";

/** The text with what the lexer blanked shown as `_` (line breaks kept). */
function blanked(text: string): string {
  const { code } = lex(text, "python");
  return [...text].map((ch, i) => (code[i] === ch ? ch : "_")).join("");
}

const blank = (s: string): string => s.replace(/[^\n ]/g, "_"); // blanking leaves spaces as they were

describe("python lexer", () => {
  it("blanks comments and docstrings, keeps strings used as values", () => {
    const doc = '"""Serve on localhost:8000."""';
    expect(blanked(`${doc}\nx = 1\n`)).toBe(`${blank(doc)}\nx = 1\n`);
    expect(blanked(`def f():\n    ${doc}\n`)).toBe(`def f():\n    ${blank(doc)}\n`);
    // a value, not a docstring: after `=`, `(`, `,` or an operator, even on a line of its own
    expect(blanked(`x = (\n    ${doc}\n)\n`)).toBe(`x = (\n    ${doc}\n)\n`);
    expect(blanked(`x = \\\n${doc}\n`)).toBe(`x = \\\n${doc}\n`);
    expect(blanked(`call(a,\n${doc})\n`)).toBe(`call(a,\n${doc})\n`);
    // not at a line start: a value
    expect(blanked(`y = ${doc}\n`)).toBe(`y = ${doc}\n`);
  });

  it("looks past comments and blank lines for what comes before a docstring", () => {
    const doc = "'''port 8000'''";
    // the comment ends in `=`, which does not count: the docstring follows a word
    expect(blanked(`x = y\n# see a =\n\n    ${doc}\n`)).toBe(`x = y\n${blank("# see a =")}\n\n    ${blank(doc)}\n`);
    // an `=` before a comment still makes the string a value
    expect(blanked(`x = # note\n${doc}\n`)).toBe(`x = ${blank("# note")}\n${doc}\n`);
  });

  it("takes prefixes into the literal, and a string left open to the end of its line as a string", () => {
    expect(blanked(`x = 1\nrb"""bytes 8000"""\n`)).toBe(`x = 1\n${blank('rb"""bytes 8000"""')}\n`);
    expect(blanked(`x = (\nf"""{a} 8000"""\n)\n`)).toBe(`x = (\nf"""{a} 8000"""\n)\n`);
    // an unterminated string ending in `,`: still a string before the docstring, not a comma
    expect(blanked(`s = 'open,\n"""doc 8000"""\n`)).toBe(`s = 'open,\n${blank('"""doc 8000"""')}\n`);
    expect(lex(`s = 'open,\nx = 1\n`, "python").stringAt(6)).toEqual([5, 10]);
  });
});

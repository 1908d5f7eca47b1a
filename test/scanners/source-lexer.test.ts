// The lexers decide what is a comment (never scanned) and what is a string (scanned). Python:
// docstrings are comments, a triple-quoted string used as a value is a string. JavaScript: a `/`
// starts a regex literal (blanked) only where a value cannot stand, whatever comments lie between.

import { describe, expect, it } from "vitest";
import { lex } from "../../src/scan/scanners/source/lexer.js";

/** The text with what the lexer blanked shown as `_` (line breaks kept). */
function blanked(text: string, language: "python" | "js" = "python"): string {
  const { code } = lex(text, language);
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

describe("javascript lexer", () => {
  it("tells a regex literal from division by the token before it, past comments and line breaks", () => {
    expect(blanked("const re = /:8000/g;\n", "js")).toBe(`const re = ${blank("/:8000/g")};\n`);
    expect(blanked("if (x) return /:8000/.test(s);\n", "js")).toBe(`if (x) return ${blank("/:8000/")}.test(s);\n`);
    // after a value it divides, also with a comment or a line break between
    expect(blanked("const a = b / 8000 / c;\n", "js")).toBe("const a = b / 8000 / c;\n");
    expect(blanked("const a = b /* half */ / 2 + x / 8000;\n", "js")).toBe(`const a = b ${blank("/* half */")} / 2 + x / 8000;\n`);
    expect(blanked("const a = (b)\n  / 8000 / 2;\n", "js")).toBe("const a = (b)\n  / 8000 / 2;\n");
    // after an operator, a keyword or a comment that follows one, it is a regex
    expect(blanked("x = // note\n  /a:8000/;\n", "js")).toBe(`x = ${blank("// note")}\n  ${blank("/a:8000/")};\n`);
    expect(blanked("const s = 'a' / 2, t = `b` / 8000;\n", "js")).toBe("const s = 'a' / 2, t = `b` / 8000;\n");
    expect(blanked("const r = /a/ / 8000;\n", "js")).toBe(`const r = ${blank("/a/")} / 8000;\n`);
  });

  it("follows template literals through nested expressions", () => {
    const text = "const u = `http://${host}:${ports[{a: 1}.a] / 2}/x`; // port 8000\n";
    const { code, stringAt } = lex(text, "js");
    expect(code).toBe(text.replace("// port 8000", " ".repeat(12)));
    expect(stringAt(text.indexOf("http"))).toEqual([text.indexOf("http"), text.indexOf("${host}")]);
    expect(stringAt(text.indexOf("/x"))).toEqual([text.indexOf("/x"), text.indexOf("`;")]);
    expect(stringAt(text.indexOf("ports"))).toBeUndefined();
  });
});

// The source scanner skips the lexer for texts that `mayHoldPorts` or `mayHoldPortsNearNumbers`
// rules out. That is only sound while every HINT word the patterns find in the comment-blanked
// code (and every `:` before a digit) also shows in the raw text, near the same numbers: checked
// on adversarial texts and on every line and file of the fixtures, the shared corpus and this
// repository's dependencies. `Hints`, which finds HINT words only near the numbers asked about,
// must answer as a search of the whole code does.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languageOf, type Language } from "../../src/scan/scanners/source/languages.js";
import { lex } from "../../src/scan/scanners/source/lexer.js";
import { findHints, Hints, mayHoldPorts, mayHoldPortsNearNumbers, nearHint, nextPortNumber } from "../../src/scan/scanners/source/patterns.js";
import { scanSource } from "../../src/scan/scanners/source.js";
import { FIXTURES, REPO_ROOT } from "../helpers/temp-repo.js";

const LANGUAGES: Language[] = ["js", "python", "go", "java", "ruby", "php", "rust", "csharp", "shell", "make"];

/** What the patterns see: HINT words or a `:` before a digit in the blanked code. */
function codeMayHoldPorts(text: string, language: Language): boolean {
  const { code } = lex(text, language);
  return findHints(code).length > 0 || /:\d/.test(code);
}

/** The numbers of the blanked code the patterns look at: standing alone, after `:` or near a hint. */
function numbersLookedAt(code: string): number[] {
  const hints = findHints(code);
  const out: number[] = [];
  const digits = /\d+/g;
  for (let s = nextPortNumber(code, digits); s >= 0; s = nextPortNumber(code, digits)) {
    if (code.charCodeAt(s - 1) === 58 || nearHint(hints, s)) out.push(s);
  }
  return out;
}

function expectSound(text: string, language: Language, label: string): void {
  if (!mayHoldPorts(text)) expect(codeMayHoldPorts(text, language), `${label} (${language})`).toBe(false);
  if (!mayHoldPortsNearNumbers(text)) expect(numbersLookedAt(lex(text, language).code), `${label} (${language})`).toEqual([]);
}

/** `Hints` asked about every standing-alone number in order, against a search of the whole code. */
function expectLazyHintsExact(code: string, label: string): void {
  const hints = findHints(code);
  const lazy = new Hints(code);
  const digits = /\d+/g;
  for (let s = nextPortNumber(code, digits); s >= 0; s = nextPortNumber(code, digits)) {
    if (lazy.near(s) !== nearHint(hints, s)) expect.fail(`${label}: Hints and findHints disagree at offset ${s}`);
  }
}

describe("source prefilter", () => {
  it("lets through texts whose blanked code forms a hint the raw text only spells with a comment inside", () => {
    const cases: Array<[Language, string]> = [
      ["js", "const hosts = [/* loopback */ 0, 8000];\n"],
      ["js", "const hosts = [0 /* any */ , 8000];\n"],
      ["js", "call( /* none */ '', 8000)\n"],
      ["js", "const a = [ /* c */ 127 // d\n , 1]\n"],
      ["python", 'server = [\n    0\n    """docstring"""\n    , 8000]\n'],
      ["python", "bind = [0 # any\n, 8000]\n"],
      ["python", "x = [0\n    r'''raw docstring'''\n, 8000]\n"],
      ["ruby", "a = [0\n=begin\nnote\n=end\n, 8000]\n"],
      ["shell", "args=( '' 8000 )\n"],
      ["make", "run:\n\tserve -p 8000\n"],
      ["php", "<?php $a = [0 # any\n, 8000];\n"],
      ["go", "call([/* a */ 0 /* b */, 8000])\n"],
    ];
    for (const [language, text] of cases) {
      expect(codeMayHoldPorts(text, language), text).toBe(true);
      expect(mayHoldPorts(text), text).toBe(true);
    }
  });

  it("keeps numbers whose hint is far away in the text but near in the code, or only begins far away", () => {
    const pad = " ".repeat(400);
    const cases: Array<[Language, string]> = [
      ["js", `const a = [0 /*${pad}*/ , 8000];\n`],
      ["js", `const a = [${pad}0${pad}, 8000];\n`],
      ["python", `a = [0 # ${pad}\n, 8000]\n`],
      ["python", `a = (${pad}'', 8000)\n`],
      ["shell", `serve -p${pad}8000\n`],
      ["js", `const port${pad} = 8000;\n`],
    ];
    let looked = 0;
    for (const [language, text] of cases) {
      const numbers = numbersLookedAt(lex(text, language).code);
      if (numbers.length > 0) expect(mayHoldPortsNearNumbers(text), text.slice(0, 40)).toBe(true);
      looked += numbers.length;
      expectLazyHintsExact(lex(text, language).code, text.slice(0, 40));
    }
    expect(looked).toBeGreaterThanOrEqual(4);
    // A hint word far from every number, numbers far from every hint word: nothing to lex.
    const far = `import { a } from "b";\n${"const x = a.b(c);\n".repeat(40)}const timeout = 3000;\n`;
    expect(mayHoldPorts(far)).toBe(true);
    expect(mayHoldPortsNearNumbers(far)).toBe(false);
    expect(mayHoldPortsNearNumbers(`${far}const port = 8000;\n`)).toBe(true);
    expect(mayHoldPortsNearNumbers(`${far}fetch("http://db:5432")\n`)).toBe(true);
  });

  it("finds hints near numbers as a search of the whole code does, across jumps, chains of hint words and long runs", () => {
    const words = ["port", "env", "listen", "localhost", "runserver", "http.server", "ipv4addr", "::", "-p ", "('' ", "[ 0 ,", "[127,"];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 200; round++) {
      let code = "";
      while (code.length < 4000) {
        const r = rand(10);
        if (r < 3) code += words[rand(words.length)]!;
        else if (r < 6) code += ` ${1 + rand(65535)} `;
        else if (r < 8) code += " ".repeat(rand(500));
        else code += "x = y(z);\n";
      }
      expectLazyHintsExact(code, `round ${round}`);
    }
  });

  it("rules out text without hint words or host:port", () => {
    const filler = "const total = items.reduce((sum, item) => sum + item.price, 0);\nsetTimeout(() => refresh(), 3000);\nconst color = '#8080ff';\n";
    expect(mayHoldPorts(filler)).toBe(false);
    expect(scanSource("src/a.ts", filler)).toEqual({ refs: [], problems: [] });
    expect(mayHoldPorts("retry(3000) // see http://example.com:8080\n")).toBe(true);
  });

  it("is sound on every line and every file of the source fixtures, in every language", () => {
    const dir = path.join(FIXTURES, "source-scanner");
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), "utf8");
      const own = languageOf(`src/${name}`);
      for (const language of own ? [own] : LANGUAGES) {
        expectSound(text, language, name);
        expectLazyHintsExact(lex(text, language).code, name);
        const lines = text.split("\n");
        // Single lines and windows of a few lines: many of them hold no hint at all.
        for (let i = 0; i < lines.length; i++) {
          expectSound(lines[i]!, language, `${name}:${i + 1}`);
          expectSound(lines.slice(i, i + 4).join("\n"), language, `${name}:${i + 1}+3`);
        }
      }
    }
  });

  it("is sound on the shared corpus, read as each language", () => {
    const corpus = path.resolve(REPO_ROOT, "../shared/corpus");
    expect(existsSync(corpus), `${corpus} is missing`).toBe(true);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        const stat = statSync(full);
        if (stat.isDirectory()) walk(full);
        else if (stat.size < 256 * 1024) files.push(full);
      }
    };
    walk(corpus);
    let ruledOut = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (text.includes("\0")) continue;
      const pieces = [text, ...text.split(/\n\s*\n/)];
      for (const piece of pieces) {
        if (mayHoldPorts(piece)) continue;
        ruledOut++;
        for (const language of LANGUAGES) expect(codeMayHoldPorts(piece, language), `${file} (${language}): ${piece.slice(0, 200)}`).toBe(false);
      }
    }
    expect(ruledOut).toBeGreaterThan(100);
  });

  it("is sound, and finds hints as a search of the whole code does, on the JavaScript and TypeScript of node_modules", () => {
    const root = path.join(REPO_ROOT, "node_modules");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && /\.(?:[cm]?js|ts)$/.test(entry.name) && statSync(full).size < 256 * 1024) files.push(full);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(1000);
    let ruledOut = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const { code } = lex(text, "js");
      if (!mayHoldPortsNearNumbers(text)) {
        ruledOut++;
        expect(numbersLookedAt(code), file).toEqual([]);
      }
      expectLazyHintsExact(code, file);
    }
    expect(ruledOut).toBeGreaterThan(1000);
  }, 120_000);
});

// The source scanner skips the lexer for texts that `mayHoldPorts` rules out. That is only sound
// while every HINT word the patterns find in the comment-blanked code (and every `:` before a
// digit) also shows in the raw text: checked on adversarial texts and on every line and file of
// the fixtures and the shared corpus.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languageOf, type Language } from "../../src/scan/scanners/source/languages.js";
import { lex } from "../../src/scan/scanners/source/lexer.js";
import { findHints, mayHoldPorts } from "../../src/scan/scanners/source/patterns.js";
import { scanSource } from "../../src/scan/scanners/source.js";
import { FIXTURES, REPO_ROOT } from "../helpers/temp-repo.js";

const LANGUAGES: Language[] = ["js", "python", "go", "java", "ruby", "php", "rust", "csharp", "shell", "make"];

/** What the patterns see: HINT words or a `:` before a digit in the blanked code. */
function codeMayHoldPorts(text: string, language: Language): boolean {
  const { code } = lex(text, language);
  return findHints(code).length > 0 || /:\d/.test(code);
}

function expectSound(text: string, language: Language, label: string): void {
  if (!mayHoldPorts(text)) expect(codeMayHoldPorts(text, language), `${label} (${language})`).toBe(false);
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
});

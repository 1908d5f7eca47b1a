// A small lexer per language that only tells comments and string literals apart from code.
// Port patterns then run on views of the text where comments are blanked, so nothing in a
// comment is ever reported, and they ask which string literal a position belongs to.

import type { Language } from "./languages.js";

export interface Lexed {
  /** The text with comments, docstrings and regex literals blanked: same length, same line breaks. */
  readonly code: string;
  /** `code` with the contents of string literals blanked as well: brackets and commas only mean structure. */
  readonly skel: string;
  /** The string literal whose content contains `pos`, as `[start, end)` of its content. */
  stringAt(pos: number): [number, number] | undefined;
}

type Range = [number, number];

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;

/** Collects blanked ranges and string ranges; both are produced in increasing order. */
class Ranges {
  readonly blank: Range[] = [];
  readonly strings: Range[] = [];
  comment(a: number, b: number): void {
    if (b > a) this.blank.push([a, b]);
  }
  string(a: number, b: number): void {
    if (b >= a) this.strings.push([a, b]);
  }
}

function lineEnd(text: string, i: number): number {
  const j = text.indexOf("\n", i);
  return j < 0 ? text.length : j;
}

/**
 * From `i` (just after an opening quote), the index of the closing `quote`, or where an unterminated
 * literal stops: the line end for single-line literals, the text end otherwise.
 */
function closeQuote(text: string, i: number, quote: string, escapes: boolean, multiline: boolean): number {
  const n = text.length;
  const q = quote.charCodeAt(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === q) {
      if (quote.length === 1 || text.startsWith(quote, i)) return i;
    } else if (c === 92 && escapes) {
      i += 2;
      continue;
    } else if (c === 10 && !multiline) {
      return i;
    }
    i++;
  }
  return n;
}

function blankOut(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    parts.push(text.slice(at, a), text.slice(a, b).replace(/[^\r\n]/g, " "));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** `blankOut` on the code units of a text (one byte each when ASCII, else two), in place. */
function blankUnits(units: Uint8Array | Uint16Array, ranges: Range[]): void {
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    const end = Math.min(b, units.length);
    for (let i = a; i < end; i++) {
      const c = units[i]!;
      if (c !== 10 && c !== 13) units[i] = 32;
    }
    at = b;
  }
}

/** `code` and `skel` built in a buffer of the text's code units: no slices and joins per range. */
function blankBoth(text: string, blank: Range[], strings: Range[]): { code: string; skel: string } {
  const ascii = Buffer.byteLength(text, "utf8") === text.length;
  const encoding = ascii ? "latin1" : "utf16le";
  const bytes = Buffer.from(text, encoding);
  if (!ascii && bytes.byteOffset % 2 !== 0) {
    const code = blankOut(text, blank);
    return { code, skel: blankOut(code, strings) };
  }
  const units = ascii ? bytes : new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  blankUnits(units, blank);
  const code = blank.length > 0 ? bytes.toString(encoding) : text;
  blankUnits(units, strings);
  return { code, skel: strings.length > 0 ? bytes.toString(encoding) : code };
}

function finish(text: string, ranges: Ranges): Lexed {
  // Heredoc bodies are recorded before the rest of their opening line: restore the order.
  ranges.blank.sort((a, b) => a[0] - b[0]);
  ranges.strings.sort((a, b) => a[0] - b[0]);
  const { code, skel } = blankBoth(text, ranges.blank, ranges.strings);
  const starts = ranges.strings.map((r) => r[0]);
  const list = ranges.strings;
  return {
    code,
    skel,
    stringAt(pos) {
      let lo = 0;
      let hi = starts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= pos) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return undefined;
      const r = list[found]!;
      return pos < r[1] ? r : undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// C-like languages: JavaScript/TypeScript, Go, Java/Kotlin, C#, Rust, PHP share `//` and `/* */`.

const REGEX_AFTER_WORD = new Set([
  "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
]);
const REGEX_AFTER_CHAR = new Set("(,=:[!&|?{};+-*%<>~^");

/** The last character before `pos` that is neither white space nor inside one of `comments` (sorted), or -1. */
function lastSignificant(text: string, pos: number, comments: readonly Range[]): number {
  let p = pos - 1;
  let ci = comments.length - 1;
  for (;;) {
    while (p >= 0) {
      const c = text.charCodeAt(p);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      p--;
    }
    if (p < 0) return -1;
    while (ci >= 0 && comments[ci]![0] > p) ci--;
    if (ci < 0 || p >= comments[ci]![1]) return p;
    p = comments[ci]![0] - 1;
  }
}

/** Whether `p` lies inside one of `ranges` (sorted, not overlapping; `p` is usually near the last). */
function inside(ranges: readonly Range[], p: number): boolean {
  let i = ranges.length - 1;
  while (i >= 0 && ranges[i]![0] > p) i--;
  return i >= 0 && p < ranges[i]![1];
}

/** Where code can change meaning in JavaScript: a comment, regex, string or template starts. */
const JS_SPECIAL = /[/"'`]/g;
/** The same inside a template's `${ … }`, where braces tell where the expression ends. */
const JS_SPECIAL_IN_TEMPLATE = /[/"'`{}]/g;

/**
 * Whether a `/` at `pos` may start a regex literal: what the token before it is, found backwards
 * past white space and comments. After a value (a word that is not a keyword, a closing bracket,
 * a string, a regex) it divides.
 */
function jsRegexAllowed(text: string, pos: number, comments: readonly Range[], regexes: readonly Range[], strings: readonly Range[]): boolean {
  const p = lastSignificant(text, pos, comments);
  if (p < 0) return true;
  // A regex literal is a value; so is a string (this position is inside one left open at its line end).
  if (inside(regexes, p) || inside(strings, p)) return false;
  if (!isWordCode(text.charCodeAt(p))) return REGEX_AFTER_CHAR.has(text[p]!);
  let w = p;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return REGEX_AFTER_WORD.has(text.slice(w, p + 1));
}

/**
 * JavaScript and TypeScript: comments, string and template literals (with `${ … }` nesting), and
 * regex literals, told from division by the token before the `/`. Only the characters that can
 * start one of these are visited; that token is looked up backwards when a `/` is met.
 */
function lexJs(text: string): Lexed {
  const r = new Ranges();
  const n = text.length;
  const comments: Range[] = [];
  const regexes: Range[] = [];
  // Brace depth inside each open `${ … }` of template literals.
  const templates: number[] = [];
  // Failed regex-literal scans may not add up to more than a few passes over the text.
  let regexBudget = 4 * n + 65536;
  let i = 0;
  if (text.startsWith("#!")) {
    const e = lineEnd(text, 0);
    r.comment(0, e);
    comments.push([0, e]);
    i = e;
  }
  const template = (from: number): number => {
    // Scans template text from `from`; returns where code resumes.
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) {
        j += 2;
        continue;
      }
      if (c === 96) {
        r.string(from, j);
        return j + 1;
      }
      if (c === 36 && text.charCodeAt(j + 1) === 123) {
        r.string(from, j);
        templates.push(0);
        return j + 2;
      }
      j++;
    }
    r.string(from, n);
    return n;
  };
  while (i < n) {
    const special = templates.length > 0 ? JS_SPECIAL_IN_TEMPLATE : JS_SPECIAL;
    special.lastIndex = i;
    const m = special.exec(text);
    if (!m) break;
    i = m.index;
    const c = text.charCodeAt(i);
    if (c === 47) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        const e = lineEnd(text, i);
        r.comment(i, e);
        comments.push([i, e]);
        i = e;
        continue;
      }
      if (d === 42) {
        const e = text.indexOf("*/", i + 2);
        const end = e < 0 ? n : e + 2;
        r.comment(i, end);
        comments.push([i, end]);
        i = end;
        continue;
      }
      if (jsRegexAllowed(text, i, comments, regexes, r.strings)) {
        let j = i + 1;
        let inClass = false;
        let ok = false;
        const limit = Math.min(n, i + Math.min(8192, Math.max(256, regexBudget)));
        while (j < limit) {
          const e = text.charCodeAt(j);
          if (e === 10) break;
          if (e === 92) {
            j += 2;
            continue;
          }
          if (e === 91) inClass = true;
          else if (e === 93) inClass = false;
          else if (e === 47 && !inClass) {
            ok = true;
            break;
          }
          j++;
        }
        regexBudget -= j - i;
        if (ok) {
          j++;
          while (j < n && isWordCode(text.charCodeAt(j))) j++;
          r.comment(i, j);
          regexes.push([i, j]);
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 34 || c === 39) {
      const e = closeQuote(text, i + 1, text[i]!, true, false);
      r.string(i + 1, e);
      i = e + 1;
      continue;
    }
    if (c === 96) {
      i = template(i + 1);
      continue;
    }
    // A brace inside `${ … }`.
    const top = templates.length - 1;
    if (c === 123) templates[top]!++;
    else if (templates[top] === 0) {
      templates.pop();
      i = template(i + 1);
      continue;
    } else templates[top]!--;
    i++;
  }
  return finish(text, r);
}

interface CLikeOptions {
  /** Characters that open single-line, escaped literals (`"` and `'`). */
  quotes: string;
  /** `` ` `` raw multi-line strings (Go). */
  backtickRaw?: boolean;
  /** `"""` multi-line text blocks (Java 15+, Kotlin, C# 11). */
  tripleQuotes?: boolean;
  /** C# `@"…"` verbatim strings. */
  verbatim?: boolean;
  /** Rust: nested block comments, raw strings `r#"…"#`, lifetimes that look like char literals. */
  rust?: boolean;
  /** Double-quoted strings may span lines (Rust). */
  multilineQuotes?: boolean;
}

const RUST_CHAR = /'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]{1,6}\}|.)|[^\\'\n])'/y;

/** The characters that can begin a comment or literal under `o`; every other one is plain code. */
/** The characters that can start a comment or a literal in a C-like language, as a global regex finding the next one. */
function cLikeStarts(o: CLikeOptions): RegExp {
  const starts = new Set(["/"]); // comments
  for (const q of o.quotes) starts.add(q);
  if (o.tripleQuotes) starts.add('"');
  if (o.backtickRaw) starts.add("`");
  if (o.verbatim) starts.add("@").add("$"); // @"…", $"…"
  if (o.rust) starts.add("r").add("b").add("'"); // r"…", b"…", 'c'
  return new RegExp(`[${[...starts].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("")}]`, "g");
}

const C_LIKE_STARTS = new WeakMap<CLikeOptions, RegExp>();

function lexCLike(text: string, o: CLikeOptions): Lexed {
  const r = new Ranges();
  const n = text.length;
  let starts = C_LIKE_STARTS.get(o);
  if (!starts) C_LIKE_STARTS.set(o, (starts = cLikeStarts(o)));
  const q1 = o.quotes.charCodeAt(0);
  const q2 = o.quotes.length > 1 ? o.quotes.charCodeAt(1) : -1;
  let i = 0;
  while (i < n) {
    // Only the characters that can start a comment or a literal matter.
    starts.lastIndex = i;
    const next = starts.exec(text);
    if (!next) break;
    i = next.index;
    const c = text.charCodeAt(i);
    if (c === 47) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        const e = lineEnd(text, i);
        r.comment(i, e);
        i = e;
        continue;
      }
      if (d === 42) {
        let end: number;
        if (o.rust) {
          let depth = 1;
          let j = i + 2;
          while (j < n && depth > 0) {
            if (text.startsWith("/*", j)) {
              depth++;
              j += 2;
            } else if (text.startsWith("*/", j)) {
              depth--;
              j += 2;
            } else j++;
          }
          end = j;
        } else {
          const e = text.indexOf("*/", i + 2);
          end = e < 0 ? n : e + 2;
        }
        r.comment(i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (o.rust && (c === 114 || c === 98) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) {
      // r"…", r#"…"#, br"…", b"…"
      const m = /^(?:br|r)(#*)"/.exec(text.slice(i, i + 260));
      if (m) {
        const close = `"${m[1]}`;
        const start = i + m[0].length;
        const e = text.indexOf(close, start);
        const end = e < 0 ? n : e;
        r.string(start, end);
        i = e < 0 ? n : e + close.length;
        continue;
      }
      if (c === 98 && text.charCodeAt(i + 1) === 34) {
        const e = closeQuote(text, i + 2, '"', true, true);
        r.string(i + 2, e);
        i = e + 1;
        continue;
      }
    }
    if (o.verbatim && (c === 64 || c === 36)) {
      const m = /^(?:@\$?|\$@)"/.exec(text.slice(i, i + 3));
      if (m) {
        const start = i + m[0].length;
        let j = start;
        while (j < n) {
          if (text.charCodeAt(j) === 34) {
            if (text.charCodeAt(j + 1) === 34) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        r.string(start, j);
        i = j + 1;
        continue;
      }
      if (c === 36 && text.charCodeAt(i + 1) === 34 && !text.startsWith('"""', i + 1)) {
        const e = closeQuote(text, i + 2, '"', true, false);
        r.string(i + 2, e);
        i = e + 1;
        continue;
      }
    }
    if (o.tripleQuotes && text.startsWith('"""', i)) {
      const e = text.indexOf('"""', i + 3);
      const end = e < 0 ? n : e;
      r.string(i + 3, end);
      i = e < 0 ? n : e + 3;
      continue;
    }
    if (o.backtickRaw && c === 96) {
      const e = text.indexOf("`", i + 1);
      const end = e < 0 ? n : e;
      r.string(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === 39 && o.rust) {
      RUST_CHAR.lastIndex = i;
      const m = RUST_CHAR.exec(text);
      if (m) {
        r.string(i + 1, i + m[0].length - 1);
        i += m[0].length;
      } else i++;
      continue;
    }
    if (c === q1 || c === q2) {
      const q = text[i]!;
      const e = closeQuote(text, i + 1, q, true, o.multilineQuotes === true && q === '"');
      r.string(i + 1, e);
      i = e + 1;
      continue;
    }
    i++;
  }
  return finish(text, r);
}

// ---------------------------------------------------------------------------------------------
// PHP: code between `<?php`/`<?=` and `?>`; the template text around it is kept as string text.

function heredocBody(text: string, from: number, id: string, indented: boolean): [number, number] {
  // Body starts on the line after `from`; ends at the line holding only the identifier.
  const n = text.length;
  let lineStart = lineEnd(text, from) + 1;
  const bodyStart = Math.min(lineStart, n);
  while (lineStart < n) {
    const e = lineEnd(text, lineStart);
    const line = text.slice(lineStart, e).replace(/\r$/, "");
    const candidate = indented ? line.trimStart() : line;
    if (candidate === id || (indented && candidate.startsWith(id) && !/^[\w]/.test(candidate.slice(id.length)))) {
      return [bodyStart, lineStart];
    }
    lineStart = e + 1;
  }
  return [bodyStart, n];
}

function lexPhp(text: string): Lexed {
  const r = new Ranges();
  const n = text.length;
  let i = 0;
  let inPhp = false;
  let htmlStart = 0;
  // The next `?>` (which ends a line comment too), found once and reused while ahead.
  let nextClose = -1;
  while (i < n) {
    if (!inPhp) {
      const open = text.indexOf("<?", i);
      const end = open < 0 ? n : open;
      // Template text around the PHP code is not code: treated like a comment.
      r.comment(htmlStart, end);
      if (open < 0) break;
      const m = /^<\?(?:php|=)?/i.exec(text.slice(open, open + 5))!;
      i = open + m[0].length;
      inPhp = true;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 63 && text.charCodeAt(i + 1) === 62) {
      inPhp = false;
      i += 2;
      htmlStart = i;
      continue;
    }
    const lineComment = (c === 47 && text.charCodeAt(i + 1) === 47) || (c === 35 && text.charCodeAt(i + 1) !== 91);
    if (lineComment) {
      let e = lineEnd(text, i);
      if (nextClose < i) nextClose = text.indexOf("?>", i) < 0 ? n : text.indexOf("?>", i);
      if (nextClose < e) e = nextClose;
      r.comment(i, e);
      i = e;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const e = text.indexOf("*/", i + 2);
      const end = e < 0 ? n : e + 2;
      r.comment(i, end);
      i = end;
      continue;
    }
    if (c === 60 && text.startsWith("<<<", i)) {
      const m = /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1/.exec(text.slice(i, i + 80));
      if (m) {
        const [a, b] = heredocBody(text, i, m[2]!, true);
        r.string(a, b);
        i = Math.max(b, i + m[0].length);
        continue;
      }
    }
    if (c === 34 || c === 39) {
      const q = text[i]!;
      const e = closeQuote(text, i + 1, q, true, true);
      r.string(i + 1, e);
      i = e + 1;
      continue;
    }
    i++;
  }
  if (!inPhp && htmlStart < n && r.blank.at(-1)?.[0] !== htmlStart) r.comment(htmlStart, n);
  return finish(text, r);
}

// ---------------------------------------------------------------------------------------------
// Python: `#` comments, prefixed and triple-quoted strings; docstrings count as comments.

const PY_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;
const NOT_BEFORE_DOCSTRING = new Set("([{,=+-*%\\|&<>");

/** Where code can change meaning in Python: a comment or a string literal starts. */
const PY_SPECIAL = /[#"']/g;

/**
 * The last significant token before `pos`, as the Python lexer tracks it for docstrings: "w" for
 * a word, `"` for a string, else the character; "" at the start. Comments and white space are
 * passed over; a position inside an unterminated string's content is that string.
 */
function pySigBefore(text: string, pos: number, comments: readonly Range[], strings: readonly Range[]): string {
  const p = lastSignificant(text, pos, comments);
  if (p < 0) return "";
  const c = text.charCodeAt(p);
  if (inside(strings, p) || c === 34 || c === 39) return '"';
  return isWordCode(c) ? "w" : text[p]!;
}

/**
 * Python: `#` comments, string literals with their prefixes, and docstrings (a triple-quoted
 * string starting a line, unless an operator or bracket before it makes it an expression). Only
 * the characters that start a comment or a literal are visited; the token before a docstring is
 * looked up backwards when one is met.
 */
function lexPython(text: string): Lexed {
  const r = new Ranges();
  const comments: Range[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    PY_SPECIAL.lastIndex = i;
    const m = PY_SPECIAL.exec(text);
    if (!m) break;
    const k = m.index;
    if (text.charCodeAt(k) === 35) {
      const e = lineEnd(text, k);
      r.comment(k, e);
      comments.push([k, e]);
      i = e;
      continue;
    }
    // A word right before the quote that is a prefix (r, b, f, rb…) belongs to the literal.
    let start = k;
    let w = k;
    while (w > i && isWordCode(text.charCodeAt(w - 1))) w--;
    if (w < k && PY_PREFIX.test(text.slice(w, k))) start = w;
    const q = text[k]!;
    if (text.startsWith(q + q + q, k)) {
      const from = k + 3;
      const e = closeQuote(text, from, q + q + q, true, true);
      const end = Math.min(e + 3, n);
      let ls = start;
      while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
      const atLineStart = ls === 0 || text.charCodeAt(ls - 1) === 10;
      if (atLineStart && !NOT_BEFORE_DOCSTRING.has(pySigBefore(text, start, comments, r.strings))) r.comment(start, end);
      else r.string(from, e);
      i = end;
    } else {
      const e = closeQuote(text, k + 1, q, true, false);
      r.string(k + 1, e);
      i = e + 1;
    }
  }
  return finish(text, r);
}

// ---------------------------------------------------------------------------------------------
// Ruby: `#` comments, `=begin`/`=end`, quotes, `%w[]`-style literals and heredocs.

const RUBY_PERCENT = /^%[qQwWiI]?([([{<|!/])/;
const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

function lexRuby(text: string): Lexed {
  const r = new Ranges();
  const n = text.length;
  const heredocs: Range[] = [];
  let i = 0;
  while (i < n) {
    if (heredocs.length > 0 && i >= heredocs[0]![0]) {
      i = Math.max(i, heredocs.shift()![1]);
      continue;
    }
    const c = text.charCodeAt(i);
    const atLineStart = i === 0 || text.charCodeAt(i - 1) === 10;
    if (atLineStart && text.startsWith("=begin", i)) {
      const e = text.indexOf("\n=end", i);
      const end = e < 0 ? n : lineEnd(text, e + 1);
      r.comment(i, end);
      i = end;
      continue;
    }
    if (atLineStart && text.startsWith("__END__", i) && /^__END__\r?$/.test(text.slice(i, lineEnd(text, i)))) {
      r.comment(i, n);
      break;
    }
    if (c === 35) {
      const e = lineEnd(text, i);
      r.comment(i, e);
      i = e;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) {
      const q = text[i]!;
      const e = closeQuote(text, i + 1, q, true, true);
      r.string(i + 1, e);
      i = e + 1;
      continue;
    }
    if (c === 37 && (i === 0 || !/[\w)\]]/.test(text[i - 1]!))) {
      const m = RUBY_PERCENT.exec(text.slice(i, i + 3));
      if (m) {
        const open = m[1]!;
        const close = CLOSER[open] ?? open;
        const start = i + m[0].length;
        const e = text.indexOf(close, start);
        const end = e < 0 ? n : e;
        r.string(start, end);
        i = end + 1;
        continue;
      }
    }
    if (c === 60 && text.startsWith("<<", i)) {
      const m = /^<<([~-]?)(["'`]?)([A-Z_][A-Z0-9_]*)\2/.exec(text.slice(i, i + 80));
      if (m) {
        const [a, b] = heredocBody(text, i, m[3]!, m[1] !== "");
        r.string(a, b);
        // The rest of the opening line is still code; the body is skipped when the loop reaches it.
        heredocs.push([a, b]);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return finish(text, r);
}

// ---------------------------------------------------------------------------------------------
// Shell and Makefiles: `#` starts a comment at the start of a word; quotes and heredocs.

function lexShellInto(text: string, r: Ranges, from: number, to: number, multiline: boolean): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 35) {
      const prev = i === 0 ? 10 : text.charCodeAt(i - 1);
      if (prev === 10 || prev === 32 || prev === 9 || prev === 59 || prev === 38 || prev === 124 || prev === 40 || prev === 13) {
        const e = Math.min(lineEnd(text, i), to);
        r.comment(i, e);
        i = e;
        continue;
      }
      i++;
      continue;
    }
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === 39) {
      const ansi = i > 0 && text.charCodeAt(i - 1) === 36;
      let e = closeQuote(text, i + 1, "'", ansi, multiline);
      if (e > to) e = to;
      r.string(i + 1, e);
      i = e + 1;
      continue;
    }
    if (c === 34) {
      let e = closeQuote(text, i + 1, '"', true, multiline);
      if (e > to) e = to;
      r.string(i + 1, e);
      i = e + 1;
      continue;
    }
    if (c === 60 && text.charCodeAt(i + 1) === 60 && text.charCodeAt(i + 2) !== 60 && multiline) {
      const m = /^<<(-?)[ \t]*(\\?)(["']?)([A-Za-z_][\w-]*)\3/.exec(text.slice(i, i + 80));
      if (m) {
        const [a, b] = heredocBody(text, i, m[4]!, m[1] === "-");
        // The remainder of the opening line is code: lex it, then the body is string text.
        const openEnd = lineEnd(text, i);
        lexShellInto(text, r, i + m[0].length, openEnd, false);
        r.string(a, b);
        i = Math.max(b, openEnd);
        continue;
      }
    }
    i++;
  }
}

function lexShell(text: string): Lexed {
  const r = new Ranges();
  lexShellInto(text, r, 0, text.length, true);
  return finish(text, r);
}

function lexMake(text: string): Lexed {
  const r = new Ranges();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const e = lineEnd(text, i);
    if (text.charCodeAt(i) === 9) lexShellInto(text, r, i, e, false);
    else {
      for (let j = i; j < e; j++) {
        if (text.charCodeAt(j) === 35 && (j === i || text.charCodeAt(j - 1) !== 92)) {
          r.comment(j, e);
          break;
        }
      }
    }
    i = e + 1;
  }
  return finish(text, r);
}

const GO: CLikeOptions = { quotes: "\"'", backtickRaw: true };
const JAVA: CLikeOptions = { quotes: "\"'", tripleQuotes: true };
const CSHARP: CLikeOptions = { quotes: "\"'", tripleQuotes: true, verbatim: true };
const RUST: CLikeOptions = { quotes: '"', rust: true, multilineQuotes: true };

export function lex(text: string, language: Language): Lexed {
  switch (language) {
    case "js":
      return lexJs(text);
    case "python":
      return lexPython(text);
    case "go":
      return lexCLike(text, GO);
    case "java":
      return lexCLike(text, JAVA);
    case "csharp":
      return lexCLike(text, CSHARP);
    case "rust":
      return lexCLike(text, RUST);
    case "php":
      return lexPhp(text);
    case "ruby":
      return lexRuby(text);
    case "shell":
      return lexShell(text);
    case "make":
      return lexMake(text);
  }
}

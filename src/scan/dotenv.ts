// The `.env` format as docker compose reads it, with the source position of every name and value,
// so a scanner can point at the exact characters of a port written inside a value.

import type { Span } from "../registry/model.js";
import { TextPositions } from "./positions.js";

/** Reads a variable from outside the file (the process environment); undefined when unset. */
export type DotenvLookup = (name: string) => string | undefined;

export type DotenvQuote = '"' | "'" | "`";

export interface DotenvEntry {
  name: string;
  /** The value as compose computes it: unquoted, escapes applied (double quotes), `${…}` expanded. */
  value: string;
  /**
   * The value text exactly as written: between the quotes for a quoted value, without the inline
   * comment and trailing blanks for an unquoted one. Offsets into `raw` map 1:1 onto the source
   * from `valueStart`, which is what positions of ports inside values rely on.
   */
  raw: string;
  /** Offset of `raw` in the parsed text. */
  valueStart: number;
  quote?: DotenvQuote;
  exported: boolean;
  /** `NAME` alone on a line: compose takes the value from the environment, if set there. */
  inherited: boolean;
  nameStart: number;
  nameSpan: Span;
  valueSpan: Span;
  /** Set when `${…}` expansion failed (`${X:?message}` with X unset): `value` is then `raw`. */
  expansionError?: string;
}

export interface DotenvProblem extends Span {
  message: string;
}

export interface DotenvDocument {
  /** Every statement in source order, including repeated names and inherited ones. */
  entries: DotenvEntry[];
  /** Syntax errors; parsing resumes on the next line after each, unlike compose, which stops. */
  problems: DotenvProblem[];
  /** Name → value as compose's `dotenv.Parse` returns it (the last definition wins). */
  values: Map<string, string>;
  /** Span of the text `[start, end)` of the parsed source. */
  span(start: number, end: number): Span;
}

export interface DotenvOptions {
  /** Variables from the environment; they win over the file's own earlier definitions in `${…}`. */
  lookup?: DotenvLookup;
}

// Blanks that separate tokens on one line. Compose counts NEL and NBSP here too.
const INLINE_SPACE = new Set(["\t", "\v", "\f", "\r", " ", "\u0085", "\u00a0"]);
const isInlineSpace = (ch: string | undefined): boolean => ch !== undefined && INLINE_SPACE.has(ch);
const isAnySpace = (ch: string): boolean => /\s/u.test(ch) || ch === "\u0085";
/** `export` and the blanks after it; group 1 is the line break when nothing follows on the line. */
const EXPORT = /export[ \t\v\f\r\u0085\u00a0]*(\n|$|(?<=\s))/y;
const KEY_PUNCTUATION = new Set(["_", ".", "-", "[", "]"]);
const isKeyChar = (ch: string): boolean => KEY_PUNCTUATION.has(ch) || /[\p{L}\p{N}]/u.test(ch);


class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly end: number,
  ) {
    super(message);
  }
}

/**
 * Parses a `.env` text. Never throws: syntax errors become `problems` and the parser goes on
 * with the next line, so one bad line does not hide the ports written below it.
 */
export function parseDotenv(text: string, options: DotenvOptions = {}): DotenvDocument {
  const positions = new TextPositions(text);
  const entries: DotenvEntry[] = [];
  const problems: DotenvProblem[] = [];
  const values = new Map<string, string>();
  const lookup = options.lookup ?? (() => undefined);
  // Inside `${…}`, the environment wins over what the file defined earlier (compose's order).
  const resolve: DotenvLookup = (name) => lookup(name) ?? values.get(name);

  let pos = text.startsWith("\uFEFF") ? 1 : 0;
  for (;;) {
    pos = statementStart(text, pos);
    if (pos >= text.length) break;
    try {
      pos = parseStatement(text, pos, positions, resolve, lookup, entries, values);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      problems.push({ ...positions.span(error.offset, error.end), message: error.message });
      const newline = text.indexOf("\n", error.offset);
      pos = newline < 0 ? text.length : newline + 1;
    }
  }
  return { entries, problems, values, span: (start, end) => positions.span(start, end) };
}

/** Skips blank space and comment lines; returns the offset of the next statement. */
function statementStart(text: string, pos: number): number {
  for (;;) {
    while (pos < text.length && isAnySpace(text[pos]!)) pos++;
    if (text[pos] !== "#") return pos;
    const newline = text.indexOf("\n", pos);
    if (newline < 0) return text.length;
    pos = newline;
  }
}

function parseStatement(
  text: string,
  start: number,
  positions: TextPositions,
  resolve: DotenvLookup,
  lookup: DotenvLookup,
  entries: DotenvEntry[],
  values: Map<string, string>,
): number {
  let pos = start;
  let exported = false;
  EXPORT.lastIndex = pos;
  const exportMatch = EXPORT.exec(text);
  if (exportMatch) {
    // `export` alone on a line names nothing (compose reads an empty, unset name there).
    if (exportMatch[1] === "\n" || pos + exportMatch[0].length >= text.length) return pos + exportMatch[0].length;
    exported = true;
    pos += exportMatch[0].length;
  }

  // The name runs to `=`, `:` (YAML style) or the end of the line (an inherited variable).
  const nameStart = pos;
  let terminator: string | undefined;
  for (; pos < text.length; pos++) {
    const code = text.codePointAt(pos)!;
    const ch = String.fromCodePoint(code);
    if (code > 0xffff) pos++;
    if (isInlineSpace(ch)) continue;
    if (ch === "=" || ch === ":" || ch === "\n") {
      terminator = ch;
      break;
    }
    if (!isKeyChar(ch)) {
      const line = text.slice(nameStart, lineEnd(text, nameStart));
      throw new ParseError(`unexpected character "${ch}" in variable name "${line.replace(/\r$/, "")}"`, pos, pos + 1);
    }
  }
  const name = text.slice(nameStart, pos).replace(/\s+$/u, "");
  const nameEnd = nameStart + name.length;
  if (name.includes(" ")) {
    throw new ParseError("key cannot contain a space", nameStart, nameEnd);
  }
  const base = {
    name,
    exported,
    nameStart,
    nameSpan: positions.span(nameStart, nameEnd),
  };

  if (terminator === undefined || terminator === "\n") {
    // `NAME` alone: compose reads it from the environment and skips it when unset there.
    const value = lookup(name);
    entries.push({ ...base, value: value ?? "", raw: "", valueStart: nameEnd, inherited: true, valueSpan: positions.span(nameEnd, nameEnd) });
    if (value !== undefined) values.set(name, value);
    return terminator === undefined ? pos : pos + 1;
  }

  pos++;
  while (pos < text.length && isInlineSpace(text[pos])) pos++;
  const quote = text[pos];
  if (quote === '"' || quote === "'" || quote === "`") {
    const scanned = scanQuoted(text, pos, quote);
    if (!scanned) {
      const end = lineEnd(text, pos);
      throw new ParseError(`unterminated quoted value ${text.slice(pos, end).replace(/\r$/, "")}`, pos, end);
    }
    const raw = text.slice(pos + 1, scanned.close);
    let value = scanned.value;
    let expansionError: string | undefined;
    if (quote === '"') {
      const expanded = expandVariables(expandEscapes(value), resolve);
      value = expanded.error === undefined ? expanded.value : raw;
      expansionError = expanded.error;
    }
    entries.push({
      ...base,
      value,
      raw,
      valueStart: pos + 1,
      quote,
      inherited: false,
      valueSpan: positions.span(pos + 1, scanned.close),
      ...(expansionError !== undefined ? { expansionError } : {}),
    });
    values.set(name, value);
    // Compose goes on right after the closing quote: a comment, the line end, or (rarely) another statement.
    return scanned.close + 1;
  }

  const end = lineEnd(text, pos);
  let raw = text.slice(pos, end);
  // An inline comment starts at ` #`; `123#abc` keeps its hash.
  const comment = raw.indexOf(" #");
  if (comment >= 0) raw = raw.slice(0, comment);
  raw = raw.replace(/[\s\u0085]+$/u, "");
  const expanded = expandVariables(raw, resolve);
  const value = expanded.error === undefined ? expanded.value : raw;
  entries.push({
    ...base,
    value,
    raw,
    valueStart: pos,
    inherited: false,
    valueSpan: positions.span(pos, pos + raw.length),
    ...(expanded.error !== undefined ? { expansionError: expanded.error } : {}),
  });
  values.set(name, value);
  return end < text.length ? end + 1 : end;
}

function lineEnd(text: string, pos: number): number {
  const newline = text.indexOf("\n", pos);
  return newline < 0 ? text.length : newline;
}

/**
 * A quoted value from the opening quote at `open`: the offset of the closing quote and the text
 * between, where an escaped quote loses its backslash and any other escape keeps it (compose).
 */
function scanQuoted(text: string, open: number, quote: string): { close: number; value: string } | undefined {
  let value = "";
  let escaped = false;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (escaped) {
      escaped = false;
      if (ch !== quote) value += "\\";
      value += ch;
      continue;
    }
    if (ch === "\\") escaped = true;
    else if (ch === quote) return { close: i, value };
    else value += ch;
  }
  return undefined;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: "\u0007",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  '"': '"',
  "\\": "\\",
  // `\$` is not expanded: `$$` is the expansion's own escape for a literal dollar.
  $: "$$",
};

/**
 * Escapes of a double-quoted value: `\a \b \f \n \r \t \v \\ \" \$` and octal `\0NNN`. Anything
 * else (`\x07`, `\u12e4`, `\ `) stays as written, as in compose.
 */
export function expandEscapes(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch !== "\\" || i + 1 >= value.length) {
      out += ch;
      continue;
    }
    const next = value[i + 1]!;
    if (next === "0") {
      const digits = /^\d{0,3}/.exec(value.slice(i + 2))![0];
      const whole = value.slice(i, i + 2 + digits.length);
      // `\0123` is the octal `\123`; compose leaves anything that is not three octal digits alone.
      const code = /^[0-7]{3}$/.test(digits) ? parseInt(digits, 8) : NaN;
      out += code <= 255 ? String.fromCharCode(code) : whole;
      i += 1 + digits.length;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    out += ch;
  }
  return out;
}

export interface Expansion {
  value: string;
  /** Why expansion failed (a required variable is unset, a malformed `${`); `value` is then partial. */
  error?: string;
}

const NAME_AT = /[_a-zA-Z][_a-zA-Z0-9]*/y;
/** `${A:-${B:-…}}` deeper than this is an error rather than a stack overflow. */
const MAX_NESTING = 64;
const OPERATORS = [":-", ":?", ":+", "-", "?", "+"] as const;

/**
 * Compose's `${…}` expansion: `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`,
 * `${NAME:?error}`, `${NAME?error}`, `${NAME:+replacement}`, `${NAME+replacement}`, nested
 * expansions inside the operand, and `$$` for a literal dollar. A `$` followed by nothing
 * expandable stays as written.
 */
export function expandVariables(template: string, lookup: DotenvLookup, depth = 0): Expansion {
  if (depth > MAX_NESTING) return { value: template, error: "variable references nested too deeply" };
  let out = "";
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf("$", i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
      continue;
    }
    if (next === "{") {
      const close = closingBrace(template, dollar);
      if (close < 0) return { value: out, error: `Invalid template: ${JSON.stringify(template)}` };
      const inner = template.slice(dollar + 2, close);
      const result = expandBraced(inner, lookup, template, depth);
      if (result.error !== undefined) return { value: out, error: result.error };
      out += result.value;
      i = close + 1;
      continue;
    }
    NAME_AT.lastIndex = dollar + 1;
    const named = NAME_AT.exec(template);
    if (named) {
      out += lookup(named[0]) ?? "";
      i = dollar + 1 + named[0].length;
      continue;
    }
    out += "$";
    i = dollar + 1;
  }
  return { value: out };
}

/** The `}` closing the `${` at `dollar`; only `${` opens a level, so `{"json":1}` defaults work. */
function closingBrace(template: string, dollar: number): number {
  let depth = 0;
  for (let i = dollar; i < template.length; i++) {
    if (template[i] === "$" && template[i + 1] === "{") {
      depth++;
      i++;
    } else if (template[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function expandBraced(inner: string, lookup: DotenvLookup, template: string, depth: number): Expansion {
  NAME_AT.lastIndex = 0;
  const named = NAME_AT.exec(inner);
  const invalid = { value: "", error: `Invalid template: ${JSON.stringify(template)}` };
  if (!named) return invalid;
  const name = named[0];
  const rest = inner.slice(name.length);
  if (rest === "") return { value: lookup(name) ?? "" };
  // The first operator after the name applies; later operator characters belong to the operand.
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  if (!operator) return invalid;
  const operand = rest.slice(operator.length);
  const value = lookup(name);
  const set = value !== undefined;
  const nonEmpty = set && value !== "";
  switch (operator) {
    case ":-":
      return nonEmpty ? { value: value! } : expandVariables(operand, lookup, depth + 1);
    case "-":
      return set ? { value: value! } : expandVariables(operand, lookup, depth + 1);
    case ":+":
      return nonEmpty ? expandVariables(operand, lookup, depth + 1) : { value: "" };
    case "+":
      return set ? expandVariables(operand, lookup, depth + 1) : { value: "" };
    case ":?":
    case "?": {
      if (operator === ":?" ? nonEmpty : set) return { value: value! };
      const message = expandVariables(operand, lookup, depth + 1);
      const reason = message.error === undefined ? message.value : operand;
      return { value: "", error: `required variable ${name} is missing a value${reason ? `: ${reason}` : ""}` };
    }
  }
}

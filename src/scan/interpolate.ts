// Compose variable interpolation (`$VAR`, `${VAR:-default}`, `$$`…) with the semantics of the
// reference implementation, tracing every output character back to the template text it came from.

/** Where variable values come from: a function, or a plain map of names to values. */
export type Lookup = ((name: string) => string | undefined) | Readonly<Record<string, string>> | ReadonlyMap<string, string>;

export type Operator = ":-" | "-" | ":?" | "?" | ":+" | "+";

/**
 * A run of the output and the template text it came from.
 * - `literal`: template text copied as is (one output character per template character);
 * - `default`: text of a default or presence value (`8000` in `${PORT:-8000}`), also copied 1:1;
 * - `escape`: `$$` written as `$`;
 * - `value`: a variable's value from the lookup; its source is the whole reference;
 * - `unresolved`: an empty run where a variable had no value and no default, or a required one was
 *   missing. Nothing can be known about what it stands for.
 */
export interface Segment {
  kind: "literal" | "default" | "escape" | "value" | "unresolved";
  /** [start, end) in the output. */
  start: number;
  end: number;
  /** [sourceStart, sourceEnd) in the template. */
  sourceStart: number;
  sourceEnd: number;
  /** The variables whose references enclose this run, outermost first. */
  variables: string[];
}

/** A `$VAR` or `${VAR…}` reference that was evaluated. */
export interface Reference {
  name: string;
  /** The whole reference `[start, end)` in the template. */
  start: number;
  end: number;
  braced: boolean;
  operator?: Operator;
  /** The operand after the operator (default, presence value or error message) as written. */
  argument?: { text: string; start: number; end: number };
  /** The variables whose references enclose this one, outermost first. */
  enclosing: string[];
}

export type InterpolationError =
  | { kind: "invalid-template"; message: string; start: number; end: number }
  | { kind: "missing-required"; message: string; variable: string; reason: string; start: number; end: number };

export interface Interpolation {
  template: string;
  value: string;
  segments: Segment[];
  references: Reference[];
  /** Variables substituted by an empty string because they are unset (compose warns about each). */
  missing: string[];
  /** The first error met; `value` is then a best effort (compose rejects the whole file). */
  error?: InterpolationError;
}

/** What a range of the output was made of. */
export interface Trace {
  /** [start, end) in the template. */
  start: number;
  end: number;
  /** Variables involved, outermost first, without duplicates. */
  variables: string[];
  /** Some of the characters came from a default or presence value. */
  fromDefault: boolean;
  /** Some of the characters came from a variable's value. */
  fromValue: boolean;
  /** The range touches a place where an unset variable without default stood. */
  unresolved: boolean;
}

const NAME_START = /[_A-Za-z]/;
const NAME_CHAR = /[_A-Za-z0-9]/;
const OPERATORS: readonly Operator[] = [":?", "?", ":-", "-", ":+", "+"];

interface Match {
  kind: "escaped" | "named" | "braced" | "invalid";
  start: number;
  end: number;
  name?: string;
}

/**
 * The match of the reference pattern at `s[at] === "$"`, or undefined when this `$` is a literal.
 * Mirrors `\$(?i:(\$)|([_a-z][_a-z0-9]*)|{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|()))`: an
 * operator's operand runs greedily to the last `}` before the end of the line.
 */
function matchAt(s: string, at: number): Match | undefined {
  const next = s[at + 1];
  if (next === "$") return { kind: "escaped", start: at, end: at + 2 };
  if (next !== undefined && NAME_START.test(next)) {
    let k = at + 2;
    while (k < s.length && NAME_CHAR.test(s[k]!)) k++;
    return { kind: "named", start: at, end: k, name: s.slice(at + 1, k) };
  }
  if (next !== "{") return undefined;
  const invalid: Match = { kind: "invalid", start: at, end: at + 2 };
  const nameStart = at + 2;
  if (nameStart >= s.length || !NAME_START.test(s[nameStart]!)) return invalid;
  let k = nameStart + 1;
  while (k < s.length && NAME_CHAR.test(s[k]!)) k++;
  const name = s.slice(nameStart, k);
  if (s[k] === "}") return { kind: "braced", start: at, end: k + 1, name };
  let operandStart: number;
  if (s[k] === ":" && "-+?".includes(s[k + 1] ?? "")) operandStart = k + 2;
  else if ("-+?".includes(s[k] ?? "")) operandStart = k + 1;
  else return invalid;
  let lineEnd = s.indexOf("\n", operandStart);
  if (lineEnd < 0) lineEnd = s.length;
  const close = s.lastIndexOf("}", lineEnd - 1);
  if (close < operandStart) return invalid;
  return { kind: "braced", start: at, end: close + 1, name };
}

/** The operator the reference implementation applies: the one written first in the match. */
function operatorIn(matched: string): Operator | undefined {
  let best: Operator | undefined;
  let bestIndex = Infinity;
  for (const op of OPERATORS) {
    const i = matched.indexOf(op);
    if (i >= 0 && i < bestIndex) {
      best = op;
      bestIndex = i;
    }
  }
  return best;
}

/** Index of the `}` closing the first `{`; every `{` opens a level and skips the next character. */
function firstBraceClosingIndex(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "}") {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === "{") {
      open++;
      i++;
    }
  }
  return -1;
}

function toLookupFunction(lookup: Lookup | undefined): (name: string) => string | undefined {
  if (lookup === undefined) return () => undefined;
  if (typeof lookup === "function") return lookup;
  if (lookup instanceof Map) return (name) => lookup.get(name);
  const record = lookup as Readonly<Record<string, string>>;
  return (name) => (Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
}

interface Piece {
  text: string;
  segments: Segment[];
}

class Evaluation {
  readonly references: Reference[] = [];
  readonly missing: string[] = [];
  error?: InterpolationError;

  constructor(readonly lookup: (name: string) => string | undefined) {}

  fail(error: InterpolationError): void {
    if (!this.error) this.error = error;
  }
}

function appendPiece(target: Piece, piece: Piece): void {
  const shift = target.text.length;
  for (const seg of piece.segments) target.segments.push({ ...seg, start: seg.start + shift, end: seg.end + shift });
  target.text += piece.text;
}

function appendRun(target: Piece, kind: Segment["kind"], text: string, sourceStart: number, sourceEnd: number, variables: string[]): void {
  // Empty runs of references are kept: they say which variable an empty field came from.
  if (text === "" && kind === "literal") return;
  const start = target.text.length;
  target.text += text;
  target.segments.push({ kind, start, end: start + text.length, sourceStart, sourceEnd, variables });
}

/**
 * Substitutes `s`, which starts at `base` in the root template. `inOperand` marks text inside a
 * default or presence value, whose literal runs are reported as `default`.
 */
function substitute(s: string, base: number, enclosing: string[], inOperand: boolean, ev: Evaluation): Piece {
  const out: Piece = { text: "", segments: [] };
  const literalKind = inOperand ? "default" : "literal";
  let literalStart = 0;
  let i = 0;
  while (i < s.length) {
    const dollar = s.indexOf("$", i);
    if (dollar < 0) break;
    const m = matchAt(s, dollar);
    if (!m) {
      i = dollar + 1;
      continue;
    }
    appendRun(out, literalKind, s.slice(literalStart, dollar), base + literalStart, base + dollar, enclosing);
    appendPiece(out, replace(s, m, base, enclosing, ev));
    i = m.end;
    literalStart = i;
  }
  appendRun(out, literalKind, s.slice(literalStart), base + literalStart, base + s.length, enclosing);
  return out;
}

/** The replacement of one match (`ReplaceAllStringFunc`'s callback). */
function replace(s: string, m: Match, base: number, enclosing: string[], ev: Evaluation): Piece {
  const out: Piece = { text: "", segments: [] };
  const start = base + m.start;
  if (m.kind === "escaped") {
    appendRun(out, "escape", "$", start, start + 2, enclosing);
    return out;
  }
  if (m.kind === "invalid") {
    ev.fail({ kind: "invalid-template", message: `Invalid template: ${JSON.stringify(s)}`, start, end: base + m.end });
    return out;
  }
  const name = m.name!;
  const inner = [...enclosing, name];
  if (m.kind === "named") {
    ev.references.push({ name, start, end: base + m.end, braced: false, enclosing });
    lookupInto(out, name, start, base + m.end, enclosing, ev);
    return out;
  }

  const matched = s.slice(m.start, m.end);
  const operator = operatorIn(matched);
  const close = firstBraceClosingIndex(matched);
  const head = close < 0 ? matched : matched.slice(0, close + 1);
  const rest = close < 0 ? "" : matched.slice(close + 1);
  const restBase = start + head.length;
  const substitution = head.slice(2, -1);
  const headEnd = start + head.length;

  if (operator === undefined || !substitution.includes(operator)) {
    ev.references.push({ name: substitution, start, end: headEnd, braced: true, enclosing });
    lookupInto(out, substitution, start, headEnd, enclosing, ev);
    return out;
  }

  // The operator directly follows the name: the name holds none of the operator characters.
  const argStart = start + 2 + name.length + operator.length;
  const argument = substitution.slice(name.length + operator.length);
  ev.references.push({
    name,
    start,
    end: headEnd,
    braced: true,
    operator,
    argument: { text: argument, start: argStart, end: argStart + argument.length },
    enclosing,
  });
  const value = ev.lookup(name);
  switch (operator) {
    case ":-":
    case "-": {
      const absent = value === undefined || (operator === ":-" && value === "");
      if (absent) appendPiece(out, substitute(argument, argStart, inner, true, ev));
      else appendRun(out, "value", value, start, headEnd, inner);
      break;
    }
    case ":+":
    case "+": {
      const present = value !== undefined && (operator === "+" || value !== "");
      if (present) appendPiece(out, substitute(argument, argStart, inner, true, ev));
      else appendRun(out, "value", value ?? "", start, headEnd, inner);
      break;
    }
    case ":?":
    case "?": {
      const missing = value === undefined || (operator === ":?" && value === "");
      if (missing) {
        // The message is only evaluated when needed (compose does not warn about its variables otherwise).
        const reason = substitute(argument, argStart, inner, true, ev).text;
        ev.fail({
          kind: "missing-required",
          message: reason ? `required variable ${name} is missing a value: ${reason}` : `required variable ${name} is missing a value`,
          variable: name,
          reason,
          start,
          end: headEnd,
        });
        appendRun(out, "unresolved", "", start, headEnd, inner);
      } else {
        appendRun(out, "value", value, start, headEnd, inner);
      }
      break;
    }
  }
  // Text after the first balanced `}` that the greedy operand swallowed is substituted on its own.
  if (rest) appendPiece(out, substitute(rest, restBase, enclosing, false, ev));
  return out;
}

function lookupInto(out: Piece, name: string, start: number, end: number, enclosing: string[], ev: Evaluation): void {
  const value = ev.lookup(name);
  if (value === undefined) {
    ev.missing.push(name);
    appendRun(out, "unresolved", "", start, end, [...enclosing, name]);
  } else {
    appendRun(out, "value", value, start, end, [...enclosing, name]);
  }
}

/**
 * Interpolates `template` as compose does. Unset variables are those the lookup does not know
 * (undefined); a variable set to "" is set but empty. Never throws: errors are reported in `error`.
 */
export function interpolate(template: string, lookup?: Lookup): Interpolation {
  const ev = new Evaluation(toLookupFunction(lookup));
  const piece = substitute(template, 0, [], false, ev);
  const result: Interpolation = {
    template,
    value: piece.text,
    segments: piece.segments,
    references: ev.references,
    missing: ev.missing,
  };
  if (ev.error) result.error = ev.error;
  return result;
}

function isOneToOne(seg: Segment): boolean {
  return seg.kind === "literal" || seg.kind === "default";
}

/**
 * Traces the output range `[start, end)` back to the template: the template range it came from,
 * the variables involved, and whether a default or an unresolved variable played a part.
 * A range inside a default maps to the default's exact characters; a range inside a variable's
 * value maps to the whole reference.
 */
export function traceOutput(result: Interpolation, start: number, end: number): Trace {
  const trace: Trace = { start: -1, end: -1, variables: [], fromDefault: false, fromValue: false, unresolved: false };
  if (start === end) {
    // An empty range stands for the references that produced nothing there (`$IP` in `$IP:8000:80`).
    for (const seg of result.segments) {
      if (seg.start !== start || seg.end !== start) continue;
      if (seg.kind === "unresolved") trace.unresolved = true;
      if (seg.kind === "default") trace.fromDefault = true;
      for (const v of seg.variables) if (!trace.variables.includes(v)) trace.variables.push(v);
      if (trace.start < 0 || seg.sourceStart < trace.start) trace.start = seg.sourceStart;
      if (seg.sourceEnd > trace.end) trace.end = seg.sourceEnd;
    }
    if (trace.start >= 0) return trace;
  }
  for (const seg of result.segments) {
    if (seg.start === seg.end && seg.kind !== "unresolved") continue;
    if (seg.kind === "unresolved") {
      if (seg.start >= start && seg.start <= end) {
        trace.unresolved = true;
        for (const v of seg.variables) if (!trace.variables.includes(v)) trace.variables.push(v);
      }
      continue;
    }
    const overlaps = start === end ? seg.start <= start && start < seg.end : seg.start < end && start < seg.end;
    if (!overlaps) continue;
    for (const v of seg.variables) if (!trace.variables.includes(v)) trace.variables.push(v);
    if (seg.kind === "default") trace.fromDefault = true;
    if (seg.kind === "value") trace.fromValue = true;
    const from = isOneToOne(seg) ? seg.sourceStart + (Math.max(start, seg.start) - seg.start) : seg.sourceStart;
    const to = isOneToOne(seg) ? seg.sourceStart + (Math.min(end, seg.end) - seg.start) : seg.sourceEnd;
    if (trace.start < 0 || from < trace.start) trace.start = from;
    if (to > trace.end) trace.end = to;
  }
  if (trace.start < 0) {
    // Nothing but unresolved references (or an empty output): point at the nearest reference.
    const seg = result.segments.find((s) => s.start >= start && s.start <= end) ?? result.segments.find((s) => s.start >= start);
    trace.start = seg ? seg.sourceStart : Math.min(start, result.template.length);
    trace.end = seg ? seg.sourceEnd : trace.start;
  }
  return trace;
}

/** A variable a template mentions, as compose's `ExtractVariables` reports it. */
export interface Variable {
  name: string;
  defaultValue: string;
  presenceValue: string;
  required: boolean;
}

function extractFromString(s: string, into: Variable[]): void {
  let i = 0;
  while (i < s.length) {
    const dollar = s.indexOf("$", i);
    if (dollar < 0) return;
    const m = matchAt(s, dollar);
    if (!m) {
      i = dollar + 1;
      continue;
    }
    i = m.end;
    if (m.kind === "escaped" || m.kind === "invalid") continue;
    let val = m.name!;
    if (m.kind === "braced") {
      const matched = s.slice(m.start, m.end);
      val = matched.slice(2, -1);
      const close = firstBraceClosingIndex(matched);
      if (close > 0) {
        val = matched.slice(2, close);
        extractFromString(matched.slice(close + 1), into);
      }
    }
    const variable: Variable = { name: val, defaultValue: "", presenceValue: "", required: false };
    let message = "";
    const opAt = val.search(/[^_A-Za-z0-9]/);
    if (opAt > 0) {
      variable.name = val.slice(0, opAt);
      const rest = val.slice(opAt);
      if (rest.startsWith(":?")) (variable.required = true), (message = rest.slice(2));
      else if (rest.startsWith("?")) (variable.required = true), (message = rest.slice(1));
      else if (rest.startsWith(":-")) variable.defaultValue = rest.slice(2);
      else if (rest.startsWith("-")) variable.defaultValue = rest.slice(1);
      else if (rest.startsWith(":+")) variable.presenceValue = rest.slice(2);
      else if (rest.startsWith("+")) variable.presenceValue = rest.slice(1);
    }
    into.push(variable);
    for (const nested of [variable.defaultValue, variable.presenceValue, message]) if (nested) extractFromString(nested, into);
  }
}

/**
 * Every variable a value mentions (strings, and strings nested in arrays and objects), keyed by
 * name. A variable used several times is required if any use requires it, and keeps the first
 * default and presence value written.
 */
export function extractVariables(value: unknown): Map<string, Variable> {
  const found: Variable[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") extractFromString(v, found);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  const result = new Map<string, Variable>();
  for (const v of found) {
    const existing = result.get(v.name);
    if (!existing) {
      result.set(v.name, { ...v });
      continue;
    }
    existing.required ||= v.required;
    if (existing.defaultValue === "") existing.defaultValue = v.defaultValue;
    if (existing.presenceValue === "") existing.presenceValue = v.presenceValue;
  }
  return result;
}

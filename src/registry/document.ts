// A registry file as YAML: parsed once with limits (so alias bombs fail fast), turned into plain
// data, and able to say where any key or value of that data is written (line and column).

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from "yaml";
import { ConfigErrors } from "./errors.js";
import { ConfigError, type Located } from "./model.js";

/** More alias expansions than this in one registry is an attack, not a configuration. */
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface YamlFile {
  /** Repository-relative path, `/` separators. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The document as plain data (aliases and merge keys resolved). */
  data: unknown;
}

/** Parses `text`; YAML syntax errors and alias bombs become one ConfigErrors listing every problem. */
export function parseYamlFile(file: string, text: string): YamlFile {
  // Editors do not count a byte-order mark as a column; neither do we.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, merge: true, prettyErrors: false, uniqueKeys: true });
  const yaml: Omit<YamlFile, "data"> = { file, text: source, doc, lines };
  if (doc.errors.length > 0) {
    throw new ConfigErrors(doc.errors.map((error) => syntaxError(yaml, error.code, error.message, error.pos[0])));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const at = firstAliasOffset(doc) ?? 0;
    const reason =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `too many YAML alias expansions (more than ${MAX_ALIAS_COUNT}); refusing what looks like an alias bomb`
        : `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`;
    const { line, col } = lines.linePos(at);
    throw new ConfigErrors([new ConfigError(reason, file, line, col)]);
  }
  return { ...yaml, data };
}

function syntaxError(yaml: Omit<YamlFile, "data">, code: string, message: string, offset: number): ConfigError {
  // The parser appends " at line L, column C" (and a code frame); we print our own position.
  const plain = message.replace(/ at line \d+, column \d+[\s\S]*$/, "");
  let text: string;
  if (code === "DUPLICATE_KEY") {
    const key = /^[^\s:,\]}]+|^"[^"]*"|^'[^']*'/.exec(yaml.text.slice(offset))?.[0];
    text = key ? `duplicate key ${key.startsWith('"') ? key : JSON.stringify(key.replace(/^'|'$/g, ""))}: each key may appear only once` : "duplicate key: each key may appear only once";
  } else if (code === "MISSING_CHAR" && /quote/.test(plain)) {
    // The parser notices at the end of the file; the user needs the quote that opened the string.
    const quote = plain.includes("'") ? "'" : '"';
    const opening = yaml.text.lastIndexOf(quote, Math.min(offset, yaml.text.length) - 1);
    if (opening >= 0) offset = opening;
    text = `unterminated string: the ${quote} here is never closed`;
  } else if (code === "MULTIPLE_DOCS") {
    text = "a registry is a single YAML document (found a second one after ---)";
  } else {
    text = `YAML syntax error: ${plain}`;
  }
  const { line, col } = yaml.lines.linePos(offset);
  return new ConfigError(text, yaml.file, line, col);
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !node) return;
    if (isAlias(node)) {
      found = node.range?.[0];
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          visit(item.key);
          visit(item.value);
        } else {
          visit(item);
        }
      }
    }
  };
  visit(doc.contents);
  return found;
}

/** Where the key of `path` is written (the whole document for the empty path). */
export function locateKey(yaml: YamlFile, path: readonly PathSegment[]): Located {
  const found = walk(yaml, path);
  return spanOf(yaml, found.key ?? found.value);
}

/** Where the value at `path` is written; its key when the value is empty (`port:`). */
export function locateValue(yaml: YamlFile, path: readonly PathSegment[]): Located {
  const found = walk(yaml, path);
  const value = found.value;
  if (value?.range && value.range[1] > value.range[0]) return spanOf(yaml, value);
  return spanOf(yaml, found.key ?? value);
}

interface Found {
  key?: Node;
  value?: Node;
}

/** Follows `path` as far as the document allows; a segment that is not there stops at its parent. */
function walk(yaml: YamlFile, path: readonly PathSegment[]): Found {
  let found: Found = { value: (yaml.doc.contents ?? undefined) as Node | undefined };
  for (const segment of path) {
    const parent = resolveAlias(yaml, found.value);
    let next: Found | undefined;
    if (isMap(parent)) {
      const pair = findPair(yaml, parent.items as Pair[], String(segment), 0);
      if (pair) next = { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
    } else if (isSeq(parent)) {
      const item = parent.items[Number(segment)];
      if (item !== undefined) next = { value: item as Node };
    }
    if (!next) break;
    found = next;
  }
  return found;
}

function resolveAlias(yaml: YamlFile, node: Node | undefined): Node | undefined {
  for (let hops = 0; isAlias(node) && hops < 10; hops++) node = node.resolve(yaml.doc) as Node | undefined;
  return node;
}

function findPair(yaml: YamlFile, items: readonly Pair[], key: string, depth: number): Pair | undefined {
  for (const pair of items) {
    if (isScalar(pair.key) && !isMergeKey(pair.key.value) && String(pair.key.value) === key) return pair;
  }
  if (depth > 10) return undefined;
  // A key brought in by `<<: *defaults` is written where the anchored mapping is.
  for (const pair of items) {
    if (!isScalar(pair.key) || !isMergeKey(pair.key.value)) continue;
    const source = resolveAlias(yaml, pair.value as Node | undefined);
    const sources = isSeq(source) ? source.items.map((item) => resolveAlias(yaml, item as Node)) : [source];
    for (const map of sources) {
      if (!isMap(map)) continue;
      const inner = findPair(yaml, map.items as Pair[], key, depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

function isMergeKey(value: unknown): boolean {
  return value === "<<" || (typeof value === "symbol" && value.description === "<<");
}

function spanOf(yaml: YamlFile, node: Node | undefined): Located {
  let start = node?.range?.[0];
  let end = node?.range?.[1];
  if (start === undefined || end === undefined) {
    start = 0;
    end = 0;
  }
  // Block collections end after their last line break; a span ends at its last character.
  while (end > start && /\s/.test(yaml.text[end - 1]!)) end--;
  const from = yaml.lines.linePos(start);
  const to = yaml.lines.linePos(end);
  return { file: yaml.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

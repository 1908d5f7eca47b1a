// Reading YAML config files as node trees with positions: one parse per file, and small
// accessors for maps, sequences and the exact digits of a port scalar.

import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from "yaml";
import type { RefCollector } from "./located.js";

export interface YamlStream {
  docs: Document.Parsed[];
}

/**
 * All documents of a stream. Readers walk the node tree and never follow an alias (nor call
 * `toJS`), so an alias bomb costs no more than its text; positions come from node ranges.
 */
export function parseYamlStream(text: string): YamlStream {
  const parsed = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
  return { docs: Array.isArray(parsed) ? parsed : [] };
}

/** The first YAML error of a stream as a `parse-error` problem; true when there was one. */
export function reportYamlErrors(stream: YamlStream, out: RefCollector, what: string): boolean {
  for (const doc of stream.docs) {
    const error = doc.errors[0];
    if (!error) continue;
    const start = error.pos[0];
    out.problem("parse-error", start, Math.max(start + 1, error.pos[1]), `${what}: ${error.message.split("\n")[0]}`);
    return true;
  }
  return false;
}

/** The value under `key` of a map node (keys compare as written, or case-insensitively). */
export function mapGet(node: unknown, key: string, ignoreCase = false): Node | undefined {
  if (!isMap(node)) return undefined;
  const wanted = ignoreCase ? key.toLowerCase() : key;
  for (const pair of node.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (k === undefined) continue;
    if ((ignoreCase ? k.toLowerCase() : k) === wanted) return (pair.value ?? undefined) as Node | undefined;
  }
  return undefined;
}

/** `[key, value]` pairs of a map node with scalar keys. */
export function mapEntries(node: unknown): Array<[string, Node | undefined]> {
  if (!isMap(node)) return [];
  const entries: Array<[string, Node | undefined]> = [];
  for (const pair of node.items) {
    if (isScalar(pair.key)) entries.push([String(pair.key.value), (pair.value ?? undefined) as Node | undefined]);
  }
  return entries;
}

export function seqItems(node: unknown): Node[] {
  return isSeq(node) ? (node.items.filter((item) => item !== null) as Node[]) : [];
}

export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** Offset of a string scalar's content in the file (after the opening quote), when it maps one to one. */
export function stringStart(node: unknown, text: string): number | undefined {
  if (!isScalar(node) || typeof node.value !== "string" || !node.range) return undefined;
  const [start, end] = node.range;
  const raw = text.slice(start, end);
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const body = quoted ? raw.slice(1, -1) : raw;
  // Escapes or folded lines make offsets drift: only accept a body that is the value verbatim.
  if (body !== node.value) return undefined;
  return quoted ? start + 1 : start;
}

/** The digits of an integer (or digit-string) scalar: value and exact offsets in the file. */
export function portScalar(node: unknown, text: string): { start: number; end: number } | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const value = node.value;
  const digits = typeof value === "number" && Number.isInteger(value) ? String(value) : typeof value === "string" && /^\d+$/.test(value) ? value : undefined;
  if (digits === undefined) return undefined;
  const [start, end] = node.range;
  const at = text.slice(start, end).indexOf(digits);
  if (at < 0) return undefined;
  return { start: start + at, end: start + at + digits.length };
}

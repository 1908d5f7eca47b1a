// The source scanner: hard-coded ports in application code, shell scripts and Makefiles.
// Comments never count; each number is judged by the patterns in source/patterns.ts.

import type { Located } from "../../registry/model.js";
import type { PortRef, ScanResult, Scanner } from "../types.js";
import { languageOf, type Language } from "./source/languages.js";
import { lex } from "./source/lexer.js";
import { classify, findEnvAliases, Hints, mayHoldPorts, mayHoldPortsNearNumbers, nextPortNumber, portNumber, type SourceText } from "./source/patterns.js";
import { portRef } from "../port-ref.js";

/** Bumped whenever a pattern changes what it reports; precision labels record it. */
export const SOURCE_SCANNER_VERSION = 3;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function spanOf(file: string, starts: number[], start: number, end: number): Located {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  const column = start - starts[lo]! + 1;
  return { file, line: lo + 1, column, endLine: lo + 1, endColumn: column + (end - start) };
}

/** Scans `text` as `language` (by default the language of `path`). Pure; never throws. */
export function scanSource(path: string, text: string, language: Language | undefined = languageOf(path)): ScanResult {
  if (!language) return { refs: [], problems: [] };
  // Most files mention no port at all: a look at the raw text spares them the lexer.
  if (!mayHoldPorts(text) || !mayHoldPortsNearNumbers(text)) return { refs: [], problems: [] };
  try {
    const lexed = lex(text, language);
    const src: SourceText = {
      lang: language,
      lexed,
      code: lexed.code,
      skel: lexed.skel,
      envAliases: findEnvAliases(lexed.code),
      hints: new Hints(lexed.code),
    };
    const refs: PortRef[] = [];
    let starts: number[] | undefined;
    const { code, hints } = src;
    // Runs of digits, found without a match object each (a file of numbers holds many).
    const digits = /\d+/g;
    for (let s = nextPortNumber(code, digits); s >= 0; s = nextPortNumber(code, digits)) {
      const e = digits.lastIndex;
      // What `classify` first asks: away from every hint word only `host:port` can match, and it
      // needs the `:`.
      if (code.charCodeAt(s - 1) !== 58 && !hints.near(s)) continue;
      const port = portNumber(code, s, e);
      const hit = classify(src, s, e);
      if (!hit) continue;
      starts ??= lineStarts(text);
      const ref = portRef(spanOf(path, starts, s, e), {
        family: "source",
        kind: hit.kind,
        side: hit.side,
        port,
        protocol: hit.protocol ?? "tcp",
        host: hit.host,
        envVar: hit.envVar,
        meta: { pattern: hit.pattern, language },
      });
      if (hit.fromDefault) ref.meta!.fromDefault = true;
      if (hit.dialHost !== undefined) ref.meta!.dialHost = hit.dialHost;
      if (hit.identifier !== undefined) ref.meta!.identifier = hit.identifier;
      refs.push(ref);
    }
    return { refs, problems: [] };
  } catch (error) {
    // A scanner bug must not take the whole check down: report it where the file starts.
    const message = error instanceof Error ? error.message : String(error);
    return {
      refs: [],
      problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `source scanner failed on ${path}: ${message}` }],
    };
  }
}

export const sourceScanner: Scanner = {
  id: "source",
  family: "source",
  matches: (path) => languageOf(path) !== undefined,
  scan: (path, text) => scanSource(path, text),
};

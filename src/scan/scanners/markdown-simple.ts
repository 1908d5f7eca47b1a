// The tree of a Markdown block simple enough to need no parser: a pipe table or a paragraph of
// plain text, without a character that could start any inline construct (code, emphasis, links,
// HTML, escapes, entities). For such a block the parser's tree is known in advance; building it
// directly spares the parser, whose code a one-shot run would otherwise have to compile and warm
// up, for the few port tables and `localhost:NNNN` lines most repositories hold. Anything else
// (and any doubt) returns undefined: the block goes to the parser. A test holds the two to the
// same answers on every Markdown file at hand.

import type { Paragraph, Root, Table, TableCell, TableRow, Text } from "mdast";
import { TextPositions } from "../positions.js";

/** Characters that may start an inline construct or change what text means. */
const INLINE = /[`*_~\\<>[\]!&]/;
/** A paragraph line must not start (after indentation) what could be another block. */
const BLOCK_START = /^(?:[ \t]*(?:[#>=|`~<+*-]|\d{1,9}[.)])|[ \t]{4}|\t)/;
const ROW = /^\|.*\|[ \t]*$/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** Offsets → the parser's points (1-based line and column, and the offset) of one block. */
class Points {
  private readonly positions: TextPositions;
  constructor(text: string) {
    this.positions = new TextPositions(text);
  }
  span(start: number, end: number) {
    return { start: { ...this.positions.at(start), offset: start }, end: { ...this.positions.at(end), offset: end } };
  }
}

export function simpleBlockTree(block: string): Root | undefined {
  if (INLINE.test(block)) return undefined;
  const lines = block.replace(/\r?\n$/, "").split("\n").map((line) => line.replace(/\r$/, ""));
  if (lines.some((line) => /^[ \t]*$/.test(line))) return undefined;
  const points = new Points(block);
  const node = lines.every((line) => ROW.test(line)) ? table(block, lines, points) : paragraph(block, lines, points);
  return node && { type: "root", children: [node], position: points.span(0, block.length) };
}

function paragraph(block: string, lines: string[], points: Points): Paragraph | undefined {
  if (lines.some((line) => BLOCK_START.test(line) || line.includes("|"))) return undefined;
  const start = block.search(/\S/);
  const end = block.replace(/\s+$/, "").length;
  const text: Text = { type: "text", value: block.slice(start, end), position: points.span(start, end) };
  return { type: "paragraph", children: [text], position: points.span(start, end) };
}

/** Cells of a pipe row starting at `offset`: content offsets, trimmed. */
function cells(line: string, offset: number): Array<[number, number]> {
  const last = line.lastIndexOf("|");
  const out: Array<[number, number]> = [];
  let from = 1;
  while (from <= last) {
    const bar = line.indexOf("|", from);
    let s = from;
    let e = bar;
    while (s < e && (line[s] === " " || line[s] === "\t")) s++;
    while (e > s && (line[e - 1] === " " || line[e - 1] === "\t")) e--;
    out.push([offset + s, offset + e]);
    from = bar + 1;
    if (bar === last) break;
  }
  return out;
}

function table(block: string, lines: string[], points: Points): Table | undefined {
  if (lines.length < 2) return undefined;
  const offsets: number[] = [];
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    offsets.push(at);
    at = block.indexOf("\n", at) + 1;
  }
  const header = cells(lines[0]!, offsets[0]!);
  const delimiter = cells(lines[1]!, offsets[1]!).map(([s, e]) => block.slice(s, e));
  if (delimiter.length !== header.length || !delimiter.every((cell) => DELIMITER_CELL.test(cell))) return undefined;
  const align = delimiter.map((cell) => {
    const t = cell.trim();
    return t.startsWith(":") && t.endsWith(":") ? "center" : t.startsWith(":") ? "left" : t.endsWith(":") ? "right" : null;
  });
  const row = (index: number, found: Array<[number, number]>): TableRow => {
    const lineEnd = offsets[index]! + lines[index]!.replace(/[ \t]+$/, "").length;
    const children = found.slice(0, header.length).map(([s, e], i): TableCell => {
      const cellStart = i === 0 ? offsets[index]! : s;
      const next = found[i + 1];
      const cellEnd = next && i + 1 < header.length ? next[0] : lineEnd;
      const content: Text[] = s < e ? [{ type: "text", value: block.slice(s, e), position: points.span(s, e) }] : [];
      return { type: "tableCell", children: content, position: points.span(cellStart, cellEnd) };
    });
    return { type: "tableRow", children, position: points.span(offsets[index]!, lineEnd) };
  };
  const rows = [row(0, header)];
  for (let i = 2; i < lines.length; i++) rows.push(row(i, cells(lines[i]!, offsets[i]!)));
  const end = offsets[lines.length - 1]! + lines[lines.length - 1]!.replace(/[ \t]+$/, "").length;
  return { type: "table", align, children: rows, position: points.span(0, end) };
}

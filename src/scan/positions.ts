// Offsets to positions: 1-based line and column in UTF-16 code units, as editors count them.
// Scanners find ports by offset; every finding is reported by line and column.

import type { Span } from "../registry/model.js";

export class TextPositions {
  private readonly starts: number[] = [0];

  /** `loneCarriageReturn`: also break lines at a CR not followed by LF (Markdown does). */
  constructor(text: string, options: { loneCarriageReturn?: boolean } = {}) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (options.loneCarriageReturn && c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The span of `[start, end)`; an end before the start collapses to the start. */
  span(start: number, end: number): Span {
    const a = this.at(start);
    const b = this.at(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

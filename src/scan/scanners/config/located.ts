// Offsets in a configuration text turned into 1-based spans, and the collector every config
// scanner fills: port refs with the exact span of their digits, and problems instead of throws.

import type { Located, Protocol } from "../../../registry/model.js";
import { TextPositions } from "../../positions.js";
import type { PortRef, RefKind, RefMeta, ScanProblem, ScanResult, Side } from "../../types.js";
import { portRef } from "../../port-ref.js";

/** Offsets of one configuration file to located spans. */
export class LocatedText {
  private readonly positions: TextPositions;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.positions = new TextPositions(text);
  }

  /** The span of `[start, end)` (end exclusive). */
  span(start: number, end: number): Located {
    return { file: this.file, ...this.positions.span(start, end) };
  }
}

export interface PortFields {
  kind: RefKind;
  side?: Side;
  protocol?: Protocol;
  host?: string;
  envVar?: string;
  name?: string;
  meta?: RefMeta;
  portEnd?: number;
}

const DIGITS = /^\d+$/;

/** Collects refs and problems for one file; positions are offsets into the original text. */
export class RefCollector {
  readonly refs: PortRef[] = [];
  readonly problems: ScanProblem[] = [];
  readonly positions: LocatedText;

  constructor(file: string, readonly text: string) {
    this.positions = new LocatedText(file, text);
  }

  /**
   * A port whose digits are `text[start, end)`. Port 0 ("pick any free port", "TCP disabled")
   * is no reference; numbers above 65535 become `invalid-port` problems.
   */
  port(start: number, end: number, fields: PortFields): PortRef | undefined {
    const digits = this.text.slice(start, end);
    if (!DIGITS.test(digits)) return undefined;
    const port = Number(digits);
    if (port === 0) return undefined;
    const at = this.positions.span(start, end);
    if (port > 65535) {
      this.problems.push({ ...at, kind: "invalid-port", message: `${digits} is not a valid port (1-65535)` });
      return undefined;
    }
    const ref = portRef(at, {
      family: "config",
      kind: fields.kind,
      side: fields.side ?? "host",
      port,
      protocol: fields.protocol ?? "tcp",
      portEnd: fields.portEnd,
      host: fields.host,
      envVar: fields.envVar,
      name: fields.name,
      meta: fields.meta !== undefined && Object.keys(fields.meta).length > 0 ? fields.meta : undefined,
    });
    this.refs.push(ref);
    return ref;
  }

  problem(kind: ScanProblem["kind"], start: number, end: number, message: string): void {
    this.problems.push({ ...this.positions.span(start, end), kind, message });
  }

  result(): ScanResult {
    return { refs: this.refs, problems: this.problems };
  }
}

/** The result of a scanner that met something it cannot read at all: one problem, no refs. */
export function failedScan(file: string, error: unknown): ScanResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    refs: [],
    problems: [
      { file, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `could not scan ${file}: ${message}` },
    ],
  };
}

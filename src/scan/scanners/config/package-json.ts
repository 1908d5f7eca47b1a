// package.json `scripts`: dev servers started with a port (`next dev -p 3001`, `vite --port 5173`,
// `PORT=3001 node server.js`). Positions are exact in the original JSON text, escapes included.

import type { Scanner, ScanResult } from "../../types.js";
import { portsInCommand } from "./command-line.js";
import { failedScan, RefCollector } from "./located.js";

interface JsonString {
  type: "string";
  value: string;
  /** offsets[k]: where the source of value[k] starts (a backslash for escapes). */
  offsets: number[];
}
interface JsonObject {
  type: "object";
  entries: Array<{ key: JsonString; value: JsonValue }>;
}
type JsonValue = JsonString | JsonObject | { type: "other" };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** A small JSON reader that keeps source offsets for strings; anything malformed is a JsonSyntaxError. */
class JsonReader {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): JsonValue {
    const value = this.value();
    this.space();
    if (this.pos < this.text.length) this.fail("unexpected text after the JSON value");
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, Math.min(this.pos, this.text.length));
  }

  private space(): void {
    while (this.pos < this.text.length && /[ \t\r\n]/.test(this.text[this.pos]!)) this.pos++;
  }

  private value(): JsonValue {
    this.space();
    const ch = this.text[this.pos];
    if (ch === "{") return this.object();
    if (ch === "[") return this.array();
    if (ch === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!literal) this.fail(ch === undefined ? "unexpected end of JSON" : `unexpected character ${JSON.stringify(ch)}`);
    this.pos += literal[0].length;
    return { type: "other" };
  }

  private nest(): void {
    if (++this.depth > 512) this.fail("JSON nested too deeply");
  }

  private object(): JsonObject {
    this.nest();
    this.pos++;
    const entries: JsonObject["entries"] = [];
    this.space();
    if (this.text[this.pos] === "}") {
      this.pos++;
      this.depth--;
      return { type: "object", entries };
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail("expected a property name in double quotes");
      const key = this.string();
      this.space();
      if (this.text[this.pos] !== ":") this.fail("expected ':' after a property name");
      this.pos++;
      entries.push({ key, value: this.value() });
      this.space();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "}") break;
      if (next !== ",") {
        this.pos--;
        this.fail("expected ',' or '}'");
      }
    }
    this.depth--;
    return { type: "object", entries };
  }

  private array(): JsonValue {
    this.nest();
    this.pos++;
    this.space();
    if (this.text[this.pos] === "]") {
      this.pos++;
      this.depth--;
      return { type: "other" };
    }
    for (;;) {
      this.value();
      this.space();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "]") break;
      if (next !== ",") {
        this.pos--;
        this.fail("expected ',' or ']'");
      }
    }
    this.depth--;
    return { type: "other" };
  }

  private string(): JsonString {
    this.pos++;
    let value = "";
    const offsets: number[] = [];
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined || ch === "\n") this.fail("unterminated string");
      if (ch === '"') {
        this.pos++;
        return { type: "string", value, offsets };
      }
      if (ch === "\\") {
        const esc = this.text[this.pos + 1];
        if (esc === "u") {
          const hex = this.text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad \\u escape");
          value += String.fromCharCode(parseInt(hex, 16));
          offsets.push(this.pos);
          this.pos += 6;
        } else if (esc !== undefined && esc in ESCAPES) {
          value += ESCAPES[esc];
          offsets.push(this.pos);
          this.pos += 2;
        } else this.fail("bad escape");
      } else {
        value += ch;
        offsets.push(this.pos);
        this.pos++;
      }
    }
  }
}

function get(node: JsonValue, key: string): JsonValue | undefined {
  if (node.type !== "object") return undefined;
  // Like JSON.parse, the last duplicate wins.
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key.value === key) return node.entries[i]!.value;
  return undefined;
}

function scanPackageText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  let root: JsonValue;
  try {
    root = new JsonReader(text).document();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    out.problem("parse-error", error.at, error.at + 1, `invalid JSON in package.json: ${error.message}`);
    return out.result();
  }
  const nameNode = get(root, "name");
  const packageName = nameNode?.type === "string" ? nameNode.value.replace(/^@[^/]+\//, "") : undefined;
  const scripts = get(root, "scripts");
  if (scripts?.type !== "object") return out.result();
  for (const { key, value } of scripts.entries) {
    if (value.type !== "string") continue;
    for (const p of portsInCommand(value.value, { shellComments: true })) {
      const start = value.offsets[p.start]!;
      const end = value.offsets[p.end - 1]! + 1;
      // Digits written with escapes cannot be pointed at exactly; no real script does that.
      if (end - start !== p.end - p.start) continue;
      const meta: Record<string, unknown> = { script: key.value, flag: p.via };
      if (p.dialHost !== undefined) meta.dialHost = p.dialHost;
      if (p.fromDefault) meta.fromDefault = true;
      out.port(start, end, {
        kind: p.kind,
        side: p.side,
        host: p.host,
        envVar: p.envVar,
        protocol: p.protocol,
        portEnd: p.portEnd,
        name: p.kind === "dial" ? undefined : packageName,
        meta,
      });
    }
  }
  return out.result();
}

export function scanPackageJson(path: string, text: string): ScanResult {
  try {
    return scanPackageText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

export const packageJsonScanner: Scanner = {
  id: "config/package-json",
  family: "config",
  matches: (path) => /(?:^|\/)package\.json$/.test(path) && !/(?:^|\/)node_modules\//.test(path),
  scan: scanPackageJson,
};

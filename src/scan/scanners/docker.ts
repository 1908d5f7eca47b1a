// The docker family: Dockerfiles and Containerfiles. EXPOSE, port variables set by ENV/ARG, and
// ports that CMD, ENTRYPOINT and HEALTHCHECK listen on or dial — all container-side.

import type { Located, Protocol } from "../../registry/model.js";
import type { PortRef, RefKind, RefMeta, ScanProblem, ScanResult, Scanner } from "../types.js";
import { findValuePorts, portVariableKind } from "./env.js";
import { TextPositions } from "../positions.js";
import { portRef } from "../port-ref.js";

export function isDockerfile(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (lower === "dockerfile" || lower === "containerfile") return true;
  // `Dockerfile.dev`, `Dockerfile.prod` — but not `Dockerfile.md` notes or `.dockerignore` files.
  if (/^(?:dockerfile|containerfile)\.[\w.-]+$/i.test(base)) return !/\.(?:md|txt|dockerignore|bak|orig|swp)$/i.test(base);
  return lower.endsWith(".dockerfile") || lower.endsWith(".containerfile");
}

// ---------------------------------------------------------------------------------------------
// Text with provenance. Every character remembers where in the file it was written, so a port
// that reaches EXPOSE through `$PORT` is reported at the digits of `ARG PORT=8000`.

interface Ch {
  c: string;
  /** Offset in the file where this character is written. */
  at: number;
  /** The variable this character was substituted from (`$PORT` → "PORT"). */
  via?: string;
  /** It came from a `${VAR:-default}` default. */
  dflt?: boolean;
}
type Chars = Ch[];

const textOf = (chars: Chars): string => chars.map((ch) => ch.c).join("");


// ---------------------------------------------------------------------------------------------
// Logical lines: parser directives, comments, line continuations and heredocs.

interface Instruction {
  keyword: string;
  /** The arguments after the keyword, continuation lines joined, comment lines inside dropped. */
  args: Chars;
  /** First and one-past-last offsets of the instruction in the file. */
  start: number;
  end: number;
}

interface PhysicalLine {
  start: number;
  /** Without the line break (and without a trailing `\r`). */
  text: string;
}

function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    lines.push({ start, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const HEREDOC_INSTRUCTIONS = new Set(["RUN", "COPY", "ADD"]);

/** Where a heredoc ends: the first line at or after `from` that is exactly the delimiter. */
class HeredocTerminators {
  private exact?: Map<string, number[]>;
  private tabStripped?: Map<string, number[]>;
  constructor(private readonly lines: PhysicalLine[]) {}

  find(delimiter: string, stripTabs: boolean, from: number): number | undefined {
    // One index of all lines, built on first use, keeps files full of `<<EOF` linear.
    const index = stripTabs ? (this.tabStripped ??= this.build(true)) : (this.exact ??= this.build(false));
    const candidates = index.get(delimiter);
    if (!candidates) return undefined;
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return candidates[lo];
  }

  private build(stripTabs: boolean): Map<string, number[]> {
    const index = new Map<string, number[]>();
    this.lines.forEach((line, i) => {
      const key = stripTabs ? line.text.replace(/^\t+/, "") : line.text;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    });
    return index;
  }
}

interface Parsed {
  /** The escape character (`# escape=\`` on Windows images), for line continuations and words. */
  escape: string;
  list: Instruction[];
}

function instructions(text: string): Parsed {
  const lines = physicalLines(text.startsWith("\uFEFF") ? " " + text.slice(1) : text);
  const result: Instruction[] = [];
  const terminators = new HeredocTerminators(lines);
  let escape = "\\";
  let directives = true;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (directives) {
      const directive = DIRECTIVE.exec(trimmed);
      if (directive) {
        if (directive[1]!.toLowerCase() === "escape" && (directive[2] === "`" || directive[2] === "\\")) escape = directive[2];
        i++;
        continue;
      }
      directives = false;
    }
    if (trimmed === "" || trimmed.startsWith("#")) {
      i++;
      continue;
    }
    // Join continuation lines; comment and blank lines inside an instruction are dropped.
    const chars: Chars = [];
    let end = line.start + line.text.length;
    for (;;) {
      const current = lines[i]!;
      i++;
      const content = current.text.replace(/[ \t]+$/, "");
      const continued = content.endsWith(escape);
      const body = continued ? content.slice(0, -1) : current.text;
      for (let k = 0; k < body.length; k++) chars.push({ c: body[k]!, at: current.start + k });
      end = current.start + current.text.length;
      if (!continued) break;
      while (i < lines.length && /^\s*(#.*)?$/.test(lines[i]!.text)) i++;
      // Docker joins continuation lines without a separator.
      if (i >= lines.length) break;
    }
    let k = 0;
    while (k < chars.length && /\s/.test(chars[k]!.c)) k++;
    let w = k;
    while (w < chars.length && /[A-Za-z]/.test(chars[w]!.c)) w++;
    const keyword = textOf(chars.slice(k, w)).toUpperCase();
    result.push({ keyword, args: chars.slice(w), start: line.start + k, end });

    // Heredoc bodies (`RUN <<EOF … EOF`) are not instructions. When a delimiter never shows up,
    // the `<<` was not a heredoc and the following lines are read normally.
    if (HEREDOC_INSTRUCTIONS.has(keyword)) {
      const argsText = textOf(chars.slice(w));
      HEREDOC.lastIndex = 0;
      let next = i;
      for (let m = HEREDOC.exec(argsText); m; m = HEREDOC.exec(argsText)) {
        const j = terminators.find(m[3]!, m[1] === "-", next);
        if (j === undefined) break;
        next = j + 1;
      }
      i = next;
    }
  }
  return { escape, list: result };
}

// ---------------------------------------------------------------------------------------------
// Words: Dockerfile words (ENV, ARG, EXPOSE, with build-time substitution) and shell words
// (CMD, ENTRYPOINT and HEALTHCHECK in shell form, with the image's runtime ENV).

type Lookup = (name: string) => Chars | undefined;

interface LexOptions {
  escape: string;
  lookup: Lookup;
  /** Keep `$NAME` as written when the variable is unknown (runtime), or drop it (build time). */
  keepUnknown: boolean;
  /** Split on blanks; false reads the whole input as one word (legacy `ENV KEY value with spaces`). */
  split: boolean;
  /** Treat `&& || ; | &` as command separators (null entries). */
  operators: boolean;
  /** How deep inside `${…:-…}` operands this call is. */
  depth?: number;
}

const NAME_AT = /^[A-Za-z_][A-Za-z0-9_]*/;

/** `target.push(...items)` without the argument-count limit a spread hits on long inputs. */
function append(target: Chars, items: Chars): void {
  for (const item of items) target.push(item);
}

/** Deeper `${A:-${B:-…}}` nesting than this is read as written rather than substituted. */
const MAX_NESTING = 32;

function tag(chars: Chars, via: string, dflt?: boolean): Chars {
  return chars.map((ch) => ({ ...ch, via, ...(dflt || ch.dflt ? { dflt: true } : {}) }));
}

/**
 * Splits `input` into words, removing quotes and escapes and substituting `$NAME`, `${NAME}`,
 * `${NAME:-default}`, `${NAME-default}`, `${NAME:+alt}`, `${NAME+alt}`. Null marks a command
 * separator when `operators` is set.
 */
function lex(input: Chars, options: LexOptions): Array<Chars | null> {
  const words: Array<Chars | null> = [];
  let word: Chars = [];
  let inWord = false;
  const flush = () => {
    if (inWord) words.push(word);
    word = [];
    inWord = false;
  };
  let i = 0;
  const substitute = (start: number): number => {
    // `input[start]` is `$`; returns the index after what was consumed.
    const next = input[start + 1]?.c;
    if (next === "{") {
      let depth = 0;
      let close = -1;
      for (let k = start + 1; k < input.length; k++) {
        if (input[k]!.c === "{") depth++;
        else if (input[k]!.c === "}" && --depth === 0) {
          close = k;
          break;
        }
      }
      if (close < 0) {
        append(word, input.slice(start));
        return input.length;
      }
      const inner = input.slice(start + 2, close);
      const innerText = textOf(inner);
      const name = NAME_AT.exec(innerText)?.[0];
      if (!name || (options.depth ?? 0) >= MAX_NESTING) {
        append(word, input.slice(start, close + 1));
        return close + 1;
      }
      const rest = innerText.slice(name.length);
      const value = options.lookup(name);
      const operator = /^(:?[-+?])/.exec(rest)?.[1];
      const operand = () => {
        const words = lex(inner.slice(name.length + operator!.length), { ...options, split: false, operators: false, depth: (options.depth ?? 0) + 1 });
        return (words[0] ?? []) as Chars;
      };
      if (rest === "") {
        if (value) append(word, tag(value, name));
        else if (options.keepUnknown) append(word, input.slice(start, close + 1));
      } else if (operator === ":-" || operator === "-") {
        const useDefault = operator === ":-" ? !value || value.length === 0 : value === undefined;
        if (useDefault) append(word, tag(operand(), name, true));
        else append(word, tag(value!, name));
      } else if (operator === ":+" || operator === "+") {
        const present = operator === ":+" ? value !== undefined && value.length > 0 : value !== undefined;
        if (present) append(word, operand());
      } else if (value) {
        append(word, tag(value, name));
      } else if (options.keepUnknown) {
        append(word, input.slice(start, close + 1));
      }
      inWord = true;
      return close + 1;
    }
    const rest = textOf(input.slice(start + 1, start + 65));
    const name = NAME_AT.exec(rest)?.[0];
    if (!name) {
      word.push(input[start]!);
      inWord = true;
      return start + 1;
    }
    const value = options.lookup(name);
    if (value) append(word, tag(value, name));
    else if (options.keepUnknown) append(word, input.slice(start, start + 1 + name.length));
    inWord = true;
    return start + 1 + name.length;
  };

  while (i < input.length) {
    const ch = input[i]!;
    if (options.split && /\s/.test(ch.c)) {
      flush();
      i++;
      continue;
    }
    if (options.operators && /[;&|]/.test(ch.c)) {
      flush();
      if (words[words.length - 1] !== null) words.push(null);
      i += input[i + 1]?.c === ch.c ? 2 : 1;
      continue;
    }
    if (ch.c === options.escape) {
      if (i + 1 < input.length) word.push(input[i + 1]!);
      inWord = true;
      i += 2;
      continue;
    }
    if (ch.c === "'") {
      inWord = true;
      const close = input.findIndex((c, k) => k > i && c.c === "'");
      const end = close < 0 ? input.length : close;
      append(word, input.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (ch.c === '"') {
      inWord = true;
      i++;
      while (i < input.length && input[i]!.c !== '"') {
        const inner = input[i]!;
        if (inner.c === options.escape && i + 1 < input.length && /["\\$`]/.test(input[i + 1]!.c)) {
          word.push(input[i + 1]!);
          i += 2;
        } else if (inner.c === "$") {
          i = substitute(i);
        } else {
          word.push(inner);
          i++;
        }
      }
      i++;
      continue;
    }
    if (ch.c === "$") {
      i = substitute(i);
      continue;
    }
    word.push(ch);
    inWord = true;
    i++;
  }
  flush();
  return words;
}

/** `["a", "b"]` with each element's characters mapped to the file; undefined when not a JSON string array. */
function execForm(args: Chars): Chars[] | undefined {
  let i = 0;
  const skip = () => {
    while (i < args.length && /\s/.test(args[i]!.c)) i++;
  };
  skip();
  if (args[i]?.c !== "[") return undefined;
  i++;
  const elements: Chars[] = [];
  skip();
  if (args[i]?.c === "]") {
    i++;
    skip();
    return i === args.length ? elements : undefined;
  }
  for (;;) {
    skip();
    if (args[i]?.c !== '"') return undefined;
    i++;
    const element: Chars = [];
    for (;;) {
      const ch = args[i];
      if (!ch) return undefined;
      if (ch.c === '"') break;
      if (ch.c === "\\") {
        const next = args[i + 1]?.c;
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (next !== undefined && simple[next] !== undefined) {
          element.push({ c: simple[next]!, at: ch.at });
          i += 2;
          continue;
        }
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(textOf(args.slice(i + 2, i + 6)))) {
          element.push({ c: String.fromCharCode(parseInt(textOf(args.slice(i + 2, i + 6)), 16)), at: ch.at });
          i += 6;
          continue;
        }
        return undefined;
      }
      element.push(ch);
      i++;
    }
    i++;
    elements.push(element);
    skip();
    if (args[i]?.c === ",") {
      i++;
      continue;
    }
    if (args[i]?.c !== "]") return undefined;
    i++;
    skip();
    return i === args.length ? elements : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Commands: which flags and arguments are ports.

/** Flags whose value is a port: `--port`, `-p`, `-port` (Go), `--http-port`, `-Dserver.port`. */
const PORT_FLAG = /^(?:(?:http|https|listen|server|web|api|grpc|app|admin|metrics|ui|console|dashboard|jetty\.http|jetty|management\.server)[-._])?port$/;
/** Flags whose value is an address to bind: `--bind`, `-b`, `--listen`, `--console-address`, `--web.listen-address`. */
const BIND_FLAG = /^(?:b|bind|listen|addr|address|[\w.]+[-.](?:listen-address|listen-addr|address|addr|bind|listen))$/;
/** Flags whose value is the host the command listens on or dials: `--host 0.0.0.0`, `-H`, `--ip`. */
const HOST_FLAG = /^(?:host|hostname|h|ip|bind|b|listen-host|http-host|server\.address|address)$/;
/** Programs that dial rather than listen, so their `-p`/`--port` is a port they connect to. */
const CLIENTS = new Set([
  "curl", "wget", "nc", "netcat", "ncat", "redis-cli", "psql", "pg_isready", "mysql", "mysqladmin", "mongo",
  "mongosh", "ssh", "telnet", "grpc_health_probe", "grpcurl", "http", "wait-for-it", "wait-for-it.sh", "dockerize",
]);
/** Programs whose `-p` is not a port (`mkdir -p`, `cp -p`, `tar -p`…). */
const P_IS_NOT_PORT = new Set([
  "mkdir", "cp", "mv", "install", "ln", "tar", "unzip", "patch", "rsync", "perl", "ruby", "ssh-keygen",
  "xargs", "ps", "pgrep", "pkill", "ulimit", "read", "chmod", "chown", "git", "pip", "pip3", "npm", "yarn",
]);
/** Commands that run the next word as the program. */
const WRAPPERS = new Set(["exec", "sudo", "env", "nohup", "gosu", "su-exec", "tini", "dumb-init", "time", "--"]);
const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh"]);
const IP_OR_LOCAL = /^(?:localhost|0\.0\.0\.0|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[0-9a-fA-F:]*\]|::1?|\*)$/;
const ALL_INTERFACES = /^(?:0\.0\.0\.0|\[::\]|::|\*|)$/;

interface Flag {
  name: string;
  dashes: number;
  /** Characters of an inline `=value`, if any. */
  inline?: Chars;
}

function flagOf(word: Chars): Flag | undefined {
  const text = textOf(word);
  const java = /^-D([\w.-]+)=/.exec(text);
  if (java) return { name: java[1]!.toLowerCase(), dashes: 1, inline: word.slice(java[0].length) };
  const m = /^(-{1,2})([A-Za-z][\w.-]*)(=)?/.exec(text);
  if (!m) return undefined;
  const name = m[2]!;
  // Short options are case-sensitive (`-p` port, `-P` something else); long ones are not.
  const normal = name.length === 1 ? name : name.toLowerCase();
  return { name: normal, dashes: m[1]!.length, ...(m[3] ? { inline: word.slice(m[0].length) } : {}) };
}

function isPortFlag(flag: Flag): boolean {
  if (flag.name === "p") return flag.dashes === 1;
  if (flag.name.length === 1) return false;
  return PORT_FLAG.test(flag.name);
}

function isBindFlag(flag: Flag): boolean {
  if (flag.name === "b") return flag.dashes === 1;
  if (flag.name.length === 1) return false;
  return BIND_FLAG.test(flag.name);
}

function isHostFlag(flag: Flag): boolean {
  if (flag.name.length === 1) return flag.dashes === 1 && ["h", "H", "b"].includes(flag.name);
  return HOST_FLAG.test(flag.name);
}

/** `8000`, `:8000`, `0.0.0.0:8000`, `[::]:8000`, `localhost:8000`: host (undefined when absent) and port offsets. */
function splitAddress(text: string): { host?: string; portStart: number; portEnd: number } | undefined {
  const m = /^(?:(\[[0-9a-fA-F:.]*\]|[\w.*-]*):)?(\d+)$/.exec(text);
  if (!m) return undefined;
  const host = m[1];
  const portStart = text.length - m[2]!.length;
  return { ...(host !== undefined ? { host } : {}), portStart, portEnd: text.length };
}

function unbracket(host: string): string {
  return host.replace(/^\[(.*)\]$/, "$1");
}

// ---------------------------------------------------------------------------------------------

interface Stage {
  env: Map<string, Chars>;
  args: Map<string, Chars>;
}

class DockerScan {
  readonly refs: PortRef[] = [];
  readonly problems: ScanProblem[] = [];
  private readonly positions: TextPositions;
  private globalArgs = new Map<string, Chars>();
  private stage: Stage | undefined;
  private readonly stages = new Map<string, Stage>();
  /** The instruction being read: refs only point inside it, or at a variable's definition (EXPOSE). */
  private current: Instruction | undefined;

  constructor(
    private readonly file: string,
    text: string,
    private readonly escape: string,
  ) {
    this.positions = new TextPositions(text);
  }

  private located(start: number, end: number): Located {
    const a = this.positions.at(start);
    const b = this.positions.at(Math.max(start, end));
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The span of `chars` when they are written contiguously in the file; undefined otherwise. */
  private spanOf(chars: Chars): Located | undefined {
    if (chars.length === 0) return undefined;
    for (let k = 1; k < chars.length; k++) if (chars[k]!.at !== chars[k - 1]!.at + 1) return undefined;
    return this.located(chars[0]!.at, chars[chars.length - 1]!.at + 1);
  }

  private inside(chars: Chars): boolean {
    const instruction = this.current!;
    return chars.every((ch) => ch.at >= instruction.start && ch.at < instruction.end);
  }

  /** Build-time variables: ENV wins over ARG, as in Docker. */
  private buildLookup: Lookup = (name) => this.stage?.env.get(name) ?? (this.stage ? this.stage.args.get(name) : this.globalArgs.get(name));
  /** What a running container sees: only ENV. */
  private runtimeLookup: Lookup = (name) => this.stage?.env.get(name);

  private lex(args: Chars, lookup: Lookup, split = true): Chars[] {
    return lex(args, { escape: this.escape, lookup, keepUnknown: false, split, operators: false }).filter((w): w is Chars => w !== null);
  }

  private addRef(
    digits: Chars,
    fields: { kind: RefKind; protocol?: Protocol; host?: string; envVar?: string; meta?: RefMeta; portEnd?: Chars },
    outside = false,
  ): void {
    const last = fields.portEnd ?? digits;
    const whole = fields.portEnd ? [...digits, ...this.between(digits, fields.portEnd)] : digits;
    if (!outside && !this.inside(whole)) return;
    const span = this.spanOf(whole) ?? this.spanOf(digits);
    if (!span) return;
    const port = Number(textOf(digits));
    const portEnd = fields.portEnd ? Number(textOf(last)) : undefined;
    if (port > 65535 || (portEnd !== undefined && (portEnd > 65535 || portEnd < port))) {
      const written = fields.portEnd ? `${textOf(digits)}-${textOf(last)}` : textOf(digits);
      this.problems.push({ ...span, kind: "invalid-port", message: `${written} is not a valid port (1-65535)` });
      return;
    }
    if (port === 0) return;
    const via = digits[0]!.via;
    const envVar = fields.envVar ?? (via && digits.every((ch) => ch.via === via) ? via : undefined);
    const meta: RefMeta = { ...fields.meta };
    if (digits.some((ch) => ch.dflt)) meta.fromDefault = true;
    this.refs.push(
      portRef(span, {
        family: "docker",
        kind: fields.kind,
        side: "container",
        port,
        portEnd,
        protocol: fields.protocol ?? "tcp",
        host: fields.host,
        envVar: envVar || undefined,
        meta: Object.keys(meta).length > 0 ? meta : undefined,
      }),
    );
  }

  /** The characters written between two runs (the `-` of a range), when contiguous. */
  private between(a: Chars, b: Chars): Chars {
    const from = a[a.length - 1]!.at + 1;
    const to = b[0]!.at;
    if (to - from !== 1) return b;
    return [{ c: "-", at: from }, ...b];
  }

  run(list: Instruction[]): void {
    for (const instruction of list) {
      this.current = instruction;
      switch (instruction.keyword) {
        case "FROM":
          this.from(instruction.args);
          break;
        case "ARG":
          this.arg(instruction.args);
          break;
        case "ENV":
          this.env(instruction.args);
          break;
        case "EXPOSE":
          this.expose(instruction.args);
          break;
        case "CMD":
        case "ENTRYPOINT":
          this.command(instruction.args, "listen");
          break;
        case "HEALTHCHECK":
          this.healthcheck(instruction.args);
          break;
      }
    }
  }

  private from(args: Chars): void {
    const words = this.lex(args, (name) => this.globalArgs.get(name)).map(textOf).filter((w) => !w.startsWith("--"));
    const base = this.stages.get((words[0] ?? "").toLowerCase());
    // A stage built on an earlier stage inherits its environment.
    this.stage = { env: new Map(base?.env ?? []), args: new Map() };
    if (words[1]?.toLowerCase() === "as" && words[2]) this.stages.set(words[2].toLowerCase(), this.stage);
  }

  private arg(args: Chars): void {
    for (const word of this.lex(args, this.buildLookup)) {
      const eq = word.findIndex((ch) => ch.c === "=");
      const name = textOf(eq < 0 ? word : word.slice(0, eq));
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const scope = this.stage ? this.stage.args : this.globalArgs;
      if (eq < 0) {
        // `ARG PORT` inside a stage brings the global default into scope.
        const global = this.globalArgs.get(name);
        if (this.stage && global) scope.set(name, global);
        continue;
      }
      const value = word.slice(eq + 1);
      scope.set(name, value);
      this.assign(name, value);
    }
  }

  private env(args: Chars): void {
    const text = textOf(args);
    const first = /^\s*([^\s=]+)(=?)/.exec(text);
    if (!first) return;
    if (!first[2]) {
      // Legacy `ENV NAME value with spaces`: one pair, the value is the rest of the line.
      const afterName = first[0].length;
      let k = afterName;
      while (k < args.length && /\s/.test(args[k]!.c)) k++;
      const value = this.lex(args.slice(k), this.buildLookup, false)[0] ?? [];
      this.setEnv(first[1]!, value);
      return;
    }
    for (const word of this.lex(args, this.buildLookup)) {
      const eq = word.findIndex((ch) => ch.c === "=");
      if (eq <= 0) continue;
      this.setEnv(textOf(word.slice(0, eq)), word.slice(eq + 1));
    }
  }

  private setEnv(name: string, value: Chars): void {
    if (!this.stage) this.stage = { env: new Map(), args: new Map() };
    this.stage.env.set(name, value);
    if (this.assign(name, value)) return;
    // Option strings (`JAVA_OPTS="-agentlib:jdwp=…address=*:5005"`) and URLs the image will dial.
    this.tokens(splitBlanks(value), "listen", { envVar: name, onlyAddresses: !/(?:OPTS|OPTIONS|ARGS|FLAGS)$/i.test(name) });
  }

  /** `ENV PORT=3000`, `ARG PORT=8000`: a port variable set to digits written in this instruction. */
  private assign(name: string, value: Chars): boolean {
    const kind = portVariableKind(name);
    if (!kind) return false;
    const text = textOf(value);
    if (/^\d+$/.test(text)) {
      this.addRef(value, { kind: "assign", envVar: name });
      return true;
    }
    if (kind === "list" && /^\d+(?:-\d+)?(?:[,; ]+\d+(?:-\d+)?)*$/.test(text)) {
      const ITEM = /(\d+)(?:-(\d+))?/g;
      for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
        const digits = value.slice(m.index, m.index + m[1]!.length);
        const end = m[2] ? value.slice(m.index + m[1]!.length + 1, m.index + m[0].length) : undefined;
        this.addRef(digits, { kind: "assign", envVar: name, ...(end ? { portEnd: end } : {}) });
      }
      return true;
    }
    return false;
  }

  private expose(args: Chars): void {
    // Unknown variables stay as written, so `EXPOSE $PORT/tcp` without a value is skipped, not an error.
    const words = lex(args, { escape: this.escape, lookup: this.buildLookup, keepUnknown: true, split: true, operators: false });
    for (const word of words.flatMap((w) => (w ? splitBlanks(w) : []))) {
      const text = textOf(word);
      if (text.includes("$")) continue;
      const m = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(text);
      const span = this.spanOf(word) ?? this.spanOf(word.filter((ch) => /\d/.test(ch.c)));
      if (!m) {
        if (span && this.inside(word)) {
          this.problems.push({ ...span, kind: "invalid-port", message: `EXPOSE ${text} is not a port, a port range or port/protocol` });
        }
        continue;
      }
      const protocol = (m[3] ?? "tcp").toLowerCase();
      if (protocol !== "tcp" && protocol !== "udp" && protocol !== "sctp") {
        if (span) this.problems.push({ ...span, kind: "invalid-port", message: `EXPOSE ${text}: unknown protocol ${m[3]} (tcp, udp or sctp)` });
        continue;
      }
      const digits = word.slice(0, m[1]!.length);
      const end = m[2] ? word.slice(m[1]!.length + 1, m[1]!.length + 1 + m[2].length) : undefined;
      // A port reached through `$PORT` is reported where its value is written (the ARG/ENV default).
      this.addRef(digits, { kind: "target", protocol: protocol as Protocol, ...(end ? { portEnd: end } : {}) }, true);
    }
  }

  private healthcheck(args: Chars): void {
    const text = textOf(args);
    const m = /^\s*((?:--[\w-]+(?:=\S*)?\s+)*)CMD\b/i.exec(text);
    if (!m) return;
    this.command(args.slice(m[0].length), "dial");
  }

  private command(args: Chars, role: "listen" | "dial"): void {
    const exec = execForm(args);
    if (exec) {
      this.tokens(exec, role, {});
      return;
    }
    const words = lex(args, { escape: "\\", lookup: this.runtimeLookup, keepUnknown: true, split: true, operators: true });
    this.tokens(words, role, {});
  }

  /** Finds ports in one command line (words, null between commands). */
  private tokens(words: Array<Chars | null>, role: "listen" | "dial", options: { envVar?: string; onlyAddresses?: boolean }): void {
    let segment: Chars[] = [];
    for (const word of [...words, null]) {
      if (word !== null) {
        segment.push(word);
        continue;
      }
      if (segment.length > 0) this.segment(segment, role, options);
      segment = [];
    }
  }

  private segment(words: Chars[], role: "listen" | "dial", options: { envVar?: string; onlyAddresses?: boolean }): void {
    const texts = words.map(textOf);
    let p = 0;
    while (p < texts.length && (WRAPPERS.has(texts[p]!) || /^[A-Za-z_]\w*=/.test(texts[p]!))) p++;
    const program = (texts[p] ?? "").slice((texts[p] ?? "").lastIndexOf("/") + 1);
    if (SHELLS.has(program)) {
      const c = texts.indexOf("-c", p + 1);
      if (c >= 0 && words[c + 1]) {
        this.tokens(lex(words[c + 1]!, { escape: "\\", lookup: this.runtimeLookup, keepUnknown: true, split: true, operators: true }), role, options);
        return;
      }
    }
    const kind: RefKind = role === "dial" || CLIENTS.has(program) ? "dial" : "listen";
    const used = new Set<number>();

    // The host a server binds (`--host 0.0.0.0`, `-b 0.0.0.0`) or a client dials (`-h localhost`).
    let commandHost: string | undefined;
    if (!options.onlyAddresses) {
      for (let k = 0; k < words.length; k++) {
        const flag = flagOf(words[k]!);
        if (!flag || !isHostFlag(flag)) continue;
        const value = flag.inline ? textOf(flag.inline) : texts[k + 1];
        if (value !== undefined && IP_OR_LOCAL.test(value)) {
          commandHost = unbracket(value);
          if (!flag.inline) used.add(k + 1);
          break;
        }
      }
    }
    const hostFields = (host: string | undefined) =>
      kind === "listen" ? (host !== undefined ? { host } : {}) : host !== undefined ? { meta: { dialHost: host } } : {};

    for (let k = 0; k < words.length; k++) {
      if (used.has(k)) continue;
      const word = words[k]!;
      const flag = options.onlyAddresses ? undefined : flagOf(word);
      const portFlag = flag !== undefined && isPortFlag(flag) && !(flag.name === "p" && P_IS_NOT_PORT.has(program));
      if (flag && (portFlag || isBindFlag(flag))) {
        const valueChars = flag.inline ?? (k + 1 < words.length && !texts[k + 1]!.startsWith("-") ? words[k + 1]! : undefined);
        const address = valueChars ? splitAddress(textOf(valueChars)) : undefined;
        if (valueChars && address && (address.host !== undefined || portFlag || /^(?:bind|listen|b)$/.test(flag.name))) {
          if (!flag.inline) used.add(k + 1);
          const digits = valueChars.slice(address.portStart, address.portEnd);
          const host = address.host !== undefined ? unbracket(address.host) : commandHost;
          // `--redis-address=redis:6379` names a server elsewhere: the command dials it.
          const dials = kind === "dial" || (host !== undefined && host !== "" && !IP_OR_LOCAL.test(host));
          const fields = dials ? { kind: "dial" as const, ...(host !== undefined ? { meta: { dialHost: host } } : {}) } : { kind, ...hostFields(host) };
          this.addRef(digits, { ...fields, ...(options.envVar ? { envVar: options.envVar } : {}) });
          continue;
        }
      }
      this.wordPorts(word, kind, texts[k - 1], options);
    }

    // `nc -z localhost 6379`: host and port as plain arguments.
    if (["nc", "netcat", "ncat"].includes(program)) {
      const positional = words.slice(p + 1).filter((w, k) => !used.has(k + p + 1) && !textOf(w).startsWith("-"));
      const [host, port] = positional;
      if (host && port && /^\d+$/.test(textOf(port))) this.addRef(port, { kind: "dial", meta: { dialHost: unbracket(textOf(host)) } });
    }
  }

  /** URLs, `0.0.0.0:8000`-style binds and JDWP agent addresses inside one word. */
  private wordPorts(word: Chars, kind: RefKind, previous: string | undefined, options: { envVar?: string }): void {
    const text = textOf(word);
    const jdwp = /(?:jdwp[=:]|-Xrunjdwp:)[^\s]*?\baddress=(?:([\w.*\[\]:-]*):)?(\d+)/.exec(text);
    if (jdwp) {
      const start = jdwp.index + jdwp[0].length - jdwp[2]!.length;
      const host = jdwp[1];
      this.addRef(word.slice(start, start + jdwp[2]!.length), {
        kind: "listen",
        ...(host !== undefined ? { host: unbracket(host) } : {}),
        ...(options.envVar ? { envVar: options.envVar } : {}),
        meta: { debugger: "jdwp" },
      });
    }
    const servesHere = previous === "runserver" || previous === "-S";
    for (const found of findValuePorts(text)) {
      const digits = word.slice(found.start, found.start + found.digits.length);
      const host = unbracket(found.host);
      const isUrl = text.lastIndexOf("://", found.start) >= 0;
      // A bare all-interfaces address is a bind; `runserver 127.0.0.1:8000` and `php -S` bind too.
      const binds = !isUrl && (servesHere || (kind === "listen" && ALL_INTERFACES.test(found.host)));
      const fields = binds ? { kind: "listen" as const, host } : { kind: "dial" as const, meta: { dialHost: host } };
      const envVar = found.defaultOf ?? options.envVar;
      this.addRef(digits, { ...fields, protocol: found.protocol, ...(envVar ? { envVar } : {}) });
    }
  }
}

/** Splits a word on blanks that came from a substitution (`EXPOSE $PORTS` with PORTS="80 443"). */
function splitBlanks(word: Chars): Chars[] {
  const parts: Chars[] = [];
  let current: Chars = [];
  for (const ch of word) {
    if (/\s/.test(ch.c)) {
      if (current.length) parts.push(current);
      current = [];
    } else current.push(ch);
  }
  if (current.length) parts.push(current);
  return parts;
}

export function scanDockerfile(path: string, text: string): ScanResult {
  const parsed = instructions(text);
  const scan = new DockerScan(path, text, parsed.escape);
  scan.run(parsed.list);
  return { refs: scan.refs, problems: scan.problems };
}

export const dockerScanner: Scanner = {
  id: "docker",
  family: "docker",
  matches: isDockerfile,
  scan(path, text) {
    try {
      return scanDockerfile(path, text);
    } catch (error) {
      // A scanner never throws: an unexpected failure is reported against the file.
      const message = `could not read ${path} as a Dockerfile: ${error instanceof Error ? error.message : String(error)}`;
      return { refs: [], problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message }] };
    }
  },
};


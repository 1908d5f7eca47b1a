// The patterns that make a number in source code a port. Every number is looked at once, from
// its digits outwards, through bounded windows: what precedes it on its line, the call or literal
// it sits in, the string it belongs to. A number no pattern claims is not reported.

import type { Protocol } from "../../../registry/model.js";
import type { RefKind, Side } from "../../types.js";
import type { Language } from "./languages.js";
import type { Lexed } from "./lexer.js";
import { isEnvName, isPortName } from "./names.js";
import { argumentsOf, calleeAt, enclosing, matchingClose, type Callee } from "./structure.js";

export type PatternId =
  | "host-port"
  | "addr"
  | "address-tuple"
  | "listen-call"
  | "port-setter"
  | "env-default"
  | "keyed-default"
  | "identifier"
  | "cli-flag"
  | "cli-command"
  | "docker-publish"
  | "shell-assign";

export interface Hit {
  pattern: PatternId;
  kind: RefKind;
  side: Side;
  host?: string;
  envVar?: string;
  protocol?: Protocol;
  fromDefault?: boolean;
  dialHost?: string;
  identifier?: string;
}

export interface SourceText {
  readonly lang: Language;
  readonly lexed: Lexed;
  /** Text with comments blanked. */
  readonly code: string;
  /** `code` with string contents blanked. */
  readonly skel: string;
  /** Variables assigned from an environment read (`port := os.Getenv("PORT")`), by name. */
  readonly envAliases: ReadonlyMap<string, { envVar: string; at: number }>;
  /** Where words that patterns other than `host:port` need are nearby (see `Hints`). */
  readonly hints: Hints;
}

/** How far before a number the hint words of its pattern can be. */
export const HINT_REACH = 300;

/**
 * Words without which no pattern but `host:port` can match: a cheap first filter so that the
 * numbers of a minified bundle or a data table cost a binary search each.
 */
const HINT =
  /port|env|listen|localhost|127\.0|0\.0\.0\.0|::|addr|bind|serve|http\.server|runserver|\bnc\b|ncat|netcat|telnet|fuser|docker|podman|lsof|netstat|ipv[46]addr|\(\s*(?:''|"")|-[pP][\s=]|\[\s*(?:127|0)\s*,/gi;

/**
 * Could `text`, before comments are blanked, hold a HINT match? Blanking turns characters into
 * spaces and never creates one, so every HINT match in the blanked code has a match of these
 * looser patterns at the same place in the text: the words are kept; `(''` keeps its quotes, `-p `
 * its `-p`, `[0 ,` its number (followed by a space, the comma, or whatever opens a comment or
 * docstring there). Together they must stay a superset of HINT: change them with it. (Two
 * patterns, the words factored by first letter, take two thirds of the time of one.)
 */
const MAY_HINT_WORDS = /p(?:ort|odman)|l(?:isten|ocalhost|sof)|addr|bind|serve|http\.server|runserver|n(?:cat|et(?:cat|stat))|telnet|fuser|docker|ipv[46]addr|env/i;
/** The rest of HINT, loosened, and `host:port`'s `:` before a digit. */
const MAY_HINT_MARKS = /127\.0|0\.0\.0\.0|::|\bnc\b|''|""|-p|(?<!\w)(?:127|0)\s*[,/#"'=?<rbuf]|:\d/i;

/**
 * False only when no pattern can report anything in `text`: without a HINT word only `host:port`
 * can match, and it needs a `:` before a digit. Such a text can be left unlexed.
 */
export function mayHoldPorts(text: string): boolean {
  return MAY_HINT_WORDS.test(text) || MAY_HINT_MARKS.test(text);
}

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const TYPE_SUFFIX = /^(?:_?(?:u16|u32|u64|i32|i64|usize)|[lL])(?![\w$])/;

/**
 * Whether the digits `[s, e)` of `text` stand alone as a number, not as part of a larger token:
 * identifiers, hex, versions, decimals, colours, negative numbers, `user@host`. Type suffixes
 * (`8080u16`, `8080L`) are allowed.
 */
export function standsAlone(text: string, s: number, e: number): boolean {
  const p = text.charCodeAt(s - 1);
  const n = text.charCodeAt(e);
  if (isWordCode(p) || p === 46 || p === 35) return false; // word character, "." or "#"
  if (isWordCode(n) && !TYPE_SUFFIX.test(text.slice(e, e + 6))) return false;
  if ((n === 46 || n === 45) && isDigitCode(text.charCodeAt(e + 1))) return false; // "8.5", "80-90"
  return n !== 64; // "@"
}

/** Digits `[s, e)` of `text` as a port number (1-65535 written without a leading zero), else -1. */
export function portNumber(text: string, s: number, e: number): number {
  if (e - s > 5 || text.charCodeAt(s) === 48) return -1;
  let port = 0;
  for (let i = s; i < e; i++) port = port * 10 + text.charCodeAt(i) - 48;
  return port > 65535 ? -1 : port;
}

/**
 * Moves `digits` (a global `/\d+/`) on to the next run of digits in `text` that is a port number
 * standing alone, and returns where it starts (it ends at `digits.lastIndex`); -1 when none is left.
 */
export function nextPortNumber(text: string, digits: RegExp): number {
  while (digits.test(text)) {
    const e = digits.lastIndex;
    let s = e - 1;
    while (s > 0 && isDigitCode(text.charCodeAt(s - 1))) s--;
    if (portNumber(text, s, e) >= 0 && standsAlone(text, s, e)) return s;
  }
  return -1;
}

/** How much earlier than its HINT match a MAY_* match may end (`-p` for `-p `), with room to spare. */
const MAY_SLACK = 64;
const MAY_WORDS_G = new RegExp(MAY_HINT_WORDS.source, "gi");
const MAY_MARKS_G = new RegExp(MAY_HINT_MARKS.source, "gi");
/**
 * The MAY_HINT_MARKS alternative `(127|0)\s*X` ending in anything but `,`: a comment or a string
 * prefix may follow (a block comment in C, `[0  # any` in Python), and the HINT match end any
 * distance after it.
 */
const OPEN_ENDED_MARK = /(?<!\w)(?:127|0)\s*[/#"'=?<rbuf]/i;

/**
 * False only when no number in `text` can be reported: every number that stands alone as a port
 * (what `classify` first asks) has no `:` before it and no possible HINT match ending within
 * HINT_REACH before it. Finer than `mayHoldPorts`, which any `import` or `export` passes: on
 * real code it spares the lexer most files.
 *
 * Why it never drops a reportable number (as for `mayHoldPorts`: blanking comments only turns
 * characters into spaces): the numbers of the blanked code are those of the text, with the same
 * neighbours, except next to a blanked comment, whose first and last characters are never word
 * characters, digits, `.`, `-` or `@`. Every HINT match in the code has a MAY match in the text
 * starting within it and ending at most one character before it (`-p` for `-p `), except
 * `[0  # comment\n ,` where a comment lies inside: an open-ended MAY match (OPEN_ENDED_MARK)
 * counts as near every later number. Regions far from every number are skipped; the scan resumes
 * before the digits and spaces a `(127|0)\s*,` match may start with.
 */
export function mayHoldPortsNearNumbers(text: string): boolean {
  const openEnded = text.search(OPEN_ENDED_MARK);
  const digits = /\d+/g;
  let wordsAt = 0;
  let marksAt = 0;
  for (let s = nextPortNumber(text, digits); s >= 0; s = nextPortNumber(text, digits)) {
    if (text.charCodeAt(s - 1) === 58) return true; // host:port needs no hint word
    if (openEnded >= 0 && openEnded < s) return true;
    let from = s - HINT_REACH - MAY_SLACK;
    while (from > 0 && /[\s\d]/.test(text[from - 1]!)) from--;
    wordsAt = Math.max(wordsAt, from);
    marksAt = Math.max(marksAt, from);
    for (const [re, at] of [[MAY_WORDS_G, wordsAt], [MAY_MARKS_G, marksAt]] as const) {
      re.lastIndex = at;
      let resume = text.length; // no match after `at`: none to find again
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        if (m.index >= s || end > s) {
          resume = m.index; // may be near a later number: found again from here
          break;
        }
        if (end >= s - HINT_REACH - 1) return true;
      }
      if (re === MAY_WORDS_G) wordsAt = Math.max(resume, wordsAt);
      else marksAt = Math.max(resume, marksAt);
    }
  }
  return false;
}

export function findHints(code: string): number[] {
  const out: number[] = [];
  HINT.lastIndex = 0;
  for (let m = HINT.exec(code); m; m = HINT.exec(code)) out.push(m.index + m[0].length);
  return out;
}

/** Whether one of `hints` (sorted ends of HINT matches, as `findHints` gives) ends within HINT_REACH before `pos`. */
export function nearHint(hints: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = hints.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hints[mid]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && pos - hints[found]! <= HINT_REACH;
}

/** Characters a HINT match spanning more than a word can start with and continue over (`[ 0   ,`). */
const HINT_RUN = /[\s\d[(]/;
/** How far before the reach of a position a search starts: more than any word-like HINT match. */
const HINT_MARGIN = 64;

/**
 * `nearHint(findHints(code), pos)` for positions asked in increasing order, with HINT matched
 * only where it is asked about: the numbers of a file are often far apart, and HINT over all of
 * the code was the largest cost of scanning real code. The search runs on from where it was;
 * when the next position lies far beyond, it jumps to HINT_MARGIN before that position's reach,
 * moved back over spaces, digits and brackets so that a `[  0 ,` match is found whole. A match
 * begun before the jump is at most a word long there, so it ends before the reach and is not
 * needed; the matches after it are the ones a search from the start finds.
 */
export class Hints {
  private at = 0;
  /** End of the last match ending at or before the last position asked, -1 when none. */
  private lastEnd = -1;
  /** End of a match found beyond the last position asked, -1 when none. */
  private aheadEnd = -1;

  constructor(private readonly code: string) {}

  near(pos: number): boolean {
    if (this.aheadEnd >= 0) {
      if (this.aheadEnd > pos) return this.lastEnd >= 0 && pos - this.lastEnd <= HINT_REACH;
      this.lastEnd = this.aheadEnd;
      this.aheadEnd = -1;
    }
    let from = pos - HINT_REACH - HINT_MARGIN;
    if (from > this.at && (this.lastEnd < 0 || pos - this.lastEnd > HINT_REACH)) {
      while (from > this.at && HINT_RUN.test(this.code[from - 1]!)) from--;
      this.at = from;
    }
    HINT.lastIndex = this.at;
    for (let m = HINT.exec(this.code); m; m = HINT.exec(this.code)) {
      const end = m.index + m[0].length;
      this.at = HINT.lastIndex;
      if (end > pos) {
        this.aheadEnd = end;
        break;
      }
      this.lastEnd = end;
    }
    if (this.aheadEnd < 0) this.at = this.code.length;
    return this.lastEnd >= 0 && pos - this.lastEnd <= HINT_REACH;
  }
}

/** How far back on its line a pattern may look. */
const WINDOW = 160;

const shellish = (lang: Language): boolean => lang === "shell" || lang === "make";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** The text of the line before `pos`, at most `size` characters. */
function before(code: string, pos: number, size = WINDOW): string {
  let a = pos;
  const stop = Math.max(0, pos - size);
  while (a > stop && code.charCodeAt(a - 1) !== 10) a--;
  return code.slice(a, pos);
}

/** The text of the line from `pos`, at most `size` characters. */
function after(code: string, pos: number, size = WINDOW): string {
  let b = pos;
  const stop = Math.min(code.length, pos + size);
  while (b < stop && code.charCodeAt(b) !== 10) b++;
  return code.slice(pos, b);
}

// ---------------------------------------------------------------------------------------------
// Hosts

const LOOPBACK = /^(?:localhost|(?:[a-z0-9-]+\.)+localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|\[0:0:0:0:0:0:0:1\])$/i;
const ALL_INTERFACES = /^(?:0\.0\.0\.0|\[::\]|\[0:0:0:0:0:0:0:0\])$/;
const DOCKER_HOST = /^host\.docker\.internal$/i;
/** A compose-style service name: one lowercase label. */
const SERVICE_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

const unbracket = (host: string): string => (host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host);

/** Calls and constructors that make a server listen. */
const LISTEN_NAMES = new Set([
  "listen", "Listen", "ListenAndServe", "ListenAndServeTLS", "ListenTCP", "ListenUDP", "ListenPacket", "ListenTLS",
  "serve", "Serve", "run", "Run", "RunTLS", "run_app", "run_simple", "runserver", "start", "Start", "StartTLS",
  "bind", "Bind", "start_server", "create_server", "make_server", "createServer", "HTTPServer", "ThreadingHTTPServer",
  "TCPServer", "ThreadingTCPServer", "UDPServer", "WSGIServer", "TcpListener", "UdpSocket", "ServerSocket",
  "listenAndServe", "UseUrls", "serve_forever", "run_forever", "embeddedServer",
]);
/** Receivers whose `run`/`start` runs a process or a thread, not a server. */
const NOT_SERVER_RECEIVER = /^(?:subprocess|os|exec|cmd|child_process|shell|process|thread|Thread|threading|loop|asyncio|pool|executor|Runtime|timer|job|task|proc)$/i;

function isListenCallee(callee: Callee | undefined): boolean {
  if (!callee || callee.declaration) return false;
  const parts = callee.chain.split(/\(\)|\.|::|->|\?\./).filter(Boolean);
  if (!LISTEN_NAMES.has(callee.name)) {
    // `HTTPServer.new(`, `TcpListener::bind(`, `uvicorn.Config(`
    if (/^(?:new|open|bind|Config)$/.test(callee.name)) {
      return parts.some((p) => /(?:Server|Listener|uvicorn|hypercorn)$/.test(p));
    }
    return false;
  }
  if (/^(?:run|Run|start|Start)$/.test(callee.name) && parts.length >= 2 && NOT_SERVER_RECEIVER.test(parts[parts.length - 2]!)) {
    return false;
  }
  return true;
}

/** The call a position is an argument of: directly, or through an object literal argument. */
function callAround(src: SourceText, pos: number): { callee: Callee | undefined; open: number; argIndex: number } | undefined {
  const encl = enclosing(src.skel, pos);
  if (!encl) return undefined;
  if (encl.bracket === "(") return { callee: calleeAt(src.skel, encl.open), open: encl.open, argIndex: encl.argIndex };
  if (encl.bracket === "{") {
    const outer = enclosing(src.skel, encl.open);
    if (outer && outer.bracket === "(") return { callee: calleeAt(src.skel, outer.open), open: outer.open, argIndex: outer.argIndex };
  }
  return undefined;
}

/** `host="0.0.0.0"` / `host: 'localhost'` among the arguments of the call opened at `open`. */
function hostArgument(src: SourceText, open: number): string | undefined {
  const close = matchingClose(src.skel, open);
  if (close < 0) return undefined;
  const m = /(?:^|[^\w$])(?:host|hostname|bind|address|addr)["']?\s*[=:]\s*["']([^"'\s]{0,64})["']/i.exec(src.code.slice(open, close));
  return m ? m[1] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Environment reads

/** An expression reading an environment variable; the name is in the first defined group. */
export const ENV_READ_SOURCE =
  String.raw`(?:(?:process|import\.meta|Bun)\.env(?:\.([A-Za-z_]\w*)|\[\s*["'\x60](\w+)["'\x60]\s*\])` +
  String.raw`|(?:\bgetenv|\bGetenv|GetEnvironmentVariable|\benviron\.get|Deno\.env\.get|System\.getenv|\benv::var|\bstd::env::var)\(\s*["'](\w+)["']\s*\)` +
  String.raw`|(?:\$_ENV|\$_SERVER|\bENV)\[\s*["'](\w+)["']\s*\])`;

/** Read, then a default operator: `process.env.PORT ?? 4000`, `getenv('X') ?: 8000`, `os.environ.get("P") or 8000`. */
const ENV_OPERATOR_DEFAULT = new RegExp(
  ENV_READ_SOURCE +
    String.raw`\s*(?:\)\s*|,\s*10\s*\)\s*|\??\.(?:toInt|toIntOrNull|to_i|toInteger|trim)\(?\s*\)?\s*)*(?:\?\?|\|\||\?:|\bor\b)\s*\(?\s*["'\x60]?$`,
);
const ENV_READ_ONLY = new RegExp(String.raw`^\s*(?:Number\(|parseInt\(|int\()?\s*(?:[\w$]+\.)*` + ENV_READ_SOURCE + String.raw`\s*\)?\s*$`);
const RUBY_FETCH_BLOCK = /\bENV\.fetch\(\s*["'](\w+)["']\s*\)\s*(?:\{|do)\s*["']?$/;
const RUST_UNWRAP = /\benv::var\(\s*"(\w+)"\s*\)[^;]{0,120}?\.unwrap_or(?:_else)?\(\s*(?:\|[^|]{0,12}\|\s*)?"?$/;
const JAVA_OR_ELSE = /\bgetenv\(\s*"(\w+)"\s*\)\s*\)[^;]{0,80}?\.orElse(?:Get)?\(\s*(?:\(\)\s*->\s*)?"?$/;

/**
 * Every alternative of ENV_READ_SOURCE spells `env`, `Env`, `ENV` or `_SERVER` at most this far
 * from where it starts (`import.meta.env`).
 */
const ENV_ANCHOR = /env|Env|ENV|_SERVER/g;
const ENV_ANCHOR_REACH = 12;
const ENV_READ_AT = new RegExp(ENV_READ_SOURCE, "y");

/**
 * The matches `code.matchAll(new RegExp(ENV_READ_SOURCE, "g"))` finds, tried only just before
 * the places that spell an anchor: the full pattern over every character of every file cost more
 * than the rest of the scan.
 */
export function* envReads(code: string): Generator<RegExpExecArray> {
  let next = 0; // matches do not overlap: the next one starts here or later
  ENV_ANCHOR.lastIndex = 0;
  for (let a = ENV_ANCHOR.exec(code); a; a = ENV_ANCHOR.exec(code)) {
    for (let at = Math.max(next, a.index - ENV_ANCHOR_REACH); at <= a.index; at++) {
      ENV_READ_AT.lastIndex = at;
      const m = ENV_READ_AT.exec(code);
      if (!m) continue;
      next = at + m[0].length;
      yield m;
      break;
    }
    if (ENV_ANCHOR.lastIndex < next) ENV_ANCHOR.lastIndex = next;
  }
}

const firstGroup = (m: RegExpExecArray): string | undefined => m.slice(1).find((g) => g !== undefined);

/** Variables assigned straight from an environment read, for the `if port == "" { port = "8080" }` idiom. */
export function findEnvAliases(code: string): Map<string, { envVar: string; at: number }> {
  const aliases = new Map<string, { envVar: string; at: number }>();
  // Anchored on the read itself (a literal prefix), then a bounded look back for `name =`.
  for (const m of envReads(code)) {
    const envVar = firstGroup(m);
    const end = m.index + m[0].length;
    if (!envVar || !/^\s*\)?\s*(?:$|[;\r\n])/.test(code.slice(end, end + 8))) continue;
    const target = /([A-Za-z_$][\w$]*)\s*(?::=|=)\s*(?:(?:int|Number|parseInt|strconv\.Atoi)\(\s*)?(?:[\w$]+(?:\.|::))*$/.exec(before(code, m.index, 60));
    if (!target) continue;
    const name = target[1]!.replace(/^\$/, "");
    if (isPortName(envVar) || isPortName(name)) aliases.set(name, { envVar, at: m.index });
  }
  return aliases;
}

function envDefault(envVar: string): Hit {
  const hit: Hit = { pattern: "env-default", kind: "assign", side: "host", fromDefault: true };
  if (isEnvName(envVar)) hit.envVar = envVar;
  else hit.identifier = envVar;
  return hit;
}

// ---------------------------------------------------------------------------------------------
// Command lines (shell, Makefiles, command strings in any language)

/** Commands whose short port flag is known, with the letter and whether they serve or dial. */
const SHORT_PORT_FLAGS: Array<{ command: RegExp; flag: string; kind: RefKind }> = [
  { command: /\b(?:rails|rail)\s+(?:s|server)\b|\bnext\s+(?:dev|start)\b|\bhttp-server\b|\bserve\b|\bflask\s+run\b|\bhugo\s+server\b|\bjson-server\b|\blive-server\b|\bgatsby\s+(?:develop|serve)\b|\brackup\b|\bpuma\b|\bunicorn\b|\bthin\b|\bnuxt\b|\bsirv\b/, flag: "-p", kind: "listen" },
  { command: /\bjekyll\s+serve\b/, flag: "-P", kind: "listen" },
  { command: /\b(?:psql|pg_isready|pg_dump|pg_dumpall|pg_restore|pg_basebackup|createdb|dropdb|redis-cli|ssh|sshpass|valkey-cli)\b/, flag: "-p", kind: "dial" },
  { command: /\b(?:mysql|mysqladmin|mysqldump|mariadb|scp|sftp)\b/, flag: "-P", kind: "dial" },
];

const CLIENT_COMMAND = /\b(?:psql|pg_isready|pg_dump|pg_restore|createdb|dropdb|redis-cli|valkey-cli|mysql|mysqladmin|mysqldump|mariadb|mongo|mongosh|ssh|scp|sftp|curl|wget|nc|ncat|netcat|telnet|grpcurl|wait-for-it)\b/;

/** `--port 8000`, `--port=8000`, `"--port", "8000"`, `'--port' 8000`, `-Dserver.port=8080`. */
const FLAG_BEFORE = /(?:^|[\s"'\x60(\[,;|&])(--?[A-Za-z][\w.-]*)(?:=["']?|[ \t]+["']?|["'\x60]\s*,\s*["'\x60]?|["'\x60][ \t]+["']?)$/;

/** Flags that name a bind address for the host:port after them. */
const BIND_FLAG = /(?:^|[\s"'\x60(\[,])(?:-b|--bind|-a|--addr|--address|--listen|-l|-S|--host|--dev-addr|--http|--inspect(?:-brk)?|runserver|--insecure-bind-address)(?:=|[ \t]+|["'\x60]\s*,\s*["'\x60]|["'\x60][ \t]+["']?)["']?$/;

function hostFlag(line: string): string | undefined {
  const m = /(?:--host|--hostname|--bind|-b|-H|--bind-address)(?:=|\s+|["']\s*,\s*["'])["']?(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1?|\[::1?\])(?=["'\s,]|$)/.exec(line);
  return m ? unbracket(m[1]!) : undefined;
}

// ---------------------------------------------------------------------------------------------

export interface Candidate {
  start: number;
  end: number;
  port: number;
}

/** Assignment, key and equality operators, longest first. */
const OPERATORS = ["===", "!==", "==", "!=", ":=", "=>", "?=", "=", ":"];

const TYPE_WORD = /^(?:int|int16|int32|int64|uint|uint16|uint32|u16|u32|u64|i32|i64|usize|number|Number|Int|Integer|Short|short|long|Long|string|String|str)$/;

/**
 * The pattern that claims the digits `[s, e)`, or undefined. Patterns are tried from the most to
 * the least specific; the first that decides wins. A pattern "decides" also when it recognises a
 * number as NOT a port (`${TIMEOUT:-3000}`), so a weaker pattern cannot claim it afterwards.
 * Asked only about port numbers that stand alone (scanSource finds them with `nextPortNumber`).
 */
export function classify(src: SourceText, s: number, e: number): Hit | undefined {
  const { code, lang } = src;
  const p = code[s - 1];
  const n = code[e];
  if (!src.hints.near(s)) {
    // Only `host:port` needs no hint word: its host is the hint.
    return p === ":" ? hostAndPort(src, s, e, before(code, s)) || undefined : undefined;
  }

  const line = before(code, s);

  if (p === "-" || p === "=") {
    const def = shellDefault(src, s, e, line);
    if (def !== undefined) return def || undefined;
  }
  if (p === "-") return undefined;

  if (n === ":" && isDigit(code[e + 1])) return dockerPublish(src, s, e, line, "publish");
  if (p === ":" && /(?:-p|--publish)(?:\s+|=)["']?(?:[\d.]+:|\[[\da-fA-F:]+\]:)?\d{1,5}:$/.test(line)) {
    return dockerPublish(src, s, e, line, "target");
  }

  if (shellish(lang)) {
    const assigned = shellAssignment(src, s, e, line);
    if (assigned !== undefined) return assigned || undefined;
  } else {
    const fromEnv = envGetterDefault(src, s, e, line);
    if (fromEnv !== undefined) return fromEnv || undefined;
  }

  if (p === ":") {
    const hostPort = hostAndPort(src, s, e, line);
    if (hostPort !== undefined) return hostPort || undefined;
  }

  const tuple = addressTuple(src, s, e, line);
  if (tuple) return tuple;

  if (!shellish(lang)) {
    const call = callPatterns(src, s, e, line);
    if (call !== undefined) return call || undefined;
    const ident = identifier(src, s, e, line);
    if (ident !== undefined) return ident || undefined;
  }

  return commandLine(src, s, e, line);
}

/** Is `[s, e)` a whole argument or value: alone, or alone in its quotes? Returns the quote used. */
function wholeValue(src: SourceText, s: number, e: number): { quote: string } | undefined {
  const str = src.lexed.stringAt(s);
  if (str) {
    if (str[0] !== s || str[1] !== e) return undefined;
    return { quote: src.code[s - 1] ?? "" };
  }
  return { quote: "" };
}

/** After the value (and its closing quote): nothing that makes it part of an expression. */
function endsValue(code: string, e: number, quote: string): boolean {
  let j = e + quote.length;
  const suffix = /^(?:_?(?:u16|u32|u64|i32|i64|usize)|[lL])(?![\w$])/.exec(code.slice(j, j + 8));
  if (suffix) j += suffix[0].length;
  const stop = j + 40;
  while (j < stop && (code[j] === " " || code[j] === "\t")) j++;
  const c = code[j];
  if (c === undefined) return true;
  return !"*+-/%^([.".includes(c);
}

// ---------------------------------------------------------------------------------------------

/** `${PORT:-8000}` (shell, Makefile, any string), `${server.port:8080}` (Spring). */
function shellDefault(src: SourceText, s: number, e: number, line: string): Hit | null | undefined {
  const m = /\$\{([A-Za-z_][\w]*)(:?[-=])$/.exec(line);
  if (m) {
    if (src.code[e] !== "}") return null;
    const name = m[1]!;
    if (isPortName(name)) return envDefault(name);
    // `--port ${APP_LISTEN:-8000}`: the flag says what the variable holds.
    const flagged = FLAG_BEFORE.exec(line.slice(0, line.length - m[0].length));
    if (flagged && isPortName(flagged[1]!)) return envDefault(name);
    return null;
  }
  return undefined;
}

function springPlaceholder(src: SourceText, e: number, line: string): Hit | null | undefined {
  const m = /\$\{([A-Za-z_][\w.-]*):$/.exec(line);
  if (!m) return undefined;
  if (src.code[e] !== "}") return null;
  return isPortName(m[1]!) ? envDefault(m[1]!) : null;
}

/** Shell `API_PORT=8000`, `export PORT=3000`; Makefile `PORT ?= 8000`, `API_PORT := 8000`. */
function shellAssignment(src: SourceText, s: number, e: number, line: string): Hit | null | undefined {
  const m =
    src.lang === "make"
      ? /^\s*(?:(?:export|override)\s+)*([A-Za-z_][\w.-]*)\s*(\?=|:{0,3}=|\+=|!=)\s*["']?$/.exec(line)
      : /(?:^|[\s;&|(])(?:(?:export|local|readonly|declare|typeset)\s+(?:-\w+\s+)*)?([A-Za-z_]\w*)=["']?$/.exec(line);
  if (!m) return undefined;
  const name = m[1]!;
  const rest = after(src.code, e, 40);
  const closing = /["']$/.test(m[0]) ? m[0].slice(-1) : "";
  if (closing && !rest.startsWith(closing)) return null;
  const tail = rest.slice(closing.length);
  if (tail && !/^\s*(?:$|[;&|)]|\s)/.test(tail)) return null;
  if (!isPortName(name)) return null;
  if (src.lang === "make" && m[2] === "?=") return envDefault(name);
  if (isEnvName(name)) return { pattern: "shell-assign", kind: "assign", side: "host", envVar: name };
  return { pattern: "shell-assign", kind: "literal", side: "host", identifier: name };
}

/** Defaults of environment reads in application code. */
function envGetterDefault(src: SourceText, s: number, e: number, line: string): Hit | null | undefined {
  const spring = springPlaceholder(src, e, line);
  if (spring !== undefined) return spring;
  if (!/env|config/i.test(line)) return undefined;
  for (const re of [ENV_OPERATOR_DEFAULT, RUBY_FETCH_BLOCK, RUST_UNWRAP, JAVA_OR_ELSE]) {
    const m = re.exec(line);
    if (m) {
      const name = firstGroup(m)!;
      return isPortName(name) ? envDefault(name) : null;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/** `localhost:8000`, `http://127.0.0.1:8000/api`, `"[::1]:6379"`, `http://api:4000`, `":8080"`. */
function hostAndPort(src: SourceText, s: number, e: number, line: string): Hit | null | undefined {
  const { code, lang } = src;
  const colon = s - 1;
  const str = src.lexed.stringAt(s);
  if (!str && !shellish(lang)) return undefined;
  const n = code[e];
  if (n === ":" || (n !== undefined && /[\w$]/.test(n))) return null;

  let hostStart = colon;
  if (code[colon - 1] === "]") {
    const from = Math.max(0, colon - 48);
    const open = code.slice(from, colon).lastIndexOf("[");
    if (open < 0) return null;
    hostStart = from + open;
  } else {
    const stop = Math.max(0, colon - 253);
    while (hostStart > stop && /[A-Za-z0-9._-]/.test(code[hostStart - 1]!)) hostStart--;
  }
  const host = code.slice(hostStart, colon);
  const lineBeforeHost = line.slice(0, line.length - (s - hostStart));

  // lsof -i :8000, lsof -ti:8000, lsof -iTCP:8000, lsof -i tcp:8000, netstat … | grep ":8000"
  if (/^(?:-\w*i)?(?:tcp|udp)?$/i.test(host)) {
    if (/\blsof\b[^|;\n]{0,60}?(?:-\w*i\s*(?:tcp|udp)?|-\w*i(?:tcp|udp)?)$/i.test(lineBeforeHost + host)) {
      return { pattern: "cli-command", kind: "literal", side: "host" };
    }
    if (host === "" && /\b(?:netstat|ss|lsof)\b/.test(line) && /(?:\bgrep\b[^|;\n]{0,30}?|\b[sd]port\s*(?:=|==|eq)\s*)["'\s]?$/.test(lineBeforeHost)) {
      return { pattern: "cli-command", kind: "literal", side: "host" };
    }
  }

  if (host === "") return addrOnly(src, s, e, str, hostStart, lineBeforeHost);

  let side: Side;
  let dialHost: string | undefined;
  const bare = unbracket(host);
  const all = ALL_INTERFACES.test(host);
  if (LOOPBACK.test(host) || all || DOCKER_HOST.test(host)) side = "host";
  else {
    // Another host name counts only inside a URL: `http://api:4000`, `redis://user:pw@cache:6379`.
    const scheme = /[A-Za-z][\w+.-]*:\/\/(?:[^\s/@"'`]*@)?$/.test(lineBeforeHost);
    if (!scheme || !SERVICE_NAME.test(host) || /^\d/.test(host)) return null;
    side = "container";
    dialHost = host;
  }
  const schemeMatch = /([A-Za-z][\w+.-]*):\/\/(?:[^\s/@"'`]*@)?$/.exec(lineBeforeHost);
  const protocol: Protocol = schemeMatch && /^udp$/i.test(schemeMatch[1]!) ? "udp" : "tcp";
  let kind: RefKind = "dial";
  if (all) kind = "listen";
  else if (!schemeMatch || /^(?:https?|wss?)$/i.test(schemeMatch[1]!)) {
    if (BIND_FLAG.test(lineBeforeHost)) kind = "listen";
    else if (!shellish(src.lang) && str && str[0] === hostStart - (schemeMatch ? schemeMatch[0].length : 0)) {
      // The whole string is the address: ask the call or the name it is given to.
      const call = callAround(src, str[0] - 1);
      if (call && isListenCallee(call.callee)) kind = "listen";
      else if (assignedToBindName(src, str[0] - 1)) kind = "listen";
    }
  }
  const hit: Hit = { pattern: "host-port", kind, side, host: bare, protocol };
  if (kind === "dial") hit.dialHost = dialHost ?? bare;
  else if (dialHost) hit.dialHost = dialHost;
  return hit;
}

/** The name a string starting at `quotePos` is assigned or passed to says bind/listen: `bind = "…"`, `LISTEN_ADDR=`. */
function assignedToBindName(src: SourceText, quotePos: number): boolean {
  const m = /([A-Za-z_$][\w$]*)["']?\s*(?:=|:=|:|=>)\s*$/.exec(before(src.code, quotePos, 80));
  if (!m) return false;
  return /(?:^|_|[a-z])(?:bind|Bind|BIND|listen|Listen|LISTEN)/.test(m[1]!);
}

/** `":8080"`: a bare port in an address string, only where a server or an address name takes it. */
function addrOnly(src: SourceText, s: number, e: number, str: [number, number] | undefined, hostStart: number, lineBeforeHost: string): Hit | null {
  // `-b :8000`, `--bind=:8000`
  if (BIND_FLAG.test(lineBeforeHost)) return { pattern: "addr", kind: "listen", side: "host", host: "" };
  if (!str || str[0] !== hostStart || str[1] !== e) return null;
  const quotePos = str[0] - 1;
  const call = callAround(src, quotePos);
  if (call && isListenCallee(call.callee)) return { pattern: "addr", kind: "listen", side: "host", host: "" };
  const m = /([A-Za-z_$][\w$]*)["']?\s*(?:=|:=|:|=>)\s*$/.exec(before(src.code, quotePos, 80));
  if (m && /(?:addr|address|listen|bind)$/i.test(m[1]!)) return { pattern: "addr", kind: "listen", side: "host", host: "" };
  // flag.String("addr", ":8080", …)
  if (call && call.callee && !call.callee.declaration) {
    const args = argumentsOf(src.skel, call.open);
    for (const [a, b] of args) {
      if (a >= quotePos) break;
      const key = /^\s*["'](-{0,2}[\w.-]+)["']\s*$/.exec(src.code.slice(a, b));
      if (key && /(?:^|[-_.])(?:addr|address|listen|bind|http)$/i.test(key[1]!)) return { pattern: "addr", kind: "listen", side: "host", host: "" };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

const TUPLE_HOST = /\(\s*(["'])(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|::1?|host\.docker\.internal|)\1\s*,\s*["']?$/;
const RUST_ADDR = /(?:\[\s*(127\s*,\s*0\s*,\s*0\s*,\s*1|0\s*,\s*0\s*,\s*0\s*,\s*0)\s*\]\s*\)?|Ipv4Addr::(LOCALHOST|UNSPECIFIED)\s*\)?|Ipv6Addr::(LOCALHOST|UNSPECIFIED)\s*\)?|Ipv4Addr::new\(\s*(127\s*,\s*0\s*,\s*0\s*,\s*1|0\s*,\s*0\s*,\s*0\s*,\s*0)\s*\)\s*\)?)\s*,\s*$/;

/** `("localhost", 8000)`, `('', 8000)`, `new Socket("127.0.0.1", 6379)`, Rust `([127, 0, 0, 1], 3000)`. */
function addressTuple(src: SourceText, s: number, e: number, line: string): Hit | undefined {
  if (src.lang === "shell" || src.lang === "make") return undefined;
  const tuple = TUPLE_HOST.exec(line);
  const rust = src.lang === "rust" ? RUST_ADDR.exec(line) : null;
  if (!tuple && !rust) return undefined;
  const value = wholeValue(src, s, e);
  if (!value || !endsValue(src.code, e, value.quote)) return undefined;
  if (!/^\s*[,)]/.test(src.code.slice(e + value.quote.length, e + value.quote.length + 40))) return undefined;
  let host: string;
  if (tuple && (tuple[2] === "" || tuple[2] === "::") && (value.quote || !bareAddressPair(src, s, line, tuple))) return undefined;
  // `("::1", 64)` is as often a prefix length as a port; `assertBadNetmask("::1", 129)` is one too.
  if (tuple && tuple[2]!.startsWith(":")) {
    if (value.quote || Number(src.code.slice(s, e)) <= 128) return undefined;
    const encl = enclosing(src.skel, s);
    const callee = encl ? calleeAt(src.skel, encl.open) : undefined;
    if (callee && !/connect|addrinfo|nameinfo|bind|sendto|listen|Server|Socket|Client|Address/i.test(callee.name)) return undefined;
  }
  if (tuple) host = tuple[2]!;
  else if (rust![1] ?? rust![4]) host = /^127/.test(rust![1] ?? rust![4]!) ? "127.0.0.1" : "0.0.0.0";
  else if (rust![2]) host = rust![2] === "LOCALHOST" ? "127.0.0.1" : "0.0.0.0";
  else host = rust![3] === "LOCALHOST" ? "::1" : "::";
  const all = host === "" || host === "0.0.0.0" || host === "::";
  // A Rust socket address built from parts is what a server binds; clients dial URLs.
  let kind: RefKind = all || rust ? "listen" : "dial";
  if (kind === "dial") {
    const encl = enclosing(src.skel, s);
    if (encl) {
      let callee = calleeAt(src.skel, encl.open);
      let at = encl.open;
      if (!callee) {
        const outer = enclosing(src.skel, encl.open);
        if (outer && outer.bracket === "(") callee = calleeAt(src.skel, outer.open);
        if (outer) at = outer.open;
      }
      if (isListenCallee(callee) || assignedToServerName(src, at)) kind = "listen";
    }
  }
  const hit: Hit = { pattern: "address-tuple", kind, side: "host", host };
  if (kind === "dial") hit.dialHost = host;
  return hit;
}

/**
 * An empty or `::` host is an address only in a pair of its own (`bind(("", 8000))`,
 * `server_address = ('', 8000)`) or as the first argument of a server call (`make_server('', 8000, app)`):
 * `foo("", 13)` is everywhere else.
 */
function bareAddressPair(src: SourceText, s: number, line: string, tuple: RegExpExecArray): boolean {
  const open = s - (line.length - tuple.index);
  const encl = enclosing(src.skel, s);
  if (!encl || encl.open !== open) return false;
  const callee = calleeAt(src.skel, open);
  if (callee) return isListenCallee(callee) && encl.argIndex === 1;
  if (argumentsOf(src.skel, open).length !== 2) return false;
  // The pair itself goes to a socket or server call, or to an address name.
  const outer = enclosing(src.skel, open);
  if (outer && outer.bracket === "(") {
    const outerCallee = calleeAt(src.skel, outer.open);
    if (outerCallee && (isListenCallee(outerCallee) || /^(?:connect|connect_ex|sendto|create_connection|bind)$|Server$/.test(outerCallee.name))) return true;
  }
  return /(?:addr|address|server|bind|listen)\w*\s*=\s*$/i.test(before(src.code, open, 60));
}

function assignedToServerName(src: SourceText, pos: number): boolean {
  const m = /([A-Za-z_$][\w$]*)\s*(?::\s*[\w.[\], ]+)?=\s*$/.exec(before(src.code, pos, 80));
  return m !== null && /(?:server|bind|listen)/i.test(m[1]!);
}

// ---------------------------------------------------------------------------------------------

/**
 * Numbers that are arguments of calls: `app.listen(3000)`, `setPort(8080)`, `set :port, 4567`,
 * `add_argument("--port", default=8000)`, `flag.Int("port", 8080, …)`, `getenv("X_PORT", "8000")`,
 * `cmp.Or(os.Getenv("PORT"), "8080")`.
 */
function callPatterns(src: SourceText, s: number, e: number, line: string): Hit | null | undefined {
  const { code, skel, lang } = src;
  if (lang === "ruby") {
    if (/(?:^|[^\w])set\s*\(?\s*:port\s*,\s*$/.test(line)) return { pattern: "port-setter", kind: "listen", side: "host" };
    if (/^\s*port\s+$/.test(line)) return { pattern: "port-setter", kind: "listen", side: "host" };
  }
  // Cheap shape test first: an argument on its own, or the value of a `default=` keyword.
  if (!/(?:[(,]|(?:^|[\s(,{])(?:default|fallback|defaultValue|default_value|value|initial)["']?\s*[=:])\s*["'`]?$/.test(line.slice(-48))) return undefined;
  const value = wholeValue(src, s, e);
  if (!value) return undefined;
  if (!/^\s*[,)}]/.test(code.slice(e + value.quote.length, e + value.quote.length + 24))) return undefined;
  const encl = enclosing(skel, s);
  if (!encl) return undefined;
  let open = encl.open;
  let argIndex = encl.argIndex;
  let viaObject = false;
  if (encl.bracket === "{") {
    const outer = enclosing(skel, encl.open);
    if (!outer || outer.bracket !== "(") return undefined;
    open = outer.open;
    argIndex = outer.argIndex;
    viaObject = true;
  } else if (encl.bracket !== "(") return undefined;
  const callee = calleeAt(skel, open);
  if (!callee || callee.declaration) return undefined;

  const args = argumentsOf(skel, open);
  const arg = args[argIndex];
  if (!arg) return undefined;
  const argText = code.slice(arg[0], arg[1]).trim();
  const quoted = value.quote ? `${value.quote}${code.slice(s, e)}${value.quote}` : code.slice(s, e);
  const keyword = viaObject
    ? /^\s*["']?(\w+)["']?\s*:\s*$/.exec(before(code, s, 60).split(/[{,]/).pop() ?? "")?.[1]
    : /^([A-Za-z_]\w*)\s*[=:]\s*/.exec(argText)?.[1];
  const bareArg = viaObject ? false : argText === quoted;
  const defaultKeyword = keyword !== undefined && /^(?:default|fallback|defaultValue|default_value|value|initial)$/.test(keyword);
  if (!bareArg && !defaultKeyword) return undefined;

  // A server call's first argument: `app.listen(3000)`, `TCPServer.new(3000)`.
  if (bareArg && argIndex === 0) {
    if (callee.name === "listen" && (lang === "js" || lang === "java")) {
      const hostArg = args[1] ? /^\s*["'`]([^"'`]*)["'`]\s*$/.exec(code.slice(args[1][0], args[1][1]))?.[1] : undefined;
      const hit: Hit = { pattern: "listen-call", kind: "listen", side: "host" };
      if (hostArg !== undefined && /^(?:localhost|127\.[\d.]+|0\.0\.0\.0|::1?|)$/.test(hostArg)) hit.host = hostArg;
      return hit;
    }
    if (lang === "ruby" && /(?:^|::|\.)(?:TCPServer|UDPSocket)\.(?:new|open)$/.test(callee.chain)) {
      return { pattern: "listen-call", kind: "listen", side: "host" };
    }
    if (args.length === 1 && isPortName(callee.name) && Number(code.slice(s, e)) >= 10) {
      return { pattern: "port-setter", kind: "literal", side: "host", identifier: callee.name };
    }
  }

  // A keyed lookup or option with a default: the key says port.
  let key: string | undefined;
  for (let i = 0; i < Math.min(argIndex, args.length); i++) {
    const k = /^\s*["'](-{0,2}[\w][\w.-]*(?:,\s*--[\w][\w.-]*)?(?:\s+<\w+>|\s+\[\w+\])?)["']\s*$/.exec(code.slice(args[i]![0], args[i]![1]));
    if (k) {
      const flagName = k[1]!.includes(",") ? k[1]!.split(",").pop()!.trim() : k[1]!;
      const name = flagName.replace(/\s+[<[].*$/, "");
      // A type name is not a key: `MessageField('GoogleCloudRunV2ContainerPort', 10)`.
      if (/^[A-Z][a-z0-9]+[A-Z]/.test(name)) continue;
      if (isPortName(name)) {
        key = name;
        break;
      }
    }
  }
  if (viaObject && key === undefined) {
    // yargs-style `.option('port', { default: 3000 })`: the key is an earlier argument of the call.
    return undefined;
  }
  if (key !== undefined) {
    if (/env|^config$|decouple\.config/i.test(callee.chain) && isEnvName(key)) return envDefault(key);
    if (/env/i.test(callee.chain) && !/^-/.test(key)) return envDefault(key);
    if (Number(code.slice(s, e)) < 10) return null;
    return { pattern: "keyed-default", kind: "literal", side: "host", identifier: key };
  }
  // `cmp.Or(os.Getenv("PORT"), "8080")`: the first argument reads the variable, the call picks a fallback
  // (not `parseInt(process.env.PORT, 10)`, whose second argument is a radix).
  if (bareArg && argIndex >= 1 && args[0] && /(?:^or$|Or$|default|fallback|coalesce|first)/i.test(callee.name) && !/parse/i.test(callee.name)) {
    const first = ENV_READ_ONLY.exec(code.slice(args[0][0], args[0][1]));
    if (first) {
      const name = first.slice(1).find((g) => g !== undefined)!;
      return isPortName(name) ? envDefault(name) : null;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * `port = 8000`, `PORT: u16 = 8080`, `"port": 8000`, `'port' => 8000`, `$port = 8000`,
 * `server_port := 8080`, `if port == 443`. The name must say port (see names.ts).
 */
function identifier(src: SourceText, s: number, e: number, line: string): Hit | null | undefined {
  const { code } = src;
  const value = wholeValue(src, s, e);
  if (!value) return undefined;
  let rest = line.slice(-100);
  if (value.quote) {
    if (!rest.endsWith(value.quote)) return undefined;
    rest = rest.slice(0, -1);
  }
  rest = rest.replace(/\s+$/, "");
  const operator = OPERATORS.find((o) => rest.endsWith(o));
  if (!operator) return undefined;
  rest = rest.slice(0, rest.length - operator.length);
  // `<=`, `>=`, `+=`, `::`… are other operators, not assignments.
  if (operator === "=" && /[=!<>+\-*/%&|^~?:.]$/.test(rest)) return undefined;
  if (operator === ":" && /[:?]$/.test(rest)) return undefined;
  rest = rest.replace(/\s+$/, "");
  // A type annotation between name and value: `port: int = 8000`, `PORT: u16 = 8080`, `var port int = 8080`.
  if (operator === "=" || operator === ":=") {
    const annotated = rest.includes(":") ? /([\w$]+)\s*:\s*[\w.<>[\]|?]+(?:\s*\|\s*[\w.<>[\]]+)*$/.exec(rest) : null;
    if (annotated) {
      rest = rest.slice(0, annotated.index + annotated[1]!.length);
    } else {
      const goVar = src.lang === "go" || src.lang === "java" || src.lang === "csharp" ? /([\w$]+)\s+([\w$]+)$/.exec(rest) : null;
      if (goVar && TYPE_WORD.test(goVar[2]!)) rest = rest.slice(0, goVar.index + goVar[1]!.length);
    }
  }
  // Quoted or indexed keys: `"port": 8000`, `'http-port' => 8000`, `config['port'] = 8000`.
  const quotedKey = /["'`]([A-Za-z_][\w.-]*)["'`]\]?$/.exec(rest);
  const nameMatch = quotedKey ?? /[$@:]?([A-Za-z_][\w$]*)\]?$/.exec(rest);
  if (!nameMatch) return undefined;
  const bareName = nameMatch[1]!;
  if (!isPortName(bareName)) return undefined;
  if (!endsValue(code, e, value.quote)) return null;
  const port = Number(code.slice(s, e));
  if (port < 10 || port === 65535) return null;
  if (inEnumSequence(code, s, port)) return null;

  // The variable was read from the environment before: `if port == "" { port = "8080" }`.
  const alias = src.envAliases.get(bareName);
  if (alias && alias.at < s && (operator === "=" || operator === "?=")) return envDefault(alias.envVar);
  // `const { PORT = 3000 } = process.env`
  if (operator === "=" && /\}\s*=\s*(?:process|import\.meta|Bun)\.env\b/.test(after(code, e, 200))) {
    const encl = enclosing(src.skel, s, 300);
    if (encl && encl.bracket === "{") {
      const close = matchingClose(src.skel, encl.open, 400);
      if (close > 0 && /^\s*=\s*(?:process|import\.meta|Bun)\.env\b/.test(code.slice(close + 1, close + 40))) return envDefault(bareName);
    }
  }

  const comparison = /^(?:===?|!==?)$/.test(operator);
  const hit: Hit = { pattern: "identifier", kind: "literal", side: "host", identifier: bareName };
  if (!comparison) {
    const call = callAround(src, s);
    if (call && isListenCallee(call.callee)) {
      hit.kind = "listen";
      const host = hostArgument(src, call.open);
      if (host !== undefined) hit.host = host;
    }
  }
  return hit;
}

/**
 * Generated enums number their members: `REDIS_INSTANCE_UNSUPPORTED_PORT = 73` sits between
 * `…_CONNECTOR = 72` and `…_MISMATCH = 74`. A neighbouring line assigning the next or previous
 * number to a name that does not say port marks the line as an enum member, not a port. (Port
 * tables such as `TCP_LOGGING_PORT = 9020`, `UDP_LOGGING_PORT = 9021` stay: their names say port.)
 */
function inEnumSequence(code: string, s: number, value: number): boolean {
  const neighbour = (line: string): boolean => {
    const m = /^\s*["']?([A-Za-z_][\w]*)["']?\s*(?:=|:)\s*(\d{1,6})\s*,?\s*$/.exec(line);
    return m !== null && Math.abs(Number(m[2]) - value) === 1 && !isPortName(m[1]!);
  };
  // Only short lines can be enum members; bounded look-arounds keep huge lines linear.
  const lineStart = s - before(code, s, 200).length;
  if (lineStart > 0 && code.charCodeAt(lineStart - 1) === 10 && neighbour(before(code, lineStart - 1, 200))) return true;
  const rest = after(code, s, 200);
  const lineEnd = s + rest.length;
  if (code.charCodeAt(lineEnd) === 10 && neighbour(after(code, lineEnd + 1, 200))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------

/** Flags and positional ports of known commands, in shell, Makefiles and command strings. */
function commandLine(src: SourceText, s: number, e: number, line: string): Hit | undefined {
  const { code, lang } = src;
  const str = src.lexed.stringAt(s);
  if (!shellish(lang)) {
    // In code, a command is always written as strings: the flag and the port are string text,
    // or the port is a bare argument right after a quoted flag (`["--port", 8000]`).
    const value = wholeValue(src, s, e);
    if (!str && !(value && /["'`]\s*,\s*$/.test(line))) return undefined;
  }
  const next = after(code, e, 8);
  const closing = /^["'`]/.test(next) ? 1 : 0;
  if (!/^["'`]?(?:$|[\s,;)\]}&|]|\/(?:tcp|udp)\b)/.test(next)) return undefined;

  const flag = FLAG_BEFORE.exec(line);
  if (flag) {
    const name = flag[1]!;
    const lineBefore = line.slice(0, flag.index);
    if (name.startsWith("--") || name.length > 2) {
      if (!isPortName(name) && !/^--inspect(?:-brk)?$/.test(name)) return undefined;
      const kind: RefKind = CLIENT_COMMAND.test(lineBefore) ? "dial" : "listen";
      const hit: Hit = { pattern: "cli-flag", kind, side: "host" };
      const host = hostFlag(line + after(code, e + closing, 120));
      if (host !== undefined && kind === "listen") hit.host = host;
      return hit;
    }
    for (const known of SHORT_PORT_FLAGS) {
      if (name === known.flag && known.command.test(lineBefore)) {
        const hit: Hit = { pattern: "cli-flag", kind: known.kind, side: "host" };
        const host = hostFlag(line + after(code, e + closing, 120));
        if (host !== undefined && known.kind === "listen") hit.host = host;
        return hit;
      }
    }
    // Another flag's value is not a port (`-n 8000`, `--timeout 3000`); but a positional may follow it.
  }
  const sep = String.raw`(?:\s+|["'\x60]?\s*,\s*["'\x60]?|["'\x60]\s+["'\x60]?)`;
  const serve = new RegExp(String.raw`\b(?:http\.server|SimpleHTTPServer)(?:${sep}(?:--bind|-b|--directory|-d)${sep}[^\s"',]+)*${sep}["']?$`).exec(line);
  if (serve) {
    const hit: Hit = { pattern: "cli-command", kind: "listen", side: "host" };
    const host = hostFlag(line + after(code, e + closing, 120));
    if (host !== undefined) hit.host = host;
    return hit;
  }
  if (new RegExp(String.raw`\brunserver${sep}["']?$`).test(line)) return { pattern: "cli-command", kind: "listen", side: "host" };
  const nc = /\b(nc|ncat|netcat|telnet)\b((?:\s+-[\w]+)*)\s+(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1)\s+["']?$/.exec(line);
  if (nc) {
    const listening = /-\w*l/.test(nc[2]!);
    const hit: Hit = { pattern: "cli-command", kind: listening ? "listen" : "dial", side: "host", host: nc[3]! };
    if (!listening) hit.dialHost = nc[3]!;
    return hit;
  }
  if (/\bfuser\b[^|;\n]{0,60}\s$/.test(line) && /^\/(?:tcp|udp)\b/.test(next)) {
    return { pattern: "cli-command", kind: "literal", side: "host", protocol: next.startsWith("/udp") ? "udp" : "tcp" };
  }
  return undefined;
}

/** `docker run -p 127.0.0.1:8080:80`: the host port is published, the container port is the target. */
function dockerPublish(src: SourceText, s: number, e: number, line: string, part: "publish" | "target"): Hit | undefined {
  if (!/\b(?:docker|podman)\b/.test(line)) return undefined;
  if (!shellish(src.lang) && !src.lexed.stringAt(s)) return undefined;
  const tail = after(src.code, e, 16);
  const protocol: Protocol = /^(?::\d+)?\/udp\b/.test(tail) ? "udp" : "tcp";
  if (part === "publish") {
    const m = /(?:^|\s|["'])(?:-p|--publish)(?:\s+|=)["']?(?:(\d{1,3}(?:\.\d{1,3}){3}|\[[\da-fA-F:]+\]|localhost):)?$/.exec(line);
    if (!m) return undefined;
    return { pattern: "docker-publish", kind: "publish", side: "host", host: m[1] ? unbracket(m[1]) : "", protocol };
  }
  if (!/^(?:$|["'\s/]|\/(?:tcp|udp))/.test(tail)) return undefined;
  return { pattern: "docker-publish", kind: "target", side: "container", protocol };
}

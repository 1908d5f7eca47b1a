// The env family: `.env` files and their templates. Port variables (`API_PORT=8000`) and ports
// inside values (`DATABASE_URL=postgres://…@localhost:5433/db`), each at the exact digits.

import type { Located, Protocol } from "../../registry/model.js";
import { parseDotenv, type DotenvEntry, type DotenvDocument } from "../dotenv.js";
import type { PortRef, RefMeta, ScanProblem, ScanResult, Scanner, Side } from "../types.js";
import { portRef } from "../port-ref.js";

/** Extensions after `.env.` that are code, data or encrypted blobs rather than dotenv text. */
const NOT_DOTENV = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx|json|ya?ml|toml|py|rb|go|rs|php|sh|bash|zsh|ps1|md|gpg|pgp|asc|enc|age|bak|swp)$/i;

export function isEnvFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (base === ".env") return true;
  if (base.startsWith(".env.")) return !NOT_DOTENV.test(base);
  if (/^env\.(?:example|sample|template)$/i.test(base)) return true;
  // `backend.env.example`: a per-service template.
  if (/^[^.].*\.env\.(?:example|sample|template|dist|defaults?)$/i.test(base)) return true;
  // `*.env` with a real stem: `app.env`, `example.env`, `docker.env`.
  return base.length > 4 && base.endsWith(".env");
}

/**
 * A template is what a newcomer copies to `.env`: the base name says example, template, sample,
 * dist or default(s). Same test as the `env-template-drift` rule, so both agree on every file.
 */
export function isEnvTemplate(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return /(example|template|sample|dist|defaults?)/.test(base);
}

/**
 * Qualifiers after a `PORT` word that make the variable something other than a port number:
 * `PORT_RANGE`, `PORT_OFFSET`, `PORT_MAPPING`, `PORT_ENABLED`, `PORT_TIMEOUT`…
 */
const NOT_A_PORT_AFTER = new Set([
  "RANGE", "RANGES", "COUNT", "OFFSET", "MAP", "MAPPING", "MAPPINGS", "FORWARD", "FORWARDS", "FORWARDING",
  "ENABLE", "ENABLED", "DISABLE", "DISABLED", "TIMEOUT", "RETRY", "RETRIES", "PROTOCOL", "PROTO", "SCHEME",
  "MODE", "TYPE", "SIZE", "LIMIT", "STEP", "INCREMENT", "SHIFT", "INDEX", "IDX", "POOL", "LIST", "FILE",
  "PATH", "DIR", "NAME", "PREFIX", "SUFFIX", "CHECK", "STRATEGY", "POLICY", "DELAY", "INTERVAL",
]);

/** Names that are ports without a separator before `PORT` (libpq's own variable). */
const COMPOUND_PORT_NAMES = new Set(["PGPORT"]);

/** Splits `POSTGRES_PORT`, `vite.port`, `apiPort` into upper-case words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
}

export type PortVariableKind = "single" | "list";

/**
 * Does the variable name a port? `PORT`, `POSTGRES_PORT`, `VITE_PORT`, `HTTP_PORT`, `PORT_HTTP`,
 * `SMTP_PORT_TLS`, `apiPort` name one port; `*_PORTS` (`ASPNETCORE_HTTP_PORTS`) a list. The word
 * must be exactly PORT: `PORTAL_URL`, `SUPPORT_EMAIL`, `TRANSPORT`, `EXPORT_DIR`, `IMPORT_*`
 * are not ports, nor are `PORT_RANGE`, `PORT_OFFSET` and other qualifiers of a port.
 */
export function portVariableKind(name: string): PortVariableKind | undefined {
  const parts = words(name);
  if (parts.length === 1 && COMPOUND_PORT_NAMES.has(parts[0]!)) return "single";
  const last = parts[parts.length - 1];
  if (last === "PORTS") return "list";
  const at = parts.lastIndexOf("PORT");
  if (at < 0) return undefined;
  return parts.slice(at + 1).some((w) => NOT_A_PORT_AFTER.has(w)) ? undefined : "single";
}

export function isPortVariableName(name: string): boolean {
  return portVariableKind(name) !== undefined;
}

/** Hosts a client on the host machine reaches the host's own ports through. */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return (
    h === "localhost" ||
    h.endsWith(".localhost") ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    h === "0.0.0.0" ||
    h === "::1" ||
    h === "::" ||
    h === "host.docker.internal"
  );
}

/** Variable names whose values are addresses, where a bare `name:port` is a host and port. */
const ADDRESS_NAME = /(?:^|_)(?:HOSTS?|ADDR|ADDRESS|ADDRESSES|SERVERS?|BROKERS?|ENDPOINTS?|BIND|LISTEN|URLS?|URIS?|DSN|NODES|PEERS|UPSTREAMS?|BOOTSTRAP|SEEDS)$/;

/** A port somewhere in a value: its digits (relative to the value), and what it belongs to. */
export interface ValuePort {
  digits: string;
  start: number;
  host: string;
  /** `${VAR:-8000}`: the variable whose default the digits are. */
  defaultOf?: string;
  protocol: Protocol;
}

interface HostPort {
  host: string;
  port?: { digits: string; start: number; defaultOf?: string };
  end: number;
}

const BRACED_DEFAULT = /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?::?-)(\d+)\}$/;

/** The `}` closing a `${` at `start`, counting nested `${`. */
function braceEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** `${VAR:-localhost}` stands for its default when classifying a host; `${VAR}` for nothing known. */
function hostAsWritten(host: string): string {
  const m = /^\$\{[_a-zA-Z][_a-zA-Z0-9]*:?-([^{}$]*)\}$/.exec(host);
  return m ? m[1]! : host.replace(/^\[(.*)\]$/, "$1");
}

/** Where a URL authority ends: path, query, fragment, blank, quote, or list punctuation. */
const AUTHORITY_END = /[/?#\s"'`\\<>;)|]/;

/**
 * One `host[:port]` at `start`, up to `,` or `end`. The host may be `[v6]` or hold `${…}`; the port
 * is digits or `${VAR:-digits}`. Undefined when the text there is not of that shape.
 */
function hostPortAt(text: string, start: number, end: number): HostPort | undefined {
  let i = start;
  if (text[i] === "[") {
    const close = text.indexOf("]", i);
    if (close < 0 || close >= end) return undefined;
    i = close + 1;
  } else {
    while (i < end && text[i] !== ":" && text[i] !== ",") {
      if (text[i] === "$" && text[i + 1] === "{") {
        const close = braceEnd(text, i);
        if (close < 0 || close >= end) return undefined;
        i = close + 1;
      } else i++;
    }
  }
  const host = text.slice(start, i);
  if (!/^(?:\[[0-9a-fA-F:.%\w]*\]|(?:[\w.-]|\$\{[^}]*\}|\$\w+)+)$/.test(host)) return undefined;
  if (text[i] !== ":") return { host, end: i };
  const portStart = i + 1;
  let portEnd = portStart;
  if (text[portStart] === "$" && text[portStart + 1] === "{") {
    const close = braceEnd(text, portStart);
    if (close < 0 || close >= end) return undefined;
    portEnd = close + 1;
    const m = BRACED_DEFAULT.exec(text.slice(portStart, portEnd));
    if (!m) return { host, end: portEnd };
    const digitsStart = portEnd - 1 - m[2]!.length;
    return { host, port: { digits: m[2]!, start: digitsStart, defaultOf: m[1]! }, end: portEnd };
  }
  while (portEnd < end && /\d/.test(text[portEnd]!)) portEnd++;
  if (portEnd === portStart) return undefined;
  return { host, port: { digits: text.slice(portStart, portEnd), start: portStart }, end: portEnd };
}

const SCHEME = /([a-zA-Z][a-zA-Z0-9+.-]*):\/\//g;

/**
 * Ports in a value: URLs with an explicit port (several hosts allowed, as in
 * `mongodb://a:27017,b:27017/db`), bare `localhost:3000` / `127.0.0.1:5432` / `[::1]:8080`
 * anywhere, and bare `name:port` items when the variable names an address (`REDIS_HOST=redis:6379`).
 * A URL without a port names no port: default ports are not guessed.
 */
export function findValuePorts(value: string, variable?: string): ValuePort[] {
  const found: ValuePort[] = [];
  const covered: Array<[number, number]> = [];
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(value); m; m = SCHEME.exec(value)) {
    const scheme = m[1]!.toLowerCase();
    const authorityStart = m.index + m[0].length;
    let authorityEnd = authorityStart;
    while (authorityEnd < value.length && !AUTHORITY_END.test(value[authorityEnd]!)) {
      if (value[authorityEnd] === "$" && value[authorityEnd + 1] === "{") {
        const close = braceEnd(value, authorityEnd);
        authorityEnd = close < 0 ? value.length : close + 1;
      } else authorityEnd++;
    }
    covered.push([m.index, authorityEnd]);
    const authority = value.slice(authorityStart, authorityEnd);
    const at = authority.lastIndexOf("@");
    let i = at >= 0 ? authorityStart + at + 1 : authorityStart;
    const protocol: Protocol = scheme === "udp" || scheme.endsWith("+udp") ? "udp" : "tcp";
    for (;;) {
      const item = hostPortAt(value, i, authorityEnd);
      if (!item) break;
      if (item.port && item.host) found.push({ ...item.port, host: item.host, protocol });
      if (value[item.end] !== "," || item.end + 1 >= authorityEnd) break;
      // `http://a:3002,http://b:3003` is a list of URLs, not one URL with two hosts.
      if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value.slice(item.end + 1))) break;
      i = item.end + 1;
    }
    // The next URL may start inside this authority's stretch (after a comma).
    SCHEME.lastIndex = m.index + m[0].length;
  }
  const inUrl = (offset: number) => covered.some(([a, b]) => offset >= a && offset < b);

  const LOCAL = /(?<![\w.:-])(localhost|[\w-]+\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[0-9a-fA-F:]+\]|host\.docker\.internal):(\d+)(?!\w|\.\d)/g;
  for (let m = LOCAL.exec(value); m; m = LOCAL.exec(value)) {
    if (inUrl(m.index)) continue;
    const host = m[1]!;
    if (/^\d/.test(host) && !host.split(".").every((octet) => Number(octet) <= 255)) continue;
    found.push({ digits: m[2]!, start: m.index + host.length + 1, host, protocol: "tcp" });
    covered.push([m.index, m.index + m[0].length]);
  }

  if (variable && ADDRESS_NAME.test(words(variable).join("_"))) {
    // Items of an address list: `kafka1:9092,kafka2:9092`, `redis:6379`.
    const ITEM = /[^\s,;]+/g;
    for (let m = ITEM.exec(value); m; m = ITEM.exec(value)) {
      if (inUrl(m.index)) continue;
      const item = /^([A-Za-z][\w-]*(?:\.[\w-]+)*):(\d+)$/.exec(m[0]);
      if (!item || found.some((p) => p.start === m!.index + item[1]!.length + 1)) continue;
      found.push({ digits: item[2]!, start: m.index + item[1]!.length + 1, host: item[1]!, protocol: "tcp" });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

class EnvScan {
  readonly refs: PortRef[] = [];
  readonly problems: ScanProblem[] = [];
  private readonly meta: RefMeta | undefined;

  constructor(
    private readonly file: string,
    private readonly doc: DotenvDocument,
    template: boolean,
  ) {
    this.meta = template ? { template: true } : undefined;
  }

  private at(start: number, end: number): Located {
    return { file: this.file, ...this.doc.span(start, end) };
  }

  /** Digits at `[start, end)` of the source; 0 is "any free port", above 65535 a problem. */
  private port(start: number, end: number, digits: string, fields: Omit<PortRef, keyof Located | "family" | "port">, portEnd?: string): void {
    const port = Number(digits);
    const last = portEnd === undefined ? undefined : Number(portEnd);
    const at = this.at(start, end);
    if (port > 65535 || (last !== undefined && (last > 65535 || last < port))) {
      const written = portEnd === undefined ? digits : `${digits}-${portEnd}`;
      this.problems.push({ ...at, kind: "invalid-port", message: `${fields.envVar ?? "value"} sets ${written}, which is not a valid port (1-65535)` });
      return;
    }
    if (port === 0) return;
    const meta = fields.meta || this.meta ? { ...this.meta, ...fields.meta } : undefined;
    this.refs.push(
      portRef(at, {
        family: "env",
        kind: fields.kind,
        side: fields.side,
        port,
        protocol: fields.protocol,
        portEnd: fields.portEnd ?? last,
        host: fields.host,
        envVar: fields.envVar,
        name: fields.name,
        meta,
      }),
    );
  }

  entry(entry: DotenvEntry): void {
    const kind = entry.inherited ? undefined : portVariableKind(entry.name);
    if (kind && this.portVariable(entry, kind)) return;
    this.valuePorts(entry);
  }

  /** `API_PORT=8000`, `API_PORT="8000"`, `API_PORT=${API_PORT:-8000}`, `HTTP_PORTS=8080;8081`. */
  private portVariable(entry: DotenvEntry, kind: "single" | "list"): boolean {
    const raw = entry.raw;
    const base = { kind: "assign" as const, side: "host" as const, protocol: "tcp" as const, envVar: entry.name };
    const single = /^\s*(\d+)\s*$/.exec(raw);
    if (single) {
      const start = entry.valueStart + raw.indexOf(single[1]!);
      this.port(start, start + single[1]!.length, single[1]!, base);
      return true;
    }
    const fallback = BRACED_DEFAULT.exec(raw.trim());
    if (fallback) {
      const start = entry.valueStart + raw.lastIndexOf(fallback[2]! + "}");
      this.port(start, start + fallback[2]!.length, fallback[2]!, { ...base, meta: { fromDefault: true } });
      return true;
    }
    if (kind === "list" && /^\s*\d+(?:-\d+)?(?:\s*[,; ]\s*\d+(?:-\d+)?)*\s*$/.test(raw)) {
      const ITEM = /(\d+)(?:-(\d+))?/g;
      for (let m = ITEM.exec(raw); m; m = ITEM.exec(raw)) {
        const start = entry.valueStart + m.index;
        this.port(start, start + m[0].length, m[1]!, base, m[2]);
      }
      return true;
    }
    return false;
  }

  /** URLs and addresses inside any value. */
  private valuePorts(entry: DotenvEntry): void {
    for (const found of findValuePorts(entry.raw, entry.name)) {
      const start = entry.valueStart + found.start;
      const host = hostAsWritten(found.host);
      const side: Side = isLocalHost(host) ? "host" : "container";
      this.port(start, start + found.digits.length, found.digits, {
        kind: "dial",
        side,
        protocol: found.protocol,
        envVar: found.defaultOf ?? entry.name,
        meta: { dialHost: host, ...(found.defaultOf ? { fromDefault: true } : {}) },
      });
    }
  }
}

export function scanEnv(path: string, text: string): ScanResult {
  const doc = parseDotenv(text);
  const scan = new EnvScan(path, doc, isEnvTemplate(path));
  const definedVars: NonNullable<ScanResult["definedVars"]> = [];
  for (const entry of doc.entries) {
    if (entry.name === "") continue;
    definedVars.push({ name: entry.name, value: entry.value, file: path, ...entry.nameSpan });
    scan.entry(entry);
  }
  const problems: ScanProblem[] = doc.problems.map((p) => ({
    file: path,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    kind: "parse-error",
    message: p.message,
  }));
  return { refs: scan.refs, problems: [...problems, ...scan.problems], definedVars };
}

export const envScanner: Scanner = {
  id: "env",
  family: "env",
  matches: isEnvFile,
  scan(path, text) {
    try {
      return scanEnv(path, text);
    } catch (error) {
      // A scanner never throws: an unexpected failure is reported against the file.
      const message = `could not read ${path} as a .env file: ${error instanceof Error ? error.message : String(error)}`;
      return { refs: [], problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message }] };
    }
  },
};

// INI-style configuration (grafana.ini, my.cnf, php-fpm pools, supervisord, uwsgi, postgresql.conf):
// keys whose name says port, listen or bind, with the bind address written in the same section.

import type { Scanner, ScanResult } from "../../types.js";
import { dialSide, isDigits, splitHostPort } from "./address.js";
import { portsInCommand } from "./command-line.js";
import { failedScan, RefCollector } from "./located.js";

const SECTION = /^\s*\[([^\]\n]+)\]\s*(?:[;#].*)?$/;
const KEY_VALUE = /^\s*([A-Za-z0-9_.\-[\]]+)\s*=/;

function significantLines(text: string, limit: number): string[] {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith(";") || trimmed.startsWith("#")) continue;
    lines.push(trimmed);
    if (lines.length >= limit) break;
  }
  return lines;
}

/** Sections and `key = value` lines, nothing ending like nginx (`;`, `{`, `}`). */
export function looksLikeIni(text: string): boolean {
  const lines = significantLines(text, 200);
  if (lines.length === 0) return false;
  if (lines.some((l) => /[{}]$/.test(l))) return false;
  if (SECTION.test(lines[0]!)) return true;
  const pairs = lines.filter((l) => KEY_VALUE.test(l) && !l.endsWith(";")).length;
  return pairs / lines.length >= 0.8;
}

/** `http-port`, `Listen.Port` → `http_port`, `listen_port`. */
function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-.]/g, "_");
}

const WORD_PORT = /^(?:http|https|server|listen|web|admin|api|grpc|rpc|ssl|tls|local|bind|tcp|udp)port$/;
const LISTEN_KEY = /^(?:listen|listen_addr|listen_address|listen_addresses|bind|bind_addr|bind_address|bind_host|bind_ip|http_addr|http_address)$/;
const HOST_KEY = /(?:^|_)(?:addr|address|addresses|host|ip)$|^bind/;
const UWSGI_SOCKETS = /^(?:http|https|http_socket|https_socket|socket|uwsgi_socket|http11_socket|fastcgi_socket|shared_socket|stats)$/;
/** Sections that configure a client (`[client]`, `[database]`, php.ini's `[MySQLi]`): their ports are dialled. */
const DIAL_SECTION =
  /client|mysqli|^mysql(?:dump|admin|import|show|check)?$|database|^db$|redis|smtp|mail|ldap|remote|upstream|postgres|mongo|memcache|amqp|rabbit|kafka|elastic|supervisorctl|^cache$|queue|broker|tracing|jaeger|zipkin|graphite|statsd|syslog|otlp|collector/i;
/** Keys naming what a program connects to (`db_port`, `smtp_port`, `mysqli.default_port`). */
const DIAL_KEY = /^(?:smtp|mail|db|database|redis|mysql|mysqli|pg|postgres|mongo|ldap|remote|upstream|proxy|client|target|backend|agent|collector)_|default_port$/;
/** File names that say nothing about what listens. */
const GENERIC_NAMES = new Set([
  "config", "configuration", "settings", "app", "application", "default", "defaults", "www", "local", "custom",
  "main", "base", "my", "php", "server", "production", "development", "dev", "prod", "test", "site", "common",
]);

function portKey(key: string): boolean {
  if (key.endsWith("_ports")) return false;
  return key === "port" || key.endsWith("_port") || WORD_PORT.test(key);
}

/** The part of a key naming what it configures: `http_port` → `http`, `port` → ``. */
function keyPrefix(key: string): string {
  return key.replace(/_?(?:port|addr|address|addresses|host|ip)$/, "").replace(/^(?:bind|listen)$/, "");
}

interface Value {
  text: string;
  start: number;
}

/** The value after `=`: inline `;`/`#` comments (after whitespace) and surrounding quotes removed. */
function valueOf(line: string, lineStart: number, eq: number): Value {
  let start = eq + 1;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  let end = line.length;
  const comment = /\s[;#]/.exec(line.slice(start));
  if (comment) end = start + comment.index;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (end - start >= 2 && (line[start] === '"' || line[start] === "'") && line[end - 1] === line[start]) {
    start++;
    end--;
  }
  return { text: line.slice(start, end), start: lineStart + start };
}

function stem(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(/\.(?:ini|cfg|cnf|conf)(?:\.[a-z0-9]+)?$/i, "");
}

interface PendingPort {
  start: number;
  length: number;
  prefix: string;
  host?: string;
  dial: boolean;
}

function scanIniText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  const fileName = stem(path).toLowerCase();
  const fileService = GENERIC_NAMES.has(fileName) || /^\d/.test(fileName) ? undefined : stem(path);
  let section = "";
  let pending: PendingPort[] = [];
  let hosts = new Map<string, string>();

  const flush = () => {
    const sectionName = /^(?:program|fcgi-program):(.+)$/.exec(section)?.[1] ?? fileService;
    for (const p of pending) {
      let host = p.host;
      if (host === undefined) host = hosts.get(p.prefix) ?? hosts.get("");
      if (p.dial) {
        const dialHost = host ?? "";
        out.port(p.start, p.start + p.length, {
          kind: "dial",
          side: dialSide(dialHost),
          meta: host !== undefined ? { dialHost: host } : undefined,
        });
      } else {
        out.port(p.start, p.start + p.length, { kind: "listen", host, name: sectionName });
      }
    }
    pending = [];
    hosts = new Map();
  };

  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const here = lineStart;
    lineStart += rawLine.length + 1;
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed.startsWith(";") || trimmed.startsWith("#")) continue;
    // configparser continuation lines belong to the previous value.
    if (/^\s/.test(line) && section !== "" && !KEY_VALUE.test(line)) continue;
    const header = SECTION.exec(line);
    if (header) {
      flush();
      section = header[1]!.trim();
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const key = normaliseKey(kv[1]!);
    const value = valueOf(line, here, line.indexOf("=", kv[0].length - 1));
    const dial = (DIAL_SECTION.test(section) && !/mysqld|server/i.test(section)) || DIAL_KEY.test(key);
    const uwsgi = section.toLowerCase() === "uwsgi" && UWSGI_SOCKETS.test(key);

    if (key === "command" && /^(?:program|fcgi-program):/.test(section)) {
      const name = section.slice(section.indexOf(":") + 1);
      for (const p of portsInCommand(value.text)) {
        const start = value.start + p.start;
        const meta: Record<string, unknown> = { flag: p.via };
        if (p.dialHost !== undefined) meta.dialHost = p.dialHost;
        out.port(start, start + (p.end - p.start), {
          kind: p.kind,
          side: p.side,
          host: p.host,
          envVar: p.envVar,
          protocol: p.protocol,
          portEnd: p.portEnd,
          name: p.kind === "dial" ? undefined : name,
          meta,
        });
      }
      continue;
    }

    // Inventory variables describe remote machines (`ansible_port=2222` is where ssh connects).
    if (key.startsWith("ansible_")) continue;
    const isPort = portKey(key);
    const isHost = !isPort && HOST_KEY.test(key);
    // `ha_listen_address`, `admin_bind_addr`, and a bare `address` in a `[grpc_server]`-like section.
    const isListen =
      LISTEN_KEY.test(key) || uwsgi || /(?:^|_)(?:listen|bind)(?:_addr|_address)?$/.test(key) || (isHost && !dial && /server|listen/i.test(section) && /^(?:addr|address)$/.test(key));
    if (!isPort && !isListen && !isHost) continue;
    let text = value.text;
    let offset = 0;
    if (uwsgi) text = text.split(",")[0]!;
    const scheme = /^(?:tcp|http|https):\/\//.exec(text);
    if (scheme) {
      offset = scheme[0].length;
      text = text.slice(offset);
    }
    if (text === "" || text.startsWith("/") || text.startsWith("unix:") || text.startsWith("@")) continue;
    const parts = splitHostPort(text);
    const prefix = keyPrefix(key);
    // A host key holding `host:port` is a port only where the section dials (`[database] host = db:5432`).
    if (isDigits(parts.port) && (isPort || isListen || (isHost && dial))) {
      const pendingPort: PendingPort = { start: value.start + offset + parts.portStart!, length: parts.port.length, prefix, dial };
      // `listen = 9000` (php-fpm, uwsgi `:9000`) binds every interface; `${POD_IP}:9094` names no address we know.
      if (parts.host !== undefined) {
        if (/^[\w.:*-]*$/.test(parts.host)) pendingPort.host = parts.host;
      }
      else if (isListen) pendingPort.host = "";
      pending.push(pendingPort);
    } else if (parts.port === undefined && parts.host !== undefined && (isListen || isHost)) {
      // `listen_addresses = 'localhost, 10.0.0.5'`: the first address stands for the set.
      const first = parts.host.split(",")[0]!.trim();
      if (/^[\w.:*-]*$/.test(first) && !hosts.has(prefix)) hosts.set(prefix, first === "*" ? "*" : first);
    }
  }
  flush();
  return out.result();
}

export function scanIni(path: string, text: string): ScanResult {
  try {
    return scanIniText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

const INI_PATHS = [
  /\.(?:ini|cnf|cfg)(?:\.(?:j2|jinja2?|template|tmpl))?$/i,
  /(?:^|\/)supervisord?\.conf$/i,
  /(?:^|\/)(?:supervisor|supervisord)(?:\.d)?\/(?:conf\.d\/)?[^/]+\.(?:conf|ini)$/i,
  /(?:^|\/)php-fpm[^/]*\.conf$/i,
  /(?:^|\/)(?:php-fpm\.d|pool\.d)\/[^/]+\.conf$/i,
  /(?:^|\/)php-fpm\/(?:[^/]+\/)*[^/]+\.conf$/i,
  /(?:^|\/)php[^/]*\/(?:[^/]+\/)*fpm\/[^/]+\.conf$/i,
  /(?:^|\/)postgresql(?:\.auto)?\.conf$/i,
  /(?:^|\/)pgbouncer\.ini$/i,
];

export const iniScanner: Scanner = {
  id: "config/ini",
  family: "config",
  matches: (path) => !/(?:^|\/)haproxy[^/]*\.cfg$/i.test(path) && INI_PATHS.some((re) => re.test(path)),
  scan: scanIni,
};

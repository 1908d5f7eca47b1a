// nginx configuration (and its Jinja / envsubst templates): `listen` addresses, `proxy_pass` and
// the other `*_pass` upstreams, and `server` lines of `upstream` blocks.

import type { Scanner, ScanResult } from "../../types.js";
import { dialName, dialSide, isDigits, splitHostPort, urlAt } from "./address.js";
import { looksLikeIni, scanIni } from "./ini.js";
import { failedScan, RefCollector } from "./located.js";

interface Word {
  text: string;
  /** Offset in the file of text[0]. */
  start: number;
  /** The word was quoted; offsets inside it map one to one only when it holds no escapes. */
  escaped: boolean;
}

type Token = { type: "word"; word: Word } | { type: "open" | "close" | "semi"; at: number };

/** Reads a template placeholder (`{{ x }}`, `{% x %}`, `{# x #}`) starting at i; returns its end. */
function placeholderEnd(text: string, i: number): number {
  const closer = text[i + 1] === "{" ? "}}" : text[i + 1] === "%" ? "%}" : "#}";
  const close = text.indexOf(closer, i + 2);
  return close < 0 ? text.length : close + 2;
}

function isPlaceholderStart(text: string, i: number): boolean {
  return text[i] === "{" && (text[i + 1] === "{" || text[i + 1] === "%" || text[i + 1] === "#");
}

/** Skips the Lua body of a `*_by_lua_block {`; returns the offset of its closing brace. */
function luaBlockEnd(text: string, open: number): number {
  let depth = 1;
  let i = open + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "-" && text[i + 1] === "-") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      i++;
    } else if (ch === "[" && /^\[=*\[/.test(text.slice(i, i + 8))) {
      const level = /^\[(=*)\[/.exec(text.slice(i, i + 8))![1]!;
      const close = text.indexOf(`]${level}]`, i);
      i = close < 0 ? text.length : close + level.length + 2;
    } else {
      if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) return i;
      i++;
    }
  }
  return text.length;
}

export function nginxTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const previous = tokens[tokens.length - 1];
    if (ch === "{" && previous?.type === "word" && /_by_lua_block$/.test(previous.word.text)) {
      // Lua code is not nginx syntax: its strings and tables would unbalance the braces.
      const close = luaBlockEnd(text, i);
      tokens.push({ type: "open", at: i });
      if (close < text.length) tokens.push({ type: "close", at: close });
      i = close + 1;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (isPlaceholderStart(text, i) && text[i + 1] !== "{") {
      // `{% if %}` / `{# … #}` are template control, not configuration.
      i = placeholderEnd(text, i);
    } else if (ch === "{" && !isPlaceholderStart(text, i)) {
      tokens.push({ type: "open", at: i });
      i++;
    } else if (ch === "}") {
      tokens.push({ type: "close", at: i });
      i++;
    } else if (ch === ";") {
      tokens.push({ type: "semi", at: i });
      i++;
    } else if (ch === '"' || ch === "'") {
      let value = "";
      let escaped = false;
      let k = i + 1;
      while (k < text.length && text[k] !== ch) {
        if (text[k] === "\\" && k + 1 < text.length) {
          escaped = true;
          value += text[k + 1];
          k += 2;
        } else {
          value += text[k];
          k++;
        }
      }
      tokens.push({ type: "word", word: { text: value, start: i + 1, escaped } });
      i = k + 1;
    } else {
      const start = i;
      while (i < text.length) {
        const c = text[i]!;
        if (isPlaceholderStart(text, i)) i = placeholderEnd(text, i);
        else if (c === "$" && text[i + 1] === "{") {
          const close = text.indexOf("}", i);
          i = close < 0 ? text.length : close + 1;
        } else if (/\s/.test(c) || c === ";" || c === "{" || c === "}") break;
        else i++;
      }
      tokens.push({ type: "word", word: { text: text.slice(start, i), start, escaped: false } });
    }
  }
  return tokens;
}

const PASS = new Set(["proxy_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "grpc_pass", "memcached_pass"]);

function scanNginxText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  const stack: Array<{ name: string; at: number }> = [];
  let words: Word[] = [];

  const dial = (word: Word, offset: number, host: string, port: string) => {
    const start = word.start + offset;
    const name = dialName(host);
    out.port(start, start + port.length, { kind: "dial", side: dialSide(host), name, meta: { dialHost: host } });
  };

  /** `host:port`, `[v6]:port` or a URL with a port, inside `word`. */
  const dialAddress = (word: Word) => {
    if (word.escaped) return;
    const value = word.text;
    if (value.includes("://")) {
      const url = urlAt(value, 0);
      if (url?.port !== undefined) dial(word, url.portStart!, url.host, url.port);
      return;
    }
    if (value.startsWith("unix:")) return;
    const parts = splitHostPort(value);
    if (parts.host !== undefined && isDigits(parts.port)) dial(word, parts.portStart!, parts.host, parts.port);
  };

  const statement = (ws: Word[]) => {
    const directive = ws[0]?.text;
    const args = ws.slice(1);
    if (!directive || args.length === 0) return;
    const block = stack[stack.length - 1]?.name;
    if (directive === "listen") {
      const address = args[0]!;
      if (address.escaped || address.text.startsWith("unix:")) return;
      const parts = splitHostPort(address.text);
      if (!isDigits(parts.port)) return;
      const udp = args.slice(1).some((a) => a.text === "udp" || a.text === "quic");
      const start = address.start + parts.portStart!;
      out.port(start, start + parts.port.length, {
        kind: "listen",
        protocol: udp ? "udp" : "tcp",
        // No address: nginx listens on every interface.
        host: parts.host ?? "",
      });
    } else if (PASS.has(directive)) {
      dialAddress(args[0]!);
    } else if (directive === "server" && block === "upstream") {
      dialAddress(args[0]!);
    }
  };

  for (const token of nginxTokens(text)) {
    if (token.type === "word") {
      words.push(token.word);
    } else if (token.type === "semi") {
      statement(words);
      words = [];
    } else if (token.type === "open") {
      stack.push({ name: words[0]?.text ?? "", at: token.at });
      words = [];
    } else {
      if (words.length) statement(words);
      words = [];
      if (!stack.pop()) out.problem("parse-error", token.at, token.at + 1, "unexpected '}' (no block is open)");
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) out.problem("parse-error", unclosed.at, unclosed.at + 1, `'${unclosed.name || "{"}' block is never closed`);
  return out.result();
}

/** The text reads as nginx configuration: a block such as `server {` plus a directive. */
export function looksLikeNginx(text: string): boolean {
  return (
    /^\s*(?:server|http|upstream|events|stream|location|map|types)\b[^;{}\n]*\{/m.test(text) &&
    /^\s*(?:listen|proxy_pass|fastcgi_pass|uwsgi_pass|server_name|root|location|include)\s/m.test(text)
  );
}

export function scanNginx(path: string, text: string): ScanResult {
  try {
    // php-fpm pools and supervisor programs often sit beside nginx configs with a `.conf` name.
    if (looksLikeIni(text) && !looksLikeNginx(text)) return scanIni(path, text);
    return scanNginxText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

const NOT_NGINX = /(?:^|\/)(?:fail2ban|filter\.d|jail\.d|action\.d|logrotate\.d|supervisor|supervisord\.d|php-fpm\.d|pool\.d)\//i;
/** Notes and data that sit in config folders (`sites-available/README.md`). */
const NOT_CONFIG = /\.(?:md|markdown|txt|rst|html?|json|ya?ml|bak|orig|swp|dpkg-old|dpkg-dist)$/i;
const NGINX_PATHS = [
  /(?:^|\/)nginx[^/]*\.conf(?:\.(?:template|j2|jinja2?|tmpl|erb))?$/i,
  /\.nginx(?:\.conf)?$/i,
  /\.nginxconf$/i,
  /(?:^|\/)sites-(?:available|enabled)\/[^/]+$/,
  /(?:^|\/)conf\.d\/[^/]+\.conf$/,
  /(?:^|\/)(?:http|stream)\.d\/[^/]+\.conf$/,
  /\.conf\.(?:template|j2|jinja2?|tmpl)$/i,
  /(?:^|\/)[^/]*nginx[^/]*\/(?:[^/]+\/)*[^/]+\.conf$/i,
];

export const nginxScanner: Scanner = {
  id: "config/nginx",
  family: "config",
  matches: (path) => !NOT_NGINX.test(path) && !NOT_CONFIG.test(path) && NGINX_PATHS.some((re) => re.test(path)),
  scan: scanNginx,
};

/**
 * Any other `*.conf`: read as nginx when it looks like nginx, as INI when it looks like INI, and
 * otherwise left alone (a `.conf` extension says little about the format).
 */
export const sniffedConfScanner: Scanner = {
  id: "config/conf",
  family: "config",
  matches: (path) => /\.conf$/i.test(path) && !NOT_NGINX.test(path),
  scan(path, text) {
    try {
      if (looksLikeNginx(text)) return scanNginxText(path, text);
      if (looksLikeIni(text)) return scanIni(path, text);
      return { refs: [], problems: [] };
    } catch (error) {
      return failedScan(path, error);
    }
  },
};

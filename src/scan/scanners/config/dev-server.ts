// Dev-server configs in JavaScript/TypeScript (vite, webpack, next, astro, svelte, nuxt, vue):
// `server`/`preview`/`devServer` `port` and `host` (listen) and `proxy` targets (dial). A small
// tokenizer skips comments, strings, template literals and regexes, so only real object
// properties count.

import type { Scanner, ScanResult } from "../../types.js";
import { dialName, dialSide, urlAt } from "./address.js";
import { failedScan, RefCollector } from "./located.js";

type TokenType = "ident" | "string" | "template" | "number" | "punct" | "regex";

interface Token {
  type: TokenType;
  /** Identifier name, punctuator, number text, or string content (quotes removed). */
  value: string;
  start: number;
  end: number;
  /** String content holds a backslash: offsets inside it do not map one to one. Strings and
   * templates start at their opening quote, backtick or `}`. */
  escaped?: boolean;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await", "instanceof", "export", "default",
]);

function regexAllowed(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.type === "punct") return !")]}".includes(prev.value);
  if (prev.type === "ident") return KEYWORDS_BEFORE_EXPRESSION.has(prev.value);
  return false;
}

export function jsTokens(text: string): Token[] {
  const tokens: Token[] = [];
  /** What each open `{` belongs to: a block/object, or a `${` inside a template literal. */
  const braces: Array<"brace" | "template"> = [];
  const n = text.length;
  let i = 0;

  /** Reads template characters from `from`; pushes the chunk; returns where code resumes. */
  const template = (from: number, startsAt: number): number => {
    let k = from;
    let escaped = false;
    while (k < n) {
      const c = text[k]!;
      if (c === "\\") {
        escaped = true;
        k += 2;
      } else if (c === "`") {
        tokens.push({ type: "template", value: text.slice(from, k), start: from - 1, end: k + 1, escaped });
        if (startsAt === from - 1 && !text.slice(from, k).includes("${")) tokens[tokens.length - 1]!.type = "string";
        return k + 1;
      } else if (c === "$" && text[k + 1] === "{") {
        tokens.push({ type: "template", value: text.slice(from, k), start: from - 1, end: k + 2, escaped: true });
        braces.push("template");
        return k + 2;
      } else k++;
    }
    tokens.push({ type: "template", value: text.slice(from), start: from - 1, end: n, escaped: true });
    return n;
  };

  while (i < n) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || c === "\ufeff") {
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === "'" || c === '"') {
      let k = i + 1;
      let escaped = false;
      while (k < n && text[k] !== c && text[k] !== "\n") {
        if (text[k] === "\\") {
          escaped = true;
          k++;
        }
        k++;
      }
      tokens.push({ type: "string", value: text.slice(i + 1, Math.min(k, n)), start: i, end: Math.min(k + 1, n), escaped });
      i = k + 1;
    } else if (c === "`") {
      i = template(i + 1, i);
    } else if (c === "}" && braces[braces.length - 1] === "template") {
      braces.pop();
      i = template(i + 1, -1);
    } else if (c === "/" && regexAllowed(tokens[tokens.length - 1])) {
      let k = i + 1;
      let inClass = false;
      while (k < n && text[k] !== "\n") {
        const r = text[k]!;
        if (r === "\\") k++;
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
        k++;
      }
      k++;
      while (k < n && /[a-z]/i.test(text[k]!)) k++;
      tokens.push({ type: "regex", value: text.slice(i, k), start: i, end: k });
      i = k;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)n?/.exec(text.slice(i, i + 64));
      const len = m && m[0].length > 0 ? m[0].length : 1;
      tokens.push({ type: "number", value: text.slice(i, i + len), start: i, end: i + len });
      i += len;
    } else if (/[A-Za-z_$]/.test(c) || c.charCodeAt(0) > 127) {
      let k = i + 1;
      while (k < n && (/[A-Za-z0-9_$]/.test(text[k]!) || text.charCodeAt(k) > 127)) k++;
      tokens.push({ type: "ident", value: text.slice(i, k), start: i, end: k });
      i = k;
    } else {
      if (c === "{") braces.push("brace");
      else if (c === "}") braces.pop();
      tokens.push({ type: "punct", value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

interface Container {
  open: "{" | "[" | "(";
  /** The property this object/array is the value of (`server` in `server: {…}`). */
  key?: string;
  ports: Array<{ start: number; end: number; envVar?: string; fromDefault?: boolean; hmr: boolean }>;
  host?: string;
}

const LISTEN_OBJECTS = new Set(["server", "preview", "devServer"]);
/** Properties whose values are read; every other property is skipped without looking at its value. */
const PROPERTIES_READ = new Set(["port", "host", "target", "proxy", "destination"]);
const ENV_READ = [
  { at: ["process", ".", "env", "."], name: 4 },
  { at: ["import", ".", "meta", ".", "env", "."], name: 6 },
  { at: ["env", "."], name: 2 },
];

/** A port, host or URL expression is short; longer values are not read (and reading stays linear). */
const MAX_VALUE_TOKENS = 64;

/** The tokens of a property value: up to the `,` or closing bracket at the same depth. */
function valueTokens(tokens: Token[], from: number): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let k = from; k < tokens.length && out.length <= MAX_VALUE_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.type === "punct" || t.type === "template") {
      if (t.type === "punct" && "([{".includes(t.value)) depth++;
      else if (t.type === "punct" && ")]}".includes(t.value)) {
        if (depth === 0) break;
        depth--;
      } else if (t.type === "punct" && t.value === "," && depth === 0) break;
    }
    out.push(t);
  }
  return out;
}

/** The environment variable a value reads (`process.env.PORT`, `env.VITE_PORT`, `process.env['PORT']`). */
function envVarIn(value: Token[]): string | undefined {
  for (let k = 0; k < value.length; k++) {
    for (const read of ENV_READ) {
      if (!read.at.every((v, j) => value[k + j]?.value === v && value[k + j]?.type !== "string")) continue;
      const name = value[k + read.name];
      if (name?.type === "ident") return name.value;
    }
    // process.env["PORT"]
    if (value[k]?.value === "env" && value[k + 1]?.value === "[" && value[k + 2]?.type === "string") return value[k + 2]!.value;
  }
  return undefined;
}

/** A port in a value expression: exactly one integer literal (or digit string), radix arguments aside. */
function portIn(value: Token[]): { start: number; end: number } | undefined {
  const candidates: Array<{ start: number; end: number }> = [];
  for (let k = 0; k < value.length; k++) {
    const t = value[k]!;
    if (t.type === "number" && /^\d+$/.test(t.value)) {
      // parseInt(x, 10): a radix is not a port.
      if (value[k - 1]?.value === "," && value[k + 1]?.value === ")" && Number(t.value) <= 36) continue;
      candidates.push({ start: t.start, end: t.end });
    } else if (t.type === "string" && /^\d+$/.test(t.value)) {
      candidates.push({ start: t.start + 1, end: t.start + 1 + t.value.length });
    } else if (t.type === "ident" && value[k + 1]?.value === "(" && !/^(?:Number|parseInt|parseFloat|String|Math|Boolean)$/.test(t.value) && t.value !== "get") {
      // A call to something else (`getPort()`, `findFreePort(3000)`) decides the port at run time.
      if (!(value[k - 1]?.value === ".")) return undefined;
    }
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

function stringValue(value: Token[]): Token | undefined {
  return value.length === 1 && value[0]!.type === "string" && !value[0]!.escaped ? value[0] : undefined;
}

function scanDevServerText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  const tokens = jsTokens(text);
  const stack: Container[] = [];
  // How many open containers are `server`-like or `proxy` values: O(1) ancestry checks.
  let listenDepth = 0;
  let proxyDepth = 0;
  const push = (container: Container) => {
    stack.push(container);
    if (container.key !== undefined && LISTEN_OBJECTS.has(container.key)) listenDepth++;
    if (container.key === "proxy") proxyDepth++;
  };
  const pop = (): Container | undefined => {
    const container = stack.pop();
    if (container?.key !== undefined && LISTEN_OBJECTS.has(container.key)) listenDepth--;
    if (container?.key === "proxy") proxyDepth--;
    return container;
  };

  const dialUrl = (token: Token) => {
    const contentStart = token.start + 1;
    const url = urlAt(text, contentStart);
    if (!url?.port || url.end > token.end) return;
    out.port(url.portStart!, url.portStart! + url.port.length, {
      kind: "dial",
      side: dialSide(url.host),
      name: dialName(url.host),
      meta: { dialHost: url.host },
    });
  };

  const close = (container: Container) => {
    for (const p of container.ports) {
      const meta: Record<string, unknown> = {};
      if (p.fromDefault) meta.fromDefault = true;
      if (p.hmr) meta.hmr = true;
      if (container.key) meta.setting = p.hmr ? "server.hmr.port" : `${container.key}.port`;
      out.port(p.start, p.end, { kind: "listen", host: container.host, envVar: p.envVar, meta });
    }
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === "punct" && (t.value === "{" || t.value === "[" || t.value === "(")) {
      const top = stack[stack.length - 1];
      let key: string | undefined;
      const colon = tokens[k - 1];
      const keyToken = tokens[k - 2];
      if (colon?.value === ":" && colon.type === "punct" && keyToken && (keyToken.type === "ident" || keyToken.type === "string")) {
        key = keyToken.value;
      } else if (t.value === "{" && top?.open === "[") key = top.key;
      push({ open: t.value, key, ports: [] });
      continue;
    }
    if (t.type === "punct" && (t.value === "}" || t.value === "]" || t.value === ")")) {
      const popped = pop();
      const parent = stack[stack.length - 1];
      // `hmr: { port }` listens on the server's host unless it names its own.
      if (popped?.key === "hmr" && popped.host === undefined && parent?.key === "server") parent.ports.push(...popped.ports);
      else if (popped?.open === "{") close(popped);
      continue;
    }
    const top = stack[stack.length - 1];
    // A property: `key:` right after `{` or `,` inside an object literal.
    if (
      top?.open !== "{" ||
      (t.type !== "ident" && t.type !== "string") ||
      tokens[k + 1]?.value !== ":" ||
      tokens[k + 1]?.type !== "punct" ||
      !(tokens[k - 1]?.value === "{" || tokens[k - 1]?.value === ",")
    ) {
      continue;
    }
    const key = t.value;
    if (!PROPERTIES_READ.has(key) && top.key !== "proxy") continue;
    const value = valueTokens(tokens, k + 2);
    if (value.length > MAX_VALUE_TOKENS) continue;
    const parentKey = stack[stack.length - 2]?.key;
    const inListenObject = top.key !== undefined && LISTEN_OBJECTS.has(top.key);
    const inHmr = top.key === "hmr" && parentKey === "server";
    if (key === "port" && (inListenObject || inHmr)) {
      const port = portIn(value);
      if (port) {
        const envVar = envVarIn(value);
        top.ports.push({ ...port, envVar, fromDefault: envVar !== undefined ? true : undefined, hmr: inHmr });
      }
    } else if (key === "host" && inListenObject) {
      const single = stringValue(value);
      if (value.length === 1 && value[0]!.type === "ident" && value[0]!.value === "true") top.host = "";
      else if (single && /^[\w.:*[\]-]*$/.test(single.value)) top.host = single.value.replace(/^\[(.*)\]$/, "$1");
      else {
        // `process.env.HOST ?? '127.0.0.1'`: the written default is where it listens unless overridden.
        const strings = value.filter((v) => v.type === "string");
        if (strings.length === 1 && envVarIn(value) && /^[\w.:*-]+$/.test(strings[0]!.value)) top.host = strings[0]!.value;
      }
    } else {
      const single = stringValue(value);
      if (!single) continue;
      const proxyEntry = top.key === "proxy" && listenDepth > 0;
      const proxyTarget = key === "target" && proxyDepth > 0;
      const proxyString = key === "proxy" && inListenObject;
      const rewrite = key === "destination" && /(?:^|\/)next\.config\./.test(path);
      if (proxyEntry || proxyTarget || proxyString || rewrite) dialUrl(single);
    }
  }
  while (stack.length) {
    const popped = pop()!;
    if (popped.open === "{") close(popped);
  }
  out.refs.sort((a, b) => a.line - b.line || a.column - b.column);
  return out.result();
}

export function scanDevServer(path: string, text: string): ScanResult {
  try {
    return scanDevServerText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

const CONFIG_NAMES = /(?:^|\/)(?:vite|webpack(?:\.[\w-]+)?|next|astro|svelte|nuxt|vue)\.config(?:\.[\w-]+)?\.(?:js|ts|mjs|mts|cjs|cts)$/;

export const devServerScanner: Scanner = {
  id: "config/dev-server",
  family: "config",
  matches: (path) => CONFIG_NAMES.test(path),
  scan: scanDevServer,
};

// Port settings inside one command line (systemd `ExecStart`, Procfile entries, package.json
// scripts, supervisor `command=`): listen flags, bind addresses, `PORT=` prefixes, a few
// positional forms, and `docker run -p`. Indices returned are into the command string.

import type { Protocol } from "../../../registry/model.js";
import type { RefKind, Side } from "../../types.js";
import { dialSide, splitHostPort } from "./address.js";

export interface CommandPort {
  kind: RefKind;
  side: Side;
  /** Digits of the port: `command.slice(start, end)`. */
  start: number;
  end: number;
  host?: string;
  envVar?: string;
  fromDefault?: boolean;
  protocol?: Protocol;
  dialHost?: string;
  portEnd?: number;
  /** The flag or word that introduced the port, as written. */
  via: string;
}

export interface CommandOptions {
  /** ` #` starts a comment (shell); systemd and supervisor do not treat it so. */
  shellComments?: boolean;
}

interface Token {
  value: string;
  /** idx[k] is the command index of value[k]. */
  idx: number[];
  /** The token started with a quote (an assignment or flag cannot start so). */
  quoted: boolean;
}

const SEPARATORS = new Set([";", "&", "|", "(", ")", "\n", "\r"]);

function tokenize(command: string, options: CommandOptions): Token[][] {
  const segments: Token[][] = [];
  let segment: Token[] = [];
  let token: Token | undefined;
  const push = () => {
    if (token) segment.push(token);
    token = undefined;
  };
  const endSegment = () => {
    push();
    if (segment.length) segments.push(segment);
    segment = [];
  };
  const add = (ch: string, at: number, quoted = false) => {
    token ??= { value: "", idx: [], quoted };
    token.value += ch;
    token.idx.push(at);
  };
  let i = 0;
  while (i < command.length) {
    const ch = command[i]!;
    if (ch === " " || ch === "\t") {
      push();
      i++;
    } else if (ch === "#" && !token && options.shellComments) {
      while (i < command.length && command[i] !== "\n") i++;
    } else if (SEPARATORS.has(ch)) {
      endSegment();
      i++;
    } else if (ch === "<" || ch === ">") {
      push();
      i++;
    } else if (ch === "\\") {
      if (command[i + 1] === "\n") i += 2;
      else if (command[i + 1] === "\r" && command[i + 2] === "\n") i += 3;
      else {
        if (i + 1 < command.length) add(command[i + 1]!, i + 1);
        i += 2;
      }
    } else if (ch === "'") {
      const start = !token;
      const close = command.indexOf("'", i + 1);
      const stop = close < 0 ? command.length : close;
      token ??= { value: "", idx: [], quoted: start };
      for (let k = i + 1; k < stop; k++) add(command[k]!, k);
      i = stop + 1;
    } else if (ch === '"') {
      token ??= { value: "", idx: [], quoted: true };
      i++;
      while (i < command.length && command[i] !== '"') {
        if (command[i] === "\\" && i + 1 < command.length && '"\\$`'.includes(command[i + 1]!)) {
          add(command[i + 1]!, i + 1);
          i += 2;
        } else {
          add(command[i]!, i);
          i++;
        }
      }
      i++;
    } else if (ch === "$" && command[i + 1] === "{") {
      // `${VAR:-8000}` is one word even when it holds separators.
      const close = command.indexOf("}", i);
      const stop = close < 0 ? command.length : close + 1;
      for (let k = i; k < stop; k++) add(command[k]!, k);
      i = stop;
    } else {
      add(ch, i);
      i++;
    }
  }
  endSegment();
  return segments;
}

const WRAPPERS = new Set([
  "sudo", "exec", "nohup", "env", "cross-env", "cross-env-shell", "time", "nice", "ionice", "chpst", "setsid",
  "stdbuf", "dumb-init", "tini", "gosu", "su-exec", "command", "builtin",
]);

/** Flag-name words that say the flag configures where this process listens. */
const LISTEN_CONTEXT = new Set([
  "server", "http", "https", "web", "listen", "bind", "local", "public", "grpc", "metrics", "admin", "ui",
  "dashboard", "dev", "hmr", "ws", "websocket", "api", "app", "service", "health", "status", "debug", "management",
  "prometheus", "exporter", "telemetry", "console", "probe", "rpc", "p2p", "rest", "monitor", "stats", "gui",
  "entrypoints", "inspector", "preview", "webui",
]);
/** `--api-host` usually says where to connect; only these prefixes make a host flag a bind address. */
const HOST_CONTEXT = new Set(["listen", "bind", "server", "http", "web"]);

/** Programs for which `-p N` is the port they listen on (elsewhere it is a password, `mkdir -p`…). */
const P_LISTEN = new Set([
  "next", "http-server", "serve", "json-server", "gatsby", "nuxt", "nuxi", "storybook", "start-storybook", "hugo",
  "parcel", "flask", "daphne", "puma", "rails", "expo", "sirv", "ember", "datasette", "thin", "unicorn", "sshd",
  "dropbear", "memcached", "http-party",
]);
const B_LISTEN = new Set(["gunicorn", "hypercorn", "daphne", "rails", "puma", "http.server", "thin", "unicorn", "uvicorn"]);
const DOCKER = new Set(["docker", "podman", "nerdctl"]);

/** Clients: their port flags say where they connect, not where they listen. `-p`/`-P` short forms. */
const CLIENTS: Record<string, string> = {
  psql: "-p", pg_isready: "-p", pg_dump: "-p", pg_restore: "-p", pg_dumpall: "-p", "redis-cli": "-p", ssh: "-p",
  scp: "-P", sftp: "-P", mysql: "-P", mysqladmin: "-P", mysqldump: "-P", mongo: "", mongosh: "", curl: "", wget: "",
  nc: "", ncat: "", telnet: "", "wait-for-it": "-p", "wait-for": "", dockerize: "", grpcurl: "", "redis-benchmark": "-p",
  rsync: "", "memtier_benchmark": "-p", ab: "", wrk: "", hey: "", ngrok: "", autossh: "-p", socat: "",
};

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const PORT_VAR = /(?:^|_)PORT$/i;
const DIGITS = /^\d+$/;
const DEFAULTED = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=](\d+)\}$/;

function basename(word: string): string {
  const base = word.slice(word.lastIndexOf("/") + 1).toLowerCase();
  return base.replace(/\.(sh|py|js|mjs|cjs|exe|cmd|bash)$/, "");
}

type FlagRole = "port" | "address" | "host" | "publish" | "inspect" | "urls";

function longFlagRole(name: string, docker: boolean): FlagRole | undefined {
  const lower = name.toLowerCase();
  if (docker) return lower === "publish" ? "publish" : undefined;
  if (lower === "inspect" || lower === "inspect-brk") return "inspect";
  if (lower === "urls") return "urls";
  if (/^entrypoints\.[^.]+\.address$/.test(lower)) return "address";
  const parts = lower.split(/[-._]/).filter((p) => p !== "");
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1]!;
  const context = (words: string[]) => words.every((w) => LISTEN_CONTEXT.has(w));
  if (last === "port") return context(parts.slice(0, -1)) ? "port" : undefined;
  if (last === "host" || last === "hostname" || last === "ip") {
    const head = parts.slice(0, -1);
    return head.every((w) => HOST_CONTEXT.has(w)) ? "host" : undefined;
  }
  if (last === "address" || last === "addr" || last === "listen" || last === "bind") {
    const head = parts.slice(0, -1).filter((p) => p !== "listen" && p !== "bind");
    return context(head) ? "address" : undefined;
  }
  return undefined;
}

function shortFlagRole(flag: string, words: Set<string>): FlagRole | undefined {
  const has = (set: Set<string>) => [...words].some((w) => set.has(w));
  switch (flag) {
    case "-p":
      return has(P_LISTEN) ? "port" : undefined;
    case "-l":
      return words.has("serve") || words.has("sirv") || words.has("memcached") ? "address" : undefined;
    case "-b":
      return has(B_LISTEN) ? "address" : undefined;
    case "-a":
      return words.has("http-server") ? "host" : words.has("mkdocs") ? "address" : undefined;
    case "-H":
      return words.has("next") ? "host" : undefined;
    case "-S":
      return words.has("php") ? "address" : undefined;
    default:
      return undefined;
  }
}

interface Value {
  token: Token;
  /** Offset of the value inside token.value (after `--flag=`). */
  offset: number;
  text: string;
}

/** Span in the command of value.text[a, b), when those characters are contiguous in the source. */
function spanOf(value: Value, a: number, b: number): { start: number; end: number } | undefined {
  const idx = value.token.idx;
  const first = idx[value.offset + a];
  const last = idx[value.offset + b - 1];
  if (first === undefined || last === undefined || last - first !== b - 1 - a) return undefined;
  return { start: first, end: last + 1 };
}

/** Ports in one command line. Never throws; unknown shapes give nothing. */
export function portsInCommand(command: string, options: CommandOptions = {}, depth = 0): CommandPort[] {
  const found: CommandPort[] = [];
  for (const segment of tokenize(command, options)) {
    found.push(...portsInSegment(segment));
    if (depth < 2) found.push(...portsInNestedCommands(segment, options, depth));
  }
  return found;
}

/** Programs whose quoted arguments are whole command lines (`bash -c '…'`, `concurrently "…" "…"`). */
const RUNNERS = new Set(["sh", "bash", "zsh", "dash", "ash", "concurrently", "npm-run-all", "run-p", "run-s", "nodemon", "watchexec", "parallel"]);

function portsInNestedCommands(tokens: Token[], options: CommandOptions, depth: number): CommandPort[] {
  const runner = tokens.some((t) => !t.quoted && RUNNERS.has(basename(t.value)));
  if (!runner) return [];
  const found: CommandPort[] = [];
  for (const token of tokens) {
    if (!token.quoted || !/\s/.test(token.value)) continue;
    for (const inner of portsInCommand(token.value, options, depth + 1)) {
      const start = token.idx[inner.start];
      const last = token.idx[inner.end - 1];
      if (start === undefined || last === undefined || last + 1 - start !== inner.end - inner.start) continue;
      found.push({ ...inner, start, end: last + 1 });
    }
  }
  return found;
}

function portsInSegment(tokens: Token[]): CommandPort[] {
  const found: CommandPort[] = [];
  const words = new Set(tokens.filter((t) => t.quoted || !t.value.startsWith("-")).map((t) => basename(t.value)));
  const docker = [...words].some((w) => DOCKER.has(w)) && words.has("run");
  const clientName = [...words].find((w) => w in CLIENTS);
  let hostHint: string | undefined;
  let hostHintSet = false;
  const setHost = (host: string) => {
    if (hostHintSet || !/^[\w.:*\[\]-]*$/.test(host)) return;
    hostHint = host.replace(/^\[(.*)\]$/, "$1");
    hostHintSet = true;
  };

  const emitPort = (value: Value, a: number, b: number, via: string, extra: Partial<CommandPort> = {}) => {
    const span = spanOf(value, a, b);
    if (!span) return;
    found.push({ kind: "listen", side: "host", ...span, via, ...extra });
  };

  /** A value that should be a port: digits or `${VAR:-digits}`. */
  const portValue = (value: Value, via: string, kind: RefKind = "listen", host?: string) => {
    const extra: Partial<CommandPort> = host !== undefined ? { kind, host } : { kind };
    if (DIGITS.test(value.text)) return emitPort(value, 0, value.text.length, via, extra);
    const def = DEFAULTED.exec(value.text);
    if (def) {
      const at = value.text.lastIndexOf(def[2]!);
      emitPort(value, at, at + def[2]!.length, via, { ...extra, envVar: def[1]!, fromDefault: true });
    }
  };

  /** `H:P`, `:P`, `P`, `tcp://H:P`, or a bare host that sets the segment's bind address. */
  const addressValue = (value: Value, via: string) => {
    let text = value.text;
    let shift = 0;
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
    if (scheme) {
      shift = scheme[0].length;
      text = text.slice(shift);
    }
    if (text.startsWith("unix:") || text.startsWith("/") || text.startsWith("fd://") || text === "") return;
    const slash = text.indexOf("/");
    if (slash >= 0 && !text.startsWith("[")) text = text.slice(0, slash);
    const parts = splitHostPort(text);
    if (parts.port !== undefined && DIGITS.test(parts.port)) {
      const extra: Partial<CommandPort> = {};
      if (parts.host !== undefined) extra.host = parts.host;
      emitPort(value, shift + parts.portStart!, shift + parts.portStart! + parts.port.length, via, extra);
    } else if (parts.port === undefined && parts.host !== undefined && /^[\w.:*-]+$/.test(parts.host)) {
      setHost(parts.host);
    } else if (parts.port !== undefined) {
      const host = parts.host !== undefined && /^[\w.:*-]*$/.test(parts.host) ? parts.host : undefined;
      portValue({ ...value, offset: value.offset + shift + parts.portStart!, text: parts.port }, via, "listen", host);
    }
  };

  const publishValue = (value: Value, via: string) => {
    let text = value.text;
    let protocol: Protocol | undefined;
    const proto = /\/(tcp|udp|sctp)$/i.exec(text);
    if (proto) {
      protocol = proto[1]!.toLowerCase() as Protocol;
      text = text.slice(0, proto.index);
    }
    // ip:host:container, host:container, [v6]:host:container
    let host = "";
    let rest = text;
    let restAt = 0;
    if (text.startsWith("[")) {
      const close = text.indexOf("]");
      if (close < 0 || text[close + 1] !== ":") return;
      host = text.slice(1, close);
      rest = text.slice(close + 2);
      restAt = close + 2;
    }
    const fields = rest.split(":");
    if (!text.startsWith("[") && fields.length === 3) {
      host = fields.shift()!;
      restAt = host.length + 1;
    }
    if (fields.length !== 2 || host.includes("$")) return;
    const [hostPort, containerPort] = fields as [string, string];
    const range = /^(\d+)(?:-(\d+))?$/;
    const hp = range.exec(hostPort);
    const cp = range.exec(containerPort);
    if (hp) {
      const extra: Partial<CommandPort> = { kind: "publish", host };
      if (protocol) extra.protocol = protocol;
      if (hp[2]) extra.portEnd = Number(hp[2]);
      emitPort(value, restAt, restAt + hp[1]!.length, via, extra);
    }
    if (cp) {
      const at = restAt + hostPort.length + 1;
      const extra: Partial<CommandPort> = { kind: "target", side: "container" };
      if (protocol) extra.protocol = protocol;
      if (cp[2]) extra.portEnd = Number(cp[2]);
      emitPort(value, at, at + cp[1]!.length, via, extra);
    }
  };

  let i = 0;
  // Leading `PORT=3001` assignments, also after `env` / `cross-env`.
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) break;
    const assign = ASSIGNMENT.exec(t.value);
    if (assign) {
      const name = assign[1]!;
      if (PORT_VAR.test(name)) {
        const value: Value = { token: t, offset: assign[0].length, text: t.value.slice(assign[0].length) };
        const kind: RefKind = name.toUpperCase() === "PORT" ? "listen" : "assign";
        if (DIGITS.test(value.text)) emitPort(value, 0, value.text.length, name, { kind, envVar: name });
      } else if (/^HOST$/i.test(name) && !t.value.includes("$")) {
        setHost(t.value.slice(assign[0].length));
      }
      continue;
    }
    if (WRAPPERS.has(basename(t.value)) || t.value.startsWith("-")) continue;
    break;
  }

  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nextValue = (): Value | undefined =>
      next && (next.quoted || !next.value.startsWith("-")) ? { token: next, offset: 0, text: next.value } : undefined;

    if (t.quoted || !t.value.startsWith("-")) {
      const word = basename(t.value);
      if (/^claim[-_]?port$/.test(word)) {
        // `claim-port.sh 8000`: frees the port for this unit, so the unit listens there.
        const arg = tokens.slice(i + 1).find((n) => !n.value.startsWith("-"));
        if (arg && DIGITS.test(arg.value)) emitPort({ token: arg, offset: 0, text: arg.value }, 0, arg.value.length, t.value);
      } else if ((word === "runserver" || word === "http.server") && !docker) {
        const v = nextValue();
        if (v && (word === "runserver" || DIGITS.test(v.text))) addressValue(v, t.value);
      }
      continue;
    }

    if (t.value === "--") continue;
    let name: string;
    let value: Value | undefined;
    let consumed = false;
    if (t.value.startsWith("-D") && t.value.includes("=")) {
      // JVM system properties: -Dserver.port=8080
      const eq = t.value.indexOf("=");
      name = t.value.slice(2, eq);
      value = { token: t, offset: eq + 1, text: t.value.slice(eq + 1) };
      const role = docker ? undefined : longFlagRole(name, false);
      if (role === "port") portValue(value, t.value.slice(0, eq));
      else if (role === "address" || role === "host") addressValue(value, t.value.slice(0, eq));
      continue;
    }
    if (t.value.startsWith("--")) {
      const eq = t.value.indexOf("=");
      name = eq >= 0 ? t.value.slice(2, eq) : t.value.slice(2);
      if (eq >= 0) value = { token: t, offset: eq + 1, text: t.value.slice(eq + 1) };
      else {
        value = nextValue();
        consumed = value !== undefined;
      }
    } else {
      name = t.value;
      value = nextValue();
      consumed = value !== undefined;
    }
    const flag = t.value.startsWith("--") ? `--${name}` : name;

    if (clientName !== undefined && !docker) {
      const shortPort = CLIENTS[clientName];
      const isPort = (t.value.startsWith("--") && name.toLowerCase() === "port") || (shortPort !== "" && flag === shortPort);
      const isHost = (t.value.startsWith("--") && name.toLowerCase() === "host") || flag === "-h";
      if (isHost && value) setHost(value.text);
      if (isPort && value) portValue(value, flag, "dial");
      if (consumed) i++;
      continue;
    }

    const role = t.value.startsWith("--") ? longFlagRole(name, docker) : docker ? (flag === "-p" ? "publish" : undefined) : shortFlagRole(flag, words);
    if (role === undefined) continue;
    if (role === "host") {
      // `vite --host` with no value listens on every interface.
      if (value) setHost(value.text);
      else if (name.toLowerCase() === "host") setHost("");
    } else if (role === "port" && value) portValue(value, flag);
    else if (role === "address" && value) addressValue(value, flag);
    else if (role === "publish" && value) publishValue(value, flag);
    else if (role === "inspect" && value && t.value.includes("=")) addressValue(value, flag);
    else if (role === "urls" && value) {
      // ASP.NET Core: `--urls "http://0.0.0.0:5000;https://+:5001"`; `+` and `*` mean every interface.
      let offset = 0;
      for (const url of value.text.split(";")) {
        const m = /^[a-z]+:\/\/(\[[^\]]*\]|[^:/]*):(\d+)/i.exec(url);
        if (m) {
          const at = offset + m[0].length - m[2]!.length;
          const host = m[1] === "+" || m[1] === "*" ? "" : m[1]!.replace(/^\[(.*)\]$/, "$1");
          emitPort({ ...value, offset: value.offset }, at, at + m[2]!.length, flag, { host });
        }
        offset += url.length + 1;
      }
    }
    if (consumed) i++;
  }

  for (const port of found) {
    if (port.kind === "dial") {
      const host = hostHint ?? "";
      if (hostHint !== undefined) port.dialHost = hostHint;
      port.side = dialSide(host);
    } else if (port.kind === "listen" && port.host === undefined && hostHint !== undefined) {
      port.host = hostHint;
    }
  }
  return found;
}

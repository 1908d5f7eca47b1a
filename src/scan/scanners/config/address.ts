// Reading `host:port`, `[v6]:port` and `scheme://host:port/…` out of a config value, with the
// offsets of each part, and deciding which side of a container boundary a dialled host is on.

import { classifyHost } from "../../../engine/hosts.js";
import type { Side } from "../../types.js";

export interface AddressParts {
  /** Bind or dial host without IPv6 brackets; undefined when the value names no host. */
  host?: string;
  /** Offset of the host (inside the brackets) relative to the value. */
  hostStart?: number;
  /** The port as written (digits, or a placeholder); undefined when there is none. */
  port?: string;
  portStart?: number;
}

const DIGITS = /^\d+$/;

/**
 * `8080`, `:8080`, `*:8080`, `127.0.0.1:8080`, `[::1]:8080`, `[::]`, `localhost`, `::1`.
 * A bare value with several colons and no brackets is an IPv6 address without a port.
 */
export function splitHostPort(value: string): AddressParts {
  if (value.startsWith("[")) {
    const close = value.indexOf("]");
    if (close < 0) return {};
    const host = value.slice(1, close);
    if (value[close + 1] === ":") return { host, hostStart: 1, port: value.slice(close + 2), portStart: close + 2 };
    return close === value.length - 1 ? { host, hostStart: 1 } : {};
  }
  if (DIGITS.test(value)) return { port: value, portStart: 0 };
  // Colons inside `${VAR:-default}` are not separators: mask them before counting.
  const masked = value.replace(/\$\{[^}]*\}/g, (m) => "_".repeat(m.length));
  const colons = masked.split(":").length - 1;
  if (colons === 0) return { host: value, hostStart: 0 };
  if (colons === 1) {
    const at = masked.indexOf(":");
    return { host: value.slice(0, at), hostStart: 0, port: value.slice(at + 1), portStart: at + 1 };
  }
  return { host: value, hostStart: 0 };
}

export interface UrlParts {
  scheme: string;
  host: string;
  hostStart: number;
  /** Digits of an explicit port; undefined when the URL names none. */
  port?: string;
  portStart?: number;
  /** Offset one past the authority. */
  end: number;
}

const URL_AT = /([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^@/?#\s"'`]*@)?(\[[0-9a-fA-F:.%]*\]|[^:/?#\s"'`,;)]*)(?::(\d+))?/y;

/** A URL starting exactly at `offset` of `text`, or undefined. */
export function urlAt(text: string, offset: number): UrlParts | undefined {
  URL_AT.lastIndex = offset;
  const m = URL_AT.exec(text);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const rawHost = m[2]!;
  const hostStart = offset + m[0].length - (m[3] !== undefined ? m[3].length + 1 : 0) - rawHost.length;
  const bracketed = rawHost.startsWith("[");
  const parts: UrlParts = {
    scheme,
    host: bracketed ? rawHost.slice(1, -1) : rawHost,
    hostStart: bracketed ? hostStart + 1 : hostStart,
    end: offset + m[0].length,
  };
  if (m[3] !== undefined) {
    // `http://h:80abc` is not a port; `http://h:80/`, `http://h:80"` and nginx's
    // `http://h:80$request_uri` are.
    const after = text[offset + m[0].length];
    if (after !== undefined && /[\w.-]/.test(after)) return parts;
    parts.port = m[3];
    parts.portStart = offset + m[0].length - m[3].length;
  }
  return parts;
}

/** Every URL with an explicit port in `text` (free text such as an environment value). */
export function urlsIn(text: string): UrlParts[] {
  const found: UrlParts[] = [];
  // Find `://` first and walk back over the scheme: a scheme regex run at every letter of a long
  // word would be quadratic.
  for (let sep = text.indexOf("://"); sep >= 0; sep = text.indexOf("://", sep + 3)) {
    let start = sep;
    while (start > 0 && sep - start < 32 && /[a-zA-Z0-9+.-]/.test(text[start - 1]!)) start--;
    if (start === sep || !/[a-zA-Z]/.test(text[start]!) || (start > 0 && /[a-zA-Z0-9+.-]/.test(text[start - 1]!))) continue;
    const url = urlAt(text, start);
    if (url?.port !== undefined) found.push(url);
  }
  return found;
}

/** Names that reach the machine the containers run on, from inside or outside a container. */
const HOST_GATEWAYS = new Set(["host.docker.internal", "host.containers.internal", "gateway.docker.internal"]);

/**
 * A dialled address is a host port when it is this machine (loopback, all interfaces, the Docker
 * host gateway); anything else, typically a compose service name, is on the container side.
 */
export function dialSide(host: string): Side {
  const h = host.toLowerCase();
  if (HOST_GATEWAYS.has(h)) return "host";
  const cls = classifyHost(h);
  return cls === "loopback" || cls === "all" ? "host" : "container";
}

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/** A dialled host that names something (a compose service), usable to attribute the ref. */
export function dialName(host: string): string | undefined {
  if (host === "" || IPV4.test(host) || host.includes(":") || /[{}$%]/.test(host)) return undefined;
  return dialSide(host) === "host" ? undefined : host;
}

/** The port text is a literal number (not `$PORT`, `{{ port }}`, `${PORT}`). */
export function isDigits(text: string | undefined): text is string {
  return text !== undefined && DIGITS.test(text);
}

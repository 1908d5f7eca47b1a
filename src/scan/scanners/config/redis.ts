// redis.conf and sentinel.conf: `port` / `tls-port` with the `bind` addresses, and the masters
// and replicas it connects to (`replicaof`, `sentinel monitor`).

import type { Scanner, ScanResult } from "../../types.js";
import { classifyHost } from "../../../engine/hosts.js";
import { dialSide } from "./address.js";
import { failedScan, RefCollector } from "./located.js";
import { looksLikeNginx, scanNginx } from "./nginx.js";

interface Arg {
  text: string;
  start: number;
}

/** Whitespace-separated arguments of one line, quotes removed (redis allows "…" and '…'). */
function lineArgs(line: string, lineStart: number): Arg[] {
  const args: Arg[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    const quote = line[i] === '"' || line[i] === "'" ? line[i] : undefined;
    const start = quote ? i + 1 : i;
    let end = start;
    if (quote) {
      end = line.indexOf(quote, start);
      if (end < 0) end = line.length;
      i = end + 1;
    } else {
      while (end < line.length && !/\s/.test(line[end]!)) end++;
      i = end;
    }
    args.push({ text: line.slice(start, end), start: lineStart + start });
  }
  return args;
}

const DIGITS = /^\d+$/;

function scanRedisText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  const listens: Arg[] = [];
  let bind: string | undefined;
  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const here = lineStart;
    lineStart += rawLine.length + 1;
    if (/^\s*(?:#|$)/.test(line)) continue;
    const args = lineArgs(line, here);
    const directive = args[0]?.text.toLowerCase();
    if (directive === "port" || directive === "tls-port") {
      if (args[1] && DIGITS.test(args[1].text)) listens.push(args[1]);
    } else if (directive === "bind" && args.length > 1 && bind === undefined) {
      // `-::1` marks an optional address; the widest address decides how exposed the server is.
      const addresses = args.slice(1).map((a) => a.text.replace(/^-/, ""));
      bind = addresses.find((a) => classifyHost(a) === "all" || a === "::*") ?? addresses[0]!;
    } else if ((directive === "replicaof" || directive === "slaveof") && args.length >= 3) {
      const host = args[1]!.text;
      const port = args[2]!;
      if (DIGITS.test(port.text)) {
        out.port(port.start, port.start + port.text.length, { kind: "dial", side: dialSide(host), meta: { dialHost: host } });
      }
    } else if (directive === "sentinel" && args[1]?.text.toLowerCase() === "monitor" && args.length >= 5) {
      // sentinel monitor <name> <ip> <port> <quorum>
      const host = args[3]!.text;
      const port = args[4]!;
      if (DIGITS.test(port.text)) {
        out.port(port.start, port.start + port.text.length, {
          kind: "dial",
          side: dialSide(host),
          name: args[2]!.text,
          meta: { dialHost: host },
        });
      }
    }
  }
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase().startsWith("sentinel") ? "sentinel" : "redis";
  for (const port of listens) {
    out.port(port.start, port.start + port.text.length, { kind: "listen", host: bind === "::*" ? "::" : bind, name });
  }
  out.refs.sort((a, b) => a.line - b.line || a.column - b.column);
  return out.result();
}

export function scanRedis(path: string, text: string): ScanResult {
  try {
    // `nginx/conf.d/redis.conf` is an nginx server block for redis, not a redis config.
    if (looksLikeNginx(text)) return scanNginx(path, text);
    return scanRedisText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

export const redisScanner: Scanner = {
  id: "config/redis",
  family: "config",
  matches: (path) => /(?:^|\/)(?:redis|sentinel|valkey|keydb)[^/]*\.conf(?:\.(?:template|j2|jinja2?|tmpl))?$/i.test(path),
  scan: scanRedis,
};

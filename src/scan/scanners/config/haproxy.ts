// HAProxy configuration: `bind` addresses and `listen <name> <addr>` (listen), `server` lines of
// backends (dial).

import type { Protocol } from "../../../registry/model.js";
import type { Scanner, ScanResult } from "../../types.js";
import { dialName, dialSide, splitHostPort } from "./address.js";
import { failedScan, RefCollector } from "./located.js";

interface Arg {
  text: string;
  start: number;
}

function lineArgs(line: string, lineStart: number): Arg[] {
  const args: Arg[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[3]?.startsWith("#")) break;
    const quoted = m[1] ?? m[2];
    args.push(quoted !== undefined ? { text: quoted, start: lineStart + m.index + 1 } : { text: m[3]!, start: lineStart + m.index });
  }
  return args;
}

const SECTIONS = new Set(["global", "defaults", "frontend", "backend", "listen", "peers", "resolvers", "userlist", "cache", "program", "http-errors", "ring", "mailers", "fcgi-app", "crt-store", "traces"]);

/** `ipv4@`, `tcp6@`, `quic4@` prefixes say the family and transport. */
function addressFamily(value: string): { rest: string; shift: number; protocol: Protocol; skip: boolean } {
  const prefix = /^([a-z0-9+-]+)@/i.exec(value);
  if (!prefix) return { rest: value, shift: 0, protocol: "tcp", skip: false };
  const kind = prefix[1]!.toLowerCase();
  const skip = /^(?:unix|abns|abnsz|fd|sockpair|rhttp)$/.test(kind);
  const protocol: Protocol = /^(?:udp|quic)/.test(kind) ? "udp" : "tcp";
  return { rest: value.slice(prefix[0].length), shift: prefix[0].length, protocol, skip };
}

/** HAProxy writes IPv6 without brackets (`:::80`, `::1:8080`): the last colon starts the port. */
function haproxyHostPort(value: string): { host: string; port: string; portStart: number } | undefined {
  if (value.startsWith("[")) {
    const parts = splitHostPort(value);
    if (parts.port === undefined) return undefined;
    return { host: parts.host ?? "", port: parts.port, portStart: parts.portStart! };
  }
  const colon = value.lastIndexOf(":");
  if (colon < 0) return /^\d+(?:-\d+)?$/.test(value) ? { host: "", port: value, portStart: 0 } : undefined;
  return { host: value.slice(0, colon), port: value.slice(colon + 1), portStart: colon + 1 };
}

function scanHaproxyText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  let section = "";
  let sectionName: string | undefined;

  const listenAt = (arg: Arg) => {
    for (let offset = 0, i = 0, pieces = arg.text.split(","); i < pieces.length; offset += pieces[i]!.length + 1, i++) {
      const family = addressFamily(pieces[i]!);
      if (family.skip || family.rest.includes("$")) continue;
      const hp = haproxyHostPort(family.rest);
      const range = hp && /^(\d+)(?:-(\d+))?$/.exec(hp.port);
      if (!hp || !range) continue;
      const start = arg.start + offset + family.shift + hp.portStart;
      out.port(start, start + range[1]!.length, {
        kind: "listen",
        host: hp.host,
        protocol: family.protocol,
        portEnd: range[2] ? Number(range[2]) : undefined,
        // The frontend's name says what it fronts, not what listens: no `name` here.
        meta: sectionName ? { section: `${section} ${sectionName}` } : undefined,
      });
    }
  };

  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const here = lineStart;
    lineStart += rawLine.length + 1;
    const args = lineArgs(line, here);
    const keyword = args[0]?.text;
    if (!keyword) continue;
    if (SECTIONS.has(keyword) && !/^\s/.test(line)) {
      section = keyword;
      sectionName = args[1]?.text;
      // Old style: `listen stats 127.0.0.1:8404`.
      if ((keyword === "listen" || keyword === "frontend") && args[2]) listenAt(args[2]);
      continue;
    }
    if (keyword === "bind" && args[1] && (section === "frontend" || section === "listen" || section === "peers")) {
      listenAt(args[1]);
    } else if (keyword === "stats" && args[1]?.text === "socket" && args[2] && !args[2].text.startsWith("/")) {
      // The runtime API on a TCP address (`stats socket ipv4@127.0.0.1:9999 level admin`) listens too.
      listenAt(args[2]);
    } else if ((keyword === "server" || keyword === "server-template") && (section === "backend" || section === "listen")) {
      // server <name> <addr>[:port]; server-template <prefix> <num> <addr>[:port]
      const address = keyword === "server" ? args[2] : args[3];
      if (!address) continue;
      const family = addressFamily(address.text);
      if (family.skip) continue;
      const hp = haproxyHostPort(family.rest);
      if (!hp || !/^\d+$/.test(hp.port) || hp.host.includes("$")) continue;
      const start = address.start + family.shift + hp.portStart;
      out.port(start, start + hp.port.length, {
        kind: "dial",
        side: dialSide(hp.host),
        protocol: family.protocol,
        name: dialName(hp.host),
        meta: { dialHost: hp.host },
      });
    }
  }
  return out.result();
}

export function scanHaproxy(path: string, text: string): ScanResult {
  try {
    return scanHaproxyText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

export const haproxyScanner: Scanner = {
  id: "config/haproxy",
  family: "config",
  matches: (path) => /(?:^|\/)(?:haproxy[^/]*\.cfg|[^/]+\.haproxy\.cfg)(?:\.(?:template|j2|jinja2?|tmpl))?$/i.test(path) || /(?:^|\/)haproxy\/(?:[^/]+\/)*[^/]+\.cfg$/i.test(path),
  scan: scanHaproxy,
};

// systemd units and drop-ins: ports in `ExecStart*` command lines, `Environment=` port variables,
// and `ListenStream=` / `ListenDatagram=` of socket units.

import type { Scanner, ScanResult } from "../../types.js";
import { dialSide, splitHostPort, urlsIn } from "./address.js";
import { portsInCommand } from "./command-line.js";
import { failedScan, RefCollector } from "./located.js";

const UNIT = /(?:^|\/)[^/]+\.(?:service|socket)(?:\.(?:j2|jinja2?|template|tmpl|in))?$/i;
const DROP_IN = /(?:^|\/)[^/]+\.(?:service|socket)\.d\/[^/]+\.conf$/i;

/** One `Key=Value` entry after joining `\` continuations; offsets[k] is where value[k] is in the file. */
interface Entry {
  section: string;
  key: string;
  value: string;
  offsets: number[];
}

/** Entries of a unit file: `[Section]` headers, `#`/`;` comments, backslash continuations. */
export function unitEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let section = "";
  const lines: Array<{ start: number; body: string }> = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    lines.push({ start: at, body: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
    at += raw.length + 1;
  }
  for (let n = 0; n < lines.length; n++) {
    const { start, body } = lines[n]!;
    const trimmed = body.trimStart();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
    const header = /^\[([^\]]+)\]\s*$/.exec(trimmed);
    if (header) {
      section = header[1]!;
      continue;
    }
    const eq = body.indexOf("=");
    if (eq < 0) continue;
    const key = body.slice(0, eq).trim();
    let valueStart = eq + 1;
    while (valueStart < body.length && /\s/.test(body[valueStart]!)) valueStart++;
    let value = "";
    const offsets: number[] = [];
    let part = body.slice(valueStart);
    let partStart = start + valueStart;
    for (;;) {
      const continued = part.endsWith("\\");
      const kept = continued ? part.slice(0, -1) : part;
      for (let k = 0; k < kept.length; k++) {
        value += kept[k];
        offsets.push(partStart + k);
      }
      if (!continued || n + 1 >= lines.length) break;
      // systemd joins a continuation with a single space; comment lines inside are skipped.
      value += " ";
      offsets.push(partStart + kept.length);
      n++;
      while (n < lines.length && /^\s*[#;]/.test(lines[n]!.body)) n++;
      if (n >= lines.length) break;
      part = lines[n]!.body;
      partStart = lines[n]!.start;
    }
    entries.push({ section, key, value, offsets });
  }
  return entries;
}

/** Words of an `Environment=` value: whitespace separated, `"…"` or `'…'` quoted. */
function environmentWords(value: string): Array<{ text: string; at: number }> {
  const words: Array<{ text: string; at: number }> = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /\s/.test(value[i]!)) i++;
    if (i >= value.length) break;
    const quote = value[i] === '"' || value[i] === "'" ? value[i]! : undefined;
    if (quote) {
      const close = value.indexOf(quote, i + 1);
      const end = close < 0 ? value.length : close;
      words.push({ text: value.slice(i + 1, end), at: i + 1 });
      i = end + 1;
    } else {
      let end = i;
      while (end < value.length && !/\s/.test(value[end]!)) end++;
      words.push({ text: value.slice(i, end), at: i });
      i = end;
    }
  }
  return words;
}

const EXEC = /^Exec(?:Start|StartPre|StartPost|Condition)$/;
const PORT_VAR = /(?:^|_)PORT$/i;
const LISTEN_VAR = /(?:^|_)(?:LISTEN|BIND)(?:_|$)|^ASPNETCORE_URLS$|^URLS$/i;
const DIAL_VAR = /(?:_|^)(?:ADDR|ADDRESS|HOST|HOSTPORT|SERVER|ENDPOINT)$/i;

function unitName(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dropIn = /([^/]+)\.(?:service|socket)\.d\/[^/]+$/i.exec(path);
  if (dropIn) return dropIn[1]!.replace(/@$/, "");
  return base.replace(/\.(?:service|socket)(?:\.[a-z0-9]+)?$/i, "").replace(/@$/, "");
}

function scanUnit(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  const name = unitName(path);
  for (const entry of unitEntries(text)) {
    const source = (k: number) => entry.offsets[k]!;
    if (EXEC.test(entry.key)) {
      // Prefixes `-@:+!` change how systemd runs the command, not the command itself.
      const prefix = /^[-@:+!]*/.exec(entry.value)![0].length;
      const command = entry.value.slice(prefix);
      for (const p of portsInCommand(command)) {
        const start = source(prefix + p.start);
        const end = source(prefix + p.end - 1) + 1;
        if (end - start !== p.end - p.start) continue;
        const meta: Record<string, unknown> = { flag: p.via };
        if (p.dialHost !== undefined) meta.dialHost = p.dialHost;
        if (p.fromDefault) meta.fromDefault = true;
        out.port(start, end, {
          kind: p.kind,
          side: p.side,
          protocol: p.protocol,
          host: p.host,
          envVar: p.envVar,
          name: p.kind === "dial" ? undefined : name,
          portEnd: p.portEnd,
          meta,
        });
      }
    } else if (entry.key === "Environment") {
      for (const word of environmentWords(entry.value)) {
        const eq = word.text.indexOf("=");
        if (eq <= 0) continue;
        const variable = word.text.slice(0, eq);
        const value = word.text.slice(eq + 1);
        const valueAt = word.at + eq + 1;
        if (PORT_VAR.test(variable) && /^\d+$/.test(value)) {
          out.port(source(valueAt), source(valueAt + value.length - 1) + 1, { kind: "assign", envVar: variable, name });
          continue;
        }
        // `LISTEN_ADDR=:8080`, `ASPNETCORE_URLS=http://+:5000` say where the unit listens;
        // `REDIS_ADDR=localhost:6379`, `API_URL=http://api:4000` where it connects.
        const listens = LISTEN_VAR.test(variable);
        const addresses = urlsIn(value).map((url) => ({ host: url.host, port: url.port!, at: url.portStart! }));
        if (addresses.length === 0 && (listens || DIAL_VAR.test(variable))) {
          const parts = splitHostPort(value);
          if (parts.host !== undefined && parts.port !== undefined && /^\d+$/.test(parts.port)) {
            addresses.push({ host: parts.host, port: parts.port, at: parts.portStart! });
          }
        }
        for (const address of addresses) {
          const start = source(valueAt + address.at);
          if (listens) {
            const host = address.host === "+" || address.host === "*" ? "" : address.host;
            out.port(start, start + address.port.length, { kind: "listen", host, envVar: variable, name });
          } else {
            out.port(start, start + address.port.length, {
              kind: "dial",
              side: dialSide(address.host),
              envVar: variable,
              meta: { dialHost: address.host },
            });
          }
        }
      }
    } else if (entry.section === "Socket" && (entry.key === "ListenStream" || entry.key === "ListenDatagram")) {
      const value = entry.value.trim();
      if (value.startsWith("/") || value.startsWith("@") || value.startsWith("vsock:")) continue;
      const parts = splitHostPort(value);
      if (parts.port === undefined || !/^\d+$/.test(parts.port)) continue;
      const start = source(parts.portStart!);
      out.port(start, start + parts.port.length, {
        kind: "listen",
        protocol: entry.key === "ListenDatagram" ? "udp" : "tcp",
        // A bare port listens on every interface (dual-stack `[::]`).
        host: parts.host ?? "",
        name,
      });
    }
  }
  return out.result();
}

export const systemdScanner: Scanner = {
  id: "config/systemd",
  family: "config",
  matches: (path) => UNIT.test(path) || DROP_IN.test(path),
  scan(path, text) {
    try {
      return scanUnit(path, text);
    } catch (error) {
      return failedScan(path, error);
    }
  },
};

// Caddyfiles: ports of site addresses and global `http_port`/`https_port`/`admin` (listen), and
// `reverse_proxy` / `php_fastcgi` / `forward_auth` upstreams (dial).

import type { Scanner, ScanResult } from "../../types.js";
import { dialName, dialSide, isDigits, splitHostPort } from "./address.js";
import { failedScan, RefCollector } from "./located.js";

interface Word {
  text: string;
  start: number;
  /** Quoted with escapes inside: offsets do not map one to one. */
  escaped: boolean;
}

/** Lines of words; a `{`/`}` that stands alone is a block brace, anything else is a word. */
function caddyLines(text: string): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let i = 0;
  const endLine = () => {
    if (line.length) lines.push(line);
    line = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n") {
      endLine();
      i++;
    } else if (/\s/.test(ch)) {
      // Any whitespace the word loop below stops at must be skipped here, or it would never advance.
      i++;
    } else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (ch === '"' || ch === "`") {
      let value = "";
      let escaped = false;
      let k = i + 1;
      while (k < text.length && text[k] !== ch) {
        if (ch === '"' && text[k] === "\\" && k + 1 < text.length) {
          escaped = true;
          value += text[k + 1];
          k += 2;
        } else {
          value += text[k];
          k++;
        }
      }
      line.push({ text: value, start: i + 1, escaped });
      i = k + 1;
    } else if (ch === "<" && text[i + 1] === "<" && /[A-Z]/.test(text[i + 2] ?? "")) {
      // Heredoc: skip to the line holding only its marker.
      const marker = /^<<([A-Z0-9_]+)/.exec(text.slice(i, i + 66))?.[1] ?? "";
      const bodyStart = text.indexOf("\n", i);
      const close = new RegExp(`^[ \\t]*${marker}[ \\t]*\\r?$`, "gm");
      close.lastIndex = bodyStart < 0 ? text.length : bodyStart + 1;
      const end = bodyStart < 0 ? null : close.exec(text);
      i = end ? end.index + end[0].length : text.length;
    } else {
      const start = i;
      while (i < text.length && !/\s/.test(text[i]!)) i++;
      line.push({ text: text.slice(start, i), start, escaped: false });
    }
  }
  endLine();
  return lines;
}

type Block = { kind: "global" | "site" | "snippet" | "proxy" | "other"; site?: Site };
interface Site {
  ports: Array<{ word: Word; offset: number; digits: string; siteHost: string }>;
  bind?: string;
}

const PLACEHOLDER = /[{}]/;

function scanCaddyText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  const stack: Block[] = [];
  let defaultBind: string | undefined;
  let bareSite: Site | undefined;
  let seenSite = false;
  const sites: Site[] = [];

  const siteAddresses = (words: Word[]): Site => {
    const site: Site = { ports: [] };
    for (const word of words) {
      if (word.escaped) continue;
      let offset = 0;
      for (const piece of word.text.split(",")) {
        const pieceAt = offset;
        offset += piece.length + 1;
        let value = piece;
        let shift = 0;
        const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value);
        if (scheme) {
          shift = scheme[0].length;
          value = value.slice(shift);
        }
        if (!value.startsWith("[")) value = value.split("/")[0]!;
        if (value === "" || PLACEHOLDER.test(value)) continue;
        const parts = splitHostPort(value);
        // A site's port always follows a colon (`:8080`, `host:8080`); a bare number is a host name.
        if (!isDigits(parts.port) || parts.host === undefined) continue;
        site.ports.push({ word, offset: pieceAt + shift + parts.portStart!, digits: parts.port, siteHost: parts.host ?? "" });
      }
    }
    sites.push(site);
    return site;
  };

  const upstream = (word: Word) => {
    if (word.escaped || PLACEHOLDER.test(word.text)) return;
    let value = word.text;
    let shift = 0;
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value);
    if (scheme) {
      if (/^(?:unix|srv)/i.test(scheme[0])) return;
      shift = scheme[0].length;
      value = value.slice(shift);
    }
    if (value.startsWith("unix/")) return;
    if (!value.startsWith("[")) value = value.split("/")[0]!;
    const parts = splitHostPort(value);
    if (parts.port === undefined) return;
    const range = /^(\d+)(?:-(\d+))?$/.exec(parts.port);
    if (!range) return;
    const host = parts.host ?? "";
    const start = word.start + shift + parts.portStart!;
    out.port(start, start + range[1]!.length, {
      kind: "dial",
      side: dialSide(host),
      name: dialName(host),
      portEnd: range[2] ? Number(range[2]) : undefined,
      meta: { dialHost: host },
    });
  };

  const listenAddress = (word: Word, viaAdmin: boolean) => {
    if (word.escaped || PLACEHOLDER.test(word.text)) return;
    let value = word.text.replace(/^tcp\//, "");
    const shift = word.text.length - value.length;
    if (value.startsWith("unix/")) return;
    value = value.split("/")[0]!;
    const parts = splitHostPort(value);
    if (!isDigits(parts.port)) return;
    const start = word.start + shift + parts.portStart!;
    out.port(start, start + parts.port.length, {
      kind: "listen",
      host: parts.host ?? "",
      meta: viaAdmin ? { directive: "admin" } : undefined,
    });
  };

  const directive = (words: Word[], block: Block | undefined) => {
    const name = words[0]!.text;
    const args = words.slice(1).filter((w) => w.text !== "{");
    if (block?.kind === "global") {
      if ((name === "http_port" || name === "https_port") && args[0] && isDigits(args[0].text)) {
        out.port(args[0].start, args[0].start + args[0].text.length, { kind: "listen", host: defaultBind ?? "" });
      } else if (name === "admin" && args[0] && args[0].text !== "off") {
        listenAddress(args[0], true);
      } else if (name === "default_bind" && args[0]) {
        defaultBind = args[0].text.replace(/^tcp\//, "");
      }
      return;
    }
    if (name === "bind" && args[0]) {
      const site = block?.site ?? bareSite;
      if (site && site.bind === undefined) site.bind = args[0].text.replace(/^tcp\//, "").replace(/^\[(.*)\]$/, "$1");
      return;
    }
    const proxying = name === "reverse_proxy" || name === "php_fastcgi" || name === "forward_auth";
    if (proxying || (name === "to" && block?.kind === "proxy")) {
      let upstreams = args;
      // The first argument of a proxy directive may be a request matcher.
      if (proxying && upstreams[0] && /^(?:\/|@|\*$)/.test(upstreams[0].text)) upstreams = upstreams.slice(1);
      for (const word of upstreams) upstream(word);
    }
  };

  const lines = caddyLines(text);
  for (let n = 0; n < lines.length; n++) {
    let words = lines[n]!;
    const top = stack[stack.length - 1];
    if (words.length === 1 && words[0]!.text === "}" && !words[0]!.escaped) {
      stack.pop();
      continue;
    }
    const opens = words[words.length - 1]!.text === "{" && !words[words.length - 1]!.escaped;
    if (!top && !bareSite) {
      // Site addresses may continue over lines ending with a comma.
      while (!opens && words[words.length - 1]!.text.endsWith(",") && n + 1 < lines.length) {
        n++;
        words = [...words, ...lines[n]!];
        if (words[words.length - 1]!.text === "{") break;
      }
      const head = words.filter((w, k) => !(k === words.length - 1 && w.text === "{"));
      const isOpen = words[words.length - 1]!.text === "{";
      if (head.length === 0 && isOpen) {
        stack.push({ kind: seenSite ? "other" : "global" });
      } else if (head[0]!.text.startsWith("(") || head[0]!.text.startsWith("&(")) {
        if (isOpen) stack.push({ kind: "snippet" });
      } else if (head[0]!.text === "import") {
        continue;
      } else if (isOpen) {
        seenSite = true;
        stack.push({ kind: "site", site: siteAddresses(head) });
      } else if (!seenSite) {
        // A lone site without braces: this line is its address, the rest of the file its body.
        seenSite = true;
        bareSite = siteAddresses(head);
      }
      continue;
    }
    directive(words, top);
    if (opens) {
      const name = words[0]!.text;
      stack.push({ kind: name === "reverse_proxy" ? "proxy" : "other", site: top?.site });
    }
  }

  for (const site of sites) {
    for (const p of site.ports) {
      const start = p.word.start + p.offset;
      out.port(start, start + p.digits.length, {
        kind: "listen",
        // Caddy binds every interface unless told otherwise; the site host only matches requests.
        host: site.bind ?? defaultBind ?? "",
        meta: p.siteHost ? { siteHost: p.siteHost } : undefined,
      });
    }
  }
  out.refs.sort((a, b) => a.line - b.line || a.column - b.column);
  return out.result();
}

export function scanCaddyfile(path: string, text: string): ScanResult {
  try {
    return scanCaddyText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

export const caddyfileScanner: Scanner = {
  id: "config/caddyfile",
  family: "config",
  matches: (path) =>
    (/(?:^|\/)(?:Caddyfile(?:\.[\w-]+)?|caddyfile)$/.test(path) || /\.caddyfile$/i.test(path)) &&
    !/\.(?:json|ya?ml|md|markdown|txt|rst|html?|bak|orig)$/i.test(path),
  scan: scanCaddyfile,
};

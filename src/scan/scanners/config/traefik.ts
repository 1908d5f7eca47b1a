// Traefik static and file-provider configuration (YAML or TOML): entry point addresses (listen)
// and load-balancer server URLs / addresses (dial).

import type { Protocol } from "../../../registry/model.js";
import type { Scanner, ScanResult } from "../../types.js";
import { dialName, dialSide, isDigits, splitHostPort, urlAt } from "./address.js";
import { looksLikeManifest, scanKubernetes } from "./kubernetes.js";
import { failedScan, RefCollector } from "./located.js";
import { mapEntries, mapGet, parseYamlStream, reportYamlErrors, seqItems, stringStart } from "./yaml-nodes.js";
import type { Node } from "yaml";

/** `:80`, `0.0.0.0:443`, `:53/udp` → a listen ref. */
function entryPointAddress(out: RefCollector, value: string, start: number, entryPoint: string): void {
  let address = value;
  let protocol: Protocol = "tcp";
  const proto = /\/(tcp|udp)$/i.exec(address);
  if (proto) {
    protocol = proto[1]!.toLowerCase() as Protocol;
    address = address.slice(0, proto.index);
  }
  const parts = splitHostPort(address);
  if (!isDigits(parts.port)) return;
  const at = start + parts.portStart!;
  out.port(at, at + parts.port.length, { kind: "listen", host: parts.host ?? "", protocol, meta: { entryPoint } });
}

/** A server `url` (`http://127.0.0.1:8000`) or TCP/UDP `address` (`db:5432`) → a dial ref. */
function serverAddress(out: RefCollector, value: string, start: number, protocol: Protocol): void {
  let host: string;
  let port: string | undefined;
  let portStart: number | undefined;
  if (value.includes("://")) {
    const url = urlAt(value, 0);
    if (!url) return;
    ({ host, port, portStart } = url);
  } else {
    const parts = splitHostPort(value);
    host = parts.host ?? "";
    ({ port, portStart } = parts);
  }
  if (!isDigits(port)) return;
  const at = start + portStart!;
  out.port(at, at + port.length, { kind: "dial", side: dialSide(host), protocol, name: dialName(host), meta: { dialHost: host } });
}

function scanYaml(out: RefCollector, text: string): void {
  const stream = parseYamlStream(text);
  if (reportYamlErrors(stream, out, "invalid YAML in Traefik configuration")) return;
  for (const doc of stream.docs) {
    const root = doc.contents;
    for (const [name, entryPoint] of mapEntries(mapGet(root, "entryPoints", true))) {
      const address = mapGet(entryPoint, "address", true);
      const start = stringStart(address, text);
      if (start !== undefined) entryPointAddress(out, String((address as { value: unknown }).value), start, name);
    }
    for (const router of ["http", "tcp", "udp"] as const) {
      const protocol: Protocol = router === "udp" ? "udp" : "tcp";
      for (const [, service] of mapEntries(mapGet(mapGet(root, router, true), "services", true))) {
        for (const server of seqItems(mapGet(mapGet(service, "loadBalancer", true), "servers", true))) {
          const value: Node | undefined = mapGet(server, "url", true) ?? mapGet(server, "address", true);
          const start = stringStart(value, text);
          if (start !== undefined) serverAddress(out, String((value as { value: unknown }).value), start, protocol);
        }
      }
    }
  }
}

/**
 * TOML, line by line: `[table.path]` / `[[array.path]]` headers and `key = "string"` pairs
 * (dotted keys and one-line inline tables included). Enough for the keys read here.
 */
function scanToml(out: RefCollector, text: string): void {
  let table: string[] = [];
  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const here = lineStart;
    lineStart += rawLine.length + 1;
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = header[1]!.split(".").map((k) => k.trim().replace(/^["']|["']$/g, "").toLowerCase());
      continue;
    }
    // Keys start a line or follow `{` / `,` of an inline table; anchoring them keeps this linear.
    const pairs = /(?:^|[{,])\s*([A-Za-z0-9_.-]+)\s*=\s*(?:"([^"\\\n]*)"|'([^'\n]*)')/g;
    // Inline tables: `web = { address = ":80" }` puts `web` in front of the inner keys.
    const inline = /^\s*([A-Za-z0-9_.-]+)\s*=\s*\{/.exec(line);
    const prefix = inline ? inline[1]!.toLowerCase().split(".") : [];
    for (let m = pairs.exec(line); m; m = pairs.exec(line)) {
      const value = m[2] ?? m[3]!;
      const valueStart = here + m.index + m[0].length - value.length - 1;
      const key = [...table, ...(inline && m.index > inline.index + inline[1]!.length ? prefix : []), ...m[1]!.toLowerCase().split(".")];
      const last = key[key.length - 1];
      if (key.length === 3 && key[0] === "entrypoints" && last === "address") {
        entryPointAddress(out, value, valueStart, key[1]!);
      } else if (key.includes("services") && key.includes("servers") && (last === "url" || last === "address")) {
        serverAddress(out, value, valueStart, key[0] === "udp" ? "udp" : "tcp");
      }
    }
  }
}

export function scanTraefik(path: string, text: string): ScanResult {
  // `prometheus-deployment.yaml`, `traefik-service.yml`: Kubernetes objects named after the tool.
  if (looksLikeManifest(text)) return scanKubernetes(path, text);
  const out = new RefCollector(path, text);
  try {
    if (/\.toml$/i.test(path)) scanToml(out, text);
    else scanYaml(out, text);
    return out.result();
  } catch (error) {
    return failedScan(path, error);
  }
}

export const traefikScanner: Scanner = {
  id: "config/traefik",
  family: "config",
  matches: (path) => /(?:^|\/)traefik(?:[._-][^/]*)?\.(?:ya?ml|toml)$/i.test(path) && !/(?:^|\/)(?:docker-)?compose/i.test(path),
  scan: scanTraefik,
};

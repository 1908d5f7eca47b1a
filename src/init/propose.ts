// `portcullis init`: group the port references of a repository without a registry into services,
// and propose the ports.yaml that describes what the repository does today.

import type { Access, Protocol } from "../registry/model.js";
import { classifyHost } from "../engine/hosts.js";
import type { PortRef } from "../scan/types.js";
import { compareText } from "../engine/order.js";

export interface ProposedService {
  name: string;
  port: number;
  protocol: Protocol;
  env?: string;
  access: Access;
  target?: number;
  aliases: string[];
  description?: string;
  range?: string;
  /** Every reference grouped into this service. */
  refs: PortRef[];
}

export interface Proposal {
  services: ProposedService[];
  ranges: Array<{ name: string; from: number; to: number }>;
  /** Ports claimed by more than one proposed service. */
  collisions: Array<{ port: number; protocol: Protocol; services: string[] }>;
  /** Services published on all interfaces today. */
  exposed: Array<{ service: string; ref: PortRef }>;
  /** References that name no port a service could own (container-only, unnamed). */
  unassigned: PortRef[];
}

const GENERIC_VARS = new Set(["PORT", "HTTP_PORT", "SERVER_PORT", "HOST_PORT"]);

/** `CONTIMG_API_PORT` → `contimg-api`, `PGSIMS web` → `pgsims-web`. */
export function slug(text: string): string {
  return text
    .replace(/\*\*|`/g, "")
    .replace(/\(.*?\)/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function envKey(name: string): string | undefined {
  if (GENERIC_VARS.has(name)) return undefined;
  const base = name.replace(/_(PORT|URL|HOST|ADDR|ADDRESS|DSN|URI)$/i, "");
  const key = slug(base);
  return key || undefined;
}

/** A union-find over group keys, so a ref naming both `backend` and `BACKEND_PORT` joins them. */
class Groups {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const HOST_KINDS = new Set(["publish", "listen", "assign", "docs", "dial"]);

/** The name keys a ref carries, strongest first: compose service, variable, docs row, dialled host. */
function keysOf(ref: PortRef, qualified: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  const compose = ref.meta?.composeService;
  if (typeof compose === "string") {
    const name = slug(compose);
    const folder = ref.file.includes("/") ? slug(ref.file.slice(0, ref.file.lastIndexOf("/"))) : "";
    keys.push(qualified.has(name) && folder ? `name:${folder}-${name}` : `name:${name}`);
  }
  else if (ref.family === "markdown" && ref.name) keys.push(`name:${slug(ref.name)}`);
  else if (ref.family === "config" && ref.name && ref.kind !== "dial") keys.push(`name:${slug(ref.name)}`);
  if (ref.envVar) {
    const key = envKey(ref.envVar);
    // A URL variable names what it dials, not a port it owns; it only joins an existing group.
    if (key && ref.kind !== "dial") keys.push(`name:${key}`);
  }
  return keys.filter((k) => k !== "name:");
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

function inferAccess(refs: PortRef[]): Access {
  const binds = refs.filter((r) => r.side === "host" && (r.kind === "publish" || r.kind === "listen") && r.host !== undefined);
  if (binds.length === 0) return refs.some((r) => r.side === "host") ? "localhost" : "internal";
  const classes = binds.map((r) => classifyHost(r.host!));
  if (classes.includes("all") || classes.includes("other")) return "public";
  if (classes.includes("private")) return "private";
  return "localhost";
}

/**
 * Compose service names that mean different services in different folders: `web` on 8080 in one
 * example project and on 3000 in another. Those names are qualified by their folder.
 */
function namesToQualify(refs: readonly PortRef[]): Set<string> {
  const portsByName = new Map<string, Map<string, string>>();
  for (const ref of refs) {
    if (ref.kind !== "publish" || typeof ref.meta?.composeService !== "string") continue;
    const name = slug(ref.meta.composeService);
    const folder = ref.file.slice(0, Math.max(0, ref.file.lastIndexOf("/")));
    const folders = portsByName.get(name) ?? new Map<string, string>();
    folders.set(folder, `${folders.get(folder) ?? ""},${ref.port}`);
    portsByName.set(name, folders);
  }
  const names = new Set<string>();
  for (const [name, folders] of portsByName) {
    const signatures = new Set([...folders.values()].map((ports) => [...new Set(ports.split(",").filter(Boolean))].sort().join(",")));
    if (signatures.size > 1) names.add(name);
  }
  return names;
}

export function proposeRegistry(refs: readonly PortRef[]): Proposal {
  const groups = new Groups();
  const byKey = new Map<string, PortRef[]>();
  const unnamed: PortRef[] = [];
  const qualified = namesToQualify(refs);
  for (const ref of refs) {
    const keys = keysOf(ref, qualified);
    if (keys.length === 0) {
      unnamed.push(ref);
      continue;
    }
    for (const key of keys.slice(1)) groups.union(keys[0]!, key);
    const list = byKey.get(keys[0]!) ?? [];
    list.push(ref);
    byKey.set(keys[0]!, list);
  }
  const merged = new Map<string, PortRef[]>();
  for (const [key, list] of byKey) {
    const root = groups.find(key);
    merged.set(root, [...(merged.get(root) ?? []), ...list]);
  }

  // Unnamed host-side refs join the group owning their port, else form a group of their own.
  // What a service binds (a published or listening port) outweighs what a variable or a client says.
  const hostPortOf = (list: PortRef[]) =>
    mostCommon(list.filter((r) => r.side === "host" && (r.kind === "publish" || r.kind === "listen")).map((r) => r.port)) ??
    mostCommon(list.filter((r) => r.side === "host" && r.kind !== "dial").map((r) => r.port)) ??
    mostCommon(list.filter((r) => r.side === "host").map((r) => r.port));
  const owners = new Map<number, string>();
  for (const [key, list] of merged) {
    const port = hostPortOf(list);
    if (port !== undefined && !owners.has(port)) owners.set(port, key);
  }
  const unassigned: PortRef[] = [];
  for (const ref of unnamed) {
    if (ref.side !== "host" || !HOST_KINDS.has(ref.kind) && ref.kind !== "literal") {
      unassigned.push(ref);
      continue;
    }
    const owner = owners.get(ref.port) ?? `port:${ref.port}`;
    owners.set(ref.port, owner);
    merged.set(owner, [...(merged.get(owner) ?? []), ref]);
  }

  const borrowed = new Set<PortRef>();
  // A group holding only variables from env files, on a port another group owns, most likely
  // points at that service (RELAY_PORT=25 beside a mail server on 25): join it, do not collide.
  for (const [key, list] of [...merged]) {
    if (!list.every((r) => r.kind === "assign" && r.family === "env")) continue;
    const owner = [...merged].find(([other, refs]) => other !== key && refs.some((r) => r.port === list[0]!.port && r.kind !== "assign"));
    if (!owner) continue;
    owner[1].push(...list);
    // Its variable names another setting (RELAY_PORT), not the owner's own port variable.
    for (const ref of list) borrowed.add(ref);
    merged.delete(key);
  }

  const services: ProposedService[] = [];
  const taken = new Set<string>();
  for (const [key, list] of splitMultiPort(merged)) {
    const hostPort = hostPortOf(list);
    const targets = [...new Set(list.filter((r) => r.kind === "target" && r.side === "container").map((r) => r.port))];
    const port = hostPort ?? (targets.length === 1 ? targets[0] : undefined);
    if (port === undefined) {
      unassigned.push(...list);
      continue;
    }
    const names = [
      ...new Set(
        list
          .map((r) => r.meta?.composeService ?? (r.family === "markdown" ? r.name : undefined))
          .filter((n): n is string => typeof n === "string")
          .map(slug)
          .filter(Boolean),
      ),
    ];
    const envNames = list.filter((r) => !borrowed.has(r)).map((r) => r.envVar).filter((v): v is string => !!v && !GENERIC_VARS.has(v) && !/_(URL|HOST|ADDR|ADDRESS|DSN|URI)$/i.test(v));
    const env = mostCommon(envNames);
    let name = key.startsWith("name:") ? key.slice(5) : (env && envKey(env)) || `port-${port}`;
    if (taken.has(name)) name = `${name}-${port}`;
    taken.add(name);
    const protocol = (mostCommon(list.map((r) => r.protocol)) ?? "tcp") as Protocol;
    const publishTargets = [...new Set(list.filter((r) => r.family === "compose" && r.kind === "target").map((r) => r.port))];
    const label = list.find((r) => r.family === "markdown" && typeof r.meta?.label === "string")?.meta?.label as string | undefined;
    const service: ProposedService = {
      name,
      port,
      protocol,
      access: hostPort === undefined ? "internal" : inferAccess(list),
      aliases: names.filter((n) => n !== name).sort(),
      refs: list,
    };
    if (env) service.env = env;
    if (publishTargets.length === 1 && hostPort !== undefined) service.target = publishTargets[0]!;
    if (label) {
      const text = label.replace(/\*\*|`/g, "").trim();
      if (text && slug(text) !== name) service.description = text;
    }
    services.push(service);
  }
  services.sort((a, b) => a.port - b.port || compareText(a.name, b.name));

  const collisions: Proposal["collisions"] = [];
  const byPort = new Map<string, ProposedService[]>();
  for (const s of services) {
    const k = `${s.port}/${s.protocol}`;
    byPort.set(k, [...(byPort.get(k) ?? []), s]);
  }
  for (const list of byPort.values()) {
    if (list.length > 1) collisions.push({ port: list[0]!.port, protocol: list[0]!.protocol, services: list.map((s) => s.name) });
  }

  const exposed: Proposal["exposed"] = [];
  for (const s of services) {
    const ref = s.refs.find((r) => r.side === "host" && (r.kind === "publish" || r.kind === "listen") && r.host !== undefined && classifyHost(r.host) === "all");
    if (ref) exposed.push({ service: s.name, ref });
  }

  return { services, ranges: clusterRanges(services), collisions, exposed, unassigned };
}

/**
 * One compose service publishing several ports (a mail server on 25, 143, 465…) is several
 * registry services: the first port keeps the name, the others become `name-<port>`, all with the
 * compose name as an alias. Different ports for one service across files stay together: that is
 * drift for `check` to report, not a second service.
 */
function splitMultiPort(merged: Map<string, PortRef[]>): Array<[string, PortRef[]]> {
  const out: Array<[string, PortRef[]]> = [];
  for (const [key, list] of [...merged].sort(([a], [b]) => compareText(a, b))) {
    const published = new Map<string, Set<number>>();
    for (const r of list) {
      if (r.kind !== "publish" || typeof r.meta?.composeService !== "string") continue;
      const where = `${r.file}::${r.meta.composeService}`;
      published.set(where, (published.get(where) ?? new Set()).add(r.port));
    }
    const ports = [...new Set([...published.values()].flatMap((set) => (set.size > 1 ? [...set] : [])))].sort((a, b) => a - b);
    if (ports.length < 2) {
      out.push([key, list]);
      continue;
    }
    const [first, ...rest] = ports;
    const byPort = new Map<number, PortRef[]>(ports.map((p) => [p, []]));
    const shared: PortRef[] = [];
    for (const r of list) {
      // A mapping's container side travels with its host side (same line).
      const mate = r.kind === "target" ? list.find((h) => h.kind === "publish" && h.file === r.file && h.line === r.line) : undefined;
      const port = mate ? mate.port : r.port;
      (byPort.get(port) ?? shared).push(r);
    }
    out.push([key, [...byPort.get(first!)!, ...shared]]);
    for (const port of rest) out.push([`${key}-${port}`, byPort.get(port)!]);
  }
  return out;
}

/** Three or more services in one block of a hundred ports become a named range. */
function clusterRanges(services: ProposedService[]): Proposal["ranges"] {
  const blocks = new Map<number, ProposedService[]>();
  for (const s of services) {
    if (s.port < 1024) continue;
    const block = Math.floor(s.port / 100) * 100;
    blocks.set(block, [...(blocks.get(block) ?? []), s]);
  }
  const ranges: Proposal["ranges"] = [];
  for (const [from, list] of [...blocks].sort(([a], [b]) => a - b)) {
    if (list.length < 3) continue;
    const name = `block-${from}`;
    ranges.push({ name, from, to: from + 99 });
    for (const s of list) s.range = name;
  }
  return ranges;
}

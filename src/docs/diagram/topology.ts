// What the topology diagram shows, worked out from the registry and the scanned refs alone (so the
// docs-drift rule and `portcullis docs` draw the same picture): which services face the internet,
// which configuration files make a service a reverse proxy and where it forwards to, and which
// problems (exposed bindings, upstreams on undeclared ports, conflicts) sit on which node.

import { Minimatch } from "minimatch";
import { normaliseName } from "../../engine/attribute.js";
import { classifyHost } from "../../engine/hosts.js";
import type { AttributedRef, Report, Rule, RuleContext, Suppressed } from "../../engine/types.js";
import type { Access, Registry, Service } from "../../registry/model.js";
import exposedBinding from "../../rules/exposed-binding.js";
import portConflict from "../../rules/port-conflict.js";
import { classify } from "../../scan/scanners/index.js";
import { assignIds } from "./mermaid-text.js";
import { compareText } from "../../engine/order.js";

export type ProxySoftware = "caddy" | "nginx" | "traefik" | "haproxy";

/** Scanners whose files configure a reverse proxy: their dial refs are upstreams. */
const PROXY_SCANNERS: Record<string, ProxySoftware> = {
  "config/caddyfile": "caddy",
  "config/nginx": "nginx",
  "config/traefik": "traefik",
  "config/haproxy": "haproxy",
};

export const ACCESS_ORDER: readonly Access[] = ["public", "private", "localhost", "internal"];

export type MarkKind = "exposed" | "bound" | "host-port" | "conflict" | "undeclared-upstream";

/** A problem drawn on a node, with the place it was found. */
export interface Mark {
  kind: MarkKind;
  /** Short text for the node ("published on all interfaces :8082"). */
  text: string;
  file: string;
  line: number;
}

export interface TopologyNode {
  /** Mermaid node id, stable across runs. */
  id: string;
  kind: "service" | "undeclared-proxy" | "undeclared-upstream";
  /** The declared services the node stands for: one, or the services that together run one proxy. */
  services: Service[];
  /** The access group (subgraph) of a service node. */
  access?: Access;
  /** Label lines before the marks. */
  lines: string[];
  /** What makes this node a proxy: configuration files, or compose files' Traefik labels. */
  proxyFiles: string[];
  marks: Mark[];
}

export type EdgeKind = "internet" | "proxy" | "exposed" | "conflict";

export interface TopologyEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface Topology {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  /** Whether the Internet node is drawn (something faces or is exposed to it). */
  internet: boolean;
}


export function compareServices(a: Service, b: Service): number {
  return a.port - b.port || compareText(a.protocol, b.protocol) || compareText(a.name, b.name);
}

function portLabel(port: number, protocol: string): string {
  return protocol === "tcp" ? `:${port}` : `:${port}/${protocol}`;
}

/** Does a service's name or an alias name the proxy software (`caddy`, `caddy-https`, `nginx_edge`)? */
function namesSoftware(service: Service, software: ProxySoftware): boolean {
  return [service.name, ...service.aliases].some((name) => normaliseName(name).startsWith(software));
}

interface ProxyConfig {
  file: string;
  /** What configures the proxy, as shown on its node: the file, or a compose file's labels. */
  source: string;
  software: ProxySoftware;
  /** The services running the proxy; empty when the registry declares none. */
  owners: Service[];
  /** Ports the file listens on, for an undeclared proxy's label. */
  listens: Array<{ port: number; protocol: string }>;
  upstreams: AttributedRef[];
}

/** Of several owners, the most exposed ones: the public listener is the one traffic enters through. */
function mostExposed(services: Service[]): Service[] {
  for (const access of ACCESS_ORDER) {
    const found = services.filter((s) => s.access === access);
    if (found.length > 0) return found;
  }
  return [];
}

function uniqueServices(services: Iterable<Service | undefined>): Service[] {
  const seen = new Map<string, Service>();
  for (const s of services) if (s && !seen.has(s.name)) seen.set(s.name, s);
  return [...seen.values()].sort(compareServices);
}

/** Proxy configuration files and compose Traefik labels, each with who runs it and where it forwards. */
function findProxies(registry: Registry, refs: readonly AttributedRef[]): ProxyConfig[] {
  const byFile = new Map<string, AttributedRef[]>();
  for (const ref of refs) {
    if (ref.family !== "config") continue;
    byFile.set(ref.file, [...(byFile.get(ref.file) ?? []), ref]);
  }
  const pathMatchers = registry.services.map((service) => ({
    service,
    matchers: service.paths.map((glob) => new Minimatch(glob, { dot: true })),
  }));
  const proxies: ProxyConfig[] = [];
  for (const [file, fileRefs] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    const scanner = classify(file);
    const software = scanner ? PROXY_SCANNERS[scanner.id] : undefined;
    if (!software) continue;
    const upstreams = fileRefs.filter((r) => r.kind === "dial");
    if (upstreams.length === 0) continue;
    const listens = fileRefs.filter((r) => r.kind === "listen" && r.side === "host");
    // Who runs the proxy: whoever its listen directives belong to, else the service whose code lives
    // there, else a service named after the software (a Caddyfile of domain names listens on 80 and
    // 443 without saying so).
    let owners = mostExposed(uniqueServices(listens.map((r) => r.service)));
    if (owners.length === 0) owners = mostExposed(uniqueServices(pathMatchers.filter((p) => p.matchers.some((m) => m.match(file))).map((p) => p.service)));
    if (owners.length === 0) owners = mostExposed(uniqueServices(registry.services.filter((s) => namesSoftware(s, software))));
    const ports = new Map<string, { port: number; protocol: string }>();
    for (const r of listens) ports.set(`${r.port}/${r.protocol}`, { port: r.port, protocol: r.protocol });
    proxies.push({
      file,
      source: file,
      software,
      owners,
      listens: [...ports.values()].sort((a, b) => a.port - b.port || compareText(a.protocol, b.protocol)),
      upstreams,
    });
  }

  // Traefik labels sit on the backends; the proxy is the Traefik service of the registry, if any.
  const labelled = refs.filter((r) => r.family === "compose" && r.kind === "target" && /^traefik\./i.test(String(r.meta?.label ?? "")));
  if (labelled.length > 0) {
    const byCompose = refs.filter((r) => r.family === "compose" && normaliseName(String(r.meta?.composeService ?? "")).startsWith("traefik"));
    let owners = mostExposed(uniqueServices(byCompose.map((r) => r.service)));
    if (owners.length === 0) owners = mostExposed(uniqueServices(registry.services.filter((s) => namesSoftware(s, "traefik"))));
    for (const file of [...new Set(labelled.map((r) => r.file))].sort(compareText)) {
      proxies.push({ file, source: `${file} labels`, software: "traefik", owners, listens: [], upstreams: labelled.filter((r) => r.file === file) });
    }
  }
  return proxies;
}

/** Minimal union-find over service names: services that run one proxy together become one node. */
class Groups {
  private readonly parent = new Map<string, string>();
  find(name: string): string {
    let root = name;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Does any service, fallback, range or reservation cover the ports (the unknown-port rule's test)? */
function isDeclaredPort(registry: Registry, from: number, to: number): boolean {
  const inside = (a: number, b: number) => from <= b && a <= to;
  return (
    registry.services.some((s) => inside(s.port, s.port) || (s.fallback !== undefined && inside(s.fallback[0], s.fallback[1]))) ||
    [...registry.ranges.values()].some((r) => inside(r.from, r.to)) ||
    registry.reserved.some((r) => inside(r.from, r.to))
  );
}

function ruleOn(registry: Registry, id: string): boolean {
  return registry.rules[id] !== "off";
}

/** The topology of a registry and the refs found in its repository. Pure and deterministic. */
export function buildTopology(registry: Registry, refs: readonly AttributedRef[], suppressed?: Suppressed): Topology {
  const services = [...registry.services].sort(compareServices);
  const proxies = findProxies(registry, refs);

  // Owners of one proxy with the same access are one process with several ports (Caddy on 80 and 443).
  const groups = new Groups();
  for (const proxy of proxies) {
    for (const owner of proxy.owners.slice(1)) if (owner.access === proxy.owners[0]!.access) groups.union(proxy.owners[0]!.name, owner.name);
  }
  const members = new Map<string, Service[]>();
  for (const s of services) {
    const root = groups.find(s.name);
    members.set(root, [...(members.get(root) ?? []), s]);
  }
  // A group's id is its first service's (lowest port): the same service keeps the same id.
  const serviceIds = assignIds("svc_", services.map((s) => s.name));
  const undeclaredProxies = proxies.filter((p) => p.owners.length === 0);
  const proxyIds = assignIds("proxy_", undeclaredProxies.map((p) => p.source));

  const nodes = new Map<string, TopologyNode>();
  const nodeOfService = new Map<string, TopologyNode>();
  for (const group of members.values()) {
    const first = group[0]!;
    const node: TopologyNode = {
      id: serviceIds.get(first.name)!,
      kind: "service",
      services: group,
      access: first.access,
      lines: group.map((s) => `${s.name} ${portLabel(s.port, s.protocol)}`),
      proxyFiles: [],
      marks: [],
    };
    nodes.set(node.id, node);
    for (const s of group) nodeOfService.set(s.name, node);
  }

  const edges: TopologyEdge[] = [];
  const proxyEdges = new Map<string, { from: string; to: string; ports: Set<string> }>();
  const undeclared = new Map<string, TopologyNode>();
  const upstreamIds = assignIds(
    "upstream_",
    refs.filter((r) => r.kind === "dial" && !r.service && r.side === "container").map((r) => `${r.meta?.dialHost ?? ""}_${r.port}_${r.protocol}`),
  );
  const flagUndeclared = ruleOn(registry, "unknown-port");
  const upstreamNode = (ref: AttributedRef): TopologyNode => {
    if (ref.service) return nodeOfService.get(ref.service.name)!;
    // A container-side upstream (`http://api:4000` on a compose network) is a container port: drawn
    // by its address, never a finding, as unknown-port does not judge container ports either.
    const container = ref.side === "container";
    const host = String(ref.meta?.dialHost ?? "");
    const key = container ? `${host}_${ref.port}_${ref.protocol}` : `${ref.port}/${ref.protocol}`;
    let node = undeclared.get(key);
    if (!node) {
      node = {
        id: container ? upstreamIds.get(key)! : `undeclared_${ref.port}${ref.protocol === "tcp" ? "" : `_${ref.protocol}`}`,
        kind: "undeclared-upstream",
        services: [],
        lines: [container ? `${host} ${portLabel(ref.port, ref.protocol)}` : `undeclared ${portLabel(ref.port, ref.protocol)}`],
        proxyFiles: [],
        marks: [],
      };
      undeclared.set(key, node);
    }
    // A port inside a range, fallback or reservation is known to the registry, as unknown-port counts it.
    if (!container && flagUndeclared && !isDeclaredPort(registry, ref.port, ref.portEnd ?? ref.port)) {
      node.marks.push({ kind: "undeclared-upstream", text: "proxy upstream not declared", file: ref.file, line: ref.line });
    }
    return node;
  };
  for (const proxy of proxies) {
    let from: TopologyNode;
    if (proxy.owners.length > 0) {
      from = nodeOfService.get(proxy.owners[0]!.name)!;
    } else {
      const id = proxyIds.get(proxy.source)!;
      from = nodes.get(id) ?? {
        id,
        kind: "undeclared-proxy",
        services: [],
        lines: [[proxy.software, ...proxy.listens.map((l) => portLabel(l.port, l.protocol))].join(" ")],
        proxyFiles: [],
        marks: [],
      };
      nodes.set(id, from);
    }
    if (!from.proxyFiles.includes(proxy.source)) from.proxyFiles.push(proxy.source);
    const owners = new Set(proxy.owners.map((o) => nodeOfService.get(o.name)!.id));
    for (const ref of proxy.upstreams) {
      const to = upstreamNode(ref);
      if (owners.has(to.id) || to.id === from.id) continue; // a proxy's own admin or status port
      const others = proxy.owners.filter((o) => nodeOfService.get(o.name)!.id !== from.id);
      // Owners with another access than the first are separate nodes: each of them forwards too.
      for (const source of [from, ...others.map((o) => nodeOfService.get(o.name)!)]) {
        const key = `${source.id}\0${to.id}`;
        const edge = proxyEdges.get(key) ?? { from: source.id, to: to.id, ports: new Set<string>() };
        edge.ports.add(portLabel(ref.port, ref.protocol));
        proxyEdges.set(key, edge);
      }
    }
  }
  for (const node of undeclared.values()) nodes.set(node.id, node);

  const context: RuleContext = { registry, refs, problems: [], files: [] };
  const internetExposed: Array<{ node: TopologyNode; label: string }> = [];
  const conflicts = new Map<string, { a: TopologyNode; b: TopologyNode; label: string }>();
  const mark = (node: TopologyNode | undefined, m: Mark): void => {
    if (node && !node.marks.some((x) => x.kind === m.kind && x.text === m.text && x.file === m.file && x.line === m.line)) node.marks.push(m);
  };
  if (ruleOn(registry, "exposed-binding")) {
    for (const report of drawn(exposedBinding, context, suppressed)) {
      const node = report.service ? nodeOfService.get(report.service) : undefined;
      if (!node) continue;
      const port = portLabel(report.port ?? 0, "tcp");
      const host = String(report.data?.host ?? "");
      const at = { file: report.at.file, line: report.at.line };
      if (report.messageId === "internal") {
        mark(node, { kind: "host-port", text: `internal, but has host port ${port}`, ...at });
      } else if (report.messageId === "localhostOther") {
        mark(node, { kind: "bound", text: `bound to ${host} ${port}`, ...at });
      } else if (classifyHost(host) === "all") {
        mark(node, { kind: "exposed", text: `on all interfaces ${port}`, ...at });
        internetExposed.push({ node, label: `all interfaces ${port}` });
      }
    }
  }
  if (ruleOn(registry, "port-conflict")) {
    for (const report of drawn(portConflict, context, suppressed)) conflictMarks(report, refs, nodeOfService, mark, conflicts);
  }

  // Edges in a fixed order: internet, proxies, exposed, conflicts (linkStyle counts on it).
  const ordered = [...nodes.values()].sort(compareNodes);
  const position = new Map(ordered.map((n, i) => [n.id, i]));
  const byPosition = (a: { from: string; to: string }, b: { from: string; to: string }) =>
    position.get(a.from)! - position.get(b.from)! || position.get(a.to)! - position.get(b.to)!;
  for (const node of ordered) if (node.kind === "service" && node.access === "public") edges.push({ from: "internet", to: node.id, kind: "internet" });
  for (const e of [...proxyEdges.values()].sort(byPosition)) {
    edges.push({ from: e.from, to: e.to, kind: "proxy", label: [...e.ports].sort(comparePortLabels).join(", ") });
  }
  const exposedSeen = new Set<string>();
  for (const { node, label } of internetExposed.sort((a, b) => position.get(a.node.id)! - position.get(b.node.id)! || compareText(a.label, b.label))) {
    const key = `${node.id}\0${label}`;
    if (exposedSeen.has(key)) continue;
    exposedSeen.add(key);
    edges.push({ from: "internet", to: node.id, kind: "exposed", label });
  }
  for (const c of [...conflicts.values()].sort((x, y) => byPosition({ from: x.a.id, to: x.b.id }, { from: y.a.id, to: y.b.id }) || compareText(x.label, y.label))) {
    edges.push({ from: c.a.id, to: c.b.id, kind: "conflict", label: c.label });
  }
  for (const node of ordered) {
    node.proxyFiles.sort(compareText);
    node.marks.sort((a, b) => compareText(a.kind, b.kind) || compareText(a.file, b.file) || a.line - b.line || compareText(a.text, b.text));
  }
  return { nodes: ordered, edges, internet: edges.some((e) => e.from === "internet") };
}

/** A rule's reports the diagram draws: those the check reports, not those a comment suppresses. */
function drawn(rule: Rule, context: RuleContext, suppressed: Suppressed | undefined): Report[] {
  const reports = rule.check(context);
  return suppressed ? reports.filter((r) => !suppressed(rule.meta.id, r.at.file, r.at.line)) : reports;
}

function comparePortLabels(a: string, b: string): number {
  return Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]) || compareText(a, b);
}

const KIND_ORDER: Record<TopologyNode["kind"], number> = { service: 0, "undeclared-proxy": 1, "undeclared-upstream": 2 };

function compareNodes(a: TopologyNode, b: TopologyNode): number {
  const access = (n: TopologyNode) => (n.access ? ACCESS_ORDER.indexOf(n.access) : ACCESS_ORDER.length);
  const first = (n: TopologyNode) => n.services[0];
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    access(a) - access(b) ||
    (first(a) && first(b) ? compareServices(first(a)!, first(b)!) : 0) ||
    compareText(a.id, b.id)
  );
}

/** A port-conflict report as marks on both services and a link between them. */
function conflictMarks(
  report: Report,
  refs: readonly AttributedRef[],
  nodeOfService: Map<string, TopologyNode>,
  mark: (node: TopologyNode | undefined, m: Mark) => void,
  conflicts: Map<string, { a: TopologyNode; b: TopologyNode; label: string }>,
): void {
  const port = `${report.port ?? report.data?.port}/${String(report.data?.protocol ?? "tcp")}`;
  const at = { file: report.at.file, line: report.at.line };
  const here = report.service ? nodeOfService.get(report.service) : undefined;
  let other: TopologyNode | undefined;
  let otherAt = at;
  if (report.messageId === "registry") {
    other = nodeOfService.get(String(report.data?.other ?? ""));
    const declared = other?.services.find((s) => s.name === report.data?.other);
    if (declared) otherAt = { file: declared.portAt.file, line: declared.portAt.line };
  } else {
    const file = String(report.data?.otherFile ?? "");
    const line = Number(report.data?.otherLine);
    const ref = refs.find((r) => r.file === file && r.line === line && r.kind === "publish" && r.service);
    other = ref?.service ? nodeOfService.get(ref.service.name) : undefined;
    otherAt = { file, line };
  }
  mark(here, { kind: "conflict", text: `port conflict ${port}`, ...at });
  mark(other, { kind: "conflict", text: `port conflict ${port}`, ...otherAt });
  if (here && other && here !== other) {
    const [a, b] = compareNodes(here, other) <= 0 ? [here, other] : [other, here];
    const key = `${a.id}\0${b.id}\0${port}`;
    conflicts.set(key, { a, b, label: `same port ${port}` });
  }
}

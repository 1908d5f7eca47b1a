// Compose files: published and container ports of every service (short and long `ports`, `expose`,
// `network_mode: host`, `*_PORT` environment, Traefik labels, `--port` flags and URLs in commands).

import { isIP } from "node:net";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";
import type { Document, Node as YamlNode, Scalar, YAMLMap } from "yaml";
import type { Protocol } from "../../registry/model.js";
import { interpolate, traceOutput, type Interpolation, type Trace } from "../interpolate.js";
import type { PortRef, RefKind, RefMeta, ScanProblem, ScanResult, Scanner, Side } from "../types.js";
import { portRef } from "../port-ref.js";

// ---------------------------------------------------------------------------------------------
// Port syntax, with the semantics of the reference implementation (go-connections `nat`, head).

export interface ParseError {
  error: string;
}

export function isParseError(value: unknown): value is ParseError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A port number 0-65535 written in decimal (an optional sign, as Go's `ParseInt` allows). */
export function parsePortNumber(raw: string): number | ParseError {
  if (raw === "") return { error: "value is empty" };
  if (!/^[+-]?\d+$/.test(raw)) return { error: "invalid syntax" };
  const n = Number(raw);
  if (n < 0 || n > 65535) return { error: "value out of range (0–65535)" };
  return n === 0 ? 0 : n; // normalise -0
}

/** `ParsePort`: an empty string is port 0. */
export function parsePort(raw: string): number | ParseError {
  if (raw === "") return 0;
  const n = parsePortNumber(raw);
  return isParseError(n) ? { error: `invalid port '${raw}': ${n.error}` } : n;
}

export interface PortRangeValue {
  start: number;
  end: number;
}

/** `ParsePortRange`: `8000` or `8000-8010`. */
export function parsePortRange(raw: string): PortRangeValue | ParseError {
  if (raw === "") return { error: "empty string specified for ports" };
  const dash = raw.indexOf("-");
  const startText = dash < 0 ? raw : raw.slice(0, dash);
  const start = parsePortNumber(startText);
  if (isParseError(start)) return { error: `invalid start port '${startText}': ${start.error}` };
  if (dash < 0) return { start, end: start };
  const endText = raw.slice(dash + 1);
  const end = parsePortNumber(endText);
  if (isParseError(end)) return { error: `invalid end port '${endText}': ${end.error}` };
  if (end < start) return { error: `invalid port range: ${raw}` };
  return { start, end };
}

/** `SplitProtoPort`: `8000/udp` → udp, 8000; no protocol means tcp; no port means neither. */
export function splitProtoPort(raw: string): { proto: string; port: string } {
  const slash = raw.indexOf("/");
  const port = slash < 0 ? raw : raw.slice(0, slash);
  const proto = slash < 0 ? "" : raw.slice(slash + 1);
  if (port === "") return { proto: "", port: "" };
  return { proto: proto === "" ? "tcp" : proto, port };
}

const PROTOCOLS: readonly string[] = ["tcp", "udp", "sctp"];

/** An IP address as Go's `net.ParseIP` accepts it: dotted IPv4 without leading zeros, IPv6 without zone. */
export function isIpAddress(text: string): boolean {
  return !text.includes("%") && isIP(text) !== 0;
}

/** A `[start, end)` piece of a port specification. */
interface Field {
  text: string;
  start: number;
  end: number;
}

/** A short-syntax specification taken apart, with the offset of every piece. */
export interface PortSpecParts {
  /** The host IP without brackets, "" when none. */
  hostIp: string;
  /** The host IP as written (with brackets), when the spec has one. */
  hostIpField?: Field;
  /** The host port field; present but empty in `127.0.0.1::80`, absent in `80`. */
  hostPortField?: Field;
  hostRange?: PortRangeValue;
  containerField: Field;
  containerRange: PortRangeValue;
  protocol: Protocol;
}

interface SpecError extends ParseError {
  /** The offending piece, when one can be named. */
  at?: { start: number; end: number };
}

/** Takes `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]` apart (an unbracketed IPv6 host IP is allowed). */
export function analyzePortSpec(spec: string): PortSpecParts | SpecError {
  const pieces: Field[] = [];
  let from = 0;
  for (;;) {
    const colon = spec.indexOf(":", from);
    const end = colon < 0 ? spec.length : colon;
    pieces.push({ text: spec.slice(from, end), start: from, end });
    if (colon < 0) break;
    from = colon + 1;
  }
  const n = pieces.length;
  let ipField: Field | undefined;
  let hostPortField: Field | undefined;
  const last = pieces[n - 1]!;
  if (n === 2) hostPortField = pieces[0];
  if (n >= 3) {
    hostPortField = pieces[n - 2];
    ipField = { text: spec.slice(0, pieces[n - 2]!.start - 1), start: 0, end: pieces[n - 2]!.start - 1 };
  }
  const slash = last.text.indexOf("/");
  const containerText = slash < 0 ? last.text : last.text.slice(0, slash);
  const protoText = slash < 0 ? "" : last.text.slice(slash + 1);
  const containerField: Field = { text: containerText, start: last.start, end: last.start + containerText.length };
  if (containerText === "") return { error: `no port specified: ${spec}<empty>`, at: containerField };
  const protocol = (protoText === "" ? "tcp" : protoText).toLowerCase();
  if (!PROTOCOLS.includes(protocol)) {
    return { error: `invalid proto: ${protocol}`, at: { start: containerField.end + 1, end: last.end } };
  }
  let hostIp = "";
  if (ipField && ipField.text !== "") {
    hostIp = ipField.text;
    if (hostIp.startsWith("[")) {
      const bracketed = /^\[([^[\]]*)\]$/.exec(hostIp);
      if (!bracketed) return { error: `invalid IP address ${hostIp}: missing ']' in address`, at: ipField };
      hostIp = bracketed[1]!;
    }
    if (hostIp !== "" && !isIpAddress(hostIp)) return { error: `invalid IP address: ${hostIp}`, at: ipField };
  }
  const containerRange = parsePortRange(containerText);
  if (isParseError(containerRange)) return { error: `invalid containerPort: ${containerText}`, at: containerField };
  const parts: PortSpecParts = { hostIp, containerField, containerRange, protocol: protocol as Protocol };
  if (ipField) parts.hostIpField = ipField;
  if (hostPortField) {
    parts.hostPortField = hostPortField;
    if (hostPortField.text !== "") {
      const hostRange = parsePortRange(hostPortField.text);
      if (isParseError(hostRange)) return { error: `invalid hostPort: ${hostPortField.text}`, at: hostPortField };
      const containerSpan = containerRange.end - containerRange.start;
      // A host range onto one container port is a pool to pick from; otherwise the sizes must agree.
      if (hostRange.end - hostRange.start !== containerSpan && containerSpan !== 0) {
        return { error: `invalid ranges specified for container and host Ports: ${containerText} and ${hostPortField.text}`, at: { start: hostPortField.start, end: containerField.end } };
      }
      parts.hostRange = hostRange;
    }
  }
  return parts;
}

/** One container port and its binding, as `nat.ParsePortSpec` returns them. */
export interface PortMapping {
  containerPort: number;
  protocol: Protocol;
  hostIp: string;
  /** "" (ephemeral), a port, or a range when a host range maps onto one container port. */
  hostPort: string;
}

/** `nat.ParsePortSpec`: one mapping per container port of the specification. */
export function parsePortSpec(spec: string): PortMapping[] | ParseError {
  const parts = analyzePortSpec(spec);
  if (isParseError(parts)) return { error: parts.error };
  const { containerRange: c, hostRange: h } = parts;
  const count = c.end - c.start + 1;
  const mappings: PortMapping[] = [];
  for (let i = 0; i < count; i++) {
    let hostPort = "";
    if (h) {
      hostPort = String(h.start + i);
      if (count === 1 && h.start !== h.end) hostPort += `-${h.end}`;
    }
    mappings.push({ containerPort: c.start + i, protocol: parts.protocol, hostIp: parts.hostIp, hostPort });
  }
  return mappings;
}

/** A `ports` entry in compose's canonical long form. */
export interface ServicePortConfig {
  hostIp: string;
  /** "" when nothing is published (an ephemeral host port). */
  published: string;
  target: number;
  protocol: string;
  mode: string;
  name?: string;
  appProtocol?: string;
}

/**
 * One `ports` entry (short syntax string or number, or long syntax object) in compose's canonical
 * form, as compose loads it before interpolation: short ranges expand to one entry per port.
 */
export function composePortConfigs(entry: unknown): ServicePortConfig[] | ParseError {
  if (typeof entry === "number" || typeof entry === "string") {
    const mappings = parsePortSpec(String(entry));
    if (isParseError(mappings)) return mappings;
    const configs = mappings.map((m) => ({
      key: `${m.containerPort}/${m.protocol}`,
      config: { hostIp: m.hostIp, published: m.hostPort, target: m.containerPort, protocol: m.protocol, mode: "ingress" },
    }));
    // Compose sorts the exposed ports by their "port/proto" key.
    configs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return configs.map((c) => c.config);
  }
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return { error: `invalid port entry: ${String(entry)}` };
  const long = entry as Record<string, unknown>;
  const target = typeof long.target === "string" ? parsePortNumber(long.target) : long.target;
  if (typeof target !== "number" || !Number.isInteger(target) || target < 0 || target > 65535) {
    return { error: `invalid target port: ${String(long.target)}` };
  }
  const hostIp = long.host_ip === undefined || long.host_ip === null ? "" : String(long.host_ip);
  if (hostIp !== "" && !isIpAddress(hostIp)) return { error: `invalid ip address: ${hostIp}` };
  let published = "";
  if (long.published !== undefined && long.published !== null) {
    published = String(long.published);
    if (published !== "" && isParseError(parsePortRange(published))) return { error: `invalid published port: ${published}` };
  }
  const config: ServicePortConfig = {
    hostIp,
    published,
    target,
    protocol: typeof long.protocol === "string" && long.protocol !== "" ? long.protocol : "tcp",
    mode: typeof long.mode === "string" && long.mode !== "" ? long.mode : "ingress",
  };
  if (typeof long.name === "string") config.name = long.name;
  if (typeof long.app_protocol === "string") config.appProtocol = long.app_protocol;
  return [config];
}

// ---------------------------------------------------------------------------------------------
// Scalars: their value, where each character of it is written, and its interpolation.

/** A scalar's string value and, for each character, its offset in the file. */
interface ScalarText {
  node: Scalar;
  value: string;
  /** offsets[i] is where value[i] is written; offsets[value.length] is the end of the scalar. */
  offsets: number[];
  /** Source text of the whole scalar, quotes included. */
  raw: string;
  plain: boolean;
}

/** A scalar after interpolation (all variables unset: only defaults give values). */
interface Resolved {
  scalar: ScalarText;
  interp: Interpolation;
  /** The interpolated value. */
  text: string;
}

function identityOffsets(from: number, length: number): number[] {
  const offsets = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) offsets[i] = from + i;
  return offsets;
}

const WHITESPACE = /\s/;

/**
 * Aligns a scalar's value with its source when they differ (escapes, folded lines, block
 * indentation): each value character is found at or after the previous one's position.
 */
function alignOffsets(value: string, source: string, from: number, to: number): number[] {
  const offsets = new Array<number>(value.length + 1);
  let p = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (WHITESPACE.test(c)) {
      offsets[i] = Math.min(p, to);
      if (p < to && WHITESPACE.test(source[p]!)) p++;
      continue;
    }
    let q = p;
    while (q < to && source[q] !== c) q++;
    if (q < to) {
      offsets[i] = q;
      p = q + 1;
    } else {
      offsets[i] = Math.min(p, to);
    }
  }
  offsets[value.length] = Math.min(Math.max(p, value.length ? offsets[value.length - 1]! + 1 : from), to);
  return offsets;
}

function scalarText(node: Scalar, source: string): ScalarText | undefined {
  const v = node.value;
  if (v === null || v === undefined || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  const raw = source.slice(start, valueEnd);
  const plain = node.type === "PLAIN" || node.type === undefined;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
    if (String(v) === raw || /^[+-]?\d+$/.test(raw)) return { node, value: raw, offsets: identityOffsets(start, raw.length), raw, plain };
    // `0x1F90`, `8_080`, `1e3`: the value is not written digit by digit; point at the whole scalar.
    const value = String(v);
    const offsets = new Array<number>(value.length + 1).fill(start);
    offsets[value.length] = valueEnd;
    return { node, value, offsets, raw, plain };
  }
  if (typeof v !== "string") return undefined;
  let from = start;
  let to = valueEnd;
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    from = start + 1;
    to = Math.max(from, valueEnd - 1);
  } else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const newline = source.indexOf("\n", start);
    from = newline < 0 || newline >= valueEnd ? valueEnd : newline + 1;
  }
  const offsets = source.slice(from, to) === v ? identityOffsets(from, v.length) : alignOffsets(v, source, from, to);
  return { node, value: v, offsets, raw, plain };
}

function resolveScalar(node: Scalar, source: string): Resolved | undefined {
  const scalar = scalarText(node, source);
  if (!scalar) return undefined;
  const interp = interpolate(scalar.value);
  return { scalar, interp, text: interp.value };
}

interface SourceSpan {
  from: number;
  to: number;
  trace: Trace;
}

/** Where the output range `[start, end)` of a resolved scalar is written in the file. */
function sourceOf(r: Resolved, start: number, end: number): SourceSpan {
  const trace = traceOutput(r.interp, start, end);
  const offsets = r.scalar.offsets;
  const from = offsets[Math.min(trace.start, offsets.length - 1)]!;
  const to = trace.end > trace.start ? offsets[Math.min(trace.end - 1, offsets.length - 2)]! + 1 : from;
  return { from, to: Math.max(from, to), trace };
}

// ---------------------------------------------------------------------------------------------
// The scan.

const MAX_ALIAS_COUNT = 1000;
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/;
const PORT_VARIABLE = /^(?:\w*_)?PORT$/i;
const TRAEFIK_PORT = /^traefik\.(?:(http|tcp|udp)\.services\.[^.]+\.loadbalancer\.server\.port|port)$/i;
const DIGITS = /^\d+$/;

interface ServiceContext {
  name: string;
  /** `network_mode: host`: container ports are the host's ports. */
  hostNetwork: boolean;
  networkMode?: string;
}

interface RefFields {
  kind: RefKind;
  side: Side;
  port: number;
  portEnd?: number;
  protocol?: Protocol;
  host?: string;
  envVar?: string;
  meta?: RefMeta;
}

class ComposeScan {
  readonly refs: PortRef[] = [];
  readonly problems: ScanProblem[] = [];
  readonly lines = new LineCounter();
  private doc!: Document.Parsed;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  run(): ScanResult {
    // Compose reads every file with the YAML 1.2 core schema plus merge keys, whatever a `%YAML 1.1`
    // directive says: `22:22` stays a string there, never the base-60 number 1342.
    const docs = parseAllDocuments(this.text, { lineCounter: this.lines, merge: true, schema: "core", prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
      for (const e of doc.errors) this.problem("parse-error", e.pos[0], e.pos[1], e.message);
      // A repeated key leaves the structure intact (the first one is read); other errors do not.
      if (doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) continue;
      try {
        // Expanding the document with a budget makes alias bombs fail here, before any walk.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = doc.contents?.range?.[0] ?? 0;
        this.problem("parse-error", at, at, `could not expand YAML aliases: ${message}`);
        continue;
      }
      this.doc = doc;
      this.scanDocument(doc.contents);
    }
    // Long-syntax entries report `published` before `target`: keep the refs in file order.
    this.refs.sort((a, b) => a.line - b.line || a.column - b.column);
    return { refs: this.refs, problems: this.problems };
  }

  // -- YAML helpers -------------------------------------------------------------------------

  private resolve(node: unknown): YamlNode | undefined {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 64; hops++) current = current.resolve(this.doc);
    return isAlias(current) || current === null || current === undefined ? undefined : (current as YamlNode);
  }

  /**
   * A mapping's entries with `<<` merge keys applied: own keys first, then merged ones in order.
   * `merging` holds the maps being merged into, so a map merging itself ends the recursion.
   */
  private entries(node: YAMLMap, merging: Set<YAMLMap> = new Set()): Map<string, unknown> {
    const result = new Map<string, unknown>();
    const merges: unknown[] = [];
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key) && typeof key.value === "symbol") {
        merges.push(pair.value);
        continue;
      }
      const name = isScalar(key) ? key.value : undefined;
      if ((typeof name === "string" || typeof name === "number") && !result.has(String(name))) result.set(String(name), pair.value);
    }
    if (merges.length === 0 || merging.size > 32) return result;
    merging.add(node);
    for (const merge of merges) {
      const source = this.resolve(merge);
      const sources = isSeq(source) ? source.items.map((item) => this.resolve(item)) : [source];
      for (const s of sources) {
        if (!isMap(s) || merging.has(s)) continue;
        for (const [k, v] of this.entries(s, merging)) if (!result.has(k)) result.set(k, v);
      }
    }
    merging.delete(node);
    return result;
  }

  private scalarString(node: unknown): string | undefined {
    const n = this.resolve(node);
    if (!isScalar(n)) return undefined;
    const r = resolveScalar(n, this.text);
    return r?.text;
  }

  // -- output ---------------------------------------------------------------------------------

  private problem(kind: ScanProblem["kind"], from: number, to: number, message: string): void {
    const a = this.lines.linePos(from);
    const b = this.lines.linePos(Math.max(from, to));
    this.problems.push({ file: this.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, kind, message });
  }

  /** A problem with interpolation itself, at the offending `${`. */
  private interpolationProblem(r: Resolved, what: string): void {
    const e = r.interp.error!;
    const offsets = r.scalar.offsets;
    const from = offsets[Math.min(e.start, offsets.length - 1)]!;
    const to = e.end > e.start ? offsets[Math.min(e.end - 1, offsets.length - 2)]! + 1 : from;
    this.problem("parse-error", from, to, `invalid interpolation in ${what} "${r.scalar.value}": ${e.message}; write $$ for a literal $`);
  }

  private problemAt(r: Resolved, start: number, end: number, kind: ScanProblem["kind"], message: string): void {
    const span = r.text === "" ? { from: r.scalar.offsets[0]!, to: r.scalar.offsets.at(-1)! } : sourceOf(r, start, end);
    this.problem(kind, span.from, span.to, message);
  }

  /** Reports a port whose digits are the output range `[start, end)` of `r`. */
  private emit(svc: ServiceContext, r: Resolved, start: number, end: number, fields: RefFields): PortRef {
    const span = sourceOf(r, start, end);
    const a = this.lines.linePos(span.from);
    const b = this.lines.linePos(span.to);
    const meta: RefMeta = { composeService: svc.name, ...fields.meta };
    if (span.trace.fromDefault) meta.fromDefault = true;
    if (span.trace.variables.length > 1) meta.envVars = span.trace.variables;
    if (svc.networkMode !== undefined) meta.networkMode = svc.networkMode;
    const ref = portRef(
      { file: this.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col },
      {
        family: "compose",
        kind: fields.kind,
        side: fields.side,
        port: fields.port,
        protocol: fields.protocol ?? "tcp",
        portEnd: fields.portEnd !== fields.port ? fields.portEnd : undefined,
        host: fields.host,
        envVar: fields.envVar ?? span.trace.variables[0],
        name: svc.name,
        meta,
      },
    );
    this.refs.push(ref);
    return ref;
  }

  // -- document structure -----------------------------------------------------------------------

  private scanDocument(contents: unknown): void {
    const root = this.resolve(contents);
    if (!isMap(root)) return;
    const services = this.resolve(this.entries(root).get("services"));
    if (!isMap(services)) return;
    for (const [name, value] of this.entries(services)) {
      const service = this.resolve(value);
      if (isMap(service)) this.scanService(name, service);
    }
  }

  private scanService(name: string, service: YAMLMap): void {
    const e = this.entries(service);
    const networkMode = this.scalarString(e.get("network_mode"));
    const svc: ServiceContext = { name, hostNetwork: networkMode === "host" };
    if (networkMode !== undefined) svc.networkMode = networkMode;

    for (const item of this.items(e.get("ports"))) {
      if (isScalar(item)) this.scanShortPort(svc, item);
      else if (isMap(item)) this.scanLongPort(svc, item);
    }
    for (const item of this.items(e.get("expose"))) if (isScalar(item)) this.scanExpose(svc, item);
    this.scanEnvironment(svc, e.get("environment"));
    this.scanLabels(svc, e.get("labels"));
    this.scanCommand(svc, e.get("command"), "command");
    this.scanCommand(svc, e.get("entrypoint"), "entrypoint");
    const healthcheck = this.resolve(e.get("healthcheck"));
    if (isMap(healthcheck)) this.scanCommand(svc, this.entries(healthcheck).get("test"), "healthcheck");
  }

  /** A sequence's items, aliases resolved; nothing for `!reset` (an override clearing the list). */
  private items(node: unknown): YamlNode[] {
    const seq = this.resolve(node);
    if (!isSeq(seq) || seq.tag === "!reset") return [];
    const out: YamlNode[] = [];
    for (const item of seq.items) {
      const r = this.resolve(item);
      if (r) out.push(r);
    }
    return out;
  }

  /**
   * How a container port is reported. Under `network_mode: host` there is no container side:
   * Docker discards published ports and the process listens in the host's own network, so the
   * service's container ports (`ports` targets, `expose`, Traefik ports) become host `listen` refs
   * with host "" (every interface, which is what a container port amounts to there), and no
   * `publish` ref is made. Flags, URLs and `*_PORT` assignments keep their kind but move to the
   * host side. Every ref of such a service carries `meta.networkMode: "host"`.
   */
  private containerFields(svc: ServiceContext, kind: RefKind): Pick<RefFields, "kind" | "side" | "host"> {
    if (svc.hostNetwork) return { kind: kind === "target" ? "listen" : kind, side: "host", host: kind === "target" ? "" : undefined };
    return { kind, side: "container" };
  }

  // -- ports: short syntax --------------------------------------------------------------------

  private scanShortPort(svc: ServiceContext, node: Scalar): void {
    const r = resolveScalar(node, this.text);
    if (!r) return;
    if (r.interp.error?.kind === "invalid-template") {
      this.interpolationProblem(r, "port mapping");
      return;
    }
    const unresolved = r.interp.segments.some((s) => s.kind === "unresolved");
    const parts = analyzePortSpec(r.text);
    if (isParseError(parts)) {
      // An unset variable without default could hold anything: nothing is certain about this entry.
      if (unresolved) return;
      const at = parts.at ?? { start: 0, end: r.text.length };
      this.problemAt(r, at.start, at.end, "invalid-port", `invalid port mapping "${r.scalar.value}": ${parts.error}`);
      return;
    }
    const meta: RefMeta = {};
    if (r.scalar.plain && r.scalar.raw.includes(":")) {
      meta.unquoted = true;
      meta.scalarText = r.scalar.raw;
    }
    const container = parts.containerField;
    const containerTrace = traceOutput(r.interp, container.start, container.end);
    const hostField = parts.hostPortField;
    const hostTrace = hostField ? traceOutput(r.interp, hostField.start, hostField.end) : undefined;
    const ipTrace = parts.hostIpField ? traceOutput(r.interp, parts.hostIpField.start, parts.hostIpField.end) : undefined;

    let host = parts.hostIp;
    if (ipTrace?.unresolved) {
      // The bind address comes from a variable without default: report it as written.
      const span = sourceOf(r, parts.hostIpField!.start, parts.hostIpField!.end);
      host = this.text.slice(span.from, span.to);
      meta.hostUnresolved = true;
    }
    const bindVar = ipTrace?.variables[0];
    if (bindVar !== undefined) meta.bindEnvVar = bindVar;

    const bad: Array<[Field, PortRangeValue]> = [];
    if (!containerTrace.unresolved && parts.containerRange.start === 0) bad.push([container, parts.containerRange]);
    if (hostField && parts.hostRange && !hostTrace?.unresolved && parts.hostRange.start === 0) bad.push([hostField, parts.hostRange]);
    for (const [field] of bad) this.problemAt(r, field.start, field.end, "invalid-port", `port 0 is not a valid port in "${r.scalar.value}" (1-65535)`);
    if (bad.length > 0) return;

    if (!svc.hostNetwork && hostField && parts.hostRange && !hostTrace!.unresolved) {
      this.emit(svc, r, hostField.start, hostField.end, {
        kind: "publish",
        side: "host",
        port: parts.hostRange.start,
        portEnd: parts.hostRange.end,
        protocol: parts.protocol,
        host,
        meta: { ...meta },
      });
    }
    if (!containerTrace.unresolved) {
      const containerMeta: RefMeta = { ...meta };
      if (hostTrace?.unresolved && hostTrace.variables[0]) containerMeta.hostEnvVar = hostTrace.variables[0];
      const target = this.containerFields(svc, "target");
      this.emit(svc, r, container.start, container.end, {
        ...target,
        port: parts.containerRange.start,
        portEnd: parts.containerRange.end,
        protocol: parts.protocol,
        meta: containerMeta,
      });
    }
  }

  // -- ports: long syntax ---------------------------------------------------------------------

  private scanLongPort(svc: ServiceContext, node: YAMLMap): void {
    const e = this.entries(node);
    const scalarOf = (key: string): Resolved | undefined => {
      const n = this.resolve(e.get(key));
      return isScalar(n) ? resolveScalar(n, this.text) : undefined;
    };
    const target = scalarOf("target");
    const published = scalarOf("published");
    const hostIp = scalarOf("host_ip");
    const protocolNode = scalarOf("protocol");
    const mode = scalarOf("mode")?.text;
    const portName = scalarOf("name")?.text;
    const appProtocol = scalarOf("app_protocol")?.text;

    const meta: RefMeta = {};
    if (mode !== undefined) meta.mode = mode;
    if (portName !== undefined) meta.portName = portName;
    if (appProtocol !== undefined) meta.appProtocol = appProtocol;

    let protocol: Protocol = "tcp";
    if (protocolNode && protocolNode.text !== "") {
      const p = protocolNode.text.toLowerCase();
      if (!PROTOCOLS.includes(p)) {
        if (!protocolNode.interp.segments.some((s) => s.kind === "unresolved")) {
          this.problemAt(protocolNode, 0, protocolNode.text.length, "invalid-port", `invalid protocol "${protocolNode.text}" (tcp, udp or sctp)`);
        }
        return;
      }
      protocol = p as Protocol;
    }

    let host = "";
    if (hostIp) {
      const trace = traceOutput(hostIp.interp, 0, hostIp.text.length);
      if (trace.unresolved) {
        host = hostIp.scalar.value;
        meta.hostUnresolved = true;
      } else {
        host = hostIp.text.startsWith("[") && hostIp.text.endsWith("]") ? hostIp.text.slice(1, -1) : hostIp.text;
        if (host !== "" && !isIpAddress(host)) {
          this.problemAt(hostIp, 0, hostIp.text.length, "invalid-port", `invalid host_ip "${hostIp.text}": not an IP address`);
          return;
        }
      }
    }

    if (!target) {
      // Point at the entry's first key: the whole mapping may span many lines.
      const first = node.items[0]?.key;
      const range = isScalar(first) && first.range ? first.range : [node.range?.[0] ?? 0, node.range?.[0] ?? 0];
      this.problem("invalid-port", range[0], range[1], "port entry without target (the container port)");
      return;
    }
    const targetRange = this.longRange(target, "target");
    const publishedRange = published && published.text !== "" ? this.longRange(published, "published") : undefined;
    if (targetRange === null || publishedRange === null) return;

    if (!svc.hostNetwork && published && publishedRange) {
      this.emit(svc, published, 0, published.text.length, {
        kind: "publish",
        side: "host",
        port: publishedRange.start,
        portEnd: publishedRange.end,
        protocol,
        host,
        meta: { ...meta },
      });
    }
    if (targetRange) {
      const containerMeta: RefMeta = { ...meta };
      if (published && publishedRange === undefined && published.interp.segments.some((s) => s.kind === "unresolved")) {
        const v = traceOutput(published.interp, 0, published.text.length).variables[0];
        if (v) containerMeta.hostEnvVar = v;
      }
      this.emit(svc, target, 0, target.text.length, {
        ...this.containerFields(svc, "target"),
        port: targetRange.start,
        portEnd: targetRange.end,
        protocol,
        meta: containerMeta,
      });
    }
  }

  /**
   * A long-syntax port value: its range, undefined when a variable without default leaves it
   * unknown, null when it is invalid (a problem has been reported).
   */
  private longRange(r: Resolved, what: string): PortRangeValue | undefined | null {
    if (r.interp.error?.kind === "invalid-template") {
      this.interpolationProblem(r, what);
      return null;
    }
    const range = parsePortRange(r.text);
    if (r.interp.segments.some((s) => s.kind === "unresolved")) return undefined;
    if (isParseError(range)) {
      this.problemAt(r, 0, r.text.length, "invalid-port", `invalid ${what} port "${r.scalar.value}": ${range.error}`);
      return null;
    }
    if (range.start === 0) {
      this.problemAt(r, 0, r.text.length, "invalid-port", `port 0 is not a valid ${what} port (1-65535)`);
      return null;
    }
    return range;
  }

  // -- expose ---------------------------------------------------------------------------------

  private scanExpose(svc: ServiceContext, node: Scalar): void {
    const r = resolveScalar(node, this.text);
    if (!r) return;
    if (r.interp.error?.kind === "invalid-template") {
      this.interpolationProblem(r, "expose");
      return;
    }
    const { proto, port } = splitProtoPort(r.text);
    const unresolved = traceOutput(r.interp, 0, port.length).unresolved;
    if (unresolved) return;
    const protocol = proto.toLowerCase();
    const range = parsePortRange(port);
    if (isParseError(range) || !PROTOCOLS.includes(protocol)) {
      const reason = isParseError(range) ? range.error : `invalid proto: ${proto}`;
      this.problemAt(r, 0, r.text.length, "invalid-port", `invalid expose entry "${r.scalar.value}": ${reason}`);
      return;
    }
    if (range.start === 0) {
      this.problemAt(r, 0, port.length, "invalid-port", `port 0 is not a valid port in expose "${r.scalar.value}" (1-65535)`);
      return;
    }
    this.emit(svc, r, 0, port.length, {
      ...this.containerFields(svc, "target"),
      port: range.start,
      portEnd: range.end,
      protocol: protocol as Protocol,
      meta: { expose: true },
    });
  }

  // -- environment and labels: NAME=value pairs --------------------------------------------

  /** Each `NAME=value` (list form) or `NAME: value` (map form) entry, with its value's output range. */
  private *keyValues(node: unknown): Generator<{ key: string; r: Resolved; start: number; end: number }> {
    const n = this.resolve(node);
    if (isMap(n)) {
      for (const [key, value] of this.entries(n)) {
        const v = this.resolve(value);
        if (!isScalar(v)) continue;
        const r = resolveScalar(v, this.text);
        if (r) yield { key, r, start: 0, end: r.text.length };
      }
    } else if (isSeq(n)) {
      for (const item of this.items(n)) {
        if (!isScalar(item)) continue;
        const r = resolveScalar(item, this.text);
        if (!r) continue;
        const eq = r.text.indexOf("=");
        if (eq > 0) yield { key: r.text.slice(0, eq), r, start: eq + 1, end: r.text.length };
      }
    }
  }

  /** The port written in `r.text[start, end)`, surrounding blanks and quotes aside. */
  private portIn(r: Resolved, start: number, end: number): { port: number; start: number; end: number } | undefined {
    const raw = r.text.slice(start, end);
    const m = /^(\s*["']?)(\d+)["']?\s*$/.exec(raw);
    if (!m) return undefined;
    const from = start + m[1]!.length;
    const to = from + m[2]!.length;
    if (traceOutput(r.interp, from, to).unresolved) return undefined;
    return { port: Number(m[2]), start: from, end: to };
  }

  private scanEnvironment(svc: ServiceContext, node: unknown): void {
    for (const { key, r, start, end } of this.keyValues(node)) {
      const name = key.trim();
      if (!PORT_VARIABLE.test(name)) continue;
      const found = this.portIn(r, start, end);
      if (!found || found.port === 0) continue; // PORT=0 asks for any free port
      if (found.port > 65535) {
        this.problemAt(r, found.start, found.end, "invalid-port", `${name}=${found.port} is not a valid port (1-65535)`);
        continue;
      }
      const meta: RefMeta = { environment: true };
      const via = traceOutput(r.interp, found.start, found.end).variables[0];
      if (via !== undefined && via !== name) meta.interpolatedVar = via;
      this.emit(svc, r, found.start, found.end, {
        kind: "assign",
        side: svc.hostNetwork ? "host" : "container",
        port: found.port,
        envVar: name,
        meta,
      });
    }
  }

  private scanLabels(svc: ServiceContext, node: unknown): void {
    for (const { key, r, start, end } of this.keyValues(node)) {
      const m = TRAEFIK_PORT.exec(key.trim());
      if (!m) continue;
      const found = this.portIn(r, start, end);
      if (!found || found.port === 0) continue;
      if (found.port > 65535) {
        this.problemAt(r, found.start, found.end, "invalid-port", `${key.trim()}=${found.port} is not a valid port (1-65535)`);
        continue;
      }
      this.emit(svc, r, found.start, found.end, {
        ...this.containerFields(svc, "target"),
        port: found.port,
        protocol: m[1]?.toLowerCase() === "udp" ? "udp" : "tcp",
        meta: { label: key.trim() },
      });
    }
  }

  // -- command, entrypoint, healthcheck -------------------------------------------------------

  private scanCommand(svc: ServiceContext, node: unknown, where: "command" | "entrypoint" | "healthcheck"): void {
    const n = this.resolve(node);
    const scalars: Scalar[] = isScalar(n) ? [n] : isSeq(n) ? this.items(n).filter((i): i is Scalar => isScalar(i)) : [];
    const tokens: Token[] = [];
    for (const s of scalars) {
      const r = resolveScalar(s, this.text);
      if (r && typeof r.scalar.node.value === "string") tokens.push(...tokenize(r));
    }
    if (tokens.length === 0) return;
    const health = where === "healthcheck";
    const listenHost = bindHostOf(tokens);
    const side: Side = svc.hostNetwork ? "host" : "container";
    const consumed = new Set<Token>();
    const listen = (t: Token, start: number, end: number, host: string | undefined, flag: string): void => {
      const port = Number(t.r.text.slice(start, end));
      if (port < 1 || port > 65535 || traceOutput(t.r.interp, start, end).unresolved) return;
      const fields: RefFields = { kind: "listen", side, port, meta: { [where]: true, flag } };
      if (host !== undefined) fields.host = host;
      this.emit(svc, t.r, start, end, fields);
    };
    const dial = (t: Token, start: number, end: number, dialHost: string): void => {
      const port = Number(t.r.text.slice(start, end));
      if (port < 1 || port > 65535 || traceOutput(t.r.interp, start, end).unresolved) return;
      this.emit(svc, t.r, start, end, { kind: "dial", side, port, meta: { [where]: true, dialHost } });
    };

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const flag = /^(--?[A-Za-z][\w.-]*)(?:=(.*))?$/s.exec(t.text);
      if (flag) {
        const name = flag[1]!;
        let valueToken: Token | undefined;
        let vStart = 0;
        let vEnd = 0;
        if (flag[2] !== undefined) {
          valueToken = t;
          vStart = t.start + name.length + 1;
          vEnd = t.end;
        } else if (i + 1 < tokens.length && (PORT_FLAGS.has(name) || BIND_FLAGS.has(name))) {
          valueToken = tokens[i + 1]!;
          vStart = valueToken.start;
          vEnd = valueToken.end;
        }
        if (valueToken && PORT_FLAGS.has(name)) {
          const value = valueToken.r.text.slice(vStart, vEnd);
          // `-p` also means processes (`uwsgi -p 2`): below 80 it is not taken for a port.
          if (DIGITS.test(value) && (name !== "-p" || Number(value) >= 80)) {
            listen(valueToken, vStart, vEnd, listenHost, name);
            consumed.add(valueToken);
            if (valueToken !== t) i++;
            continue;
          }
        }
        if (valueToken && BIND_FLAGS.has(name)) {
          const value = valueToken.r.text.slice(vStart, vEnd);
          const hp = /^(\[[^\]]*\]|[^:\s/]*):(\d+)$/.exec(value);
          if (hp) {
            const portStart = vStart + value.length - hp[2]!.length;
            listen(valueToken, portStart, vEnd, stripBrackets(hp[1]!), name);
            consumed.add(valueToken);
            if (valueToken !== t) i++;
            continue;
          }
        }
        // A URL given to a listening flag (`--listen-client-urls=http://0.0.0.0:2379`) is a listen.
        if (flag[2] !== undefined && /listen|bind/i.test(name)) {
          for (const u of urlsIn(t, vStart)) listen(t, u.portStart, u.portEnd, u.host, name);
          consumed.add(t);
          continue;
        }
      }
      if (consumed.has(t)) continue;
      for (const u of urlsIn(t, t.start)) {
        // Nobody dials a wildcard address: `PLAINTEXT://0.0.0.0:9092` is where a server listens.
        if (u.host === "0.0.0.0" || u.host === "::") listen(t, u.portStart, u.portEnd, u.host, "url");
        else dial(t, u.portStart, u.portEnd, u.host);
      }
      const bare = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0|\[::\]):(\d+)(?:\/.*)?$/.exec(t.text);
      if (bare) {
        const portStart = t.start + bare[1]!.length + 1;
        const portEnd = portStart + bare[2]!.length;
        const wildcard = bare[1] === "0.0.0.0" || bare[1] === "[::]";
        // `runserver 0.0.0.0:8000` listens; `wget localhost:8000` in a health check dials.
        if (wildcard) listen(t, portStart, portEnd, stripBrackets(bare[1]!), "address");
        else if (health) dial(t, portStart, portEnd, stripBrackets(bare[1]!));
      }
    }
  }
}

/** Flags whose value is a port a server listens on. */
const PORT_FLAGS = new Set(["--port", "-port", "-p"]);
/** Flags whose value is `host:port` (or a bare host) a server binds. */
const BIND_FLAGS = new Set(["--bind", "-b", "--listen", "--bind-address", "--host", "-h", "--address"]);

interface Token {
  r: Resolved;
  /** Output range of the token in `r.text`, quotes and punctuation trimmed. */
  start: number;
  end: number;
  text: string;
}

function tokenize(r: Resolved): Token[] {
  const tokens: Token[] = [];
  for (const m of r.text.matchAll(/\S+/g)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && `'"(\``.includes(r.text[start]!)) start++;
    while (end > start && `'");,\``.includes(r.text[end - 1]!)) end--;
    if (end > start) tokens.push({ r, start, end, text: r.text.slice(start, end) });
  }
  return tokens;
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** The address a command binds when it names one apart from the port (`--host 0.0.0.0`, `-b 0.0.0.0`). */
function bindHostOf(tokens: Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const m = /^(--host|-h|--bind|-b|--address|--bind-address)(?:=(.*))?$/s.exec(tokens[i]!.text);
    if (!m) continue;
    const value = stripBrackets(m[2] ?? tokens[i + 1]?.text ?? "");
    if (value === "localhost" || isIpAddress(value)) return value;
  }
  return undefined;
}

/** URLs with an explicit port in a token: `scheme://[user@]host:port`. */
function urlsIn(t: Token, from: number): Array<{ host: string; portStart: number; portEnd: number }> {
  const found: Array<{ host: string; portStart: number; portEnd: number }> = [];
  const text = t.r.text.slice(from, t.end);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})(?!\d)/gi)) {
    const portEnd = from + m.index + m[0].length;
    found.push({ host: stripBrackets(m[1]!), portStart: portEnd - m[2]!.length, portEnd });
  }
  return found;
}

function scanCompose(path: string, text: string): ScanResult {
  try {
    return new ComposeScan(path, text).run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      refs: [],
      problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `could not scan ${path}: ${message}` }],
    };
  }
}

export const composeScanner: Scanner = {
  id: "compose",
  family: "compose",
  matches: (path) => COMPOSE_FILE.test(path),
  scan: scanCompose,
};

// Markdown scanner: rows of port tables (header-mapped columns) and `localhost:NNNN`-style mentions.
// Positions come from the mdast tree of the real parser, refined against the source text.

import type { Nodes, Root, Table, TableCell } from "mdast";
import { findPortMapRegion } from "../../docs/markers.js";
import { parseMarkdown, plainText } from "../../docs/parse-markdown.js";
import type { Located, Protocol } from "../../registry/model.js";
import type { PortRef, ScanProblem, ScanResult, Scanner } from "../types.js";
import { TextPositions } from "../positions.js";
import { simpleBlockTree } from "./markdown-simple.js";
import { portRef } from "../port-ref.js";

type Role = "port" | "hostPort" | "service" | "variable" | "access" | "protocol";

/** Header text, lower case, punctuation other than `(s)` folded to spaces. */
function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9()]+/g, " ")
    .trim();
}

const HEADER_ROLES: Array<[Role, RegExp]> = [
  ["hostPort", /^host ports?( ?\(s\))?$/],
  ["port", /^(ports?|port ?\(s\)|port numbers?|port no)$/],
  ["service", /^(services?|service name|name|components?|app|application)$/],
  ["variable", /^(environment variables?|env|env vars?|env variables?|variables?|variable name|configurable|configurable via|config variable)$/],
  ["access", /^(access|exposure|exposed|bound to|bind|binding|bind address|listen address)$/],
  ["protocol", /^(protocol|proto)$/],
];

function headerRole(text: string): Role | undefined {
  const header = normaliseHeader(text);
  return HEADER_ROLES.find(([, pattern]) => pattern.test(header))?.[0];
}

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/** `CONTIMG_API_PORT` yes; `No (hardcoded)`, `grafana.ini`, `Auto` no. */
function looksLikeEnvVar(word: string): boolean {
  return ENV_NAME.test(word) && (word.includes("_") || word.endsWith("PORT"));
}

/** The variable a cell names: a code span holding one, or a leading env-like word (`REDIS_PORT (standard)`). */
function cellEnvVar(cell: TableCell): string | undefined {
  for (const child of cell.children) {
    if (child.type === "inlineCode" && looksLikeEnvVar(child.value.trim())) return child.value.trim();
  }
  const text = plainText(cell).trim();
  const first = /^\$?\{?([A-Za-z0-9_]+)\}?/.exec(text)?.[1];
  return first !== undefined && looksLikeEnvVar(first) ? first : undefined;
}

/** The access column in the registry's words; undefined when it says something else ("Dev only"). */
export function normaliseAccess(text: string): string | undefined {
  const t = text.toLowerCase();
  if (/\bpublic(ly)?\b|\binternet\b|0\.0\.0\.0|all interfaces/.test(t)) return "public";
  if (/\bprivate\b|\blan\b|\bvpn\b/.test(t)) return "private";
  if (/\blocalhost\b|\bloopback\b|127\.0\.0\.1|::1/.test(t)) return "localhost";
  if (/\binternal\b|container network|docker network|no host port/.test(t)) return "internal";
  return undefined;
}

/** tcp or udp when the protocol column says so (HTTP and friends run on TCP). */
function normaliseProtocol(text: string): Protocol | undefined {
  const t = text.toLowerCase();
  const udp = /\budp\b|\bquic\b/.test(t);
  const tcp = /\btcp\b|\bhttps?\b|\bwss?\b|\bgrpc\b|\bh2c?\b/.test(t);
  if (udp && !tcp) return "udp";
  if (tcp && !udp) return "tcp";
  return undefined;
}

/** Markup characters that do not change what a port cell says; blanked so offsets stay exact. */
const TRANSPARENT = /[*_`~\\[\]]/g;
/** A port or a range, optionally after a bind address, optionally with a protocol. */
const PORT_TOKEN = /(?:(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]*\]):)?:?(\d+)(?:\s*[-–]\s*(\d+))?(?:\/(tcp|udp))?/gi;
/** What may stand between ports in a cell: separators and a few words. */
const FILLER = /^(?:[\s,;/|+&:]|\b(?:or|and|port|ports|tcp|udp|https?)\b)*$/i;

interface CellPort {
  start: number;
  end: number;
  port: number;
  portEnd?: number;
  protocol?: Protocol;
}

/**
 * The ports a port cell lists (`8000`, `**8000**`, `` `8000` ``, `8000, 8001`, `3211-3220`,
 * `53/udp`), offsets into the source. A cell holding anything else (`Auto`, `FIXED`) lists none;
 * parenthesised remarks (`8000 (was 8001)`) are ignored.
 */
export function parsePortCell(source: string, from: number, to: number): CellPort[] | undefined {
  let text = source.slice(from, to).replace(TRANSPARENT, " ");
  text = text.replace(/<[^>]*>/g, (tag) => " ".repeat(tag.length));
  let previous: string;
  do {
    previous = text;
    text = text.replace(/\([^()]*\)/g, (group) => " ".repeat(group.length));
  } while (text !== previous);
  const ports: CellPort[] = [];
  let last = 0;
  for (const match of text.matchAll(PORT_TOKEN)) {
    const index = match.index;
    if (!FILLER.test(text.slice(last, index))) return undefined;
    // Numbers glued to letters (`v2`, `8000abc`) are not ports.
    const before = text[index - 1];
    const after = text[index + match[0].length];
    if ((before && /[A-Za-z0-9.]/.test(before)) || (after && /[A-Za-z0-9.]/.test(after))) return undefined;
    const digits = match[1]!;
    const digitsStart = index + match[0].indexOf(digits);
    const end = index + match[0].length - (match[3] ? match[3].length + 1 : 0);
    const entry: CellPort = { start: from + digitsStart, end: from + end, port: Number(digits) };
    if (match[2] !== undefined) entry.portEnd = Number(match[2]);
    if (match[3]) entry.protocol = match[3].toLowerCase() as Protocol;
    ports.push(entry);
    last = index + match[0].length;
  }
  if (!FILLER.test(text.slice(last))) return undefined;
  return ports;
}

/** `localhost:8000`, `127.0.0.1:8000`, `0.0.0.0:8000`, `[::1]:8000` — not `traefik.localhost:8080`. */
const MENTION = /(?<![\w.-])(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):(\d{1,5})(?!\w)/gi;

interface TableColumns {
  port: number;
  service?: number;
  variable?: number;
  access?: number;
  protocol?: number;
}

function tableColumns(table: Table): TableColumns | undefined {
  const header = table.children[0];
  if (!header) return undefined;
  const found: Partial<Record<Role, number>> = {};
  header.children.forEach((cell, index) => {
    const role = headerRole(plainText(cell));
    if (role && found[role] === undefined) found[role] = index;
  });
  const port = found.hostPort ?? found.port;
  if (port === undefined) return undefined;
  const columns: TableColumns = { port };
  if (found.service !== undefined) columns.service = found.service;
  if (found.variable !== undefined) columns.variable = found.variable;
  if (found.access !== undefined) columns.access = found.access;
  if (found.protocol !== undefined) columns.protocol = found.protocol;
  return columns;
}

/** The source range of a cell's content (pipes and padding excluded); empty cells have none. */
function cellContent(cell: TableCell): [number, number] | undefined {
  const first = cell.children[0]?.position?.start.offset;
  const last = cell.children[cell.children.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? undefined : [first, last];
}

class MarkdownScan {
  readonly refs: PortRef[] = [];
  readonly problems: ScanProblem[] = [];
  private readonly index: TextPositions;
  /** Port cells already read as table rows, so mentions inside them are not counted twice. */
  private readonly portCells = new Set<Nodes>();

  constructor(
    private readonly file: string,
    private readonly text: string,
    /** Offsets of the generated region, skipped (it is checked for staleness instead). */
    private readonly skip?: [number, number],
  ) {
    this.index = new TextPositions(text, { loneCarriageReturn: true });
  }

  private at(start: number, end: number): Located {
    return { file: this.file, ...this.index.span(start, end) };
  }

  private skipped(node: Nodes): boolean {
    const offset = node.position?.start.offset;
    return this.skip !== undefined && offset !== undefined && offset >= this.skip[0] && offset < this.skip[1];
  }

  visit(node: Nodes): void {
    if (this.skipped(node)) return;
    switch (node.type) {
      case "table":
        this.table(node);
        break;
      case "text":
      case "inlineCode":
      case "code":
        this.mentions(node);
        return;
      case "link":
      case "definition":
        this.linkUrl(node);
        break;
      default:
        break;
    }
    if ("children" in node) for (const child of node.children as Nodes[]) if (!this.portCells.has(child)) this.visit(child);
  }

  private table(table: Table): void {
    const columns = tableColumns(table);
    if (!columns) return;
    for (const row of table.children.slice(1)) {
      const portCell = row.children[columns.port];
      const range = portCell ? cellContent(portCell) : undefined;
      if (!portCell || !range) continue;
      const ports = parsePortCell(this.text, range[0], range[1]);
      if (!ports) continue;
      this.portCells.add(portCell);
      const meta: PortRef["meta"] = {};
      let name: string | undefined;
      const serviceCell = columns.service !== undefined ? row.children[columns.service] : undefined;
      const serviceRange = serviceCell ? cellContent(serviceCell) : undefined;
      if (serviceCell && serviceRange) {
        name = plainText(serviceCell).replace(/\s+/g, " ").trim() || undefined;
        meta.label = this.text.slice(serviceRange[0], serviceRange[1]);
      }
      const variableCell = columns.variable !== undefined ? row.children[columns.variable] : undefined;
      const envVar = variableCell ? cellEnvVar(variableCell) : undefined;
      const variableRange = variableCell ? cellContent(variableCell) : undefined;
      if (variableRange) {
        meta.variableText = this.text.slice(variableRange[0], variableRange[1]);
        meta.variableAt = this.index.span(variableRange[0], variableRange[1]);
      }
      const accessCell = columns.access !== undefined ? row.children[columns.access] : undefined;
      const accessRange = accessCell ? cellContent(accessCell) : undefined;
      if (accessCell && accessRange) {
        const access = normaliseAccess(plainText(accessCell));
        if (access) meta.access = access;
        meta.accessText = plainText(accessCell).trim();
        meta.accessAt = this.index.span(accessRange[0], accessRange[1]);
      }
      const protocolCell = columns.protocol !== undefined ? row.children[columns.protocol] : undefined;
      const columnProtocol = protocolCell ? normaliseProtocol(plainText(protocolCell)) : undefined;
      for (const entry of ports) {
        const at = this.at(entry.start, entry.end);
        const invalid = [entry.port, entry.portEnd].some((p) => p !== undefined && (p < 1 || p > 65535));
        if (invalid || (entry.portEnd !== undefined && entry.portEnd < entry.port)) {
          const written = this.text.slice(entry.start, entry.end);
          this.problems.push({ ...at, kind: "invalid-port", message: `"${written}" in a port table is not a port (1-65535) or port range` });
          continue;
        }
        const protocol = entry.protocol ?? columnProtocol;
        this.refs.push(
          portRef(at, {
            family: "markdown",
            kind: "docs",
            side: "host",
            port: entry.port,
            protocol: protocol ?? "tcp",
            portEnd: entry.portEnd !== entry.port ? entry.portEnd : undefined,
            envVar: envVar || undefined,
            name: name || undefined,
            meta: { ...meta, ...(protocol ? { protocolExplicit: true } : {}) },
          }),
        );
      }
    }
  }

  /** Mentions in the source of a text, code span or code block (offsets are exact there). */
  private mentions(node: Nodes): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    this.mentionsIn(start, end);
  }

  /** A link's destination lies after its text in the source: `[API](http://localhost:8000)`. */
  private linkUrl(node: Nodes): void {
    const end = node.position?.end.offset;
    if (end === undefined) return;
    const children = "children" in node ? (node.children as Nodes[]) : [];
    const afterText = children.length > 0 ? children[children.length - 1]!.position?.end.offset : node.position?.start.offset;
    if (afterText !== undefined) this.mentionsIn(afterText, end);
  }

  private mentionsIn(start: number, end: number): void {
    const source = this.text.slice(start, end);
    for (const match of source.matchAll(MENTION)) {
      const port = Number(match[2]);
      if (port < 1 || port > 65535) continue;
      const portStart = start + match.index + match[1]!.length + 1;
      this.refs.push(
        portRef(this.at(portStart, portStart + match[2]!.length), {
          family: "markdown",
          kind: "dial",
          side: "host",
          port,
          protocol: "tcp",
          meta: { dialHost: match[1]!.toLowerCase() },
        }),
      );
    }
  }
}

/** Files that record the past on purpose: an old port there is history, not drift. */
const HISTORY = /(^|\/)(changelog|changes|history|release[-_ ]?notes)[^/]*$/i;

/**
 * Could this text hold anything the scanner reports: a table line naming a port column, a
 * loopback `host:port` mention, or a port map (markers or a generated file)? Most Markdown holds
 * none of these, and parsing is by far the costliest step, so such files are not parsed at all.
 */
const WORTH_PARSING =
  /^[^\n]*(?:\|[^\n]*\bports?\b|\bports?\b[^\n]*\|)|(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):\d|portcullis:(?:begin|end)|Generated by portcullis/im;
/** A port map (markers, a generated file) is found on the tree of the whole document. */
const PORT_MAP = /portcullis:(?:begin|end)|Generated by portcullis/i;

/** Constructs that run across blank lines, by their first line; each returns its closing test. */
const FENCE = /^([ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?)(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
const HTML_RAW = /^[ \t]*<(script|pre|style|textarea)(?:[\s>]|$)/i;
const columns = (indent: string): number => indent.replace(/\t/g, "    ").length;

function opener(line: string): ((line: string) => boolean) | undefined {
  const fence = FENCE.exec(line);
  if (fence && !(fence[2]![0] === "`" && fence[3]!.includes("`"))) {
    const [char, length, column] = [fence[2]![0], fence[2]!.length, columns(fence[1]!)];
    return (l) => {
      const close = CLOSING_FENCE.exec(l);
      return close !== null && close[2]![0] === char && close[2]!.length >= length && columns(close[1]!) <= column + 3;
    };
  }
  const trimmed = line.trimStart();
  const closes = (end: string, from: number) => (l: string) => l.indexOf(end, from) !== -1;
  if (trimmed.startsWith("<!--")) return closes("-->", 0)(trimmed.slice(4)) ? undefined : closes("-->", 0);
  const raw = HTML_RAW.exec(line);
  if (raw) {
    const end = new RegExp(`</${raw[1]}>`, "i");
    return end.test(line) ? undefined : (l) => end.test(l);
  }
  if (trimmed.startsWith("<![CDATA[")) return trimmed.includes("]]>") ? undefined : closes("]]>", 0);
  if (trimmed.startsWith("<?")) return trimmed.includes("?>", 2) ? undefined : closes("?>", 0);
  if (/^<![A-Za-z]/.test(trimmed)) return trimmed.includes(">") ? undefined : closes(">", 0);
  return undefined;
}

/**
 * The blocks of a document worth parsing, as [start, end) offsets of whole lines; undefined when
 * the document must be parsed whole. A block is a run of lines between blank lines, kept together
 * across blank lines inside a fenced code block, an HTML comment or raw HTML (the constructs
 * CommonMark continues over them). Parsed alone, such a block gives the nodes it gives inside the
 * whole document: a blank line ends every paragraph, table, quote and HTML block of other kinds.
 * The exception is indentation, which a list item before it could give a meaning: a block worth
 * parsing that starts indented by four columns or more sends the whole document to the parser.
 * Merging too much is always safe (it only costs time), so the constructs are recognised loosely.
 */
export function portBlocks(text: string): Array<[number, number]> | undefined {
  if (/\r(?!\n)/.test(text)) return undefined; // lone CR line ends: parse as the parser splits lines
  const blocks: Array<[number, number]> = [];
  let start = -1;
  let end = 0;
  let open: ((line: string) => boolean) | undefined;
  let whole = false;
  const flush = (): void => {
    if (start < 0) return;
    const block = text.slice(start, end);
    if (WORTH_PARSING.test(block)) {
      if (columns(/^[ \t]*/.exec(block)![0]) >= 4) whole = true;
      blocks.push([start, end]);
    }
    start = -1;
  };
  for (let at = 0; at < text.length && !whole; ) {
    const newline = text.indexOf("\n", at);
    const next = newline === -1 ? text.length : newline + 1;
    const line = text.slice(at, newline === -1 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline);
    if (open) {
      end = next;
      if (open(line)) open = undefined;
    } else if (/^[ \t]*$/.test(line)) {
      flush();
    } else {
      if (start < 0) start = at;
      end = next;
      open = opener(line);
    }
    at = next;
  }
  flush();
  return whole ? undefined : blocks;
}

/** Moves a block's tree to where the block lies in its document (offsets and lines). */
function placeTree(node: Nodes, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
    position.start.line += lines;
    position.end.line += lines;
  }
  if ("children" in node) for (const child of node.children as Nodes[]) placeTree(child, offset, lines);
}

function parseFailure(file: string, error: unknown): ScanResult {
  const message = error instanceof Error ? error.message : String(error);
  return { refs: [], problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `cannot parse Markdown: ${message}` }] };
}

export function scanMarkdown(file: string, text: string, options: { whole?: boolean } = {}): ScanResult {
  if (!WORTH_PARSING.test(text)) return { refs: [], problems: [] };
  // Only the blocks that could hold a port are parsed (most of a README is prose): a fraction of
  // the parser's time. The whole document for a port map, and where blocks cannot be told apart.
  const blocks = options.whole || PORT_MAP.test(text) ? undefined : portBlocks(text);
  if (blocks) {
    const scan = new MarkdownScan(file, text);
    let lines = 0;
    let counted = 0;
    for (const [start, end] of blocks) {
      const block = text.slice(start, end);
      let tree: Root;
      try {
        tree = simpleBlockTree(block) ?? parseMarkdown(block);
      } catch (error) {
        return parseFailure(file, error);
      }
      for (let i = text.indexOf("\n", counted); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) lines++;
      counted = start;
      placeTree(tree, start, lines);
      scan.visit(tree);
    }
    return { refs: scan.refs, problems: scan.problems };
  }
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    return parseFailure(file, error);
  }
  const region = findPortMapRegion(text, tree);
  if (region.kind === "whole") {
    const index = new TextPositions(text, { loneCarriageReturn: true });
    const firstLine = /^[^\r\n]*/.exec(text)![0].length;
    return {
      refs: [],
      problems: [],
      portMap: { file, ...index.span(0, firstLine), embedded: false, headingDepth: 2, text },
    };
  }
  const scan = new MarkdownScan(file, text, region.kind === "embedded" ? [region.beginStart, region.endEnd] : undefined);
  scan.visit(tree);
  const result: ScanResult = { refs: scan.refs, problems: scan.problems };
  if (region.kind === "embedded") {
    const index = new TextPositions(text, { loneCarriageReturn: true });
    result.portMap = {
      file,
      ...index.span(region.beginStart, region.beginEnd),
      embedded: true,
      headingDepth: region.headingDepth,
      text: text.slice(region.contentStart, region.contentEnd),
    };
  } else if (region.kind === "broken") {
    const index = new TextPositions(text, { loneCarriageReturn: true });
    result.problems.push({ file, ...index.span(region.start, region.end), kind: "parse-error", message: region.message });
  }
  return result;
}

export const markdownScanner: Scanner = {
  id: "markdown",
  family: "markdown",
  matches: (path) => /\.(md|markdown)$/i.test(path) && !HISTORY.test(path),
  scan: scanMarkdown,
};

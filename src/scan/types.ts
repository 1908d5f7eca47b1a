// What scanners produce: port references with exact positions, and problems found while reading.

import type { Located, Protocol } from "../registry/model.js";

export type Family = "compose" | "env" | "docker" | "markdown" | "config" | "source";

/**
 * Which side of a container boundary a port lives on. Policy governs host ports;
 * container ports are only checked against a service's `target`.
 */
export type Side = "host" | "container";

export type RefKind =
  /** host side of a compose `ports` mapping, or a `hostPort` */
  | "publish"
  /** container side of a mapping, compose `expose`, Dockerfile `EXPOSE`, `containerPort` */
  | "target"
  /** a variable assignment whose value is a port (`API_PORT=8000`, `ENV PORT 3000`) */
  | "assign"
  /** a process listening: `--port 8000`, `listen 80;`, `.listen(3000)`, `server.port` */
  | "listen"
  /** a client dialling: `http://localhost:8000`, `proxy_pass`, DSN URLs */
  | "dial"
  /** a row of a Markdown port table */
  | "docs"
  /** a literal port in source code without further context */
  | "literal";

export interface PortRef extends Located {
  family: Family;
  kind: RefKind;
  side: Side;
  port: number;
  /** Last port of a range (`8000-8010`); undefined for a single port. */
  portEnd?: number;
  protocol: Protocol;
  /**
   * Bind address as written (`127.0.0.1`, `0.0.0.0`, `::1`), `""` when a host binding names none
   * (publishes on all interfaces), undefined when the notion does not apply.
   */
  host?: string;
  /** The variable that configures this port (`${API_PORT:-8000}`, `API_PORT=8000`). */
  envVar?: string;
  /** A name attributing the ref: compose service, docs row service, identifier. */
  name?: string;
  /** Extra attributes scanners record for rules (compose `network_mode: host`, docs access column…). */
  meta?: RefMeta;
}

export interface RefMeta {
  /** Compose short syntax written as a bare YAML scalar (`- 22:22`). */
  unquoted?: boolean;
  /** The docs row's access column, normalised (`public`, `private`, `localhost`, `internal`). */
  access?: string;
  /** The docs row's raw service cell. */
  label?: string;
  /** The port came from a `${VAR:-default}` default rather than a literal. */
  fromDefault?: boolean;
  /** A URL's host, when the ref dials one (`api` in `http://api:4000`). */
  dialHost?: string;
  /** Compose project file for a compose ref. */
  composeService?: string;
  /** The ref is a service's port in an env template (.env.example etc.). */
  template?: boolean;
  /** Free-form extras a scanner wants to keep. */
  [key: string]: unknown;
}

/** Problems a scanner met: unparsable file, malformed binding. Never thrown. */
export interface ScanProblem extends Located {
  kind: "parse-error" | "invalid-port";
  message: string;
}

export interface ScanResult {
  refs: PortRef[];
  problems: ScanProblem[];
  /** Env variables an env template defines (for `env-template-drift`), name → location. */
  definedVars?: Array<{ name: string; value: string } & Located>;
  /** A generated port map the file holds (Markdown), checked for staleness by `docs-drift`. */
  portMap?: PortMapRegion;
}

/** Where a generated port map sits: a whole generated file, or the text between portcullis markers. */
export interface PortMapRegion extends Located {
  /** Between `<!-- portcullis:begin -->` and `<!-- portcullis:end -->` (located at the begin marker). */
  embedded: boolean;
  /** Depth of the map's section headings (one below the heading the markers sit under). */
  headingDepth: number;
  /** The whole file, or the text between the markers, verbatim. */
  text: string;
}

export interface Scanner {
  id: string;
  family: Family;
  /** Does this scanner read the file at `path` (repository-relative, `/` separators)? */
  matches(path: string): boolean;
  /** Pure: the same input always gives the same output; never reads the file system. */
  scan(path: string, text: string): ScanResult;
}

// The typed model of ports.yaml. Nothing downstream of the loader sees raw YAML.

export type Protocol = "tcp" | "udp" | "sctp";
export type Access = "public" | "private" | "localhost" | "internal";
/** Severity as written in configuration (ESLint style). */
export type RuleLevel = "error" | "warn" | "info" | "off";

/** A span in a file: 1-based line and column; endColumn points one past the last character. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Located extends Span {
  /** Path relative to the repository root, `/` separators. */
  file: string;
}

export interface PortRange {
  /** Name for named ranges; undefined for inline `[from, to]` ranges. */
  name?: string;
  from: number;
  to: number;
  description?: string;
  at: Located;
}

export interface Service {
  name: string;
  port: number;
  env?: string;
  /** The resolved range (named or inline). */
  range?: PortRange;
  /** The range name as written, when the service names one. */
  rangeName?: string;
  protocol: Protocol;
  access: Access;
  description?: string;
  /** Container-side port, checked only when given. */
  target?: number;
  aliases: string[];
  immutable: boolean;
  optional: boolean;
  fallback?: [number, number];
  paths: string[];
  /** Process name expected to hold the port at runtime (e.g. `uvicorn`). */
  process?: string;
  /** Set on a service that deliberately redefines one inherited through `extends`. */
  override: boolean;
  /** Where the service is declared (its key). */
  at: Located;
  /** Where its `port` value is written. */
  portAt: Located;
  /** The registry file the service comes from (differs from the root for extended registries). */
  source: string;
  /**
   * The project the service belongs to: its own `project:`, else the `project:` of the file that
   * declares it, else (unless that file is a host or fleet registry, one with `projects:`) the
   * project of the registry extending that file. Undefined when nothing names one.
   */
  project?: string;
}

/** A block of ports a host or fleet registry allocates to one project (`projects:`). */
export interface ProjectAllocation {
  name: string;
  /** Inclusive [from, to]. */
  range: [number, number];
  /** Hosts the project runs on; empty when the registry does not say (then it may share any host). */
  hosts: string[];
  description?: string;
  /** Where the project key is written. */
  at: Located;
}

export interface Reservation {
  from: number;
  to: number;
  reason?: string;
  at: Located;
}

export interface DocsConfig {
  output: string;
  diagram?: string;
}

export interface Registry {
  /** Path of the root ports.yaml relative to the repository root. */
  file: string;
  version: 1;
  project?: string;
  ranges: Map<string, PortRange>;
  services: Service[];
  reserved: Reservation[];
  ignore: string[];
  rules: Record<string, RuleLevel>;
  docs: DocsConfig;
  /** Sources this registry extends, as written. */
  extends: string[];
  /** Every file the registry was assembled from (root first), repository-relative. */
  sources: string[];
  /** Port blocks allocated to projects by this registry and the ones it extends (`projects:`). */
  projects?: Map<string, ProjectAllocation>;
  /**
   * Services of other projects, inherited from host or fleet registries: checked for collisions
   * with this repository's ports and listed in the docs, never attributed or required here.
   * (`services` holds this repository's own and unassigned inherited services.)
   */
  otherProjectServices?: Service[];
}

/** A configuration problem: bad YAML, schema violation, unreadable file. Exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = "ConfigError";
  }

  /** `file:line:column: message`, the form every error is printed in. */
  format(): string {
    const where = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${where}: ${this.message}`;
  }
}

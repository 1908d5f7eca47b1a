// Validated registry data → the typed model: one layer per file (defaults, normalised levels,
// exact locations), then layers merged in extends order into one Registry.

import { locateKey, locateValue, parseYamlFile, type PathSegment, type YamlFile } from "./document.js";
import { configErrorAt, throwIfAny } from "./errors.js";
import type {
  Access,
  ConfigError,
  DocsConfig,
  Located,
  PortRange,
  ProjectAllocation,
  Protocol,
  Registry,
  Reservation,
  RuleLevel,
  Service,
} from "./model.js";
import { didYouMean } from "./suggest.js";
import { formatPath, validateRegistryData } from "./validate.js";

export { DEFAULT_DOCS_OUTPUT } from "./find-config.js";
import { DEFAULT_DOCS_OUTPUT } from "./find-config.js";

/** The shape the schema guarantees (`version` 1 and nothing unknown). */
interface RawRegistry {
  version: 1;
  project?: string;
  extends?: string | string[];
  projects?: Record<string, { range: [number, number]; hosts?: string[]; description?: string }>;
  ranges?: Record<string, { from: number; to: number; description?: string }>;
  services?: Record<string, RawService>;
  reserved?: Array<{ port?: number; range?: [number, number]; reason?: string }>;
  ignore?: string[];
  rules?: Record<string, "off" | "info" | "warn" | "warning" | "error" | 0 | 1 | 2>;
  docs?: { output?: string; diagram?: string };
}

interface RawService {
  port: number;
  env?: string;
  range?: string | [number, number];
  protocol?: Protocol;
  access?: Access;
  description?: string;
  target?: number;
  aliases?: string[];
  immutable?: boolean;
  optional?: boolean;
  fallback?: [number, number];
  paths?: string[];
  process?: string;
  override?: boolean;
  project?: string;
}

export interface ExtendsEntry {
  /** The source as written. */
  spec: string;
  /** Where it is written. */
  at: Located;
}

export interface LayerService {
  /** The service, its `range` still unresolved when it names one. */
  service: Service;
  /** A range given by name, resolved when layers are merged (a range may come from an extended file). */
  rangeRef?: { name: string; at: Located };
  /** A `project:` written on the service, checked against the allocations its file can see. */
  projectRef?: { name: string; at: Located };
}

/** One registry file, compiled on its own. */
export interface RegistryLayer {
  file: string;
  project?: string;
  extends: ExtendsEntry[];
  projects: Map<string, ProjectAllocation>;
  ranges: Map<string, PortRange>;
  services: LayerService[];
  reserved: Reservation[];
  ignore: string[];
  rules: Record<string, RuleLevel>;
  docs: DocsConfig;
}

/** A layer and the layers it extends, in the order it names them. */
export interface LayerNode {
  layer: RegistryLayer;
  parents: LayerNode[];
}

/** Parses, validates and compiles one registry file; throws ConfigErrors listing every problem. */
export function compileRegistryFile(file: string, text: string): RegistryLayer {
  const yaml = parseYamlFile(file, text);
  throwIfAny(validateRegistryData(yaml));
  return compileLayer(yaml);
}

const LEVELS: Record<string, RuleLevel> = {
  off: "off",
  info: "info",
  warn: "warn",
  warning: "warn",
  error: "error",
  "0": "off",
  "1": "warn",
  "2": "error",
};

/** Compiles schema-valid data; range bounds (from <= to) are the one check the schema cannot make. */
function compileLayer(yaml: YamlFile): RegistryLayer {
  const raw = yaml.data as RawRegistry;
  const errors: ConfigError[] = [];
  const file = yaml.file;

  /** `at` is the value at fault: a named range's `from`, an inline pair's first item. */
  const ordered = (path: PathSegment[], at: PathSegment, from: number, to: number): boolean => {
    if (from <= to) return true;
    errors.push(configErrorAt(`${formatPath(path)} must have from <= to (got ${from} > ${to})`, locateValue(yaml, [...path, at])));
    return false;
  };

  const written = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  const extendsEntries = written.map((spec, index) => ({
    spec,
    at: locateValue(yaml, Array.isArray(raw.extends) ? ["extends", index] : ["extends"]),
  }));

  const projects = new Map<string, ProjectAllocation>();
  for (const [name, allocation] of Object.entries(raw.projects ?? {})) {
    if (!ordered(["projects", name, "range"], 0, allocation.range[0], allocation.range[1])) continue;
    projects.set(name, {
      name,
      range: [allocation.range[0], allocation.range[1]],
      hosts: allocation.hosts ?? [],
      ...(allocation.description !== undefined ? { description: allocation.description } : {}),
      at: locateKey(yaml, ["projects", name]),
    });
  }

  const ranges = new Map<string, PortRange>();
  for (const [name, range] of Object.entries(raw.ranges ?? {})) {
    ordered(["ranges", name], "from", range.from, range.to);
    ranges.set(name, {
      name,
      from: range.from,
      to: range.to,
      ...(range.description !== undefined ? { description: range.description } : {}),
      at: locateKey(yaml, ["ranges", name]),
    });
  }

  const services: LayerService[] = [];
  for (const [name, spec] of Object.entries(raw.services ?? {})) {
    const path = ["services", name];
    const service: Service = {
      name,
      port: spec.port,
      ...(spec.env !== undefined ? { env: spec.env } : {}),
      protocol: spec.protocol ?? "tcp",
      access: spec.access ?? "localhost",
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      ...(spec.target !== undefined ? { target: spec.target } : {}),
      aliases: spec.aliases ?? [],
      immutable: spec.immutable ?? false,
      optional: spec.optional ?? false,
      paths: spec.paths ?? [],
      ...(spec.process !== undefined ? { process: spec.process } : {}),
      override: spec.override ?? false,
      at: locateKey(yaml, path),
      portAt: locateValue(yaml, [...path, "port"]),
      source: file,
    };
    if (spec.fallback !== undefined && ordered([...path, "fallback"], 0, spec.fallback[0], spec.fallback[1])) {
      service.fallback = [spec.fallback[0], spec.fallback[1]];
    }
    let rangeRef: LayerService["rangeRef"];
    if (typeof spec.range === "string") {
      rangeRef = { name: spec.range, at: locateValue(yaml, [...path, "range"]) };
    } else if (spec.range !== undefined && ordered([...path, "range"], 0, spec.range[0], spec.range[1])) {
      service.range = { from: spec.range[0], to: spec.range[1], at: locateValue(yaml, [...path, "range"]) };
    }
    const entry: LayerService = { service };
    if (rangeRef) entry.rangeRef = rangeRef;
    if (spec.project !== undefined) {
      service.project = spec.project;
      entry.projectRef = { name: spec.project, at: locateValue(yaml, [...path, "project"]) };
    }
    services.push(entry);
  }

  const reserved: Reservation[] = [];
  (raw.reserved ?? []).forEach((entry, index) => {
    const path = ["reserved", index];
    const [from, to] = entry.range ?? [entry.port!, entry.port!];
    if (entry.range && !ordered([...path, "range"], 0, from, to)) return;
    reserved.push({
      from,
      to,
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      at: locateValue(yaml, [...path, entry.range ? "range" : "port"]),
    });
  });

  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(raw.rules ?? {})) rules[id] = LEVELS[String(level)]!;

  throwIfAny(errors);
  return {
    file,
    ...(raw.project !== undefined ? { project: raw.project } : {}),
    extends: extendsEntries,
    projects,
    ranges,
    services,
    reserved,
    ignore: raw.ignore ?? [],
    rules,
    docs: {
      output: raw.docs?.output ?? DEFAULT_DOCS_OUTPUT,
      ...(raw.docs?.diagram !== undefined ? { diagram: raw.docs.diagram } : {}),
    },
  };
}

/**
 * Merges a registry with everything it extends. Extended files come first, in the order named,
 * each once; ranges, reservations, ignore globs and rule levels accumulate (later files win for a
 * range name or rule id); project allocations accumulate (a project keeps one range; its hosts
 * add up); a service may be redefined only by a definition saying `override: true`. Services of
 * other projects inherited from host or fleet registries are kept apart (otherProjectServices).
 * `project`, `docs` and `extends` are the root file's own.
 */
export function assembleRegistry(root: LayerNode): Registry {
  const order: LayerNode[] = [];
  const placed = new Set<string>();
  // The project an unassigned service of each file belongs to (see Service.project): the file's
  // own `project:`; none in a host or fleet registry (its unassigned services are the host's);
  // else the project of the file extending it (a registry split over several files of one repository).
  const owners = new Map<LayerNode, string | undefined>();
  const place = (node: LayerNode, extender: string | undefined): void => {
    if (placed.has(node.layer.file)) return;
    placed.add(node.layer.file);
    const owner = node.layer.project ?? (node.layer.projects.size > 0 ? undefined : extender);
    owners.set(node, owner);
    for (const parent of node.parents) place(parent, owner);
    order.push(node);
  };
  place(root, undefined);

  // A service's range name is resolved among the ranges its own file can see: its own and those
  // of the files it extends, not those of unrelated files that happen to be merged earlier.
  // Project names written on services are checked the same way.
  const visibleRanges = visibleFrom((layer) => layer.ranges);
  const visibleProjects = visibleFrom((layer) => layer.projects);

  const errors: ConfigError[] = [];
  const ranges = new Map<string, PortRange>();
  const projects = new Map<string, ProjectAllocation>();
  const services: Service[] = [];
  const serviceIndex = new Map<string, number>();
  const others: Service[] = [];
  const otherIndex = new Map<string, number>();
  const reserved: Reservation[] = [];
  const ignore: string[] = [];
  const rules: Record<string, RuleLevel> = {};

  /** Adds `service` to `list`, or replaces the one of the same key when it says `override: true`. */
  const add = (list: Service[], index: Map<string, number>, key: string, service: Service): void => {
    const existing = index.get(key);
    if (existing === undefined) {
      index.set(key, list.length);
      list.push(service);
    } else if (service.override) {
      list[existing] = service;
    } else {
      const other = list[existing]!;
      errors.push(
        configErrorAt(
          `service ${JSON.stringify(service.name)} is already defined in ${other.at.file}:${other.at.line}:${other.at.column}; add "override: true" to redefine it`,
          service.at,
        ),
      );
    }
  };

  for (const node of order) {
    const { layer } = node;
    for (const [name, range] of layer.ranges) ranges.set(name, range);
    for (const [name, allocation] of layer.projects) {
      const existing = projects.get(name);
      if (!existing) {
        projects.set(name, { ...allocation, hosts: [...allocation.hosts] });
      } else if (existing.range[0] === allocation.range[0] && existing.range[1] === allocation.range[1]) {
        for (const host of allocation.hosts) if (!existing.hosts.includes(host)) existing.hosts.push(host);
      } else {
        errors.push(
          configErrorAt(
            `project ${JSON.stringify(name)} is allocated ${portSpan(allocation.range)} here but ${portSpan(existing.range)} in ${existing.at.file}:${existing.at.line}:${existing.at.column}; a project has one allocation`,
            allocation.at,
          ),
        );
      }
    }
    for (const { service: declared, rangeRef, projectRef } of layer.services) {
      const service: Service = { ...declared };
      if (rangeRef) {
        const known = visibleRanges(node);
        const range = known.get(rangeRef.name);
        if (range) {
          service.range = range;
          service.rangeName = rangeRef.name;
        } else {
          const names = [...known.keys()];
          const hint =
            didYouMean(rangeRef.name, names) ||
            (names.length > 0 ? ` (defined ranges: ${names.join(", ")})` : " (no ranges are defined; declare it under ranges:)");
          errors.push(configErrorAt(`${formatPath(["services", service.name, "range"])} names an unknown range ${JSON.stringify(rangeRef.name)}${hint}`, rangeRef.at));
        }
      }
      if (projectRef) {
        // Where allocations are in sight, a project name that is none of them is a typo.
        const known = [...visibleProjects(node).keys()];
        if (known.length > 0 && projectRef.name !== layer.project && !known.includes(projectRef.name)) {
          const names = layer.project !== undefined ? [layer.project, ...known] : known;
          const hint = didYouMean(projectRef.name, names) || ` (allocated projects: ${known.join(", ")})`;
          errors.push(configErrorAt(`${formatPath(["services", service.name, "project"])} names an unknown project ${JSON.stringify(projectRef.name)}${hint}`, projectRef.at));
        }
      }
      const owner = owners.get(node);
      if (service.project === undefined && owner !== undefined) service.project = owner;
      if (node !== root && service.project !== undefined && service.project !== root.layer.project) {
        add(others, otherIndex, `${service.project}\0${service.name}`, service);
      } else {
        add(services, serviceIndex, service.name, service);
      }
    }
    reserved.push(...layer.reserved);
    // Order matters (a later `!glob` takes back an earlier glob): a repeated glob moves to its
    // latest place.
    for (const glob of layer.ignore) {
      const earlier = ignore.indexOf(glob);
      if (earlier !== -1) ignore.splice(earlier, 1);
      ignore.push(glob);
    }
    Object.assign(rules, layer.rules);
  }
  throwIfAny(errors);

  const top = root.layer;
  return {
    file: top.file,
    version: 1,
    ...(top.project !== undefined ? { project: top.project } : {}),
    ranges,
    services,
    reserved,
    ignore,
    rules,
    docs: top.docs,
    extends: top.extends.map((entry) => entry.spec),
    sources: [top.file, ...order.filter((node) => node !== root).map((node) => node.layer.file)],
    ...(projects.size > 0 ? { projects } : {}),
    ...(others.length > 0 ? { otherProjectServices: others } : {}),
  };
}

/** What a file can see of a named collection: its own entries over those of the files it extends. */
function visibleFrom<T>(pick: (layer: RegistryLayer) => Map<string, T>): (node: LayerNode) => Map<string, T> {
  const seen = new Map<LayerNode, Map<string, T>>();
  const visible = (node: LayerNode): Map<string, T> => {
    let entries = seen.get(node);
    if (!entries) {
      entries = new Map();
      for (const parent of node.parents) for (const [name, entry] of visible(parent)) entries.set(name, entry);
      for (const [name, entry] of pick(node.layer)) entries.set(name, entry);
      seen.set(node, entries);
    }
    return entries;
  };
  return visible;
}

function portSpan([from, to]: [number, number]): string {
  return from === to ? String(from) : `${from}-${to}`;
}

// Attribution: ties every port reference to the declared service it is about.
// Order (DESIGN.md): environment variable, then compose service name / alias / docs row name,
// then the port number itself; a service's `paths` globs claim what is left inside them.

import { Minimatch } from "minimatch";
import type { Registry, Service } from "../registry/model.js";
import { portRef } from "../scan/port-ref.js";
import type { PortRef } from "../scan/types.js";
import type { AttributedBy, AttributedRef } from "./types.js";

/** Names compare case- and punctuation-insensitively: "PGSIMS web" is `pgsims-web`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export interface ServiceIndex {
  byEnv: Map<string, Service[]>;
  byName: Map<string, Service[]>;
  byPort: Map<string, Service[]>;
  byTarget: Map<string, Service[]>;
  pathMatchers: Array<{ service: Service; match: (file: string) => boolean }>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const portKey = (port: number, protocol: string): string => `${port}/${protocol}`;

export function indexServices(registry: Registry): ServiceIndex {
  const index: ServiceIndex = {
    byEnv: new Map(),
    byName: new Map(),
    byPort: new Map(),
    byTarget: new Map(),
    pathMatchers: [],
  };
  for (const service of registry.services) {
    if (service.env) push(index.byEnv, service.env, service);
    const names = new Set([service.name, ...service.aliases].map(normaliseName));
    for (const name of names) if (name) push(index.byName, name, service);
    push(index.byPort, portKey(service.port, service.protocol), service);
    if (service.target !== undefined) push(index.byTarget, portKey(service.target, service.protocol), service);
    if (service.paths.length > 0) {
      const matchers = service.paths.map((glob) => new Minimatch(glob, { dot: true }));
      index.pathMatchers.push({ service, match: (file) => matchers.some((m) => m.match(file)) });
    }
  }
  return index;
}

/** Among several candidates, the one whose port (or target) the ref uses, else the first. */
function pickByPort(candidates: Service[], ref: PortRef): Service {
  const hits = (port: number | undefined): boolean =>
    port !== undefined && port >= ref.port && port <= (ref.portEnd ?? ref.port);
  const wanted = ref.side === "container" ? candidates.find((s) => hits(s.target)) : undefined;
  return wanted ?? candidates.find((s) => hits(s.port)) ?? candidates.find((s) => hits(s.target)) ?? candidates[0]!;
}

/** The ref with its service, copied through portRef so that it has one of the few shapes every ref has. */
function attributed(ref: PortRef, service?: Service, attributedBy?: AttributedBy): AttributedRef {
  const out: AttributedRef = portRef(ref, ref);
  if (service !== undefined) {
    out.service = service;
    out.attributedBy = attributedBy;
  }
  return out;
}

export function attributeRef(ref: PortRef, index: ServiceIndex): AttributedRef {
  if (ref.envVar) {
    const byEnv = index.byEnv.get(ref.envVar);
    if (byEnv) return attributed(ref, pickByPort(byEnv, ref), "env");
  }
  for (const name of [ref.name, ref.meta?.label]) {
    if (typeof name !== "string" || !name) continue;
    const byName = index.byName.get(normaliseName(name));
    if (byName) return attributed(ref, pickByPort(byName, ref), "name");
  }
  const ports = ref.side === "host" ? index.byPort : index.byTarget;
  const byPort = ports.get(portKey(ref.port, ref.protocol));
  if (byPort) return attributed(ref, byPort[0], "port");
  // A service's folder claims the ports its own processes listen on or assign, never what they dial.
  if (ref.kind === "listen" || ref.kind === "assign") {
    const owner = index.pathMatchers.find((entry) => entry.match(ref.file));
    if (owner) return attributed(ref, owner.service, "path");
  }
  return attributed(ref);
}

export function attributeRefs(refs: readonly PortRef[], registry: Registry): AttributedRef[] {
  const index = indexServices(registry);
  return refs.map((ref) => attributeRef(ref, index));
}

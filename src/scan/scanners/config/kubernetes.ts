// Kubernetes manifests (any YAML stream whose documents carry `apiVersion` and `kind`): container
// ports, host ports, Service ports, node ports, and `*_PORT` variables of container environments.

import type { Node } from "yaml";
import type { Protocol } from "../../../registry/model.js";
import type { Scanner, ScanResult } from "../../types.js";
import { failedScan, RefCollector } from "./located.js";
import { mapEntries, mapGet, parseYamlStream, portScalar, reportYamlErrors, scalarString, seqItems } from "./yaml-nodes.js";

function protocolOf(port: Node): Protocol {
  const value = scalarString(mapGet(port, "protocol"))?.toLowerCase();
  return value === "udp" ? "udp" : value === "sctp" ? "sctp" : "tcp";
}

const PORT_VAR = /(?:^|_)PORT$/i;
const MAX_DEPTH = 40;

/**
 * Helm and other templates (`{{ .Values.port }}`) are not YAML. Control lines become blanks and
 * inline placeholders become same-length filler, so what remains parses and keeps its columns.
 */
export function blankTemplates(text: string): string {
  if (!text.includes("{{")) return text;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*\{\{-?.*-?\}\}\s*\r?$/.test(line) && !/^\s*[\w"'-]+\s*:/.test(line)) return line.replace(/[^\r]/g, " ");
      return line.replace(/\{\{.*?\}\}/g, (m) => "x".repeat(m.length));
    })
    .join("\n");
}

function scanWorkloadPorts(out: RefCollector, text: string, node: unknown, name: string | undefined, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const [key, value] of mapEntries(node)) {
    if ((key === "containers" || key === "initContainers" || key === "ephemeralContainers") && seqItems(value).length) {
      for (const container of seqItems(value)) scanContainer(out, text, container, name);
    } else if (value && typeof value === "object") {
      scanWorkloadPorts(out, text, value, name, depth + 1);
    }
  }
  for (const item of seqItems(node)) scanWorkloadPorts(out, text, item, name, depth + 1);
}

function scanContainer(out: RefCollector, text: string, container: Node, name: string | undefined): void {
  const meta = (extra: Record<string, unknown>) => {
    const containerName = scalarString(mapGet(container, "name"));
    return containerName ? { container: containerName, ...extra } : extra;
  };
  for (const port of seqItems(mapGet(container, "ports"))) {
    const protocol = protocolOf(port);
    const portName = scalarString(mapGet(port, "name"));
    const extra = portName ? { portName } : {};
    const containerPort = portScalar(mapGet(port, "containerPort"), text);
    if (containerPort) out.port(containerPort.start, containerPort.end, { kind: "target", side: "container", protocol, name, meta: meta(extra) });
    const hostPort = portScalar(mapGet(port, "hostPort"), text);
    if (hostPort) {
      out.port(hostPort.start, hostPort.end, {
        kind: "publish",
        side: "host",
        protocol,
        // hostIP narrows the binding; without it the node publishes on every interface.
        host: scalarString(mapGet(port, "hostIP")) ?? "",
        name,
        meta: meta(extra),
      });
    }
  }
  for (const variable of seqItems(mapGet(container, "env"))) {
    const varName = scalarString(mapGet(variable, "name"));
    if (!varName || !PORT_VAR.test(varName)) continue;
    const value = portScalar(mapGet(variable, "value"), text);
    if (value) out.port(value.start, value.end, { kind: "assign", side: "container", envVar: varName, name, meta: meta({}) });
  }
}

function scanService(out: RefCollector, text: string, spec: unknown, name: string | undefined): void {
  for (const port of seqItems(mapGet(spec, "ports"))) {
    const protocol = protocolOf(port);
    const portName = scalarString(mapGet(port, "name"));
    const meta = portName ? { portName } : undefined;
    const servicePort = portScalar(mapGet(port, "port"), text);
    // Cluster-internal: the Service's port is reachable inside the cluster only.
    if (servicePort) out.port(servicePort.start, servicePort.end, { kind: "target", side: "container", protocol, name, meta: { ...meta, servicePort: true } });
    // Named target ports (`targetPort: http`) name a container port declared elsewhere.
    const targetPort = portScalar(mapGet(port, "targetPort"), text);
    if (targetPort) out.port(targetPort.start, targetPort.end, { kind: "target", side: "container", protocol, name, meta });
    const nodePort = portScalar(mapGet(port, "nodePort"), text);
    if (nodePort) out.port(nodePort.start, nodePort.end, { kind: "publish", side: "host", protocol, host: "", name, meta });
  }
}

/** `apiVersion:` and `kind:` at the top level of some document. */
export function looksLikeManifest(text: string): boolean {
  return /^apiVersion:/m.test(text) && /^kind:/m.test(text);
}

function scanManifests(path: string, original: string): ScanResult {
  const out = new RefCollector(path, original);
  if (!looksLikeManifest(original)) return out.result();
  const templated = original.includes("{{");
  const text = blankTemplates(original);
  const stream = parseYamlStream(text);
  for (const doc of stream.docs) {
    const root = doc.contents;
    const kind = scalarString(mapGet(root, "kind"));
    if (!kind || scalarString(mapGet(root, "apiVersion")) === undefined) continue;
    const name = scalarString(mapGet(mapGet(root, "metadata"), "name"));
    const cleanName = name && !/x{3,}|[{}]/.test(name) ? name : undefined;
    if (kind === "Service") scanService(out, text, mapGet(root, "spec"), cleanName);
    else if (kind === "List") {
      for (const item of seqItems(mapGet(root, "items"))) {
        const itemKind = scalarString(mapGet(item, "kind"));
        const itemName = scalarString(mapGet(mapGet(item, "metadata"), "name"));
        if (itemKind === "Service") scanService(out, text, mapGet(item, "spec"), itemName);
        else scanWorkloadPorts(out, text, mapGet(item, "spec"), itemName, 0);
      }
    } else scanWorkloadPorts(out, text, mapGet(root, "spec"), cleanName, 0);
  }
  // A template's leftovers may not parse; that is the template engine's business, not ours.
  if (!templated) reportYamlErrors(stream, out, "invalid YAML in Kubernetes manifest");
  return out.result();
}

export function scanKubernetes(path: string, text: string): ScanResult {
  try {
    return scanManifests(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

/** YAML files that are certainly something else (and have their own readers or none). */
const NOT_MANIFEST = [
  /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i,
  /(?:^|\/)[^/]*ports\.ya?ml$/i,
  /(?:^|\/)\.github\//,
  /(?:^|\/)\.gitlab-ci\.ya?ml$/i,
  /(?:^|\/)pnpm-(?:lock|workspace)\.yaml$/i,
  /(?:^|\/)\.pre-commit-(?:config|hooks)\.ya?ml$/i,
  /(?:^|\/)(?:mkdocs|action|codecov|\.?readthedocs|\.?travis|dependabot|renovate|\.yarnrc|\.?golangci|Chart|values[^/]*|openapi[^/]*|swagger[^/]*)\.ya?ml$/i,
];

export const kubernetesScanner: Scanner = {
  id: "config/kubernetes",
  family: "config",
  matches: (path) => /\.ya?ml$/i.test(path) && !NOT_MANIFEST.some((re) => re.test(path)),
  scan: scanKubernetes,
};

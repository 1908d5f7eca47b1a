// prometheus.yml: the `host:port` targets of static scrape and Alertmanager configs (dial).

import type { Scanner, ScanResult } from "../../types.js";
import { dialName, dialSide, isDigits, splitHostPort } from "./address.js";
import { looksLikeManifest, scanKubernetes } from "./kubernetes.js";
import { failedScan, RefCollector } from "./located.js";
import { mapGet, parseYamlStream, reportYamlErrors, scalarString, seqItems, stringStart } from "./yaml-nodes.js";

function scanTargets(out: RefCollector, text: string, configs: unknown, job: string | undefined): void {
  for (const config of seqItems(configs)) {
    for (const target of seqItems(mapGet(config, "targets"))) {
      const value = scalarString(target);
      const start = stringStart(target, text);
      if (value === undefined || start === undefined) continue;
      // Targets may carry a scheme or path in relabelled setups; the authority is what we read.
      const authority = value.replace(/^[a-z]+:\/\//i, "");
      const shift = value.length - authority.length;
      const parts = splitHostPort(authority.split("/")[0]!);
      if (!isDigits(parts.port) || parts.host === undefined) continue;
      const at = start + shift + parts.portStart!;
      out.port(at, at + parts.port.length, {
        kind: "dial",
        side: dialSide(parts.host),
        name: dialName(parts.host),
        meta: job ? { dialHost: parts.host, job } : { dialHost: parts.host },
      });
    }
  }
}

export function scanPrometheus(path: string, text: string): ScanResult {
  // `prometheus-deployment.yaml`, `traefik-service.yml`: Kubernetes objects named after the tool.
  if (looksLikeManifest(text)) return scanKubernetes(path, text);
  const out = new RefCollector(path, text);
  try {
    const stream = parseYamlStream(text);
    if (reportYamlErrors(stream, out, "invalid YAML in Prometheus configuration")) return out.result();
    for (const doc of stream.docs) {
      const root = doc.contents;
      for (const scrape of seqItems(mapGet(root, "scrape_configs"))) {
        scanTargets(out, text, mapGet(scrape, "static_configs"), scalarString(mapGet(scrape, "job_name")));
      }
      for (const manager of seqItems(mapGet(mapGet(root, "alerting"), "alertmanagers"))) {
        scanTargets(out, text, mapGet(manager, "static_configs"), "alertmanager");
      }
    }
    return out.result();
  } catch (error) {
    return failedScan(path, error);
  }
}

export const prometheusScanner: Scanner = {
  id: "config/prometheus",
  family: "config",
  matches: (path) => /(?:^|\/)prometheus(?:[._-][^/]*)?\.ya?ml$/i.test(path) && !/\.rules?\.ya?ml$/i.test(path),
  scan: scanPrometheus,
};

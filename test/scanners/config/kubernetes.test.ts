// Kubernetes manifests and prometheus.yml: YAML readers with exact positions and parse limits.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blankTemplates, kubernetesScanner } from "../../../src/scan/scanners/config/kubernetes.js";
import { prometheusScanner } from "../../../src/scan/scanners/config/prometheus.js";
import type { PortRef, Scanner, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners/k8s");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

function scan(scanner: Scanner, file: string, text: string): ScanResult {
  const result = scanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}${ref.protocol !== "tcp" ? `/${ref.protocol}` : ""}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.envVar !== undefined) parts.push(`env=${ref.envVar}`);
  if (ref.meta?.dialHost !== undefined) parts.push(`via=${String(ref.meta.dialHost)}`);
  if (ref.name !== undefined) parts.push(`name=${ref.name}`);
  return parts.join(" ");
}

describe("Kubernetes scanner", () => {
  it("reads container, host, service, target and node ports across documents", () => {
    const result = scan(kubernetesScanner, "deploy/orders.yaml", fixture("orders.yaml"));
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "18:30 target/container 8080 name=orders",
      "19:31 target/container 9090 name=orders",
      "21:30 target/container 5353/udp name=orders",
      "23:25 publish/host 15353/udp host=127.0.0.1 name=orders",
      "27:23 assign/container 8080 env=PORT name=orders",
      "44:13 target/container 80 name=orders",
      "46:17 publish/host 30080 host= name=orders",
      "48:13 target/container 9090 name=orders",
      "49:19 target/container 9090 name=orders",
    ]);
    expect(result.refs[0]!.meta).toMatchObject({ container: "app", portName: "http" });
  });

  it("reads Helm templates without reporting their placeholders as YAML errors", () => {
    const result = scan(kubernetesScanner, "chart/templates/deployment.yaml", fixture("chart-deployment.yaml"));
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual(["16:30 target/container 9901", "19:30 target/container 5005"]);
  });

  it("keeps columns when blanking template lines", () => {
    const text = "a: {{ .Values.x }}\n  {{- if .Values.y }}\nb: 1\n";
    const blanked = blankTemplates(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split("\n").map((l) => l.length)).toEqual(text.split("\n").map((l) => l.length));
  });

  it("says nothing about YAML that is not a manifest, even when it holds ports", () => {
    const text = "server:\n  port: 8080\nservices:\n  api:\n    ports: ['8000:8000']\n";
    expect(scan(kubernetesScanner, "config/app.yaml", text)).toEqual({ refs: [], problems: [] });
    // Broken YAML that is not a manifest is not ours to report either.
    expect(scan(kubernetesScanner, "config/broken.yaml", "a: [\n")).toEqual({ refs: [], problems: [] });
  });

  it("reports broken YAML in a manifest as a parse error", () => {
    const result = scan(kubernetesScanner, "k8s/svc.yaml", "apiVersion: v1\nkind: Service\nspec:\n  ports: [\n");
    expect(result.problems).toMatchObject([{ kind: "parse-error" }]);
  });

  it("does not expand aliases (an alias bomb finishes at once)", () => {
    const bomb = [
      "apiVersion: v1",
      "kind: Pod",
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
      "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
      "spec:",
      "  containers:",
      "    - name: x",
      "      ports: [{ containerPort: 8080 }]",
      "  extra: *g",
    ].join("\n");
    expect(scan(kubernetesScanner, "pod.yaml", bomb).refs.map(brief)).toEqual(["13:32 target/container 8080"]);
  });

  it("skips named target ports, probes and ConfigMap data", () => {
    const text = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n    - port: 443\n      targetPort: https\n";
    expect(scan(kubernetesScanner, "svc.yaml", text).refs.map(brief)).toEqual(["6:13 target/container 443 name=web"]);
  });

  it.each(["k8s/deployment.yaml", "manifests/api.yml", "release/all.yaml"])("reads %s", (f) => expect(kubernetesScanner.matches(f)).toBe(true));
  it.each([
    "docker-compose.yml",
    "compose.override.yaml",
    "ports.yaml",
    "infra/host-ports.yaml",
    ".github/workflows/ci.yml",
    "pnpm-lock.yaml",
    "chart/values.yaml",
    "mkdocs.yml",
    "deployment.json",
  ])("leaves %s alone", (f) => expect(kubernetesScanner.matches(f)).toBe(false));
});

describe("Prometheus scanner", () => {
  it("reads the seed's scrape target", () => {
    const text = 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: dsa110-api\n    static_configs:\n      - targets: ["localhost:8000"]\n';
    const refs = scan(prometheusScanner, "ops/prometheus/prometheus.yml", text).refs;
    expect(refs.map(brief)).toEqual(["6:30 dial/host 8000 via=localhost"]);
    expect(refs[0]!.meta).toMatchObject({ job: "dsa110-api" });
  });

  it("reads block and flow target lists, service names and alertmanagers", () => {
    const text = [
      "scrape_configs:",
      "  - job_name: node",
      "    scrape_timeout: 3000ms",
      "    static_configs:",
      "      - targets:",
      "          - 'localhost:9100'",
      "          - api:8000",
      "          - '[::1]:9200'",
      "          - just-a-host",
      "alerting:",
      "  alertmanagers:",
      "    - static_configs:",
      "        - targets: [alertmanager:9093]",
    ].join("\n");
    expect(scan(prometheusScanner, "prometheus.yml", text).refs.map(brief)).toEqual([
      "6:24 dial/host 9100 via=localhost",
      "7:17 dial/container 8000 via=api name=api",
      "8:20 dial/host 9200 via=::1",
      "13:34 dial/container 9093 via=alertmanager name=alertmanager",
    ]);
  });

  it("hands a Kubernetes object named after Prometheus to the manifest reader", () => {
    const text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: prometheus\nspec:\n  template:\n    spec:\n      containers:\n        - name: prometheus\n          ports:\n            - containerPort: 9090\n";
    expect(scan(prometheusScanner, "k8s/prometheus-deployment.yaml", text).refs.map(brief)).toEqual(["11:30 target/container 9090 name=prometheus"]);
  });

  it("reports invalid YAML", () => {
    expect(scan(prometheusScanner, "prometheus.yml", "scrape_configs:\n  - job_name: [\n").problems).toMatchObject([{ kind: "parse-error" }]);
  });

  it.each(["prometheus.yml", "monitoring/prometheus.yaml", "prometheus.dev.yml"])("reads %s", (f) => expect(prometheusScanner.matches(f)).toBe(true));
  it.each(["alert.rules.yml", "prometheus.rules.yml", "prometheus.md"])("leaves %s alone", (f) => expect(prometheusScanner.matches(f)).toBe(false));
});

// The config family's scanners in match-priority order: specific names first, then formats
// recognised by extension, then the broad YAML and `.conf` readers that sniff content.

import type { Scanner } from "../../types.js";
import { caddyfileScanner } from "./caddyfile.js";
import { devServerScanner } from "./dev-server.js";
import { haproxyScanner } from "./haproxy.js";
import { iniScanner } from "./ini.js";
import { kubernetesScanner } from "./kubernetes.js";
import { nginxScanner, sniffedConfScanner } from "./nginx.js";
import { packageJsonScanner } from "./package-json.js";
import { procfileScanner } from "./procfile.js";
import { prometheusScanner } from "./prometheus.js";
import { redisScanner } from "./redis.js";
import { systemdScanner } from "./systemd.js";
import { traefikScanner } from "./traefik.js";

/**
 * First match wins. systemd drop-ins (`*.service.d/*.conf`), `haproxy.cfg` and `redis.conf` come
 * before the INI and nginx readers that would otherwise claim them; the Kubernetes reader takes
 * any YAML left (and reports nothing without `apiVersion`/`kind`), so it must stay after every
 * other family that reads YAML; any remaining `*.conf` is sniffed last.
 */
export const configScanners: Scanner[] = [
  systemdScanner,
  haproxyScanner,
  redisScanner,
  caddyfileScanner,
  traefikScanner,
  prometheusScanner,
  procfileScanner,
  packageJsonScanner,
  devServerScanner,
  iniScanner,
  nginxScanner,
  kubernetesScanner,
  sniffedConfScanner,
];

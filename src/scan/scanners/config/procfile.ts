// Procfiles (`web: gunicorn --bind 0.0.0.0:5000 app:app`): ports in each process's command.

import type { Scanner, ScanResult } from "../../types.js";
import { portsInCommand } from "./command-line.js";
import { failedScan, RefCollector } from "./located.js";

function scanProcfileText(path: string, text: string): ScanResult {
  const out = new RefCollector(path, text);
  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const here = lineStart;
    lineStart += rawLine.length + 1;
    const entry = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*/.exec(line);
    if (!entry) continue;
    const process = entry[1]!;
    const command = line.slice(entry[0].length);
    for (const p of portsInCommand(command, { shellComments: true })) {
      const start = here + entry[0].length + p.start;
      const meta: Record<string, unknown> = { flag: p.via, process };
      if (p.dialHost !== undefined) meta.dialHost = p.dialHost;
      if (p.fromDefault) meta.fromDefault = true;
      out.port(start, start + (p.end - p.start), {
        kind: p.kind,
        side: p.side,
        host: p.host,
        envVar: p.envVar,
        protocol: p.protocol,
        portEnd: p.portEnd,
        // `web`, `api`, `worker`: the process type is the name the platform gives the service.
        name: p.kind === "dial" ? undefined : process,
        meta,
      });
    }
  }
  return out.result();
}

export function scanProcfile(path: string, text: string): ScanResult {
  try {
    return scanProcfileText(path, text);
  } catch (error) {
    return failedScan(path, error);
  }
}

export const procfileScanner: Scanner = {
  id: "config/procfile",
  family: "config",
  matches: (path) => /(?:^|\/)Procfile(?:\.[A-Za-z0-9_-]+)?$/.test(path),
  scan: scanProcfile,
};

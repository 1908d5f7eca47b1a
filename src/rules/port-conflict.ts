// Two services claim the same port: in the registry, or as compose host bindings across files.

import path from "node:path";
import { hostsOverlap } from "../engine/hosts.js";
import type { AttributedRef, Report, Rule } from "../engine/types.js";

/** Ranges larger than this are not expanded port by port (they are compared as intervals). */
function overlaps(a: { port: number; portEnd?: number }, b: { port: number; portEnd?: number }): boolean {
  return a.port <= (b.portEnd ?? b.port) && b.port <= (a.portEnd ?? a.port);
}

/** Compose files in one folder form one project; a service in an override file is the same service. */
function composeOwner(ref: AttributedRef): string {
  return `${path.posix.dirname(ref.file)}::${ref.meta?.composeService ?? ref.name ?? ref.file}`;
}

const rule: Rule = {
  meta: {
    id: "port-conflict",
    description: "Two services claim the same port and protocol",
    defaultLevel: "error",
    rationale:
      "Only one process can bind a port: the second fails with \"port is already allocated\", usually at the worst moment.",
    examples: {
      file: `ports.yaml`,
      bad: `api:    { port: 8000 }
admin:  { port: 8000 }`,
      good: `api:    { port: 8000 }
admin:  { port: 8001 }`,
    },
    messages: {
      registry: "{service} declares port {port}/{protocol}, already declared by {other} (line {otherLine})",
      compose: "{owner} publishes {port}/{protocol}, which {other} already publishes in {otherFile}:{otherLine}",
      composeProjects:
        "{owner} publishes {port}/{protocol}, which {other} of another compose project already publishes in {otherFile}:{otherLine}; they collide when both run on one host",
    },
  },
  check({ registry, refs }) {
    const reports: Report[] = [];
    const services = registry.services;
    for (let i = 0; i < services.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = services[i]!;
        const b = services[j]!;
        if (a.port === b.port && a.protocol === b.protocol) {
          reports.push({
            messageId: "registry",
            data: { service: a.name, port: a.port, protocol: a.protocol, other: b.name, otherLine: b.portAt.line },
            at: a.portAt,
            service: a.name,
            port: a.port,
          });
          break;
        }
      }
    }
    const published = refs.filter((ref) => ref.family === "compose" && ref.kind === "publish");
    for (let i = 0; i < published.length; i++) {
      const ref = published[i]!;
      const owner = composeOwner(ref);
      const clash = published
        .slice(0, i)
        .find(
          (earlier) =>
            composeOwner(earlier) !== owner &&
            earlier.protocol === ref.protocol &&
            overlaps(earlier, ref) &&
            hostsOverlap(earlier.host ?? "", ref.host ?? ""),
        );
      if (!clash) continue;
      // Two compose projects (folders) collide only when both run on one host: likely, not certain.
      const sameProject = path.posix.dirname(clash.file) === path.posix.dirname(ref.file);
      reports.push({
        messageId: sameProject ? "compose" : "composeProjects",
        ...(sameProject ? {} : { level: "warn" as const }),
        data: {
          owner: ref.meta?.composeService ?? ref.name ?? "a service",
          other: clash.meta?.composeService ?? clash.name ?? "another service",
          port: ref.port,
          protocol: ref.protocol,
          otherFile: clash.file,
          otherLine: clash.line,
        },
        at: ref,
        service: ref.service?.name,
        port: ref.port,
      });
    }
    return reports;
  },
};

export default rule;

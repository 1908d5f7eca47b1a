// `portcullis status`: which declared ports are listening now, on which address, held by which
// process, and what is against the policy. Read-only.

import { ConfigError, type Registry } from "../registry/model.js";
import { loadProjectRegistry, parseCommandArgs, type RegistryLoader } from "../runtime/command-context.js";
import { readSocketTable } from "../runtime/socket-table.js";
import { assessStatus, type StatusReport, type StatusRow } from "../runtime/status.js";
import { SocketTableUnavailable, type Listener } from "../runtime/types.js";
import { UsageError, type Command } from "./io.js";

const HELP = `Usage: portcullis status [options]

Shows which ports declared in ports.yaml are listening now, on which address and by which process,
and flags what is against the policy:
  wrong-process   a declared port held by a process other than the service's \`process\`
  all-interfaces  a service listening on 0.0.0.0 or :: although its access is not public
  outside-access  a service listening on an address its access does not allow
  undeclared      a listener inside a declared range on a port no service declares
Read-only: nothing is stopped (see \`portcullis free\`). Declared ports are checked, not env overrides.

Options:
  --json           print { version: 1, ports: [...], flags: [...] }
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help

Exit codes: 0 all well, 1 something flagged, 2 usage or configuration error, or no socket table.
`;

export interface StatusDeps {
  loadRegistry?: RegistryLoader;
  readListeners?: () => Promise<Listener[]>;
  /** uid of this process, for the hint to run as root; default process.getuid(). */
  uid?: number;
}

export function createStatusCommand(deps: StatusDeps = {}): Command {
  const load = deps.loadRegistry ?? loadProjectRegistry;
  const readListeners = deps.readListeners ?? (async () => (await readSocketTable()).listeners);
  return async (args, io) => {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean", default: false },
      config: { type: "string" },
      "allow-outside": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`status takes no arguments, got "${positionals[0]}"`);

    let registry: Registry;
    let listeners: Listener[];
    try {
      registry = await load(io, { ...(values.config !== undefined ? { config: values.config } : {}), allowOutside: values["allow-outside"] });
      listeners = await readListeners();
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr(`portcullis: ${error.format()}\n`);
        return 2;
      }
      if (error instanceof SocketTableUnavailable) {
        io.stderr(`portcullis: ${error.message}\n`);
        return 2;
      }
      throw error;
    }

    const report = assessStatus(registry, listeners);
    io.stdout(values.json ? formatStatusJson(report) : formatStatusTable(report));
    const uid = deps.uid ?? (typeof process.getuid === "function" ? process.getuid() : undefined);
    if (report.hiddenOwners > 0) {
      const count = `${report.hiddenOwners} listener${report.hiddenOwners === 1 ? "" : "s"}`;
      io.stderr(`portcullis: the process holding ${count} could not be inspected${uid !== 0 ? "; run as root to see it" : ""}\n`);
    }
    return report.flags.length > 0 ? 1 : 0;
  };
}

export const run: Command = createStatusCommand();

export function formatStatusJson(report: StatusReport): string {
  const ports = report.ports.map((row) => ({
    port: row.port,
    protocol: row.protocol,
    service: row.service ?? null,
    address: row.address ?? null,
    pid: row.pids[0] ?? null,
    pids: row.pids,
    process: row.process ?? null,
    command: row.command ?? null,
    user: row.user ?? null,
    state: row.state,
    ...(row.note !== undefined ? { note: row.note } : {}),
    flags: row.flags,
  }));
  return `${JSON.stringify({ version: 1, ports, flags: report.flags }, null, 2)}\n`;
}

const HEADERS = ["PORT", "PROTO", "SERVICE", "ADDRESS", "PID", "PROCESS", "STATE/FLAG"];

export function formatStatusTable(report: StatusReport): string {
  if (report.ports.length === 0) return "No ports declared, and nothing listens inside a declared range.\n";
  const cells = report.ports.map((row) => [
    String(row.port),
    row.protocol,
    row.service ?? "-",
    row.address ?? "-",
    pidCell(row),
    row.process ?? (row.address ? "?" : "-"),
    stateCell(row),
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]): string =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [line(HEADERS), ...cells.map(line)];
  if (report.flags.length > 0) {
    out.push("");
    for (const flag of report.flags) out.push(`${flag.id}: ${flag.port}/${flag.protocol} ${flag.message}`);
  }
  out.push("", summary(report));
  return `${out.join("\n")}\n`;
}

function pidCell(row: StatusRow): string {
  if (!row.address) return "-";
  if (row.pids.length === 0) return "?";
  return row.pids.length === 1 ? String(row.pids[0]) : `${row.pids[0]}+${row.pids.length - 1}`;
}

function stateCell(row: StatusRow): string {
  if (row.flags.length > 0) return `FLAG ${row.flags.join(",")}`;
  const state = row.state.replace("-", " ");
  return row.note && row.state !== "listening" ? `${state} (${row.note})` : state;
}

function summary(report: StatusReport): string {
  const declared = new Set(report.ports.filter((r) => r.state === "listening" || r.state === "not-listening").map((r) => `${r.service} ${r.port}/${r.protocol}`));
  const listening = new Set(report.ports.filter((r) => r.state === "listening").map((r) => `${r.service} ${r.port}/${r.protocol}`));
  const flags = report.flags.length;
  return `${declared.size} declared port${declared.size === 1 ? "" : "s"}, ${listening.size} listening; ${
    flags === 0 ? "nothing flagged" : `${flags} flag${flags === 1 ? "" : "s"}`
  }`;
}

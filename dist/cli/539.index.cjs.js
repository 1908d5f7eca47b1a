"use strict";
exports.id = 539;
exports.ids = [539];
exports.modules = {

/***/ 6539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createStatusCommand: () => (/* binding */ createStatusCommand),
  formatStatusJson: () => (/* binding */ formatStatusJson),
  formatStatusTable: () => (/* binding */ formatStatusTable),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
// EXTERNAL MODULE: ./lib/runtime/command-context.js
var command_context = __webpack_require__(6119);
// EXTERNAL MODULE: ./lib/runtime/socket-table.js + 4 modules
var socket_table = __webpack_require__(1296);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/runtime/access.js
var access = __webpack_require__(3468);
// EXTERNAL MODULE: ./lib/engine/order.js
var order = __webpack_require__(3138);
;// CONCATENATED MODULE: ./lib/runtime/status.js
// `status` as data: the declared ports against the host's listeners. Pure: the socket table is
// read elsewhere and passed in, so every verdict is tested without touching the host.



/**
 * Every declared port (listening or not), every listener in a service's fallback range, on a
 * reserved port or inside a declared range, with flags for: a holder that is not the service's
 * declared `process`, a listener on all interfaces or on an address its `access` forbids, and a
 * listener inside a range that no service declares. Other listeners are not this registry's business.
 */
function assessStatus(registry, listeners) {
    const rows = [];
    const flags = [];
    let hiddenOwners = 0;
    const declared = new Set(registry.services.map((s) => key(s.port, s.protocol)));
    const addListenerRow = (listener, state, service, note) => {
        const row = listenerRow(listener, state, service, note);
        rows.push(row);
        if (listener.processes.length === 0)
            hiddenOwners++;
        const raise = (id, message) => {
            row.flags.push(id);
            const first = listener.processes[0];
            flags.push({
                id,
                port: listener.port,
                protocol: listener.protocol,
                ...(service ? { service: service.name } : {}),
                address: listener.address,
                ...(first ? { pid: first.pid } : {}),
                message,
            });
        };
        if (service) {
            const verdict = (0,access/* checkAccess */.x8)(service.access, listener.address);
            if (!verdict.ok)
                raise(verdict.flag, `${service.name}: ${verdict.message}`);
            if (service.process && listener.processes.length > 0 && !listener.processes.some((p) => processMatches(service.process, p))) {
                const holder = listener.processes[0];
                raise("wrong-process", `${service.name}: held by PID ${holder.pid} (${describeProcess(holder)}), but ports.yaml expects process "${service.process}"`);
            }
        }
        else if (state === "undeclared") {
            raise("undeclared", `listener inside ${note} that no service declares`);
        }
    };
    for (const service of registry.services) {
        if (service.protocol === "sctp") {
            rows.push({ port: service.port, protocol: "sctp", service: service.name, pids: [], state: "unchecked", note: "sctp sockets are not read", flags: [] });
            continue;
        }
        const held = listeners.filter((l) => l.port === service.port && l.protocol === service.protocol);
        if (held.length === 0) {
            rows.push({
                port: service.port,
                protocol: service.protocol,
                service: service.name,
                pids: [],
                state: "not-listening",
                ...(service.optional ? { note: "optional" } : {}),
                flags: [],
            });
        }
        for (const listener of held)
            addListenerRow(listener, "listening", service);
    }
    for (const listener of listeners) {
        if (declared.has(key(listener.port, listener.protocol)))
            continue;
        const fallbackOf = registry.services.find((s) => s.protocol === listener.protocol && s.fallback && listener.port >= s.fallback[0] && listener.port <= s.fallback[1]);
        if (fallbackOf) {
            addListenerRow(listener, "fallback", fallbackOf, `fallback ${fallbackOf.fallback[0]}–${fallbackOf.fallback[1]}`);
            continue;
        }
        const reservation = registry.reserved.find((r) => listener.port >= r.from && listener.port <= r.to);
        if (reservation) {
            addListenerRow(listener, "reserved", undefined, reservation.reason ?? "reserved");
            continue;
        }
        const range = declaredRanges(registry).find((r) => listener.port >= r.from && listener.port <= r.to);
        if (range)
            addListenerRow(listener, "undeclared", undefined, range.label);
    }
    rows.sort((a, b) => a.port - b.port || (0,order/* compareText */.n)(a.protocol, b.protocol) || compareAddresses(a.address ?? "", b.address ?? ""));
    flags.sort((a, b) => a.port - b.port || (0,order/* compareText */.n)(a.protocol, b.protocol) || compareAddresses(a.address, b.address) || (0,order/* compareText */.n)(a.id, b.id));
    return { ports: rows, flags, hiddenOwners };
}
/** IPv4 before IPv6, then by text. */
function compareAddresses(a, b) {
    return Number(a.includes(":")) - Number(b.includes(":")) || (0,order/* compareText */.n)(a, b);
}
function key(port, protocol) {
    return `${port}/${protocol}`;
}
/** Named ranges, then inline service ranges, each once. */
function declaredRanges(registry) {
    const ranges = [];
    for (const range of registry.ranges.values())
        ranges.push({ from: range.from, to: range.to, label: `range ${range.name} (${range.from}–${range.to})` });
    for (const service of registry.services) {
        const range = service.range;
        if (range && !range.name)
            ranges.push({ from: range.from, to: range.to, label: `the range of ${service.name} (${range.from}–${range.to})` });
    }
    return ranges;
}
function listenerRow(listener, state, service, note) {
    const first = listener.processes[0];
    const command = first && first.cmdline.length > 0 ? first.cmdline.join(" ") : undefined;
    return {
        port: listener.port,
        protocol: listener.protocol,
        ...(service ? { service: service.name } : {}),
        address: listener.address,
        pids: listener.processes.map((p) => p.pid),
        ...(first ? { process: first.name } : {}),
        ...(command ? { command } : {}),
        ...(first?.user !== undefined ? { user: first.user } : first?.uid !== undefined ? { user: String(first.uid) } : {}),
        state,
        ...(note ? { note } : {}),
        flags: [],
    };
}
const MAX_COMMAND = 100;
function describeProcess(p) {
    let command = p.cmdline.join(" ");
    if (command.length > MAX_COMMAND)
        command = `${command.slice(0, MAX_COMMAND - 1)}…`;
    return command && command !== p.name ? `${p.name}: ${command}` : p.name;
}
/**
 * Does `process` look like the expected program? Its name (`comm`, cut to 15 characters by Linux),
 * the file name of its executable, or the file name of any argument: `python -m uvicorn app` and
 * `node …/.bin/vite` are uvicorn and vite. Generous on purpose: a wrong-process flag must be right.
 */
function processMatches(expected, process) {
    const want = expected.toLowerCase();
    const name = process.name.toLowerCase();
    if (name === want || (name.length === 15 && want.startsWith(name)))
        return true;
    for (const arg of process.cmdline) {
        for (const word of arg.split(/\s+/)) {
            const base = external_node_path_.basename(word.replace(/:$/, "")).toLowerCase();
            if (base === want || base.replace(/\.(exe|js|mjs|cjs|py)$/, "") === want)
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./lib/runtime/types.js
var types = __webpack_require__(9641);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
;// CONCATENATED MODULE: ./lib/cli/status.js
// `portcullis status`: which declared ports are listening now, on which address, held by which
// process, and what is against the policy. Read-only.






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
function createStatusCommand(deps = {}) {
    const load = deps.loadRegistry ?? command_context/* loadProjectRegistry */.h;
    const readListeners = deps.readListeners ?? (async () => (await (0,socket_table/* readSocketTable */.q)()).listeners);
    return async (args, io) => {
        const { values, positionals } = (0,command_context/* parseCommandArgs */.Q)(args, {
            json: { type: "boolean", default: false },
            config: { type: "string" },
            "allow-outside": { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        });
        if (values.help) {
            io.stdout(HELP);
            return 0;
        }
        if (positionals.length > 0)
            throw new cli_io/* UsageError */.e(`status takes no arguments, got "${positionals[0]}"`);
        let registry;
        let listeners;
        try {
            registry = await load(io, { ...(values.config !== undefined ? { config: values.config } : {}), allowOutside: values["allow-outside"] });
            listeners = await readListeners();
        }
        catch (error) {
            if (error instanceof model/* ConfigError */.x) {
                io.stderr(`portcullis: ${error.format()}\n`);
                return 2;
            }
            if (error instanceof types/* SocketTableUnavailable */.O) {
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
const run = createStatusCommand();
function formatStatusJson(report) {
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
function formatStatusTable(report) {
    if (report.ports.length === 0)
        return "No ports declared, and nothing listens inside a declared range.\n";
    const cells = report.ports.map((row) => [
        String(row.port),
        row.protocol,
        row.service ?? "-",
        row.address ?? "-",
        pidCell(row),
        row.process ?? (row.address ? "?" : "-"),
        stateCell(row),
    ]);
    const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    const line = (values) => values
        .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
    const out = [line(HEADERS), ...cells.map(line)];
    if (report.flags.length > 0) {
        out.push("");
        for (const flag of report.flags)
            out.push(`${flag.id}: ${flag.port}/${flag.protocol} ${flag.message}`);
    }
    out.push("", summary(report));
    return `${out.join("\n")}\n`;
}
function pidCell(row) {
    if (!row.address)
        return "-";
    if (row.pids.length === 0)
        return "?";
    return row.pids.length === 1 ? String(row.pids[0]) : `${row.pids[0]}+${row.pids.length - 1}`;
}
function stateCell(row) {
    if (row.flags.length > 0)
        return `FLAG ${row.flags.join(",")}`;
    const state = row.state.replace("-", " ");
    return row.note && row.state !== "listening" ? `${state} (${row.note})` : state;
}
function summary(report) {
    const declared = new Set(report.ports.filter((r) => r.state === "listening" || r.state === "not-listening").map((r) => `${r.service} ${r.port}/${r.protocol}`));
    const listening = new Set(report.ports.filter((r) => r.state === "listening").map((r) => `${r.service} ${r.port}/${r.protocol}`));
    const flags = report.flags.length;
    return `${declared.size} declared port${declared.size === 1 ? "" : "s"}, ${listening.size} listening; ${flags === 0 ? "nothing flagged" : `${flags} flag${flags === 1 ? "" : "s"}`}`;
}


/***/ }),

/***/ 5337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ classifyHost),
/* harmony export */   vq: () => (/* binding */ hostsOverlap)
/* harmony export */ });
/* unused harmony export stripBrackets */
// What a bind address means: all interfaces, loopback, a private network, or something else.
function stripBrackets(host) {
    return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
function classifyHost(rawHost) {
    const host = stripBrackets(rawHost.trim()).toLowerCase();
    if (host === "" || host === "0.0.0.0" || host === "::" || host === "*" || host === "0:0:0:0:0:0:0:0")
        return "all";
    if (host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)) {
        return "loopback";
    }
    const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
    if (v4) {
        const a = Number(v4[1]);
        const b = Number(v4[2]);
        if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) {
            return "private";
        }
        return "other";
    }
    if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host))
        return "private";
    return "other";
}
/** Two bind addresses can collide: equal, or either is all interfaces. */
function hostsOverlap(a, b) {
    const ca = classifyHost(a);
    const cb = classifyHost(b);
    if (ca === "all" || cb === "all")
        return true;
    return stripBrackets(a).toLowerCase() === stripBrackets(b).toLowerCase();
}


/***/ }),

/***/ 3468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ probeAddress),
/* harmony export */   x8: () => (/* binding */ checkAccess)
/* harmony export */ });
/* unused harmony export classifyBoundAddress */
/* harmony import */ var _engine_hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5337);
// What a service's `access` allows at runtime: which bound addresses are within policy, and which
// address `get --free` must bind to test a port the way the service will use it.

/** Classifies a bound address; an IPv4-mapped IPv6 address counts as its IPv4 address. */
function classifyBoundAddress(address) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return (0,_engine_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyHost */ .R)(mapped ? mapped[1] : address);
}
/**
 * `public`: any address. `private`: loopback or a private network. `localhost`: loopback only.
 * `internal`: no host listener at all (container network only). All interfaces is its own flag:
 * it is the incident this check exists for.
 */
function checkAccess(access, address) {
    const kind = classifyBoundAddress(address);
    if (access === "public")
        return { ok: true };
    if (kind === "all") {
        return { ok: false, flag: "all-interfaces", message: `listening on all interfaces (${address}) but access is ${access}` };
    }
    if (access === "internal") {
        return { ok: false, flag: "outside-access", message: `listening on the host (${address}) but access is internal (container network only)` };
    }
    if (kind === "loopback")
        return { ok: true };
    if (access === "private" && kind === "private")
        return { ok: true };
    const what = kind === "private" ? "a private-network address" : "a non-private address";
    return { ok: false, flag: "outside-access", message: `listening on ${what} (${address}) but access is ${access}` };
}
/** The address `get --free` binds to test a port: loopback for localhost/internal, all interfaces otherwise. */
function probeAddress(access) {
    return access === "localhost" || access === "internal" ? "127.0.0.1" : "0.0.0.0";
}


/***/ })

};
;
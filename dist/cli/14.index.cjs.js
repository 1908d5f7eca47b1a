"use strict";
exports.id = 14;
exports.ids = [14];
exports.modules = {

/***/ 8014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGetCommand: () => (/* binding */ createGetCommand),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
// EXTERNAL MODULE: ./lib/runtime/access.js
var access = __webpack_require__(3468);
// EXTERNAL MODULE: ./lib/runtime/command-context.js
var command_context = __webpack_require__(6119);
// EXTERNAL MODULE: ./lib/runtime/free.js
var free = __webpack_require__(3404);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/runtime/probe.js
// Is a port free? Asked the only way that cannot be wrong about this host: by binding it, on the
// address and protocol the service will use, and letting it go at once.


/** undefined when `host:port` can be bound now; else the error code (`EADDRINUSE`, `EACCES`, …). */
function tryBind(port, protocol, host) {
    return protocol === "tcp" ? tryBindTcp(port, host) : tryBindUdp(port, host);
}
function tryBindTcp(port, host) {
    return new Promise((resolve) => {
        const server = external_node_net_.createServer();
        server.unref();
        server.once("error", (error) => resolve(error.code ?? error.message));
        server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
    });
}
function tryBindUdp(port, host) {
    return new Promise((resolve) => {
        const socket = external_node_dgram_.createSocket({ type: host.includes(":") ? "udp6" : "udp4", reuseAddr: false });
        socket.unref();
        socket.once("error", (error) => {
            socket.close();
            resolve(error.code ?? error.message);
        });
        socket.bind({ port, address: host, exclusive: true }, () => socket.close(() => resolve(undefined)));
    });
}
/**
 * The first of `candidates` that binds on `host` and that no listener in `listening` holds (a
 * socket on another address of the same port, `::1` say, would still clash with clients that
 * dial `localhost`). `skip` names ports that must not be picked even when free, with the reason.
 */
async function firstFreePort(candidates, protocol, host, options = {}) {
    const checked = [];
    for (const port of candidates) {
        const skipped = options.skip?.get(port);
        if (skipped) {
            checked.push({ port, taken: skipped });
            continue;
        }
        if (options.listening?.has(port)) {
            checked.push({ port, taken: "in use" });
            continue;
        }
        const error = await tryBind(port, protocol, host);
        checked.push(error ? { port, taken: error === "EADDRINUSE" ? "in use" : error } : { port });
        if (!error)
            return { port, checked };
    }
    return { checked };
}

// EXTERNAL MODULE: ./lib/runtime/resolve.js
var resolve = __webpack_require__(4948);
// EXTERNAL MODULE: ./lib/runtime/socket-table.js + 4 modules
var socket_table = __webpack_require__(1296);
// EXTERNAL MODULE: ./lib/runtime/types.js
var types = __webpack_require__(9641);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
;// CONCATENATED MODULE: ./lib/cli/get.js
// `portcullis get <service>`: the port a start script should use (env override, declared port, or
// with --free the first free port of its fallback range), printed alone for `$(…)`.









const HELP = `Usage: portcullis get <service> [options]

Prints the port a service should use: the value of its env variable when set (checked against
1–65535 and the service's range), else its declared port.

  uvicorn app --port "$(portcullis get api)"

Options:
  --free           when something already listens on that port, print the first free port of the
                   service's fallback range (or of its range) instead; exit 1 when none is free
  --json           print { service, port, source, envVar, reason }
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help

Exit codes: 0 printed a port, 1 no free port, 2 usage, configuration or env variable error.
`;
function createGetCommand(deps = {}) {
    const load = deps.loadRegistry ?? command_context/* loadProjectRegistry */.h;
    const readListeners = deps.readListeners ?? readListenersIfAvailable;
    return async (args, io) => {
        const { values, positionals } = (0,command_context/* parseCommandArgs */.Q)(args, {
            free: { type: "boolean", default: false },
            json: { type: "boolean", default: false },
            config: { type: "string" },
            "allow-outside": { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        });
        if (values.help) {
            io.stdout(HELP);
            return 0;
        }
        if (positionals.length !== 1)
            throw new cli_io/* UsageError */.e(`get expects exactly one service name, got ${positionals.length}`);
        const name = positionals[0];
        let registry;
        try {
            registry = await load(io, { ...(values.config !== undefined ? { config: values.config } : {}), allowOutside: values["allow-outside"] });
        }
        catch (error) {
            if (error instanceof model/* ConfigError */.x) {
                io.stderr(`portcullis: ${error.format()}\n`);
                return 2;
            }
            throw error;
        }
        const service = (0,resolve/* findService */.Ln)(registry, name);
        if (!service) {
            io.stderr(`portcullis: ${(0,resolve/* unknownServiceMessage */.ll)(registry, name)}\n`);
            return 2;
        }
        let resolution;
        try {
            resolution = (0,resolve/* resolveServicePort */.PV)(service, io.env);
        }
        catch (error) {
            if (error instanceof resolve/* EnvPortError */.Fv) {
                io.stderr(`portcullis: ${error.message}\n`);
                return 2;
            }
            throw error;
        }
        if (values.free) {
            const picked = await pickFreePort(registry, service, resolution, await readListeners());
            if ("error" in picked) {
                io.stderr(`portcullis: ${picked.error}\n`);
                return 1;
            }
            if (picked.source === "fallback" && !values.json)
                io.stderr(`portcullis: ${service.name}: ${picked.reason}\n`);
            resolution = picked;
        }
        if (values.json) {
            const { port, source, envVar, reason } = resolution;
            io.stdout(`${JSON.stringify({ service: service.name, port, source, ...(envVar !== undefined ? { envVar } : {}), reason }, null, 2)}\n`);
        }
        else {
            io.stdout(`${resolution.port}\n`);
        }
        return 0;
    };
}
const run = createGetCommand();
async function readListenersIfAvailable() {
    try {
        return (await (0,socket_table/* readSocketTable */.q)()).listeners;
    }
    catch (error) {
        if (error instanceof types/* SocketTableUnavailable */.O)
            return undefined;
        throw error;
    }
}
/**
 * The resolved port when nothing listens on it and it binds on the service's address; else the
 * first such port of the fallback range (or the service's range), never one another service
 * declares or a reservation holds. An immutable service never moves.
 */
async function pickFreePort(registry, service, resolution, listeners) {
    const protocol = service.protocol;
    if (protocol === "sctp")
        return { error: `${service.name}: cannot test sctp ports; --free supports tcp and udp` };
    const host = (0,access/* probeAddress */.n)(service.access);
    const mine = (listeners ?? []).filter((l) => l.protocol === protocol);
    const listening = new Set(mine.map((l) => l.port));
    const holder = mine.find((l) => l.port === resolution.port);
    const bindError = holder ? undefined : await tryBind(resolution.port, protocol, host);
    if (!holder && !bindError)
        return { ...resolution, reason: `${resolution.reason}; free on ${host}` };
    const busy = holder
        ? `port ${resolution.port}/${protocol} is in use (${holder.processes[0] ? (0,free/* describeHolder */.sG)(holder.processes[0]) : `on ${holder.address}`})`
        : `port ${resolution.port}/${protocol} cannot be bound on ${host} (${bindError})`;
    if (service.immutable)
        return { error: `${service.name}: ${busy}, and the service is immutable: it never moves to another port` };
    const pool = service.fallback
        ? { from: service.fallback[0], to: service.fallback[1], label: `fallback ${service.fallback[0]}–${service.fallback[1]}` }
        : service.range
            ? { from: service.range.from, to: service.range.to, label: `range ${service.range.name ? `${service.range.name} ` : ""}${service.range.from}–${service.range.to}` }
            : undefined;
    if (!pool)
        return { error: `${service.name}: ${busy}, and the service declares no fallback or range to pick from` };
    const skip = new Map([[resolution.port, "in use"]]);
    for (const other of registry.services) {
        if (other !== service && other.protocol === protocol && !skip.has(other.port))
            skip.set(other.port, `declared by ${other.name}`);
    }
    for (const reservation of registry.reserved) {
        for (let port = Math.max(reservation.from, pool.from); port <= Math.min(reservation.to, pool.to); port++) {
            if (!skip.has(port))
                skip.set(port, `reserved${reservation.reason ? ` (${reservation.reason})` : ""}`);
        }
    }
    const { port } = await firstFreePort(ports(pool.from, pool.to), protocol, host, { listening, skip });
    if (port === undefined)
        return { error: `${service.name}: ${busy}, and no port of ${pool.label} is free on ${host}` };
    return {
        port,
        source: "fallback",
        ...(resolution.envVar !== undefined ? { envVar: resolution.envVar } : {}),
        reason: `${busy}; using ${port}, the first free port of ${pool.label}`,
    };
}
function* ports(from, to) {
    for (let port = from; port <= to; port++)
        yield port;
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


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kk: () => (/* binding */ freeExitCode),
/* harmony export */   ov: () => (/* binding */ freePort),
/* harmony export */   pz: () => (/* binding */ hostFreeDeps),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
/* unused harmony export protectionReason */
/* harmony import */ var _proc_process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9390);
/* harmony import */ var _socket_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1296);
// Freeing a port: find its listeners, refuse protected or foreign processes, SIGTERM, wait, SIGKILL
// what remains, verify. The host is reached only through FreeDeps, so refusals are testable safely.


/** Exit status of `portcullis free` for an outcome. */
function freeExitCode(outcome) {
    return outcome === "refused" || outcome === "failed" ? 1 : 0;
}
/** Names of processes never signalled: init, the service manager, remote login, the message bus, the journal. */
const PROTECTED_NAMES = new Set(["init", "systemd", "sshd", "dbus-daemon", "dbus-broker", "journald", "systemd-journald", "launchd"]);
/** Why `process` must not be signalled, or undefined when it may be. */
function protectionReason(process, context) {
    if (process.pid <= 2)
        return `PID ${process.pid} is init or the kernel's thread parent`;
    if (process.pid === context.selfPid)
        return "it is this portcullis process";
    const name = process.name;
    if (PROTECTED_NAMES.has(name) || name.startsWith("systemd-") || name.startsWith("sshd-")) {
        return `${name} is a protected system process`;
    }
    if (context.uid !== undefined && context.uid !== 0) {
        if (process.uid === undefined)
            return "its owner cannot be read; run as root to stop it";
        if (process.uid !== context.uid)
            return `it belongs to user ${process.user ?? process.uid}; run as root to stop other users' processes`;
    }
    return undefined;
}
function describeHolder(process) {
    const user = process.user ?? (process.uid !== undefined ? String(process.uid) : undefined);
    const command = process.cmdline.length > 0 ? `: ${process.cmdline.join(" ")}` : "";
    return `PID ${process.pid} (${process.name || "?"}${user !== undefined ? `, user ${user}` : ""})${command}`;
}
const POLL_MS = 100;
/** After SIGKILL the kernel tears a process down promptly; this only bounds a stuck (D-state) one. */
const KILL_WAIT_MS = 3000;
/** A listener can outlive its process by a moment while the kernel closes its files. */
const VERIFY_WAIT_MS = 2000;
async function freePort(options, deps) {
    const { port, protocol, log } = options;
    const where = `port ${port}/${protocol}`;
    const held = (await deps.readListeners()).filter((l) => l.port === port && l.protocol === protocol);
    if (held.length === 0) {
        log(`${where} is already free`);
        return "already-free";
    }
    const processes = new Map();
    let hidden = false;
    for (const listener of held) {
        if (listener.processes.length === 0) {
            log(`${where} is held on ${listener.address} by a process this user cannot see; run as root`, true);
            hidden = true;
        }
        for (const p of listener.processes) {
            if (!processes.has(p.pid))
                log(`${where} is held on ${listener.address} by ${describeHolder(p)}`);
            processes.set(p.pid, p);
        }
    }
    if (hidden)
        return "refused";
    let refused = false;
    for (const p of processes.values()) {
        const reason = protectionReason(p, deps);
        if (reason) {
            log(`refusing to stop PID ${p.pid}: ${reason}`, true);
            refused = true;
        }
    }
    if (refused) {
        log(`nothing was stopped; ${where} is still in use`, true);
        return "refused";
    }
    const pids = [...processes.keys()];
    const seconds = options.timeoutMs / 1000;
    if (options.dryRun) {
        log(`dry run: would send SIGTERM to PID ${pids.join(", ")}, wait up to ${seconds}s, then SIGKILL whatever remains`);
        log("dry run: nothing was stopped");
        return "dry-run";
    }
    let alive = await signalAll(pids, "SIGTERM", processes, deps, log);
    alive = await waitForExit(alive, options.timeoutMs, deps);
    if (alive.length > 0) {
        log(`PID ${alive.join(", ")} still running after ${seconds}s; sending SIGKILL`);
        alive = await signalAll(alive, "SIGKILL", processes, deps, log);
        alive = await waitForExit(alive, KILL_WAIT_MS, deps);
        if (alive.length > 0)
            log(`PID ${alive.join(", ")} survived SIGKILL`, true);
    }
    else {
        log(`PID ${pids.join(", ")} exited after SIGTERM`);
    }
    for (let waited = 0;; waited += POLL_MS) {
        const still = (await deps.readListeners()).filter((l) => l.port === port && l.protocol === protocol);
        if (still.length === 0) {
            log(`${where} is free`);
            return "freed";
        }
        if (waited >= VERIFY_WAIT_MS) {
            for (const listener of still) {
                const holders = listener.processes.map(describeHolder).join("; ") || "a process this user cannot see";
                log(`${where} is still held on ${listener.address} by ${holders}`, true);
            }
            if (still.some((l) => l.processes.some((p) => !processes.has(p.pid))))
                log("a new process took the port (restarted by a supervisor?)", true);
            return "failed";
        }
        await deps.sleep(POLL_MS);
    }
}
/** Sends `signal` to each PID still being the inspected process; returns the PIDs that may still run. */
async function signalAll(pids, signal, inspected, deps, log) {
    const pending = [];
    for (const pid of pids) {
        const before = inspected.get(pid)?.startTime;
        if (before !== undefined && (await deps.startTime(pid)) !== before)
            continue; // exited; the PID may be someone else's now
        try {
            deps.signal(pid, signal);
            log(`sent ${signal} to PID ${pid}`);
            pending.push(pid);
        }
        catch (error) {
            const code = error.code;
            if (code === "ESRCH")
                continue;
            log(`cannot send ${signal} to PID ${pid}: ${code === "EPERM" ? "permission denied" : error.message}`, true);
            pending.push(pid);
        }
    }
    return pending;
}
async function waitForExit(pids, timeoutMs, deps) {
    let alive = pids;
    for (let waited = 0; alive.length > 0; waited += POLL_MS) {
        const states = await Promise.all(alive.map((pid) => deps.processState(pid)));
        alive = alive.filter((_, i) => states[i] === "alive");
        if (alive.length === 0 || waited >= timeoutMs)
            break;
        await deps.sleep(POLL_MS);
    }
    return alive;
}
/** The real host: the socket table, process.kill, /proc (or kill -0 where there is no /proc). */
function hostFreeDeps() {
    return {
        readListeners: async () => (await (0,_socket_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readSocketTable */ .q)()).listeners,
        signal: (pid, signal) => {
            process.kill(pid, signal);
        },
        processState: async (pid) => {
            if (process.platform === "linux")
                return (0,_proc_process_js__WEBPACK_IMPORTED_MODULE_0__/* .readProcState */ ["in"])(pid);
            try {
                process.kill(pid, 0);
                return "alive";
            }
            catch (error) {
                return error.code === "EPERM" ? "alive" : "gone";
            }
        },
        startTime: (pid) => (0,_proc_process_js__WEBPACK_IMPORTED_MODULE_0__/* .readStartTime */ .ME)(pid),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        uid: typeof process.getuid === "function" ? process.getuid() : undefined,
        selfPid: process.pid,
    };
}


/***/ }),

/***/ 4948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ EnvPortError),
/* harmony export */   Ln: () => (/* binding */ findService),
/* harmony export */   PV: () => (/* binding */ resolveServicePort),
/* harmony export */   ll: () => (/* binding */ unknownServiceMessage)
/* harmony export */ });
/* unused harmony exports closeServiceNames, describeRange */
/* harmony import */ var _registry_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(645);
// A service's port at run time: the value of its env variable when set (validated against
// 1–65535 and the service's range), else the declared port. Shared by `get`, `free` and `status`.

/** The env variable holds something a start script must not be given; exit 2. */
class EnvPortError extends Error {
    name = "EnvPortError";
}
/** A service by name, else by alias (compose service names and other identifiers for it). */
function findService(registry, name) {
    return registry.services.find((s) => s.name === name) ?? registry.services.find((s) => s.aliases.includes(name));
}
/**
 * Up to `max` service names close to `word`: by edit distance, then names containing it or
 * contained in it (`api` for `api-server`), so a typo gets a useful list.
 */
function closeServiceNames(registry, word, max = 3) {
    const names = registry.services.map((s) => s.name);
    const found = [];
    const remaining = new Set([...names, ...registry.services.flatMap((s) => s.aliases)]);
    while (found.length < max) {
        const match = (0,_registry_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(word, remaining);
        if (match === undefined)
            break;
        remaining.delete(match);
        const owner = findService(registry, match).name;
        if (!found.includes(owner))
            found.push(owner);
    }
    const lower = word.toLowerCase();
    for (const name of names) {
        if (found.length >= max)
            break;
        const candidate = name.toLowerCase();
        if (!found.includes(name) && lower.length >= 2 && (candidate.includes(lower) || lower.includes(candidate)))
            found.push(name);
    }
    return found;
}
/** The message for an unknown service: close names, or every name when none is close. */
function unknownServiceMessage(registry, name) {
    const close = closeServiceNames(registry, name);
    if (close.length > 0)
        return `unknown service "${name}" (did you mean ${close.map((n) => `"${n}"`).join(", ")}?)`;
    const all = registry.services.map((s) => s.name);
    if (all.length === 0)
        return `unknown service "${name}": ${registry.file} declares no services`;
    const shown = all.slice(0, 10).join(", ");
    return `unknown service "${name}" (declared: ${shown}${all.length > 10 ? `, … ${all.length - 10} more` : ""})`;
}
function describeRange(service) {
    const range = service.range;
    if (!range)
        return undefined;
    return `${range.name ? `${range.name} ` : ""}(${range.from}–${range.to})`;
}
/**
 * The env variable's value when set and non-empty, else the declared port. Throws EnvPortError
 * naming the variable and its value when the value is not an integer 1–65535 or lies outside the
 * service's range: a start script must not silently run on a port the policy forbids.
 */
function resolveServicePort(service, env) {
    const envVar = service.env;
    const raw = envVar ? env[envVar] : undefined;
    const base = envVar ? { envVar } : {};
    if (envVar === undefined || raw === undefined || raw.trim() === "") {
        return { port: service.port, source: "declared", ...base, reason: `declared port of ${service.name} in ${service.source}` };
    }
    const text = raw.trim();
    const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
    if (!(port >= 1 && port <= 65535)) {
        throw new EnvPortError(`${envVar}=${JSON.stringify(raw)} is not a port number (expected an integer 1–65535) for service "${service.name}"`);
    }
    const range = service.range;
    if (range && (port < range.from || port > range.to)) {
        throw new EnvPortError(`${envVar}=${text} is outside the range ${describeRange(service)} of service "${service.name}"`);
    }
    return { port, source: "env", envVar, reason: `${envVar} is set to ${port}` };
}


/***/ })

};
;
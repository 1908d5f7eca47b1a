"use strict";
exports.id = 158;
exports.ids = [158];
exports.modules = {

/***/ 5158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFreeCommand: () => (/* binding */ createFreeCommand),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _registry_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3062);
/* harmony import */ var _runtime_command_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6119);
/* harmony import */ var _runtime_free_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3404);
/* harmony import */ var _runtime_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4948);
/* harmony import */ var _runtime_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9641);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8908);
// `portcullis free <service|port>`: stop whatever listens on a port (SIGTERM, wait, SIGKILL), never
// a protected process or another user's; every line is prefixed `[portcullis:<port>]` for journals.






const HELP = `Usage: portcullis free <service|port[/tcp|/udp]> [options]

Stops whatever listens on the port: SIGTERM, then up to --timeout seconds of waiting, then SIGKILL,
then checks the port is free. A service means its resolved port (env variable, else declared).
Never stops PID 1 or 2, init, systemd and systemd-*, sshd, dbus-daemon, journald, this process,
or (unless run as root) another user's process.

Options:
  --dry-run        say what would be stopped; stop nothing
  --timeout S      seconds to wait after SIGTERM before SIGKILL (default 5)
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help

Exit codes: 0 freed (or already free), 1 could not free or refused, 2 usage or configuration error.
`;
function createFreeCommand(deps = {}) {
    const load = deps.loadRegistry ?? _runtime_command_context_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectRegistry */ .h;
    return async (args, io) => {
        const { values, positionals } = (0,_runtime_command_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Q)(args, {
            "dry-run": { type: "boolean", default: false },
            timeout: { type: "string", default: "5" },
            config: { type: "string" },
            "allow-outside": { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        });
        if (values.help) {
            io.stdout(HELP);
            return 0;
        }
        if (positionals.length !== 1)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`free expects one service name or port, got ${positionals.length}`);
        const target = positionals[0];
        const timeout = values.timeout;
        if (!/^\d+(\.\d+)?$/.test(timeout))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--timeout expects a number of seconds, got "${timeout}"`);
        const resolved = await resolveTarget(target, io, load, { config: values.config, allowOutside: values["allow-outside"] });
        if ("exitCode" in resolved)
            return resolved.exitCode;
        const { port, protocol } = resolved;
        const say = (line, problem = false) => (problem ? io.stderr : io.stdout)(`[portcullis:${port}] ${line}\n`);
        if (resolved.note)
            say(resolved.note);
        try {
            const outcome = await (0,_runtime_free_js__WEBPACK_IMPORTED_MODULE_2__/* .freePort */ .ov)({ port, protocol, timeoutMs: Number(timeout) * 1000, dryRun: values["dry-run"], log: say }, deps.host ?? (0,_runtime_free_js__WEBPACK_IMPORTED_MODULE_2__/* .hostFreeDeps */ .pz)());
            return (0,_runtime_free_js__WEBPACK_IMPORTED_MODULE_2__/* .freeExitCode */ .kk)(outcome);
        }
        catch (error) {
            if (error instanceof _runtime_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SocketTableUnavailable */ .O) {
                say(error.message, true);
                return 2;
            }
            throw error;
        }
    };
}
const run = createFreeCommand();
/** `8000`, `8000/udp`, or a service name (its resolved port and protocol; needs the registry). */
async function resolveTarget(target, io, load, options) {
    const numeric = /^(\d+)(?:\/(tcp|udp))?$/i.exec(target);
    if (numeric) {
        const port = Number(numeric[1]);
        if (port < 1 || port > 65535)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`port must be 1–65535, got ${numeric[1]}`);
        return { port, protocol: numeric[2]?.toLowerCase() ?? "tcp" };
    }
    const say = (line) => io.stderr(`[portcullis:${target}] ${line}\n`);
    let registry;
    try {
        registry = await load(io, { ...(options.config !== undefined ? { config: options.config } : {}), allowOutside: options.allowOutside });
    }
    catch (error) {
        if (error instanceof _registry_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x) {
            for (const line of error.format().split("\n"))
                say(line);
            return { exitCode: 2 };
        }
        throw error;
    }
    const service = (0,_runtime_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .findService */ .Ln)(registry, target);
    if (!service) {
        say((0,_runtime_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownServiceMessage */ .ll)(registry, target));
        return { exitCode: 2 };
    }
    if (service.protocol === "sctp") {
        say(`${service.name} uses sctp; free handles tcp and udp`);
        return { exitCode: 2 };
    }
    try {
        const resolution = (0,_runtime_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveServicePort */ .PV)(service, io.env);
        return { port: resolution.port, protocol: service.protocol, note: `${service.name}: ${resolution.reason}` };
    }
    catch (error) {
        if (error instanceof _runtime_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .EnvPortError */ .Fv) {
            say(error.message);
            return { exitCode: 2 };
        }
        throw error;
    }
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
"use strict";
exports.id = 722;
exports.ids = [722];
exports.modules = {

/***/ 6119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   h: () => (/* binding */ loadProjectRegistry)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8908);
/* harmony import */ var _cli_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5283);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9395);
// What the runtime commands (get, status, free) share at their edge: strict argument parsing that
// fails as a UsageError, and finding and loading the registry (injectable for tests).




const loadProjectRegistry = async (io, options) => {
    const project = (0,_cli_project_js__WEBPACK_IMPORTED_MODULE_1__/* .locateProject */ .m)(io.cwd, options.config !== undefined ? { config: options.config } : {});
    return (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRegistry */ .Ag)(project.config, { root: project.root, allowOutside: options.allowOutside });
};
/** node:util parseArgs, strict, positionals allowed; unknown flags and bad values become UsageError. */
function parseCommandArgs(args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(error.message);
    }
}


/***/ }),

/***/ 9390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ readProcProcess),
/* harmony export */   M2: () => (/* binding */ readUserNames),
/* harmony export */   ME: () => (/* binding */ readStartTime),
/* harmony export */   "in": () => (/* binding */ readProcState),
/* harmony export */   jU: () => (/* binding */ findSocketOwners)
/* harmony export */ });
/* unused harmony exports parseSocketLink, parseStatusUid, parseCmdline, parseStat, parsePasswd */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// Processes on Linux, read from /proc: which PIDs hold a socket inode (their fd symlinks read
// `socket:[inode]`), and each one's name, command line, owner and start time.


/** `socket:[39253]` → 39253; anything else (files, pipes, `anon_inode:…`) → undefined. */
function parseSocketLink(link) {
    const match = /^socket:\[(\d+)\]$/.exec(link);
    return match ? Number(match[1]) : undefined;
}
/** The real uid from `/proc/<pid>/status` (`Uid:\treal\teffective\tsaved\tfs`). */
function parseStatusUid(text) {
    const match = /^Uid:\s+(\d+)/m.exec(text);
    return match ? Number(match[1]) : undefined;
}
/** `/proc/<pid>/cmdline`: NUL-separated arguments, usually NUL-terminated. */
function parseCmdline(content) {
    const text = typeof content === "string" ? content : content.toString("utf8");
    const args = text.split("\0");
    if (args.at(-1) === "")
        args.pop();
    return args;
}
/**
 * `/proc/<pid>/stat` → state letter and start time (field 22). The name in parentheses may itself
 * hold spaces and parentheses, so fields are counted from the last `)`.
 */
function parseStat(text) {
    const close = text.lastIndexOf(")");
    if (close < 0)
        return undefined;
    const fields = text.slice(close + 2).trim().split(/\s+/);
    const state = fields[0];
    const startTime = fields[19];
    if (!state || !startTime)
        return undefined;
    return { state, startTime };
}
/** `/etc/passwd` → uid → user name. */
function parsePasswd(text) {
    const users = new Map();
    for (const line of text.split("\n")) {
        if (line.startsWith("#"))
            continue;
        const [name, , uid] = line.split(":");
        if (name && uid && /^\d+$/.test(uid) && !users.has(Number(uid)))
            users.set(Number(uid), name);
    }
    return users;
}
let passwdCache;
/** User names by uid from /etc/passwd; empty when it cannot be read (names then show as numbers). */
async function readUserNames(file = "/etc/passwd") {
    if (file !== "/etc/passwd")
        return parsePasswd(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch(() => ""));
    passwdCache ??= parsePasswd(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch(() => ""));
    return passwdCache;
}
/**
 * The PIDs whose file descriptors point at each of `inodes`. Processes this user may not inspect
 * are skipped silently (their sockets then have no known owner). Every sharer of a socket is found
 * (a pre-forking server's workers hold its listener too).
 */
async function findSocketOwners(inodes, procRoot = "/proc") {
    const owners = new Map();
    if (inodes.size === 0)
        return owners;
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(procRoot).catch(() => []);
    const pids = entries.filter((e) => /^\d+$/.test(e)).map(Number).sort((a, b) => a - b);
    for (const pid of pids) {
        const fdDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(procRoot, String(pid), "fd");
        const fds = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(fdDir).catch(() => []);
        const links = await Promise.all(fds.map((fd) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(fdDir, fd)).catch(() => "")));
        const held = new Set();
        for (const link of links) {
            const inode = parseSocketLink(link);
            if (inode !== undefined && inodes.has(inode))
                held.add(inode);
        }
        for (const inode of held) {
            const list = owners.get(inode) ?? [];
            list.push(pid);
            owners.set(inode, list);
        }
    }
    return owners;
}
/** Name, command line, owner and start time of `pid`, or undefined when it is gone. */
async function readProcProcess(pid, procRoot = "/proc", users) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(procRoot, String(pid));
    const [comm, cmdline, status, stat] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "comm"), "utf8").catch(() => undefined),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "cmdline")).catch(() => undefined),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "status"), "utf8").catch(() => undefined),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "stat"), "utf8").catch(() => undefined),
    ]);
    if (comm === undefined && status === undefined)
        return undefined;
    const info = { pid, name: (comm ?? "").trim(), cmdline: cmdline ? parseCmdline(cmdline) : [] };
    const uid = status ? parseStatusUid(status) : undefined;
    if (uid !== undefined) {
        info.uid = uid;
        const user = (users ?? (await readUserNames())).get(uid);
        if (user !== undefined)
            info.user = user;
    }
    const parsed = stat ? parseStat(stat) : undefined;
    if (parsed)
        info.startTime = parsed.startTime;
    return info;
}
/** `alive`, `zombie` (exited, not yet reaped: it holds no sockets any more) or `gone`. */
async function readProcState(pid, procRoot = "/proc") {
    const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(procRoot, String(pid), "stat"), "utf8").catch(() => undefined);
    if (stat === undefined)
        return "gone";
    const parsed = parseStat(stat);
    return parsed && (parsed.state === "Z" || parsed.state === "X") ? "zombie" : "alive";
}
/** The start time of `pid` now, to check it is still the process that was inspected. */
async function readStartTime(pid, procRoot = "/proc") {
    const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(procRoot, String(pid), "stat"), "utf8").catch(() => undefined);
    return stat ? parseStat(stat)?.startTime : undefined;
}


/***/ }),

/***/ 1296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ readSocketTable)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/runtime/endpoint.js
// Socket endpoints as lsof and ss print them (`127.0.0.1:80`, `[::1]:80`, `*:80`, `host%iface:53`).
/**
 * `127.0.0.1:80`, `[::1]:80`, `*:80` (wildcard: family from the `t` field, IPv4 when unknown),
 * `127.0.0.53%lo:53` (ss adds the interface) → address, family and port.
 */
function splitEndpoint(text, family) {
    const colon = text.lastIndexOf(":");
    if (colon <= 0)
        return undefined;
    const portText = text.slice(colon + 1);
    if (!/^\d+$/.test(portText))
        return undefined;
    const port = Number(portText);
    if (port < 1 || port > 65535)
        return undefined;
    let host = text.slice(0, colon);
    if (host.startsWith("[") && host.endsWith("]"))
        host = host.slice(1, -1);
    const zone = host.indexOf("%");
    if (zone >= 0)
        host = host.slice(0, zone);
    if (host === "*") {
        const wildFamily = family ?? 4;
        return { address: wildFamily === 6 ? "::" : "0.0.0.0", family: wildFamily, port };
    }
    return { address: host.toLowerCase(), family: host.includes(":") ? 6 : 4, port };
}

;// CONCATENATED MODULE: ./lib/runtime/lsof.js
// Parsing `lsof -F pcuLftPn` field output (macOS, BSDs, Linux without /proc): one field per line,
// `p` opening a process set and `f` opening a file within it.

/** lsof arguments for listening TCP sockets and for UDP sockets, in field output. */
const LSOF_TCP_ARGS = ["-nP", "-iTCP", "-sTCP:LISTEN", "-FpcuLftPn"];
const LSOF_UDP_ARGS = ["-nP", "-iUDP", "-FpcuLftPn"];
/**
 * Listeners in lsof field output. TCP entries are taken as listening (the caller asked with
 * `-sTCP:LISTEN`); UDP entries connected to a peer (`a:1->b:2`) are skipped. One socket shared by
 * several processes comes back once, with every process.
 */
function parseLsofFields(text) {
    const byKey = new Map();
    let pid;
    let name = "";
    let uid;
    let user;
    let file = {};
    for (const line of text.split("\n")) {
        if (line === "")
            continue;
        const tag = line[0];
        const value = line.slice(1);
        switch (tag) {
            case "p":
                pid = Number(value);
                name = "";
                uid = undefined;
                user = undefined;
                file = {};
                break;
            case "c":
                name = value;
                break;
            case "u":
                uid = /^\d+$/.test(value) ? Number(value) : undefined;
                break;
            case "L":
                user = value;
                break;
            case "f":
                file = {};
                break;
            case "t":
                if (value === "IPv4")
                    file.family = 4;
                else if (value === "IPv6")
                    file.family = 6;
                break;
            case "P":
                if (value === "TCP")
                    file.protocol = "tcp";
                else if (value === "UDP")
                    file.protocol = "udp";
                break;
            case "n": {
                if (!file.protocol || value.includes("->"))
                    break;
                const endpoint = splitEndpoint(value, file.family);
                if (!endpoint)
                    break;
                const key = `${file.protocol} ${endpoint.address} ${endpoint.port}`;
                const listener = byKey.get(key) ?? { protocol: file.protocol, ...endpoint, processes: [] };
                byKey.set(key, listener);
                if (pid !== undefined && Number.isInteger(pid) && !listener.processes.some((p) => p.pid === pid)) {
                    listener.processes.push({
                        pid,
                        name,
                        cmdline: [],
                        ...(uid !== undefined ? { uid } : {}),
                        ...(user !== undefined ? { user } : {}),
                    });
                }
                break;
            }
        }
    }
    const listeners = [...byKey.values()];
    for (const l of listeners)
        l.processes.sort((a, b) => a.pid - b.pid);
    return listeners;
}

;// CONCATENATED MODULE: ./lib/runtime/proc-net.js
// Parsing /proc/net/{tcp,tcp6,udp,udp6}: the kernel's socket tables as text. Pure functions, so the
// tricky part (hex addresses written in host byte order) is tested on captured text.
const TCP_LISTEN = 0x0a;
/**
 * The listening sockets of one /proc/net table: TCP sockets in LISTEN state, UDP sockets bound to a
 * port and not connected to a peer. `endianness` is the byte order of the host that wrote the text
 * (the kernel prints each 32-bit address word as a host-order integer); the port is always plain.
 * Lines that do not parse are skipped: the header, and anything a future kernel adds.
 */
function parseProcNet(text, protocol, family, endianness = "LE") {
    const sockets = [];
    for (const line of text.split("\n")) {
        const fields = line.trim().split(/\s+/);
        if (fields.length < 10 || !/^\d+:$/.test(fields[0]))
            continue;
        const local = splitHexEndpoint(fields[1], family, endianness);
        const remote = splitHexEndpoint(fields[2], family, endianness);
        const state = Number.parseInt(fields[3], 16);
        const uid = Number(fields[7]);
        const inode = Number(fields[9]);
        if (!local || !remote || !Number.isInteger(uid) || !Number.isInteger(inode) || Number.isNaN(state))
            continue;
        const listening = protocol === "tcp" ? state === TCP_LISTEN : remote.port === 0 && isZero(fields[2]);
        if (!listening || local.port === 0)
            continue;
        sockets.push({ protocol, family, address: local.address, port: local.port, state, uid, inode });
    }
    return sockets;
}
function isZero(endpoint) {
    return /^0+:0+$/.test(endpoint);
}
function splitHexEndpoint(text, family, endianness) {
    const colon = text.indexOf(":");
    if (colon < 0)
        return undefined;
    const address = decodeProcAddress(text.slice(0, colon), endianness);
    const port = Number.parseInt(text.slice(colon + 1), 16);
    if (address === undefined || Number.isNaN(port))
        return undefined;
    if ((family === 4) !== !address.includes(":"))
        return undefined;
    return { address, port };
}
/**
 * `0100007F` → `127.0.0.1`; `00000000000000000000000001000000` → `::1` (little-endian host).
 * Each 8-digit word is one 32-bit integer in host byte order, so on a little-endian host the bytes
 * of every word are reversed; IPv6 addresses are four such words.
 */
function decodeProcAddress(hex, endianness = "LE") {
    if (!/^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{32})$/.test(hex))
        return undefined;
    const bytes = [];
    for (let word = 0; word < hex.length; word += 8) {
        const wordBytes = [0, 2, 4, 6].map((i) => Number.parseInt(hex.slice(word + i, word + i + 2), 16));
        bytes.push(...(endianness === "LE" ? wordBytes.reverse() : wordBytes));
    }
    return bytes.length === 4 ? bytes.join(".") : formatIPv6(bytes);
}
/** RFC 5952 text form: lowercase, longest run of two or more zero groups as `::`, mapped IPv4 dotted. */
function formatIPv6(bytes) {
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push((bytes[i] << 8) | bytes[i + 1]);
    if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
        return `::ffff:${bytes.slice(12).join(".")}`;
    }
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(":");
    return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

// EXTERNAL MODULE: ./lib/runtime/proc-process.js
var proc_process = __webpack_require__(9390);
;// CONCATENATED MODULE: ./lib/runtime/ss.js
// Parsing `ss -ltnup` (iproute2): listening TCP and unconnected UDP sockets, with their processes
// when this user may see them.

const SS_ARGS = ["-ltnup"];
/**
 * One listener per line: `Netid State Recv-Q Send-Q Local Peer [users:(("name",pid=1,fd=3),…)]`.
 * `*` as a local host is the dual-stack wildcard (`::`). The header and unknown lines are skipped.
 */
function parseSs(text) {
    const listeners = [];
    for (const line of text.split("\n")) {
        const fields = line.trim().split(/\s+/);
        const protocol = fields[0];
        if (protocol !== "tcp" && protocol !== "udp")
            continue;
        const local = fields[4];
        if (!local)
            continue;
        const endpoint = splitEndpoint(local, local.startsWith("*:") ? 6 : undefined);
        if (!endpoint)
            continue;
        listeners.push({ protocol, ...endpoint, processes: parseSsUsers(line) });
    }
    return listeners;
}
/** `users:(("node",pid=14567,fd=22),("node",pid=14568,fd=22))` → processes, lowest PID first. */
function parseSsUsers(line) {
    const processes = [];
    for (const match of line.matchAll(/\("((?:[^"\\]|\\.)*)",pid=(\d+),fd=\d+\)/g)) {
        const pid = Number(match[2]);
        if (!processes.some((p) => p.pid === pid))
            processes.push({ pid, name: match[1], cmdline: [] });
    }
    return processes.sort((a, b) => a.pid - b.pid);
}

// EXTERNAL MODULE: ./lib/runtime/types.js
var types = __webpack_require__(9641);
// EXTERNAL MODULE: ./lib/engine/order.js
var order = __webpack_require__(3138);
;// CONCATENATED MODULE: ./lib/runtime/socket-table.js
// Reading the host's listeners with their processes: /proc on Linux, else `lsof`, else `ss`
// (always execFile with argument arrays). Read-only.










/** Every listening TCP socket and bound, unconnected UDP socket, sorted by port, protocol, address. */
async function readSocketTable(options = {}) {
    const procRoot = options.procRoot ?? "/proc";
    const order = options.backend ? [options.backend] : ["proc", "lsof", "ss"];
    const tried = [];
    for (const backend of order) {
        const listeners = backend === "proc" ? await readProcListeners(procRoot) : backend === "lsof" ? await readLsofListeners(procRoot) : await readSsListeners(procRoot);
        if (listeners)
            return { backend, listeners: sortListeners(listeners) };
        tried.push(backend === "proc" ? `${procRoot}/net/tcp` : backend);
    }
    throw new types/* SocketTableUnavailable */.O(`cannot read the socket table: ${tried.join(", ")} ${tried.length > 1 ? "are" : "is"} not available on this host (install lsof or iproute2's ss)`);
}
function sortListeners(listeners) {
    return listeners.sort((a, b) => a.port - b.port || (0,order/* compareText */.n)(a.protocol, b.protocol) || a.family - b.family || (0,order/* compareText */.n)(a.address, b.address));
}
const TABLES = [
    { file: "tcp", protocol: "tcp", family: 4 },
    { file: "tcp6", protocol: "tcp", family: 6 },
    { file: "udp", protocol: "udp", family: 4 },
    { file: "udp6", protocol: "udp", family: 6 },
];
/** undefined when /proc/net/tcp cannot be read (not Linux, or /proc not mounted). */
async function readProcListeners(procRoot) {
    const endianness = external_node_os_.endianness();
    const texts = await Promise.all(TABLES.map((t) => (0,promises_.readFile)(external_node_path_.join(procRoot, "net", t.file), "utf8").catch(() => undefined)));
    if (texts[0] === undefined)
        return undefined;
    const sockets = [];
    TABLES.forEach((table, i) => {
        // tcp6/udp6 are missing when IPv6 is disabled; that is not an error.
        if (texts[i] !== undefined)
            sockets.push(...parseProcNet(texts[i], table.protocol, table.family, endianness));
    });
    const owners = await (0,proc_process/* findSocketOwners */.jU)(new Set(sockets.map((s) => s.inode)), procRoot);
    const processes = new ProcessCache(procRoot);
    const listeners = [];
    for (const socket of sockets) {
        const pids = owners.get(socket.inode) ?? [];
        const held = (await Promise.all(pids.map((pid) => processes.get(pid)))).filter((p) => p !== undefined);
        listeners.push({
            protocol: socket.protocol,
            address: socket.address,
            family: socket.family,
            port: socket.port,
            inode: socket.inode,
            uid: socket.uid,
            processes: held,
        });
    }
    return listeners;
}
async function readLsofListeners(procRoot) {
    const tcp = await runTool("lsof", LSOF_TCP_ARGS);
    if (tcp === undefined)
        return undefined;
    const udp = (await runTool("lsof", LSOF_UDP_ARGS)) ?? "";
    const listeners = [...parseLsofFields(tcp), ...parseLsofFields(udp)];
    await completeProcesses(listeners, procRoot);
    return listeners;
}
async function readSsListeners(procRoot) {
    const text = await runTool("ss", SS_ARGS);
    if (text === undefined)
        return undefined;
    const listeners = parseSs(text);
    await completeProcesses(listeners, procRoot);
    return listeners;
}
/** lsof and ss give a name and a PID; /proc, where present, adds the command line, owner and start time. */
async function completeProcesses(listeners, procRoot) {
    const cache = new ProcessCache(procRoot);
    for (const listener of listeners) {
        listener.processes = await Promise.all(listener.processes.map(async (p) => {
            const full = await cache.get(p.pid);
            return full ? { ...p, ...full, name: full.name || p.name } : p;
        }));
    }
}
class ProcessCache {
    procRoot;
    cache = new Map();
    constructor(procRoot) {
        this.procRoot = procRoot;
    }
    get(pid) {
        let entry = this.cache.get(pid);
        if (!entry) {
            entry = (0,proc_process/* readUserNames */.M2)().then((users) => (0,proc_process/* readProcProcess */.AW)(pid, this.procRoot, users));
            this.cache.set(pid, entry);
        }
        return entry;
    }
}
/**
 * stdout of a tool, or undefined when it is not installed. lsof exits 1 when nothing matches,
 * which is an answer (no listeners), not a failure.
 */
function runTool(file, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(file, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 30_000 }, (error, stdout) => {
            if (!error)
                return resolve(stdout);
            const code = error.code;
            if (code === "ENOENT" || code === "EACCES")
                return resolve(undefined);
            if (typeof error.code === "number" && stdout !== undefined)
                return resolve(stdout);
            resolve(undefined);
        });
    });
}


/***/ }),

/***/ 9641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SocketTableUnavailable)
/* harmony export */ });
// What the host's socket table says: who listens on which address and port. Shared by the
// socket-table backends (/proc, lsof, ss) and the runtime commands that read them.
/** The socket table cannot be read on this host (no /proc/net, no lsof, no ss). */
class SocketTableUnavailable extends Error {
    name = "SocketTableUnavailable";
}


/***/ })

};
;
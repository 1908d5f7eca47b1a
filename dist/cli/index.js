#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = require("node:dgram");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = require("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 8435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ pruneOldest),
/* harmony export */   Tv: () => (/* binding */ scanCacheWanted),
/* harmony export */   e8: () => (/* binding */ cacheDir),
/* harmony export */   kX: () => (/* binding */ writeCacheFile),
/* harmony export */   ob: () => (/* binding */ privateOrAbsent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
// The one folder Portcullis caches in (the loaded registry, compiled code): per user, never shared.



/**
 * `PORTCULLIS_CACHE_DIR`, else `$XDG_CACHE_HOME/portcullis`, else `~/.cache/portcullis`; undefined
 * (no cache at all) when `PORTCULLIS_CACHE` is `0` or `false`.
 */
function cacheDir(env = process.env) {
    if (env.PORTCULLIS_CACHE === "0" || env.PORTCULLIS_CACHE === "false")
        return undefined;
    if (env.PORTCULLIS_CACHE_DIR)
        return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(env.PORTCULLIS_CACHE_DIR);
    let home = "";
    try {
        home = node_os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    }
    catch { }
    const base = env.XDG_CACHE_HOME || (home && node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, ".cache"));
    return base ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(base), "portcullis") : undefined;
}
/**
 * Whether a check reuses scan results (engine/scan-cache.ts): on by default; off with --no-cache,
 * and on CI (the CI variable set) unless --cache asks for it: a fresh runner has nothing to reuse
 * and would only pay for writing. PORTCULLIS_CACHE=0 turns it off through `cacheDir`.
 */
function scanCacheWanted(flags, env) {
    if (flags["no-cache"])
        return false;
    const onCi = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
    return !onCi || flags.cache === true;
}
/**
 * True when `dir` is missing (it will be created private), or is a folder of this user that nobody
 * else may write: compiled code and scan results are only trusted from such a folder. Windows has
 * no such modes: there the user's profile folder is private already.
 */
function privateOrAbsent(dir) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    }
    catch {
        return false;
    }
    if (stat === undefined)
        return true;
    if (!stat.isDirectory())
        return false;
    if (process.platform === "win32" || typeof process.getuid !== "function")
        return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
/** Keeps the `keep` most recently written files of `dir` whose names pass `test`; never throws. */
function pruneOldest(dir, keep, test) {
    try {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
            .filter(test)
            .map((name) => ({ name, mtime: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name)).mtimeMs }))
            .sort((a, b) => b.mtime - a.mtime);
        for (const { name } of entries.slice(keep))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name), { force: true });
    }
    catch { }
}
/**
 * Writes a cache file atomically and privately: its folder created owner-only (0700), the file
 * owner-only (0600), through a temporary file renamed into place and removed when anything fails
 * (producing the bytes included). False when it could not be written; never throws.
 */
function writeCacheFile(file, bytes) {
    const temp = `${file}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true, mode: 0o700 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temp, bytes(), { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, file);
        return true;
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
        }
        catch { }
        return false;
    }
}


/***/ }),

/***/ 5632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ takeEarlySnapshot),
/* harmony export */   eA: () => (/* binding */ discardEarly),
/* harmony export */   wM: () => (/* binding */ startEarly)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8435);
/* harmony import */ var _scan_listing_start_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9812);
/* harmony import */ var _scan_staged_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2999);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5283);
// Work the CLI starts before it loads a command's code, so that git works while Node compiles the
// engine: for `check` (and `docs`) over a working tree with the scan cache on, the listing git
// processes (most of a warm run is waiting for them); for `check --staged`, the index snapshot
// (the staged diff, the context listing and the cat-file process). Only for invocations whose
// project is known from the working directory alone; anything else starts nothing and loses
// nothing (the command starts its git processes as it always does).





/** Options that change which files are listed, or whether: no early start with these. */
const CHANGES_LISTING = /^(?:--(?:root|config|help|changed-since)(?:=|$)|-h$)/;
let early;
function startEarly(command, args, cwd, env) {
    if (command !== "check" && command !== "docs")
        return;
    if (args.some((arg) => CHANGES_LISTING.test(arg)))
        return;
    const staged = command === "check" && args.includes("--staged");
    if (!staged) {
        const flags = { cache: args.includes("--cache"), "no-cache": args.includes("--no-cache") };
        if (!(0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCacheWanted */ .Tv)(flags, env) || (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .cacheDir */ .e8)(env) === undefined)
            return;
    }
    let project;
    try {
        project = (0,_project_js__WEBPACK_IMPORTED_MODULE_4__/* .locateProject */ .m)(cwd, {}); // what the command will find, as it finds it
    }
    catch {
        return; // no ports.yaml: the command says so
    }
    if (!staged)
        (0,_scan_listing_start_js__WEBPACK_IMPORTED_MODULE_2__/* .startListing */ .jF)(project.root);
    else
        early = { ...project, snapshot: (0,_scan_staged_js__WEBPACK_IMPORTED_MODULE_3__/* .stagedSnapshot */ .ng)(project.root, project.config, { env, cwd }) };
}
/** The index snapshot started for `root` and `config` (absolute), if it was: the caller closes it. */
function takeEarlySnapshot(root, config) {
    const taken = early;
    early = undefined;
    if (taken && taken.root === node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root) && taken.config === node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(config))
        return taken.snapshot;
    taken?.snapshot.close();
    return undefined;
}
/** Ends whatever was started early and not taken. */
function discardEarly() {
    (0,_scan_listing_start_js__WEBPACK_IMPORTED_MODULE_2__/* .discardListing */ .X8)();
    early?.snapshot.close();
    early = undefined;
}


/***/ }),

/***/ 1648:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/engine/worker-entry.js
var worker_entry = __nccwpck_require__(8491);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./lib/cache-dir.js
var cache_dir = __nccwpck_require__(8435);
// EXTERNAL MODULE: ./lib/code-hashes.js
var code_hashes = __nccwpck_require__(8539);
// EXTERNAL MODULE: ./lib/hash.js + 1 modules
var hash = __nccwpck_require__(6889);
;// CONCATENATED MODULE: ./lib/cli/compile-cache.js
// A V8 code cache for the CLI bundle's chunks. A pre-commit hook runs the CLI once per commit and
// most of its start-up is V8 parsing and compiling the same 1.3 MB of JavaScript again. The bundle
// is CommonJS and loads its chunks with require(), so each chunk is compiled here through vm.Script
// with the code V8 cached from an earlier run (what Node 22's module.enableCompileCache does for
// every module; Node 20 has no such switch).
//
// Safety: the cache lives in the user's own cache folder (never a shared temporary folder), is keyed
// by the Node version, the architecture and a SHA-256 of the chunk's text, is written atomically,
// and V8 checks every entry again and rejects one it cannot use. Anything going wrong here only
// costs the speed-up: the chunk is then compiled as Node would have compiled it.
// PORTCULLIS_CACHE=0 turns it off (with every other cache); PORTCULLIS_CACHE_DIR moves it.








/** Where compiled code is cached (a folder of the user's cache), or undefined when caching is off. */
function compileCacheDirectory(env = process.env) {
    const base = (0,cache_dir/* cacheDir */.e8)(env);
    return base && external_node_path_.join(base, "v8", `${process.version}-${process.arch}`);
}
/**
 * Compiles every file later require()d from `bundleDir` (the bundle's chunks) with V8's code cache.
 * Returns false when caching is off. Worker threads read the cache; only the main thread writes it.
 */
function enableCompileCache(bundleDir, env = process.env) {
    const dir = compileCacheDirectory(env);
    // Cached code runs: it is only read from (and written to) a folder nobody else can write.
    if (!dir || !(0,cache_dir/* privateOrAbsent */.ob)(dir))
        return false;
    const internals = external_node_module_namespaceObject;
    const original = internals.prototype._compile;
    const fresh = [];
    internals.prototype._compile = function (content, filename) {
        if (external_node_path_.dirname(filename) !== bundleDir)
            return original.call(this, content, filename);
        const digest = (0,hash/* sha256Hex */.f)(content);
        code_hashes/* codeHashes */.I.set(filename, digest);
        const key = digest.slice(0, 32);
        const file = external_node_path_.join(dir, `${external_node_path_.basename(filename)}.${key}.bin`);
        let cachedData;
        try {
            cachedData = (0,external_node_fs_.readFileSync)(file);
        }
        catch { }
        let script;
        try {
            script = new external_node_vm_namespaceObject.Script(internals.wrap(content), { filename, cachedData });
        }
        catch {
            return original.call(this, content, filename); // let Node report a broken chunk its own way
        }
        if (cachedData === undefined || script.cachedDataRejected)
            fresh.push({ script, file });
        const wrapper = script.runInThisContext({ displayErrors: true });
        const require = (0,external_node_module_namespaceObject.createRequire)(filename);
        return wrapper.call(this.exports, this.exports, require, this, filename, external_node_path_.dirname(filename));
    };
    if (external_node_worker_threads_.isMainThread) {
        // After the run, so the cache holds the functions this run compiled, not only the top level.
        process.once("exit", () => {
            for (const { script, file } of fresh)
                if ((0,cache_dir/* writeCacheFile */.kX)(file, () => script.createCachedData()))
                    pruneOthers(file);
        });
    }
    return true;
}
/** Removes the entries of earlier builds of the chunk `file` caches, so upgrades do not pile up. */
function pruneOthers(file) {
    const name = external_node_path_.basename(file);
    const chunk = name.slice(0, name.length - ".0123456789abcdef0123456789abcdef.bin".length);
    try {
        for (const other of (0,external_node_fs_.readdirSync)(external_node_path_.dirname(file))) {
            if (other !== name && other.startsWith(`${chunk}.`) && other.endsWith(".bin")) {
                (0,external_node_fs_.rmSync)(external_node_path_.join(external_node_path_.dirname(file), other), { force: true });
            }
        }
    }
    catch { }
}

// EXTERNAL MODULE: ./lib/registry/model.js
var model = __nccwpck_require__(3062);
// EXTERNAL MODULE: ./lib/cli/early-start.js
var early_start = __nccwpck_require__(5632);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __nccwpck_require__(8908);
// EXTERNAL MODULE: ./lib/version.js
var version = __nccwpck_require__(3411);
;// CONCATENATED MODULE: ./lib/cli/main.js
// Command dispatch: `portcullis <command> [args]`. Commands load lazily so the hook path stays fast.




const COMMANDS = {
    check: { summary: "check every port in the repository against ports.yaml", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(395), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(781)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3781)) },
    docs: { summary: "generate PORTS.md from ports.yaml, or --check that it is current", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(395), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(45)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9045)) },
    env: { summary: "print the registry as variables (dotenv, shell, json, github)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(395), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(873)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8873)) },
    init: { summary: "audit a repository without ports.yaml and propose one", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(395), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(82)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5082)) },
    get: { summary: "print a service's port for start scripts (env override, --free)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(395), __nccwpck_require__.e(722), __nccwpck_require__.e(14)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8014)) },
    status: { summary: "which declared ports are listening now, on which address, by whom", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(395), __nccwpck_require__.e(722), __nccwpck_require__.e(539)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6539)) },
    free: { summary: "stop what holds a declared port (SIGTERM, then SIGKILL)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(395), __nccwpck_require__.e(722), __nccwpck_require__.e(158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5158)) },
};
const HELP = () => `portcullis ${version/* VERSION */.x} — one ports.yaml as the single source of truth for every port

Usage: portcullis <command> [options]

Commands:
${Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
    .join("\n")}

Run \`portcullis <command> --help\` for a command's options.
Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error.
`;
function processIO() {
    return {
        cwd: process.cwd(),
        env: process.env,
        stdout: (text) => process.stdout.write(text),
        stdoutDrained: () => process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once("drain", () => resolve())) : Promise.resolve(),
        stderr: (text) => process.stderr.write(text),
        isTTY: Boolean(process.stdout.isTTY),
    };
}
async function main(argv, io = processIO()) {
    const [name, ...rest] = argv;
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
        io.stdout(HELP());
        return name === undefined ? 2 : 0;
    }
    if (name === "--version" || name === "-v" || name === "version") {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`portcullis: unknown command "${name}"\n\n${HELP()}`);
        return 2;
    }
    try {
        (0,early_start/* startEarly */.wM)(name, rest, io.cwd, io.env);
        const { run } = await command.load();
        return await run(rest, io);
    }
    catch (error) {
        return reportError(error, io);
    }
    finally {
        (0,early_start/* discardEarly */.eA)(); // what the command did not take must not answer a later one
    }
}
/** Errors users can act on print one clear line; anything else is a bug, still without a stack trace. */
function reportError(error, io) {
    if (error instanceof model/* ConfigError */.x) {
        // One line per problem, each with its own file:line:column.
        io.stderr(`${error.format().split("\n").map((line) => `portcullis: ${line}`).join("\n")}\n`);
        return 2;
    }
    if (error instanceof cli_io/* UsageError */.e || error.code?.startsWith("ERR_PARSE_ARGS")) {
        io.stderr(`portcullis: ${error.message}\n`);
        return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`portcullis: internal error: ${message}\n(set PORTCULLIS_DEBUG=1 for details)\n`);
    if (io.env.PORTCULLIS_DEBUG && error instanceof Error && error.stack)
        io.stderr(`${error.stack}\n`);
    return 2;
}

;// CONCATENATED MODULE: ./lib/cli/index.js
// The `portcullis` executable. Started as a scan worker thread (see engine/worker-entry.ts), the
// same file serves scans instead: the bundle has no other script a worker could run.





// Before any chunk of the bundle loads (commands and the engine are loaded on demand).
enableCompileCache(external_node_path_.dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)));
if ((0,worker_entry/* isScanWorkerThread */.aj)()) {
    void Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(788)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9788)).then((pool) => pool.serveScanWorker());
}
else {
    (0,worker_entry/* enableScanWorkers */.OV)(new URL(require("url").pathToFileURL(__filename).href));
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}


/***/ }),

/***/ 8908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
// The process edges a command may touch, passed in so commands stay testable in-process.
/** Thrown for bad command-line usage; main prints it and exits 2. */
class UsageError extends Error {
    name = "UsageError";
}


/***/ }),

/***/ 5283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ locateProject)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _registry_find_config_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4179);
/* harmony import */ var _registry_model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3062);
// Where the project is: the folder of its ports.yaml (found by walking up from the working
// directory, or given with --config), unless --root says otherwise.



function locateProject(cwd, options) {
    if (options.config) {
        const config = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, options.config);
        return { config, root: options.root ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, options.root) : node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(config) };
    }
    const start = options.root ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, options.root) : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd);
    for (let dir = start;; dir = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dir)) {
        const config = (0,_registry_find_config_js__WEBPACK_IMPORTED_MODULE_1__/* .findConfig */ .u0)(dir);
        if (config)
            return { config, root: options.root ? start : dir };
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dir) === dir)
            break;
    }
    throw new _registry_model_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x("no ports.yaml found here or in any parent folder; create one with `portcullis init --write` or pass --config", node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, start) || ".");
}


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ codeHashes)
/* harmony export */ });
// SHA-256 of the bundle files this process has already hashed (the CLI's compile cache hashes each
// chunk it loads), so that the code signature of the caches does not read and hash them again.
const codeHashes = new Map();


/***/ }),

/***/ 8491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ defaultScanWorkers),
/* harmony export */   OV: () => (/* binding */ enableScanWorkers),
/* harmony export */   aj: () => (/* binding */ isScanWorkerThread),
/* harmony export */   mH: () => (/* binding */ scanWorkerData)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
// Scan worker threads: which script a worker runs, and how a bundle entry recognises it is one.
// The CLI and the Action are single-file bundles, so their own entry file doubles as the worker
// script; this module is tiny on purpose, since those entries load it on every start.

const ROLE = "portcullis-scan-worker";
let configured;
/** The `workerData` a scan worker is started with. */
function scanWorkerData(root, maxFileSize) {
    return { role: ROLE, root, maxFileSize };
}
/** True in a worker thread started to scan files (the entry must then serve, not run the program). */
function isScanWorkerThread() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role === ROLE;
}
/**
 * Lets check() scan on worker threads that run `script`. PORTCULLIS_SCAN_THREADS=N sets how many
 * worker threads help the calling thread (`0`: none, scan in the calling thread only).
 */
function enableScanWorkers(script, env = process.env) {
    const threads = env.PORTCULLIS_SCAN_THREADS?.trim();
    if (threads && /^\d+$/.test(threads)) {
        configured = Number(threads) > 0 ? { script, threads: Number(threads) } : undefined;
        return;
    }
    configured = { script };
}
/** What `enableScanWorkers` set, if anything: check()'s default. */
function defaultScanWorkers() {
    return configured;
}


/***/ }),

/***/ 6889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ gitBlobId),
  f: () => (/* binding */ sha256Hex)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: ./lib/hash.js
// Hashes: SHA-256 for every fingerprint and cache key, and the object ids git gives file contents.

/**
 * SHA-256 of `data` in hex. `crypto.hash` (Node 20.12 and later) is the one-shot form, about twice
 * as fast for short inputs as a Hash object: it counts for the fingerprint of every finding.
 */
const sha256Hex = typeof external_node_crypto_namespaceObject.hash === "function"
    ? (data) => external_node_crypto_namespaceObject.hash("sha256", data, "hex")
    : (data) => external_node_crypto_namespaceObject.createHash("sha256").update(data).digest("hex");
/** The id git gives `bytes` as a blob: SHA-1, or SHA-256 in a repository of that object format. */
function gitBlobId(bytes, algorithm = "sha1") {
    return external_node_crypto_namespaceObject.createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}


/***/ }),

/***/ 4179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ DEFAULT_DOCS_OUTPUT),
/* harmony export */   u0: () => (/* binding */ findConfig)
/* harmony export */ });
/* unused harmony export CONFIG_NAMES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
// Where a repository's registry file is: tiny on purpose, so the CLI can look before it loads the
// registry code.


const CONFIG_NAMES = ["ports.yaml", "ports.yml", ".portcullis.yaml"];
/** Where `portcullis docs` writes the port map unless `docs.output` says otherwise. */
const DEFAULT_DOCS_OUTPUT = "PORTS.md";
/** The registry file in `root` (absolute path), or undefined when there is none. */
function findConfig(root) {
    for (const name of CONFIG_NAMES) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, name);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // Not there: try the next name.
        }
    }
    return undefined;
}


/***/ }),

/***/ 3062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
// The typed model of ports.yaml. Nothing downstream of the loader sees raw YAML.
/** A configuration problem: bad YAML, schema violation, unreadable file. Exit code 2. */
class ConfigError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = "ConfigError";
    }
    /** `file:line:column: message`, the form every error is printed in. */
    format() {
        const where = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
        return `${where}: ${this.message}`;
    }
}


/***/ }),

/***/ 9812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   OZ: () => (/* binding */ takeListing),
/* harmony export */   X8: () => (/* binding */ discardListing),
/* harmony export */   jF: () => (/* binding */ startListing)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
// The git processes that list a working tree (see listWorkingTree), startable before the code that
// reads their output is loaded: the CLI starts them first thing, so git walks the tree while Node
// compiles the engine. Tiny on purpose: the CLI entry imports it.


const MAX_BUFFER = 256 * 1024 * 1024;
function runGit(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", args, { cwd, encoding: "buffer", maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
            if (error) {
                const detail = Buffer.isBuffer(stderr) ? stderr.toString("utf8").trim() : "";
                reject(new Error(detail || error.message));
            }
            else
                resolve(stdout);
        });
    });
}
/**
 * The index with blob ids and tags (untracked files tagged `?`), and the files git sees modified;
 * both relative to the root, which may be a folder inside the repository (diff-files names paths
 * from the repository's top unless told `--relative`).
 */
const LISTING = [
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--stage", "-v"],
    ["diff-files", "-z", "--name-only", "--no-renames", "--relative"],
];
let started;
const runListing = (absRoot) => Promise.all(LISTING.map((args) => runGit(absRoot, args)));
/** Starts listing `root` now; the next `takeListing(root)` gets the result. */
function startListing(root) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const outputs = runListing(absRoot);
    outputs.catch(() => { }); // whoever takes it sees the error
    started = { root: absRoot, outputs };
}
/** The outputs of the listing git processes for `root`: the started ones, else new ones. */
function takeListing(root) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const early = started;
    started = undefined;
    return early?.root === absRoot ? early.outputs : runListing(absRoot);
}
/** Forgets a started listing nobody took. */
function discardListing() {
    started = undefined;
}


/***/ }),

/***/ 2999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   Ze: () => (/* binding */ isRegularFile),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   ng: () => (/* binding */ stagedSnapshot)
/* harmony export */ });
/* unused harmony exports literalPathspec, parseRawDiff, parseLsFilesStage, stagedEntries, indexEntries, BlobReader, IndexSnapshot */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _registry_find_config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4179);
// The git index as a FileSource: what `git commit` is about to record, read through one
// long-lived `git cat-file --batch`, so a pre-commit check judges staged content, never the tree.
// Light on purpose (no engine imports): a caller may start it before loading the engine.




const SYMLINK = "120000";
const GITLINK = "160000";
/** Only regular files have content worth reading; a symlink's blob is its target, never followed. */
function isRegularFile(entry) {
    return entry.mode !== SYMLINK && entry.mode !== GITLINK;
}
/**
 * The environment git subprocesses run with. A hook inherits GIT_INDEX_FILE (a temporary index
 * for `git commit <paths>`), and maybe GIT_DIR: made absolute, as our git runs in another folder.
 * Pathspec-wide magic from the environment would change how our `:(literal)` pathspecs parse.
 */
function gitEnv(cwd, env = process.env) {
    const out = { ...env };
    for (const name of ["GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR"]) {
        const value = out[name];
        if (value && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(value))
            out[name] = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, value);
    }
    for (const name of ["GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"]) {
        delete out[name];
    }
    // Reading only: never take index.lock to refresh stat data (git commit holds it while hooks run).
    out.GIT_OPTIONAL_LOCKS = "0";
    return out;
}
/** A pathspec matching exactly `file`, whatever characters its name holds. */
function literalPathspec(file) {
    return `:(literal)${file}`;
}
/**
 * Parses `git diff --raw -z --no-abbrev` output: `:<old mode> <new mode> <old oid> <new oid> <status>`
 * NUL path NUL (renames and copies: NUL source NUL destination NUL). Returns the new side.
 */
function parseRawDiff(output) {
    const fields = output.toString("utf8").split("\0");
    const entries = [];
    for (let i = 0; i < fields.length;) {
        const header = fields[i++];
        if (!header.startsWith(":"))
            continue;
        const [, newMode, , newOid, status] = header.slice(1).split(" ");
        const twoPaths = status?.startsWith("R") || status?.startsWith("C");
        if (twoPaths)
            i++;
        const file = fields[i++];
        if (file === undefined || !newMode || !newOid)
            break;
        entries.push({ path: file, mode: newMode, oid: newOid });
    }
    return entries;
}
/** Parses `git ls-files --stage -z`: `<mode> <oid> <stage>\t<path>` NUL; keeps stage 0 only. */
function parseLsFilesStage(output) {
    const entries = [];
    for (const record of output.toString("utf8").split("\0")) {
        const tab = record.indexOf("\t");
        if (tab < 0)
            continue;
        const [mode, oid, stage] = record.slice(0, tab).split(" ");
        if (stage !== "0" || !mode || !oid)
            continue;
        entries.push({ path: record.slice(tab + 1), mode, oid });
    }
    return entries;
}
/**
 * Files whose staged content differs from HEAD (added, copied, modified, renamed), relative to
 * `cwd`. Plumbing (`diff-index`), not `git diff`, which outside a repository turns into `--no-index`.
 * Before the first commit there is no HEAD: everything staged is compared with the empty tree.
 */
async function stagedEntries(cwd, env) {
    const diff = (tree) => git(cwd, ["diff-index", "--cached", "--raw", "-z", "--no-abbrev", "--relative", "--diff-filter=ACMR", tree, "--"], env);
    try {
        return parseRawDiff(await diff("HEAD"));
    }
    catch (error) {
        if (!(error instanceof GitError) || !/bad revision 'HEAD'|unknown revision/.test(error.message))
            throw error;
        const emptyTree = (await git(cwd, ["hash-object", "-t", "tree", "--stdin"], env, "")).toString("utf8").trim();
        return parseRawDiff(await diff(emptyTree));
    }
}
/** Index entries matching `pathspecs` (relative to `cwd`); none given means none, not all. */
async function indexEntries(cwd, pathspecs, env) {
    if (pathspecs.length === 0)
        return [];
    const out = await git(cwd, ["ls-files", "--stage", "-z", "--", ...pathspecs], env);
    return parseLsFilesStage(out);
}
/** git failed (not a repository, unknown revision…); the message is git's own. */
class GitError extends Error {
    name = "GitError";
}
/**
 * Runs git with an argument array (no shell ever sees a file name); rejects with git's message.
 * `quietFailure` lists exit codes that only mean "nothing found" (git grep exits 1 then): empty output.
 */
function git(cwd, args, env = gitEnv(cwd), input, quietFailure = []) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd, env, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
        if (input !== undefined)
            child.stdin.end(input);
        const out = [];
        const err = [];
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", reject);
        child.on("close", (code) => {
            if (code === 0)
                resolve(Buffer.concat(out));
            else if (code !== null && quietFailure.includes(code) && err.length === 0)
                resolve(Buffer.alloc(0));
            else
                reject(new GitError(Buffer.concat(err).toString("utf8").trim() || `git ${args[0]} exited with ${code}`));
        });
    });
}
/**
 * One `git cat-file --batch` process answering object ids in order. Its output is binary-safe
 * framing: `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing\n` (also `ambiguous`).
 */
class BlobReader {
    child;
    queue = [];
    chunks = [];
    buffered = 0;
    /** Size and type of the object whose content is being received; undefined while a header is due. */
    body;
    failure;
    closed = false;
    outgoing = [];
    constructor(cwd, env = process.env) {
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", ["cat-file", "--batch"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
        const stderr = [];
        this.child.stdout.on("data", (chunk) => this.receive(chunk));
        this.child.stderr.on("data", (chunk) => stderr.push(chunk));
        this.child.stdin.on("error", (error) => this.fail(error));
        this.child.on("error", (error) => this.fail(error));
        this.child.on("close", (code) => {
            const detail = Buffer.concat(stderr).toString("utf8").trim();
            this.fail(new Error(detail || `git cat-file exited with ${code ?? "a signal"}`));
        });
    }
    /** The blob's bytes; undefined when the object is missing or is not a blob. */
    read(oid) {
        if (!/^[0-9a-f]{40,64}$/i.test(oid))
            return Promise.reject(new Error(`not an object id: ${JSON.stringify(oid)}`));
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.closed)
            return Promise.reject(new Error("blob reader is closed"));
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            // Requests made in one tick go out in one write: a write per id costs a system call each.
            if (this.outgoing.length === 0)
                process.nextTick(() => this.flush());
            this.outgoing.push(`${oid}\n`);
        });
    }
    flush() {
        const text = this.outgoing.join("");
        this.outgoing = [];
        if (text && !this.failure)
            this.child.stdin.write(text);
    }
    /** Ends the process once answered; pending reads still complete. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.flush();
        this.child.stdin.end();
    }
    fail(error) {
        // After a deliberate close, the process ending is expected, not a failure of anything pending.
        if (this.closed && this.queue.length === 0)
            return;
        this.failure ??= error;
        for (const pending of this.queue.splice(0))
            pending.reject(this.failure);
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.buffered += chunk.length;
        for (;;) {
            if (!this.body) {
                const data = this.flatten();
                const newline = data.indexOf(0x0a);
                if (newline < 0)
                    return;
                const header = data.subarray(0, newline).toString("utf8");
                this.consume(newline + 1);
                const parsed = /^\S+ (\S+) (\d+)$/.exec(header);
                if (!parsed) {
                    // `<name> missing` / `<name> ambiguous`: no content follows.
                    this.queue.shift()?.resolve(undefined);
                    continue;
                }
                this.body = { size: Number(parsed[2]), blob: parsed[1] === "blob" };
            }
            // The content, then one newline.
            if (this.buffered < this.body.size + 1)
                return;
            const data = this.flatten();
            const content = Buffer.from(data.subarray(0, this.body.size));
            const blob = this.body.blob;
            this.consume(this.body.size + 1);
            this.body = undefined;
            this.queue.shift()?.resolve(blob ? content : undefined);
        }
    }
    /** All buffered bytes as one buffer (joined once per frame, so large blobs cost linear time). */
    flatten() {
        if (this.chunks.length > 1)
            this.chunks = [Buffer.concat(this.chunks, this.buffered)];
        return this.chunks[0] ?? Buffer.alloc(0);
    }
    consume(bytes) {
        const rest = this.flatten().subarray(bytes);
        this.chunks = rest.length > 0 ? [rest] : [];
        this.buffered = rest.length;
    }
}
/**
 * Pathspecs for the context a staged check may need (compose files, `.env` files), fetched with
 * the staged list in one go. Broader than needed on purpose: git matches a `*suffix` pattern by
 * comparing the tail, while `*compose*.yml` costs a full wildcard match per index entry (8 ms more
 * at 100,000 files); callers pick compose files out of the answer.
 */
const CONTEXT_PATHSPECS = ["*.yml", "*.yaml", ".env", "*/.env"];
/**
 * The index of the repository holding `root`, seen from `root`: the staged entries, index entries
 * looked up on demand, and their contents through one `git cat-file --batch`. Paths are relative
 * to `root`. Call `close()` when done (the cat-file process keeps the event loop alive until then).
 */
class IndexSnapshot {
    root;
    env;
    blobs;
    known = new Map();
    /** Contents kept after reading: staged files, prefetched names and registry files (code frames, rereads). */
    contents = new Map();
    retained = new Set();
    stagedList;
    context;
    prefetched;
    everything;
    /**
     * Starts the staged diff, the context listing and the cat-file process at once, so they run
     * while the caller loads whatever it needs. `prefetch` names extra files (ports.yaml, PORTS.md).
     */
    constructor(root, options = {}) {
        this.root = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root);
        this.env = gitEnv(options.cwd ?? process.cwd(), options.env ?? process.env);
        this.stagedList = stagedEntries(this.root, this.env);
        this.prefetched = options.prefetch ?? [];
        for (const file of this.prefetched)
            this.retained.add(file);
        this.context = indexEntries(this.root, [...this.prefetched.map(literalPathspec), ...CONTEXT_PATHSPECS], this.env);
        // Errors surface from the awaits that use these; this only keeps them from going unhandled.
        this.stagedList.catch(() => undefined);
        this.context.catch(() => undefined);
        this.blobs = new BlobReader(this.root, this.env);
    }
    /** Staged files (added, copied, modified, renamed), new side, relative to root. */
    async staged() {
        const entries = await this.stagedList;
        for (const entry of entries) {
            this.known.set(entry.path, entry);
            this.retained.add(entry.path);
        }
        return entries;
    }
    /** Index entries matching the context pathspecs (compose files, `.env` files) and the prefetched names. */
    async contextEntries() {
        const entries = await this.context;
        for (const entry of entries)
            if (!this.known.has(entry.path))
                this.known.set(entry.path, entry);
        for (const file of this.prefetched)
            if (!this.known.has(file))
                this.known.set(file, null);
        return entries;
    }
    /** Every stage-0 entry of the index under root (costly on large repositories: only when needed). */
    async all() {
        this.everything ??= indexEntries(this.root, ["."], this.env).then((entries) => {
            for (const entry of entries)
                if (!this.known.has(entry.path))
                    this.known.set(entry.path, entry);
            return entries;
        });
        return this.everything;
    }
    /** The index entries of `files` (missing ones are absent from the map), one git call for all unknown. */
    async entries(files) {
        await this.staged();
        if (files.some((file) => !this.known.has(file)))
            await this.contextEntries();
        const unknown = [...new Set(files.filter((file) => !this.known.has(file)))];
        if (unknown.length > 0) {
            const found = await indexEntries(this.root, unknown.map(literalPathspec), this.env);
            for (const file of unknown)
                this.known.set(file, null);
            for (const entry of found)
                this.known.set(entry.path, entry);
        }
        const result = new Map();
        for (const file of files) {
            const entry = this.known.get(file);
            if (entry)
                result.set(file, entry);
        }
        return result;
    }
    /**
     * Index files (under root) whose staged content holds any of `needles` (fixed strings, any case),
     * among those matching `pathspecs`: `git grep --cached`, which reads the blobs in git itself.
     */
    async grep(needles, pathspecs) {
        const patterns = needles.flatMap((needle) => ["-e", needle]);
        const out = await git(this.root, ["grep", "--cached", "-l", "-z", "-I", "-i", "-F", ...patterns, "--", ...pathspecs], this.env, undefined, [1]);
        return out.toString("utf8").split("\0").filter((file) => file.length > 0);
    }
    /** Staged bytes of a regular file; undefined when not in the index, a symlink or a submodule. */
    async read(file) {
        if (this.contents.has(file))
            return this.contents.get(file);
        const entry = (await this.entries([file])).get(file);
        const bytes = entry && isRegularFile(entry) ? await this.blobs.read(entry.oid) : undefined;
        // A whole-index check reads every file once: keeping them all would hold the repository in memory.
        if (this.retained.has(file))
            this.contents.set(file, bytes);
        return bytes;
    }
    /** Text already read of a kept file (for code frames after the reader is closed). */
    textOf(file) {
        return this.contents.get(file)?.toString("utf8");
    }
    /**
     * A registry reader: the staged text of files in the index; the disk for everything else
     * (installed packages, files outside the repository, a symlinked registry).
     */
    readText = async (absolute) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.root, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
        const entry = (await this.entries([rel])).get(rel);
        this.retained.add(rel);
        if (entry && isRegularFile(entry))
            return (await this.read(rel))?.toString("utf8");
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute, "utf8").catch((error) => {
            if (error.code === "ENOENT" || error.code === "ENOTDIR")
                return undefined;
            throw error;
        });
    };
    /** A FileSource listing `files` and reading them from the index. */
    source(files) {
        const list = [...new Set(files)].sort();
        return { root: this.root, list: async () => list, read: (file) => this.read(file) };
    }
    close() {
        this.blobs.close();
    }
}
/**
 * The snapshot a staged check of the project at `root` reads, started now: with the registry file
 * `config` (absolute) and the default port map prefetched, as the check reads both.
 */
function stagedSnapshot(root, config, options = {}) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root);
    const configRel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(absRoot, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(absRoot, config)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
    return new IndexSnapshot(absRoot, { ...options, prefetch: [configRel, _registry_find_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DOCS_OUTPUT */ .UZ] });
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version printed by `--version` and written into SARIF; kept in step with package.json by a test.
const VERSION = "0.1.0";


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

__nccwpck_require__(1648);

module.exports = __webpack_exports__;
/******/ })()
;
#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version printed by `--version` and written into SARIF; kept in step with package.json by a test.
const VERSION = "0.1.0";


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./lib/engine/worker-entry.js
var worker_entry = __nccwpck_require__(8491);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __nccwpck_require__(3062);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __nccwpck_require__(8908);
// EXTERNAL MODULE: ./lib/version.js
var version = __nccwpck_require__(3411);
;// CONCATENATED MODULE: ./lib/cli/main.js
// Command dispatch: `portcullis <command> [args]`. Commands load lazily so the hook path stays fast.



const COMMANDS = {
    check: { summary: "check every port in the repository against ports.yaml", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(551), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(623)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4623)) },
    docs: { summary: "generate PORTS.md from ports.yaml, or --check that it is current", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(551), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(45)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9045)) },
    env: { summary: "print the registry as variables (dotenv, shell, json, github)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(551), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(873)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8873)) },
    init: { summary: "audit a repository without ports.yaml and propose one", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(551), __nccwpck_require__.e(788), __nccwpck_require__.e(70), __nccwpck_require__.e(82)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5082)) },
    get: { summary: "print a service's port for start scripts (env override, --free)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(551), __nccwpck_require__.e(722), __nccwpck_require__.e(14)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8014)) },
    status: { summary: "which declared ports are listening now, on which address, by whom", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(551), __nccwpck_require__.e(722), __nccwpck_require__.e(539)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6539)) },
    free: { summary: "stop what holds a declared port (SIGTERM, then SIGKILL)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(551), __nccwpck_require__.e(722), __nccwpck_require__.e(158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5158)) },
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
        const { run } = await command.load();
        return await run(rest, io);
    }
    catch (error) {
        return reportError(error, io);
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


if ((0,worker_entry/* isScanWorkerThread */.aj)()) {
    void Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(788)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9788)).then((pool) => pool.serveScanWorker());
}
else {
    (0,worker_entry/* enableScanWorkers */.OV)(new URL(import.meta.url));
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}


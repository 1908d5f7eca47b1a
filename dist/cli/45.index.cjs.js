"use strict";
exports.id = 45;
exports.ids = [45];
exports.modules = {

/***/ 9045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPortMapFile: () => (/* binding */ buildPortMapFile),
  isPortMapRegionStale: () => (/* reexport */ docs_stale/* isPortMapRegionStale */.vf),
  isPortMapStale: () => (/* reexport */ docs_stale/* isPortMapStale */.z9),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/docs/diagram/range-chart.js
var range_chart = __webpack_require__(657);
// EXTERNAL MODULE: ./lib/docs/diagram/settings.js
var diagram_settings = __webpack_require__(9048);
;// CONCATENATED MODULE: ./lib/docs/diff.js
// Unified diffs of two texts (what `portcullis docs --check` prints for a stale map): Myers'
// O(ND) line diff, hunks with three lines of context, GNU/git conventions for headers.
function splitLines(text) {
    if (text === "")
        return { texts: [], noNewline: false };
    const texts = text.split("\n");
    const noNewline = texts[texts.length - 1] !== "";
    if (!noNewline)
        texts.pop();
    return { texts, noNewline };
}
/** Past this many differences the edit script is simply "replace everything" (still a valid diff). */
const MAX_EDIT_DISTANCE = 2000;
/** Myers' shortest edit script over `a` and `b` (compared by key), or undefined when too far apart. */
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const limit = Math.min(max, MAX_EDIT_DISTANCE);
    const offset = limit + 1;
    const v = new Int32Array(2 * limit + 3);
    const trace = [];
    let found = -1;
    for (let d = 0; d <= limit && found < 0; d++) {
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                found = d;
        }
        trace.push(v.slice(offset - d, offset + d + 1));
    }
    if (found < 0)
        return undefined;
    const script = [];
    let x = n;
    let y = m;
    for (let d = found; d > 0; d--) {
        const previous = trace[d - 1];
        const at = (k) => previous[k + d - 1];
        const k = x - y;
        const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
        const prevK = down ? k + 1 : k - 1;
        const prevX = at(prevK);
        const prevY = prevX - prevK;
        const startX = down ? prevX : prevX + 1;
        while (x > startX) {
            script.push("=");
            x--;
            y--;
        }
        script.push(down ? "+" : "-");
        x = prevX;
        y = prevY;
    }
    while (x > 0) {
        script.push("=");
        x--;
    }
    return script.reverse();
}
function editScript(a, b) {
    // A last line without a newline differs from the same line with one.
    const key = (lines, i) => (lines.noNewline && i === lines.texts.length - 1 ? `${lines.texts[i]}\0` : lines.texts[i]);
    const ka = a.texts.map((_, i) => key(a, i));
    const kb = b.texts.map((_, i) => key(b, i));
    let head = 0;
    while (head < ka.length && head < kb.length && ka[head] === kb[head])
        head++;
    let tailA = ka.length;
    let tailB = kb.length;
    while (tailA > head && tailB > head && ka[tailA - 1] === kb[tailB - 1]) {
        tailA--;
        tailB--;
    }
    const middleA = ka.slice(head, tailA);
    const middleB = kb.slice(head, tailB);
    const script = myers(middleA, middleB) ?? [...middleA.map(() => "-"), ...middleB.map(() => "+")];
    const ops = [];
    const op = (kind, lines, i) => ops.push({ kind, text: lines.texts[i], noNewline: lines.noNewline && i === lines.texts.length - 1 });
    for (let i = 0; i < head; i++)
        op(" ", a, i);
    let i = head;
    let j = head;
    for (const step of script) {
        if (step === "=") {
            op(" ", a, i++);
            j++;
        }
        else if (step === "-")
            op("-", a, i++);
        else
            op("+", b, j++);
    }
    for (; i < a.texts.length; i++)
        op(" ", a, i);
    return ops;
}
function range(start, count) {
    // GNU convention: an empty range names the line before it; a count of one is implied.
    const first = count === 0 ? start : start + 1;
    return count === 1 ? String(first) : `${first},${count}`;
}
/** A unified diff turning `before` into `after`; "" when they are equal. */
function unifiedDiff(before, after, options) {
    if (before === after)
        return "";
    const context = options.context ?? 3;
    const ops = editScript(splitLines(before), splitLines(after));
    // Old and new lines consumed before each op.
    const oldBefore = [];
    const newBefore = [];
    let o = 0;
    let n = 0;
    for (const op of ops) {
        oldBefore.push(o);
        newBefore.push(n);
        if (op.kind !== "+")
            o++;
        if (op.kind !== "-")
            n++;
    }
    oldBefore.push(o);
    newBefore.push(n);
    const hunks = [];
    ops.forEach((op, index) => {
        if (op.kind === " ")
            return;
        const start = Math.max(0, index - context);
        const end = Math.min(ops.length, index + context + 1);
        const last = hunks[hunks.length - 1];
        if (last && start <= last[1])
            last[1] = end;
        else
            hunks.push([start, end]);
    });
    const out = [`--- ${options.fromFile}`, `+++ ${options.toFile}`];
    for (const [start, end] of hunks) {
        const slice = ops.slice(start, end);
        const oldCount = slice.filter((op) => op.kind !== "+").length;
        const newCount = slice.filter((op) => op.kind !== "-").length;
        out.push(`@@ -${range(oldBefore[start], oldCount)} +${range(newBefore[start], newCount)} @@`);
        for (const op of slice) {
            out.push(`${op.kind}${op.text}`);
            if (op.noNewline)
                out.push("\\ No newline at end of file");
        }
    }
    return `${out.join("\n")}\n`;
}

// EXTERNAL MODULE: ./lib/docs/generate.js + 3 modules
var generate = __webpack_require__(758);
// EXTERNAL MODULE: ./lib/docs/markers.js
var markers = __webpack_require__(4200);
// EXTERNAL MODULE: ./lib/docs/stale.js
var docs_stale = __webpack_require__(4782);
// EXTERNAL MODULE: ./lib/engine/check.js + 1 modules
var check = __webpack_require__(9957);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
// EXTERNAL MODULE: ./lib/atomic-write.js
var atomic_write = __webpack_require__(9296);
// EXTERNAL MODULE: ./lib/cli/read-if-exists.js
var read_if_exists = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/cli/project.js
var cli_project = __webpack_require__(5283);
// EXTERNAL MODULE: ./lib/cli/scan-cache-option.js
var scan_cache_option = __webpack_require__(4070);
;// CONCATENATED MODULE: ./lib/cli/docs.js
// `portcullis docs`: regenerate the port map from ports.yaml and the ports found in the repository,
// or with --check, fail with a diff when the committed map is stale.















const HELP = `Usage: portcullis docs [--check] [--output FILE] [--config FILE] [paths…]

Regenerates the port map from ports.yaml and the ports found in the repository.
The map goes to docs.output in ports.yaml (default PORTS.md, next to ports.yaml);
it opens with a Mermaid diagram of entry points, proxies and services, and links a
range allocation chart written to docs.diagram (default ports-map.svg beside the
map; "mermaid" for the diagram alone, "none" for neither).
In a file holding <!-- portcullis:begin --> and <!-- portcullis:end -->, only the text
between the markers is replaced; any other existing file that is not a generated map
is left untouched (exit 2).

Options:
  --check          write nothing; exit 1 and print a unified diff when the map or chart is stale
  --output FILE    write the map to FILE instead of docs.output ("-" prints it)
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --root DIR       repository root (default: the folder of ports.yaml)
  --allow-outside  let extends read registries outside the repository
${(0,scan_cache_option/* cacheHelp */.yj)(19)}  -h, --help       show this help

Paths are accepted, so hook runners can pass file names, and ignored: the map always
covers the whole repository.
`;
/**
 * The port map file as it should be. Throws ConfigError when the target exists and is neither a
 * generated map nor a file with markers (a generated map never overwrites hand-written docs).
 */
async function buildPortMapFile(options) {
    const root = external_node_path_.resolve(options.root);
    const result = options.result ??
        (await (0,check/* check */.z6)({ root, ...(options.config ? { config: options.config } : {}), allowOutside: options.allowOutside ?? false }));
    const file = options.output ? external_node_path_.resolve(root, options.output) : external_node_path_.resolve(root, (0,generate/* portMapOutputFile */.h3)(result.registry));
    const relative = external_node_path_.relative(root, file).split(external_node_path_.sep).join("/");
    if (relative.startsWith("../") || relative === ".." || external_node_path_.isAbsolute(relative)) {
        throw new model/* ConfigError */.x(`the port map must lie inside the repository (${root}); its links are relative to it`, relative);
    }
    const current = await (0,read_if_exists/* readIfExists */.O)(file);
    const rendered = (0,docs_stale/* renderPortMapInto */.Mi)(result.registry, result.refs, relative, current, result.suppressed);
    if (!rendered.ok)
        throw new model/* ConfigError */.x(rendered.message, relative);
    const stale = current === undefined || (0,markers/* normaliseEol */.xT)(rendered.text) !== (0,markers/* normaliseEol */.xT)(current);
    const chart = await buildChartFile(root, result, relative);
    return { file, relative, content: rendered.text, ...(current !== undefined ? { current } : {}), stale, ...(chart ? { chart } : {}) };
}
/** The range chart for a map written to `mapFile` (repository-relative), as docs.diagram places it. */
async function buildChartFile(root, result, mapFile) {
    const settings = (0,diagram_settings/* diagramSettings */.v)(result.registry, mapFile);
    if (settings.error)
        throw new model/* ConfigError */.x(settings.error, result.registry.file);
    if (!settings.chartFile)
        return undefined;
    const svg = (0,range_chart/* renderRangeChartSvg */.MD)(result.registry, result.refs);
    if (svg === undefined)
        return undefined;
    const relative = settings.chartFile;
    if (relative.startsWith("../") || relative === ".." || external_node_path_.posix.isAbsolute(relative)) {
        throw new model/* ConfigError */.x(`the range chart (docs.diagram) must lie inside the repository (${root})`, result.registry.file);
    }
    const file = external_node_path_.resolve(root, relative);
    const current = await (0,read_if_exists/* readIfExists */.O)(file);
    const stale = current === undefined || (0,markers/* normaliseEol */.xT)(current) !== svg;
    // A checkout with CRLF line endings keeps them, as the map does.
    const content = current !== undefined && /\r\n/.test(current) ? svg.replace(/\n/g, "\r\n") : svg;
    return { file, relative, content, ...(current !== undefined ? { current } : {}), stale };
}
const run = async (args, io) => {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            check: { type: "boolean", default: false },
            output: { type: "string" },
            config: { type: "string" },
            root: { type: "string" },
            "allow-outside": { type: "boolean", default: false },
            ...scan_cache_option/* CACHE_FLAGS */.R4,
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const project = (0,cli_project/* locateProject */.m)(io.cwd, { config: values.config, root: values.root });
    const result = await (0,check/* check */.z6)({
        root: project.root,
        config: project.config,
        allowOutside: values["allow-outside"],
        cache: (0,scan_cache_option/* scanCacheOption */.RN)(values, io.env),
        ...(0,scan_cache_option/* registryCacheOption */.z5)(io.env),
    });
    if (values.output === "-") {
        io.stdout((0,generate/* generatePortMap */.ps)(result.registry, result.refs, { outputFile: (0,generate/* portMapOutputFile */.h3)(result.registry), suppressed: result.suppressed }));
        return 0;
    }
    const map = await buildPortMapFile({
        root: project.root,
        result,
        ...(values.output ? { output: external_node_path_.resolve(io.cwd, values.output) } : {}),
    });
    const shownOf = (file) => external_node_path_.relative(io.cwd, file) || file;
    const shown = shownOf(map.file);
    // The chart is reported only when it needs something: a current map with its chart is "up to date".
    const files = [map, ...(map.chart ? [map.chart] : [])];
    if (values.check) {
        const stale = files.filter((f) => f.stale);
        if (stale.length === 0) {
            io.stdout(`${shown} is up to date\n`);
            return 0;
        }
        for (const f of stale) {
            const from = f.current === undefined ? "/dev/null" : `a/${f.relative}`;
            io.stdout(unifiedDiff((0,markers/* normaliseEol */.xT)(f.current ?? ""), (0,markers/* normaliseEol */.xT)(f.content), { fromFile: from, toFile: `b/${f.relative}` }));
        }
        for (const f of stale) {
            io.stderr(`portcullis: ${shownOf(f.file)} is ${f.current === undefined ? "missing" : "stale"}; run \`portcullis docs\` to regenerate it\n`);
        }
        return 1;
    }
    const changed = files.filter((f) => f.current !== f.content);
    if (changed.length === 0) {
        io.stdout(`${shown} is up to date\n`);
        return 0;
    }
    for (const f of changed) {
        await (0,atomic_write/* writeFileAtomic */.Z)(f.file, f.content);
        io.stdout(`wrote ${shownOf(f.file)}\n`);
    }
    return 0;
};


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readIfExists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
// A file the CLI may overwrite (the port map, an env file), read first: undefined when it is not there.

async function readIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 4070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R4: () => (/* binding */ CACHE_FLAGS),
/* harmony export */   RN: () => (/* binding */ scanCacheOption),
/* harmony export */   yj: () => (/* binding */ cacheHelp),
/* harmony export */   z5: () => (/* binding */ registryCacheOption)
/* harmony export */ });
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8435);
/* harmony import */ var _engine_scan_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8970);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8908);
// Whether a CLI command reuses the scan cache (engine/scan-cache.ts), and where it lives.



/** The help lines of the cache flags, their descriptions starting at `column` (as the command's other options). */
function cacheHelp(column) {
    return `${"  --no-cache".padEnd(column)}scan every file again instead of reusing unchanged files' results
${"  --cache".padEnd(column)}reuse them on CI too (off there by default: runners start empty)
`;
}
/** The parseArgs options of the cache flags. */
const CACHE_FLAGS = {
    cache: { type: "boolean" },
    "no-cache": { type: "boolean" },
};
/**
 * On by default, off with --no-cache or PORTCULLIS_CACHE=0, and off on CI (the CI variable set)
 * unless --cache asks for it: a fresh runner has nothing to reuse and would only pay for writing.
 */
function scanCacheOption(values, env) {
    if (values.cache && values["no-cache"])
        throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e("--cache and --no-cache cannot be combined");
    const base = (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .scanCacheWanted */ .Tv)(values, env) ? (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheDir */ .e8)(env) : undefined;
    return base ? (0,_engine_scan_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCacheIn */ .N)(base) : false;
}
/** The loaded-registry cache (scan/registry-cache.ts): on unless PORTCULLIS_CACHE=0, as for the hook. */
function registryCacheOption(env) {
    const base = (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheDir */ .e8)(env);
    return base ? { registryCache: base } : {};
}


/***/ })

};
;
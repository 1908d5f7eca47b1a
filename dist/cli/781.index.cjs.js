"use strict";
exports.id = 781;
exports.ids = [781];
exports.modules = {

/***/ 3781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exitCode: () => (/* binding */ exitCode),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/engine/check.js + 1 modules
var check = __webpack_require__(9957);
// EXTERNAL MODULE: ./lib/engine/baseline.js
var baseline = __webpack_require__(263);
// EXTERNAL MODULE: ./lib/rules/index.js + 13 modules
var rules = __webpack_require__(1623);
;// CONCATENATED MODULE: ./lib/report/index.js
// Formatters by name, loaded on demand so the CLI only parses the one it prints with.
const whole = (formatter) => (input, context) => [formatter(input, context)];
const LOADERS = {
    stylish: async () => whole((await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 6956))).formatStylish),
    json: async () => (await __webpack_require__.e(/* import() */ 406).then(__webpack_require__.bind(__webpack_require__, 7406))).formatJsonPieces,
    sarif: async () => whole((await __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 123))).formatSarif),
    github: async () => whole((await __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 6763))).formatGithub),
    markdown: async () => whole((await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 5402))).formatMarkdown),
};
const FORMAT_NAMES = Object.keys(LOADERS);
function loadFormatter(name) {
    const loader = LOADERS[name];
    if (!loader)
        throw new Error(`unknown format ${name}`);
    return loader();
}

// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
// EXTERNAL MODULE: ./lib/scan/staged.js
var scan_staged = __webpack_require__(2999);
// EXTERNAL MODULE: ./lib/scan/discover.js
var discover = __webpack_require__(8998);
;// CONCATENATED MODULE: ./lib/scan/changed.js
// `--changed-since REF`: the files a branch changed since it left REF (the merge base, as a pull
// request sees it), plus uncommitted and untracked work, so a local run matches what CI will judge.


class UnknownRefError extends Error {
    name = "UnknownRefError";
}
/**
 * Files (relative to `cwd`, `/` separators) added, copied, modified or renamed since the merge base
 * of `ref` and HEAD, in commits or in the working tree, and untracked files not ignored. Sorted.
 */
async function changedSince(cwd, ref, env = (0,scan_staged/* gitEnv */.gE)(cwd)) {
    if (ref.startsWith("-"))
        throw new UnknownRefError(`"${ref}" is not a revision`);
    let base;
    try {
        base = (await (0,scan_staged/* git */.$Y)(cwd, ["merge-base", ref, "HEAD"], env)).toString("utf8").trim();
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new UnknownRefError(`cannot find where HEAD left "${ref}" (git merge-base: ${detail || "no common ancestor"})`);
    }
    if (!base)
        throw new UnknownRefError(`"${ref}" and HEAD share no history`);
    const [changed, untracked] = await Promise.all([
        (0,scan_staged/* git */.$Y)(cwd, ["diff", "--name-only", "-z", "--relative", "--no-renames", "--diff-filter=ACMR", base, "--"], env),
        (0,scan_staged/* git */.$Y)(cwd, ["ls-files", "-z", "--others", "--exclude-standard"], env),
    ]);
    return [...new Set([...(0,discover/* splitNul */.K5)(changed), ...(0,discover/* splitNul */.K5)(untracked)])].sort();
}

// EXTERNAL MODULE: ./lib/docs/markers.js
var markers = __webpack_require__(4200);
// EXTERNAL MODULE: ./lib/scan/registry-cache.js
var registry_cache = __webpack_require__(8089);
// EXTERNAL MODULE: ./lib/scan/scanners/index.js + 27 modules
var scanners = __webpack_require__(3152);
;// CONCATENATED MODULE: ./lib/scan/staged-check.js
// `check --staged`: the engine run on staged content, reading from the index only the context the
// rules need, and reporting findings in staged files (plus what a staged registry makes stale).






/**
 * `check --staged`: judges the staged content of staged files, reading from the index only what
 * the rules need. Context on top of the staged files:
 * - a staged compose file brings the compose files that could publish one of its host ports
 *   (port-conflict across files) and the `.env` beside it (what compose interpolates from);
 * - a staged registry file (ports.yaml or one it extends) when the repository has a port map,
 *   or a staged file holding one, brings the whole index: the map lists where every port is
 *   configured, so it can only be judged current against every file's refs. Such a commit costs
 *   as much as a full check.
 * Findings are reported in staged files, plus `docs-drift` in port maps when the registry is staged.
 * A rule that compares files with each other must be reflected here.
 */
async function checkStaged(options) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    if (options.snapshot && options.snapshot.root !== root)
        throw new Error(`index snapshot of ${options.snapshot.root}, not ${root}`);
    const snapshot = options.snapshot ??
        (0,scan_staged/* stagedSnapshot */.ng)(root, options.config, {
            ...(options.env ? { env: options.env } : {}),
            ...(options.cwd ? { cwd: options.cwd } : {}),
        });
    try {
        const inPaths = (0,check/* scopeFilter */.Ro)(options.paths);
        const staged = (await snapshot.staged()).map((entry) => entry.path).filter(inPaths);
        const empty = () => ({
            findings: [],
            notices: [],
            baselined: 0,
            staged,
            readSource: (file) => snapshot.textOf(file),
            summary: { errors: 0, warnings: 0, infos: 0, filesScanned: 0, durationMs: Math.round(performance.now() - started) },
        });
        if (staged.length === 0)
            return empty();
        const registry = options.registry ??
            (await (0,registry_cache/* loadRegistryCached */.K)(options.config, {
                root,
                allowOutside: options.allowOutside ?? false,
                readText: snapshot.readText,
                cacheDir: (0,registry_cache/* registryCacheDir */.J)(options.env),
            }));
        const stagedSet = new Set(staged);
        const registryStaged = registry.sources.some((file) => stagedSet.has(file));
        if (!registryStaged && !staged.some((file) => (0,scanners/* classify */.L)(file) !== undefined))
            return empty();
        const common = {
            root,
            registry,
            ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
            ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
        };
        const finish = (result, findings) => ({
            findings,
            notices: result.notices,
            baselined: result.baselined,
            staged,
            readSource: (file) => snapshot.textOf(file),
            summary: {
                errors: findings.filter((f) => f.severity === "error").length,
                warnings: findings.filter((f) => f.severity === "warning").length,
                infos: findings.filter((f) => f.severity === "info").length,
                filesScanned: result.summary.filesScanned,
                durationMs: Math.round(performance.now() - started),
            },
        });
        // A staged registry makes every port map's "where each port is configured" list suspect.
        const judgeMaps = registryStaged && (await portMapFiles(snapshot)).length > 0;
        if (!judgeMaps) {
            const files = await lazyContext(snapshot, staged);
            const result = await (0,check/* check */.z6)({ ...common, source: snapshot.source(files), only: staged });
            const holdsMap = result.files.some((file) => stagedSet.has(file.path) && file.result.portMap);
            if (!holdsMap)
                return finish(result, result.findings);
        }
        const everything = (await snapshot.all()).filter(scan_staged/* isRegularFile */.Ze).map((entry) => entry.path);
        const result = await (0,check/* check */.z6)({ ...common, source: snapshot.source(everything) });
        const maps = new Set(result.files.filter((file) => file.result.portMap).map((file) => file.path));
        const findings = result.findings.filter((f) => stagedSet.has(f.file) || (registryStaged && f.ruleId === "docs-drift" && maps.has(f.file)));
        return finish(result, findings);
    }
    finally {
        snapshot.close();
    }
}
/**
 * Files that may hold a port map: a generated file starts with GENERATED_MARK, an embedded map
 * sits after a `portcullis:begin` marker. Found by text in Markdown, without parsing or reading
 * every file here: when there is none, a staged registry needs no whole-index scan.
 */
function portMapFiles(snapshot) {
    return snapshot.grep(["portcullis:begin", markers/* GENERATED_MARK */.iT], [":(icase)*.md", ":(icase)*.markdown"]);
}
/**
 * The staged files plus what port-conflict needs to judge a staged compose file: the other
 * compose files that could publish one of its host ports (and the `.env` beside it). Parsing every
 * compose file of a large repository would cost more than the whole hook may take, so a context
 * file is read as text first and parsed only when it could hold a clashing port (see mayPublish).
 */
async function lazyContext(snapshot, staged) {
    const composeScanners = scanners/* scanners */.U.filter((scanner) => scanner.family === "compose");
    const isCompose = (file) => composeScanners.some((scanner) => scanner.matches(file));
    const stagedCompose = staged.filter(isCompose);
    if (stagedCompose.length === 0)
        return [...staged];
    const envBeside = new Set(stagedCompose.map((file) => external_node_path_.posix.join(external_node_path_.posix.dirname(file), ".env")));
    const context = (await snapshot.contextEntries()).filter(scan_staged/* isRegularFile */.Ze).map((entry) => entry.path);
    const files = [...staged, ...context.filter((file) => envBeside.has(file))];
    const stagedSet = new Set(staged);
    const others = context.filter((file) => isCompose(file) && !stagedSet.has(file));
    // All reads go out together; the staged files are parsed while the others arrive.
    const pending = Promise.all(others.map((file) => snapshot.read(file)));
    pending.catch(() => undefined); // awaited below, or not needed after all
    const stagedTexts = await Promise.all(stagedCompose.map((file) => snapshot.read(file)));
    const published = [];
    stagedCompose.forEach((file, i) => {
        const text = stagedTexts[i]?.toString("utf8");
        if (text === undefined)
            return;
        for (const ref of composeScanners.find((scanner) => scanner.matches(file)).scan(file, text).refs) {
            if (ref.kind === "publish")
                published.push([ref.port, ref.portEnd ?? ref.port]);
        }
    });
    if (published.length === 0)
        return files;
    const texts = await pending;
    others.forEach((file, i) => {
        const text = texts[i]?.toString("utf8");
        if (text !== undefined && mayPublish(text, published))
            files.push(file);
    });
    return files;
}
/** Numbers written other than as plain decimals: YAML hex/octal/float literals, escapes in quoted strings. */
const ENCODED_NUMBER = /0[xo][0-9a-f]|\\|\d[eE][+-]?\d|\.inf\b/i;
const NUMBER_OR_RANGE = /(\d+)(?:\s*-\s*(\d+))?/g;
const RANGE = /\d\s*-\s*\d/;
/**
 * Could a compose file's text publish a port inside one of `intervals`? Scanners are pure, so
 * every port a file yields is written in it: as a decimal (a literal, a `${VAR:-8000}` default,
 * either end of a `8000-8010` range) or in an encoding this test treats as "maybe". Erring
 * towards yes only costs a parse.
 */
function mayPublish(text, intervals) {
    if (ENCODED_NUMBER.test(text))
        return true;
    // Most files hold none of the ports at all: a substring test settles them without the walk below.
    const single = intervals.every(([start, end]) => start === end);
    if (single && !RANGE.test(text) && !intervals.some(([port]) => text.includes(String(port))))
        return false;
    for (const match of text.matchAll(NUMBER_OR_RANGE)) {
        const a = Number(match[1]);
        const b = match[2] === undefined ? a : Number(match[2]);
        const [from, to] = a <= b ? [a, b] : [b, a];
        if (intervals.some(([start, end]) => from <= end && start <= to))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./lib/atomic-write.js
var atomic_write = __webpack_require__(9296);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
// EXTERNAL MODULE: ./lib/cli/early-start.js
var early_start = __webpack_require__(5632);
// EXTERNAL MODULE: ./lib/cli/project.js
var cli_project = __webpack_require__(5283);
// EXTERNAL MODULE: ./lib/cli/scan-cache-option.js
var scan_cache_option = __webpack_require__(4070);
;// CONCATENATED MODULE: ./lib/cli/check.js
// `portcullis check`: scan the repository, report what disagrees with ports.yaml.
















const HELP = `Usage: portcullis check [paths…] [options]

Checks every port written in the repository against ports.yaml.

Options:
  --config FILE         ports.yaml to use (default: found in this folder or a parent)
  --root DIR            repository root (default: the folder of ports.yaml)
  --format NAME         ${FORMAT_NAMES.join(" | ")} (default: stylish)
  --output FILE         write the report to FILE (atomically) instead of stdout
  --max-warnings N      exit 1 when there are more than N warnings
  --baseline FILE       do not report findings recorded in FILE
  --write-baseline FILE record the current findings in FILE and exit 0
  --max-file-size BYTES skip larger files with a notice (default: 1048576)
  --allow-outside       let extends read registries outside the repository
  --staged              check what is staged for commit: staged files, staged content (the git index)
  --changed-since REF   report only files changed since the merge base of REF and HEAD
  --quiet               report errors only
${(0,scan_cache_option/* cacheHelp */.yj)(24)}  -h, --help            show this help

Paths restrict the report to those files or folders; the whole repository is still read for context.
`;
const NOTHING_TO_CHECK = {
    findings: [],
    notices: [],
    summary: { errors: 0, warnings: 0, infos: 0, filesScanned: 0, durationMs: 0 },
};
const run = async (args, io) => {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            config: { type: "string" },
            root: { type: "string" },
            format: { type: "string", default: "stylish" },
            output: { type: "string" },
            "max-warnings": { type: "string" },
            baseline: { type: "string" },
            "write-baseline": { type: "string" },
            "max-file-size": { type: "string" },
            "allow-outside": { type: "boolean", default: false },
            staged: { type: "boolean", default: false },
            "changed-since": { type: "string" },
            quiet: { type: "boolean", default: false },
            ...scan_cache_option/* CACHE_FLAGS */.R4,
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const format = values.format;
    if (!FORMAT_NAMES.includes(format))
        throw new cli_io/* UsageError */.e(`unknown format "${format}" (expected ${FORMAT_NAMES.join(", ")})`);
    const maxWarnings = parseCount(values["max-warnings"], "--max-warnings");
    const maxFileSize = parseCount(values["max-file-size"], "--max-file-size");
    const project = (0,cli_project/* locateProject */.m)(io.cwd, { config: values.config, root: values.root });
    let only = positionals.length > 0 ? positionals.map((p) => toRepoPath(project.root, external_node_path_.resolve(io.cwd, p))) : undefined;
    const changedRef = values["changed-since"];
    if (values.staged && changedRef !== undefined)
        throw new cli_io/* UsageError */.e("--staged and --changed-since cannot be combined");
    let readSourceText = (file) => readSource(project.root, file);
    let result;
    try {
        if (changedRef !== undefined)
            only = (await changedSince(project.root, changedRef, (0,scan_staged/* gitEnv */.gE)(io.cwd, io.env))).filter((0,check/* scopeFilter */.Ro)(only));
        if (values.staged) {
            const snapshot = (0,early_start/* takeEarlySnapshot */.X1)(project.root, project.config);
            const staged = await checkStaged({
                root: project.root,
                config: project.config,
                ...(snapshot ? { snapshot } : {}),
                ...(only ? { paths: only } : {}),
                ...(maxFileSize !== undefined ? { maxFileSize } : {}),
                ...(values.baseline ? { baseline: external_node_path_.resolve(io.cwd, values.baseline) } : {}),
                allowOutside: values["allow-outside"],
                env: io.env,
                cwd: io.cwd,
            });
            readSourceText = (file) => staged.readSource(file) ?? readSource(project.root, file);
            result = staged;
        }
        else if (only?.length === 0) {
            result = NOTHING_TO_CHECK; // --changed-since found no changed file
        }
        else {
            result = await (0,check/* check */.z6)({
                root: project.root,
                config: project.config,
                ...(only ? { only } : {}),
                ...(maxFileSize !== undefined ? { maxFileSize } : {}),
                ...(values.baseline ? { baseline: external_node_path_.resolve(io.cwd, values.baseline) } : {}),
                allowOutside: values["allow-outside"],
                cache: (0,scan_cache_option/* scanCacheOption */.RN)(values, io.env),
                ...(0,scan_cache_option/* registryCacheOption */.z5)(io.env),
            });
        }
    }
    catch (error) {
        if (error instanceof scan_staged/* GitError */.XS || error instanceof UnknownRefError) {
            throw new cli_io/* UsageError */.e(`${changedRef !== undefined ? "--changed-since" : "--staged"}: ${error.message}`);
        }
        throw error;
    }
    if (values["write-baseline"]) {
        const target = external_node_path_.resolve(io.cwd, values["write-baseline"]);
        await (0,atomic_write/* writeFileAtomic */.Z)(target, (0,baseline/* formatBaseline */.J)(result.findings));
        io.stderr(`portcullis: recorded ${result.findings.length} findings in ${external_node_path_.relative(io.cwd, target) || target}\n`);
        return 0;
    }
    for (const notice of result.notices)
        io.stderr(`portcullis: ${notice}\n`);
    const shown = values.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
    const formatter = await loadFormatter(format);
    const color = io.isTTY && !values.output && !io.env.NO_COLOR && io.env.TERM !== "dumb";
    const pieces = formatter({ findings: shown, summary: result.summary }, {
        root: project.root,
        rules: rules/* ruleMetas */.j,
        color,
        version: version/* VERSION */.x,
        readSource: readSourceText,
    });
    if (values.output)
        await (0,atomic_write/* writeFileAtomic */.Z)(external_node_path_.resolve(io.cwd, values.output), pieces);
    else {
        for (const piece of pieces) {
            io.stdout(piece);
            await io.stdoutDrained?.();
        }
    }
    return exitCode(result, maxWarnings);
};
function readSource(root, file) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(root, file), "utf8");
    }
    catch {
        return undefined;
    }
}
function exitCode(result, maxWarnings) {
    if (result.summary.errors > 0)
        return 1;
    if (maxWarnings !== undefined && result.summary.warnings > maxWarnings)
        return 1;
    return 0;
}
function parseCount(value, flag) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new cli_io/* UsageError */.e(`${flag} expects a non-negative integer, got "${value}"`);
    return Number(value);
}
function toRepoPath(root, absolute) {
    const rel = external_node_path_.relative(root, absolute);
    if (rel.startsWith("..") || external_node_path_.isAbsolute(rel))
        throw new cli_io/* UsageError */.e(`${absolute} is outside the repository ${root}`);
    return rel.split(external_node_path_.sep).join("/");
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
"use strict";
exports.id = 416;
exports.ids = [416];
exports.modules = {

/***/ 9416:
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
const LOADERS = {
    stylish: async () => (await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 6956))).formatStylish,
    json: async () => (await __webpack_require__.e(/* import() */ 406).then(__webpack_require__.bind(__webpack_require__, 7406))).formatJson,
    sarif: async () => (await __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 123))).formatSarif,
    github: async () => (await __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 6763))).formatGithub,
    markdown: async () => (await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 5402))).formatMarkdown,
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/scan/staged.js
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
        if (value && !external_node_path_.isAbsolute(value))
            out[name] = external_node_path_.resolve(cwd, value);
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
        const child = (0,external_node_child_process_.spawn)("git", args, { cwd, env, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
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
        this.child = (0,external_node_child_process_.spawn)("git", ["cat-file", "--batch"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
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
        this.root = external_node_path_.resolve(root);
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
        const rel = external_node_path_.relative(this.root, absolute).split(external_node_path_.sep).join("/");
        const entry = (await this.entries([rel])).get(rel);
        this.retained.add(rel);
        if (entry && isRegularFile(entry))
            return (await this.read(rel))?.toString("utf8");
        return (0,promises_.readFile)(absolute, "utf8").catch((error) => {
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
async function changedSince(cwd, ref, env = gitEnv(cwd)) {
    if (ref.startsWith("-"))
        throw new UnknownRefError(`"${ref}" is not a revision`);
    let base;
    try {
        base = (await git(cwd, ["merge-base", ref, "HEAD"], env)).toString("utf8").trim();
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new UnknownRefError(`cannot find where HEAD left "${ref}" (git merge-base: ${detail || "no common ancestor"})`);
    }
    if (!base)
        throw new UnknownRefError(`"${ref}" and HEAD share no history`);
    const [changed, untracked] = await Promise.all([
        git(cwd, ["diff", "--name-only", "-z", "--relative", "--no-renames", "--diff-filter=ACMR", base, "--"], env),
        git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"], env),
    ]);
    return [...new Set([...(0,discover/* splitNul */.K5)(changed), ...(0,discover/* splitNul */.K5)(untracked)])].sort();
}

// EXTERNAL MODULE: ./lib/docs/markers.js
var markers = __webpack_require__(4200);
// EXTERNAL MODULE: ./lib/registry/load.js
var load = __webpack_require__(9395);
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
    const configRel = repoRelative(root, options.config);
    if (options.snapshot && options.snapshot.root !== root)
        throw new Error(`index snapshot of ${options.snapshot.root}, not ${root}`);
    const snapshot = options.snapshot ??
        new IndexSnapshot(root, {
            ...(options.env ? { env: options.env } : {}),
            ...(options.cwd ? { cwd: options.cwd } : {}),
            prefetch: [configRel, load/* DEFAULT_DOCS_OUTPUT */.UZ],
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
        const everything = (await snapshot.all()).filter(isRegularFile).map((entry) => entry.path);
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
    const context = (await snapshot.contextEntries()).filter(isRegularFile).map((entry) => entry.path);
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
function repoRelative(root, absolute) {
    return external_node_path_.relative(root, external_node_path_.resolve(root, absolute)).split(external_node_path_.sep).join("/");
}

// EXTERNAL MODULE: ./lib/atomic-write.js
var atomic_write = __webpack_require__(9296);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
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
${scan_cache_option/* CACHE_HELP */.L1}  -h, --help            show this help

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
            only = (await changedSince(project.root, changedRef, gitEnv(io.cwd, io.env))).filter((0,check/* scopeFilter */.Ro)(only));
        if (values.staged) {
            const staged = await checkStaged({
                root: project.root,
                config: project.config,
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
        if (error instanceof GitError || error instanceof UnknownRefError) {
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
    const text = formatter({ findings: shown, summary: result.summary }, {
        root: project.root,
        rules: rules/* ruleMetas */.j,
        color,
        version: version/* VERSION */.x,
        readSource: readSourceText,
    });
    if (values.output)
        await (0,atomic_write/* writeFileAtomic */.Z)(external_node_path_.resolve(io.cwd, values.output), text);
    else
        io.stdout(text);
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

/***/ 5283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ locateProject)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);
/* harmony import */ var _registry_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3062);
// Where the project is: the folder of its ports.yaml (found by walking up from the working
// directory, or given with --config), unless --root says otherwise.



function locateProject(cwd, options) {
    if (options.config) {
        const config = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, options.config);
        return { config, root: options.root ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, options.root) : node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(config) };
    }
    const start = options.root ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, options.root) : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd);
    for (let dir = start;; dir = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dir)) {
        const config = (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_1__/* .findConfig */ .u0)(dir);
        if (config)
            return { config, root: options.root ? start : dir };
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dir) === dir)
            break;
    }
    throw new _registry_model_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x("no ports.yaml found here or in any parent folder; create one with `portcullis init --write` or pass --config", node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, start) || ".");
}


/***/ }),

/***/ 4070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ CACHE_HELP),
/* harmony export */   R4: () => (/* binding */ CACHE_FLAGS),
/* harmony export */   RN: () => (/* binding */ scanCacheOption),
/* harmony export */   z5: () => (/* binding */ registryCacheOption)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8435);
/* harmony import */ var _engine_scan_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8970);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8908);
// Whether a CLI command reuses the scan cache (engine/scan-cache.ts), and where it lives.




const CACHE_HELP = `  --no-cache            scan every file again instead of reusing unchanged files' results
  --cache               reuse them on CI too (off there by default: runners start empty)
`;
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
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e("--cache and --no-cache cannot be combined");
    const base = (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCacheWanted */ .Tv)(values, env) ? (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .cacheDir */ .e8)(env) : undefined;
    return base ? { dir: node_path__WEBPACK_IMPORTED_MODULE_0__.join(base, "scan"), signature: (0,_engine_scan_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSignature */ .yJ)() } : false;
}
/** The loaded-registry cache (scan/registry-cache.ts): on unless PORTCULLIS_CACHE=0, as for the hook. */
function registryCacheOption(env) {
    const base = (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .cacheDir */ .e8)(env);
    return base ? { registryCache: base } : {};
}


/***/ })

};
;
export const id = 4;
export const ids = [4];
export const modules = {

/***/ 5004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exitCode: () => (/* binding */ exitCode),
  run: () => (/* binding */ run),
  writeFileAtomic: () => (/* binding */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/engine/check.js + 3 modules
var check = __webpack_require__(4834);
// EXTERNAL MODULE: ./lib/engine/baseline.js
var baseline = __webpack_require__(263);
// EXTERNAL MODULE: ./lib/rules/index.js + 14 modules
var rules = __webpack_require__(830);
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
// EXTERNAL MODULE: ./lib/registry/load.js + 8 modules
var load = __webpack_require__(5479);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./lib/scan/registry-cache.js
// A content-addressed cache of loaded registries for the pre-commit path: the hook runs on every
// commit against the same ports.yaml, so YAML parsing and schema compilation are paid once per content.








/** Entries kept; the oldest go when a write finds more. */
const MAX_ENTRIES = 64;
/**
 * Where the cache lives: `PORTCULLIS_CACHE_DIR`, else `$XDG_CACHE_HOME/portcullis`, else
 * `~/.cache/portcullis`; undefined (no cache) when `PORTCULLIS_CACHE=0`.
 */
function registryCacheDir(env = process.env) {
    if (env.PORTCULLIS_CACHE === "0" || env.PORTCULLIS_CACHE === "false")
        return undefined;
    if (env.PORTCULLIS_CACHE_DIR)
        return external_node_path_.resolve(env.PORTCULLIS_CACHE_DIR);
    const base = env.XDG_CACHE_HOME || external_node_path_.join(external_node_os_.homedir(), ".cache");
    return external_node_path_.join(base, "portcullis");
}
const hash = (text) => (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
/** This build of the code: a rebuilt loader must not read entries an older one wrote. */
function buildId() {
    try {
        const stat = (0,external_node_fs_.statSync)((0,external_node_url_.fileURLToPath)(import.meta.url));
        return `${version/* VERSION */.x}:${stat.size}:${stat.mtimeMs}`;
    }
    catch {
        return version/* VERSION */.x;
    }
}
/**
 * loadRegistry, answered from the cache when the root file and everything it extends read the
 * same as when the entry was written. Only successful loads are stored; errors always come from
 * a real load. Unreadable or unwritable caches are ignored.
 */
async function loadRegistryCached(configPath, options) {
    const { cacheDir, ...loadOptions } = options;
    const readText = loadOptions.readText;
    if (!cacheDir || !readText)
        return (0,load/* loadRegistry */.Ag)(configPath, loadOptions);
    const root = external_node_path_.resolve(loadOptions.root);
    const configAbs = external_node_path_.resolve(root, configPath);
    const rootText = await readText(configAbs);
    if (rootText === undefined)
        return (0,load/* loadRegistry */.Ag)(configPath, loadOptions);
    const key = hash(JSON.stringify([buildId(), root, configAbs, loadOptions.allowOutside ?? false, hash(rootText)]));
    const file = external_node_path_.join(cacheDir, `registry-${key}.v8`);
    const cached = readEntry(file);
    if (cached && (await sourcesUnchanged(cached, readText)))
        return cached.registry;
    const read = new Map();
    const registry = await (0,load/* loadRegistry */.Ag)(configPath, {
        ...loadOptions,
        readText: async (absolute) => {
            const text = absolute === configAbs ? rootText : await readText(absolute);
            read.set(absolute, text);
            return text;
        },
    });
    if ([...read.values()].every((text) => text !== undefined)) {
        const sources = [...read].map(([source, text]) => ({ file: source, hash: hash(text) }));
        writeEntry(cacheDir, file, { sources, registry });
    }
    return registry;
}
function readEntry(file) {
    try {
        const entry = external_node_v8_.deserialize((0,external_node_fs_.readFileSync)(file));
        return Array.isArray(entry?.sources) && entry.registry ? entry : undefined;
    }
    catch {
        return undefined;
    }
}
async function sourcesUnchanged(entry, readText) {
    const texts = await Promise.all(entry.sources.map((source) => readText(source.file).catch(() => undefined)));
    return texts.every((text, i) => text !== undefined && hash(text) === entry.sources[i].hash);
}
function writeEntry(dir, file, entry) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, external_node_v8_.serialize(entry));
        (0,external_node_fs_.renameSync)(temp, file);
        prune(dir);
    }
    catch {
        // A cache that cannot be written only costs time.
    }
}
function prune(dir) {
    const entries = (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => name.startsWith("registry-") && name.endsWith(".v8"))
        .map((name) => ({ name, mtime: (0,external_node_fs_.statSync)(external_node_path_.join(dir, name)).mtimeMs }));
    if (entries.length <= MAX_ENTRIES)
        return;
    entries.sort((a, b) => a.mtime - b.mtime);
    for (const { name } of entries.slice(0, entries.length - MAX_ENTRIES))
        (0,external_node_fs_.unlinkSync)(external_node_path_.join(dir, name));
}

// EXTERNAL MODULE: ./lib/scan/scanners/index.js + 21 modules
var scanners = __webpack_require__(776);
;// CONCATENATED MODULE: ./lib/scan/staged.js
// The git index as a FileSource: what `git commit` is about to record, read through one
// long-lived `git cat-file --batch`, so a pre-commit check judges staged content, never the tree.







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
/** Runs git with an argument array (no shell ever sees a file name); rejects with git's message. */
function git(cwd, args, env = gitEnv(cwd), input) {
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
            this.child.stdin.write(`${oid}\n`);
        });
    }
    /** Ends the process once answered; pending reads still complete. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
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
/** Pathspecs for the context a staged check may need, fetched with the staged list in one go. */
const CONTEXT_PATHSPECS = ["*compose*.yml", "*compose*.yaml", ".env", "*/.env"];
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
    contents = new Map();
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
        this.context = indexEntries(this.root, [...this.prefetched.map(literalPathspec), ...CONTEXT_PATHSPECS], this.env);
        // Errors surface from the awaits that use these; this only keeps them from going unhandled.
        this.stagedList.catch(() => undefined);
        this.context.catch(() => undefined);
        this.blobs = new BlobReader(this.root, this.env);
    }
    /** Staged files (added, copied, modified, renamed), new side, relative to root. */
    async staged() {
        const entries = await this.stagedList;
        for (const entry of entries)
            this.known.set(entry.path, entry);
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
        await Promise.all([this.staged(), this.contextEntries()]);
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
    /** Staged bytes of a regular file; undefined when not in the index, a symlink or a submodule. */
    async read(file) {
        if (this.contents.has(file))
            return this.contents.get(file);
        const entry = (await this.entries([file])).get(file);
        const bytes = entry && isRegularFile(entry) ? await this.blobs.read(entry.oid) : undefined;
        this.contents.set(file, bytes);
        return bytes;
    }
    /** Text already read (for code frames after the reader is closed). */
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
/**
 * `check --staged`: judges the staged content of staged files, reading from the index only what
 * the rules need. Context on top of the staged files:
 * - a staged compose file brings every compose file in the index (port-conflict across files)
 *   and the `.env` beside it (what compose interpolates from);
 * - a staged registry file (ports.yaml or one it extends), or a staged file holding a generated
 *   port map, brings the whole index: the map lists where every port is configured, so it can
 *   only be judged current against every file's refs.
 * Findings are reported in staged files, plus `docs-drift` in port maps when the registry is staged.
 * A rule that compares files with each other must be reflected here.
 */
async function checkStaged(options) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    const configRel = repoRelative(root, options.config);
    const snapshot = new IndexSnapshot(root, {
        ...(options.env ? { env: options.env } : {}),
        ...(options.cwd ? { cwd: options.cwd } : {}),
        prefetch: [configRel, load/* DEFAULT_DOCS_OUTPUT */.UZ],
    });
    try {
        const inPaths = scopeFilter(options.paths);
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
            (await loadRegistryCached(options.config, {
                root,
                allowOutside: options.allowOutside ?? false,
                readText: snapshot.readText,
                cacheDir: registryCacheDir(options.env),
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
        if (!registryStaged) {
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
 * The staged files plus what port-conflict needs to judge a staged compose file: the other
 * compose files that could publish one of its host ports (and the `.env` beside it). Parsing every
 * compose file of a large repository would cost more than the whole hook may take, so a context
 * file is read as text first and parsed only when it could hold a clashing port (see mayPublish).
 */
async function lazyContext(snapshot, staged) {
    const isCompose = (file) => (0,scanners/* classify */.L)(file)?.family === "compose";
    const stagedCompose = staged.filter(isCompose);
    if (stagedCompose.length === 0)
        return [...staged];
    const envBeside = new Set(stagedCompose.map((file) => external_node_path_.posix.join(external_node_path_.posix.dirname(file), ".env")));
    const context = (await snapshot.contextEntries()).filter(isRegularFile).map((entry) => entry.path);
    const files = [...staged, ...context.filter((file) => envBeside.has(file))];
    const published = [];
    for (const file of stagedCompose) {
        const text = (await snapshot.read(file))?.toString("utf8");
        if (text === undefined)
            continue;
        for (const ref of (0,scanners/* classify */.L)(file).scan(file, text).refs) {
            if (ref.kind === "publish")
                published.push([ref.port, ref.portEnd ?? ref.port]);
        }
    }
    if (published.length === 0)
        return files;
    const stagedSet = new Set(staged);
    const others = context.filter((file) => isCompose(file) && !stagedSet.has(file));
    const texts = await Promise.all(others.map((file) => snapshot.read(file)));
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
/**
 * Could a compose file's text publish a port inside one of `intervals`? Scanners are pure, so
 * every port a file yields is written in it: as a decimal (a literal, a `${VAR:-8000}` default,
 * either end of a `8000-8010` range) or in an encoding this test treats as "maybe". Erring
 * towards yes only costs a parse.
 */
function mayPublish(text, intervals) {
    if (ENCODED_NUMBER.test(text))
        return true;
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
/** A file is in scope when it is, or lies under, one of the given paths (all, when none given). */
function scopeFilter(paths) {
    if (!paths)
        return () => true;
    const entries = paths.map((entry) => entry.replace(/\/+$/, ""));
    return (file) => entries.some((entry) => entry === "" || entry === "." || file === entry || file.startsWith(`${entry}/`));
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

// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
// EXTERNAL MODULE: ./lib/cli/project.js
var cli_project = __webpack_require__(5283);
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
  -h, --help            show this help

Paths restrict the report to those files or folders; the whole repository is still read for context.
`;
const NOTHING_TO_CHECK = {
    findings: [],
    notices: [],
    summary: { errors: 0, warnings: 0, infos: 0, filesScanned: 0, durationMs: 0 },
};
/** Atomic write: a temp file in the same folder, then rename, so readers never see half a file. */
async function writeFileAtomic(file, text) {
    await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await (0,promises_.writeFile)(temp, text);
    await (0,promises_.rename)(temp, file);
}
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
            only = (await changedSince(project.root, changedRef, gitEnv(io.cwd, io.env))).filter(scopeFilter(only));
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
        await writeFileAtomic(target, (0,baseline/* formatBaseline */.J)(result.findings));
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
        await writeFileAtomic(external_node_path_.resolve(io.cwd, values.output), text);
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

/***/ 6620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h3: () => (/* binding */ portMapOutputFile),
/* harmony export */   ps: () => (/* binding */ generatePortMap)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4200);
// The port map (PORTS.md): services, ranges, reservations and where each port is configured,
// rendered from the registry and the scanned refs. Pure and deterministic: same input, same bytes.


/** Where `docs.output` points, repository-relative: next to the registry that names it. */
function portMapOutputFile(registry) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(registry.file), registry.docs.output.replace(/\\/g, "/")));
}
const NONE = "—";
/**
 * Markdown-escapes plain text so it reads back as the same text: table pipes, emphasis, code, links,
 * HTML. `<` becomes `&lt;`, so not even a naive search finds a comment (or a marker) in a description.
 * Line breaks become spaces.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\u0000-\u001f\u007f]+/g, " ")
        .trim()
        .replace(/[\\`*[\]>|~&]/g, "\\$&")
        .replace(/</g, "&lt;")
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_");
}
/** A link destination: each path segment percent-encoded, parentheses included (they end a destination). */
function encodeLinkPath(path) {
    return path
        .split("/")
        .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)))
        .join("/");
}
/** Repository-relative `to` as seen from folder `fromDir`; never depends on the process's working directory. */
function relativeTo(fromDir, to) {
    const root = "/";
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, fromDir), node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, to)) || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(to);
}
function fileLink(file, line, fromDir) {
    const target = relativeTo(fromDir, file);
    return `[${escapeMarkdown(`${file}:${line}`)}](${encodeLinkPath(target)}#L${line})`;
}
function table(header, align, rows) {
    const rule = align.map((a) => (a === "right" ? "---:" : "---"));
    return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}
function portText(from, to) {
    return from === to ? String(from) : `${from}-${to}`;
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function compareServices(a, b) {
    return a.port - b.port || compareText(a.protocol, b.protocol) || compareText(a.name, b.name);
}
/** The service's range by name (or bounds), and the fallback ports `portcullis get --free` may pick. */
function rangeCell(service) {
    const range = service.rangeName !== undefined ? escapeMarkdown(service.rangeName) : service.range ? portText(service.range.from, service.range.to) : undefined;
    const fallback = service.fallback ? `fallback ${portText(service.fallback[0], service.fallback[1])}` : undefined;
    return [range, fallback].filter(Boolean).join("; ") || NONE;
}
function servicesSection(registry) {
    if (registry.services.length === 0)
        return ["No services are declared."];
    const rows = [...registry.services].sort(compareServices).map((s) => [
        String(s.port),
        escapeMarkdown(s.name),
        s.protocol,
        s.access,
        s.env ? `\`${s.env}\`` : NONE,
        rangeCell(s),
        s.description ? escapeMarkdown(s.description) : "",
    ]);
    return table(["Port", "Service", "Protocol", "Access", "Variable", "Range", "Description"], ["right", "left", "left", "left", "left", "left", "left"], rows);
}
/** Every port a service, a fallback range or a reservation claims. */
function claimedPorts(registry) {
    const claimed = new Uint8Array(65536);
    const mark = (from, to) => {
        for (let p = Math.max(1, from); p <= Math.min(65535, to); p++)
            claimed[p] = 1;
    };
    for (const s of registry.services) {
        mark(s.port, s.port);
        if (s.fallback)
            mark(s.fallback[0], s.fallback[1]);
    }
    for (const r of registry.reserved)
        mark(r.from, r.to);
    return claimed;
}
const NEXT_FREE = 3;
function rangesSection(registry) {
    const ranges = [...registry.ranges.entries()].sort(([an, a], [bn, b]) => a.from - b.from || a.to - b.to || compareText(an, bn));
    if (ranges.length === 0)
        return ["No named ranges are declared."];
    const claimed = claimedPorts(registry);
    const rows = ranges.map(([name, range]) => {
        let used = 0;
        const free = [];
        for (let p = range.from; p <= range.to; p++) {
            if (claimed[p])
                used++;
            else if (free.length < NEXT_FREE)
                free.push(p);
        }
        return [
            escapeMarkdown(name),
            portText(range.from, range.to),
            `${used} of ${range.to - range.from + 1}`,
            free.length > 0 ? free.join(", ") : "none",
            range.description ? escapeMarkdown(range.description) : "",
        ];
    });
    return table(["Range", "Ports", "Used", "Next free", "Description"], ["left", "left", "right", "left", "left"], rows);
}
function reservedSection(registry) {
    if (registry.reserved.length === 0)
        return ["No ports are reserved."];
    const rows = [...registry.reserved]
        .sort((a, b) => a.from - b.from || a.to - b.to || compareText(a.reason ?? "", b.reason ?? ""))
        .map((r) => [portText(r.from, r.to), r.reason ? escapeMarkdown(r.reason) : ""]);
    return table(["Ports", "Reason"], ["left", "left"], rows);
}
const KIND_WORDS = {
    publish: "published",
    target: "container port",
    assign: "assigned",
    listen: "listens on",
    dial: "dials",
    docs: "documented",
    literal: "literal",
};
function describeRef(ref) {
    const port = portText(ref.port, ref.portEnd ?? ref.port);
    if (ref.kind === "assign" && ref.envVar)
        return `\`${ref.envVar}=${port}\``;
    return `${KIND_WORDS[ref.kind]} ${port}`;
}
function locationsSection(registry, refs, outputFile) {
    if (registry.services.length === 0)
        return ["No services are declared."];
    const fromDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(outputFile);
    const byService = new Map();
    for (const ref of refs) {
        // Docs mention ports; they do not configure them (and the map must not cite itself).
        if (!ref.service || ref.family === "markdown")
            continue;
        const list = byService.get(ref.service.name) ?? [];
        list.push(ref);
        byService.set(ref.service.name, list);
    }
    const lines = [];
    for (const service of [...registry.services].sort(compareServices)) {
        lines.push(`- **${escapeMarkdown(service.name)}**, ${service.port}/${service.protocol}`);
        lines.push(`  - ${fileLink(service.portAt.file, service.portAt.line, fromDir)}: declared`);
        const places = new Map();
        const sorted = [...(byService.get(service.name) ?? [])].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
        for (const ref of sorted) {
            const key = `${ref.file}\0${ref.line}`;
            const place = places.get(key) ?? { file: ref.file, line: ref.line, what: [] };
            const what = describeRef(ref);
            if (!place.what.includes(what))
                place.what.push(what);
            places.set(key, place);
        }
        for (const place of places.values()) {
            if (place.file === service.portAt.file && place.line === service.portAt.line)
                continue;
            lines.push(`  - ${fileLink(place.file, place.line, fromDir)}: ${place.what.join(", ")}`);
        }
    }
    return lines;
}
/** The port map as Markdown (LF line endings, ending in one newline). */
function generatePortMap(registry, refs, options = {}) {
    const outputFile = options.outputFile ?? portMapOutputFile(registry);
    const depth = Math.min(6, Math.max(1, options.headingDepth ?? 2));
    const heading = (text) => `${"#".repeat(depth)} ${text}`;
    const fromDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(outputFile);
    const registryLink = `[${escapeMarkdown(registry.file)}](${encodeLinkPath(relativeTo(fromDir, registry.file))})`;
    const blocks = [];
    if (!options.embedded) {
        blocks.push([`${_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATED_MARK */ .iT} from ${registry.file}. Do not edit: change ${registry.file}, then run \`portcullis docs\`. -->`]);
        const title = registry.project ? `Port map: ${escapeMarkdown(registry.project)}` : "Port map";
        blocks.push([`${"#".repeat(Math.max(1, depth - 1))} ${title}`]);
    }
    blocks.push([`Generated from ${registryLink} by \`portcullis docs\`; edit that file, not this map.`]);
    blocks.push([heading("Services")], servicesSection(registry));
    blocks.push([heading("Ranges")], rangesSection(registry));
    blocks.push([heading("Reserved ports")], reservedSection(registry));
    blocks.push([heading("Where each port is configured")], locationsSection(registry, refs, outputFile));
    return `${blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ applyPortMap),
/* harmony export */   Lj: () => (/* binding */ findPortMapRegion),
/* harmony export */   iT: () => (/* binding */ GENERATED_MARK),
/* harmony export */   m6: () => (/* binding */ embeddedContent),
/* harmony export */   xT: () => (/* binding */ normaliseEol)
/* harmony export */ });
/* unused harmony exports MARKER_BEGIN, MARKER_END, isGeneratedFile */
/* harmony import */ var _parse_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4336);
// Where a port map lives in a file: a whole generated file, or the text between portcullis markers
// in a hand-written one. Replacing a map never touches a byte outside its region.

const MARKER_BEGIN = "<!-- portcullis:begin -->";
const MARKER_END = "<!-- portcullis:end -->";
/** The first line of a generated file starts with this. */
const GENERATED_MARK = "<!-- Generated by portcullis";
const BEGIN = /^<!--\s*portcullis:begin\s*-->$/;
const END = /^<!--\s*portcullis:end\s*-->$/;
const BOM = "\uFEFF";
function isGeneratedFile(text) {
    return (text.startsWith(BOM) ? text.slice(1) : text).startsWith(GENERATED_MARK);
}
/**
 * Finds the port map in a Markdown text. Markers count only as real HTML comments (an `html` node),
 * so a fenced example showing them is left alone.
 */
function findPortMapRegion(text, tree = (0,_parse_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarkdown */ .D)(text)) {
    if (isGeneratedFile(text))
        return { kind: "whole" };
    const begins = [];
    const ends = [];
    const headings = [];
    const walk = (node) => {
        if (node.type === "html") {
            const value = node.value.trim();
            if (BEGIN.test(value))
                begins.push(node);
            else if (END.test(value))
                ends.push(node);
        }
        else if (node.type === "heading" && node.position?.end.offset !== undefined) {
            headings.push({ end: node.position.end.offset, depth: node.depth });
        }
        if ("children" in node)
            for (const child of node.children)
                walk(child);
    };
    walk(tree);
    if (begins.length === 0 && ends.length === 0)
        return { kind: "none" };
    const offsets = (node) => [node.position.start.offset, node.position.end.offset];
    const [first] = begins.length > 0 ? begins : ends;
    const [firstStart, firstEnd] = offsets(first);
    if (begins.length !== 1 || ends.length !== 1) {
        const message = begins.length === 0
            ? `${MARKER_END} without ${MARKER_BEGIN} before it`
            : ends.length === 0
                ? `${MARKER_BEGIN} without a matching ${MARKER_END}`
                : `a file holds one port map: found ${begins.length} begin and ${ends.length} end markers`;
        return { kind: "broken", start: firstStart, end: firstEnd, message };
    }
    const [beginStart, beginEnd] = offsets(begins[0]);
    const [endStart, endEnd] = offsets(ends[0]);
    if (endStart < beginEnd) {
        return { kind: "broken", start: endStart, end: endEnd, message: `${MARKER_END} comes before ${MARKER_BEGIN}` };
    }
    const above = headings.filter((h) => h.end <= beginStart).pop();
    return {
        kind: "embedded",
        beginStart,
        beginEnd,
        contentStart: beginEnd,
        contentEnd: endStart,
        endStart,
        endEnd,
        headingDepth: Math.min(6, above ? above.depth + 1 : 2),
    };
}
/** What goes between the markers: the map, a blank line on each side so it parses as blocks. */
function embeddedContent(body) {
    return `\n\n${body}\n`;
}
function normaliseEol(text) {
    return text.replace(/\r\n?/g, "\n");
}
function usesCrlf(text) {
    const lf = text.indexOf("\n");
    return lf > 0 && text[lf - 1] === "\r";
}
/**
 * The file's new text with the map in place: a new or generated file is the map itself; a file with
 * markers gets only the text between them replaced (in its own line endings). Any other file is
 * hand-written and is refused: a generated map must never overwrite someone's prose.
 */
function applyPortMap(existing, render) {
    if (existing === undefined || existing.trim() === "") {
        return { ok: true, text: render({ embedded: false, headingDepth: 2 }) };
    }
    const location = findPortMapRegion(existing);
    const crlf = usesCrlf(existing);
    const eol = (text) => (crlf ? text.replace(/\n/g, "\r\n") : text);
    switch (location.kind) {
        case "whole": {
            const bom = existing.startsWith(BOM) ? BOM : "";
            return { ok: true, text: bom + eol(render({ embedded: false, headingDepth: 2 })) };
        }
        case "embedded": {
            const body = render({ embedded: true, headingDepth: location.headingDepth });
            return {
                ok: true,
                text: existing.slice(0, location.contentStart) + eol(embeddedContent(body)) + existing.slice(location.contentEnd),
            };
        }
        case "broken":
            return { ok: false, message: location.message };
        case "none":
            return {
                ok: false,
                message: `exists and is not a generated port map; to keep it, put ${MARKER_BEGIN} and ${MARKER_END} ` +
                    "where the map should go, or choose another output file",
            };
    }
}


/***/ }),

/***/ 4336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseMarkdown),
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8074);
/* harmony import */ var mdast_util_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(870);
/* harmony import */ var mdast_util_gfm_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1118);
/* harmony import */ var micromark_extension_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1680);
/* harmony import */ var micromark_extension_gfm_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7749);
// One Markdown parser for the scanner, the marker finder and the tests: CommonMark plus GitHub's
// tables and strikethrough, every node carrying its source offsets. Only the GFM extensions that
// change what a port table or a `localhost:NNNN` mention is are loaded: the full GFM set (autolink
// literals, footnotes, task lists) doubled parse time without changing a single finding.





const extensions = [(0,micromark_extension_gfm_table__WEBPACK_IMPORTED_MODULE_0__/* .gfmTable */ .x)(), (0,micromark_extension_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_1__/* .gfmStrikethrough */ .K)()];
const mdastExtensions = [(0,mdast_util_gfm_table__WEBPACK_IMPORTED_MODULE_2__/* .gfmTableFromMarkdown */ .c)(), (0,mdast_util_gfm_strikethrough__WEBPACK_IMPORTED_MODULE_3__/* .gfmStrikethroughFromMarkdown */ .p)()];
function parseMarkdown(text) {
    return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_4__/* .fromMarkdown */ .Y)(text, { extensions, mdastExtensions });
}
/** Plain text of a node: the values of its leaves, markup dropped (what a reader sees). */
function plainText(node) {
    if ("value" in node && typeof node.value === "string")
        return node.value;
    if ("children" in node)
        return node.children.map(plainText).join("");
    return "";
}


/***/ }),

/***/ 4782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ renderPortMapInto),
/* harmony export */   vf: () => (/* binding */ isPortMapRegionStale),
/* harmony export */   z9: () => (/* binding */ isPortMapStale)
/* harmony export */ });
/* harmony import */ var _generate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6620);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4200);
// Is a generated port map current? Shared by `portcullis docs --check` and the `docs-drift` rule,
// so both give the same answer for the same registry and refs.


/** The file's text with a current map in it (see applyPortMap); `file` is repository-relative. */
function renderPortMapInto(registry, refs, file, existing) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .applyPortMap */ .II)(existing, (layout) => (0,_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .generatePortMap */ .ps)(registry, refs, { outputFile: file, ...layout }));
}
/**
 * True when `text` (the current content of `file`, undefined when missing) does not hold the map
 * the registry and refs produce. Line endings do not count: a CRLF checkout of a current map is current.
 */
function isPortMapStale(registry, refs, file, text) {
    if (text === undefined)
        return true;
    const rendered = renderPortMapInto(registry, refs, file, text);
    return !rendered.ok || (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseEol */ .xT)(rendered.text) !== (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseEol */ .xT)(text);
}
/** The same question for a region a scanner found (the rule sees scan results, not files). */
function isPortMapRegionStale(registry, refs, region) {
    const body = (0,_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .generatePortMap */ .ps)(registry, refs, { outputFile: region.file, embedded: region.embedded, headingDepth: region.headingDepth });
    const expected = region.embedded ? (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .embeddedContent */ .m6)(body) : body;
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseEol */ .xT)(region.text.replace(/^\uFEFF/, "")) !== expected;
}


/***/ }),

/***/ 6046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ normaliseName),
/* harmony export */   LH: () => (/* binding */ attributeRefs)
/* harmony export */ });
/* unused harmony exports indexServices, attributeRef */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
// Attribution: ties every port reference to the declared service it is about.
// Order (DESIGN.md): environment variable, then compose service name / alias / docs row name,
// then the port number itself; a service's `paths` globs claim what is left inside them.

/** Names compare case- and punctuation-insensitively: "PGSIMS web" is `pgsims-web`. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const portKey = (port, protocol) => `${port}/${protocol}`;
function indexServices(registry) {
    const index = {
        byEnv: new Map(),
        byName: new Map(),
        byPort: new Map(),
        byTarget: new Map(),
        pathMatchers: [],
    };
    for (const service of registry.services) {
        if (service.env)
            push(index.byEnv, service.env, service);
        const names = new Set([service.name, ...service.aliases].map(normaliseName));
        for (const name of names)
            if (name)
                push(index.byName, name, service);
        push(index.byPort, portKey(service.port, service.protocol), service);
        if (service.target !== undefined)
            push(index.byTarget, portKey(service.target, service.protocol), service);
        if (service.paths.length > 0) {
            const matchers = service.paths.map((glob) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true }));
            index.pathMatchers.push({ service, match: (file) => matchers.some((m) => m.match(file)) });
        }
    }
    return index;
}
/** Among several candidates, the one whose port (or target) the ref uses, else the first. */
function pickByPort(candidates, ref) {
    const hits = (port) => port !== undefined && port >= ref.port && port <= (ref.portEnd ?? ref.port);
    const wanted = ref.side === "container" ? candidates.find((s) => hits(s.target)) : undefined;
    return wanted ?? candidates.find((s) => hits(s.port)) ?? candidates.find((s) => hits(s.target)) ?? candidates[0];
}
function attributeRef(ref, index) {
    if (ref.envVar) {
        const byEnv = index.byEnv.get(ref.envVar);
        if (byEnv)
            return { ...ref, service: pickByPort(byEnv, ref), attributedBy: "env" };
    }
    for (const name of [ref.name, ref.meta?.label]) {
        if (typeof name !== "string" || !name)
            continue;
        const byName = index.byName.get(normaliseName(name));
        if (byName)
            return { ...ref, service: pickByPort(byName, ref), attributedBy: "name" };
    }
    const ports = ref.side === "host" ? index.byPort : index.byTarget;
    const byPort = ports.get(portKey(ref.port, ref.protocol));
    if (byPort)
        return { ...ref, service: byPort[0], attributedBy: "port" };
    // A service's folder claims the ports its own processes listen on or assign, never what they dial.
    if (ref.kind === "listen" || ref.kind === "assign") {
        const owner = index.pathMatchers.find((entry) => entry.match(ref.file));
        if (owner)
            return { ...ref, service: owner.service, attributedBy: "path" };
    }
    return { ...ref };
}
function attributeRefs(refs, registry) {
    const index = indexServices(registry);
    return refs.map((ref) => attributeRef(ref, index));
}


/***/ }),

/***/ 263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ formatBaseline),
/* harmony export */   o: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _registry_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3062);
// Baselines: a legacy repository records today's findings and only new ones fail.


async function loadBaseline(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8");
    }
    catch {
        throw new _registry_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x("baseline file not found", file);
    }
    try {
        const data = JSON.parse(text);
        if (data.version !== 1 || !Array.isArray(data.findings))
            throw new Error("shape");
        return new Set(data.findings.map((f) => f.fingerprint));
    }
    catch {
        throw new _registry_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('not a Portcullis baseline (expected {"version": 1, "findings": [...]})', file, 1, 1);
    }
}
/** Deterministic baseline text: sorted, one entry per finding, no line numbers (they move). */
function formatBaseline(findings) {
    const entries = findings
        .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, message: f.message }))
        .sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
    return `${JSON.stringify({ version: 1, findings: entries }, null, 2)}\n`;
}


/***/ }),

/***/ 4834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ check),
  Wc: () => (/* binding */ resolveRegistry)
});

// UNUSED EXPORTS: DEFAULT_MAX_FILE_SIZE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/registry/load.js + 8 modules
var load = __webpack_require__(5479);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
// EXTERNAL MODULE: ./lib/registry/suggest.js
var suggest = __webpack_require__(645);
// EXTERNAL MODULE: ./lib/scan/scanners/index.js + 21 modules
var scanners = __webpack_require__(776);
// EXTERNAL MODULE: ./lib/scan/discover.js
var discover = __webpack_require__(8998);
// EXTERNAL MODULE: ./lib/rules/index.js + 14 modules
var rules = __webpack_require__(830);
// EXTERNAL MODULE: ./lib/engine/attribute.js
var attribute = __webpack_require__(6046);
// EXTERNAL MODULE: ./lib/engine/baseline.js
var engine_baseline = __webpack_require__(263);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/engine/run-rules.js
// Runs the rule catalog over attributed refs and turns reports into findings:
// severity from configuration, message from the rule's templates, a fingerprint that survives line moves.

const SEVERITY = { error: "error", warn: "warning", info: "info" };
function formatMessage(template, data) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => {
        const value = data?.[key];
        return value === undefined ? whole : String(value);
    });
}
/** Rule + file + the line's text with whitespace collapsed: stable when lines move. */
function fingerprintBase(ruleId, file, lineText) {
    return `${ruleId}\0${file}\0${lineText.trim().replace(/\s+/g, " ")}`;
}
function runRules(context, options) {
    const findings = [];
    const occurrences = new Map();
    for (const [id, rule] of options.rules) {
        const configured = options.levels[id];
        if (configured === "off")
            continue;
        for (const report of rule.check(context)) {
            const level = configured ?? report.level ?? rule.meta.defaultLevel;
            const template = rule.meta.messages[report.messageId] ?? report.messageId;
            const { file, line, column, endLine, endColumn } = report.at;
            const base = fingerprintBase(id, file, options.lineText(file, line));
            // Identical lines in one file are told apart by their order, not their position.
            const nth = occurrences.get(base) ?? 0;
            occurrences.set(base, nth + 1);
            const finding = {
                ruleId: id,
                severity: SEVERITY[level],
                message: formatMessage(template, report.data),
                file,
                line,
                column,
                endLine,
                endColumn,
                fingerprint: (0,external_node_crypto_.createHash)("sha256").update(`${base}\0${nth}`).digest("hex").slice(0, 32),
            };
            if (report.service !== undefined)
                finding.service = report.service;
            if (report.port !== undefined)
                finding.port = report.port;
            findings.push(finding);
        }
    }
    return findings;
}
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.message.localeCompare(b.message));
}

;// CONCATENATED MODULE: ./lib/engine/suppress.js
// Inline suppression comments: `portcullis-ignore-next-line [rule…] -- reason`,
// `portcullis-ignore-line [rule…]` and `portcullis-ignore-file [rule…]`, in any comment syntax.
// A directive counts only after a comment opener, so a string that merely mentions one does not.
const DIRECTIVE = /(?:#|\/\/|\/\*|<!--|;|--|\bREM\b)[^\n]*?\bportcullis-ignore-(next-line|line|file)\b([^\n]*)/;
function parseRuleList(rest) {
    // The list ends at `--` (the reason) or a comment closer.
    const body = rest.split(/\s--\s|\s--$|\*\/|-->/)[0] ?? "";
    const ids = body
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => /^[a-z][a-z0-9-]*$/.test(id));
    return new Set(ids.length > 0 ? ids : ["*"]);
}
function parseSuppressions(text) {
    const result = { file: new Set(), lines: new Map() };
    if (!text.includes("portcullis-ignore-"))
        return result;
    const lines = text.split(/\r?\n/);
    lines.forEach((lineText, index) => {
        const match = DIRECTIVE.exec(lineText);
        if (!match)
            return;
        const rules = parseRuleList(match[2] ?? "");
        const lineNumber = index + 1;
        if (match[1] === "file") {
            for (const rule of rules)
                result.file.add(rule);
            return;
        }
        const target = match[1] === "next-line" ? nextCodeLine(lines, index) : lineNumber;
        const set = result.lines.get(target) ?? new Set();
        for (const rule of rules)
            set.add(rule);
        result.lines.set(target, set);
    });
    return result;
}
/** The next line that is not blank (so a directive may sit above a blank line and still apply). */
function nextCodeLine(lines, index) {
    for (let i = index + 1; i < lines.length; i++)
        if (lines[i].trim() !== "")
            return i + 1;
    return index + 2;
}
function isSuppressed(suppressions, ruleId, line) {
    if (!suppressions)
        return false;
    if (suppressions.file.has("*") || suppressions.file.has(ruleId))
        return true;
    const rules = suppressions.lines.get(line);
    return rules !== undefined && (rules.has("*") || rules.has(ruleId));
}

;// CONCATENATED MODULE: ./lib/engine/text.js
// Turning file bytes into text: binary detection, strict UTF-8, and line access.
const SNIFF_BYTES = 8192;
/** A NUL byte in the first 8 KiB marks a binary file (git's heuristic). */
function looksBinary(bytes) {
    return bytes.subarray(0, SNIFF_BYTES).includes(0);
}
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
/** Strict UTF-8; on failure, the 1-based line and column of the first invalid byte. */
function decodeUtf8(bytes) {
    try {
        return { ok: true, text: decoder.decode(bytes) };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, offset).toString("utf8");
        const lines = before.split("\n");
        return { ok: false, line: lines.length, column: lines[lines.length - 1].length + 1 };
    }
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        i += need + 1;
    }
    return bytes.length;
}
/** Lazily split lines of a text (line endings removed). */
class LineIndex {
    text;
    lines;
    constructor(text) {
        this.text = text;
    }
    line(n) {
        this.lines ??= this.text.split(/\r?\n/);
        return this.lines[n - 1] ?? "";
    }
    get count() {
        this.lines ??= this.text.split(/\r?\n/);
        return this.lines.length;
    }
}

;// CONCATENATED MODULE: ./lib/engine/check.js
// The pipeline: discover → classify → scan → attribute → rules → suppress → findings.













const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const READ_CONCURRENCY = 32;
/** Resolves and loads the registry for `root`, or throws a ConfigError saying how to create one. */
async function resolveRegistry(root, config, allowOutside = false) {
    const configPath = config ? external_node_path_.resolve(root, config) : (0,load/* findConfig */.u0)(root);
    if (!configPath) {
        throw new model/* ConfigError */.x("no ports.yaml found; create one (portcullis init --write) or pass --config", root);
    }
    return (0,load/* loadRegistry */.Ag)(configPath, { root, allowOutside });
}
function summarise(kind, files) {
    const shown = files.slice(0, 5).join(", ");
    const more = files.length > 5 ? ` and ${files.length - 5} more` : "";
    return `skipped ${files.length} ${kind}: ${shown}${more}`;
}
async function check(options) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    const registry = options.registry ?? (await resolveRegistry(root, options.config, options.allowOutside));
    const source = options.source ?? (0,discover/* workingTreeSource */.py)(root);
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const ignored = (0,discover/* ignoreMatcher */.NJ)(registry.ignore);
    const candidates = (await source.list())
        .filter((file) => !ignored(file))
        .map((file) => ({ file, scanner: (0,scanners/* classify */.L)(file) }))
        .filter((entry) => entry.scanner !== undefined);
    const texts = new Map();
    // The registry's own text, for fingerprints and suppression comments in ports.yaml.
    for (const file of registry.sources) {
        const text = await readText(source, root, file);
        if (text !== undefined)
            texts.set(file, { text, lines: new LineIndex(text), suppressions: parseSuppressions(text) });
    }
    assertKnownRules(registry, texts.get(registry.file)?.text);
    const files = [];
    const refs = [];
    const problems = [];
    const binary = [];
    const oversized = [];
    let next = 0;
    const worker = async () => {
        while (next < candidates.length) {
            const { file, scanner } = candidates[next++];
            const size = source.size ? await source.size(file) : undefined;
            if (size !== undefined && size > maxFileSize) {
                oversized.push(file);
                continue;
            }
            const bytes = await source.read(file);
            if (!bytes)
                continue;
            if (bytes.length > maxFileSize) {
                oversized.push(file);
                continue;
            }
            if (looksBinary(bytes)) {
                binary.push(file);
                continue;
            }
            const decoded = decodeUtf8(bytes);
            if (!decoded.ok) {
                const at = { file, line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column + 1 };
                problems.push({ ...at, kind: "parse-error", message: `${file} is not valid UTF-8 (first invalid byte here)` });
                continue;
            }
            const text = decoded.text;
            const result = scanner.scan(file, text);
            texts.set(file, { text, lines: new LineIndex(text), suppressions: parseSuppressions(text) });
            files.push({ path: file, scanner: scanner.id, result });
            refs.push(...result.refs);
            problems.push(...result.problems);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    refs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
    const attributed = (0,attribute/* attributeRefs */.LH)(refs, registry);
    const raw = runRules({ registry, refs: attributed, problems, files }, {
        rules: rules/* rules */.a,
        levels: registry.rules,
        lineText: (file, line) => texts.get(file)?.lines.line(line) ?? "",
    });
    const inScope = scopeFilter(options.only);
    const baseline = options.baseline ? await (0,engine_baseline/* loadBaseline */.o)(external_node_path_.resolve(root, options.baseline)) : undefined;
    let baselined = 0;
    const findings = raw
        .filter((f) => !isSuppressed(texts.get(f.file)?.suppressions, f.ruleId, f.line))
        .filter((f) => inScope(f.file))
        .filter((f) => {
        if (!baseline?.has(f.fingerprint))
            return true;
        baselined++;
        return false;
    })
        .sort(compareFindings);
    const notices = [];
    if (binary.length > 0)
        notices.push(summarise("binary files", binary.sort()));
    if (oversized.length > 0) {
        notices.push(summarise(`files over ${Math.round(maxFileSize / 1024)} KiB (raise with --max-file-size)`, oversized.sort()));
    }
    return {
        registry,
        findings,
        refs: attributed,
        files,
        notices,
        baselined,
        summary: {
            errors: findings.filter((f) => f.severity === "error").length,
            warnings: findings.filter((f) => f.severity === "warning").length,
            infos: findings.filter((f) => f.severity === "info").length,
            filesScanned: files.length,
            durationMs: Math.round(performance.now() - started),
        },
    };
}
async function readText(source, root, file) {
    const bytes = (await source.read(file)) ?? (await (0,promises_.readFile)(external_node_path_.join(root, file)).catch(() => undefined));
    return bytes?.toString("utf8");
}
/** A file is in scope when it is, or lies under, one of the given paths (all, when none given). */
function scopeFilter(only) {
    if (!only)
        return () => true;
    const entries = only.map((entry) => entry.replace(/\/+$/, ""));
    return (file) => entries.some((entry) => entry === "" || entry === "." || file === entry || file.startsWith(`${entry}/`));
}
/** A misspelt rule id under `rules:` would silently configure nothing: refuse it, as ESLint does. */
function assertKnownRules(registry, text) {
    for (const id of Object.keys(registry.rules)) {
        if (rules/* rules */.a.has(id))
            continue;
        const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const lines = text?.split(/\r?\n/) ?? [];
        const index = lines.findIndex((line) => new RegExp(`^\\s+["']?${escaped}["']?\\s*:`).test(line));
        const column = index >= 0 ? lines[index].search(/\S/) + 1 : undefined;
        throw new model/* ConfigError */.x(`unknown rule "${id}" in rules${(0,suggest/* didYouMean */.a)(id, rules/* rules */.a.keys())}`, registry.file, index >= 0 ? index + 1 : undefined, column);
    }
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

/***/ 830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ ruleMetas),
  a: () => (/* binding */ rules)
});

// EXTERNAL MODULE: ./lib/engine/attribute.js
var attribute = __webpack_require__(6046);
// EXTERNAL MODULE: ./lib/docs/stale.js
var stale = __webpack_require__(4782);
;// CONCATENATED MODULE: ./lib/rules/docs-drift.js
// Markdown docs that disagree with ports.yaml: a port table row showing another port, access or
// variable than its service, a row or `localhost:NNNN` mention of an undeclared port, a stale generated map.


function covers(ref, port) {
    return port >= ref.port && port <= (ref.portEnd ?? ref.port);
}
function within(ref, from, to) {
    return ref.port >= from && (ref.portEnd ?? ref.port) <= to;
}
function portsText(refs) {
    return refs.map((r) => (r.portEnd !== undefined ? `${r.port}-${r.portEnd}` : String(r.port))).join(", ");
}
class ServiceLookup {
    registry;
    byName = new Map();
    byEnv = new Map();
    /** Normalised names and aliases, longest first, for prefix matches ("PostgreSQL 16" → postgres). */
    prefixes = [];
    constructor(registry) {
        this.registry = registry;
        for (const service of registry.services) {
            for (const name of new Set([service.name, ...service.aliases].map(attribute/* normaliseName */.GX))) {
                if (!name)
                    continue;
                this.byName.set(name, [...(this.byName.get(name) ?? []), service]);
                if (name.length >= 3)
                    this.prefixes.push([name, service]);
            }
            if (service.env)
                this.byEnv.set(service.env, [...(this.byEnv.get(service.env) ?? []), service]);
        }
        this.prefixes.sort((a, b) => b[0].length - a[0].length);
    }
    /** Among several candidates, the one whose port the row shows, else the first. */
    pick(candidates, refs) {
        if (!candidates)
            return undefined;
        return candidates.find((s) => refs.some((r) => covers(r, s.port))) ?? candidates[0];
    }
    match(row) {
        const names = [row.name, row.name?.replace(/\([^)]*\)/g, " "), row.label].filter((n) => Boolean(n));
        for (const name of names) {
            const service = this.pick(this.byName.get((0,attribute/* normaliseName */.GX)(name)), row.refs);
            if (service)
                return { service, how: "name" };
        }
        if (row.envVar) {
            const service = this.pick(this.byEnv.get(row.envVar), row.refs);
            if (service)
                return { service, how: "env" };
        }
        const attributed = row.refs.find((r) => r.service)?.service;
        if (attributed)
            return { service: attributed, how: "engine" };
        for (const ref of row.refs) {
            const service = this.registry.services.find((s) => s.protocol === ref.protocol && covers(ref, s.port)) ??
                this.registry.services.find((s) => covers(ref, s.port));
            if (service)
                return { service, how: "port" };
        }
        const wanted = row.name ? (0,attribute/* normaliseName */.GX)(row.name) : "";
        const prefix = wanted ? this.prefixes.find(([name]) => wanted.startsWith(name)) : undefined;
        return prefix ? { service: prefix[1], how: "prefix" } : undefined;
    }
    /** Is a port (or range) one the registry knows: a service's, a fallback, a reservation (ranges count as declared for ranges)? */
    declares(ref, rangesCount) {
        const { registry } = this;
        const inRange = (from, to) => within(ref, from, to);
        return (registry.services.some((s) => within(ref, s.port, s.port) || (s.fallback !== undefined && inRange(s.fallback[0], s.fallback[1]))) ||
            registry.reserved.some((r) => inRange(r.from, r.to)) ||
            (rangesCount && [...registry.ranges.values()].some((r) => inRange(r.from, r.to))));
    }
}
function spanOf(ref, key) {
    const span = ref.meta?.[key];
    return span ? { file: ref.file, ...span } : ref;
}
function checkRow(row, lookup, reports) {
    const first = row.refs[0];
    const label = row.name ?? `port ${portsText(row.refs)}`;
    const match = lookup.match(row);
    if (!match) {
        for (const ref of row.refs) {
            if (lookup.declares(ref, ref.portEnd !== undefined))
                continue;
            reports.push({
                messageId: row.name ? "unknown" : "unknownUnnamed",
                data: { label: row.name, used: portsText([ref]) },
                at: ref,
                port: ref.port,
            });
        }
        return;
    }
    const { service } = match;
    const base = { label, service: service.name };
    const agrees = row.refs.some((r) => covers(r, service.port)) ||
        (service.fallback !== undefined && row.refs.every((r) => within(r, service.fallback[0], service.fallback[1])));
    if (!agrees) {
        reports.push({
            messageId: "port",
            data: { ...base, used: portsText(row.refs), declared: service.port },
            at: first,
            service: service.name,
            port: first.port,
        });
        // A name that only resembles a service's says nothing more once the port disagrees too.
        if (match.how === "prefix")
            return;
    }
    else {
        const explicit = row.refs.find((r) => r.meta?.protocolExplicit && r.protocol !== service.protocol);
        if (explicit) {
            reports.push({
                messageId: "protocol",
                data: { ...base, documented: explicit.protocol, declared: service.protocol },
                at: explicit,
                service: service.name,
                port: explicit.port,
            });
        }
    }
    const access = first.meta?.access;
    if (typeof access === "string" && access !== service.access) {
        reports.push({
            messageId: "access",
            data: { ...base, written: String(first.meta?.accessText ?? access), documented: access, declared: service.access },
            at: spanOf(first, "accessAt"),
            service: service.name,
            port: first.port,
        });
    }
    if (row.envVar && row.envVar !== service.env) {
        reports.push({
            messageId: service.env ? "variable" : "noVariable",
            data: { ...base, documented: row.envVar, declared: service.env },
            at: spanOf(first, "variableAt"),
            service: service.name,
            port: first.port,
        });
    }
}
const rule = {
    meta: {
        id: "docs-drift",
        description: "A Markdown port table disagrees with ports.yaml, or the generated port map is stale",
        defaultLevel: "error",
        rationale: "Hand-kept port tables rot with every port change (\"frontend moved 3002 → 3003 → 3004\"); a reader trusts the doc and dials the wrong port.",
        examples: {
            file: `docs/ports.md  # ports.yaml: grafana { port: 3030 }`,
            bad: `| Port | Service |
| ---- | ------- |
| 3000 | Grafana |`,
            good: `| Port | Service |
| ---- | ------- |
| 3030 | Grafana |`,
        },
        messages: {
            port: "docs say {label} is on port {used}, but ports.yaml declares {service} on {declared}",
            access: 'docs say {label} is reachable "{written}" ({documented}), but ports.yaml declares {service} with access: {declared}',
            variable: "docs say {label} is configured by {documented}, but ports.yaml says {service} reads {declared}",
            noVariable: "docs say {label} is configured by {documented}, but ports.yaml declares no env for {service}",
            protocol: "docs say {label} uses {documented}, but ports.yaml declares {service} as {declared}",
            unknown: "docs list {label} on port {used}, which ports.yaml does not declare",
            unknownUnnamed: "docs list port {used}, which ports.yaml does not declare",
            mention: "docs mention {address}:{port}, a port ports.yaml does not declare",
            stale: "{file} is stale: it no longer matches ports.yaml and the ports found in the repository; run `portcullis docs`",
        },
    },
    check({ registry, refs, files }) {
        const reports = [];
        const lookup = new ServiceLookup(registry);
        const rows = new Map();
        for (const ref of refs) {
            if (ref.family !== "markdown")
                continue;
            if (ref.kind === "docs") {
                const key = `${ref.file}\0${ref.line}`;
                const row = rows.get(key) ?? { refs: [] };
                row.refs.push(ref);
                if (ref.name)
                    row.name = ref.name;
                if (typeof ref.meta?.label === "string")
                    row.label = ref.meta.label;
                if (ref.envVar)
                    row.envVar = ref.envVar;
                rows.set(key, row);
            }
            else if (ref.kind === "dial" && !ref.service && !lookup.declares(ref, true)) {
                // Prose is looser than a table: a mention of an undeclared port is worth a look, not a failed build.
                reports.push({
                    messageId: "mention",
                    data: { address: String(ref.meta?.dialHost ?? "localhost"), port: ref.port },
                    at: ref,
                    port: ref.port,
                    level: "warn",
                });
            }
        }
        for (const row of rows.values())
            checkRow(row, lookup, reports);
        for (const file of files) {
            const region = file.result.portMap;
            if (region && (0,stale/* isPortMapRegionStale */.vf)(registry, refs, region)) {
                const { file: path, line, column, endLine, endColumn } = region;
                reports.push({ messageId: "stale", data: { file: path }, at: { file: path, line, column, endLine, endColumn } });
            }
        }
        return reports;
    },
};
/* harmony default export */ const docs_drift = (rule);

// EXTERNAL MODULE: ./lib/scan/scanners/env.js + 1 modules
var env = __webpack_require__(5008);
;// CONCATENATED MODULE: ./lib/rules/env-template-drift.js
// An env template that configures ports lacks the variable of a service that declares `env`.

const env_template_drift_rule = {
    meta: {
        id: "env-template-drift",
        description: "An .env template lacks the variable of a service that declares `env`",
        defaultLevel: "warn",
        rationale: "Templates are what a newcomer copies to .env; a missing variable means a default nobody chose.",
        examples: {
            file: `.env.example  # ports.yaml: api { env: API_PORT }, web { env: WEB_PORT }`,
            bad: `API_PORT=8000`,
            good: `API_PORT=8000
WEB_PORT=8080`,
        },
        messages: {
            missing: "{file} sets port variables but not {variable} ({service}, port {port})",
        },
    },
    check({ registry, files }) {
        const reports = [];
        const wanted = registry.services.filter((s) => s.env && !s.optional);
        if (wanted.length === 0)
            return reports;
        const registryVars = new Set(wanted.map((s) => s.env));
        for (const file of files) {
            const defined = file.result.definedVars;
            if (file.scanner !== "env" || !defined || !(0,env/* isEnvTemplate */.q$)(file.path))
                continue;
            const names = new Set(defined.map((v) => v.name));
            // Only a template that configures this registry's ports is expected to list all of them.
            if (![...names].some((name) => registryVars.has(name)))
                continue;
            const last = defined[defined.length - 1];
            for (const service of wanted) {
                if (names.has(service.env))
                    continue;
                reports.push({
                    messageId: "missing",
                    data: { file: file.path, variable: service.env, service: service.name, port: service.port },
                    at: { file: file.path, line: last.line, column: 1, endLine: last.line, endColumn: 1 },
                    service: service.name,
                    port: service.port,
                });
            }
        }
        return reports;
    },
};
/* harmony default export */ const env_template_drift = (env_template_drift_rule);

;// CONCATENATED MODULE: ./lib/rules/env-var-mismatch.js
// A service's port is configured through another variable than the one the registry names.
/** Generic names every platform injects (Heroku, Cloud Run…): reading them is not a mismatch. */
const GENERIC = new Set(["PORT", "HTTP_PORT", "SERVER_PORT"]);
const env_var_mismatch_rule = {
    meta: {
        id: "env-var-mismatch",
        description: "Compose files or env templates use another variable name for a service's port than its `env`",
        defaultLevel: "error",
        rationale: "When compose reads BACKEND_PORT and the app reads API_PORT, changing one silently breaks the other.",
        examples: {
            file: `docker-compose.yml  # ports.yaml: api { env: API_PORT }`,
            bad: `api:
  ports: ["127.0.0.1:\${BACKEND_PORT:-8000}:8000"]`,
            good: `api:
  ports: ["127.0.0.1:\${API_PORT:-8000}:8000"]`,
        },
        messages: {
            mismatch: "{variable} configures {service}'s port here, but ports.yaml says {service} reads {expected}",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            if (!service?.env || !ref.envVar || ref.envVar === service.env)
                continue;
            // Markdown rows are docs-drift's to report, with the whole row in view.
            if (ref.family !== "compose" && ref.family !== "env")
                continue;
            // Inside a container the app may read any name; the policy is about host configuration.
            if (ref.side === "container" || GENERIC.has(ref.envVar))
                continue;
            // A URL variable (DATABASE_URL) is not a port variable.
            if (ref.kind === "dial")
                continue;
            reports.push({
                messageId: "mismatch",
                data: { variable: ref.envVar, service: service.name, expected: service.env },
                at: ref,
                service: service.name,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const env_var_mismatch = (env_var_mismatch_rule);

;// CONCATENATED MODULE: ./lib/rules/ephemeral-port.js
// A fixed port inside the operating system's ephemeral range, where outgoing connections get theirs.
const EPHEMERAL_FROM = 32768;
const EPHEMERAL_TO = 60999;
const inEphemeral = (port) => port >= EPHEMERAL_FROM && port <= EPHEMERAL_TO;
const ephemeral_port_rule = {
    meta: {
        id: "ephemeral-port",
        description: "A fixed port inside the OS ephemeral range (32768-60999)",
        defaultLevel: "warn",
        rationale: "The kernel hands these ports to outgoing connections; a server on one fails at random when a client got there first.",
        examples: {
            file: `ports.yaml`,
            bad: `worker: { port: 45000 }`,
            good: `worker: { port: 8045 }`,
        },
        messages: {
            declared: "{service} declares port {port}, inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
            used: "port {port} is inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        for (const service of registry.services) {
            if (!inEphemeral(service.port))
                continue;
            reports.push({ messageId: "declared", data: { service: service.name, port: service.port }, at: service.portAt, service: service.name, port: service.port });
        }
        for (const ref of refs) {
            if (ref.side !== "host" || (ref.kind !== "publish" && ref.kind !== "listen"))
                continue;
            if (!inEphemeral(ref.port))
                continue;
            // A declared service's port is reported once, at its declaration.
            if (ref.service && ref.service.port === ref.port)
                continue;
            reports.push({ messageId: "used", data: { port: ref.port }, at: ref, service: ref.service?.name, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const ephemeral_port = (ephemeral_port_rule);

// EXTERNAL MODULE: ./lib/engine/hosts.js
var hosts = __webpack_require__(5337);
;// CONCATENATED MODULE: ./lib/rules/exposed-binding.js
// A service that must not listen on every interface does, or an internal service has a host port.

const exposed_binding_rule = {
    meta: {
        id: "exposed-binding",
        description: "A non-public service is published on all interfaces, or an internal service has a host port",
        defaultLevel: "error",
        rationale: "A backend on 0.0.0.0 is reachable from the network, bypassing the reverse proxy, and takes the port from every other app on the host.",
        examples: {
            file: `docker-compose.yml  # ports.yaml: api { access: localhost }`,
            bad: `api:
  ports: ["8000:8000"]`,
            good: `api:
  ports: ["127.0.0.1:8000:8000"]`,
        },
        messages: {
            localhost: "{service} (access: localhost) is published on all interfaces; bind {suggestion}",
            localhostOther: "{service} (access: localhost) is bound to {host}; bind 127.0.0.1 or ::1",
            private: "{service} (access: private) is published on all interfaces and relies on a firewall; bind a private or loopback address",
            internal: "{service} (access: internal) must not have a host port, but this publishes {port}",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            if (!service || ref.side !== "host" || service.access === "public")
                continue;
            // Only a binding says where a service listens; a client dialling it or a docs row does not.
            if (ref.kind !== "publish" && ref.kind !== "listen")
                continue;
            if (ref.host === undefined && ref.kind === "listen")
                continue;
            const host = ref.host ?? "";
            const hostClass = (0,hosts/* classifyHost */.R)(host);
            const base = { service: service.name, port: ref.port, host };
            if (service.access === "internal") {
                reports.push({ messageId: "internal", data: base, at: ref, service: service.name, port: ref.port });
            }
            else if (hostClass === "all") {
                if (service.access === "localhost") {
                    const suggestion = ref.kind === "publish" ? `127.0.0.1:${ref.port}` : `127.0.0.1`;
                    reports.push({ messageId: "localhost", data: { ...base, suggestion }, at: ref, service: service.name, port: ref.port });
                }
                else {
                    reports.push({ messageId: "private", data: base, at: ref, service: service.name, port: ref.port, level: "warn" });
                }
            }
            else if (service.access === "localhost" && hostClass !== "loopback") {
                reports.push({ messageId: "localhostOther", data: base, at: ref, service: service.name, port: ref.port });
            }
        }
        return reports;
    },
};
/* harmony default export */ const exposed_binding = (exposed_binding_rule);

;// CONCATENATED MODULE: ./lib/rules/invalid-port.js
// A port outside 1-65535, or a binding no runtime would accept.
const invalid_port_rule = {
    meta: {
        id: "invalid-port",
        description: "A port outside 1-65535, or a malformed binding",
        defaultLevel: "error",
        rationale: "Compose, Docker and servers reject these at start-up; better to hear it at review time.",
        examples: {
            file: `docker-compose.yml`,
            bad: `ports: ["80800:80"]`,
            good: `ports: ["8080:80"]`,
        },
        messages: { invalid: "{message}" },
    },
    check({ problems, refs }) {
        const reports = problems
            .filter((p) => p.kind === "invalid-port")
            .map((p) => ({ messageId: "invalid", data: { message: p.message }, at: p }));
        for (const ref of refs) {
            const last = ref.portEnd ?? ref.port;
            if (ref.port >= 1 && last <= 65535 && ref.port <= last)
                continue;
            reports.push({ messageId: "invalid", data: { message: `port ${ref.port}${ref.portEnd !== undefined ? `-${ref.portEnd}` : ""} is outside 1-65535` }, at: ref, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const invalid_port = (invalid_port_rule);

;// CONCATENATED MODULE: ./lib/rules/out-of-range.js
// A service's declared port lies outside the range it says it belongs to.
const out_of_range_rule = {
    meta: {
        id: "out-of-range",
        description: "A service's port is outside its range",
        defaultLevel: "error",
        rationale: "Ranges are how a team keeps categories and projects apart (core 8000-8099, dashboards 3200-3299); a port outside its block defeats them.",
        examples: {
            file: `ports.yaml`,
            bad: `ranges: { core: { from: 8000, to: 8099 } }
services:
  api: { port: 9000, range: core }`,
            good: `ranges: { core: { from: 8000, to: 8099 } }
services:
  api: { port: 8000, range: core }`,
        },
        messages: {
            declared: "{service} declares port {port}, outside its range {range} ({from}-{to})",
        },
    },
    check({ registry }) {
        const reports = [];
        for (const service of registry.services) {
            const range = service.range;
            if (!range || (service.port >= range.from && service.port <= range.to))
                continue;
            reports.push({
                messageId: "declared",
                data: { service: service.name, port: service.port, range: range.name ?? "[inline]", from: range.from, to: range.to },
                at: service.portAt,
                service: service.name,
                port: service.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const out_of_range = (out_of_range_rule);

;// CONCATENATED MODULE: ./lib/rules/parse-error.js
// A file Portcullis should read could not be parsed; its ports are unchecked until it can be.
const parse_error_rule = {
    meta: {
        id: "parse-error",
        description: "A file could not be parsed (syntax error, invalid UTF-8, YAML alias bomb)",
        defaultLevel: "error",
        rationale: "A file that cannot be read cannot be checked; saying so beats silently passing.",
        examples: {
            file: `docker-compose.yml`,
            bad: `ports:
  - "8000:8000
`,
            good: `ports:
  - "8000:8000"`,
        },
        messages: { parse: "{message}" },
    },
    check({ problems }) {
        return problems
            .filter((p) => p.kind === "parse-error")
            .map((p) => ({ messageId: "parse", data: { message: p.message }, at: p }));
    },
};
/* harmony default export */ const parse_error = (parse_error_rule);

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/rules/port-conflict.js
// Two services claim the same port: in the registry, or as compose host bindings across files.


/** Ranges larger than this are not expanded port by port (they are compared as intervals). */
function overlaps(a, b) {
    return a.port <= (b.portEnd ?? b.port) && b.port <= (a.portEnd ?? a.port);
}
/** Compose files in one folder form one project; a service in an override file is the same service. */
function composeOwner(ref) {
    return `${external_node_path_.posix.dirname(ref.file)}::${ref.meta?.composeService ?? ref.name ?? ref.file}`;
}
const port_conflict_rule = {
    meta: {
        id: "port-conflict",
        description: "Two services claim the same port and protocol",
        defaultLevel: "error",
        rationale: "Only one process can bind a port: the second fails with \"port is already allocated\", usually at the worst moment.",
        examples: {
            file: `ports.yaml`,
            bad: `api:    { port: 8000 }
admin:  { port: 8000 }`,
            good: `api:    { port: 8000 }
admin:  { port: 8001 }`,
        },
        messages: {
            registry: "{service} declares port {port}/{protocol}, already declared by {other} (line {otherLine})",
            compose: "{owner} publishes {port}/{protocol}, which {other} already publishes in {otherFile}:{otherLine}",
            composeProjects: "{owner} publishes {port}/{protocol}, which {other} of another compose project already publishes in {otherFile}:{otherLine}; they collide when both run on one host",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        const services = registry.services;
        for (let i = 0; i < services.length; i++) {
            for (let j = 0; j < i; j++) {
                const a = services[i];
                const b = services[j];
                if (a.port === b.port && a.protocol === b.protocol) {
                    reports.push({
                        messageId: "registry",
                        data: { service: a.name, port: a.port, protocol: a.protocol, other: b.name, otherLine: b.portAt.line },
                        at: a.portAt,
                        service: a.name,
                        port: a.port,
                    });
                    break;
                }
            }
        }
        const published = refs.filter((ref) => ref.family === "compose" && ref.kind === "publish");
        for (let i = 0; i < published.length; i++) {
            const ref = published[i];
            const owner = composeOwner(ref);
            const clash = published
                .slice(0, i)
                .find((earlier) => composeOwner(earlier) !== owner &&
                earlier.protocol === ref.protocol &&
                overlaps(earlier, ref) &&
                (0,hosts/* hostsOverlap */.vq)(earlier.host ?? "", ref.host ?? ""));
            if (!clash)
                continue;
            // Two compose projects (folders) collide only when both run on one host: likely, not certain.
            const sameProject = external_node_path_.posix.dirname(clash.file) === external_node_path_.posix.dirname(ref.file);
            reports.push({
                messageId: sameProject ? "compose" : "composeProjects",
                ...(sameProject ? {} : { level: "warn" }),
                data: {
                    owner: ref.meta?.composeService ?? ref.name ?? "a service",
                    other: clash.meta?.composeService ?? clash.name ?? "another service",
                    port: ref.port,
                    protocol: ref.protocol,
                    otherFile: clash.file,
                    otherLine: clash.line,
                },
                at: ref,
                service: ref.service?.name,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const port_conflict = (port_conflict_rule);

;// CONCATENATED MODULE: ./lib/rules/port-mismatch.js
// A reference tied to a service uses another port than the registry declares.
function describeRef(ref) {
    return ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : String(ref.port);
}
function port_mismatch_covers(ref, port) {
    return port >= ref.port && port <= (ref.portEnd ?? ref.port);
}
const port_mismatch_rule = {
    meta: {
        id: "port-mismatch",
        description: "A reference attributed to a service uses another port than ports.yaml declares",
        defaultLevel: "error",
        rationale: "Every place a port is written down must agree with ports.yaml, or the next `docker compose up` or deploy uses the wrong one.",
        examples: {
            file: `docker-compose.yml  # ports.yaml: api { port: 8000 }`,
            bad: `api:
  ports: ["127.0.0.1:8001:8000"]`,
            good: `api:
  ports: ["127.0.0.1:8000:8000"]`,
        },
        messages: {
            host: "{service} is declared on port {declared} in ports.yaml, but this uses {used}",
            variable: "{variable} is {service}'s port, declared as {declared} in ports.yaml, but this sets {used}",
            target: "{service}'s container port is declared as {declared} (target), but this uses {used}",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            // Markdown tables have their own rule (docs-drift) with row-level messages.
            if (!service || ref.family === "markdown")
                continue;
            // Only a reference that names the service (variable, name, folder) can disagree with it;
            // one attributed by its port number agrees by construction.
            if (ref.attributedBy === "port")
                continue;
            const data = { service: service.name, used: describeRef(ref), variable: ref.envVar };
            if (ref.attributedBy === "env" && ref.envVar === service.env) {
                if (!port_mismatch_covers(ref, service.port)) {
                    reports.push({ messageId: "variable", data: { ...data, declared: service.port }, at: ref, service: service.name, port: ref.port });
                }
            }
            else if (ref.side === "host") {
                if (!port_mismatch_covers(ref, service.port)) {
                    reports.push({ messageId: "host", data: { ...data, declared: service.port }, at: ref, service: service.name, port: ref.port });
                }
            }
            else if (service.target !== undefined && !port_mismatch_covers(ref, service.target)) {
                reports.push({ messageId: "target", data: { ...data, declared: service.target }, at: ref, service: service.name, port: ref.port });
            }
        }
        return reports;
    },
};
/* harmony default export */ const port_mismatch = (port_mismatch_rule);

;// CONCATENATED MODULE: ./lib/rules/privileged-port.js
// A service that is not public sits on a port below 1024, which needs root or a capability to bind.
const privileged_port_rule = {
    meta: {
        id: "privileged-port",
        description: "A non-public service on a port below 1024",
        defaultLevel: "info",
        rationale: "Ports below 1024 need root or CAP_NET_BIND_SERVICE; an internal service rarely needs that privilege.",
        examples: {
            file: `ports.yaml`,
            bad: `admin: { port: 81, access: localhost }`,
            good: `admin: { port: 8081, access: localhost }`,
        },
        messages: { privileged: "{service} (access: {access}) uses privileged port {port}; binding it needs root or CAP_NET_BIND_SERVICE" },
    },
    check({ registry }) {
        return registry.services
            .filter((s) => s.access !== "public" && s.port < 1024)
            .map((s) => ({ messageId: "privileged", data: { service: s.name, access: s.access, port: s.port }, at: s.portAt, service: s.name, port: s.port }));
    },
};
/* harmony default export */ const privileged_port = (privileged_port_rule);

;// CONCATENATED MODULE: ./lib/rules/reserved-port.js
// A reserved port or range is declared by a service or used somewhere.
function findReservation(reserved, from, to) {
    return reserved.find((r) => from <= r.to && r.from <= to);
}
function describe(r) {
    const span = r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
    return r.reason ? `${span} (${r.reason})` : span;
}
const reserved_port_rule = {
    meta: {
        id: "reserved-port",
        description: "A reserved port or range is used",
        defaultLevel: "error",
        rationale: "Reserved ports belong to something outside this repository (another app, a future block); using them invites a collision.",
        examples: {
            file: `ports.yaml`,
            bad: `reserved: [{ port: 3000, reason: Grafana }]
services:
  web: { port: 3000 }`,
            good: `reserved: [{ port: 3000, reason: Grafana }]
services:
  web: { port: 3004 }`,
        },
        messages: {
            service: "{service} declares port {port}, which is reserved: {reservation}",
            ref: "port {port} is reserved: {reservation}",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        if (registry.reserved.length === 0)
            return reports;
        const declared = new Set();
        for (const service of registry.services) {
            const hit = findReservation(registry.reserved, service.port, service.port);
            if (!hit)
                continue;
            declared.add(service.name);
            reports.push({
                messageId: "service",
                data: { service: service.name, port: service.port, reservation: describe(hit) },
                at: service.portAt,
                service: service.name,
                port: service.port,
            });
        }
        for (const ref of refs) {
            if (ref.side !== "host" || ref.family === "markdown")
                continue;
            // The registry finding already covers a service that declares the reserved port.
            if (ref.service && declared.has(ref.service.name) && ref.port === ref.service.port)
                continue;
            const hit = findReservation(registry.reserved, ref.port, ref.portEnd ?? ref.port);
            if (!hit)
                continue;
            reports.push({ messageId: "ref", data: { port: ref.port, reservation: describe(hit) }, at: ref, service: ref.service?.name, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const reserved_port = (reserved_port_rule);

;// CONCATENATED MODULE: ./lib/rules/unknown-port.js
// A host port is used that no service, range or reservation of the registry declares.
function isDeclared(registry, from, to) {
    const inside = (a, b) => from <= b && a <= to;
    return (registry.services.some((s) => inside(s.port, s.port) || (s.fallback !== undefined && inside(s.fallback[0], s.fallback[1]))) ||
        [...registry.ranges.values()].some((r) => inside(r.from, r.to)) ||
        registry.reserved.some((r) => inside(r.from, r.to)));
}
const unknown_port_rule = {
    meta: {
        id: "unknown-port",
        description: "A port is used that no service, range or reservation declares",
        defaultLevel: "warn",
        rationale: "A port nobody declared is a collision waiting to happen: the registry cannot protect what it does not know.",
        examples: {
            file: `docker-compose.yml  # no service declares 9999`,
            bad: `debug:
  ports: ["127.0.0.1:9999:9999"]`,
            good: `# ports.yaml
services:
  debug: { port: 9999 }`,
        },
        messages: {
            unknown: "port {port} is not declared in ports.yaml (no service, range or reservation covers it)",
            unknownNamed: "port {port} of {name} is not declared in ports.yaml (no service, range or reservation covers it)",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        for (const ref of refs) {
            // Container-side ports are private to the container network; docs rows have docs-drift.
            if (ref.service || ref.side !== "host" || ref.family === "markdown")
                continue;
            if (isDeclared(registry, ref.port, ref.portEnd ?? ref.port))
                continue;
            const name = ref.meta?.composeService ?? ref.name;
            reports.push({
                messageId: name ? "unknownNamed" : "unknown",
                data: { port: ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : ref.port, name },
                at: ref,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const unknown_port = (unknown_port_rule);

;// CONCATENATED MODULE: ./lib/rules/unquoted-port.js
// A compose short-syntax mapping written as a bare YAML scalar.
const unquoted_port_rule = {
    meta: {
        id: "unquoted-port",
        description: "A compose port mapping written as a bare YAML scalar",
        defaultLevel: "warn",
        rationale: "YAML 1.1 reads `- 22:22` as the base-60 number 1342; quote every mapping so every parser agrees.",
        examples: {
            file: `docker-compose.yml`,
            bad: `ports:
  - 22:22`,
            good: `ports:
  - "22:22"`,
        },
        messages: { unquoted: "quote this port mapping (\"{text}\"): YAML 1.1 parsers may read an unquoted a:b as a base-60 number" },
    },
    check({ refs }) {
        const reports = [];
        const seen = new Set();
        for (const ref of refs) {
            if (ref.family !== "compose" || !ref.meta?.unquoted)
                continue;
            const scalar = typeof ref.meta.scalarText === "string" ? ref.meta.scalarText : undefined;
            // One mapping yields a host and a container ref; report the mapping once.
            const key = `${ref.file}:${ref.line}:${scalar ?? ""}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            reports.push({ messageId: "unquoted", data: { text: scalar ?? "host:container" }, at: ref, service: ref.service?.name, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const unquoted_port = (unquoted_port_rule);

;// CONCATENATED MODULE: ./lib/rules/index.js
// The rule catalog: id → rule, sorted by id. Adding a rule is one file here plus one line below.














const rules_all = [
    docs_drift,
    env_template_drift,
    env_var_mismatch,
    ephemeral_port,
    exposed_binding,
    invalid_port,
    out_of_range,
    parse_error,
    port_conflict,
    port_mismatch,
    privileged_port,
    reserved_port,
    unknown_port,
    unquoted_port,
];
const rules = new Map([...rules_all].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((rule) => [rule.meta.id, rule]));
const ruleMetas = [...rules.values()].map((rule) => rule.meta);


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   NJ: () => (/* binding */ ignoreMatcher),
/* harmony export */   py: () => (/* binding */ workingTreeSource)
/* harmony export */ });
/* unused harmony exports DEFAULT_IGNORES, runGit, isGitWorkTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1138);
// File discovery: which files of a repository Portcullis reads, and their contents.
// Inside git: tracked plus untracked-not-ignored files (`git ls-files`); outside: a directory walk.




/** Folders never worth scanning, on top of `.gitignore` and the registry's `ignore`. */
const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];
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
/** Splits NUL-separated git output into paths (git's `-z` keeps names byte-exact). */
function splitNul(output) {
    return output
        .toString("utf8")
        .split("\0")
        .filter((entry) => entry.length > 0);
}
/** True when `dir` is inside a git work tree. */
async function isGitWorkTree(dir) {
    try {
        const out = await runGit(dir, ["rev-parse", "--is-inside-work-tree"]);
        return out.toString("utf8").trim() === "true";
    }
    catch {
        return false;
    }
}
async function listGitFiles(root) {
    const out = await runGit(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"]);
    return [...new Set(splitNul(out))];
}
/** Walks a folder without following symbolic links (so link loops cannot trap it). */
async function walk(root) {
    const found = [];
    const pending = [""];
    while (pending.length > 0) {
        const rel = pending.pop();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const child = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name === ".git" || entry.name === "node_modules")
                    continue;
                pending.push(child);
            }
            else if (entry.isFile()) {
                found.push(child);
            }
        }
    }
    return found.sort();
}
/** The working tree of `root`: git's view when inside a repository, else a directory walk. */
function workingTreeSource(root) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root);
    return {
        root: absRoot,
        async list() {
            const files = (await isGitWorkTree(absRoot)) ? await listGitFiles(absRoot) : await walk(absRoot);
            return files.sort();
        },
        async read(file) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(absRoot, file);
            try {
                // A tracked symlink is read as the link, never followed outside the tree.
                const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
                if (!stat.isFile())
                    return undefined;
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full);
            }
            catch {
                return undefined;
            }
        },
        async size(file) {
            try {
                const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(absRoot, file));
                return stat.isFile() ? stat.size : undefined;
            }
            catch {
                return undefined;
            }
        },
    };
}
/** Compiles ignore globs once; a path matching any is skipped. */
function ignoreMatcher(globs) {
    const matchers = [...DEFAULT_IGNORES, ...globs].map((glob) => new minimatch__WEBPACK_IMPORTED_MODULE_3__/* .Minimatch */ .VR(glob, { dot: true, matchBase: !glob.includes("/") }));
    return (file) => matchers.some((m) => m.match(file));
}


/***/ }),

/***/ 5008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kM: () => (/* binding */ envScanner),
  pC: () => (/* binding */ findValuePorts),
  q$: () => (/* binding */ isEnvTemplate),
  io: () => (/* binding */ portVariableKind)
});

// UNUSED EXPORTS: isEnvFile, isLocalHost, isPortVariableName, scanEnv

;// CONCATENATED MODULE: ./lib/scan/dotenv.js
// The `.env` format as docker compose reads it, with the source position of every name and value,
// so a scanner can point at the exact characters of a port written inside a value.
// Blanks that separate tokens on one line. Compose counts NEL and NBSP here too.
const INLINE_SPACE = new Set(["\t", "\v", "\f", "\r", " ", "\u0085", "\u00a0"]);
const isInlineSpace = (ch) => ch !== undefined && INLINE_SPACE.has(ch);
const isAnySpace = (ch) => /\s/u.test(ch) || ch === "\u0085";
/** `export` and the blanks after it; group 1 is the line break when nothing follows on the line. */
const EXPORT = /export[ \t\v\f\r\u0085\u00a0]*(\n|$|(?<=\s))/y;
const KEY_PUNCTUATION = new Set(["_", ".", "-", "[", "]"]);
const isKeyChar = (ch) => KEY_PUNCTUATION.has(ch) || /[\p{L}\p{N}]/u.test(ch);
/** Line starts of a text, for offset → 1-based line and column (UTF-16 code units, as editors count). */
class Positions {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    span(start, end) {
        const a = this.at(start);
        const b = this.at(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}
class ParseError extends Error {
    offset;
    end;
    constructor(message, offset, end) {
        super(message);
        this.offset = offset;
        this.end = end;
    }
}
/**
 * Parses a `.env` text. Never throws: syntax errors become `problems` and the parser goes on
 * with the next line, so one bad line does not hide the ports written below it.
 */
function parseDotenv(text, options = {}) {
    const positions = new Positions(text);
    const entries = [];
    const problems = [];
    const values = new Map();
    const lookup = options.lookup ?? (() => undefined);
    // Inside `${…}`, the environment wins over what the file defined earlier (compose's order).
    const resolve = (name) => lookup(name) ?? values.get(name);
    let pos = text.startsWith("\uFEFF") ? 1 : 0;
    for (;;) {
        pos = statementStart(text, pos);
        if (pos >= text.length)
            break;
        try {
            pos = parseStatement(text, pos, positions, resolve, lookup, entries, values);
        }
        catch (error) {
            if (!(error instanceof ParseError))
                throw error;
            problems.push({ ...positions.span(error.offset, error.end), message: error.message });
            const newline = text.indexOf("\n", error.offset);
            pos = newline < 0 ? text.length : newline + 1;
        }
    }
    return { entries, problems, values, span: (start, end) => positions.span(start, end) };
}
/** Skips blank space and comment lines; returns the offset of the next statement. */
function statementStart(text, pos) {
    for (;;) {
        while (pos < text.length && isAnySpace(text[pos]))
            pos++;
        if (text[pos] !== "#")
            return pos;
        const newline = text.indexOf("\n", pos);
        if (newline < 0)
            return text.length;
        pos = newline;
    }
}
function parseStatement(text, start, positions, resolve, lookup, entries, values) {
    let pos = start;
    let exported = false;
    EXPORT.lastIndex = pos;
    const exportMatch = EXPORT.exec(text);
    if (exportMatch) {
        // `export` alone on a line names nothing (compose reads an empty, unset name there).
        if (exportMatch[1] === "\n" || pos + exportMatch[0].length >= text.length)
            return pos + exportMatch[0].length;
        exported = true;
        pos += exportMatch[0].length;
    }
    // The name runs to `=`, `:` (YAML style) or the end of the line (an inherited variable).
    const nameStart = pos;
    let terminator;
    for (; pos < text.length; pos++) {
        const code = text.codePointAt(pos);
        const ch = String.fromCodePoint(code);
        if (code > 0xffff)
            pos++;
        if (isInlineSpace(ch))
            continue;
        if (ch === "=" || ch === ":" || ch === "\n") {
            terminator = ch;
            break;
        }
        if (!isKeyChar(ch)) {
            const line = text.slice(nameStart, lineEnd(text, nameStart));
            throw new ParseError(`unexpected character "${ch}" in variable name "${line.replace(/\r$/, "")}"`, pos, pos + 1);
        }
    }
    const name = text.slice(nameStart, pos).replace(/\s+$/u, "");
    const nameEnd = nameStart + name.length;
    if (name.includes(" ")) {
        throw new ParseError("key cannot contain a space", nameStart, nameEnd);
    }
    const base = {
        name,
        exported,
        nameStart,
        nameSpan: positions.span(nameStart, nameEnd),
    };
    if (terminator === undefined || terminator === "\n") {
        // `NAME` alone: compose reads it from the environment and skips it when unset there.
        const value = lookup(name);
        entries.push({ ...base, value: value ?? "", raw: "", valueStart: nameEnd, inherited: true, valueSpan: positions.span(nameEnd, nameEnd) });
        if (value !== undefined)
            values.set(name, value);
        return terminator === undefined ? pos : pos + 1;
    }
    pos++;
    while (pos < text.length && isInlineSpace(text[pos]))
        pos++;
    const quote = text[pos];
    if (quote === '"' || quote === "'" || quote === "`") {
        const scanned = scanQuoted(text, pos, quote);
        if (!scanned) {
            const end = lineEnd(text, pos);
            throw new ParseError(`unterminated quoted value ${text.slice(pos, end).replace(/\r$/, "")}`, pos, end);
        }
        const raw = text.slice(pos + 1, scanned.close);
        let value = scanned.value;
        let expansionError;
        if (quote === '"') {
            const expanded = expandVariables(expandEscapes(value), resolve);
            value = expanded.error === undefined ? expanded.value : raw;
            expansionError = expanded.error;
        }
        entries.push({
            ...base,
            value,
            raw,
            valueStart: pos + 1,
            quote,
            inherited: false,
            valueSpan: positions.span(pos + 1, scanned.close),
            ...(expansionError !== undefined ? { expansionError } : {}),
        });
        values.set(name, value);
        // Compose goes on right after the closing quote: a comment, the line end, or (rarely) another statement.
        return scanned.close + 1;
    }
    const end = lineEnd(text, pos);
    let raw = text.slice(pos, end);
    // An inline comment starts at ` #`; `123#abc` keeps its hash.
    const comment = raw.indexOf(" #");
    if (comment >= 0)
        raw = raw.slice(0, comment);
    raw = raw.replace(/[\s\u0085]+$/u, "");
    const expanded = expandVariables(raw, resolve);
    const value = expanded.error === undefined ? expanded.value : raw;
    entries.push({
        ...base,
        value,
        raw,
        valueStart: pos,
        inherited: false,
        valueSpan: positions.span(pos, pos + raw.length),
        ...(expanded.error !== undefined ? { expansionError: expanded.error } : {}),
    });
    values.set(name, value);
    return end < text.length ? end + 1 : end;
}
function lineEnd(text, pos) {
    const newline = text.indexOf("\n", pos);
    return newline < 0 ? text.length : newline;
}
/**
 * A quoted value from the opening quote at `open`: the offset of the closing quote and the text
 * between, where an escaped quote loses its backslash and any other escape keeps it (compose).
 */
function scanQuoted(text, open, quote) {
    let value = "";
    let escaped = false;
    for (let i = open + 1; i < text.length; i++) {
        const ch = text[i];
        if (escaped) {
            escaped = false;
            if (ch !== quote)
                value += "\\";
            value += ch;
            continue;
        }
        if (ch === "\\")
            escaped = true;
        else if (ch === quote)
            return { close: i, value };
        else
            value += ch;
    }
    return undefined;
}
const SIMPLE_ESCAPES = {
    a: "\u0007",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    '"': '"',
    "\\": "\\",
    // `\$` is not expanded: `$$` is the expansion's own escape for a literal dollar.
    $: "$$",
};
/**
 * Escapes of a double-quoted value: `\a \b \f \n \r \t \v \\ \" \$` and octal `\0NNN`. Anything
 * else (`\x07`, `\u12e4`, `\ `) stays as written, as in compose.
 */
function expandEscapes(value) {
    let out = "";
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (ch !== "\\" || i + 1 >= value.length) {
            out += ch;
            continue;
        }
        const next = value[i + 1];
        if (next === "0") {
            const digits = /^\d{0,3}/.exec(value.slice(i + 2))[0];
            const whole = value.slice(i, i + 2 + digits.length);
            // `\0123` is the octal `\123`; compose leaves anything that is not three octal digits alone.
            const code = /^[0-7]{3}$/.test(digits) ? parseInt(digits, 8) : NaN;
            out += code <= 255 ? String.fromCharCode(code) : whole;
            i += 1 + digits.length;
            continue;
        }
        const simple = SIMPLE_ESCAPES[next];
        if (simple !== undefined) {
            out += simple;
            i++;
            continue;
        }
        out += ch;
    }
    return out;
}
const NAME_AT = /[_a-zA-Z][_a-zA-Z0-9]*/y;
/** `${A:-${B:-…}}` deeper than this is an error rather than a stack overflow. */
const MAX_NESTING = 64;
const OPERATORS = [":-", ":?", ":+", "-", "?", "+"];
/**
 * Compose's `${…}` expansion: `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`,
 * `${NAME:?error}`, `${NAME?error}`, `${NAME:+replacement}`, `${NAME+replacement}`, nested
 * expansions inside the operand, and `$$` for a literal dollar. A `$` followed by nothing
 * expandable stays as written.
 */
function expandVariables(template, lookup, depth = 0) {
    if (depth > MAX_NESTING)
        return { value: template, error: "variable references nested too deeply" };
    let out = "";
    let i = 0;
    while (i < template.length) {
        const dollar = template.indexOf("$", i);
        if (dollar < 0) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, dollar);
        const next = template[dollar + 1];
        if (next === "$") {
            out += "$";
            i = dollar + 2;
            continue;
        }
        if (next === "{") {
            const close = closingBrace(template, dollar);
            if (close < 0)
                return { value: out, error: `Invalid template: ${JSON.stringify(template)}` };
            const inner = template.slice(dollar + 2, close);
            const result = expandBraced(inner, lookup, template, depth);
            if (result.error !== undefined)
                return { value: out, error: result.error };
            out += result.value;
            i = close + 1;
            continue;
        }
        NAME_AT.lastIndex = dollar + 1;
        const named = NAME_AT.exec(template);
        if (named) {
            out += lookup(named[0]) ?? "";
            i = dollar + 1 + named[0].length;
            continue;
        }
        out += "$";
        i = dollar + 1;
    }
    return { value: out };
}
/** The `}` closing the `${` at `dollar`; only `${` opens a level, so `{"json":1}` defaults work. */
function closingBrace(template, dollar) {
    let depth = 0;
    for (let i = dollar; i < template.length; i++) {
        if (template[i] === "$" && template[i + 1] === "{") {
            depth++;
            i++;
        }
        else if (template[i] === "}") {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
function expandBraced(inner, lookup, template, depth) {
    NAME_AT.lastIndex = 0;
    const named = NAME_AT.exec(inner);
    const invalid = { value: "", error: `Invalid template: ${JSON.stringify(template)}` };
    if (!named)
        return invalid;
    const name = named[0];
    const rest = inner.slice(name.length);
    if (rest === "")
        return { value: lookup(name) ?? "" };
    // The first operator after the name applies; later operator characters belong to the operand.
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (!operator)
        return invalid;
    const operand = rest.slice(operator.length);
    const value = lookup(name);
    const set = value !== undefined;
    const nonEmpty = set && value !== "";
    switch (operator) {
        case ":-":
            return nonEmpty ? { value: value } : expandVariables(operand, lookup, depth + 1);
        case "-":
            return set ? { value: value } : expandVariables(operand, lookup, depth + 1);
        case ":+":
            return nonEmpty ? expandVariables(operand, lookup, depth + 1) : { value: "" };
        case "+":
            return set ? expandVariables(operand, lookup, depth + 1) : { value: "" };
        case ":?":
        case "?": {
            if (operator === ":?" ? nonEmpty : set)
                return { value: value };
            const message = expandVariables(operand, lookup, depth + 1);
            const reason = message.error === undefined ? message.value : operand;
            return { value: "", error: `required variable ${name} is missing a value${reason ? `: ${reason}` : ""}` };
        }
    }
}

;// CONCATENATED MODULE: ./lib/scan/scanners/env.js
// The env family: `.env` files and their templates. Port variables (`API_PORT=8000`) and ports
// inside values (`DATABASE_URL=postgres://…@localhost:5433/db`), each at the exact digits.

/** Extensions after `.env.` that are code, data or encrypted blobs rather than dotenv text. */
const NOT_DOTENV = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx|json|ya?ml|toml|py|rb|go|rs|php|sh|bash|zsh|ps1|md|gpg|pgp|asc|enc|age|bak|swp)$/i;
function isEnvFile(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    if (base === ".env")
        return true;
    if (base.startsWith(".env."))
        return !NOT_DOTENV.test(base);
    if (/^env\.(?:example|sample|template)$/i.test(base))
        return true;
    // `backend.env.example`: a per-service template.
    if (/^[^.].*\.env\.(?:example|sample|template|dist|defaults?)$/i.test(base))
        return true;
    // `*.env` with a real stem: `app.env`, `example.env`, `docker.env`.
    return base.length > 4 && base.endsWith(".env");
}
/**
 * A template is what a newcomer copies to `.env`: the base name says example, template, sample,
 * dist or default(s). Same test as the `env-template-drift` rule, so both agree on every file.
 */
function isEnvTemplate(path) {
    const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
    return /(example|template|sample|dist|defaults?)/.test(base);
}
/**
 * Qualifiers after a `PORT` word that make the variable something other than a port number:
 * `PORT_RANGE`, `PORT_OFFSET`, `PORT_MAPPING`, `PORT_ENABLED`, `PORT_TIMEOUT`…
 */
const NOT_A_PORT_AFTER = new Set([
    "RANGE", "RANGES", "COUNT", "OFFSET", "MAP", "MAPPING", "MAPPINGS", "FORWARD", "FORWARDS", "FORWARDING",
    "ENABLE", "ENABLED", "DISABLE", "DISABLED", "TIMEOUT", "RETRY", "RETRIES", "PROTOCOL", "PROTO", "SCHEME",
    "MODE", "TYPE", "SIZE", "LIMIT", "STEP", "INCREMENT", "SHIFT", "INDEX", "IDX", "POOL", "LIST", "FILE",
    "PATH", "DIR", "NAME", "PREFIX", "SUFFIX", "CHECK", "STRATEGY", "POLICY", "DELAY", "INTERVAL",
]);
/** Names that are ports without a separator before `PORT` (libpq's own variable). */
const COMPOUND_PORT_NAMES = new Set(["PGPORT"]);
/** Splits `POSTGRES_PORT`, `vite.port`, `apiPort` into upper-case words. */
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.toUpperCase());
}
/**
 * Does the variable name a port? `PORT`, `POSTGRES_PORT`, `VITE_PORT`, `HTTP_PORT`, `PORT_HTTP`,
 * `SMTP_PORT_TLS`, `apiPort` name one port; `*_PORTS` (`ASPNETCORE_HTTP_PORTS`) a list. The word
 * must be exactly PORT: `PORTAL_URL`, `SUPPORT_EMAIL`, `TRANSPORT`, `EXPORT_DIR`, `IMPORT_*`
 * are not ports, nor are `PORT_RANGE`, `PORT_OFFSET` and other qualifiers of a port.
 */
function portVariableKind(name) {
    const parts = words(name);
    if (parts.length === 1 && COMPOUND_PORT_NAMES.has(parts[0]))
        return "single";
    const last = parts[parts.length - 1];
    if (last === "PORTS")
        return "list";
    const at = parts.lastIndexOf("PORT");
    if (at < 0)
        return undefined;
    return parts.slice(at + 1).some((w) => NOT_A_PORT_AFTER.has(w)) ? undefined : "single";
}
function isPortVariableName(name) {
    return portVariableKind(name) !== undefined;
}
/** Hosts a client on the host machine reaches the host's own ports through. */
function isLocalHost(host) {
    const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
    return (h === "localhost" ||
        h.endsWith(".localhost") ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
        h === "0.0.0.0" ||
        h === "::1" ||
        h === "::" ||
        h === "host.docker.internal");
}
/** Variable names whose values are addresses, where a bare `name:port` is a host and port. */
const ADDRESS_NAME = /(?:^|_)(?:HOSTS?|ADDR|ADDRESS|ADDRESSES|SERVERS?|BROKERS?|ENDPOINTS?|BIND|LISTEN|URLS?|URIS?|DSN|NODES|PEERS|UPSTREAMS?|BOOTSTRAP|SEEDS)$/;
const BRACED_DEFAULT = /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?::?-)(\d+)\}$/;
/** The `}` closing a `${` at `start`, counting nested `${`. */
function braceEnd(text, start) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
        if (text[i] === "$" && text[i + 1] === "{") {
            depth++;
            i++;
        }
        else if (text[i] === "}" && --depth === 0)
            return i;
    }
    return -1;
}
/** `${VAR:-localhost}` stands for its default when classifying a host; `${VAR}` for nothing known. */
function hostAsWritten(host) {
    const m = /^\$\{[_a-zA-Z][_a-zA-Z0-9]*:?-([^{}$]*)\}$/.exec(host);
    return m ? m[1] : host.replace(/^\[(.*)\]$/, "$1");
}
/** Where a URL authority ends: path, query, fragment, blank, quote, or list punctuation. */
const AUTHORITY_END = /[/?#\s"'`\\<>;)|]/;
/**
 * One `host[:port]` at `start`, up to `,` or `end`. The host may be `[v6]` or hold `${…}`; the port
 * is digits or `${VAR:-digits}`. Undefined when the text there is not of that shape.
 */
function hostPortAt(text, start, end) {
    let i = start;
    if (text[i] === "[") {
        const close = text.indexOf("]", i);
        if (close < 0 || close >= end)
            return undefined;
        i = close + 1;
    }
    else {
        while (i < end && text[i] !== ":" && text[i] !== ",") {
            if (text[i] === "$" && text[i + 1] === "{") {
                const close = braceEnd(text, i);
                if (close < 0 || close >= end)
                    return undefined;
                i = close + 1;
            }
            else
                i++;
        }
    }
    const host = text.slice(start, i);
    if (!/^(?:\[[0-9a-fA-F:.%\w]*\]|(?:[\w.-]|\$\{[^}]*\}|\$\w+)+)$/.test(host))
        return undefined;
    if (text[i] !== ":")
        return { host, end: i };
    const portStart = i + 1;
    let portEnd = portStart;
    if (text[portStart] === "$" && text[portStart + 1] === "{") {
        const close = braceEnd(text, portStart);
        if (close < 0 || close >= end)
            return undefined;
        portEnd = close + 1;
        const m = BRACED_DEFAULT.exec(text.slice(portStart, portEnd));
        if (!m)
            return { host, end: portEnd };
        const digitsStart = portEnd - 1 - m[2].length;
        return { host, port: { digits: m[2], start: digitsStart, defaultOf: m[1] }, end: portEnd };
    }
    while (portEnd < end && /\d/.test(text[portEnd]))
        portEnd++;
    if (portEnd === portStart)
        return undefined;
    return { host, port: { digits: text.slice(portStart, portEnd), start: portStart }, end: portEnd };
}
const SCHEME = /([a-zA-Z][a-zA-Z0-9+.-]*):\/\//g;
/**
 * Ports in a value: URLs with an explicit port (several hosts allowed, as in
 * `mongodb://a:27017,b:27017/db`), bare `localhost:3000` / `127.0.0.1:5432` / `[::1]:8080`
 * anywhere, and bare `name:port` items when the variable names an address (`REDIS_HOST=redis:6379`).
 * A URL without a port names no port: default ports are not guessed.
 */
function findValuePorts(value, variable) {
    const found = [];
    const covered = [];
    SCHEME.lastIndex = 0;
    for (let m = SCHEME.exec(value); m; m = SCHEME.exec(value)) {
        const scheme = m[1].toLowerCase();
        const authorityStart = m.index + m[0].length;
        let authorityEnd = authorityStart;
        while (authorityEnd < value.length && !AUTHORITY_END.test(value[authorityEnd])) {
            if (value[authorityEnd] === "$" && value[authorityEnd + 1] === "{") {
                const close = braceEnd(value, authorityEnd);
                authorityEnd = close < 0 ? value.length : close + 1;
            }
            else
                authorityEnd++;
        }
        covered.push([m.index, authorityEnd]);
        const authority = value.slice(authorityStart, authorityEnd);
        const at = authority.lastIndexOf("@");
        let i = at >= 0 ? authorityStart + at + 1 : authorityStart;
        const protocol = scheme === "udp" || scheme.endsWith("+udp") ? "udp" : "tcp";
        for (;;) {
            const item = hostPortAt(value, i, authorityEnd);
            if (!item)
                break;
            if (item.port && item.host)
                found.push({ ...item.port, host: item.host, protocol });
            if (value[item.end] !== "," || item.end + 1 >= authorityEnd)
                break;
            // `http://a:3002,http://b:3003` is a list of URLs, not one URL with two hosts.
            if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value.slice(item.end + 1)))
                break;
            i = item.end + 1;
        }
        // The next URL may start inside this authority's stretch (after a comma).
        SCHEME.lastIndex = m.index + m[0].length;
    }
    const inUrl = (offset) => covered.some(([a, b]) => offset >= a && offset < b);
    const LOCAL = /(?<![\w.:-])(localhost|[\w-]+\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[0-9a-fA-F:]+\]|host\.docker\.internal):(\d+)(?!\w|\.\d)/g;
    for (let m = LOCAL.exec(value); m; m = LOCAL.exec(value)) {
        if (inUrl(m.index))
            continue;
        const host = m[1];
        if (/^\d/.test(host) && !host.split(".").every((octet) => Number(octet) <= 255))
            continue;
        found.push({ digits: m[2], start: m.index + host.length + 1, host, protocol: "tcp" });
        covered.push([m.index, m.index + m[0].length]);
    }
    if (variable && ADDRESS_NAME.test(words(variable).join("_"))) {
        // Items of an address list: `kafka1:9092,kafka2:9092`, `redis:6379`.
        const ITEM = /[^\s,;]+/g;
        for (let m = ITEM.exec(value); m; m = ITEM.exec(value)) {
            if (inUrl(m.index))
                continue;
            const item = /^([A-Za-z][\w-]*(?:\.[\w-]+)*):(\d+)$/.exec(m[0]);
            if (!item || found.some((p) => p.start === m.index + item[1].length + 1))
                continue;
            found.push({ digits: item[2], start: m.index + item[1].length + 1, host: item[1], protocol: "tcp" });
        }
    }
    return found.sort((a, b) => a.start - b.start);
}
class EnvScan {
    file;
    doc;
    refs = [];
    problems = [];
    meta;
    constructor(file, doc, template) {
        this.file = file;
        this.doc = doc;
        this.meta = template ? { template: true } : undefined;
    }
    at(start, end) {
        return { file: this.file, ...this.doc.span(start, end) };
    }
    /** Digits at `[start, end)` of the source; 0 is "any free port", above 65535 a problem. */
    port(start, end, digits, fields, portEnd) {
        const port = Number(digits);
        const last = portEnd === undefined ? undefined : Number(portEnd);
        const at = this.at(start, end);
        if (port > 65535 || (last !== undefined && (last > 65535 || last < port))) {
            const written = portEnd === undefined ? digits : `${digits}-${portEnd}`;
            this.problems.push({ ...at, kind: "invalid-port", message: `${fields.envVar ?? "value"} sets ${written}, which is not a valid port (1-65535)` });
            return;
        }
        if (port === 0)
            return;
        const meta = fields.meta || this.meta ? { ...this.meta, ...fields.meta } : undefined;
        this.refs.push({ ...at, family: "env", port, ...(last !== undefined ? { portEnd: last } : {}), ...fields, ...(meta ? { meta } : {}) });
    }
    entry(entry) {
        const kind = entry.inherited ? undefined : portVariableKind(entry.name);
        if (kind && this.portVariable(entry, kind))
            return;
        this.valuePorts(entry);
    }
    /** `API_PORT=8000`, `API_PORT="8000"`, `API_PORT=${API_PORT:-8000}`, `HTTP_PORTS=8080;8081`. */
    portVariable(entry, kind) {
        const raw = entry.raw;
        const base = { kind: "assign", side: "host", protocol: "tcp", envVar: entry.name };
        const single = /^\s*(\d+)\s*$/.exec(raw);
        if (single) {
            const start = entry.valueStart + raw.indexOf(single[1]);
            this.port(start, start + single[1].length, single[1], base);
            return true;
        }
        const fallback = BRACED_DEFAULT.exec(raw.trim());
        if (fallback) {
            const start = entry.valueStart + raw.lastIndexOf(fallback[2] + "}");
            this.port(start, start + fallback[2].length, fallback[2], { ...base, meta: { fromDefault: true } });
            return true;
        }
        if (kind === "list" && /^\s*\d+(?:-\d+)?(?:\s*[,; ]\s*\d+(?:-\d+)?)*\s*$/.test(raw)) {
            const ITEM = /(\d+)(?:-(\d+))?/g;
            for (let m = ITEM.exec(raw); m; m = ITEM.exec(raw)) {
                const start = entry.valueStart + m.index;
                this.port(start, start + m[0].length, m[1], base, m[2]);
            }
            return true;
        }
        return false;
    }
    /** URLs and addresses inside any value. */
    valuePorts(entry) {
        for (const found of findValuePorts(entry.raw, entry.name)) {
            const start = entry.valueStart + found.start;
            const host = hostAsWritten(found.host);
            const side = isLocalHost(host) ? "host" : "container";
            this.port(start, start + found.digits.length, found.digits, {
                kind: "dial",
                side,
                protocol: found.protocol,
                envVar: found.defaultOf ?? entry.name,
                meta: { dialHost: host, ...(found.defaultOf ? { fromDefault: true } : {}) },
            });
        }
    }
}
function scanEnv(path, text) {
    const doc = parseDotenv(text);
    const scan = new EnvScan(path, doc, isEnvTemplate(path));
    const definedVars = [];
    for (const entry of doc.entries) {
        if (entry.name === "")
            continue;
        definedVars.push({ name: entry.name, value: entry.value, file: path, ...entry.nameSpan });
        scan.entry(entry);
    }
    const problems = doc.problems.map((p) => ({
        file: path,
        line: p.line,
        column: p.column,
        endLine: p.endLine,
        endColumn: p.endColumn,
        kind: "parse-error",
        message: p.message,
    }));
    return { refs: scan.refs, problems: [...problems, ...scan.problems], definedVars };
}
const envScanner = {
    id: "env",
    family: "env",
    matches: isEnvFile,
    scan(path, text) {
        try {
            return scanEnv(path, text);
        }
        catch (error) {
            // A scanner never throws: an unexpected failure is reported against the file.
            const message = `could not read ${path} as a .env file: ${error instanceof Error ? error.message : String(error)}`;
            return { refs: [], problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message }] };
        }
    },
};


/***/ }),

/***/ 776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ classify)
});

// UNUSED EXPORTS: scanners

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/scan/interpolate.js
// Compose variable interpolation (`$VAR`, `${VAR:-default}`, `$$`…) with the semantics of the
// reference implementation, tracing every output character back to the template text it came from.
const NAME_START = /[_A-Za-z]/;
const NAME_CHAR = /[_A-Za-z0-9]/;
const OPERATORS = [":?", "?", ":-", "-", ":+", "+"];
/**
 * The match of the reference pattern at `s[at] === "$"`, or undefined when this `$` is a literal.
 * Mirrors `\$(?i:(\$)|([_a-z][_a-z0-9]*)|{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|()))`: an
 * operator's operand runs greedily to the last `}` before the end of the line.
 */
function matchAt(s, at) {
    const next = s[at + 1];
    if (next === "$")
        return { kind: "escaped", start: at, end: at + 2 };
    if (next !== undefined && NAME_START.test(next)) {
        let k = at + 2;
        while (k < s.length && NAME_CHAR.test(s[k]))
            k++;
        return { kind: "named", start: at, end: k, name: s.slice(at + 1, k) };
    }
    if (next !== "{")
        return undefined;
    const invalid = { kind: "invalid", start: at, end: at + 2 };
    const nameStart = at + 2;
    if (nameStart >= s.length || !NAME_START.test(s[nameStart]))
        return invalid;
    let k = nameStart + 1;
    while (k < s.length && NAME_CHAR.test(s[k]))
        k++;
    const name = s.slice(nameStart, k);
    if (s[k] === "}")
        return { kind: "braced", start: at, end: k + 1, name };
    let operandStart;
    if (s[k] === ":" && "-+?".includes(s[k + 1] ?? ""))
        operandStart = k + 2;
    else if ("-+?".includes(s[k] ?? ""))
        operandStart = k + 1;
    else
        return invalid;
    let lineEnd = s.indexOf("\n", operandStart);
    if (lineEnd < 0)
        lineEnd = s.length;
    const close = s.lastIndexOf("}", lineEnd - 1);
    if (close < operandStart)
        return invalid;
    return { kind: "braced", start: at, end: close + 1, name };
}
/** The operator the reference implementation applies: the one written first in the match. */
function operatorIn(matched) {
    let best;
    let bestIndex = Infinity;
    for (const op of OPERATORS) {
        const i = matched.indexOf(op);
        if (i >= 0 && i < bestIndex) {
            best = op;
            bestIndex = i;
        }
    }
    return best;
}
/** Index of the `}` closing the first `{`; every `{` opens a level and skips the next character. */
function firstBraceClosingIndex(s) {
    let open = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === "}") {
            open--;
            if (open === 0)
                return i;
        }
        if (s[i] === "{") {
            open++;
            i++;
        }
    }
    return -1;
}
function toLookupFunction(lookup) {
    if (lookup === undefined)
        return () => undefined;
    if (typeof lookup === "function")
        return lookup;
    if (lookup instanceof Map)
        return (name) => lookup.get(name);
    const record = lookup;
    return (name) => (Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
}
class Evaluation {
    lookup;
    references = [];
    missing = [];
    error;
    constructor(lookup) {
        this.lookup = lookup;
    }
    fail(error) {
        if (!this.error)
            this.error = error;
    }
}
function appendPiece(target, piece) {
    const shift = target.text.length;
    for (const seg of piece.segments)
        target.segments.push({ ...seg, start: seg.start + shift, end: seg.end + shift });
    target.text += piece.text;
}
function appendRun(target, kind, text, sourceStart, sourceEnd, variables) {
    // Empty runs of references are kept: they say which variable an empty field came from.
    if (text === "" && kind === "literal")
        return;
    const start = target.text.length;
    target.text += text;
    target.segments.push({ kind, start, end: start + text.length, sourceStart, sourceEnd, variables });
}
/**
 * Substitutes `s`, which starts at `base` in the root template. `inOperand` marks text inside a
 * default or presence value, whose literal runs are reported as `default`.
 */
function substitute(s, base, enclosing, inOperand, ev) {
    const out = { text: "", segments: [] };
    const literalKind = inOperand ? "default" : "literal";
    let literalStart = 0;
    let i = 0;
    while (i < s.length) {
        const dollar = s.indexOf("$", i);
        if (dollar < 0)
            break;
        const m = matchAt(s, dollar);
        if (!m) {
            i = dollar + 1;
            continue;
        }
        appendRun(out, literalKind, s.slice(literalStart, dollar), base + literalStart, base + dollar, enclosing);
        appendPiece(out, replace(s, m, base, enclosing, ev));
        i = m.end;
        literalStart = i;
    }
    appendRun(out, literalKind, s.slice(literalStart), base + literalStart, base + s.length, enclosing);
    return out;
}
/** The replacement of one match (`ReplaceAllStringFunc`'s callback). */
function replace(s, m, base, enclosing, ev) {
    const out = { text: "", segments: [] };
    const start = base + m.start;
    if (m.kind === "escaped") {
        appendRun(out, "escape", "$", start, start + 2, enclosing);
        return out;
    }
    if (m.kind === "invalid") {
        ev.fail({ kind: "invalid-template", message: `Invalid template: ${JSON.stringify(s)}`, start, end: base + m.end });
        return out;
    }
    const name = m.name;
    const inner = [...enclosing, name];
    if (m.kind === "named") {
        ev.references.push({ name, start, end: base + m.end, braced: false, enclosing });
        lookupInto(out, name, start, base + m.end, enclosing, ev);
        return out;
    }
    const matched = s.slice(m.start, m.end);
    const operator = operatorIn(matched);
    const close = firstBraceClosingIndex(matched);
    const head = close < 0 ? matched : matched.slice(0, close + 1);
    const rest = close < 0 ? "" : matched.slice(close + 1);
    const restBase = start + head.length;
    const substitution = head.slice(2, -1);
    const headEnd = start + head.length;
    if (operator === undefined || !substitution.includes(operator)) {
        ev.references.push({ name: substitution, start, end: headEnd, braced: true, enclosing });
        lookupInto(out, substitution, start, headEnd, enclosing, ev);
        return out;
    }
    // The operator directly follows the name: the name holds none of the operator characters.
    const argStart = start + 2 + name.length + operator.length;
    const argument = substitution.slice(name.length + operator.length);
    ev.references.push({
        name,
        start,
        end: headEnd,
        braced: true,
        operator,
        argument: { text: argument, start: argStart, end: argStart + argument.length },
        enclosing,
    });
    const value = ev.lookup(name);
    switch (operator) {
        case ":-":
        case "-": {
            const absent = value === undefined || (operator === ":-" && value === "");
            if (absent)
                appendPiece(out, substitute(argument, argStart, inner, true, ev));
            else
                appendRun(out, "value", value, start, headEnd, inner);
            break;
        }
        case ":+":
        case "+": {
            const present = value !== undefined && (operator === "+" || value !== "");
            if (present)
                appendPiece(out, substitute(argument, argStart, inner, true, ev));
            else
                appendRun(out, "value", value ?? "", start, headEnd, inner);
            break;
        }
        case ":?":
        case "?": {
            const missing = value === undefined || (operator === ":?" && value === "");
            if (missing) {
                // The message is only evaluated when needed (compose does not warn about its variables otherwise).
                const reason = substitute(argument, argStart, inner, true, ev).text;
                ev.fail({
                    kind: "missing-required",
                    message: reason ? `required variable ${name} is missing a value: ${reason}` : `required variable ${name} is missing a value`,
                    variable: name,
                    reason,
                    start,
                    end: headEnd,
                });
                appendRun(out, "unresolved", "", start, headEnd, inner);
            }
            else {
                appendRun(out, "value", value, start, headEnd, inner);
            }
            break;
        }
    }
    // Text after the first balanced `}` that the greedy operand swallowed is substituted on its own.
    if (rest)
        appendPiece(out, substitute(rest, restBase, enclosing, false, ev));
    return out;
}
function lookupInto(out, name, start, end, enclosing, ev) {
    const value = ev.lookup(name);
    if (value === undefined) {
        ev.missing.push(name);
        appendRun(out, "unresolved", "", start, end, [...enclosing, name]);
    }
    else {
        appendRun(out, "value", value, start, end, [...enclosing, name]);
    }
}
/**
 * Interpolates `template` as compose does. Unset variables are those the lookup does not know
 * (undefined); a variable set to "" is set but empty. Never throws: errors are reported in `error`.
 */
function interpolate(template, lookup) {
    const ev = new Evaluation(toLookupFunction(lookup));
    const piece = substitute(template, 0, [], false, ev);
    const result = {
        template,
        value: piece.text,
        segments: piece.segments,
        references: ev.references,
        missing: ev.missing,
    };
    if (ev.error)
        result.error = ev.error;
    return result;
}
function isOneToOne(seg) {
    return seg.kind === "literal" || seg.kind === "default";
}
/**
 * Traces the output range `[start, end)` back to the template: the template range it came from,
 * the variables involved, and whether a default or an unresolved variable played a part.
 * A range inside a default maps to the default's exact characters; a range inside a variable's
 * value maps to the whole reference.
 */
function traceOutput(result, start, end) {
    const trace = { start: -1, end: -1, variables: [], fromDefault: false, fromValue: false, unresolved: false };
    if (start === end) {
        // An empty range stands for the references that produced nothing there (`$IP` in `$IP:8000:80`).
        for (const seg of result.segments) {
            if (seg.start !== start || seg.end !== start)
                continue;
            if (seg.kind === "unresolved")
                trace.unresolved = true;
            if (seg.kind === "default")
                trace.fromDefault = true;
            for (const v of seg.variables)
                if (!trace.variables.includes(v))
                    trace.variables.push(v);
            if (trace.start < 0 || seg.sourceStart < trace.start)
                trace.start = seg.sourceStart;
            if (seg.sourceEnd > trace.end)
                trace.end = seg.sourceEnd;
        }
        if (trace.start >= 0)
            return trace;
    }
    for (const seg of result.segments) {
        if (seg.start === seg.end && seg.kind !== "unresolved")
            continue;
        if (seg.kind === "unresolved") {
            if (seg.start >= start && seg.start <= end) {
                trace.unresolved = true;
                for (const v of seg.variables)
                    if (!trace.variables.includes(v))
                        trace.variables.push(v);
            }
            continue;
        }
        const overlaps = start === end ? seg.start <= start && start < seg.end : seg.start < end && start < seg.end;
        if (!overlaps)
            continue;
        for (const v of seg.variables)
            if (!trace.variables.includes(v))
                trace.variables.push(v);
        if (seg.kind === "default")
            trace.fromDefault = true;
        if (seg.kind === "value")
            trace.fromValue = true;
        const from = isOneToOne(seg) ? seg.sourceStart + (Math.max(start, seg.start) - seg.start) : seg.sourceStart;
        const to = isOneToOne(seg) ? seg.sourceStart + (Math.min(end, seg.end) - seg.start) : seg.sourceEnd;
        if (trace.start < 0 || from < trace.start)
            trace.start = from;
        if (to > trace.end)
            trace.end = to;
    }
    if (trace.start < 0) {
        // Nothing but unresolved references (or an empty output): point at the nearest reference.
        const seg = result.segments.find((s) => s.start >= start && s.start <= end) ?? result.segments.find((s) => s.start >= start);
        trace.start = seg ? seg.sourceStart : Math.min(start, result.template.length);
        trace.end = seg ? seg.sourceEnd : trace.start;
    }
    return trace;
}
function extractFromString(s, into) {
    let i = 0;
    while (i < s.length) {
        const dollar = s.indexOf("$", i);
        if (dollar < 0)
            return;
        const m = matchAt(s, dollar);
        if (!m) {
            i = dollar + 1;
            continue;
        }
        i = m.end;
        if (m.kind === "escaped" || m.kind === "invalid")
            continue;
        let val = m.name;
        if (m.kind === "braced") {
            const matched = s.slice(m.start, m.end);
            val = matched.slice(2, -1);
            const close = firstBraceClosingIndex(matched);
            if (close > 0) {
                val = matched.slice(2, close);
                extractFromString(matched.slice(close + 1), into);
            }
        }
        const variable = { name: val, defaultValue: "", presenceValue: "", required: false };
        let message = "";
        const opAt = val.search(/[^_A-Za-z0-9]/);
        if (opAt > 0) {
            variable.name = val.slice(0, opAt);
            const rest = val.slice(opAt);
            if (rest.startsWith(":?"))
                (variable.required = true), (message = rest.slice(2));
            else if (rest.startsWith("?"))
                (variable.required = true), (message = rest.slice(1));
            else if (rest.startsWith(":-"))
                variable.defaultValue = rest.slice(2);
            else if (rest.startsWith("-"))
                variable.defaultValue = rest.slice(1);
            else if (rest.startsWith(":+"))
                variable.presenceValue = rest.slice(2);
            else if (rest.startsWith("+"))
                variable.presenceValue = rest.slice(1);
        }
        into.push(variable);
        for (const nested of [variable.defaultValue, variable.presenceValue, message])
            if (nested)
                extractFromString(nested, into);
    }
}
/**
 * Every variable a value mentions (strings, and strings nested in arrays and objects), keyed by
 * name. A variable used several times is required if any use requires it, and keeps the first
 * default and presence value written.
 */
function extractVariables(value) {
    const found = [];
    const walk = (v) => {
        if (typeof v === "string")
            extractFromString(v, found);
        else if (Array.isArray(v))
            v.forEach(walk);
        else if (v !== null && typeof v === "object")
            Object.values(v).forEach(walk);
    };
    walk(value);
    const result = new Map();
    for (const v of found) {
        const existing = result.get(v.name);
        if (!existing) {
            result.set(v.name, { ...v });
            continue;
        }
        existing.required ||= v.required;
        if (existing.defaultValue === "")
            existing.defaultValue = v.defaultValue;
        if (existing.presenceValue === "")
            existing.presenceValue = v.presenceValue;
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/scan/scanners/compose.js
// Compose files: published and container ports of every service (short and long `ports`, `expose`,
// `network_mode: host`, `*_PORT` environment, Traefik labels, `--port` flags and URLs in commands).



function isParseError(value) {
    return typeof value === "object" && value !== null && "error" in value;
}
/** A port number 0-65535 written in decimal (an optional sign, as Go's `ParseInt` allows). */
function parsePortNumber(raw) {
    if (raw === "")
        return { error: "value is empty" };
    if (!/^[+-]?\d+$/.test(raw))
        return { error: "invalid syntax" };
    const n = Number(raw);
    if (n < 0 || n > 65535)
        return { error: "value out of range (0–65535)" };
    return n === 0 ? 0 : n; // normalise -0
}
/** `ParsePort`: an empty string is port 0. */
function parsePort(raw) {
    if (raw === "")
        return 0;
    const n = parsePortNumber(raw);
    return isParseError(n) ? { error: `invalid port '${raw}': ${n.error}` } : n;
}
/** `ParsePortRange`: `8000` or `8000-8010`. */
function parsePortRange(raw) {
    if (raw === "")
        return { error: "empty string specified for ports" };
    const dash = raw.indexOf("-");
    const startText = dash < 0 ? raw : raw.slice(0, dash);
    const start = parsePortNumber(startText);
    if (isParseError(start))
        return { error: `invalid start port '${startText}': ${start.error}` };
    if (dash < 0)
        return { start, end: start };
    const endText = raw.slice(dash + 1);
    const end = parsePortNumber(endText);
    if (isParseError(end))
        return { error: `invalid end port '${endText}': ${end.error}` };
    if (end < start)
        return { error: `invalid port range: ${raw}` };
    return { start, end };
}
/** `SplitProtoPort`: `8000/udp` → udp, 8000; no protocol means tcp; no port means neither. */
function splitProtoPort(raw) {
    const slash = raw.indexOf("/");
    const port = slash < 0 ? raw : raw.slice(0, slash);
    const proto = slash < 0 ? "" : raw.slice(slash + 1);
    if (port === "")
        return { proto: "", port: "" };
    return { proto: proto === "" ? "tcp" : proto, port };
}
const PROTOCOLS = ["tcp", "udp", "sctp"];
/** An IP address as Go's `net.ParseIP` accepts it: dotted IPv4 without leading zeros, IPv6 without zone. */
function isIpAddress(text) {
    return !text.includes("%") && (0,external_node_net_.isIP)(text) !== 0;
}
/** Takes `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]` apart (an unbracketed IPv6 host IP is allowed). */
function analyzePortSpec(spec) {
    const pieces = [];
    let from = 0;
    for (;;) {
        const colon = spec.indexOf(":", from);
        const end = colon < 0 ? spec.length : colon;
        pieces.push({ text: spec.slice(from, end), start: from, end });
        if (colon < 0)
            break;
        from = colon + 1;
    }
    const n = pieces.length;
    let ipField;
    let hostPortField;
    const last = pieces[n - 1];
    if (n === 2)
        hostPortField = pieces[0];
    if (n >= 3) {
        hostPortField = pieces[n - 2];
        ipField = { text: spec.slice(0, pieces[n - 2].start - 1), start: 0, end: pieces[n - 2].start - 1 };
    }
    const slash = last.text.indexOf("/");
    const containerText = slash < 0 ? last.text : last.text.slice(0, slash);
    const protoText = slash < 0 ? "" : last.text.slice(slash + 1);
    const containerField = { text: containerText, start: last.start, end: last.start + containerText.length };
    if (containerText === "")
        return { error: `no port specified: ${spec}<empty>`, at: containerField };
    const protocol = (protoText === "" ? "tcp" : protoText).toLowerCase();
    if (!PROTOCOLS.includes(protocol)) {
        return { error: `invalid proto: ${protocol}`, at: { start: containerField.end + 1, end: last.end } };
    }
    let hostIp = "";
    if (ipField && ipField.text !== "") {
        hostIp = ipField.text;
        if (hostIp.startsWith("[")) {
            const bracketed = /^\[([^[\]]*)\]$/.exec(hostIp);
            if (!bracketed)
                return { error: `invalid IP address ${hostIp}: missing ']' in address`, at: ipField };
            hostIp = bracketed[1];
        }
        if (hostIp !== "" && !isIpAddress(hostIp))
            return { error: `invalid IP address: ${hostIp}`, at: ipField };
    }
    const containerRange = parsePortRange(containerText);
    if (isParseError(containerRange))
        return { error: `invalid containerPort: ${containerText}`, at: containerField };
    const parts = { hostIp, containerField, containerRange, protocol: protocol };
    if (ipField)
        parts.hostIpField = ipField;
    if (hostPortField) {
        parts.hostPortField = hostPortField;
        if (hostPortField.text !== "") {
            const hostRange = parsePortRange(hostPortField.text);
            if (isParseError(hostRange))
                return { error: `invalid hostPort: ${hostPortField.text}`, at: hostPortField };
            const containerSpan = containerRange.end - containerRange.start;
            // A host range onto one container port is a pool to pick from; otherwise the sizes must agree.
            if (hostRange.end - hostRange.start !== containerSpan && containerSpan !== 0) {
                return { error: `invalid ranges specified for container and host Ports: ${containerText} and ${hostPortField.text}`, at: { start: hostPortField.start, end: containerField.end } };
            }
            parts.hostRange = hostRange;
        }
    }
    return parts;
}
/** `nat.ParsePortSpec`: one mapping per container port of the specification. */
function parsePortSpec(spec) {
    const parts = analyzePortSpec(spec);
    if (isParseError(parts))
        return { error: parts.error };
    const { containerRange: c, hostRange: h } = parts;
    const count = c.end - c.start + 1;
    const mappings = [];
    for (let i = 0; i < count; i++) {
        let hostPort = "";
        if (h) {
            hostPort = String(h.start + i);
            if (count === 1 && h.start !== h.end)
                hostPort += `-${h.end}`;
        }
        mappings.push({ containerPort: c.start + i, protocol: parts.protocol, hostIp: parts.hostIp, hostPort });
    }
    return mappings;
}
/**
 * One `ports` entry (short syntax string or number, or long syntax object) in compose's canonical
 * form, as compose loads it before interpolation: short ranges expand to one entry per port.
 */
function composePortConfigs(entry) {
    if (typeof entry === "number" || typeof entry === "string") {
        const mappings = parsePortSpec(String(entry));
        if (isParseError(mappings))
            return mappings;
        const configs = mappings.map((m) => ({
            key: `${m.containerPort}/${m.protocol}`,
            config: { hostIp: m.hostIp, published: m.hostPort, target: m.containerPort, protocol: m.protocol, mode: "ingress" },
        }));
        // Compose sorts the exposed ports by their "port/proto" key.
        configs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        return configs.map((c) => c.config);
    }
    if (typeof entry !== "object" || entry === null || Array.isArray(entry))
        return { error: `invalid port entry: ${String(entry)}` };
    const long = entry;
    const target = typeof long.target === "string" ? parsePortNumber(long.target) : long.target;
    if (typeof target !== "number" || !Number.isInteger(target) || target < 0 || target > 65535) {
        return { error: `invalid target port: ${String(long.target)}` };
    }
    const hostIp = long.host_ip === undefined || long.host_ip === null ? "" : String(long.host_ip);
    if (hostIp !== "" && !isIpAddress(hostIp))
        return { error: `invalid ip address: ${hostIp}` };
    let published = "";
    if (long.published !== undefined && long.published !== null) {
        published = String(long.published);
        if (published !== "" && isParseError(parsePortRange(published)))
            return { error: `invalid published port: ${published}` };
    }
    const config = {
        hostIp,
        published,
        target,
        protocol: typeof long.protocol === "string" && long.protocol !== "" ? long.protocol : "tcp",
        mode: typeof long.mode === "string" && long.mode !== "" ? long.mode : "ingress",
    };
    if (typeof long.name === "string")
        config.name = long.name;
    if (typeof long.app_protocol === "string")
        config.appProtocol = long.app_protocol;
    return [config];
}
function identityOffsets(from, length) {
    const offsets = new Array(length + 1);
    for (let i = 0; i <= length; i++)
        offsets[i] = from + i;
    return offsets;
}
const WHITESPACE = /\s/;
/**
 * Aligns a scalar's value with its source when they differ (escapes, folded lines, block
 * indentation): each value character is found at or after the previous one's position.
 */
function alignOffsets(value, source, from, to) {
    const offsets = new Array(value.length + 1);
    let p = from;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (WHITESPACE.test(c)) {
            offsets[i] = Math.min(p, to);
            if (p < to && WHITESPACE.test(source[p]))
                p++;
            continue;
        }
        let q = p;
        while (q < to && source[q] !== c)
            q++;
        if (q < to) {
            offsets[i] = q;
            p = q + 1;
        }
        else {
            offsets[i] = Math.min(p, to);
        }
    }
    offsets[value.length] = Math.min(Math.max(p, value.length ? offsets[value.length - 1] + 1 : from), to);
    return offsets;
}
function scalarText(node, source) {
    const v = node.value;
    if (v === null || v === undefined || !node.range)
        return undefined;
    const [start, valueEnd] = node.range;
    const raw = source.slice(start, valueEnd);
    const plain = node.type === "PLAIN" || node.type === undefined;
    if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
        if (String(v) === raw || /^[+-]?\d+$/.test(raw))
            return { node, value: raw, offsets: identityOffsets(start, raw.length), raw, plain };
        // `0x1F90`, `8_080`, `1e3`: the value is not written digit by digit; point at the whole scalar.
        const value = String(v);
        const offsets = new Array(value.length + 1).fill(start);
        offsets[value.length] = valueEnd;
        return { node, value, offsets, raw, plain };
    }
    if (typeof v !== "string")
        return undefined;
    let from = start;
    let to = valueEnd;
    if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
        from = start + 1;
        to = Math.max(from, valueEnd - 1);
    }
    else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
        const newline = source.indexOf("\n", start);
        from = newline < 0 || newline >= valueEnd ? valueEnd : newline + 1;
    }
    const offsets = source.slice(from, to) === v ? identityOffsets(from, v.length) : alignOffsets(v, source, from, to);
    return { node, value: v, offsets, raw, plain };
}
function resolveScalar(node, source) {
    const scalar = scalarText(node, source);
    if (!scalar)
        return undefined;
    const interp = interpolate(scalar.value);
    return { scalar, interp, text: interp.value };
}
/** Where the output range `[start, end)` of a resolved scalar is written in the file. */
function sourceOf(r, start, end) {
    const trace = traceOutput(r.interp, start, end);
    const offsets = r.scalar.offsets;
    const from = offsets[Math.min(trace.start, offsets.length - 1)];
    const to = trace.end > trace.start ? offsets[Math.min(trace.end - 1, offsets.length - 2)] + 1 : from;
    return { from, to: Math.max(from, to), trace };
}
// ---------------------------------------------------------------------------------------------
// The scan.
const MAX_ALIAS_COUNT = 1000;
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/;
const PORT_VARIABLE = /^(?:\w*_)?PORT$/i;
const TRAEFIK_PORT = /^traefik\.(?:(http|tcp|udp)\.services\.[^.]+\.loadbalancer\.server\.port|port)$/i;
const DIGITS = /^\d+$/;
class ComposeScan {
    file;
    text;
    refs = [];
    problems = [];
    lines = new dist/* LineCounter */.HN();
    doc;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    run() {
        // Compose reads every file with the YAML 1.2 core schema plus merge keys, whatever a `%YAML 1.1`
        // directive says: `22:22` stays a string there, never the base-60 number 1342.
        const docs = (0,dist/* parseAllDocuments */.hR)(this.text, { lineCounter: this.lines, merge: true, schema: "core", prettyErrors: false });
        const list = Array.isArray(docs) ? docs : [];
        for (const doc of list) {
            for (const e of doc.errors)
                this.problem("parse-error", e.pos[0], e.pos[1], e.message);
            // A repeated key leaves the structure intact (the first one is read); other errors do not.
            if (doc.errors.some((e) => e.code !== "DUPLICATE_KEY"))
                continue;
            try {
                // Expanding the document with a budget makes alias bombs fail here, before any walk.
                doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                const at = doc.contents?.range?.[0] ?? 0;
                this.problem("parse-error", at, at, `could not expand YAML aliases: ${message}`);
                continue;
            }
            this.doc = doc;
            this.scanDocument(doc.contents);
        }
        // Long-syntax entries report `published` before `target`: keep the refs in file order.
        this.refs.sort((a, b) => a.line - b.line || a.column - b.column);
        return { refs: this.refs, problems: this.problems };
    }
    // -- YAML helpers -------------------------------------------------------------------------
    resolve(node) {
        let current = node;
        for (let hops = 0; (0,dist/* isAlias */.Vj)(current) && hops < 64; hops++)
            current = current.resolve(this.doc);
        return (0,dist/* isAlias */.Vj)(current) || current === null || current === undefined ? undefined : current;
    }
    /**
     * A mapping's entries with `<<` merge keys applied: own keys first, then merged ones in order.
     * `merging` holds the maps being merged into, so a map merging itself ends the recursion.
     */
    entries(node, merging = new Set()) {
        const result = new Map();
        const merges = [];
        for (const pair of node.items) {
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && typeof key.value === "symbol") {
                merges.push(pair.value);
                continue;
            }
            const name = (0,dist/* isScalar */.jn)(key) ? key.value : undefined;
            if ((typeof name === "string" || typeof name === "number") && !result.has(String(name)))
                result.set(String(name), pair.value);
        }
        if (merges.length === 0 || merging.size > 32)
            return result;
        merging.add(node);
        for (const merge of merges) {
            const source = this.resolve(merge);
            const sources = (0,dist/* isSeq */.oP)(source) ? source.items.map((item) => this.resolve(item)) : [source];
            for (const s of sources) {
                if (!(0,dist/* isMap */.jh)(s) || merging.has(s))
                    continue;
                for (const [k, v] of this.entries(s, merging))
                    if (!result.has(k))
                        result.set(k, v);
            }
        }
        merging.delete(node);
        return result;
    }
    scalarString(node) {
        const n = this.resolve(node);
        if (!(0,dist/* isScalar */.jn)(n))
            return undefined;
        const r = resolveScalar(n, this.text);
        return r?.text;
    }
    // -- output ---------------------------------------------------------------------------------
    problem(kind, from, to, message) {
        const a = this.lines.linePos(from);
        const b = this.lines.linePos(Math.max(from, to));
        this.problems.push({ file: this.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, kind, message });
    }
    /** A problem with interpolation itself, at the offending `${`. */
    interpolationProblem(r, what) {
        const e = r.interp.error;
        const offsets = r.scalar.offsets;
        const from = offsets[Math.min(e.start, offsets.length - 1)];
        const to = e.end > e.start ? offsets[Math.min(e.end - 1, offsets.length - 2)] + 1 : from;
        this.problem("parse-error", from, to, `invalid interpolation in ${what} "${r.scalar.value}": ${e.message}; write $$ for a literal $`);
    }
    problemAt(r, start, end, kind, message) {
        const span = r.text === "" ? { from: r.scalar.offsets[0], to: r.scalar.offsets.at(-1) } : sourceOf(r, start, end);
        this.problem(kind, span.from, span.to, message);
    }
    /** Reports a port whose digits are the output range `[start, end)` of `r`. */
    emit(svc, r, start, end, fields) {
        const span = sourceOf(r, start, end);
        const a = this.lines.linePos(span.from);
        const b = this.lines.linePos(span.to);
        const meta = { composeService: svc.name, ...fields.meta };
        if (span.trace.fromDefault)
            meta.fromDefault = true;
        if (span.trace.variables.length > 1)
            meta.envVars = span.trace.variables;
        if (svc.networkMode !== undefined)
            meta.networkMode = svc.networkMode;
        const ref = {
            file: this.file,
            line: a.line,
            column: a.col,
            endLine: b.line,
            endColumn: b.col,
            family: "compose",
            kind: fields.kind,
            side: fields.side,
            port: fields.port,
            protocol: fields.protocol ?? "tcp",
            name: svc.name,
            meta,
        };
        if (fields.portEnd !== undefined && fields.portEnd !== fields.port)
            ref.portEnd = fields.portEnd;
        if (fields.host !== undefined)
            ref.host = fields.host;
        const envVar = fields.envVar ?? span.trace.variables[0];
        if (envVar !== undefined)
            ref.envVar = envVar;
        this.refs.push(ref);
        return ref;
    }
    // -- document structure -----------------------------------------------------------------------
    scanDocument(contents) {
        const root = this.resolve(contents);
        if (!(0,dist/* isMap */.jh)(root))
            return;
        const services = this.resolve(this.entries(root).get("services"));
        if (!(0,dist/* isMap */.jh)(services))
            return;
        for (const [name, value] of this.entries(services)) {
            const service = this.resolve(value);
            if ((0,dist/* isMap */.jh)(service))
                this.scanService(name, service);
        }
    }
    scanService(name, service) {
        const e = this.entries(service);
        const networkMode = this.scalarString(e.get("network_mode"));
        const svc = { name, hostNetwork: networkMode === "host" };
        if (networkMode !== undefined)
            svc.networkMode = networkMode;
        for (const item of this.items(e.get("ports"))) {
            if ((0,dist/* isScalar */.jn)(item))
                this.scanShortPort(svc, item);
            else if ((0,dist/* isMap */.jh)(item))
                this.scanLongPort(svc, item);
        }
        for (const item of this.items(e.get("expose")))
            if ((0,dist/* isScalar */.jn)(item))
                this.scanExpose(svc, item);
        this.scanEnvironment(svc, e.get("environment"));
        this.scanLabels(svc, e.get("labels"));
        this.scanCommand(svc, e.get("command"), "command");
        this.scanCommand(svc, e.get("entrypoint"), "entrypoint");
        const healthcheck = this.resolve(e.get("healthcheck"));
        if ((0,dist/* isMap */.jh)(healthcheck))
            this.scanCommand(svc, this.entries(healthcheck).get("test"), "healthcheck");
    }
    /** A sequence's items, aliases resolved; nothing for `!reset` (an override clearing the list). */
    items(node) {
        const seq = this.resolve(node);
        if (!(0,dist/* isSeq */.oP)(seq) || seq.tag === "!reset")
            return [];
        const out = [];
        for (const item of seq.items) {
            const r = this.resolve(item);
            if (r)
                out.push(r);
        }
        return out;
    }
    /**
     * How a container port is reported. Under `network_mode: host` there is no container side:
     * Docker discards published ports and the process listens in the host's own network, so the
     * service's container ports (`ports` targets, `expose`, Traefik ports) become host `listen` refs
     * with host "" (every interface, which is what a container port amounts to there), and no
     * `publish` ref is made. Flags, URLs and `*_PORT` assignments keep their kind but move to the
     * host side. Every ref of such a service carries `meta.networkMode: "host"`.
     */
    containerFields(svc, kind) {
        if (svc.hostNetwork)
            return { kind: kind === "target" ? "listen" : kind, side: "host", host: kind === "target" ? "" : undefined };
        return { kind, side: "container" };
    }
    // -- ports: short syntax --------------------------------------------------------------------
    scanShortPort(svc, node) {
        const r = resolveScalar(node, this.text);
        if (!r)
            return;
        if (r.interp.error?.kind === "invalid-template") {
            this.interpolationProblem(r, "port mapping");
            return;
        }
        const unresolved = r.interp.segments.some((s) => s.kind === "unresolved");
        const parts = analyzePortSpec(r.text);
        if (isParseError(parts)) {
            // An unset variable without default could hold anything: nothing is certain about this entry.
            if (unresolved)
                return;
            const at = parts.at ?? { start: 0, end: r.text.length };
            this.problemAt(r, at.start, at.end, "invalid-port", `invalid port mapping "${r.scalar.value}": ${parts.error}`);
            return;
        }
        const meta = {};
        if (r.scalar.plain && r.scalar.raw.includes(":")) {
            meta.unquoted = true;
            meta.scalarText = r.scalar.raw;
        }
        const container = parts.containerField;
        const containerTrace = traceOutput(r.interp, container.start, container.end);
        const hostField = parts.hostPortField;
        const hostTrace = hostField ? traceOutput(r.interp, hostField.start, hostField.end) : undefined;
        const ipTrace = parts.hostIpField ? traceOutput(r.interp, parts.hostIpField.start, parts.hostIpField.end) : undefined;
        let host = parts.hostIp;
        if (ipTrace?.unresolved) {
            // The bind address comes from a variable without default: report it as written.
            const span = sourceOf(r, parts.hostIpField.start, parts.hostIpField.end);
            host = this.text.slice(span.from, span.to);
            meta.hostUnresolved = true;
        }
        const bindVar = ipTrace?.variables[0];
        if (bindVar !== undefined)
            meta.bindEnvVar = bindVar;
        const bad = [];
        if (!containerTrace.unresolved && parts.containerRange.start === 0)
            bad.push([container, parts.containerRange]);
        if (hostField && parts.hostRange && !hostTrace?.unresolved && parts.hostRange.start === 0)
            bad.push([hostField, parts.hostRange]);
        for (const [field] of bad)
            this.problemAt(r, field.start, field.end, "invalid-port", `port 0 is not a valid port in "${r.scalar.value}" (1-65535)`);
        if (bad.length > 0)
            return;
        if (!svc.hostNetwork && hostField && parts.hostRange && !hostTrace.unresolved) {
            this.emit(svc, r, hostField.start, hostField.end, {
                kind: "publish",
                side: "host",
                port: parts.hostRange.start,
                portEnd: parts.hostRange.end,
                protocol: parts.protocol,
                host,
                meta: { ...meta },
            });
        }
        if (!containerTrace.unresolved) {
            const containerMeta = { ...meta };
            if (hostTrace?.unresolved && hostTrace.variables[0])
                containerMeta.hostEnvVar = hostTrace.variables[0];
            const target = this.containerFields(svc, "target");
            this.emit(svc, r, container.start, container.end, {
                ...target,
                port: parts.containerRange.start,
                portEnd: parts.containerRange.end,
                protocol: parts.protocol,
                meta: containerMeta,
            });
        }
    }
    // -- ports: long syntax ---------------------------------------------------------------------
    scanLongPort(svc, node) {
        const e = this.entries(node);
        const scalarOf = (key) => {
            const n = this.resolve(e.get(key));
            return (0,dist/* isScalar */.jn)(n) ? resolveScalar(n, this.text) : undefined;
        };
        const target = scalarOf("target");
        const published = scalarOf("published");
        const hostIp = scalarOf("host_ip");
        const protocolNode = scalarOf("protocol");
        const mode = scalarOf("mode")?.text;
        const portName = scalarOf("name")?.text;
        const appProtocol = scalarOf("app_protocol")?.text;
        const meta = {};
        if (mode !== undefined)
            meta.mode = mode;
        if (portName !== undefined)
            meta.portName = portName;
        if (appProtocol !== undefined)
            meta.appProtocol = appProtocol;
        let protocol = "tcp";
        if (protocolNode && protocolNode.text !== "") {
            const p = protocolNode.text.toLowerCase();
            if (!PROTOCOLS.includes(p)) {
                if (!protocolNode.interp.segments.some((s) => s.kind === "unresolved")) {
                    this.problemAt(protocolNode, 0, protocolNode.text.length, "invalid-port", `invalid protocol "${protocolNode.text}" (tcp, udp or sctp)`);
                }
                return;
            }
            protocol = p;
        }
        let host = "";
        if (hostIp) {
            const trace = traceOutput(hostIp.interp, 0, hostIp.text.length);
            if (trace.unresolved) {
                host = hostIp.scalar.value;
                meta.hostUnresolved = true;
            }
            else {
                host = hostIp.text.startsWith("[") && hostIp.text.endsWith("]") ? hostIp.text.slice(1, -1) : hostIp.text;
                if (host !== "" && !isIpAddress(host)) {
                    this.problemAt(hostIp, 0, hostIp.text.length, "invalid-port", `invalid host_ip "${hostIp.text}": not an IP address`);
                    return;
                }
            }
        }
        if (!target) {
            // Point at the entry's first key: the whole mapping may span many lines.
            const first = node.items[0]?.key;
            const range = (0,dist/* isScalar */.jn)(first) && first.range ? first.range : [node.range?.[0] ?? 0, node.range?.[0] ?? 0];
            this.problem("invalid-port", range[0], range[1], "port entry without target (the container port)");
            return;
        }
        const targetRange = this.longRange(target, "target");
        const publishedRange = published && published.text !== "" ? this.longRange(published, "published") : undefined;
        if (targetRange === null || publishedRange === null)
            return;
        if (!svc.hostNetwork && published && publishedRange) {
            this.emit(svc, published, 0, published.text.length, {
                kind: "publish",
                side: "host",
                port: publishedRange.start,
                portEnd: publishedRange.end,
                protocol,
                host,
                meta: { ...meta },
            });
        }
        if (targetRange) {
            const containerMeta = { ...meta };
            if (published && publishedRange === undefined && published.interp.segments.some((s) => s.kind === "unresolved")) {
                const v = traceOutput(published.interp, 0, published.text.length).variables[0];
                if (v)
                    containerMeta.hostEnvVar = v;
            }
            this.emit(svc, target, 0, target.text.length, {
                ...this.containerFields(svc, "target"),
                port: targetRange.start,
                portEnd: targetRange.end,
                protocol,
                meta: containerMeta,
            });
        }
    }
    /**
     * A long-syntax port value: its range, undefined when a variable without default leaves it
     * unknown, null when it is invalid (a problem has been reported).
     */
    longRange(r, what) {
        if (r.interp.error?.kind === "invalid-template") {
            this.interpolationProblem(r, what);
            return null;
        }
        const range = parsePortRange(r.text);
        if (r.interp.segments.some((s) => s.kind === "unresolved"))
            return undefined;
        if (isParseError(range)) {
            this.problemAt(r, 0, r.text.length, "invalid-port", `invalid ${what} port "${r.scalar.value}": ${range.error}`);
            return null;
        }
        if (range.start === 0) {
            this.problemAt(r, 0, r.text.length, "invalid-port", `port 0 is not a valid ${what} port (1-65535)`);
            return null;
        }
        return range;
    }
    // -- expose ---------------------------------------------------------------------------------
    scanExpose(svc, node) {
        const r = resolveScalar(node, this.text);
        if (!r)
            return;
        if (r.interp.error?.kind === "invalid-template") {
            this.interpolationProblem(r, "expose");
            return;
        }
        const { proto, port } = splitProtoPort(r.text);
        const unresolved = traceOutput(r.interp, 0, port.length).unresolved;
        if (unresolved)
            return;
        const protocol = proto.toLowerCase();
        const range = parsePortRange(port);
        if (isParseError(range) || !PROTOCOLS.includes(protocol)) {
            const reason = isParseError(range) ? range.error : `invalid proto: ${proto}`;
            this.problemAt(r, 0, r.text.length, "invalid-port", `invalid expose entry "${r.scalar.value}": ${reason}`);
            return;
        }
        if (range.start === 0) {
            this.problemAt(r, 0, port.length, "invalid-port", `port 0 is not a valid port in expose "${r.scalar.value}" (1-65535)`);
            return;
        }
        this.emit(svc, r, 0, port.length, {
            ...this.containerFields(svc, "target"),
            port: range.start,
            portEnd: range.end,
            protocol: protocol,
            meta: { expose: true },
        });
    }
    // -- environment and labels: NAME=value pairs --------------------------------------------
    /** Each `NAME=value` (list form) or `NAME: value` (map form) entry, with its value's output range. */
    *keyValues(node) {
        const n = this.resolve(node);
        if ((0,dist/* isMap */.jh)(n)) {
            for (const [key, value] of this.entries(n)) {
                const v = this.resolve(value);
                if (!(0,dist/* isScalar */.jn)(v))
                    continue;
                const r = resolveScalar(v, this.text);
                if (r)
                    yield { key, r, start: 0, end: r.text.length };
            }
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            for (const item of this.items(n)) {
                if (!(0,dist/* isScalar */.jn)(item))
                    continue;
                const r = resolveScalar(item, this.text);
                if (!r)
                    continue;
                const eq = r.text.indexOf("=");
                if (eq > 0)
                    yield { key: r.text.slice(0, eq), r, start: eq + 1, end: r.text.length };
            }
        }
    }
    /** The port written in `r.text[start, end)`, surrounding blanks and quotes aside. */
    portIn(r, start, end) {
        const raw = r.text.slice(start, end);
        const m = /^(\s*["']?)(\d+)["']?\s*$/.exec(raw);
        if (!m)
            return undefined;
        const from = start + m[1].length;
        const to = from + m[2].length;
        if (traceOutput(r.interp, from, to).unresolved)
            return undefined;
        return { port: Number(m[2]), start: from, end: to };
    }
    scanEnvironment(svc, node) {
        for (const { key, r, start, end } of this.keyValues(node)) {
            const name = key.trim();
            if (!PORT_VARIABLE.test(name))
                continue;
            const found = this.portIn(r, start, end);
            if (!found || found.port === 0)
                continue; // PORT=0 asks for any free port
            if (found.port > 65535) {
                this.problemAt(r, found.start, found.end, "invalid-port", `${name}=${found.port} is not a valid port (1-65535)`);
                continue;
            }
            const meta = { environment: true };
            const via = traceOutput(r.interp, found.start, found.end).variables[0];
            if (via !== undefined && via !== name)
                meta.interpolatedVar = via;
            this.emit(svc, r, found.start, found.end, {
                kind: "assign",
                side: svc.hostNetwork ? "host" : "container",
                port: found.port,
                envVar: name,
                meta,
            });
        }
    }
    scanLabels(svc, node) {
        for (const { key, r, start, end } of this.keyValues(node)) {
            const m = TRAEFIK_PORT.exec(key.trim());
            if (!m)
                continue;
            const found = this.portIn(r, start, end);
            if (!found || found.port === 0)
                continue;
            if (found.port > 65535) {
                this.problemAt(r, found.start, found.end, "invalid-port", `${key.trim()}=${found.port} is not a valid port (1-65535)`);
                continue;
            }
            this.emit(svc, r, found.start, found.end, {
                ...this.containerFields(svc, "target"),
                port: found.port,
                protocol: m[1]?.toLowerCase() === "udp" ? "udp" : "tcp",
                meta: { label: key.trim() },
            });
        }
    }
    // -- command, entrypoint, healthcheck -------------------------------------------------------
    scanCommand(svc, node, where) {
        const n = this.resolve(node);
        const scalars = (0,dist/* isScalar */.jn)(n) ? [n] : (0,dist/* isSeq */.oP)(n) ? this.items(n).filter((i) => (0,dist/* isScalar */.jn)(i)) : [];
        const tokens = [];
        for (const s of scalars) {
            const r = resolveScalar(s, this.text);
            if (r && typeof r.scalar.node.value === "string")
                tokens.push(...tokenize(r));
        }
        if (tokens.length === 0)
            return;
        const health = where === "healthcheck";
        const listenHost = bindHostOf(tokens);
        const side = svc.hostNetwork ? "host" : "container";
        const consumed = new Set();
        const listen = (t, start, end, host, flag) => {
            const port = Number(t.r.text.slice(start, end));
            if (port < 1 || port > 65535 || traceOutput(t.r.interp, start, end).unresolved)
                return;
            const fields = { kind: "listen", side, port, meta: { [where]: true, flag } };
            if (host !== undefined)
                fields.host = host;
            this.emit(svc, t.r, start, end, fields);
        };
        const dial = (t, start, end, dialHost) => {
            const port = Number(t.r.text.slice(start, end));
            if (port < 1 || port > 65535 || traceOutput(t.r.interp, start, end).unresolved)
                return;
            this.emit(svc, t.r, start, end, { kind: "dial", side, port, meta: { [where]: true, dialHost } });
        };
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            const flag = /^(--?[A-Za-z][\w.-]*)(?:=(.*))?$/s.exec(t.text);
            if (flag) {
                const name = flag[1];
                let valueToken;
                let vStart = 0;
                let vEnd = 0;
                if (flag[2] !== undefined) {
                    valueToken = t;
                    vStart = t.start + name.length + 1;
                    vEnd = t.end;
                }
                else if (i + 1 < tokens.length && (PORT_FLAGS.has(name) || BIND_FLAGS.has(name))) {
                    valueToken = tokens[i + 1];
                    vStart = valueToken.start;
                    vEnd = valueToken.end;
                }
                if (valueToken && PORT_FLAGS.has(name)) {
                    const value = valueToken.r.text.slice(vStart, vEnd);
                    // `-p` also means processes (`uwsgi -p 2`): below 80 it is not taken for a port.
                    if (DIGITS.test(value) && (name !== "-p" || Number(value) >= 80)) {
                        listen(valueToken, vStart, vEnd, listenHost, name);
                        consumed.add(valueToken);
                        if (valueToken !== t)
                            i++;
                        continue;
                    }
                }
                if (valueToken && BIND_FLAGS.has(name)) {
                    const value = valueToken.r.text.slice(vStart, vEnd);
                    const hp = /^(\[[^\]]*\]|[^:\s/]*):(\d+)$/.exec(value);
                    if (hp) {
                        const portStart = vStart + value.length - hp[2].length;
                        listen(valueToken, portStart, vEnd, stripBrackets(hp[1]), name);
                        consumed.add(valueToken);
                        if (valueToken !== t)
                            i++;
                        continue;
                    }
                }
                // A URL given to a listening flag (`--listen-client-urls=http://0.0.0.0:2379`) is a listen.
                if (flag[2] !== undefined && /listen|bind/i.test(name)) {
                    for (const u of urlsIn(t, vStart))
                        listen(t, u.portStart, u.portEnd, u.host, name);
                    consumed.add(t);
                    continue;
                }
            }
            if (consumed.has(t))
                continue;
            for (const u of urlsIn(t, t.start)) {
                // Nobody dials a wildcard address: `PLAINTEXT://0.0.0.0:9092` is where a server listens.
                if (u.host === "0.0.0.0" || u.host === "::")
                    listen(t, u.portStart, u.portEnd, u.host, "url");
                else
                    dial(t, u.portStart, u.portEnd, u.host);
            }
            const bare = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0|\[::\]):(\d+)(?:\/.*)?$/.exec(t.text);
            if (bare) {
                const portStart = t.start + bare[1].length + 1;
                const portEnd = portStart + bare[2].length;
                const wildcard = bare[1] === "0.0.0.0" || bare[1] === "[::]";
                // `runserver 0.0.0.0:8000` listens; `wget localhost:8000` in a health check dials.
                if (wildcard)
                    listen(t, portStart, portEnd, stripBrackets(bare[1]), "address");
                else if (health)
                    dial(t, portStart, portEnd, stripBrackets(bare[1]));
            }
        }
    }
}
/** Flags whose value is a port a server listens on. */
const PORT_FLAGS = new Set(["--port", "-port", "-p"]);
/** Flags whose value is `host:port` (or a bare host) a server binds. */
const BIND_FLAGS = new Set(["--bind", "-b", "--listen", "--bind-address", "--host", "-h", "--address"]);
function tokenize(r) {
    const tokens = [];
    for (const m of r.text.matchAll(/\S+/g)) {
        let start = m.index;
        let end = start + m[0].length;
        while (start < end && `'"(\``.includes(r.text[start]))
            start++;
        while (end > start && `'");,\``.includes(r.text[end - 1]))
            end--;
        if (end > start)
            tokens.push({ r, start, end, text: r.text.slice(start, end) });
    }
    return tokens;
}
function stripBrackets(host) {
    return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
/** The address a command binds when it names one apart from the port (`--host 0.0.0.0`, `-b 0.0.0.0`). */
function bindHostOf(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const m = /^(--host|-h|--bind|-b|--address|--bind-address)(?:=(.*))?$/s.exec(tokens[i].text);
        if (!m)
            continue;
        const value = stripBrackets(m[2] ?? tokens[i + 1]?.text ?? "");
        if (value === "localhost" || isIpAddress(value))
            return value;
    }
    return undefined;
}
/** URLs with an explicit port in a token: `scheme://[user@]host:port`. */
function urlsIn(t, from) {
    const found = [];
    const text = t.r.text.slice(from, t.end);
    for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})(?!\d)/gi)) {
        const portEnd = from + m.index + m[0].length;
        found.push({ host: stripBrackets(m[1]), portStart: portEnd - m[2].length, portEnd });
    }
    return found;
}
function scanCompose(path, text) {
    try {
        return new ComposeScan(path, text).run();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            refs: [],
            problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `could not scan ${path}: ${message}` }],
        };
    }
}
const composeScanner = {
    id: "compose",
    family: "compose",
    matches: (path) => COMPOSE_FILE.test(path),
    scan: scanCompose,
};

// EXTERNAL MODULE: ./lib/engine/hosts.js
var hosts = __webpack_require__(5337);
;// CONCATENATED MODULE: ./lib/scan/scanners/config/address.js
// Reading `host:port`, `[v6]:port` and `scheme://host:port/…` out of a config value, with the
// offsets of each part, and deciding which side of a container boundary a dialled host is on.

const address_DIGITS = /^\d+$/;
/**
 * `8080`, `:8080`, `*:8080`, `127.0.0.1:8080`, `[::1]:8080`, `[::]`, `localhost`, `::1`.
 * A bare value with several colons and no brackets is an IPv6 address without a port.
 */
function splitHostPort(value) {
    if (value.startsWith("[")) {
        const close = value.indexOf("]");
        if (close < 0)
            return {};
        const host = value.slice(1, close);
        if (value[close + 1] === ":")
            return { host, hostStart: 1, port: value.slice(close + 2), portStart: close + 2 };
        return close === value.length - 1 ? { host, hostStart: 1 } : {};
    }
    if (address_DIGITS.test(value))
        return { port: value, portStart: 0 };
    // Colons inside `${VAR:-default}` are not separators: mask them before counting.
    const masked = value.replace(/\$\{[^}]*\}/g, (m) => "_".repeat(m.length));
    const colons = masked.split(":").length - 1;
    if (colons === 0)
        return { host: value, hostStart: 0 };
    if (colons === 1) {
        const at = masked.indexOf(":");
        return { host: value.slice(0, at), hostStart: 0, port: value.slice(at + 1), portStart: at + 1 };
    }
    return { host: value, hostStart: 0 };
}
const URL_AT = /([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^@/?#\s"'`]*@)?(\[[0-9a-fA-F:.%]*\]|[^:/?#\s"'`,;)]*)(?::(\d+))?/y;
/** A URL starting exactly at `offset` of `text`, or undefined. */
function urlAt(text, offset) {
    URL_AT.lastIndex = offset;
    const m = URL_AT.exec(text);
    if (!m)
        return undefined;
    const scheme = m[1].toLowerCase();
    const rawHost = m[2];
    const hostStart = offset + m[0].length - (m[3] !== undefined ? m[3].length + 1 : 0) - rawHost.length;
    const bracketed = rawHost.startsWith("[");
    const parts = {
        scheme,
        host: bracketed ? rawHost.slice(1, -1) : rawHost,
        hostStart: bracketed ? hostStart + 1 : hostStart,
        end: offset + m[0].length,
    };
    if (m[3] !== undefined) {
        // `http://h:80abc` is not a port; `http://h:80/`, `http://h:80"` and nginx's
        // `http://h:80$request_uri` are.
        const after = text[offset + m[0].length];
        if (after !== undefined && /[\w.-]/.test(after))
            return parts;
        parts.port = m[3];
        parts.portStart = offset + m[0].length - m[3].length;
    }
    return parts;
}
/** Every URL with an explicit port in `text` (free text such as an environment value). */
function address_urlsIn(text) {
    const found = [];
    // Find `://` first and walk back over the scheme: a scheme regex run at every letter of a long
    // word would be quadratic.
    for (let sep = text.indexOf("://"); sep >= 0; sep = text.indexOf("://", sep + 3)) {
        let start = sep;
        while (start > 0 && sep - start < 32 && /[a-zA-Z0-9+.-]/.test(text[start - 1]))
            start--;
        if (start === sep || !/[a-zA-Z]/.test(text[start]) || (start > 0 && /[a-zA-Z0-9+.-]/.test(text[start - 1])))
            continue;
        const url = urlAt(text, start);
        if (url?.port !== undefined)
            found.push(url);
    }
    return found;
}
/** Names that reach the machine the containers run on, from inside or outside a container. */
const HOST_GATEWAYS = new Set(["host.docker.internal", "host.containers.internal", "gateway.docker.internal"]);
/**
 * A dialled address is a host port when it is this machine (loopback, all interfaces, the Docker
 * host gateway); anything else, typically a compose service name, is on the container side.
 */
function dialSide(host) {
    const h = host.toLowerCase();
    if (HOST_GATEWAYS.has(h))
        return "host";
    const cls = (0,hosts/* classifyHost */.R)(h);
    return cls === "loopback" || cls === "all" ? "host" : "container";
}
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
/** A dialled host that names something (a compose service), usable to attribute the ref. */
function dialName(host) {
    if (host === "" || IPV4.test(host) || host.includes(":") || /[{}$%]/.test(host))
        return undefined;
    return dialSide(host) === "host" ? undefined : host;
}
/** The port text is a literal number (not `$PORT`, `{{ port }}`, `${PORT}`). */
function isDigits(text) {
    return text !== undefined && address_DIGITS.test(text);
}

;// CONCATENATED MODULE: ./lib/scan/scanners/config/located.js
// Offsets in a configuration text turned into 1-based spans, and the collector every config
// scanner fills: port refs with the exact span of their digits, and problems instead of throws.
/** Line starts of a text, for offset → line/column. Columns count UTF-16 code units, like editors. */
class TextPositions {
    file;
    text;
    lineStarts = [0];
    constructor(file, text) {
        this.file = file;
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    locate(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    /** The span of `[start, end)` (end exclusive). */
    span(start, end) {
        const a = this.locate(start);
        const b = this.locate(Math.max(start, end));
        return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}
const located_DIGITS = /^\d+$/;
/** Collects refs and problems for one file; positions are offsets into the original text. */
class RefCollector {
    text;
    refs = [];
    problems = [];
    positions;
    constructor(file, text) {
        this.text = text;
        this.positions = new TextPositions(file, text);
    }
    /**
     * A port whose digits are `text[start, end)`. Port 0 ("pick any free port", "TCP disabled")
     * is no reference; numbers above 65535 become `invalid-port` problems.
     */
    port(start, end, fields) {
        const digits = this.text.slice(start, end);
        if (!located_DIGITS.test(digits))
            return undefined;
        const port = Number(digits);
        if (port === 0)
            return undefined;
        const at = this.positions.span(start, end);
        if (port > 65535) {
            this.problems.push({ ...at, kind: "invalid-port", message: `${digits} is not a valid port (1-65535)` });
            return undefined;
        }
        const ref = {
            ...at,
            family: "config",
            kind: fields.kind,
            side: fields.side ?? "host",
            port,
            protocol: fields.protocol ?? "tcp",
        };
        if (fields.portEnd !== undefined)
            ref.portEnd = fields.portEnd;
        if (fields.host !== undefined)
            ref.host = fields.host;
        if (fields.envVar !== undefined)
            ref.envVar = fields.envVar;
        if (fields.name !== undefined)
            ref.name = fields.name;
        if (fields.meta !== undefined && Object.keys(fields.meta).length > 0)
            ref.meta = fields.meta;
        this.refs.push(ref);
        return ref;
    }
    problem(kind, start, end, message) {
        this.problems.push({ ...this.positions.span(start, end), kind, message });
    }
    result() {
        return { refs: this.refs, problems: this.problems };
    }
}
/** The result of a scanner that met something it cannot read at all: one problem, no refs. */
function failedScan(file, error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
        refs: [],
        problems: [
            { file, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `could not scan ${file}: ${message}` },
        ],
    };
}

;// CONCATENATED MODULE: ./lib/scan/scanners/config/caddyfile.js
// Caddyfiles: ports of site addresses and global `http_port`/`https_port`/`admin` (listen), and
// `reverse_proxy` / `php_fastcgi` / `forward_auth` upstreams (dial).


/** Lines of words; a `{`/`}` that stands alone is a block brace, anything else is a word. */
function caddyLines(text) {
    const lines = [];
    let line = [];
    let i = 0;
    const endLine = () => {
        if (line.length)
            lines.push(line);
        line = [];
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === "\n") {
            endLine();
            i++;
        }
        else if (/\s/.test(ch)) {
            // Any whitespace the word loop below stops at must be skipped here, or it would never advance.
            i++;
        }
        else if (ch === "#") {
            while (i < text.length && text[i] !== "\n")
                i++;
        }
        else if (ch === '"' || ch === "`") {
            let value = "";
            let escaped = false;
            let k = i + 1;
            while (k < text.length && text[k] !== ch) {
                if (ch === '"' && text[k] === "\\" && k + 1 < text.length) {
                    escaped = true;
                    value += text[k + 1];
                    k += 2;
                }
                else {
                    value += text[k];
                    k++;
                }
            }
            line.push({ text: value, start: i + 1, escaped });
            i = k + 1;
        }
        else if (ch === "<" && text[i + 1] === "<" && /[A-Z]/.test(text[i + 2] ?? "")) {
            // Heredoc: skip to the line holding only its marker.
            const marker = /^<<([A-Z0-9_]+)/.exec(text.slice(i, i + 66))?.[1] ?? "";
            const bodyStart = text.indexOf("\n", i);
            const close = new RegExp(`^[ \\t]*${marker}[ \\t]*\\r?$`, "gm");
            close.lastIndex = bodyStart < 0 ? text.length : bodyStart + 1;
            const end = bodyStart < 0 ? null : close.exec(text);
            i = end ? end.index + end[0].length : text.length;
        }
        else {
            const start = i;
            while (i < text.length && !/\s/.test(text[i]))
                i++;
            line.push({ text: text.slice(start, i), start, escaped: false });
        }
    }
    endLine();
    return lines;
}
const PLACEHOLDER = /[{}]/;
function scanCaddyText(path, text) {
    const out = new RefCollector(path, text);
    const stack = [];
    let defaultBind;
    let bareSite;
    let seenSite = false;
    const sites = [];
    const siteAddresses = (words) => {
        const site = { ports: [] };
        for (const word of words) {
            if (word.escaped)
                continue;
            let offset = 0;
            for (const piece of word.text.split(",")) {
                const pieceAt = offset;
                offset += piece.length + 1;
                let value = piece;
                let shift = 0;
                const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value);
                if (scheme) {
                    shift = scheme[0].length;
                    value = value.slice(shift);
                }
                if (!value.startsWith("["))
                    value = value.split("/")[0];
                if (value === "" || PLACEHOLDER.test(value))
                    continue;
                const parts = splitHostPort(value);
                // A site's port always follows a colon (`:8080`, `host:8080`); a bare number is a host name.
                if (!isDigits(parts.port) || parts.host === undefined)
                    continue;
                site.ports.push({ word, offset: pieceAt + shift + parts.portStart, digits: parts.port, siteHost: parts.host ?? "" });
            }
        }
        sites.push(site);
        return site;
    };
    const upstream = (word) => {
        if (word.escaped || PLACEHOLDER.test(word.text))
            return;
        let value = word.text;
        let shift = 0;
        const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value);
        if (scheme) {
            if (/^(?:unix|srv)/i.test(scheme[0]))
                return;
            shift = scheme[0].length;
            value = value.slice(shift);
        }
        if (value.startsWith("unix/"))
            return;
        if (!value.startsWith("["))
            value = value.split("/")[0];
        const parts = splitHostPort(value);
        if (parts.port === undefined)
            return;
        const range = /^(\d+)(?:-(\d+))?$/.exec(parts.port);
        if (!range)
            return;
        const host = parts.host ?? "";
        const start = word.start + shift + parts.portStart;
        out.port(start, start + range[1].length, {
            kind: "dial",
            side: dialSide(host),
            name: dialName(host),
            portEnd: range[2] ? Number(range[2]) : undefined,
            meta: { dialHost: host },
        });
    };
    const listenAddress = (word, viaAdmin) => {
        if (word.escaped || PLACEHOLDER.test(word.text))
            return;
        let value = word.text.replace(/^tcp\//, "");
        const shift = word.text.length - value.length;
        if (value.startsWith("unix/"))
            return;
        value = value.split("/")[0];
        const parts = splitHostPort(value);
        if (!isDigits(parts.port))
            return;
        const start = word.start + shift + parts.portStart;
        out.port(start, start + parts.port.length, {
            kind: "listen",
            host: parts.host ?? "",
            meta: viaAdmin ? { directive: "admin" } : undefined,
        });
    };
    const directive = (words, block) => {
        const name = words[0].text;
        const args = words.slice(1).filter((w) => w.text !== "{");
        if (block?.kind === "global") {
            if ((name === "http_port" || name === "https_port") && args[0] && isDigits(args[0].text)) {
                out.port(args[0].start, args[0].start + args[0].text.length, { kind: "listen", host: defaultBind ?? "" });
            }
            else if (name === "admin" && args[0] && args[0].text !== "off") {
                listenAddress(args[0], true);
            }
            else if (name === "default_bind" && args[0]) {
                defaultBind = args[0].text.replace(/^tcp\//, "");
            }
            return;
        }
        if (name === "bind" && args[0]) {
            const site = block?.site ?? bareSite;
            if (site && site.bind === undefined)
                site.bind = args[0].text.replace(/^tcp\//, "").replace(/^\[(.*)\]$/, "$1");
            return;
        }
        const proxying = name === "reverse_proxy" || name === "php_fastcgi" || name === "forward_auth";
        if (proxying || (name === "to" && block?.kind === "proxy")) {
            let upstreams = args;
            // The first argument of a proxy directive may be a request matcher.
            if (proxying && upstreams[0] && /^(?:\/|@|\*$)/.test(upstreams[0].text))
                upstreams = upstreams.slice(1);
            for (const word of upstreams)
                upstream(word);
        }
    };
    const lines = caddyLines(text);
    for (let n = 0; n < lines.length; n++) {
        let words = lines[n];
        const top = stack[stack.length - 1];
        if (words.length === 1 && words[0].text === "}" && !words[0].escaped) {
            stack.pop();
            continue;
        }
        const opens = words[words.length - 1].text === "{" && !words[words.length - 1].escaped;
        if (!top && !bareSite) {
            // Site addresses may continue over lines ending with a comma.
            while (!opens && words[words.length - 1].text.endsWith(",") && n + 1 < lines.length) {
                n++;
                words = [...words, ...lines[n]];
                if (words[words.length - 1].text === "{")
                    break;
            }
            const head = words.filter((w, k) => !(k === words.length - 1 && w.text === "{"));
            const isOpen = words[words.length - 1].text === "{";
            if (head.length === 0 && isOpen) {
                stack.push({ kind: seenSite ? "other" : "global" });
            }
            else if (head[0].text.startsWith("(") || head[0].text.startsWith("&(")) {
                if (isOpen)
                    stack.push({ kind: "snippet" });
            }
            else if (head[0].text === "import") {
                continue;
            }
            else if (isOpen) {
                seenSite = true;
                stack.push({ kind: "site", site: siteAddresses(head) });
            }
            else if (!seenSite) {
                // A lone site without braces: this line is its address, the rest of the file its body.
                seenSite = true;
                bareSite = siteAddresses(head);
            }
            continue;
        }
        directive(words, top);
        if (opens) {
            const name = words[0].text;
            stack.push({ kind: name === "reverse_proxy" ? "proxy" : "other", site: top?.site });
        }
    }
    for (const site of sites) {
        for (const p of site.ports) {
            const start = p.word.start + p.offset;
            out.port(start, start + p.digits.length, {
                kind: "listen",
                // Caddy binds every interface unless told otherwise; the site host only matches requests.
                host: site.bind ?? defaultBind ?? "",
                meta: p.siteHost ? { siteHost: p.siteHost } : undefined,
            });
        }
    }
    out.refs.sort((a, b) => a.line - b.line || a.column - b.column);
    return out.result();
}
function scanCaddyfile(path, text) {
    try {
        return scanCaddyText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const caddyfileScanner = {
    id: "config/caddyfile",
    family: "config",
    matches: (path) => (/(?:^|\/)(?:Caddyfile(?:\.[\w-]+)?|caddyfile)$/.test(path) || /\.caddyfile$/i.test(path)) &&
        !/\.(?:json|ya?ml|md|markdown|txt|rst|html?|bak|orig)$/i.test(path),
    scan: scanCaddyfile,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/dev-server.js
// Dev-server configs in JavaScript/TypeScript (vite, webpack, next, astro, svelte, nuxt, vue):
// `server`/`preview`/`devServer` `port` and `host` (listen) and `proxy` targets (dial). A small
// tokenizer skips comments, strings, template literals and regexes, so only real object
// properties count.


const KEYWORDS_BEFORE_EXPRESSION = new Set([
    "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await", "instanceof", "export", "default",
]);
function regexAllowed(prev) {
    if (!prev)
        return true;
    if (prev.type === "punct")
        return !")]}".includes(prev.value);
    if (prev.type === "ident")
        return KEYWORDS_BEFORE_EXPRESSION.has(prev.value);
    return false;
}
function jsTokens(text) {
    const tokens = [];
    /** What each open `{` belongs to: a block/object, or a `${` inside a template literal. */
    const braces = [];
    const n = text.length;
    let i = 0;
    /** Reads template characters from `from`; pushes the chunk; returns where code resumes. */
    const template = (from, startsAt) => {
        let k = from;
        let escaped = false;
        while (k < n) {
            const c = text[k];
            if (c === "\\") {
                escaped = true;
                k += 2;
            }
            else if (c === "`") {
                tokens.push({ type: "template", value: text.slice(from, k), start: from - 1, end: k + 1, escaped });
                if (startsAt === from - 1 && !text.slice(from, k).includes("${"))
                    tokens[tokens.length - 1].type = "string";
                return k + 1;
            }
            else if (c === "$" && text[k + 1] === "{") {
                tokens.push({ type: "template", value: text.slice(from, k), start: from - 1, end: k + 2, escaped: true });
                braces.push("template");
                return k + 2;
            }
            else
                k++;
        }
        tokens.push({ type: "template", value: text.slice(from), start: from - 1, end: n, escaped: true });
        return n;
    };
    while (i < n) {
        const c = text[i];
        if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || c === "\ufeff") {
            i++;
        }
        else if (c === "/" && text[i + 1] === "/") {
            while (i < n && text[i] !== "\n")
                i++;
        }
        else if (c === "/" && text[i + 1] === "*") {
            const close = text.indexOf("*/", i + 2);
            i = close < 0 ? n : close + 2;
        }
        else if (c === "'" || c === '"') {
            let k = i + 1;
            let escaped = false;
            while (k < n && text[k] !== c && text[k] !== "\n") {
                if (text[k] === "\\") {
                    escaped = true;
                    k++;
                }
                k++;
            }
            tokens.push({ type: "string", value: text.slice(i + 1, Math.min(k, n)), start: i, end: Math.min(k + 1, n), escaped });
            i = k + 1;
        }
        else if (c === "`") {
            i = template(i + 1, i);
        }
        else if (c === "}" && braces[braces.length - 1] === "template") {
            braces.pop();
            i = template(i + 1, -1);
        }
        else if (c === "/" && regexAllowed(tokens[tokens.length - 1])) {
            let k = i + 1;
            let inClass = false;
            while (k < n && text[k] !== "\n") {
                const r = text[k];
                if (r === "\\")
                    k++;
                else if (r === "[")
                    inClass = true;
                else if (r === "]")
                    inClass = false;
                else if (r === "/" && !inClass)
                    break;
                k++;
            }
            k++;
            while (k < n && /[a-z]/i.test(text[k]))
                k++;
            tokens.push({ type: "regex", value: text.slice(i, k), start: i, end: k });
            i = k;
        }
        else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
            const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)n?/.exec(text.slice(i, i + 64));
            const len = m && m[0].length > 0 ? m[0].length : 1;
            tokens.push({ type: "number", value: text.slice(i, i + len), start: i, end: i + len });
            i += len;
        }
        else if (/[A-Za-z_$]/.test(c) || c.charCodeAt(0) > 127) {
            let k = i + 1;
            while (k < n && (/[A-Za-z0-9_$]/.test(text[k]) || text.charCodeAt(k) > 127))
                k++;
            tokens.push({ type: "ident", value: text.slice(i, k), start: i, end: k });
            i = k;
        }
        else {
            if (c === "{")
                braces.push("brace");
            else if (c === "}")
                braces.pop();
            tokens.push({ type: "punct", value: c, start: i, end: i + 1 });
            i++;
        }
    }
    return tokens;
}
const LISTEN_OBJECTS = new Set(["server", "preview", "devServer"]);
/** Properties whose values are read; every other property is skipped without looking at its value. */
const PROPERTIES_READ = new Set(["port", "host", "target", "proxy", "destination"]);
const ENV_READ = [
    { at: ["process", ".", "env", "."], name: 4 },
    { at: ["import", ".", "meta", ".", "env", "."], name: 6 },
    { at: ["env", "."], name: 2 },
];
/** A port, host or URL expression is short; longer values are not read (and reading stays linear). */
const MAX_VALUE_TOKENS = 64;
/** The tokens of a property value: up to the `,` or closing bracket at the same depth. */
function valueTokens(tokens, from) {
    const out = [];
    let depth = 0;
    for (let k = from; k < tokens.length && out.length <= MAX_VALUE_TOKENS; k++) {
        const t = tokens[k];
        if (t.type === "punct" || t.type === "template") {
            if (t.type === "punct" && "([{".includes(t.value))
                depth++;
            else if (t.type === "punct" && ")]}".includes(t.value)) {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (t.type === "punct" && t.value === "," && depth === 0)
                break;
        }
        out.push(t);
    }
    return out;
}
/** The environment variable a value reads (`process.env.PORT`, `env.VITE_PORT`, `process.env['PORT']`). */
function envVarIn(value) {
    for (let k = 0; k < value.length; k++) {
        for (const read of ENV_READ) {
            if (!read.at.every((v, j) => value[k + j]?.value === v && value[k + j]?.type !== "string"))
                continue;
            const name = value[k + read.name];
            if (name?.type === "ident")
                return name.value;
        }
        // process.env["PORT"]
        if (value[k]?.value === "env" && value[k + 1]?.value === "[" && value[k + 2]?.type === "string")
            return value[k + 2].value;
    }
    return undefined;
}
/** A port in a value expression: exactly one integer literal (or digit string), radix arguments aside. */
function portIn(value) {
    const candidates = [];
    for (let k = 0; k < value.length; k++) {
        const t = value[k];
        if (t.type === "number" && /^\d+$/.test(t.value)) {
            // parseInt(x, 10): a radix is not a port.
            if (value[k - 1]?.value === "," && value[k + 1]?.value === ")" && Number(t.value) <= 36)
                continue;
            candidates.push({ start: t.start, end: t.end });
        }
        else if (t.type === "string" && /^\d+$/.test(t.value)) {
            candidates.push({ start: t.start + 1, end: t.start + 1 + t.value.length });
        }
        else if (t.type === "ident" && value[k + 1]?.value === "(" && !/^(?:Number|parseInt|parseFloat|String|Math|Boolean)$/.test(t.value) && t.value !== "get") {
            // A call to something else (`getPort()`, `findFreePort(3000)`) decides the port at run time.
            if (!(value[k - 1]?.value === "."))
                return undefined;
        }
    }
    return candidates.length === 1 ? candidates[0] : undefined;
}
function stringValue(value) {
    return value.length === 1 && value[0].type === "string" && !value[0].escaped ? value[0] : undefined;
}
function scanDevServerText(path, text) {
    const out = new RefCollector(path, text);
    const tokens = jsTokens(text);
    const stack = [];
    // How many open containers are `server`-like or `proxy` values: O(1) ancestry checks.
    let listenDepth = 0;
    let proxyDepth = 0;
    const push = (container) => {
        stack.push(container);
        if (container.key !== undefined && LISTEN_OBJECTS.has(container.key))
            listenDepth++;
        if (container.key === "proxy")
            proxyDepth++;
    };
    const pop = () => {
        const container = stack.pop();
        if (container?.key !== undefined && LISTEN_OBJECTS.has(container.key))
            listenDepth--;
        if (container?.key === "proxy")
            proxyDepth--;
        return container;
    };
    const dialUrl = (token) => {
        const contentStart = token.start + 1;
        const url = urlAt(text, contentStart);
        if (!url?.port || url.end > token.end)
            return;
        out.port(url.portStart, url.portStart + url.port.length, {
            kind: "dial",
            side: dialSide(url.host),
            name: dialName(url.host),
            meta: { dialHost: url.host },
        });
    };
    const close = (container) => {
        for (const p of container.ports) {
            const meta = {};
            if (p.fromDefault)
                meta.fromDefault = true;
            if (p.hmr)
                meta.hmr = true;
            if (container.key)
                meta.setting = p.hmr ? "server.hmr.port" : `${container.key}.port`;
            out.port(p.start, p.end, { kind: "listen", host: container.host, envVar: p.envVar, meta });
        }
    };
    for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.type === "punct" && (t.value === "{" || t.value === "[" || t.value === "(")) {
            const top = stack[stack.length - 1];
            let key;
            const colon = tokens[k - 1];
            const keyToken = tokens[k - 2];
            if (colon?.value === ":" && colon.type === "punct" && keyToken && (keyToken.type === "ident" || keyToken.type === "string")) {
                key = keyToken.value;
            }
            else if (t.value === "{" && top?.open === "[")
                key = top.key;
            push({ open: t.value, key, ports: [] });
            continue;
        }
        if (t.type === "punct" && (t.value === "}" || t.value === "]" || t.value === ")")) {
            const popped = pop();
            const parent = stack[stack.length - 1];
            // `hmr: { port }` listens on the server's host unless it names its own.
            if (popped?.key === "hmr" && popped.host === undefined && parent?.key === "server")
                parent.ports.push(...popped.ports);
            else if (popped?.open === "{")
                close(popped);
            continue;
        }
        const top = stack[stack.length - 1];
        // A property: `key:` right after `{` or `,` inside an object literal.
        if (top?.open !== "{" ||
            (t.type !== "ident" && t.type !== "string") ||
            tokens[k + 1]?.value !== ":" ||
            tokens[k + 1]?.type !== "punct" ||
            !(tokens[k - 1]?.value === "{" || tokens[k - 1]?.value === ",")) {
            continue;
        }
        const key = t.value;
        if (!PROPERTIES_READ.has(key) && top.key !== "proxy")
            continue;
        const value = valueTokens(tokens, k + 2);
        if (value.length > MAX_VALUE_TOKENS)
            continue;
        const parentKey = stack[stack.length - 2]?.key;
        const inListenObject = top.key !== undefined && LISTEN_OBJECTS.has(top.key);
        const inHmr = top.key === "hmr" && parentKey === "server";
        if (key === "port" && (inListenObject || inHmr)) {
            const port = portIn(value);
            if (port) {
                const envVar = envVarIn(value);
                top.ports.push({ ...port, envVar, fromDefault: envVar !== undefined ? true : undefined, hmr: inHmr });
            }
        }
        else if (key === "host" && inListenObject) {
            const single = stringValue(value);
            if (value.length === 1 && value[0].type === "ident" && value[0].value === "true")
                top.host = "";
            else if (single && /^[\w.:*[\]-]*$/.test(single.value))
                top.host = single.value.replace(/^\[(.*)\]$/, "$1");
            else {
                // `process.env.HOST ?? '127.0.0.1'`: the written default is where it listens unless overridden.
                const strings = value.filter((v) => v.type === "string");
                if (strings.length === 1 && envVarIn(value) && /^[\w.:*-]+$/.test(strings[0].value))
                    top.host = strings[0].value;
            }
        }
        else {
            const single = stringValue(value);
            if (!single)
                continue;
            const proxyEntry = top.key === "proxy" && listenDepth > 0;
            const proxyTarget = key === "target" && proxyDepth > 0;
            const proxyString = key === "proxy" && inListenObject;
            const rewrite = key === "destination" && /(?:^|\/)next\.config\./.test(path);
            if (proxyEntry || proxyTarget || proxyString || rewrite)
                dialUrl(single);
        }
    }
    while (stack.length) {
        const popped = pop();
        if (popped.open === "{")
            close(popped);
    }
    out.refs.sort((a, b) => a.line - b.line || a.column - b.column);
    return out.result();
}
function scanDevServer(path, text) {
    try {
        return scanDevServerText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const CONFIG_NAMES = /(?:^|\/)(?:vite|webpack(?:\.[\w-]+)?|next|astro|svelte|nuxt|vue)\.config(?:\.[\w-]+)?\.(?:js|ts|mjs|mts|cjs|cts)$/;
const devServerScanner = {
    id: "config/dev-server",
    family: "config",
    matches: (path) => CONFIG_NAMES.test(path),
    scan: scanDevServer,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/haproxy.js
// HAProxy configuration: `bind` addresses and `listen <name> <addr>` (listen), `server` lines of
// backends (dial).


function lineArgs(line, lineStart) {
    const args = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
        if (m[3]?.startsWith("#"))
            break;
        const quoted = m[1] ?? m[2];
        args.push(quoted !== undefined ? { text: quoted, start: lineStart + m.index + 1 } : { text: m[3], start: lineStart + m.index });
    }
    return args;
}
const SECTIONS = new Set(["global", "defaults", "frontend", "backend", "listen", "peers", "resolvers", "userlist", "cache", "program", "http-errors", "ring", "mailers", "fcgi-app", "crt-store", "traces"]);
/** `ipv4@`, `tcp6@`, `quic4@` prefixes say the family and transport. */
function addressFamily(value) {
    const prefix = /^([a-z0-9+-]+)@/i.exec(value);
    if (!prefix)
        return { rest: value, shift: 0, protocol: "tcp", skip: false };
    const kind = prefix[1].toLowerCase();
    const skip = /^(?:unix|abns|abnsz|fd|sockpair|rhttp)$/.test(kind);
    const protocol = /^(?:udp|quic)/.test(kind) ? "udp" : "tcp";
    return { rest: value.slice(prefix[0].length), shift: prefix[0].length, protocol, skip };
}
/** HAProxy writes IPv6 without brackets (`:::80`, `::1:8080`): the last colon starts the port. */
function haproxyHostPort(value) {
    if (value.startsWith("[")) {
        const parts = splitHostPort(value);
        if (parts.port === undefined)
            return undefined;
        return { host: parts.host ?? "", port: parts.port, portStart: parts.portStart };
    }
    const colon = value.lastIndexOf(":");
    if (colon < 0)
        return /^\d+(?:-\d+)?$/.test(value) ? { host: "", port: value, portStart: 0 } : undefined;
    return { host: value.slice(0, colon), port: value.slice(colon + 1), portStart: colon + 1 };
}
function scanHaproxyText(path, text) {
    const out = new RefCollector(path, text);
    let section = "";
    let sectionName;
    const listenAt = (arg) => {
        for (let offset = 0, i = 0, pieces = arg.text.split(","); i < pieces.length; offset += pieces[i].length + 1, i++) {
            const family = addressFamily(pieces[i]);
            if (family.skip || family.rest.includes("$"))
                continue;
            const hp = haproxyHostPort(family.rest);
            const range = hp && /^(\d+)(?:-(\d+))?$/.exec(hp.port);
            if (!hp || !range)
                continue;
            const start = arg.start + offset + family.shift + hp.portStart;
            out.port(start, start + range[1].length, {
                kind: "listen",
                host: hp.host,
                protocol: family.protocol,
                portEnd: range[2] ? Number(range[2]) : undefined,
                // The frontend's name says what it fronts, not what listens: no `name` here.
                meta: sectionName ? { section: `${section} ${sectionName}` } : undefined,
            });
        }
    };
    let lineStart = 0;
    for (const rawLine of text.split("\n")) {
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const here = lineStart;
        lineStart += rawLine.length + 1;
        const args = lineArgs(line, here);
        const keyword = args[0]?.text;
        if (!keyword)
            continue;
        if (SECTIONS.has(keyword) && !/^\s/.test(line)) {
            section = keyword;
            sectionName = args[1]?.text;
            // Old style: `listen stats 127.0.0.1:8404`.
            if ((keyword === "listen" || keyword === "frontend") && args[2])
                listenAt(args[2]);
            continue;
        }
        if (keyword === "bind" && args[1] && (section === "frontend" || section === "listen" || section === "peers")) {
            listenAt(args[1]);
        }
        else if (keyword === "stats" && args[1]?.text === "socket" && args[2] && !args[2].text.startsWith("/")) {
            // The runtime API on a TCP address (`stats socket ipv4@127.0.0.1:9999 level admin`) listens too.
            listenAt(args[2]);
        }
        else if ((keyword === "server" || keyword === "server-template") && (section === "backend" || section === "listen")) {
            // server <name> <addr>[:port]; server-template <prefix> <num> <addr>[:port]
            const address = keyword === "server" ? args[2] : args[3];
            if (!address)
                continue;
            const family = addressFamily(address.text);
            if (family.skip)
                continue;
            const hp = haproxyHostPort(family.rest);
            if (!hp || !/^\d+$/.test(hp.port) || hp.host.includes("$"))
                continue;
            const start = address.start + family.shift + hp.portStart;
            out.port(start, start + hp.port.length, {
                kind: "dial",
                side: dialSide(hp.host),
                protocol: family.protocol,
                name: dialName(hp.host),
                meta: { dialHost: hp.host },
            });
        }
    }
    return out.result();
}
function scanHaproxy(path, text) {
    try {
        return scanHaproxyText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const haproxyScanner = {
    id: "config/haproxy",
    family: "config",
    matches: (path) => /(?:^|\/)(?:haproxy[^/]*\.cfg|[^/]+\.haproxy\.cfg)(?:\.(?:template|j2|jinja2?|tmpl))?$/i.test(path) || /(?:^|\/)haproxy\/(?:[^/]+\/)*[^/]+\.cfg$/i.test(path),
    scan: scanHaproxy,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/command-line.js
// Port settings inside one command line (systemd `ExecStart`, Procfile entries, package.json
// scripts, supervisor `command=`): listen flags, bind addresses, `PORT=` prefixes, a few
// positional forms, and `docker run -p`. Indices returned are into the command string.

const SEPARATORS = new Set([";", "&", "|", "(", ")", "\n", "\r"]);
function command_line_tokenize(command, options) {
    const segments = [];
    let segment = [];
    let token;
    const push = () => {
        if (token)
            segment.push(token);
        token = undefined;
    };
    const endSegment = () => {
        push();
        if (segment.length)
            segments.push(segment);
        segment = [];
    };
    const add = (ch, at, quoted = false) => {
        token ??= { value: "", idx: [], quoted };
        token.value += ch;
        token.idx.push(at);
    };
    let i = 0;
    while (i < command.length) {
        const ch = command[i];
        if (ch === " " || ch === "\t") {
            push();
            i++;
        }
        else if (ch === "#" && !token && options.shellComments) {
            while (i < command.length && command[i] !== "\n")
                i++;
        }
        else if (SEPARATORS.has(ch)) {
            endSegment();
            i++;
        }
        else if (ch === "<" || ch === ">") {
            push();
            i++;
        }
        else if (ch === "\\") {
            if (command[i + 1] === "\n")
                i += 2;
            else if (command[i + 1] === "\r" && command[i + 2] === "\n")
                i += 3;
            else {
                if (i + 1 < command.length)
                    add(command[i + 1], i + 1);
                i += 2;
            }
        }
        else if (ch === "'") {
            const start = !token;
            const close = command.indexOf("'", i + 1);
            const stop = close < 0 ? command.length : close;
            token ??= { value: "", idx: [], quoted: start };
            for (let k = i + 1; k < stop; k++)
                add(command[k], k);
            i = stop + 1;
        }
        else if (ch === '"') {
            token ??= { value: "", idx: [], quoted: true };
            i++;
            while (i < command.length && command[i] !== '"') {
                if (command[i] === "\\" && i + 1 < command.length && '"\\$`'.includes(command[i + 1])) {
                    add(command[i + 1], i + 1);
                    i += 2;
                }
                else {
                    add(command[i], i);
                    i++;
                }
            }
            i++;
        }
        else if (ch === "$" && command[i + 1] === "{") {
            // `${VAR:-8000}` is one word even when it holds separators.
            const close = command.indexOf("}", i);
            const stop = close < 0 ? command.length : close + 1;
            for (let k = i; k < stop; k++)
                add(command[k], k);
            i = stop;
        }
        else {
            add(ch, i);
            i++;
        }
    }
    endSegment();
    return segments;
}
const WRAPPERS = new Set([
    "sudo", "exec", "nohup", "env", "cross-env", "cross-env-shell", "time", "nice", "ionice", "chpst", "setsid",
    "stdbuf", "dumb-init", "tini", "gosu", "su-exec", "command", "builtin",
]);
/** Flag-name words that say the flag configures where this process listens. */
const LISTEN_CONTEXT = new Set([
    "server", "http", "https", "web", "listen", "bind", "local", "public", "grpc", "metrics", "admin", "ui",
    "dashboard", "dev", "hmr", "ws", "websocket", "api", "app", "service", "health", "status", "debug", "management",
    "prometheus", "exporter", "telemetry", "console", "probe", "rpc", "p2p", "rest", "monitor", "stats", "gui",
    "entrypoints", "inspector", "preview", "webui",
]);
/** `--api-host` usually says where to connect; only these prefixes make a host flag a bind address. */
const HOST_CONTEXT = new Set(["listen", "bind", "server", "http", "web"]);
/** Programs for which `-p N` is the port they listen on (elsewhere it is a password, `mkdir -p`…). */
const P_LISTEN = new Set([
    "next", "http-server", "serve", "json-server", "gatsby", "nuxt", "nuxi", "storybook", "start-storybook", "hugo",
    "parcel", "flask", "daphne", "puma", "rails", "expo", "sirv", "ember", "datasette", "thin", "unicorn", "sshd",
    "dropbear", "memcached", "http-party",
]);
const B_LISTEN = new Set(["gunicorn", "hypercorn", "daphne", "rails", "puma", "http.server", "thin", "unicorn", "uvicorn"]);
const DOCKER = new Set(["docker", "podman", "nerdctl"]);
/** Clients: their port flags say where they connect, not where they listen. `-p`/`-P` short forms. */
const CLIENTS = {
    psql: "-p", pg_isready: "-p", pg_dump: "-p", pg_restore: "-p", pg_dumpall: "-p", "redis-cli": "-p", ssh: "-p",
    scp: "-P", sftp: "-P", mysql: "-P", mysqladmin: "-P", mysqldump: "-P", mongo: "", mongosh: "", curl: "", wget: "",
    nc: "", ncat: "", telnet: "", "wait-for-it": "-p", "wait-for": "", dockerize: "", grpcurl: "", "redis-benchmark": "-p",
    rsync: "", "memtier_benchmark": "-p", ab: "", wrk: "", hey: "", ngrok: "", autossh: "-p", socat: "",
};
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const PORT_VAR = /(?:^|_)PORT$/i;
const command_line_DIGITS = /^\d+$/;
const DEFAULTED = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=](\d+)\}$/;
function basename(word) {
    const base = word.slice(word.lastIndexOf("/") + 1).toLowerCase();
    return base.replace(/\.(sh|py|js|mjs|cjs|exe|cmd|bash)$/, "");
}
function longFlagRole(name, docker) {
    const lower = name.toLowerCase();
    if (docker)
        return lower === "publish" ? "publish" : undefined;
    if (lower === "inspect" || lower === "inspect-brk")
        return "inspect";
    if (lower === "urls")
        return "urls";
    if (/^entrypoints\.[^.]+\.address$/.test(lower))
        return "address";
    const parts = lower.split(/[-._]/).filter((p) => p !== "");
    if (parts.length === 0)
        return undefined;
    const last = parts[parts.length - 1];
    const context = (words) => words.every((w) => LISTEN_CONTEXT.has(w));
    if (last === "port")
        return context(parts.slice(0, -1)) ? "port" : undefined;
    if (last === "host" || last === "hostname" || last === "ip") {
        const head = parts.slice(0, -1);
        return head.every((w) => HOST_CONTEXT.has(w)) ? "host" : undefined;
    }
    if (last === "address" || last === "addr" || last === "listen" || last === "bind") {
        const head = parts.slice(0, -1).filter((p) => p !== "listen" && p !== "bind");
        return context(head) ? "address" : undefined;
    }
    return undefined;
}
function shortFlagRole(flag, words) {
    const has = (set) => [...words].some((w) => set.has(w));
    switch (flag) {
        case "-p":
            return has(P_LISTEN) ? "port" : undefined;
        case "-l":
            return words.has("serve") || words.has("sirv") || words.has("memcached") ? "address" : undefined;
        case "-b":
            return has(B_LISTEN) ? "address" : undefined;
        case "-a":
            return words.has("http-server") ? "host" : words.has("mkdocs") ? "address" : undefined;
        case "-H":
            return words.has("next") ? "host" : undefined;
        case "-S":
            return words.has("php") ? "address" : undefined;
        default:
            return undefined;
    }
}
/** Span in the command of value.text[a, b), when those characters are contiguous in the source. */
function spanOf(value, a, b) {
    const idx = value.token.idx;
    const first = idx[value.offset + a];
    const last = idx[value.offset + b - 1];
    if (first === undefined || last === undefined || last - first !== b - 1 - a)
        return undefined;
    return { start: first, end: last + 1 };
}
/** Ports in one command line. Never throws; unknown shapes give nothing. */
function portsInCommand(command, options = {}, depth = 0) {
    const found = [];
    for (const segment of command_line_tokenize(command, options)) {
        found.push(...portsInSegment(segment));
        if (depth < 2)
            found.push(...portsInNestedCommands(segment, options, depth));
    }
    return found;
}
/** Programs whose quoted arguments are whole command lines (`bash -c '…'`, `concurrently "…" "…"`). */
const RUNNERS = new Set(["sh", "bash", "zsh", "dash", "ash", "concurrently", "npm-run-all", "run-p", "run-s", "nodemon", "watchexec", "parallel"]);
function portsInNestedCommands(tokens, options, depth) {
    const runner = tokens.some((t) => !t.quoted && RUNNERS.has(basename(t.value)));
    if (!runner)
        return [];
    const found = [];
    for (const token of tokens) {
        if (!token.quoted || !/\s/.test(token.value))
            continue;
        for (const inner of portsInCommand(token.value, options, depth + 1)) {
            const start = token.idx[inner.start];
            const last = token.idx[inner.end - 1];
            if (start === undefined || last === undefined || last + 1 - start !== inner.end - inner.start)
                continue;
            found.push({ ...inner, start, end: last + 1 });
        }
    }
    return found;
}
function portsInSegment(tokens) {
    const found = [];
    const words = new Set(tokens.filter((t) => t.quoted || !t.value.startsWith("-")).map((t) => basename(t.value)));
    const docker = [...words].some((w) => DOCKER.has(w)) && words.has("run");
    const clientName = [...words].find((w) => w in CLIENTS);
    let hostHint;
    let hostHintSet = false;
    const setHost = (host) => {
        if (hostHintSet || !/^[\w.:*\[\]-]*$/.test(host))
            return;
        hostHint = host.replace(/^\[(.*)\]$/, "$1");
        hostHintSet = true;
    };
    const emitPort = (value, a, b, via, extra = {}) => {
        const span = spanOf(value, a, b);
        if (!span)
            return;
        found.push({ kind: "listen", side: "host", ...span, via, ...extra });
    };
    /** A value that should be a port: digits or `${VAR:-digits}`. */
    const portValue = (value, via, kind = "listen", host) => {
        const extra = host !== undefined ? { kind, host } : { kind };
        if (command_line_DIGITS.test(value.text))
            return emitPort(value, 0, value.text.length, via, extra);
        const def = DEFAULTED.exec(value.text);
        if (def) {
            const at = value.text.lastIndexOf(def[2]);
            emitPort(value, at, at + def[2].length, via, { ...extra, envVar: def[1], fromDefault: true });
        }
    };
    /** `H:P`, `:P`, `P`, `tcp://H:P`, or a bare host that sets the segment's bind address. */
    const addressValue = (value, via) => {
        let text = value.text;
        let shift = 0;
        const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
        if (scheme) {
            shift = scheme[0].length;
            text = text.slice(shift);
        }
        if (text.startsWith("unix:") || text.startsWith("/") || text.startsWith("fd://") || text === "")
            return;
        const slash = text.indexOf("/");
        if (slash >= 0 && !text.startsWith("["))
            text = text.slice(0, slash);
        const parts = splitHostPort(text);
        if (parts.port !== undefined && command_line_DIGITS.test(parts.port)) {
            const extra = {};
            if (parts.host !== undefined)
                extra.host = parts.host;
            emitPort(value, shift + parts.portStart, shift + parts.portStart + parts.port.length, via, extra);
        }
        else if (parts.port === undefined && parts.host !== undefined && /^[\w.:*-]+$/.test(parts.host)) {
            setHost(parts.host);
        }
        else if (parts.port !== undefined) {
            const host = parts.host !== undefined && /^[\w.:*-]*$/.test(parts.host) ? parts.host : undefined;
            portValue({ ...value, offset: value.offset + shift + parts.portStart, text: parts.port }, via, "listen", host);
        }
    };
    const publishValue = (value, via) => {
        let text = value.text;
        let protocol;
        const proto = /\/(tcp|udp|sctp)$/i.exec(text);
        if (proto) {
            protocol = proto[1].toLowerCase();
            text = text.slice(0, proto.index);
        }
        // ip:host:container, host:container, [v6]:host:container
        let host = "";
        let rest = text;
        let restAt = 0;
        if (text.startsWith("[")) {
            const close = text.indexOf("]");
            if (close < 0 || text[close + 1] !== ":")
                return;
            host = text.slice(1, close);
            rest = text.slice(close + 2);
            restAt = close + 2;
        }
        const fields = rest.split(":");
        if (!text.startsWith("[") && fields.length === 3) {
            host = fields.shift();
            restAt = host.length + 1;
        }
        if (fields.length !== 2 || host.includes("$"))
            return;
        const [hostPort, containerPort] = fields;
        const range = /^(\d+)(?:-(\d+))?$/;
        const hp = range.exec(hostPort);
        const cp = range.exec(containerPort);
        if (hp) {
            const extra = { kind: "publish", host };
            if (protocol)
                extra.protocol = protocol;
            if (hp[2])
                extra.portEnd = Number(hp[2]);
            emitPort(value, restAt, restAt + hp[1].length, via, extra);
        }
        if (cp) {
            const at = restAt + hostPort.length + 1;
            const extra = { kind: "target", side: "container" };
            if (protocol)
                extra.protocol = protocol;
            if (cp[2])
                extra.portEnd = Number(cp[2]);
            emitPort(value, at, at + cp[1].length, via, extra);
        }
    };
    let i = 0;
    // Leading `PORT=3001` assignments, also after `env` / `cross-env`.
    for (; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.quoted)
            break;
        const assign = ASSIGNMENT.exec(t.value);
        if (assign) {
            const name = assign[1];
            if (PORT_VAR.test(name)) {
                const value = { token: t, offset: assign[0].length, text: t.value.slice(assign[0].length) };
                const kind = name.toUpperCase() === "PORT" ? "listen" : "assign";
                if (command_line_DIGITS.test(value.text))
                    emitPort(value, 0, value.text.length, name, { kind, envVar: name });
            }
            else if (/^HOST$/i.test(name) && !t.value.includes("$")) {
                setHost(t.value.slice(assign[0].length));
            }
            continue;
        }
        if (WRAPPERS.has(basename(t.value)) || t.value.startsWith("-"))
            continue;
        break;
    }
    for (; i < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1];
        const nextValue = () => next && (next.quoted || !next.value.startsWith("-")) ? { token: next, offset: 0, text: next.value } : undefined;
        if (t.quoted || !t.value.startsWith("-")) {
            const word = basename(t.value);
            if (/^claim[-_]?port$/.test(word)) {
                // `claim-port.sh 8000`: frees the port for this unit, so the unit listens there.
                const arg = tokens.slice(i + 1).find((n) => !n.value.startsWith("-"));
                if (arg && command_line_DIGITS.test(arg.value))
                    emitPort({ token: arg, offset: 0, text: arg.value }, 0, arg.value.length, t.value);
            }
            else if ((word === "runserver" || word === "http.server") && !docker) {
                const v = nextValue();
                if (v && (word === "runserver" || command_line_DIGITS.test(v.text)))
                    addressValue(v, t.value);
            }
            continue;
        }
        if (t.value === "--")
            continue;
        let name;
        let value;
        let consumed = false;
        if (t.value.startsWith("-D") && t.value.includes("=")) {
            // JVM system properties: -Dserver.port=8080
            const eq = t.value.indexOf("=");
            name = t.value.slice(2, eq);
            value = { token: t, offset: eq + 1, text: t.value.slice(eq + 1) };
            const role = docker ? undefined : longFlagRole(name, false);
            if (role === "port")
                portValue(value, t.value.slice(0, eq));
            else if (role === "address" || role === "host")
                addressValue(value, t.value.slice(0, eq));
            continue;
        }
        if (t.value.startsWith("--")) {
            const eq = t.value.indexOf("=");
            name = eq >= 0 ? t.value.slice(2, eq) : t.value.slice(2);
            if (eq >= 0)
                value = { token: t, offset: eq + 1, text: t.value.slice(eq + 1) };
            else {
                value = nextValue();
                consumed = value !== undefined;
            }
        }
        else {
            name = t.value;
            value = nextValue();
            consumed = value !== undefined;
        }
        const flag = t.value.startsWith("--") ? `--${name}` : name;
        if (clientName !== undefined && !docker) {
            const shortPort = CLIENTS[clientName];
            const isPort = (t.value.startsWith("--") && name.toLowerCase() === "port") || (shortPort !== "" && flag === shortPort);
            const isHost = (t.value.startsWith("--") && name.toLowerCase() === "host") || flag === "-h";
            if (isHost && value)
                setHost(value.text);
            if (isPort && value)
                portValue(value, flag, "dial");
            if (consumed)
                i++;
            continue;
        }
        const role = t.value.startsWith("--") ? longFlagRole(name, docker) : docker ? (flag === "-p" ? "publish" : undefined) : shortFlagRole(flag, words);
        if (role === undefined)
            continue;
        if (role === "host") {
            // `vite --host` with no value listens on every interface.
            if (value)
                setHost(value.text);
            else if (name.toLowerCase() === "host")
                setHost("");
        }
        else if (role === "port" && value)
            portValue(value, flag);
        else if (role === "address" && value)
            addressValue(value, flag);
        else if (role === "publish" && value)
            publishValue(value, flag);
        else if (role === "inspect" && value && t.value.includes("="))
            addressValue(value, flag);
        else if (role === "urls" && value) {
            // ASP.NET Core: `--urls "http://0.0.0.0:5000;https://+:5001"`; `+` and `*` mean every interface.
            let offset = 0;
            for (const url of value.text.split(";")) {
                const m = /^[a-z]+:\/\/(\[[^\]]*\]|[^:/]*):(\d+)/i.exec(url);
                if (m) {
                    const at = offset + m[0].length - m[2].length;
                    const host = m[1] === "+" || m[1] === "*" ? "" : m[1].replace(/^\[(.*)\]$/, "$1");
                    emitPort({ ...value, offset: value.offset }, at, at + m[2].length, flag, { host });
                }
                offset += url.length + 1;
            }
        }
        if (consumed)
            i++;
    }
    for (const port of found) {
        if (port.kind === "dial") {
            const host = hostHint ?? "";
            if (hostHint !== undefined)
                port.dialHost = hostHint;
            port.side = dialSide(host);
        }
        else if (port.kind === "listen" && port.host === undefined && hostHint !== undefined) {
            port.host = hostHint;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./lib/scan/scanners/config/ini.js
// INI-style configuration (grafana.ini, my.cnf, php-fpm pools, supervisord, uwsgi, postgresql.conf):
// keys whose name says port, listen or bind, with the bind address written in the same section.



const SECTION = /^\s*\[([^\]\n]+)\]\s*(?:[;#].*)?$/;
const KEY_VALUE = /^\s*([A-Za-z0-9_.\-[\]]+)\s*=/;
function significantLines(text, limit) {
    const lines = [];
    for (const line of text.split("\n")) {
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith(";") || trimmed.startsWith("#"))
            continue;
        lines.push(trimmed);
        if (lines.length >= limit)
            break;
    }
    return lines;
}
/** Sections and `key = value` lines, nothing ending like nginx (`;`, `{`, `}`). */
function looksLikeIni(text) {
    const lines = significantLines(text, 200);
    if (lines.length === 0)
        return false;
    if (lines.some((l) => /[{}]$/.test(l)))
        return false;
    if (SECTION.test(lines[0]))
        return true;
    const pairs = lines.filter((l) => KEY_VALUE.test(l) && !l.endsWith(";")).length;
    return pairs / lines.length >= 0.8;
}
/** `http-port`, `Listen.Port` → `http_port`, `listen_port`. */
function normaliseKey(key) {
    return key.toLowerCase().replace(/[-.]/g, "_");
}
const WORD_PORT = /^(?:http|https|server|listen|web|admin|api|grpc|rpc|ssl|tls|local|bind|tcp|udp)port$/;
const LISTEN_KEY = /^(?:listen|listen_addr|listen_address|listen_addresses|bind|bind_addr|bind_address|bind_host|bind_ip|http_addr|http_address)$/;
const HOST_KEY = /(?:^|_)(?:addr|address|addresses|host|ip)$|^bind/;
const UWSGI_SOCKETS = /^(?:http|https|http_socket|https_socket|socket|uwsgi_socket|http11_socket|fastcgi_socket|shared_socket|stats)$/;
/** Sections that configure a client (`[client]`, `[database]`, php.ini's `[MySQLi]`): their ports are dialled. */
const DIAL_SECTION = /client|mysqli|^mysql(?:dump|admin|import|show|check)?$|database|^db$|redis|smtp|mail|ldap|remote|upstream|postgres|mongo|memcache|amqp|rabbit|kafka|elastic|supervisorctl|^cache$|queue|broker|tracing|jaeger|zipkin|graphite|statsd|syslog|otlp|collector/i;
/** Keys naming what a program connects to (`db_port`, `smtp_port`, `mysqli.default_port`). */
const DIAL_KEY = /^(?:smtp|mail|db|database|redis|mysql|mysqli|pg|postgres|mongo|ldap|remote|upstream|proxy|client|target|backend|agent|collector)_|default_port$/;
/** File names that say nothing about what listens. */
const GENERIC_NAMES = new Set([
    "config", "configuration", "settings", "app", "application", "default", "defaults", "www", "local", "custom",
    "main", "base", "my", "php", "server", "production", "development", "dev", "prod", "test", "site", "common",
]);
function portKey(key) {
    if (key.endsWith("_ports"))
        return false;
    return key === "port" || key.endsWith("_port") || WORD_PORT.test(key);
}
/** The part of a key naming what it configures: `http_port` → `http`, `port` → ``. */
function keyPrefix(key) {
    return key.replace(/_?(?:port|addr|address|addresses|host|ip)$/, "").replace(/^(?:bind|listen)$/, "");
}
/** The value after `=`: inline `;`/`#` comments (after whitespace) and surrounding quotes removed. */
function ini_valueOf(line, lineStart, eq) {
    let start = eq + 1;
    while (start < line.length && /\s/.test(line[start]))
        start++;
    let end = line.length;
    const comment = /\s[;#]/.exec(line.slice(start));
    if (comment)
        end = start + comment.index;
    while (end > start && /\s/.test(line[end - 1]))
        end--;
    if (end - start >= 2 && (line[start] === '"' || line[start] === "'") && line[end - 1] === line[start]) {
        start++;
        end--;
    }
    return { text: line.slice(start, end), start: lineStart + start };
}
function stem(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    return base.replace(/\.(?:ini|cfg|cnf|conf)(?:\.[a-z0-9]+)?$/i, "");
}
function scanIniText(path, text) {
    const out = new RefCollector(path, text);
    const fileName = stem(path).toLowerCase();
    const fileService = GENERIC_NAMES.has(fileName) || /^\d/.test(fileName) ? undefined : stem(path);
    let section = "";
    let pending = [];
    let hosts = new Map();
    const flush = () => {
        const sectionName = /^(?:program|fcgi-program):(.+)$/.exec(section)?.[1] ?? fileService;
        for (const p of pending) {
            let host = p.host;
            if (host === undefined)
                host = hosts.get(p.prefix) ?? hosts.get("");
            if (p.dial) {
                const dialHost = host ?? "";
                out.port(p.start, p.start + p.length, {
                    kind: "dial",
                    side: dialSide(dialHost),
                    meta: host !== undefined ? { dialHost: host } : undefined,
                });
            }
            else {
                out.port(p.start, p.start + p.length, { kind: "listen", host, name: sectionName });
            }
        }
        pending = [];
        hosts = new Map();
    };
    let lineStart = 0;
    for (const rawLine of text.split("\n")) {
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const here = lineStart;
        lineStart += rawLine.length + 1;
        const trimmed = line.trimStart();
        if (trimmed === "" || trimmed.startsWith(";") || trimmed.startsWith("#"))
            continue;
        // configparser continuation lines belong to the previous value.
        if (/^\s/.test(line) && section !== "" && !KEY_VALUE.test(line))
            continue;
        const header = SECTION.exec(line);
        if (header) {
            flush();
            section = header[1].trim();
            continue;
        }
        const kv = KEY_VALUE.exec(line);
        if (!kv)
            continue;
        const key = normaliseKey(kv[1]);
        const value = ini_valueOf(line, here, line.indexOf("=", kv[0].length - 1));
        const dial = (DIAL_SECTION.test(section) && !/mysqld|server/i.test(section)) || DIAL_KEY.test(key);
        const uwsgi = section.toLowerCase() === "uwsgi" && UWSGI_SOCKETS.test(key);
        if (key === "command" && /^(?:program|fcgi-program):/.test(section)) {
            const name = section.slice(section.indexOf(":") + 1);
            for (const p of portsInCommand(value.text)) {
                const start = value.start + p.start;
                const meta = { flag: p.via };
                if (p.dialHost !== undefined)
                    meta.dialHost = p.dialHost;
                out.port(start, start + (p.end - p.start), {
                    kind: p.kind,
                    side: p.side,
                    host: p.host,
                    envVar: p.envVar,
                    protocol: p.protocol,
                    portEnd: p.portEnd,
                    name: p.kind === "dial" ? undefined : name,
                    meta,
                });
            }
            continue;
        }
        // Inventory variables describe remote machines (`ansible_port=2222` is where ssh connects).
        if (key.startsWith("ansible_"))
            continue;
        const isPort = portKey(key);
        const isHost = !isPort && HOST_KEY.test(key);
        // `ha_listen_address`, `admin_bind_addr`, and a bare `address` in a `[grpc_server]`-like section.
        const isListen = LISTEN_KEY.test(key) || uwsgi || /(?:^|_)(?:listen|bind)(?:_addr|_address)?$/.test(key) || (isHost && !dial && /server|listen/i.test(section) && /^(?:addr|address)$/.test(key));
        if (!isPort && !isListen && !isHost)
            continue;
        let text = value.text;
        let offset = 0;
        if (uwsgi)
            text = text.split(",")[0];
        const scheme = /^(?:tcp|http|https):\/\//.exec(text);
        if (scheme) {
            offset = scheme[0].length;
            text = text.slice(offset);
        }
        if (text === "" || text.startsWith("/") || text.startsWith("unix:") || text.startsWith("@"))
            continue;
        const parts = splitHostPort(text);
        const prefix = keyPrefix(key);
        // A host key holding `host:port` is a port only where the section dials (`[database] host = db:5432`).
        if (isDigits(parts.port) && (isPort || isListen || (isHost && dial))) {
            const pendingPort = { start: value.start + offset + parts.portStart, length: parts.port.length, prefix, dial };
            // `listen = 9000` (php-fpm, uwsgi `:9000`) binds every interface; `${POD_IP}:9094` names no address we know.
            if (parts.host !== undefined) {
                if (/^[\w.:*-]*$/.test(parts.host))
                    pendingPort.host = parts.host;
            }
            else if (isListen)
                pendingPort.host = "";
            pending.push(pendingPort);
        }
        else if (parts.port === undefined && parts.host !== undefined && (isListen || isHost)) {
            // `listen_addresses = 'localhost, 10.0.0.5'`: the first address stands for the set.
            const first = parts.host.split(",")[0].trim();
            if (/^[\w.:*-]*$/.test(first) && !hosts.has(prefix))
                hosts.set(prefix, first === "*" ? "*" : first);
        }
    }
    flush();
    return out.result();
}
function scanIni(path, text) {
    try {
        return scanIniText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const INI_PATHS = [
    /\.(?:ini|cnf|cfg)(?:\.(?:j2|jinja2?|template|tmpl))?$/i,
    /(?:^|\/)supervisord?\.conf$/i,
    /(?:^|\/)(?:supervisor|supervisord)(?:\.d)?\/(?:conf\.d\/)?[^/]+\.(?:conf|ini)$/i,
    /(?:^|\/)php-fpm[^/]*\.conf$/i,
    /(?:^|\/)(?:php-fpm\.d|pool\.d)\/[^/]+\.conf$/i,
    /(?:^|\/)php-fpm\/(?:[^/]+\/)*[^/]+\.conf$/i,
    /(?:^|\/)php[^/]*\/(?:[^/]+\/)*fpm\/[^/]+\.conf$/i,
    /(?:^|\/)postgresql(?:\.auto)?\.conf$/i,
    /(?:^|\/)pgbouncer\.ini$/i,
];
const iniScanner = {
    id: "config/ini",
    family: "config",
    matches: (path) => !/(?:^|\/)haproxy[^/]*\.cfg$/i.test(path) && INI_PATHS.some((re) => re.test(path)),
    scan: scanIni,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/yaml-nodes.js
// Reading YAML config files as node trees with positions: one parse per file, and small
// accessors for maps, sequences and the exact digits of a port scalar.

/**
 * All documents of a stream. Readers walk the node tree and never follow an alias (nor call
 * `toJS`), so an alias bomb costs no more than its text; positions come from node ranges.
 */
function parseYamlStream(text) {
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false, prettyErrors: false });
    return { docs: Array.isArray(parsed) ? parsed : [] };
}
/** The first YAML error of a stream as a `parse-error` problem; true when there was one. */
function reportYamlErrors(stream, out, what) {
    for (const doc of stream.docs) {
        const error = doc.errors[0];
        if (!error)
            continue;
        const start = error.pos[0];
        out.problem("parse-error", start, Math.max(start + 1, error.pos[1]), `${what}: ${error.message.split("\n")[0]}`);
        return true;
    }
    return false;
}
/** The value under `key` of a map node (keys compare as written, or case-insensitively). */
function mapGet(node, key, ignoreCase = false) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const wanted = ignoreCase ? key.toLowerCase() : key;
    for (const pair of node.items) {
        const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        if (k === undefined)
            continue;
        if ((ignoreCase ? k.toLowerCase() : k) === wanted)
            return (pair.value ?? undefined);
    }
    return undefined;
}
/** `[key, value]` pairs of a map node with scalar keys. */
function mapEntries(node) {
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    const entries = [];
    for (const pair of node.items) {
        if ((0,dist/* isScalar */.jn)(pair.key))
            entries.push([String(pair.key.value), (pair.value ?? undefined)]);
    }
    return entries;
}
function seqItems(node) {
    return (0,dist/* isSeq */.oP)(node) ? node.items.filter((item) => item !== null) : [];
}
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}
/** Offset of a string scalar's content in the file (after the opening quote), when it maps one to one. */
function stringStart(node, text) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== "string" || !node.range)
        return undefined;
    const [start, end] = node.range;
    const raw = text.slice(start, end);
    const quoted = raw.startsWith('"') || raw.startsWith("'");
    const body = quoted ? raw.slice(1, -1) : raw;
    // Escapes or folded lines make offsets drift: only accept a body that is the value verbatim.
    if (body !== node.value)
        return undefined;
    return quoted ? start + 1 : start;
}
/** The digits of an integer (or digit-string) scalar: value and exact offsets in the file. */
function portScalar(node, text) {
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        return undefined;
    const value = node.value;
    const digits = typeof value === "number" && Number.isInteger(value) ? String(value) : typeof value === "string" && /^\d+$/.test(value) ? value : undefined;
    if (digits === undefined)
        return undefined;
    const [start, end] = node.range;
    const at = text.slice(start, end).indexOf(digits);
    if (at < 0)
        return undefined;
    return { start: start + at, end: start + at + digits.length };
}

;// CONCATENATED MODULE: ./lib/scan/scanners/config/kubernetes.js
// Kubernetes manifests (any YAML stream whose documents carry `apiVersion` and `kind`): container
// ports, host ports, Service ports, node ports, and `*_PORT` variables of container environments.


function protocolOf(port) {
    const value = scalarString(mapGet(port, "protocol"))?.toLowerCase();
    return value === "udp" ? "udp" : value === "sctp" ? "sctp" : "tcp";
}
const kubernetes_PORT_VAR = /(?:^|_)PORT$/i;
const MAX_DEPTH = 40;
/**
 * Helm and other templates (`{{ .Values.port }}`) are not YAML. Control lines become blanks and
 * inline placeholders become same-length filler, so what remains parses and keeps its columns.
 */
function blankTemplates(text) {
    if (!text.includes("{{"))
        return text;
    return text
        .split("\n")
        .map((line) => {
        if (/^\s*\{\{-?.*-?\}\}\s*\r?$/.test(line) && !/^\s*[\w"'-]+\s*:/.test(line))
            return line.replace(/[^\r]/g, " ");
        return line.replace(/\{\{.*?\}\}/g, (m) => "x".repeat(m.length));
    })
        .join("\n");
}
function scanWorkloadPorts(out, text, node, name, depth) {
    if (depth > MAX_DEPTH)
        return;
    for (const [key, value] of mapEntries(node)) {
        if ((key === "containers" || key === "initContainers" || key === "ephemeralContainers") && seqItems(value).length) {
            for (const container of seqItems(value))
                scanContainer(out, text, container, name);
        }
        else if (value && typeof value === "object") {
            scanWorkloadPorts(out, text, value, name, depth + 1);
        }
    }
    for (const item of seqItems(node))
        scanWorkloadPorts(out, text, item, name, depth + 1);
}
function scanContainer(out, text, container, name) {
    const meta = (extra) => {
        const containerName = scalarString(mapGet(container, "name"));
        return containerName ? { container: containerName, ...extra } : extra;
    };
    for (const port of seqItems(mapGet(container, "ports"))) {
        const protocol = protocolOf(port);
        const portName = scalarString(mapGet(port, "name"));
        const extra = portName ? { portName } : {};
        const containerPort = portScalar(mapGet(port, "containerPort"), text);
        if (containerPort)
            out.port(containerPort.start, containerPort.end, { kind: "target", side: "container", protocol, name, meta: meta(extra) });
        const hostPort = portScalar(mapGet(port, "hostPort"), text);
        if (hostPort) {
            out.port(hostPort.start, hostPort.end, {
                kind: "publish",
                side: "host",
                protocol,
                // hostIP narrows the binding; without it the node publishes on every interface.
                host: scalarString(mapGet(port, "hostIP")) ?? "",
                name,
                meta: meta(extra),
            });
        }
    }
    for (const variable of seqItems(mapGet(container, "env"))) {
        const varName = scalarString(mapGet(variable, "name"));
        if (!varName || !kubernetes_PORT_VAR.test(varName))
            continue;
        const value = portScalar(mapGet(variable, "value"), text);
        if (value)
            out.port(value.start, value.end, { kind: "assign", side: "container", envVar: varName, name, meta: meta({}) });
    }
}
function scanService(out, text, spec, name) {
    for (const port of seqItems(mapGet(spec, "ports"))) {
        const protocol = protocolOf(port);
        const portName = scalarString(mapGet(port, "name"));
        const meta = portName ? { portName } : undefined;
        const servicePort = portScalar(mapGet(port, "port"), text);
        // Cluster-internal: the Service's port is reachable inside the cluster only.
        if (servicePort)
            out.port(servicePort.start, servicePort.end, { kind: "target", side: "container", protocol, name, meta: { ...meta, servicePort: true } });
        // Named target ports (`targetPort: http`) name a container port declared elsewhere.
        const targetPort = portScalar(mapGet(port, "targetPort"), text);
        if (targetPort)
            out.port(targetPort.start, targetPort.end, { kind: "target", side: "container", protocol, name, meta });
        const nodePort = portScalar(mapGet(port, "nodePort"), text);
        if (nodePort)
            out.port(nodePort.start, nodePort.end, { kind: "publish", side: "host", protocol, host: "", name, meta });
    }
}
/** `apiVersion:` and `kind:` at the top level of some document. */
function looksLikeManifest(text) {
    return /^apiVersion:/m.test(text) && /^kind:/m.test(text);
}
function scanManifests(path, original) {
    const out = new RefCollector(path, original);
    if (!looksLikeManifest(original))
        return out.result();
    const templated = original.includes("{{");
    const text = blankTemplates(original);
    const stream = parseYamlStream(text);
    for (const doc of stream.docs) {
        const root = doc.contents;
        const kind = scalarString(mapGet(root, "kind"));
        if (!kind || scalarString(mapGet(root, "apiVersion")) === undefined)
            continue;
        const name = scalarString(mapGet(mapGet(root, "metadata"), "name"));
        const cleanName = name && !/x{3,}|[{}]/.test(name) ? name : undefined;
        if (kind === "Service")
            scanService(out, text, mapGet(root, "spec"), cleanName);
        else if (kind === "List") {
            for (const item of seqItems(mapGet(root, "items"))) {
                const itemKind = scalarString(mapGet(item, "kind"));
                const itemName = scalarString(mapGet(mapGet(item, "metadata"), "name"));
                if (itemKind === "Service")
                    scanService(out, text, mapGet(item, "spec"), itemName);
                else
                    scanWorkloadPorts(out, text, mapGet(item, "spec"), itemName, 0);
            }
        }
        else
            scanWorkloadPorts(out, text, mapGet(root, "spec"), cleanName, 0);
    }
    // A template's leftovers may not parse; that is the template engine's business, not ours.
    if (!templated)
        reportYamlErrors(stream, out, "invalid YAML in Kubernetes manifest");
    return out.result();
}
function scanKubernetes(path, text) {
    try {
        return scanManifests(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
/** YAML files that are certainly something else (and have their own readers or none). */
const NOT_MANIFEST = [
    /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i,
    /(?:^|\/)[^/]*ports\.ya?ml$/i,
    /(?:^|\/)\.github\//,
    /(?:^|\/)\.gitlab-ci\.ya?ml$/i,
    /(?:^|\/)pnpm-(?:lock|workspace)\.yaml$/i,
    /(?:^|\/)\.pre-commit-(?:config|hooks)\.ya?ml$/i,
    /(?:^|\/)(?:mkdocs|action|codecov|\.?readthedocs|\.?travis|dependabot|renovate|\.yarnrc|\.?golangci|Chart|values[^/]*|openapi[^/]*|swagger[^/]*)\.ya?ml$/i,
];
const kubernetesScanner = {
    id: "config/kubernetes",
    family: "config",
    matches: (path) => /\.ya?ml$/i.test(path) && !NOT_MANIFEST.some((re) => re.test(path)),
    scan: scanKubernetes,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/nginx.js
// nginx configuration (and its Jinja / envsubst templates): `listen` addresses, `proxy_pass` and
// the other `*_pass` upstreams, and `server` lines of `upstream` blocks.



/** Reads a template placeholder (`{{ x }}`, `{% x %}`, `{# x #}`) starting at i; returns its end. */
function placeholderEnd(text, i) {
    const closer = text[i + 1] === "{" ? "}}" : text[i + 1] === "%" ? "%}" : "#}";
    const close = text.indexOf(closer, i + 2);
    return close < 0 ? text.length : close + 2;
}
function isPlaceholderStart(text, i) {
    return text[i] === "{" && (text[i + 1] === "{" || text[i + 1] === "%" || text[i + 1] === "#");
}
/** Skips the Lua body of a `*_by_lua_block {`; returns the offset of its closing brace. */
function luaBlockEnd(text, open) {
    let depth = 1;
    let i = open + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === "-" && text[i + 1] === "-") {
            while (i < text.length && text[i] !== "\n")
                i++;
        }
        else if (ch === '"' || ch === "'") {
            i++;
            while (i < text.length && text[i] !== ch && text[i] !== "\n")
                i += text[i] === "\\" ? 2 : 1;
            i++;
        }
        else if (ch === "[" && /^\[=*\[/.test(text.slice(i, i + 8))) {
            const level = /^\[(=*)\[/.exec(text.slice(i, i + 8))[1];
            const close = text.indexOf(`]${level}]`, i);
            i = close < 0 ? text.length : close + level.length + 2;
        }
        else {
            if (ch === "{")
                depth++;
            else if (ch === "}" && --depth === 0)
                return i;
            i++;
        }
    }
    return text.length;
}
function nginxTokens(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        const previous = tokens[tokens.length - 1];
        if (ch === "{" && previous?.type === "word" && /_by_lua_block$/.test(previous.word.text)) {
            // Lua code is not nginx syntax: its strings and tables would unbalance the braces.
            const close = luaBlockEnd(text, i);
            tokens.push({ type: "open", at: i });
            if (close < text.length)
                tokens.push({ type: "close", at: close });
            i = close + 1;
        }
        else if (/\s/.test(ch)) {
            i++;
        }
        else if (ch === "#") {
            while (i < text.length && text[i] !== "\n")
                i++;
        }
        else if (isPlaceholderStart(text, i) && text[i + 1] !== "{") {
            // `{% if %}` / `{# … #}` are template control, not configuration.
            i = placeholderEnd(text, i);
        }
        else if (ch === "{" && !isPlaceholderStart(text, i)) {
            tokens.push({ type: "open", at: i });
            i++;
        }
        else if (ch === "}") {
            tokens.push({ type: "close", at: i });
            i++;
        }
        else if (ch === ";") {
            tokens.push({ type: "semi", at: i });
            i++;
        }
        else if (ch === '"' || ch === "'") {
            let value = "";
            let escaped = false;
            let k = i + 1;
            while (k < text.length && text[k] !== ch) {
                if (text[k] === "\\" && k + 1 < text.length) {
                    escaped = true;
                    value += text[k + 1];
                    k += 2;
                }
                else {
                    value += text[k];
                    k++;
                }
            }
            tokens.push({ type: "word", word: { text: value, start: i + 1, escaped } });
            i = k + 1;
        }
        else {
            const start = i;
            while (i < text.length) {
                const c = text[i];
                if (isPlaceholderStart(text, i))
                    i = placeholderEnd(text, i);
                else if (c === "$" && text[i + 1] === "{") {
                    const close = text.indexOf("}", i);
                    i = close < 0 ? text.length : close + 1;
                }
                else if (/\s/.test(c) || c === ";" || c === "{" || c === "}")
                    break;
                else
                    i++;
            }
            tokens.push({ type: "word", word: { text: text.slice(start, i), start, escaped: false } });
        }
    }
    return tokens;
}
const PASS = new Set(["proxy_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "grpc_pass", "memcached_pass"]);
function scanNginxText(path, text) {
    const out = new RefCollector(path, text);
    const stack = [];
    let words = [];
    const dial = (word, offset, host, port) => {
        const start = word.start + offset;
        const name = dialName(host);
        out.port(start, start + port.length, { kind: "dial", side: dialSide(host), name, meta: { dialHost: host } });
    };
    /** `host:port`, `[v6]:port` or a URL with a port, inside `word`. */
    const dialAddress = (word) => {
        if (word.escaped)
            return;
        const value = word.text;
        if (value.includes("://")) {
            const url = urlAt(value, 0);
            if (url?.port !== undefined)
                dial(word, url.portStart, url.host, url.port);
            return;
        }
        if (value.startsWith("unix:"))
            return;
        const parts = splitHostPort(value);
        if (parts.host !== undefined && isDigits(parts.port))
            dial(word, parts.portStart, parts.host, parts.port);
    };
    const statement = (ws) => {
        const directive = ws[0]?.text;
        const args = ws.slice(1);
        if (!directive || args.length === 0)
            return;
        const block = stack[stack.length - 1]?.name;
        if (directive === "listen") {
            const address = args[0];
            if (address.escaped || address.text.startsWith("unix:"))
                return;
            const parts = splitHostPort(address.text);
            if (!isDigits(parts.port))
                return;
            const udp = args.slice(1).some((a) => a.text === "udp" || a.text === "quic");
            const start = address.start + parts.portStart;
            out.port(start, start + parts.port.length, {
                kind: "listen",
                protocol: udp ? "udp" : "tcp",
                // No address: nginx listens on every interface.
                host: parts.host ?? "",
            });
        }
        else if (PASS.has(directive)) {
            dialAddress(args[0]);
        }
        else if (directive === "server" && block === "upstream") {
            dialAddress(args[0]);
        }
    };
    for (const token of nginxTokens(text)) {
        if (token.type === "word") {
            words.push(token.word);
        }
        else if (token.type === "semi") {
            statement(words);
            words = [];
        }
        else if (token.type === "open") {
            stack.push({ name: words[0]?.text ?? "", at: token.at });
            words = [];
        }
        else {
            if (words.length)
                statement(words);
            words = [];
            if (!stack.pop())
                out.problem("parse-error", token.at, token.at + 1, "unexpected '}' (no block is open)");
        }
    }
    const unclosed = stack[stack.length - 1];
    if (unclosed)
        out.problem("parse-error", unclosed.at, unclosed.at + 1, `'${unclosed.name || "{"}' block is never closed`);
    return out.result();
}
/** The text reads as nginx configuration: a block such as `server {` plus a directive. */
function looksLikeNginx(text) {
    return (/^\s*(?:server|http|upstream|events|stream|location|map|types)\b[^;{}\n]*\{/m.test(text) &&
        /^\s*(?:listen|proxy_pass|fastcgi_pass|uwsgi_pass|server_name|root|location|include)\s/m.test(text));
}
function scanNginx(path, text) {
    try {
        // php-fpm pools and supervisor programs often sit beside nginx configs with a `.conf` name.
        if (looksLikeIni(text) && !looksLikeNginx(text))
            return scanIni(path, text);
        return scanNginxText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const NOT_NGINX = /(?:^|\/)(?:fail2ban|filter\.d|jail\.d|action\.d|logrotate\.d|supervisor|supervisord\.d|php-fpm\.d|pool\.d)\//i;
/** Notes and data that sit in config folders (`sites-available/README.md`). */
const NOT_CONFIG = /\.(?:md|markdown|txt|rst|html?|json|ya?ml|bak|orig|swp|dpkg-old|dpkg-dist)$/i;
const NGINX_PATHS = [
    /(?:^|\/)nginx[^/]*\.conf(?:\.(?:template|j2|jinja2?|tmpl|erb))?$/i,
    /\.nginx(?:\.conf)?$/i,
    /\.nginxconf$/i,
    /(?:^|\/)sites-(?:available|enabled)\/[^/]+$/,
    /(?:^|\/)conf\.d\/[^/]+\.conf$/,
    /(?:^|\/)(?:http|stream)\.d\/[^/]+\.conf$/,
    /\.conf\.(?:template|j2|jinja2?|tmpl)$/i,
    /(?:^|\/)[^/]*nginx[^/]*\/(?:[^/]+\/)*[^/]+\.conf$/i,
];
const nginxScanner = {
    id: "config/nginx",
    family: "config",
    matches: (path) => !NOT_NGINX.test(path) && !NOT_CONFIG.test(path) && NGINX_PATHS.some((re) => re.test(path)),
    scan: scanNginx,
};
/**
 * Any other `*.conf`: read as nginx when it looks like nginx, as INI when it looks like INI, and
 * otherwise left alone (a `.conf` extension says little about the format).
 */
const sniffedConfScanner = {
    id: "config/conf",
    family: "config",
    matches: (path) => /\.conf$/i.test(path) && !NOT_NGINX.test(path),
    scan(path, text) {
        try {
            if (looksLikeNginx(text))
                return scanNginxText(path, text);
            if (looksLikeIni(text))
                return scanIni(path, text);
            return { refs: [], problems: [] };
        }
        catch (error) {
            return failedScan(path, error);
        }
    },
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/package-json.js
// package.json `scripts`: dev servers started with a port (`next dev -p 3001`, `vite --port 5173`,
// `PORT=3001 node server.js`). Positions are exact in the original JSON text, escapes included.


class JsonSyntaxError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
const ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
/** A small JSON reader that keeps source offsets for strings; anything malformed is a JsonSyntaxError. */
class JsonReader {
    text;
    pos = 0;
    depth = 0;
    constructor(text) {
        this.text = text;
        if (text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
    }
    document() {
        const value = this.value();
        this.space();
        if (this.pos < this.text.length)
            this.fail("unexpected text after the JSON value");
        return value;
    }
    fail(message) {
        throw new JsonSyntaxError(message, Math.min(this.pos, this.text.length));
    }
    space() {
        while (this.pos < this.text.length && /[ \t\r\n]/.test(this.text[this.pos]))
            this.pos++;
    }
    value() {
        this.space();
        const ch = this.text[this.pos];
        if (ch === "{")
            return this.object();
        if (ch === "[")
            return this.array();
        if (ch === '"')
            return this.string();
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 400));
        if (!literal)
            this.fail(ch === undefined ? "unexpected end of JSON" : `unexpected character ${JSON.stringify(ch)}`);
        this.pos += literal[0].length;
        return { type: "other" };
    }
    nest() {
        if (++this.depth > 512)
            this.fail("JSON nested too deeply");
    }
    object() {
        this.nest();
        this.pos++;
        const entries = [];
        this.space();
        if (this.text[this.pos] === "}") {
            this.pos++;
            this.depth--;
            return { type: "object", entries };
        }
        for (;;) {
            this.space();
            if (this.text[this.pos] !== '"')
                this.fail("expected a property name in double quotes");
            const key = this.string();
            this.space();
            if (this.text[this.pos] !== ":")
                this.fail("expected ':' after a property name");
            this.pos++;
            entries.push({ key, value: this.value() });
            this.space();
            const next = this.text[this.pos];
            this.pos++;
            if (next === "}")
                break;
            if (next !== ",") {
                this.pos--;
                this.fail("expected ',' or '}'");
            }
        }
        this.depth--;
        return { type: "object", entries };
    }
    array() {
        this.nest();
        this.pos++;
        this.space();
        if (this.text[this.pos] === "]") {
            this.pos++;
            this.depth--;
            return { type: "other" };
        }
        for (;;) {
            this.value();
            this.space();
            const next = this.text[this.pos];
            this.pos++;
            if (next === "]")
                break;
            if (next !== ",") {
                this.pos--;
                this.fail("expected ',' or ']'");
            }
        }
        this.depth--;
        return { type: "other" };
    }
    string() {
        this.pos++;
        let value = "";
        const offsets = [];
        for (;;) {
            const ch = this.text[this.pos];
            if (ch === undefined || ch === "\n")
                this.fail("unterminated string");
            if (ch === '"') {
                this.pos++;
                return { type: "string", value, offsets };
            }
            if (ch === "\\") {
                const esc = this.text[this.pos + 1];
                if (esc === "u") {
                    const hex = this.text.slice(this.pos + 2, this.pos + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail("bad \\u escape");
                    value += String.fromCharCode(parseInt(hex, 16));
                    offsets.push(this.pos);
                    this.pos += 6;
                }
                else if (esc !== undefined && esc in ESCAPES) {
                    value += ESCAPES[esc];
                    offsets.push(this.pos);
                    this.pos += 2;
                }
                else
                    this.fail("bad escape");
            }
            else {
                value += ch;
                offsets.push(this.pos);
                this.pos++;
            }
        }
    }
}
function get(node, key) {
    if (node.type !== "object")
        return undefined;
    // Like JSON.parse, the last duplicate wins.
    for (let i = node.entries.length - 1; i >= 0; i--)
        if (node.entries[i].key.value === key)
            return node.entries[i].value;
    return undefined;
}
function scanPackageText(path, text) {
    const out = new RefCollector(path, text);
    let root;
    try {
        root = new JsonReader(text).document();
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        out.problem("parse-error", error.at, error.at + 1, `invalid JSON in package.json: ${error.message}`);
        return out.result();
    }
    const nameNode = get(root, "name");
    const packageName = nameNode?.type === "string" ? nameNode.value.replace(/^@[^/]+\//, "") : undefined;
    const scripts = get(root, "scripts");
    if (scripts?.type !== "object")
        return out.result();
    for (const { key, value } of scripts.entries) {
        if (value.type !== "string")
            continue;
        for (const p of portsInCommand(value.value, { shellComments: true })) {
            const start = value.offsets[p.start];
            const end = value.offsets[p.end - 1] + 1;
            // Digits written with escapes cannot be pointed at exactly; no real script does that.
            if (end - start !== p.end - p.start)
                continue;
            const meta = { script: key.value, flag: p.via };
            if (p.dialHost !== undefined)
                meta.dialHost = p.dialHost;
            if (p.fromDefault)
                meta.fromDefault = true;
            out.port(start, end, {
                kind: p.kind,
                side: p.side,
                host: p.host,
                envVar: p.envVar,
                protocol: p.protocol,
                portEnd: p.portEnd,
                name: p.kind === "dial" ? undefined : packageName,
                meta,
            });
        }
    }
    return out.result();
}
function scanPackageJson(path, text) {
    try {
        return scanPackageText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const packageJsonScanner = {
    id: "config/package-json",
    family: "config",
    matches: (path) => /(?:^|\/)package\.json$/.test(path) && !/(?:^|\/)node_modules\//.test(path),
    scan: scanPackageJson,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/procfile.js
// Procfiles (`web: gunicorn --bind 0.0.0.0:5000 app:app`): ports in each process's command.


function scanProcfileText(path, text) {
    const out = new RefCollector(path, text);
    let lineStart = 0;
    for (const rawLine of text.split("\n")) {
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const here = lineStart;
        lineStart += rawLine.length + 1;
        const entry = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*/.exec(line);
        if (!entry)
            continue;
        const process = entry[1];
        const command = line.slice(entry[0].length);
        for (const p of portsInCommand(command, { shellComments: true })) {
            const start = here + entry[0].length + p.start;
            const meta = { flag: p.via, process };
            if (p.dialHost !== undefined)
                meta.dialHost = p.dialHost;
            if (p.fromDefault)
                meta.fromDefault = true;
            out.port(start, start + (p.end - p.start), {
                kind: p.kind,
                side: p.side,
                host: p.host,
                envVar: p.envVar,
                protocol: p.protocol,
                portEnd: p.portEnd,
                // `web`, `api`, `worker`: the process type is the name the platform gives the service.
                name: p.kind === "dial" ? undefined : process,
                meta,
            });
        }
    }
    return out.result();
}
function scanProcfile(path, text) {
    try {
        return scanProcfileText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const procfileScanner = {
    id: "config/procfile",
    family: "config",
    matches: (path) => /(?:^|\/)Procfile(?:\.[A-Za-z0-9_-]+)?$/.test(path),
    scan: scanProcfile,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/prometheus.js
// prometheus.yml: the `host:port` targets of static scrape and Alertmanager configs (dial).




function scanTargets(out, text, configs, job) {
    for (const config of seqItems(configs)) {
        for (const target of seqItems(mapGet(config, "targets"))) {
            const value = scalarString(target);
            const start = stringStart(target, text);
            if (value === undefined || start === undefined)
                continue;
            // Targets may carry a scheme or path in relabelled setups; the authority is what we read.
            const authority = value.replace(/^[a-z]+:\/\//i, "");
            const shift = value.length - authority.length;
            const parts = splitHostPort(authority.split("/")[0]);
            if (!isDigits(parts.port) || parts.host === undefined)
                continue;
            const at = start + shift + parts.portStart;
            out.port(at, at + parts.port.length, {
                kind: "dial",
                side: dialSide(parts.host),
                name: dialName(parts.host),
                meta: job ? { dialHost: parts.host, job } : { dialHost: parts.host },
            });
        }
    }
}
function scanPrometheus(path, text) {
    // `prometheus-deployment.yaml`, `traefik-service.yml`: Kubernetes objects named after the tool.
    if (looksLikeManifest(text))
        return scanKubernetes(path, text);
    const out = new RefCollector(path, text);
    try {
        const stream = parseYamlStream(text);
        if (reportYamlErrors(stream, out, "invalid YAML in Prometheus configuration"))
            return out.result();
        for (const doc of stream.docs) {
            const root = doc.contents;
            for (const scrape of seqItems(mapGet(root, "scrape_configs"))) {
                scanTargets(out, text, mapGet(scrape, "static_configs"), scalarString(mapGet(scrape, "job_name")));
            }
            for (const manager of seqItems(mapGet(mapGet(root, "alerting"), "alertmanagers"))) {
                scanTargets(out, text, mapGet(manager, "static_configs"), "alertmanager");
            }
        }
        return out.result();
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const prometheusScanner = {
    id: "config/prometheus",
    family: "config",
    matches: (path) => /(?:^|\/)prometheus(?:[._-][^/]*)?\.ya?ml$/i.test(path) && !/\.rules?\.ya?ml$/i.test(path),
    scan: scanPrometheus,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/redis.js
// redis.conf and sentinel.conf: `port` / `tls-port` with the `bind` addresses, and the masters
// and replicas it connects to (`replicaof`, `sentinel monitor`).




/** Whitespace-separated arguments of one line, quotes removed (redis allows "…" and '…'). */
function redis_lineArgs(line, lineStart) {
    const args = [];
    let i = 0;
    while (i < line.length) {
        while (i < line.length && /\s/.test(line[i]))
            i++;
        if (i >= line.length)
            break;
        const quote = line[i] === '"' || line[i] === "'" ? line[i] : undefined;
        const start = quote ? i + 1 : i;
        let end = start;
        if (quote) {
            end = line.indexOf(quote, start);
            if (end < 0)
                end = line.length;
            i = end + 1;
        }
        else {
            while (end < line.length && !/\s/.test(line[end]))
                end++;
            i = end;
        }
        args.push({ text: line.slice(start, end), start: lineStart + start });
    }
    return args;
}
const redis_DIGITS = /^\d+$/;
function scanRedisText(path, text) {
    const out = new RefCollector(path, text);
    const listens = [];
    let bind;
    let lineStart = 0;
    for (const rawLine of text.split("\n")) {
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const here = lineStart;
        lineStart += rawLine.length + 1;
        if (/^\s*(?:#|$)/.test(line))
            continue;
        const args = redis_lineArgs(line, here);
        const directive = args[0]?.text.toLowerCase();
        if (directive === "port" || directive === "tls-port") {
            if (args[1] && redis_DIGITS.test(args[1].text))
                listens.push(args[1]);
        }
        else if (directive === "bind" && args.length > 1 && bind === undefined) {
            // `-::1` marks an optional address; the widest address decides how exposed the server is.
            const addresses = args.slice(1).map((a) => a.text.replace(/^-/, ""));
            bind = addresses.find((a) => (0,hosts/* classifyHost */.R)(a) === "all" || a === "::*") ?? addresses[0];
        }
        else if ((directive === "replicaof" || directive === "slaveof") && args.length >= 3) {
            const host = args[1].text;
            const port = args[2];
            if (redis_DIGITS.test(port.text)) {
                out.port(port.start, port.start + port.text.length, { kind: "dial", side: dialSide(host), meta: { dialHost: host } });
            }
        }
        else if (directive === "sentinel" && args[1]?.text.toLowerCase() === "monitor" && args.length >= 5) {
            // sentinel monitor <name> <ip> <port> <quorum>
            const host = args[3].text;
            const port = args[4];
            if (redis_DIGITS.test(port.text)) {
                out.port(port.start, port.start + port.text.length, {
                    kind: "dial",
                    side: dialSide(host),
                    name: args[2].text,
                    meta: { dialHost: host },
                });
            }
        }
    }
    const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase().startsWith("sentinel") ? "sentinel" : "redis";
    for (const port of listens) {
        out.port(port.start, port.start + port.text.length, { kind: "listen", host: bind === "::*" ? "::" : bind, name });
    }
    out.refs.sort((a, b) => a.line - b.line || a.column - b.column);
    return out.result();
}
function scanRedis(path, text) {
    try {
        // `nginx/conf.d/redis.conf` is an nginx server block for redis, not a redis config.
        if (looksLikeNginx(text))
            return scanNginx(path, text);
        return scanRedisText(path, text);
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const redisScanner = {
    id: "config/redis",
    family: "config",
    matches: (path) => /(?:^|\/)(?:redis|sentinel|valkey|keydb)[^/]*\.conf(?:\.(?:template|j2|jinja2?|tmpl))?$/i.test(path),
    scan: scanRedis,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/systemd.js
// systemd units and drop-ins: ports in `ExecStart*` command lines, `Environment=` port variables,
// and `ListenStream=` / `ListenDatagram=` of socket units.



const UNIT = /(?:^|\/)[^/]+\.(?:service|socket)(?:\.(?:j2|jinja2?|template|tmpl|in))?$/i;
const DROP_IN = /(?:^|\/)[^/]+\.(?:service|socket)\.d\/[^/]+\.conf$/i;
/** Entries of a unit file: `[Section]` headers, `#`/`;` comments, backslash continuations. */
function unitEntries(text) {
    const entries = [];
    let section = "";
    const lines = [];
    let at = 0;
    for (const raw of text.split("\n")) {
        lines.push({ start: at, body: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
        at += raw.length + 1;
    }
    for (let n = 0; n < lines.length; n++) {
        const { start, body } = lines[n];
        const trimmed = body.trimStart();
        if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";"))
            continue;
        const header = /^\[([^\]]+)\]\s*$/.exec(trimmed);
        if (header) {
            section = header[1];
            continue;
        }
        const eq = body.indexOf("=");
        if (eq < 0)
            continue;
        const key = body.slice(0, eq).trim();
        let valueStart = eq + 1;
        while (valueStart < body.length && /\s/.test(body[valueStart]))
            valueStart++;
        let value = "";
        const offsets = [];
        let part = body.slice(valueStart);
        let partStart = start + valueStart;
        for (;;) {
            const continued = part.endsWith("\\");
            const kept = continued ? part.slice(0, -1) : part;
            for (let k = 0; k < kept.length; k++) {
                value += kept[k];
                offsets.push(partStart + k);
            }
            if (!continued || n + 1 >= lines.length)
                break;
            // systemd joins a continuation with a single space; comment lines inside are skipped.
            value += " ";
            offsets.push(partStart + kept.length);
            n++;
            while (n < lines.length && /^\s*[#;]/.test(lines[n].body))
                n++;
            if (n >= lines.length)
                break;
            part = lines[n].body;
            partStart = lines[n].start;
        }
        entries.push({ section, key, value, offsets });
    }
    return entries;
}
/** Words of an `Environment=` value: whitespace separated, `"…"` or `'…'` quoted. */
function environmentWords(value) {
    const words = [];
    let i = 0;
    while (i < value.length) {
        while (i < value.length && /\s/.test(value[i]))
            i++;
        if (i >= value.length)
            break;
        const quote = value[i] === '"' || value[i] === "'" ? value[i] : undefined;
        if (quote) {
            const close = value.indexOf(quote, i + 1);
            const end = close < 0 ? value.length : close;
            words.push({ text: value.slice(i + 1, end), at: i + 1 });
            i = end + 1;
        }
        else {
            let end = i;
            while (end < value.length && !/\s/.test(value[end]))
                end++;
            words.push({ text: value.slice(i, end), at: i });
            i = end;
        }
    }
    return words;
}
const EXEC = /^Exec(?:Start|StartPre|StartPost|Condition)$/;
const systemd_PORT_VAR = /(?:^|_)PORT$/i;
const LISTEN_VAR = /(?:^|_)(?:LISTEN|BIND)(?:_|$)|^ASPNETCORE_URLS$|^URLS$/i;
const DIAL_VAR = /(?:_|^)(?:ADDR|ADDRESS|HOST|HOSTPORT|SERVER|ENDPOINT)$/i;
function unitName(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    const dropIn = /([^/]+)\.(?:service|socket)\.d\/[^/]+$/i.exec(path);
    if (dropIn)
        return dropIn[1].replace(/@$/, "");
    return base.replace(/\.(?:service|socket)(?:\.[a-z0-9]+)?$/i, "").replace(/@$/, "");
}
function scanUnit(path, text) {
    const out = new RefCollector(path, text);
    const name = unitName(path);
    for (const entry of unitEntries(text)) {
        const source = (k) => entry.offsets[k];
        if (EXEC.test(entry.key)) {
            // Prefixes `-@:+!` change how systemd runs the command, not the command itself.
            const prefix = /^[-@:+!]*/.exec(entry.value)[0].length;
            const command = entry.value.slice(prefix);
            for (const p of portsInCommand(command)) {
                const start = source(prefix + p.start);
                const end = source(prefix + p.end - 1) + 1;
                if (end - start !== p.end - p.start)
                    continue;
                const meta = { flag: p.via };
                if (p.dialHost !== undefined)
                    meta.dialHost = p.dialHost;
                if (p.fromDefault)
                    meta.fromDefault = true;
                out.port(start, end, {
                    kind: p.kind,
                    side: p.side,
                    protocol: p.protocol,
                    host: p.host,
                    envVar: p.envVar,
                    name: p.kind === "dial" ? undefined : name,
                    portEnd: p.portEnd,
                    meta,
                });
            }
        }
        else if (entry.key === "Environment") {
            for (const word of environmentWords(entry.value)) {
                const eq = word.text.indexOf("=");
                if (eq <= 0)
                    continue;
                const variable = word.text.slice(0, eq);
                const value = word.text.slice(eq + 1);
                const valueAt = word.at + eq + 1;
                if (systemd_PORT_VAR.test(variable) && /^\d+$/.test(value)) {
                    out.port(source(valueAt), source(valueAt + value.length - 1) + 1, { kind: "assign", envVar: variable, name });
                    continue;
                }
                // `LISTEN_ADDR=:8080`, `ASPNETCORE_URLS=http://+:5000` say where the unit listens;
                // `REDIS_ADDR=localhost:6379`, `API_URL=http://api:4000` where it connects.
                const listens = LISTEN_VAR.test(variable);
                const addresses = address_urlsIn(value).map((url) => ({ host: url.host, port: url.port, at: url.portStart }));
                if (addresses.length === 0 && (listens || DIAL_VAR.test(variable))) {
                    const parts = splitHostPort(value);
                    if (parts.host !== undefined && parts.port !== undefined && /^\d+$/.test(parts.port)) {
                        addresses.push({ host: parts.host, port: parts.port, at: parts.portStart });
                    }
                }
                for (const address of addresses) {
                    const start = source(valueAt + address.at);
                    if (listens) {
                        const host = address.host === "+" || address.host === "*" ? "" : address.host;
                        out.port(start, start + address.port.length, { kind: "listen", host, envVar: variable, name });
                    }
                    else {
                        out.port(start, start + address.port.length, {
                            kind: "dial",
                            side: dialSide(address.host),
                            envVar: variable,
                            meta: { dialHost: address.host },
                        });
                    }
                }
            }
        }
        else if (entry.section === "Socket" && (entry.key === "ListenStream" || entry.key === "ListenDatagram")) {
            const value = entry.value.trim();
            if (value.startsWith("/") || value.startsWith("@") || value.startsWith("vsock:"))
                continue;
            const parts = splitHostPort(value);
            if (parts.port === undefined || !/^\d+$/.test(parts.port))
                continue;
            const start = source(parts.portStart);
            out.port(start, start + parts.port.length, {
                kind: "listen",
                protocol: entry.key === "ListenDatagram" ? "udp" : "tcp",
                // A bare port listens on every interface (dual-stack `[::]`).
                host: parts.host ?? "",
                name,
            });
        }
    }
    return out.result();
}
const systemdScanner = {
    id: "config/systemd",
    family: "config",
    matches: (path) => UNIT.test(path) || DROP_IN.test(path),
    scan(path, text) {
        try {
            return scanUnit(path, text);
        }
        catch (error) {
            return failedScan(path, error);
        }
    },
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/traefik.js
// Traefik static and file-provider configuration (YAML or TOML): entry point addresses (listen)
// and load-balancer server URLs / addresses (dial).




/** `:80`, `0.0.0.0:443`, `:53/udp` → a listen ref. */
function entryPointAddress(out, value, start, entryPoint) {
    let address = value;
    let protocol = "tcp";
    const proto = /\/(tcp|udp)$/i.exec(address);
    if (proto) {
        protocol = proto[1].toLowerCase();
        address = address.slice(0, proto.index);
    }
    const parts = splitHostPort(address);
    if (!isDigits(parts.port))
        return;
    const at = start + parts.portStart;
    out.port(at, at + parts.port.length, { kind: "listen", host: parts.host ?? "", protocol, meta: { entryPoint } });
}
/** A server `url` (`http://127.0.0.1:8000`) or TCP/UDP `address` (`db:5432`) → a dial ref. */
function serverAddress(out, value, start, protocol) {
    let host;
    let port;
    let portStart;
    if (value.includes("://")) {
        const url = urlAt(value, 0);
        if (!url)
            return;
        ({ host, port, portStart } = url);
    }
    else {
        const parts = splitHostPort(value);
        host = parts.host ?? "";
        ({ port, portStart } = parts);
    }
    if (!isDigits(port))
        return;
    const at = start + portStart;
    out.port(at, at + port.length, { kind: "dial", side: dialSide(host), protocol, name: dialName(host), meta: { dialHost: host } });
}
function scanYaml(out, text) {
    const stream = parseYamlStream(text);
    if (reportYamlErrors(stream, out, "invalid YAML in Traefik configuration"))
        return;
    for (const doc of stream.docs) {
        const root = doc.contents;
        for (const [name, entryPoint] of mapEntries(mapGet(root, "entryPoints", true))) {
            const address = mapGet(entryPoint, "address", true);
            const start = stringStart(address, text);
            if (start !== undefined)
                entryPointAddress(out, String(address.value), start, name);
        }
        for (const router of ["http", "tcp", "udp"]) {
            const protocol = router === "udp" ? "udp" : "tcp";
            for (const [, service] of mapEntries(mapGet(mapGet(root, router, true), "services", true))) {
                for (const server of seqItems(mapGet(mapGet(service, "loadBalancer", true), "servers", true))) {
                    const value = mapGet(server, "url", true) ?? mapGet(server, "address", true);
                    const start = stringStart(value, text);
                    if (start !== undefined)
                        serverAddress(out, String(value.value), start, protocol);
                }
            }
        }
    }
}
/**
 * TOML, line by line: `[table.path]` / `[[array.path]]` headers and `key = "string"` pairs
 * (dotted keys and one-line inline tables included). Enough for the keys read here.
 */
function scanToml(out, text) {
    let table = [];
    let lineStart = 0;
    for (const rawLine of text.split("\n")) {
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const here = lineStart;
        lineStart += rawLine.length + 1;
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
        if (header) {
            table = header[1].split(".").map((k) => k.trim().replace(/^["']|["']$/g, "").toLowerCase());
            continue;
        }
        // Keys start a line or follow `{` / `,` of an inline table; anchoring them keeps this linear.
        const pairs = /(?:^|[{,])\s*([A-Za-z0-9_.-]+)\s*=\s*(?:"([^"\\\n]*)"|'([^'\n]*)')/g;
        // Inline tables: `web = { address = ":80" }` puts `web` in front of the inner keys.
        const inline = /^\s*([A-Za-z0-9_.-]+)\s*=\s*\{/.exec(line);
        const prefix = inline ? inline[1].toLowerCase().split(".") : [];
        for (let m = pairs.exec(line); m; m = pairs.exec(line)) {
            const value = m[2] ?? m[3];
            const valueStart = here + m.index + m[0].length - value.length - 1;
            const key = [...table, ...(inline && m.index > inline.index + inline[1].length ? prefix : []), ...m[1].toLowerCase().split(".")];
            const last = key[key.length - 1];
            if (key.length === 3 && key[0] === "entrypoints" && last === "address") {
                entryPointAddress(out, value, valueStart, key[1]);
            }
            else if (key.includes("services") && key.includes("servers") && (last === "url" || last === "address")) {
                serverAddress(out, value, valueStart, key[0] === "udp" ? "udp" : "tcp");
            }
        }
    }
}
function scanTraefik(path, text) {
    // `prometheus-deployment.yaml`, `traefik-service.yml`: Kubernetes objects named after the tool.
    if (looksLikeManifest(text))
        return scanKubernetes(path, text);
    const out = new RefCollector(path, text);
    try {
        if (/\.toml$/i.test(path))
            scanToml(out, text);
        else
            scanYaml(out, text);
        return out.result();
    }
    catch (error) {
        return failedScan(path, error);
    }
}
const traefikScanner = {
    id: "config/traefik",
    family: "config",
    matches: (path) => /(?:^|\/)traefik(?:[._-][^/]*)?\.(?:ya?ml|toml)$/i.test(path) && !/(?:^|\/)(?:docker-)?compose/i.test(path),
    scan: scanTraefik,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/config/index.js
// The config family's scanners in match-priority order: specific names first, then formats
// recognised by extension, then the broad YAML and `.conf` readers that sniff content.












/**
 * First match wins. systemd drop-ins (`*.service.d/*.conf`), `haproxy.cfg` and `redis.conf` come
 * before the INI and nginx readers that would otherwise claim them; the Kubernetes reader takes
 * any YAML left (and reports nothing without `apiVersion`/`kind`), so it must stay after every
 * other family that reads YAML; any remaining `*.conf` is sniffed last.
 */
const configScanners = [
    systemdScanner,
    haproxyScanner,
    redisScanner,
    caddyfileScanner,
    traefikScanner,
    prometheusScanner,
    procfileScanner,
    packageJsonScanner,
    devServerScanner,
    iniScanner,
    nginxScanner,
    kubernetesScanner,
    sniffedConfScanner,
];

// EXTERNAL MODULE: ./lib/scan/scanners/env.js + 1 modules
var env = __webpack_require__(5008);
;// CONCATENATED MODULE: ./lib/scan/scanners/docker.js
// The docker family: Dockerfiles and Containerfiles. EXPOSE, port variables set by ENV/ARG, and
// ports that CMD, ENTRYPOINT and HEALTHCHECK listen on or dial — all container-side.

function isDockerfile(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    const lower = base.toLowerCase();
    if (lower === "dockerfile" || lower === "containerfile")
        return true;
    // `Dockerfile.dev`, `Dockerfile.prod` — but not `Dockerfile.md` notes or `.dockerignore` files.
    if (/^(?:dockerfile|containerfile)\.[\w.-]+$/i.test(base))
        return !/\.(?:md|txt|dockerignore|bak|orig|swp)$/i.test(base);
    return lower.endsWith(".dockerfile") || lower.endsWith(".containerfile");
}
const textOf = (chars) => chars.map((ch) => ch.c).join("");
/** Line starts for offset → 1-based line and column (UTF-16 code units, like editors). */
class Positions {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
function physicalLines(text) {
    const lines = [];
    let start = 0;
    for (;;) {
        const newline = text.indexOf("\n", start);
        const end = newline < 0 ? text.length : newline;
        const raw = text.slice(start, end);
        lines.push({ start, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return lines;
}
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const HEREDOC_INSTRUCTIONS = new Set(["RUN", "COPY", "ADD"]);
/** Where a heredoc ends: the first line at or after `from` that is exactly the delimiter. */
class HeredocTerminators {
    lines;
    exact;
    tabStripped;
    constructor(lines) {
        this.lines = lines;
    }
    find(delimiter, stripTabs, from) {
        // One index of all lines, built on first use, keeps files full of `<<EOF` linear.
        const index = stripTabs ? (this.tabStripped ??= this.build(true)) : (this.exact ??= this.build(false));
        const candidates = index.get(delimiter);
        if (!candidates)
            return undefined;
        let lo = 0;
        let hi = candidates.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (candidates[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        return candidates[lo];
    }
    build(stripTabs) {
        const index = new Map();
        this.lines.forEach((line, i) => {
            const key = stripTabs ? line.text.replace(/^\t+/, "") : line.text;
            const list = index.get(key);
            if (list)
                list.push(i);
            else
                index.set(key, [i]);
        });
        return index;
    }
}
function instructions(text) {
    const lines = physicalLines(text.startsWith("\uFEFF") ? " " + text.slice(1) : text);
    const result = [];
    const terminators = new HeredocTerminators(lines);
    let escape = "\\";
    let directives = true;
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const trimmed = line.text.trim();
        if (directives) {
            const directive = DIRECTIVE.exec(trimmed);
            if (directive) {
                if (directive[1].toLowerCase() === "escape" && (directive[2] === "`" || directive[2] === "\\"))
                    escape = directive[2];
                i++;
                continue;
            }
            directives = false;
        }
        if (trimmed === "" || trimmed.startsWith("#")) {
            i++;
            continue;
        }
        // Join continuation lines; comment and blank lines inside an instruction are dropped.
        const chars = [];
        let end = line.start + line.text.length;
        for (;;) {
            const current = lines[i];
            i++;
            const content = current.text.replace(/[ \t]+$/, "");
            const continued = content.endsWith(escape);
            const body = continued ? content.slice(0, -1) : current.text;
            for (let k = 0; k < body.length; k++)
                chars.push({ c: body[k], at: current.start + k });
            end = current.start + current.text.length;
            if (!continued)
                break;
            while (i < lines.length && /^\s*(#.*)?$/.test(lines[i].text))
                i++;
            // Docker joins continuation lines without a separator.
            if (i >= lines.length)
                break;
        }
        let k = 0;
        while (k < chars.length && /\s/.test(chars[k].c))
            k++;
        let w = k;
        while (w < chars.length && /[A-Za-z]/.test(chars[w].c))
            w++;
        const keyword = textOf(chars.slice(k, w)).toUpperCase();
        result.push({ keyword, args: chars.slice(w), start: line.start + k, end });
        // Heredoc bodies (`RUN <<EOF … EOF`) are not instructions. When a delimiter never shows up,
        // the `<<` was not a heredoc and the following lines are read normally.
        if (HEREDOC_INSTRUCTIONS.has(keyword)) {
            const argsText = textOf(chars.slice(w));
            HEREDOC.lastIndex = 0;
            let next = i;
            for (let m = HEREDOC.exec(argsText); m; m = HEREDOC.exec(argsText)) {
                const j = terminators.find(m[3], m[1] === "-", next);
                if (j === undefined)
                    break;
                next = j + 1;
            }
            i = next;
        }
    }
    return { escape, list: result };
}
const NAME_AT = /^[A-Za-z_][A-Za-z0-9_]*/;
/** `target.push(...items)` without the argument-count limit a spread hits on long inputs. */
function append(target, items) {
    for (const item of items)
        target.push(item);
}
/** Deeper `${A:-${B:-…}}` nesting than this is read as written rather than substituted. */
const MAX_NESTING = 32;
function tag(chars, via, dflt) {
    return chars.map((ch) => ({ ...ch, via, ...(dflt || ch.dflt ? { dflt: true } : {}) }));
}
/**
 * Splits `input` into words, removing quotes and escapes and substituting `$NAME`, `${NAME}`,
 * `${NAME:-default}`, `${NAME-default}`, `${NAME:+alt}`, `${NAME+alt}`. Null marks a command
 * separator when `operators` is set.
 */
function lex(input, options) {
    const words = [];
    let word = [];
    let inWord = false;
    const flush = () => {
        if (inWord)
            words.push(word);
        word = [];
        inWord = false;
    };
    let i = 0;
    const substitute = (start) => {
        // `input[start]` is `$`; returns the index after what was consumed.
        const next = input[start + 1]?.c;
        if (next === "{") {
            let depth = 0;
            let close = -1;
            for (let k = start + 1; k < input.length; k++) {
                if (input[k].c === "{")
                    depth++;
                else if (input[k].c === "}" && --depth === 0) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                append(word, input.slice(start));
                return input.length;
            }
            const inner = input.slice(start + 2, close);
            const innerText = textOf(inner);
            const name = NAME_AT.exec(innerText)?.[0];
            if (!name || (options.depth ?? 0) >= MAX_NESTING) {
                append(word, input.slice(start, close + 1));
                return close + 1;
            }
            const rest = innerText.slice(name.length);
            const value = options.lookup(name);
            const operator = /^(:?[-+?])/.exec(rest)?.[1];
            const operand = () => {
                const words = lex(inner.slice(name.length + operator.length), { ...options, split: false, operators: false, depth: (options.depth ?? 0) + 1 });
                return (words[0] ?? []);
            };
            if (rest === "") {
                if (value)
                    append(word, tag(value, name));
                else if (options.keepUnknown)
                    append(word, input.slice(start, close + 1));
            }
            else if (operator === ":-" || operator === "-") {
                const useDefault = operator === ":-" ? !value || value.length === 0 : value === undefined;
                if (useDefault)
                    append(word, tag(operand(), name, true));
                else
                    append(word, tag(value, name));
            }
            else if (operator === ":+" || operator === "+") {
                const present = operator === ":+" ? value !== undefined && value.length > 0 : value !== undefined;
                if (present)
                    append(word, operand());
            }
            else if (value) {
                append(word, tag(value, name));
            }
            else if (options.keepUnknown) {
                append(word, input.slice(start, close + 1));
            }
            inWord = true;
            return close + 1;
        }
        const rest = textOf(input.slice(start + 1, start + 65));
        const name = NAME_AT.exec(rest)?.[0];
        if (!name) {
            word.push(input[start]);
            inWord = true;
            return start + 1;
        }
        const value = options.lookup(name);
        if (value)
            append(word, tag(value, name));
        else if (options.keepUnknown)
            append(word, input.slice(start, start + 1 + name.length));
        inWord = true;
        return start + 1 + name.length;
    };
    while (i < input.length) {
        const ch = input[i];
        if (options.split && /\s/.test(ch.c)) {
            flush();
            i++;
            continue;
        }
        if (options.operators && /[;&|]/.test(ch.c)) {
            flush();
            if (words[words.length - 1] !== null)
                words.push(null);
            i += input[i + 1]?.c === ch.c ? 2 : 1;
            continue;
        }
        if (ch.c === options.escape) {
            if (i + 1 < input.length)
                word.push(input[i + 1]);
            inWord = true;
            i += 2;
            continue;
        }
        if (ch.c === "'") {
            inWord = true;
            const close = input.findIndex((c, k) => k > i && c.c === "'");
            const end = close < 0 ? input.length : close;
            append(word, input.slice(i + 1, end));
            i = end + 1;
            continue;
        }
        if (ch.c === '"') {
            inWord = true;
            i++;
            while (i < input.length && input[i].c !== '"') {
                const inner = input[i];
                if (inner.c === options.escape && i + 1 < input.length && /["\\$`]/.test(input[i + 1].c)) {
                    word.push(input[i + 1]);
                    i += 2;
                }
                else if (inner.c === "$") {
                    i = substitute(i);
                }
                else {
                    word.push(inner);
                    i++;
                }
            }
            i++;
            continue;
        }
        if (ch.c === "$") {
            i = substitute(i);
            continue;
        }
        word.push(ch);
        inWord = true;
        i++;
    }
    flush();
    return words;
}
/** `["a", "b"]` with each element's characters mapped to the file; undefined when not a JSON string array. */
function execForm(args) {
    let i = 0;
    const skip = () => {
        while (i < args.length && /\s/.test(args[i].c))
            i++;
    };
    skip();
    if (args[i]?.c !== "[")
        return undefined;
    i++;
    const elements = [];
    skip();
    if (args[i]?.c === "]") {
        i++;
        skip();
        return i === args.length ? elements : undefined;
    }
    for (;;) {
        skip();
        if (args[i]?.c !== '"')
            return undefined;
        i++;
        const element = [];
        for (;;) {
            const ch = args[i];
            if (!ch)
                return undefined;
            if (ch.c === '"')
                break;
            if (ch.c === "\\") {
                const next = args[i + 1]?.c;
                const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
                if (next !== undefined && simple[next] !== undefined) {
                    element.push({ c: simple[next], at: ch.at });
                    i += 2;
                    continue;
                }
                if (next === "u" && /^[0-9a-fA-F]{4}$/.test(textOf(args.slice(i + 2, i + 6)))) {
                    element.push({ c: String.fromCharCode(parseInt(textOf(args.slice(i + 2, i + 6)), 16)), at: ch.at });
                    i += 6;
                    continue;
                }
                return undefined;
            }
            element.push(ch);
            i++;
        }
        i++;
        elements.push(element);
        skip();
        if (args[i]?.c === ",") {
            i++;
            continue;
        }
        if (args[i]?.c !== "]")
            return undefined;
        i++;
        skip();
        return i === args.length ? elements : undefined;
    }
}
// ---------------------------------------------------------------------------------------------
// Commands: which flags and arguments are ports.
/** Flags whose value is a port: `--port`, `-p`, `-port` (Go), `--http-port`, `-Dserver.port`. */
const PORT_FLAG = /^(?:(?:http|https|listen|server|web|api|grpc|app|admin|metrics|ui|console|dashboard|jetty\.http|jetty|management\.server)[-._])?port$/;
/** Flags whose value is an address to bind: `--bind`, `-b`, `--listen`, `--console-address`, `--web.listen-address`. */
const BIND_FLAG = /^(?:b|bind|listen|addr|address|[\w.]+[-.](?:listen-address|listen-addr|address|addr|bind|listen))$/;
/** Flags whose value is the host the command listens on or dials: `--host 0.0.0.0`, `-H`, `--ip`. */
const HOST_FLAG = /^(?:host|hostname|h|ip|bind|b|listen-host|http-host|server\.address|address)$/;
/** Programs that dial rather than listen, so their `-p`/`--port` is a port they connect to. */
const docker_CLIENTS = new Set([
    "curl", "wget", "nc", "netcat", "ncat", "redis-cli", "psql", "pg_isready", "mysql", "mysqladmin", "mongo",
    "mongosh", "ssh", "telnet", "grpc_health_probe", "grpcurl", "http", "wait-for-it", "wait-for-it.sh", "dockerize",
]);
/** Programs whose `-p` is not a port (`mkdir -p`, `cp -p`, `tar -p`…). */
const P_IS_NOT_PORT = new Set([
    "mkdir", "cp", "mv", "install", "ln", "tar", "unzip", "patch", "rsync", "perl", "ruby", "ssh-keygen",
    "xargs", "ps", "pgrep", "pkill", "ulimit", "read", "chmod", "chown", "git", "pip", "pip3", "npm", "yarn",
]);
/** Commands that run the next word as the program. */
const docker_WRAPPERS = new Set(["exec", "sudo", "env", "nohup", "gosu", "su-exec", "tini", "dumb-init", "time", "--"]);
const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh"]);
const IP_OR_LOCAL = /^(?:localhost|0\.0\.0\.0|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[0-9a-fA-F:]*\]|::1?|\*)$/;
const ALL_INTERFACES = /^(?:0\.0\.0\.0|\[::\]|::|\*|)$/;
function flagOf(word) {
    const text = textOf(word);
    const java = /^-D([\w.-]+)=/.exec(text);
    if (java)
        return { name: java[1].toLowerCase(), dashes: 1, inline: word.slice(java[0].length) };
    const m = /^(-{1,2})([A-Za-z][\w.-]*)(=)?/.exec(text);
    if (!m)
        return undefined;
    const name = m[2];
    // Short options are case-sensitive (`-p` port, `-P` something else); long ones are not.
    const normal = name.length === 1 ? name : name.toLowerCase();
    return { name: normal, dashes: m[1].length, ...(m[3] ? { inline: word.slice(m[0].length) } : {}) };
}
function isPortFlag(flag) {
    if (flag.name === "p")
        return flag.dashes === 1;
    if (flag.name.length === 1)
        return false;
    return PORT_FLAG.test(flag.name);
}
function isBindFlag(flag) {
    if (flag.name === "b")
        return flag.dashes === 1;
    if (flag.name.length === 1)
        return false;
    return BIND_FLAG.test(flag.name);
}
function isHostFlag(flag) {
    if (flag.name.length === 1)
        return flag.dashes === 1 && ["h", "H", "b"].includes(flag.name);
    return HOST_FLAG.test(flag.name);
}
/** `8000`, `:8000`, `0.0.0.0:8000`, `[::]:8000`, `localhost:8000`: host (undefined when absent) and port offsets. */
function splitAddress(text) {
    const m = /^(?:(\[[0-9a-fA-F:.]*\]|[\w.*-]*):)?(\d+)$/.exec(text);
    if (!m)
        return undefined;
    const host = m[1];
    const portStart = text.length - m[2].length;
    return { ...(host !== undefined ? { host } : {}), portStart, portEnd: text.length };
}
function unbracket(host) {
    return host.replace(/^\[(.*)\]$/, "$1");
}
class DockerScan {
    file;
    escape;
    refs = [];
    problems = [];
    positions;
    globalArgs = new Map();
    stage;
    stages = new Map();
    /** The instruction being read: refs only point inside it, or at a variable's definition (EXPOSE). */
    current;
    constructor(file, text, escape) {
        this.file = file;
        this.escape = escape;
        this.positions = new Positions(text);
    }
    located(start, end) {
        const a = this.positions.at(start);
        const b = this.positions.at(Math.max(start, end));
        return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** The span of `chars` when they are written contiguously in the file; undefined otherwise. */
    spanOf(chars) {
        if (chars.length === 0)
            return undefined;
        for (let k = 1; k < chars.length; k++)
            if (chars[k].at !== chars[k - 1].at + 1)
                return undefined;
        return this.located(chars[0].at, chars[chars.length - 1].at + 1);
    }
    inside(chars) {
        const instruction = this.current;
        return chars.every((ch) => ch.at >= instruction.start && ch.at < instruction.end);
    }
    /** Build-time variables: ENV wins over ARG, as in Docker. */
    buildLookup = (name) => this.stage?.env.get(name) ?? (this.stage ? this.stage.args.get(name) : this.globalArgs.get(name));
    /** What a running container sees: only ENV. */
    runtimeLookup = (name) => this.stage?.env.get(name);
    lex(args, lookup, split = true) {
        return lex(args, { escape: this.escape, lookup, keepUnknown: false, split, operators: false }).filter((w) => w !== null);
    }
    addRef(digits, fields, outside = false) {
        const last = fields.portEnd ?? digits;
        const whole = fields.portEnd ? [...digits, ...this.between(digits, fields.portEnd)] : digits;
        if (!outside && !this.inside(whole))
            return;
        const span = this.spanOf(whole) ?? this.spanOf(digits);
        if (!span)
            return;
        const port = Number(textOf(digits));
        const portEnd = fields.portEnd ? Number(textOf(last)) : undefined;
        if (port > 65535 || (portEnd !== undefined && (portEnd > 65535 || portEnd < port))) {
            const written = fields.portEnd ? `${textOf(digits)}-${textOf(last)}` : textOf(digits);
            this.problems.push({ ...span, kind: "invalid-port", message: `${written} is not a valid port (1-65535)` });
            return;
        }
        if (port === 0)
            return;
        const via = digits[0].via;
        const envVar = fields.envVar ?? (via && digits.every((ch) => ch.via === via) ? via : undefined);
        const meta = { ...fields.meta };
        if (digits.some((ch) => ch.dflt))
            meta.fromDefault = true;
        this.refs.push({
            ...span,
            family: "docker",
            kind: fields.kind,
            side: "container",
            port,
            ...(portEnd !== undefined ? { portEnd } : {}),
            protocol: fields.protocol ?? "tcp",
            ...(fields.host !== undefined ? { host: fields.host } : {}),
            ...(envVar ? { envVar } : {}),
            ...(Object.keys(meta).length > 0 ? { meta } : {}),
        });
    }
    /** The characters written between two runs (the `-` of a range), when contiguous. */
    between(a, b) {
        const from = a[a.length - 1].at + 1;
        const to = b[0].at;
        if (to - from !== 1)
            return b;
        return [{ c: "-", at: from }, ...b];
    }
    run(list) {
        for (const instruction of list) {
            this.current = instruction;
            switch (instruction.keyword) {
                case "FROM":
                    this.from(instruction.args);
                    break;
                case "ARG":
                    this.arg(instruction.args);
                    break;
                case "ENV":
                    this.env(instruction.args);
                    break;
                case "EXPOSE":
                    this.expose(instruction.args);
                    break;
                case "CMD":
                case "ENTRYPOINT":
                    this.command(instruction.args, "listen");
                    break;
                case "HEALTHCHECK":
                    this.healthcheck(instruction.args);
                    break;
            }
        }
    }
    from(args) {
        const words = this.lex(args, (name) => this.globalArgs.get(name)).map(textOf).filter((w) => !w.startsWith("--"));
        const base = this.stages.get((words[0] ?? "").toLowerCase());
        // A stage built on an earlier stage inherits its environment.
        this.stage = { env: new Map(base?.env ?? []), args: new Map() };
        if (words[1]?.toLowerCase() === "as" && words[2])
            this.stages.set(words[2].toLowerCase(), this.stage);
    }
    arg(args) {
        for (const word of this.lex(args, this.buildLookup)) {
            const eq = word.findIndex((ch) => ch.c === "=");
            const name = textOf(eq < 0 ? word : word.slice(0, eq));
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                continue;
            const scope = this.stage ? this.stage.args : this.globalArgs;
            if (eq < 0) {
                // `ARG PORT` inside a stage brings the global default into scope.
                const global = this.globalArgs.get(name);
                if (this.stage && global)
                    scope.set(name, global);
                continue;
            }
            const value = word.slice(eq + 1);
            scope.set(name, value);
            this.assign(name, value);
        }
    }
    env(args) {
        const text = textOf(args);
        const first = /^\s*([^\s=]+)(=?)/.exec(text);
        if (!first)
            return;
        if (!first[2]) {
            // Legacy `ENV NAME value with spaces`: one pair, the value is the rest of the line.
            const afterName = first[0].length;
            let k = afterName;
            while (k < args.length && /\s/.test(args[k].c))
                k++;
            const value = this.lex(args.slice(k), this.buildLookup, false)[0] ?? [];
            this.setEnv(first[1], value);
            return;
        }
        for (const word of this.lex(args, this.buildLookup)) {
            const eq = word.findIndex((ch) => ch.c === "=");
            if (eq <= 0)
                continue;
            this.setEnv(textOf(word.slice(0, eq)), word.slice(eq + 1));
        }
    }
    setEnv(name, value) {
        if (!this.stage)
            this.stage = { env: new Map(), args: new Map() };
        this.stage.env.set(name, value);
        if (this.assign(name, value))
            return;
        // Option strings (`JAVA_OPTS="-agentlib:jdwp=…address=*:5005"`) and URLs the image will dial.
        this.tokens(splitBlanks(value), "listen", { envVar: name, onlyAddresses: !/(?:OPTS|OPTIONS|ARGS|FLAGS)$/i.test(name) });
    }
    /** `ENV PORT=3000`, `ARG PORT=8000`: a port variable set to digits written in this instruction. */
    assign(name, value) {
        const kind = (0,env/* portVariableKind */.io)(name);
        if (!kind)
            return false;
        const text = textOf(value);
        if (/^\d+$/.test(text)) {
            this.addRef(value, { kind: "assign", envVar: name });
            return true;
        }
        if (kind === "list" && /^\d+(?:-\d+)?(?:[,; ]+\d+(?:-\d+)?)*$/.test(text)) {
            const ITEM = /(\d+)(?:-(\d+))?/g;
            for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
                const digits = value.slice(m.index, m.index + m[1].length);
                const end = m[2] ? value.slice(m.index + m[1].length + 1, m.index + m[0].length) : undefined;
                this.addRef(digits, { kind: "assign", envVar: name, ...(end ? { portEnd: end } : {}) });
            }
            return true;
        }
        return false;
    }
    expose(args) {
        // Unknown variables stay as written, so `EXPOSE $PORT/tcp` without a value is skipped, not an error.
        const words = lex(args, { escape: this.escape, lookup: this.buildLookup, keepUnknown: true, split: true, operators: false });
        for (const word of words.flatMap((w) => (w ? splitBlanks(w) : []))) {
            const text = textOf(word);
            if (text.includes("$"))
                continue;
            const m = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(text);
            const span = this.spanOf(word) ?? this.spanOf(word.filter((ch) => /\d/.test(ch.c)));
            if (!m) {
                if (span && this.inside(word)) {
                    this.problems.push({ ...span, kind: "invalid-port", message: `EXPOSE ${text} is not a port, a port range or port/protocol` });
                }
                continue;
            }
            const protocol = (m[3] ?? "tcp").toLowerCase();
            if (protocol !== "tcp" && protocol !== "udp" && protocol !== "sctp") {
                if (span)
                    this.problems.push({ ...span, kind: "invalid-port", message: `EXPOSE ${text}: unknown protocol ${m[3]} (tcp, udp or sctp)` });
                continue;
            }
            const digits = word.slice(0, m[1].length);
            const end = m[2] ? word.slice(m[1].length + 1, m[1].length + 1 + m[2].length) : undefined;
            // A port reached through `$PORT` is reported where its value is written (the ARG/ENV default).
            this.addRef(digits, { kind: "target", protocol: protocol, ...(end ? { portEnd: end } : {}) }, true);
        }
    }
    healthcheck(args) {
        const text = textOf(args);
        const m = /^\s*((?:--[\w-]+(?:=\S*)?\s+)*)CMD\b/i.exec(text);
        if (!m)
            return;
        this.command(args.slice(m[0].length), "dial");
    }
    command(args, role) {
        const exec = execForm(args);
        if (exec) {
            this.tokens(exec, role, {});
            return;
        }
        const words = lex(args, { escape: "\\", lookup: this.runtimeLookup, keepUnknown: true, split: true, operators: true });
        this.tokens(words, role, {});
    }
    /** Finds ports in one command line (words, null between commands). */
    tokens(words, role, options) {
        let segment = [];
        for (const word of [...words, null]) {
            if (word !== null) {
                segment.push(word);
                continue;
            }
            if (segment.length > 0)
                this.segment(segment, role, options);
            segment = [];
        }
    }
    segment(words, role, options) {
        const texts = words.map(textOf);
        let p = 0;
        while (p < texts.length && (docker_WRAPPERS.has(texts[p]) || /^[A-Za-z_]\w*=/.test(texts[p])))
            p++;
        const program = (texts[p] ?? "").slice((texts[p] ?? "").lastIndexOf("/") + 1);
        if (SHELLS.has(program)) {
            const c = texts.indexOf("-c", p + 1);
            if (c >= 0 && words[c + 1]) {
                this.tokens(lex(words[c + 1], { escape: "\\", lookup: this.runtimeLookup, keepUnknown: true, split: true, operators: true }), role, options);
                return;
            }
        }
        const kind = role === "dial" || docker_CLIENTS.has(program) ? "dial" : "listen";
        const used = new Set();
        // The host a server binds (`--host 0.0.0.0`, `-b 0.0.0.0`) or a client dials (`-h localhost`).
        let commandHost;
        if (!options.onlyAddresses) {
            for (let k = 0; k < words.length; k++) {
                const flag = flagOf(words[k]);
                if (!flag || !isHostFlag(flag))
                    continue;
                const value = flag.inline ? textOf(flag.inline) : texts[k + 1];
                if (value !== undefined && IP_OR_LOCAL.test(value)) {
                    commandHost = unbracket(value);
                    if (!flag.inline)
                        used.add(k + 1);
                    break;
                }
            }
        }
        const hostFields = (host) => kind === "listen" ? (host !== undefined ? { host } : {}) : host !== undefined ? { meta: { dialHost: host } } : {};
        for (let k = 0; k < words.length; k++) {
            if (used.has(k))
                continue;
            const word = words[k];
            const flag = options.onlyAddresses ? undefined : flagOf(word);
            const portFlag = flag !== undefined && isPortFlag(flag) && !(flag.name === "p" && P_IS_NOT_PORT.has(program));
            if (flag && (portFlag || isBindFlag(flag))) {
                const valueChars = flag.inline ?? (k + 1 < words.length && !texts[k + 1].startsWith("-") ? words[k + 1] : undefined);
                const address = valueChars ? splitAddress(textOf(valueChars)) : undefined;
                if (valueChars && address && (address.host !== undefined || portFlag || /^(?:bind|listen|b)$/.test(flag.name))) {
                    if (!flag.inline)
                        used.add(k + 1);
                    const digits = valueChars.slice(address.portStart, address.portEnd);
                    const host = address.host !== undefined ? unbracket(address.host) : commandHost;
                    // `--redis-address=redis:6379` names a server elsewhere: the command dials it.
                    const dials = kind === "dial" || (host !== undefined && host !== "" && !IP_OR_LOCAL.test(host));
                    const fields = dials ? { kind: "dial", ...(host !== undefined ? { meta: { dialHost: host } } : {}) } : { kind, ...hostFields(host) };
                    this.addRef(digits, { ...fields, ...(options.envVar ? { envVar: options.envVar } : {}) });
                    continue;
                }
            }
            this.wordPorts(word, kind, texts[k - 1], options);
        }
        // `nc -z localhost 6379`: host and port as plain arguments.
        if (["nc", "netcat", "ncat"].includes(program)) {
            const positional = words.slice(p + 1).filter((w, k) => !used.has(k + p + 1) && !textOf(w).startsWith("-"));
            const [host, port] = positional;
            if (host && port && /^\d+$/.test(textOf(port)))
                this.addRef(port, { kind: "dial", meta: { dialHost: unbracket(textOf(host)) } });
        }
    }
    /** URLs, `0.0.0.0:8000`-style binds and JDWP agent addresses inside one word. */
    wordPorts(word, kind, previous, options) {
        const text = textOf(word);
        const jdwp = /(?:jdwp[=:]|-Xrunjdwp:)[^\s]*?\baddress=(?:([\w.*\[\]:-]*):)?(\d+)/.exec(text);
        if (jdwp) {
            const start = jdwp.index + jdwp[0].length - jdwp[2].length;
            const host = jdwp[1];
            this.addRef(word.slice(start, start + jdwp[2].length), {
                kind: "listen",
                ...(host !== undefined ? { host: unbracket(host) } : {}),
                ...(options.envVar ? { envVar: options.envVar } : {}),
                meta: { debugger: "jdwp" },
            });
        }
        const servesHere = previous === "runserver" || previous === "-S";
        for (const found of (0,env/* findValuePorts */.pC)(text)) {
            const digits = word.slice(found.start, found.start + found.digits.length);
            const host = unbracket(found.host);
            const isUrl = text.lastIndexOf("://", found.start) >= 0;
            // A bare all-interfaces address is a bind; `runserver 127.0.0.1:8000` and `php -S` bind too.
            const binds = !isUrl && (servesHere || (kind === "listen" && ALL_INTERFACES.test(found.host)));
            const fields = binds ? { kind: "listen", host } : { kind: "dial", meta: { dialHost: host } };
            const envVar = found.defaultOf ?? options.envVar;
            this.addRef(digits, { ...fields, protocol: found.protocol, ...(envVar ? { envVar } : {}) });
        }
    }
}
/** Splits a word on blanks that came from a substitution (`EXPOSE $PORTS` with PORTS="80 443"). */
function splitBlanks(word) {
    const parts = [];
    let current = [];
    for (const ch of word) {
        if (/\s/.test(ch.c)) {
            if (current.length)
                parts.push(current);
            current = [];
        }
        else
            current.push(ch);
    }
    if (current.length)
        parts.push(current);
    return parts;
}
function scanDockerfile(path, text) {
    const parsed = instructions(text);
    const scan = new DockerScan(path, text, parsed.escape);
    scan.run(parsed.list);
    return { refs: scan.refs, problems: scan.problems };
}
const dockerScanner = {
    id: "docker",
    family: "docker",
    matches: isDockerfile,
    scan(path, text) {
        try {
            return scanDockerfile(path, text);
        }
        catch (error) {
            // A scanner never throws: an unexpected failure is reported against the file.
            const message = `could not read ${path} as a Dockerfile: ${error instanceof Error ? error.message : String(error)}`;
            return { refs: [], problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message }] };
        }
    },
};

// EXTERNAL MODULE: ./lib/docs/markers.js
var markers = __webpack_require__(4200);
// EXTERNAL MODULE: ./lib/docs/parse-markdown.js
var parse_markdown = __webpack_require__(4336);
;// CONCATENATED MODULE: ./lib/scan/scanners/markdown.js
// Markdown scanner: rows of port tables (header-mapped columns) and `localhost:NNNN`-style mentions.
// Positions come from the mdast tree of the real parser, refined against the source text.


/** Offsets → 1-based line and column (UTF-16 code units), for `\n`, `\r\n` and lone `\r` endings. */
class OffsetIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                this.starts.push(i + 1);
        }
    }
    point(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    span(start, end) {
        const a = this.point(start);
        const b = this.point(end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}
/** Header text, lower case, punctuation other than `(s)` folded to spaces. */
function normaliseHeader(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9()]+/g, " ")
        .trim();
}
const HEADER_ROLES = [
    ["hostPort", /^host ports?( ?\(s\))?$/],
    ["port", /^(ports?|port ?\(s\)|port numbers?|port no)$/],
    ["service", /^(services?|service name|name|components?|app|application)$/],
    ["variable", /^(environment variables?|env|env vars?|env variables?|variables?|variable name|configurable|configurable via|config variable)$/],
    ["access", /^(access|exposure|exposed|bound to|bind|binding|bind address|listen address)$/],
    ["protocol", /^(protocol|proto)$/],
];
function headerRole(text) {
    const header = normaliseHeader(text);
    return HEADER_ROLES.find(([, pattern]) => pattern.test(header))?.[0];
}
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/** `CONTIMG_API_PORT` yes; `No (hardcoded)`, `grafana.ini`, `Auto` no. */
function looksLikeEnvVar(word) {
    return ENV_NAME.test(word) && (word.includes("_") || word.endsWith("PORT"));
}
/** The variable a cell names: a code span holding one, or a leading env-like word (`REDIS_PORT (standard)`). */
function cellEnvVar(cell) {
    for (const child of cell.children) {
        if (child.type === "inlineCode" && looksLikeEnvVar(child.value.trim()))
            return child.value.trim();
    }
    const text = (0,parse_markdown/* plainText */.w)(cell).trim();
    const first = /^\$?\{?([A-Za-z0-9_]+)\}?/.exec(text)?.[1];
    return first !== undefined && looksLikeEnvVar(first) ? first : undefined;
}
/** The access column in the registry's words; undefined when it says something else ("Dev only"). */
function normaliseAccess(text) {
    const t = text.toLowerCase();
    if (/\bpublic(ly)?\b|\binternet\b|0\.0\.0\.0|all interfaces/.test(t))
        return "public";
    if (/\bprivate\b|\blan\b|\bvpn\b/.test(t))
        return "private";
    if (/\blocalhost\b|\bloopback\b|127\.0\.0\.1|::1/.test(t))
        return "localhost";
    if (/\binternal\b|container network|docker network|no host port/.test(t))
        return "internal";
    return undefined;
}
/** tcp or udp when the protocol column says so (HTTP and friends run on TCP). */
function normaliseProtocol(text) {
    const t = text.toLowerCase();
    const udp = /\budp\b|\bquic\b/.test(t);
    const tcp = /\btcp\b|\bhttps?\b|\bwss?\b|\bgrpc\b|\bh2c?\b/.test(t);
    if (udp && !tcp)
        return "udp";
    if (tcp && !udp)
        return "tcp";
    return undefined;
}
/** Markup characters that do not change what a port cell says; blanked so offsets stay exact. */
const TRANSPARENT = /[*_`~\\[\]]/g;
/** A port or a range, optionally after a bind address, optionally with a protocol. */
const PORT_TOKEN = /(?:(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]*\]):)?:?(\d+)(?:\s*[-–]\s*(\d+))?(?:\/(tcp|udp))?/gi;
/** What may stand between ports in a cell: separators and a few words. */
const FILLER = /^(?:[\s,;/|+&:]|\b(?:or|and|port|ports|tcp|udp|https?)\b)*$/i;
/**
 * The ports a port cell lists (`8000`, `**8000**`, `` `8000` ``, `8000, 8001`, `3211-3220`,
 * `53/udp`), offsets into the source. A cell holding anything else (`Auto`, `FIXED`) lists none;
 * parenthesised remarks (`8000 (was 8001)`) are ignored.
 */
function parsePortCell(source, from, to) {
    let text = source.slice(from, to).replace(TRANSPARENT, " ");
    text = text.replace(/<[^>]*>/g, (tag) => " ".repeat(tag.length));
    let previous;
    do {
        previous = text;
        text = text.replace(/\([^()]*\)/g, (group) => " ".repeat(group.length));
    } while (text !== previous);
    const ports = [];
    let last = 0;
    for (const match of text.matchAll(PORT_TOKEN)) {
        const index = match.index;
        if (!FILLER.test(text.slice(last, index)))
            return undefined;
        // Numbers glued to letters (`v2`, `8000abc`) are not ports.
        const before = text[index - 1];
        const after = text[index + match[0].length];
        if ((before && /[A-Za-z0-9.]/.test(before)) || (after && /[A-Za-z0-9.]/.test(after)))
            return undefined;
        const digits = match[1];
        const digitsStart = index + match[0].indexOf(digits);
        const end = index + match[0].length - (match[3] ? match[3].length + 1 : 0);
        const entry = { start: from + digitsStart, end: from + end, port: Number(digits) };
        if (match[2] !== undefined)
            entry.portEnd = Number(match[2]);
        if (match[3])
            entry.protocol = match[3].toLowerCase();
        ports.push(entry);
        last = index + match[0].length;
    }
    if (!FILLER.test(text.slice(last)))
        return undefined;
    return ports;
}
/** `localhost:8000`, `127.0.0.1:8000`, `0.0.0.0:8000`, `[::1]:8000` — not `traefik.localhost:8080`. */
const MENTION = /(?<![\w.-])(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):(\d{1,5})(?!\w)/gi;
function tableColumns(table) {
    const header = table.children[0];
    if (!header)
        return undefined;
    const found = {};
    header.children.forEach((cell, index) => {
        const role = headerRole((0,parse_markdown/* plainText */.w)(cell));
        if (role && found[role] === undefined)
            found[role] = index;
    });
    const port = found.hostPort ?? found.port;
    if (port === undefined)
        return undefined;
    const columns = { port };
    if (found.service !== undefined)
        columns.service = found.service;
    if (found.variable !== undefined)
        columns.variable = found.variable;
    if (found.access !== undefined)
        columns.access = found.access;
    if (found.protocol !== undefined)
        columns.protocol = found.protocol;
    return columns;
}
/** The source range of a cell's content (pipes and padding excluded); empty cells have none. */
function cellContent(cell) {
    const first = cell.children[0]?.position?.start.offset;
    const last = cell.children[cell.children.length - 1]?.position?.end.offset;
    return first === undefined || last === undefined ? undefined : [first, last];
}
class MarkdownScan {
    file;
    text;
    skip;
    refs = [];
    problems = [];
    index;
    /** Port cells already read as table rows, so mentions inside them are not counted twice. */
    portCells = new Set();
    constructor(file, text, 
    /** Offsets of the generated region, skipped (it is checked for staleness instead). */
    skip) {
        this.file = file;
        this.text = text;
        this.skip = skip;
        this.index = new OffsetIndex(text);
    }
    at(start, end) {
        return { file: this.file, ...this.index.span(start, end) };
    }
    skipped(node) {
        const offset = node.position?.start.offset;
        return this.skip !== undefined && offset !== undefined && offset >= this.skip[0] && offset < this.skip[1];
    }
    visit(node) {
        if (this.skipped(node))
            return;
        switch (node.type) {
            case "table":
                this.table(node);
                break;
            case "text":
            case "inlineCode":
            case "code":
                this.mentions(node);
                return;
            case "link":
            case "definition":
                this.linkUrl(node);
                break;
            default:
                break;
        }
        if ("children" in node)
            for (const child of node.children)
                if (!this.portCells.has(child))
                    this.visit(child);
    }
    table(table) {
        const columns = tableColumns(table);
        if (!columns)
            return;
        for (const row of table.children.slice(1)) {
            const portCell = row.children[columns.port];
            const range = portCell ? cellContent(portCell) : undefined;
            if (!portCell || !range)
                continue;
            const ports = parsePortCell(this.text, range[0], range[1]);
            if (!ports)
                continue;
            this.portCells.add(portCell);
            const meta = {};
            let name;
            const serviceCell = columns.service !== undefined ? row.children[columns.service] : undefined;
            const serviceRange = serviceCell ? cellContent(serviceCell) : undefined;
            if (serviceCell && serviceRange) {
                name = (0,parse_markdown/* plainText */.w)(serviceCell).replace(/\s+/g, " ").trim() || undefined;
                meta.label = this.text.slice(serviceRange[0], serviceRange[1]);
            }
            const variableCell = columns.variable !== undefined ? row.children[columns.variable] : undefined;
            const envVar = variableCell ? cellEnvVar(variableCell) : undefined;
            const variableRange = variableCell ? cellContent(variableCell) : undefined;
            if (variableRange) {
                meta.variableText = this.text.slice(variableRange[0], variableRange[1]);
                meta.variableAt = this.index.span(variableRange[0], variableRange[1]);
            }
            const accessCell = columns.access !== undefined ? row.children[columns.access] : undefined;
            const accessRange = accessCell ? cellContent(accessCell) : undefined;
            if (accessCell && accessRange) {
                const access = normaliseAccess((0,parse_markdown/* plainText */.w)(accessCell));
                if (access)
                    meta.access = access;
                meta.accessText = (0,parse_markdown/* plainText */.w)(accessCell).trim();
                meta.accessAt = this.index.span(accessRange[0], accessRange[1]);
            }
            const protocolCell = columns.protocol !== undefined ? row.children[columns.protocol] : undefined;
            const columnProtocol = protocolCell ? normaliseProtocol((0,parse_markdown/* plainText */.w)(protocolCell)) : undefined;
            for (const entry of ports) {
                const at = this.at(entry.start, entry.end);
                const invalid = [entry.port, entry.portEnd].some((p) => p !== undefined && (p < 1 || p > 65535));
                if (invalid || (entry.portEnd !== undefined && entry.portEnd < entry.port)) {
                    const written = this.text.slice(entry.start, entry.end);
                    this.problems.push({ ...at, kind: "invalid-port", message: `"${written}" in a port table is not a port (1-65535) or port range` });
                    continue;
                }
                const protocol = entry.protocol ?? columnProtocol;
                const ref = {
                    ...at,
                    family: "markdown",
                    kind: "docs",
                    side: "host",
                    port: entry.port,
                    protocol: protocol ?? "tcp",
                    meta: { ...meta, ...(protocol ? { protocolExplicit: true } : {}) },
                };
                if (entry.portEnd !== undefined && entry.portEnd !== entry.port)
                    ref.portEnd = entry.portEnd;
                if (envVar)
                    ref.envVar = envVar;
                if (name)
                    ref.name = name;
                this.refs.push(ref);
            }
        }
    }
    /** Mentions in the source of a text, code span or code block (offsets are exact there). */
    mentions(node) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined)
            return;
        this.mentionsIn(start, end);
    }
    /** A link's destination lies after its text in the source: `[API](http://localhost:8000)`. */
    linkUrl(node) {
        const end = node.position?.end.offset;
        if (end === undefined)
            return;
        const children = "children" in node ? node.children : [];
        const afterText = children.length > 0 ? children[children.length - 1].position?.end.offset : node.position?.start.offset;
        if (afterText !== undefined)
            this.mentionsIn(afterText, end);
    }
    mentionsIn(start, end) {
        const source = this.text.slice(start, end);
        for (const match of source.matchAll(MENTION)) {
            const port = Number(match[2]);
            if (port < 1 || port > 65535)
                continue;
            const portStart = start + match.index + match[1].length + 1;
            this.refs.push({
                ...this.at(portStart, portStart + match[2].length),
                family: "markdown",
                kind: "dial",
                side: "host",
                port,
                protocol: "tcp",
                meta: { dialHost: match[1].toLowerCase() },
            });
        }
    }
}
/** Files that record the past on purpose: an old port there is history, not drift. */
const HISTORY = /(^|\/)(changelog|changes|history|release[-_ ]?notes)[^/]*$/i;
/**
 * Could this text hold anything the scanner reports: a table line naming a port column, a
 * loopback `host:port` mention, or a port map (markers or a generated file)? Most Markdown holds
 * none of these, and parsing is by far the costliest step, so such files are not parsed at all.
 */
const WORTH_PARSING = /^[^\n]*\|[^\n]*\bports?\b|(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):\d|portcullis:(?:begin|end)|Generated by portcullis/im;
function scanMarkdown(file, text) {
    if (!WORTH_PARSING.test(text))
        return { refs: [], problems: [] };
    let tree;
    try {
        tree = (0,parse_markdown/* parseMarkdown */.D)(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { refs: [], problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, kind: "parse-error", message: `cannot parse Markdown: ${message}` }] };
    }
    const region = (0,markers/* findPortMapRegion */.Lj)(text, tree);
    if (region.kind === "whole") {
        const index = new OffsetIndex(text);
        const firstLine = /^[^\r\n]*/.exec(text)[0].length;
        return {
            refs: [],
            problems: [],
            portMap: { file, ...index.span(0, firstLine), embedded: false, headingDepth: 2, text },
        };
    }
    const scan = new MarkdownScan(file, text, region.kind === "embedded" ? [region.beginStart, region.endEnd] : undefined);
    scan.visit(tree);
    const result = { refs: scan.refs, problems: scan.problems };
    if (region.kind === "embedded") {
        const index = new OffsetIndex(text);
        result.portMap = {
            file,
            ...index.span(region.beginStart, region.beginEnd),
            embedded: true,
            headingDepth: region.headingDepth,
            text: text.slice(region.contentStart, region.contentEnd),
        };
    }
    else if (region.kind === "broken") {
        const index = new OffsetIndex(text);
        result.problems.push({ file, ...index.span(region.start, region.end), kind: "parse-error", message: region.message });
    }
    return result;
}
const markdownScanner = {
    id: "markdown",
    family: "markdown",
    matches: (path) => /\.(md|markdown)$/i.test(path) && !HISTORY.test(path),
    scan: scanMarkdown,
};

;// CONCATENATED MODULE: ./lib/scan/scanners/index.js
// Every scanner, in classification order: the first whose `matches` accepts a path reads it.





// Structured families first; configuration formats before generic source code, whose patterns
// are the loosest.
const scanners = [composeScanner, env/* envScanner */.kM, dockerScanner, markdownScanner, ...configScanners];
/** The scanner that reads `path`, or undefined when Portcullis has nothing to look for there. */
function classify(path) {
    for (const scanner of scanners)
        if (scanner.matches(path))
            return scanner;
    return undefined;
}


/***/ })

};

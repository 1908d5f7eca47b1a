// The git index as a FileSource: what `git commit` is about to record, read through one
// long-lived `git cat-file --batch`, so a pre-commit check judges staged content, never the tree.
// Light on purpose (no engine imports): a caller may start it before loading the engine.

import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_DOCS_OUTPUT } from "../registry/find-config.js";
import type { FileSource } from "./discover.js";

/** One stage-0 entry of the index (or the new side of a staged change). */
export interface IndexEntry {
  /** Relative to the source root, `/` separators (`../x` for an entry outside it). */
  path: string;
  /** Octal mode as git prints it: 100644, 100755, 120000 (symlink), 160000 (submodule). */
  mode: string;
  oid: string;
}

const SYMLINK = "120000";
const GITLINK = "160000";

/** Only regular files have content worth reading; a symlink's blob is its target, never followed. */
export function isRegularFile(entry: IndexEntry): boolean {
  return entry.mode !== SYMLINK && entry.mode !== GITLINK;
}

/**
 * The environment git subprocesses run with. A hook inherits GIT_INDEX_FILE (a temporary index
 * for `git commit <paths>`), and maybe GIT_DIR: made absolute, as our git runs in another folder.
 * Pathspec-wide magic from the environment would change how our `:(literal)` pathspecs parse.
 */
export function gitEnv(cwd: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const name of ["GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR"]) {
    const value = out[name];
    if (value && !path.isAbsolute(value)) out[name] = path.resolve(cwd, value);
  }
  for (const name of ["GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"]) {
    delete out[name];
  }
  // Reading only: never take index.lock to refresh stat data (git commit holds it while hooks run).
  out.GIT_OPTIONAL_LOCKS = "0";
  return out;
}

/** A pathspec matching exactly `file`, whatever characters its name holds. */
export function literalPathspec(file: string): string {
  return `:(literal)${file}`;
}

/**
 * Parses `git diff --raw -z --no-abbrev` output: `:<old mode> <new mode> <old oid> <new oid> <status>`
 * NUL path NUL (renames and copies: NUL source NUL destination NUL). Returns the new side.
 */
export function parseRawDiff(output: Buffer): IndexEntry[] {
  const fields = output.toString("utf8").split("\0");
  const entries: IndexEntry[] = [];
  for (let i = 0; i < fields.length; ) {
    const header = fields[i++]!;
    if (!header.startsWith(":")) continue;
    const [, newMode, , newOid, status] = header.slice(1).split(" ");
    const twoPaths = status?.startsWith("R") || status?.startsWith("C");
    if (twoPaths) i++;
    const file = fields[i++];
    if (file === undefined || !newMode || !newOid) break;
    entries.push({ path: file, mode: newMode, oid: newOid });
  }
  return entries;
}

/** Parses `git ls-files --stage -z`: `<mode> <oid> <stage>\t<path>` NUL; keeps stage 0 only. */
export function parseLsFilesStage(output: Buffer): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const record of output.toString("utf8").split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [mode, oid, stage] = record.slice(0, tab).split(" ");
    if (stage !== "0" || !mode || !oid) continue;
    entries.push({ path: record.slice(tab + 1), mode, oid });
  }
  return entries;
}

/**
 * Files whose staged content differs from HEAD (added, copied, modified, renamed), relative to
 * `cwd`. Plumbing (`diff-index`), not `git diff`, which outside a repository turns into `--no-index`.
 * Before the first commit there is no HEAD: everything staged is compared with the empty tree.
 */
export async function stagedEntries(cwd: string, env?: NodeJS.ProcessEnv): Promise<IndexEntry[]> {
  const diff = (tree: string) =>
    git(cwd, ["diff-index", "--cached", "--raw", "-z", "--no-abbrev", "--relative", "--diff-filter=ACMR", tree, "--"], env);
  try {
    return parseRawDiff(await diff("HEAD"));
  } catch (error) {
    if (!(error instanceof GitError) || !/bad revision 'HEAD'|unknown revision/.test(error.message)) throw error;
    const emptyTree = (await git(cwd, ["hash-object", "-t", "tree", "--stdin"], env, "")).toString("utf8").trim();
    return parseRawDiff(await diff(emptyTree));
  }
}

/** Index entries matching `pathspecs` (relative to `cwd`); none given means none, not all. */
export async function indexEntries(cwd: string, pathspecs: readonly string[], env?: NodeJS.ProcessEnv): Promise<IndexEntry[]> {
  if (pathspecs.length === 0) return [];
  const out = await git(cwd, ["ls-files", "--stage", "-z", "--", ...pathspecs], env);
  return parseLsFilesStage(out);
}

/** git failed (not a repository, unknown revision…); the message is git's own. */
export class GitError extends Error {
  override name = "GitError";
}

/**
 * Runs git with an argument array (no shell ever sees a file name); rejects with git's message.
 * `quietFailure` lists exit codes that only mean "nothing found" (git grep exits 1 then): empty output.
 */
export function git(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = gitEnv(cwd),
  input?: string,
  quietFailure: readonly number[] = [],
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    if (input !== undefined) child.stdin!.end(input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else if (code !== null && quietFailure.includes(code) && err.length === 0) resolve(Buffer.alloc(0));
      else reject(new GitError(Buffer.concat(err).toString("utf8").trim() || `git ${args[0]} exited with ${code}`));
    });
  });
}

interface Pending {
  resolve(value: Buffer | undefined): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch` process answering object ids in order. Its output is binary-safe
 * framing: `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing\n` (also `ambiguous`).
 */
export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Size and type of the object whose content is being received; undefined while a header is due. */
  private body: { size: number; blob: boolean } | undefined;
  private failure: Error | undefined;
  private closed = false;
  private outgoing: string[] = [];

  constructor(cwd: string, env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn("git", ["cat-file", "--batch"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    const stderr: Buffer[] = [];
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    this.child.stdin.on("error", (error) => this.fail(error));
    this.child.on("error", (error) => this.fail(error));
    this.child.on("close", (code) => {
      const detail = Buffer.concat(stderr).toString("utf8").trim();
      this.fail(new Error(detail || `git cat-file exited with ${code ?? "a signal"}`));
    });
  }

  /** The blob's bytes; undefined when the object is missing or is not a blob. */
  read(oid: string): Promise<Buffer | undefined> {
    if (!/^[0-9a-f]{40,64}$/i.test(oid)) return Promise.reject(new Error(`not an object id: ${JSON.stringify(oid)}`));
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("blob reader is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      // Requests made in one tick go out in one write: a write per id costs a system call each.
      if (this.outgoing.length === 0) process.nextTick(() => this.flush());
      this.outgoing.push(`${oid}\n`);
    });
  }

  private flush(): void {
    const text = this.outgoing.join("");
    this.outgoing = [];
    if (text && !this.failure) this.child.stdin.write(text);
  }

  /** Ends the process once answered; pending reads still complete. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    this.child.stdin.end();
  }

  private fail(error: Error): void {
    // After a deliberate close, the process ending is expected, not a failure of anything pending.
    if (this.closed && this.queue.length === 0) return;
    this.failure ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (!this.body) {
        const data = this.flatten();
        const newline = data.indexOf(0x0a);
        if (newline < 0) return;
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
      if (this.buffered < this.body.size + 1) return;
      const data = this.flatten();
      const content = Buffer.from(data.subarray(0, this.body.size));
      const blob = this.body.blob;
      this.consume(this.body.size + 1);
      this.body = undefined;
      this.queue.shift()?.resolve(blob ? content : undefined);
    }
  }

  /** All buffered bytes as one buffer (joined once per frame, so large blobs cost linear time). */
  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(bytes: number): void {
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
export class IndexSnapshot {
  readonly root: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly blobs: BlobReader;
  private readonly known = new Map<string, IndexEntry | null>();
  /** Contents kept after reading: staged files, prefetched names and registry files (code frames, rereads). */
  private readonly contents = new Map<string, Buffer | undefined>();
  private readonly retained = new Set<string>();
  private readonly stagedList: Promise<IndexEntry[]>;
  private readonly context: Promise<IndexEntry[]>;
  private readonly prefetched: readonly string[];
  private everything: Promise<IndexEntry[]> | undefined;

  /**
   * Starts the staged diff, the context listing and the cat-file process at once, so they run
   * while the caller loads whatever it needs. `prefetch` names extra files (ports.yaml, PORTS.md).
   */
  constructor(root: string, options: { env?: NodeJS.ProcessEnv; cwd?: string; prefetch?: readonly string[] } = {}) {
    this.root = path.resolve(root);
    this.env = gitEnv(options.cwd ?? process.cwd(), options.env ?? process.env);
    this.stagedList = stagedEntries(this.root, this.env);
    this.prefetched = options.prefetch ?? [];
    for (const file of this.prefetched) this.retained.add(file);
    this.context = indexEntries(this.root, [...this.prefetched.map(literalPathspec), ...CONTEXT_PATHSPECS], this.env);
    // Errors surface from the awaits that use these; this only keeps them from going unhandled.
    this.stagedList.catch(() => undefined);
    this.context.catch(() => undefined);
    this.blobs = new BlobReader(this.root, this.env);
  }

  /** Staged files (added, copied, modified, renamed), new side, relative to root. */
  async staged(): Promise<IndexEntry[]> {
    const entries = await this.stagedList;
    for (const entry of entries) {
      this.known.set(entry.path, entry);
      this.retained.add(entry.path);
    }
    return entries;
  }

  /** Index entries matching the context pathspecs (compose files, `.env` files) and the prefetched names. */
  async contextEntries(): Promise<IndexEntry[]> {
    const entries = await this.context;
    for (const entry of entries) if (!this.known.has(entry.path)) this.known.set(entry.path, entry);
    for (const file of this.prefetched) if (!this.known.has(file)) this.known.set(file, null);
    return entries;
  }

  /** Every stage-0 entry of the index under root (costly on large repositories: only when needed). */
  async all(): Promise<IndexEntry[]> {
    this.everything ??= indexEntries(this.root, ["."], this.env).then((entries) => {
      for (const entry of entries) if (!this.known.has(entry.path)) this.known.set(entry.path, entry);
      return entries;
    });
    return this.everything;
  }

  /** The index entries of `files` (missing ones are absent from the map), one git call for all unknown. */
  async entries(files: readonly string[]): Promise<Map<string, IndexEntry>> {
    await this.staged();
    if (files.some((file) => !this.known.has(file))) await this.contextEntries();
    const unknown = [...new Set(files.filter((file) => !this.known.has(file)))];
    if (unknown.length > 0) {
      const found = await indexEntries(this.root, unknown.map(literalPathspec), this.env);
      for (const file of unknown) this.known.set(file, null);
      for (const entry of found) this.known.set(entry.path, entry);
    }
    const result = new Map<string, IndexEntry>();
    for (const file of files) {
      const entry = this.known.get(file);
      if (entry) result.set(file, entry);
    }
    return result;
  }

  /**
   * Index files (under root) whose staged content holds any of `needles` (fixed strings, any case),
   * among those matching `pathspecs`: `git grep --cached`, which reads the blobs in git itself.
   */
  async grep(needles: readonly string[], pathspecs: readonly string[]): Promise<string[]> {
    const patterns = needles.flatMap((needle) => ["-e", needle]);
    const out = await git(this.root, ["grep", "--cached", "-l", "-z", "-I", "-i", "-F", ...patterns, "--", ...pathspecs], this.env, undefined, [1]);
    return out.toString("utf8").split("\0").filter((file) => file.length > 0);
  }

  /** Staged bytes of a regular file; undefined when not in the index, a symlink or a submodule. */
  async read(file: string): Promise<Buffer | undefined> {
    if (this.contents.has(file)) return this.contents.get(file);
    const entry = (await this.entries([file])).get(file);
    const bytes = entry && isRegularFile(entry) ? await this.blobs.read(entry.oid) : undefined;
    // A whole-index check reads every file once: keeping them all would hold the repository in memory.
    if (this.retained.has(file)) this.contents.set(file, bytes);
    return bytes;
  }

  /** Text already read of a kept file (for code frames after the reader is closed). */
  textOf(file: string): string | undefined {
    return this.contents.get(file)?.toString("utf8");
  }

  /**
   * A registry reader: the staged text of files in the index; the disk for everything else
   * (installed packages, files outside the repository, a symlinked registry).
   */
  readonly readText = async (absolute: string): Promise<string | undefined> => {
    const rel = path.relative(this.root, absolute).split(path.sep).join("/");
    const entry = (await this.entries([rel])).get(rel);
    this.retained.add(rel);
    if (entry && isRegularFile(entry)) return (await this.read(rel))?.toString("utf8");
    return readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
      throw error;
    });
  };

  /** A FileSource listing `files` and reading them from the index. */
  source(files: readonly string[]): FileSource {
    const list = [...new Set(files)].sort();
    return { root: this.root, list: async () => list, read: (file) => this.read(file) };
  }

  close(): void {
    this.blobs.close();
  }
}

/**
 * The snapshot a staged check of the project at `root` reads, started now: with the registry file
 * `config` (absolute) and the default port map prefetched, as the check reads both.
 */
export function stagedSnapshot(root: string, config: string, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): IndexSnapshot {
  const absRoot = path.resolve(root);
  const configRel = path.relative(absRoot, path.resolve(absRoot, config)).split(path.sep).join("/");
  return new IndexSnapshot(absRoot, { ...options, prefetch: [configRel, DEFAULT_DOCS_OUTPUT] });
}

// `github:owner/repo/path@ref` sources: parsed, fetched through the GitHub contents API with a token
// that is sent but never printed, and kept for the rest of the process so no source is fetched twice.

import path from "node:path";

export interface GitHubFile {
  owner: string;
  repo: string;
  /** Path inside the repository, `/` separators, no leading slash. */
  path: string;
  /** Branch, tag or commit; the default branch when absent. */
  ref?: string;
}

export interface GitHubAccess {
  /** Sent as a bearer token; empty or absent: no Authorization header. */
  token?: string;
  /** REST API base, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string;
}

export const DEFAULT_GITHUB_API_URL = "https://api.github.com";

/** Registry files are small; a larger answer is a mistake (or an attack), not a registry. */
const MAX_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const REPO = /^[A-Za-z0-9._-]+$/;

/** A problem with a GitHub source; the message names the source and never holds the token. */
export class GitHubSourceError extends Error {
  override name = "GitHubSourceError";
}

/** The canonical spelling: `github:owner/repo/path@ref` (no `@ref` for the default branch). */
export function gitHubSourceName(file: GitHubFile): string {
  return `github:${file.owner}/${file.repo}/${file.path}${file.ref !== undefined ? `@${file.ref}` : ""}`;
}

/** Parses what follows `github:`; throws GitHubSourceError saying what is expected. */
export function parseGitHubSource(rest: string): GitHubFile {
  const expected = "expected github:owner/repo/path/to/ports.yaml@ref";
  // The ref is after the last `@` of the path part (a ref may hold `/`, a path may not hold `@ref`).
  const firstSlash = rest.indexOf("/");
  const at = rest.lastIndexOf("@");
  const hasRef = at > firstSlash && firstSlash >= 0;
  const location = hasRef ? rest.slice(0, at) : rest;
  const ref = hasRef ? rest.slice(at + 1) : undefined;
  const [owner = "", repo = "", ...segments] = location.split("/");
  if (!OWNER.test(owner)) throw new GitHubSourceError(`${owner ? `invalid owner ${JSON.stringify(owner)}` : "no owner"}; ${expected}`);
  if (!REPO.test(repo) || repo === "." || repo === "..") throw new GitHubSourceError(`${repo ? `invalid repository ${JSON.stringify(repo)}` : "no repository"}; ${expected}`);
  const filePath = segments.join("/");
  if (!filePath) throw new GitHubSourceError(`no file path in the repository; ${expected}`);
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new GitHubSourceError(`invalid path ${JSON.stringify(filePath)}; ${expected}`);
  }
  if (ref !== undefined && (ref === "" || /[\s\u0000-\u001f\u007f]/.test(ref))) {
    throw new GitHubSourceError(`invalid ref ${JSON.stringify(ref)}; ${expected}`);
  }
  return { owner, repo, path: filePath, ...(ref !== undefined ? { ref } : {}) };
}

/**
 * A path written in a GitHub-hosted registry, relative to that file: the same repository and ref.
 * Throws GitHubSourceError when it is absolute or leaves the repository.
 */
export function resolveGitHubRelative(from: GitHubFile, relative: string): GitHubFile {
  const written = relative.replace(/\\/g, "/");
  if (written.startsWith("/") || path.win32.isAbsolute(relative)) {
    throw new GitHubSourceError(`an absolute path cannot be read from ${gitHubSourceName(from)}; use a path relative to it`);
  }
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), written));
  if (joined === ".." || joined.startsWith("../")) {
    throw new GitHubSourceError(`${relative} leaves ${from.owner}/${from.repo} (from ${gitHubSourceName(from)})`);
  }
  return { owner: from.owner, repo: from.repo, path: joined, ...(from.ref !== undefined ? { ref: from.ref } : {}) };
}

/** The token and API base the environment gives: GITHUB_TOKEN, GITHUB_API_URL. */
export function gitHubAccess(options: { githubToken?: string; githubApiUrl?: string }, env: NodeJS.ProcessEnv = process.env): GitHubAccess {
  const token = options.githubToken ?? env.GITHUB_TOKEN;
  const apiUrl = options.githubApiUrl ?? (env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL);
  return { ...(token ? { token } : {}), apiUrl };
}

const fetched = new Map<string, Promise<string>>();

/** Forgets every fetched source (the next load fetches again). */
export function clearGitHubCache(): void {
  fetched.clear();
}

/**
 * The text of a file on GitHub. Each source is fetched once per process (per API base): a second
 * registry naming it, or a second load, gets the same text. Failures are not kept, so a retry
 * (with another token, say) fetches again. Throws GitHubSourceError.
 */
export function fetchGitHubFile(file: GitHubFile, access: GitHubAccess): Promise<string> {
  const key = `${access.apiUrl}\0${gitHubSourceName(file)}`;
  let pending = fetched.get(key);
  if (!pending) {
    pending = fetchOnce(file, access);
    fetched.set(key, pending);
    pending.catch(() => fetched.delete(key));
  }
  return pending;
}

async function fetchOnce(file: GitHubFile, access: GitHubAccess): Promise<string> {
  const name = gitHubSourceName(file);
  const fail = (message: string): never => {
    throw new GitHubSourceError(scrub(message, access.token));
  };
  let base: URL;
  try {
    base = new URL(access.apiUrl);
    if (base.protocol !== "https:" && base.protocol !== "http:") throw new Error("not http(s)");
  } catch {
    return fail(`cannot read ${name}: the GitHub API URL ${JSON.stringify(access.apiUrl)} is not an http(s) URL`);
  }
  const encoded = [file.owner, file.repo].map(encodeURIComponent).join("/");
  const filePath = file.path.split("/").map(encodeURIComponent).join("/");
  const url = new URL(`${base.href.replace(/\/+$/, "")}/repos/${encoded}/contents/${filePath}`);
  if (file.ref !== undefined) url.searchParams.set("ref", file.ref);

  const headers: Record<string, string> = {
    accept: "application/vnd.github.raw",
    "x-github-api-version": "2022-11-28",
    "user-agent": "portcullis",
  };
  if (access.token) headers.authorization = `Bearer ${access.token}`;

  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return fail(`cannot fetch ${name} from ${base.host}: ${networkReason(error)}`);
  }
  let body: string;
  try {
    body = await readCapped(response);
  } catch (error) {
    return fail(`cannot fetch ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.ok) return decodeContents(name, response, body, fail);

  const said = githubMessage(body);
  const detail = said ? `: ${said}` : "";
  const status = response.status;
  const repo = `${file.owner}/${file.repo}`;
  if (status === 404) {
    const hint = access.token
      ? `; check the owner, repository, path and ref, and that the token can read ${repo}`
      : `; if ${repo} is private, set GITHUB_TOKEN to a token that can read it`;
    return fail(`${name} not found (HTTP 404)${hint}`);
  }
  if ((status === 403 || status === 429) && response.headers.get("x-ratelimit-remaining") === "0") {
    return fail(`cannot read ${name}: GitHub API rate limit exceeded (HTTP ${status})${access.token ? "" : "; a token (GITHUB_TOKEN) raises the limit"}`);
  }
  if (status === 401) {
    return fail(
      access.token
        ? `cannot read ${name}: GitHub rejected the token (HTTP 401${detail}); check GITHUB_TOKEN or the token input`
        : `cannot read ${name}: GitHub wants a token (HTTP 401${detail}); set GITHUB_TOKEN`,
    );
  }
  if (status === 403) {
    return fail(
      access.token
        ? `cannot read ${name}: access denied (HTTP 403${detail}); the token cannot read ${repo} (it needs contents: read)`
        : `cannot read ${name}: access denied (HTTP 403${detail}); set GITHUB_TOKEN to a token that can read ${repo}`,
    );
  }
  return fail(`cannot read ${name}: GitHub answered HTTP ${status}${detail}`);
}

/** The raw file, or a contents object (JSON with base64 content) from servers that ignore the raw media type. */
function decodeContents(name: string, response: Response, body: string, fail: (message: string) => never): string {
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return body;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return body;
  }
  if (Array.isArray(data)) return fail(`${name} is a folder, not a registry file`);
  const contents = data as { type?: unknown; encoding?: unknown; content?: unknown };
  if (contents.type !== undefined && contents.type !== "file") return fail(`${name} is a ${String(contents.type)}, not a registry file`);
  if (contents.encoding === "base64" && typeof contents.content === "string") {
    return Buffer.from(contents.content, "base64").toString("utf8");
  }
  if (contents.encoding === "none") return fail(`${name} is too large for the GitHub contents API`);
  return fail(`cannot read ${name}: unexpected answer from the GitHub contents API`);
}

async function readCapped(response: Response): Promise<string> {
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_BYTES) throw new Error(`the answer is larger than ${MAX_BYTES} bytes`);
  if (!response.body) return "";
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > MAX_BYTES) throw new Error(`the answer is larger than ${MAX_BYTES} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** GitHub's `{ "message": "…" }`, shortened, on one line. */
function githubMessage(body: string): string | undefined {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    if (typeof message !== "string" || !message.trim()) return undefined;
    const line = message.replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
  } catch {
    return undefined;
  }
}

/** Why fetch failed, from the innermost cause (`connect ECONNREFUSED 127.0.0.1:9`, a timeout). */
function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer within ${TIMEOUT_MS / 1000} s`;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++) current = current.cause;
  if (current instanceof AggregateError && current.errors.length > 0) current = current.errors[0];
  return current instanceof Error ? current.message : String(current);
}

/** No message ever carries the token, whatever a server echoes back. */
function scrub(message: string, token: string | undefined): string {
  return token ? message.split(token).join("***") : message;
}

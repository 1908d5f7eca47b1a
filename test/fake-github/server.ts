// A fake GitHub REST API on 127.0.0.1 for the Action's tests: the endpoints the Action calls, with
// state (comments, blobs, trees, commits, refs, pull requests), a log of every request, token
// checking, and a switch that makes every write answer 403 as a fork's read-only token does.

import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The token the request carried, if any (so tests can assert it was sent, never printed). */
  token?: string;
}

export interface PullFileEntry {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
}

export interface CommentEntry {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
  created_at: string;
  updated_at: string;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: "blob";
  sha: string;
}

interface CommitEntry {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

export interface PullEntry {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
  head: { ref: string; label: string; sha: string };
  base: { ref: string };
  html_url: string;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  token?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function blobSha(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly token: string;
  readonly requests: RecordedRequest[] = [];
  /** Answer 403 to every write (POST, PATCH, PUT, DELETE). */
  forbidWrites = false;
  readonly pullFiles = new Map<number, PullFileEntry[]>();
  readonly comments = new Map<number, CommentEntry[]>();
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitEntry>();
  /** `heads/main` → commit sha. */
  readonly refs = new Map<string, string>();
  readonly pulls: PullEntry[] = [];
  private nextId = 1000;
  private server?: http.Server;
  url = "";

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? "acme";
    this.repo = options.repo ?? "shop";
    this.defaultBranch = options.defaultBranch ?? "main";
    this.token = options.token ?? "ghs_faketoken_0123456789";
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    fake.server = http.createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server!.listen(0, "127.0.0.1", resolve));
    fake.url = `http://127.0.0.1:${(fake.server!.address() as AddressInfo).port}`;
    return fake;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Seeds a commit whose tree holds `files` (path → content) and points `branch` at it. */
  seedCommit(sha: string, files: Record<string, string>, branch = this.defaultBranch): void {
    const entries: TreeEntry[] = Object.entries(files).map(([path, content]) => {
      const bytes = Buffer.from(content, "utf8");
      const id = blobSha(bytes);
      this.blobs.set(id, bytes);
      return { path, mode: "100644", type: "blob", sha: id };
    });
    const tree = this.storeTree(entries);
    this.commits.set(sha, { sha, tree, parents: [], message: "seed" });
    this.refs.set(`heads/${branch}`, sha);
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET");
  }

  /** The content of `path` at the commit a branch points to. */
  fileAt(branch: string, path: string): string | undefined {
    const sha = this.refs.get(`heads/${branch}`);
    const commit = sha ? this.commits.get(sha) : undefined;
    const entry = commit ? this.trees.get(commit.tree)?.find((e) => e.path === path) : undefined;
    return entry ? this.blobs.get(entry.sha)?.toString("utf8") : undefined;
  }

  /** Every file (path → content) at the commit a branch points to; undefined when there is no such branch. */
  filesAt(branch: string): Record<string, string> | undefined {
    const sha = this.refs.get(`heads/${branch}`);
    const commit = sha ? this.commits.get(sha) : undefined;
    const tree = commit ? this.trees.get(commit.tree) : undefined;
    if (!tree) return undefined;
    return Object.fromEntries(tree.map((e) => [e.path, this.blobs.get(e.sha)!.toString("utf8")]));
  }

  private storeTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1));
    const sha = sha1(`tree\0${JSON.stringify(sorted)}`);
    this.trees.set(sha, sorted);
    return sha;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const auth = req.headers.authorization ?? "";
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    const method = req.method ?? "GET";
    const recorded: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body };
    if (token !== undefined) recorded.token = token;
    this.requests.push(recorded);

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      const text = data === undefined ? "" : JSON.stringify(data);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(text);
    };
    try {
      if (token !== this.token) throw new HttpError(401, "Bad credentials");
      if (method !== "GET" && this.forbidWrites) throw new HttpError(403, "Resource not accessible by integration");
      const result = this.route(method, url, body as Record<string, unknown> | undefined);
      send(result.status ?? 200, result.data, result.headers);
    } catch (error) {
      if (error instanceof HttpError) {
        send(error.status, { message: error.message, documentation_url: "https://docs.github.com/rest", status: String(error.status) });
      } else {
        send(500, { message: (error as Error).message });
      }
    }
  }

  private paginate<T>(url: URL, items: readonly T[]): { data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const data = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const next = new URL(url.toString());
      next.searchParams.set("page", String(p));
      return `<${this.url}${next.pathname}${next.search}>; rel="${rel}"`;
    };
    const links = page < last ? [link(page + 1, "next"), link(last, "last")] : [];
    return { data, headers: links.length > 0 ? { link: links.join(", ") } : {} };
  }

  private resolveCommit(ref: string): CommitEntry | undefined {
    const sha = this.refs.get(`heads/${ref}`) ?? ref;
    return this.commits.get(sha);
  }

  private route(method: string, url: URL, body: Record<string, unknown> | undefined): { status?: number; data?: unknown; headers?: Record<string, string> } {
    const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    if (segments[0] !== "repos" || segments[1] !== this.owner || segments[2] !== this.repo) throw new HttpError(404, "Not Found");
    const [area, ...rest] = segments.slice(3);
    const joined = rest.join("/");
    const now = new Date(0).toISOString();
    const repoUrl = `https://github.com/${this.owner}/${this.repo}`;

    if (area === undefined && method === "GET") {
      return { data: { full_name: `${this.owner}/${this.repo}`, name: this.repo, owner: { login: this.owner }, default_branch: this.defaultBranch } };
    }

    if (area === "pulls") {
      if (rest.length === 2 && rest[1] === "files" && method === "GET") {
        const files = this.pullFiles.get(Number(rest[0]));
        if (!files) throw new HttpError(404, "Not Found");
        // The real API stops listing at 3000 files.
        return this.paginate(url, files.slice(0, 3000));
      }
      if (rest.length === 0 && method === "GET") {
        const state = url.searchParams.get("state") ?? "open";
        const head = url.searchParams.get("head");
        const base = url.searchParams.get("base");
        const found = this.pulls.filter(
          (pr) => (state === "all" || pr.state === state) && (!head || pr.head.label === head) && (!base || pr.base.ref === base),
        );
        return this.paginate(url, found);
      }
      if (rest.length === 0 && method === "POST") {
        const head = String(body?.head ?? "");
        const sha = this.refs.get(`heads/${head}`);
        if (!sha) throw new HttpError(422, "Validation Failed: head does not exist");
        if (this.pulls.some((pr) => pr.state === "open" && pr.head.ref === head && pr.base.ref === body?.base)) {
          throw new HttpError(422, `Validation Failed: A pull request already exists for ${this.owner}:${head}.`);
        }
        const number = this.pulls.length + 1;
        const pr: PullEntry = {
          number,
          state: "open",
          title: String(body?.title ?? ""),
          body: String(body?.body ?? ""),
          head: { ref: head, label: `${this.owner}:${head}`, sha },
          base: { ref: String(body?.base ?? "") },
          html_url: `${repoUrl}/pull/${number}`,
        };
        this.pulls.push(pr);
        return { status: 201, data: pr };
      }
    }

    if (area === "issues") {
      if (rest.length === 2 && rest[1] === "comments") {
        const issue = Number(rest[0]);
        const list = this.comments.get(issue) ?? [];
        if (method === "GET") return this.paginate(url, list);
        if (method === "POST") {
          const id = this.nextId++;
          const comment: CommentEntry = {
            id,
            body: String(body?.body ?? ""),
            html_url: `${repoUrl}/pull/${issue}#issuecomment-${id}`,
            user: { login: "github-actions[bot]" },
            created_at: now,
            updated_at: now,
          };
          this.comments.set(issue, [...list, comment]);
          return { status: 201, data: comment };
        }
      }
      if (rest.length === 2 && rest[0] === "comments" && method === "PATCH") {
        const id = Number(rest[1]);
        for (const list of this.comments.values()) {
          const comment = list.find((c) => c.id === id);
          if (comment) {
            comment.body = String(body?.body ?? "");
            return { data: comment };
          }
        }
        throw new HttpError(404, "Not Found");
      }
    }

    if (area === "git") {
      const [kind, ...tail] = rest;
      const name = tail.join("/");
      if (kind === "ref" && method === "GET") {
        const sha = this.refs.get(name);
        if (!sha) throw new HttpError(404, "Not Found");
        return { data: { ref: `refs/${name}`, object: { sha, type: "commit" } } };
      }
      if (kind === "refs" && tail.length === 0 && method === "POST") {
        const ref = String(body?.ref ?? "").replace(/^refs\//, "");
        if (this.refs.has(ref)) throw new HttpError(422, "Reference already exists");
        if (!this.commits.has(String(body?.sha))) throw new HttpError(422, "Object does not exist");
        this.refs.set(ref, String(body!.sha));
        return { status: 201, data: { ref: `refs/${ref}`, object: { sha: body!.sha, type: "commit" } } };
      }
      if (kind === "refs" && tail.length > 0 && method === "PATCH") {
        const current = this.refs.get(name);
        if (!current) throw new HttpError(422, "Reference does not exist");
        const sha = String(body?.sha ?? "");
        const target = this.commits.get(sha);
        if (!target) throw new HttpError(422, "Object does not exist");
        if (body?.force !== true && !target.parents.includes(current)) throw new HttpError(422, "Update is not a fast forward");
        this.refs.set(name, sha);
        return { data: { ref: `refs/${name}`, object: { sha, type: "commit" } } };
      }
      if (kind === "blobs" && method === "POST") {
        const encoding = body?.encoding ?? "utf-8";
        const bytes = Buffer.from(String(body?.content ?? ""), encoding === "base64" ? "base64" : "utf8");
        const sha = blobSha(bytes);
        this.blobs.set(sha, bytes);
        return { status: 201, data: { sha, url: `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${sha}` } };
      }
      if (kind === "trees" && method === "POST") {
        const base = body?.base_tree ? this.trees.get(String(body.base_tree)) : [];
        if (!base) throw new HttpError(422, "base_tree does not exist");
        const entries = new Map(base.map((e) => [e.path, e]));
        for (const item of (body?.tree as Array<Record<string, unknown>>) ?? []) {
          const sha = String(item.sha ?? "");
          if (!this.blobs.has(sha)) throw new HttpError(422, `tree.sha ${sha} is not a valid blob`);
          entries.set(String(item.path), { path: String(item.path), mode: String(item.mode), type: "blob", sha });
        }
        const sha = this.storeTree([...entries.values()]);
        return { status: 201, data: { sha, tree: this.trees.get(sha) } };
      }
      if (kind === "trees" && method === "GET") {
        const tree = this.trees.get(name);
        if (!tree) throw new HttpError(404, "Not Found");
        return { data: { sha: name, tree, truncated: false } };
      }
      if (kind === "commits" && method === "POST") {
        const tree = String(body?.tree ?? "");
        if (!this.trees.has(tree)) throw new HttpError(422, "Tree does not exist");
        const parents = ((body?.parents as string[]) ?? []).map(String);
        for (const parent of parents) if (!this.commits.has(parent)) throw new HttpError(422, `Parent ${parent} does not exist`);
        const message = String(body?.message ?? "");
        const sha = sha1(`commit\0${tree}\0${parents.join(",")}\0${message}\0${this.commits.size}`);
        this.commits.set(sha, { sha, tree, parents, message });
        return { status: 201, data: { sha, tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })), message } };
      }
      if (kind === "commits" && method === "GET") {
        const commit = this.commits.get(name);
        if (!commit) throw new HttpError(404, "Not Found");
        return { data: { sha: commit.sha, tree: { sha: commit.tree }, parents: commit.parents.map((p) => ({ sha: p })), message: commit.message } };
      }
    }

    if (area === "contents" && method === "GET") {
      const commit = this.resolveCommit(url.searchParams.get("ref") ?? this.defaultBranch);
      const entry = commit ? this.trees.get(commit.tree)?.find((e) => e.path === joined) : undefined;
      if (!entry) throw new HttpError(404, "Not Found");
      const content = this.blobs.get(entry.sha)!;
      return { data: { type: "file", path: entry.path, name: entry.path.split("/").pop(), sha: entry.sha, size: content.length, encoding: "base64", content: content.toString("base64") } };
    }

    throw new HttpError(404, `Not Found: ${method} ${url.pathname}`);
  }
}

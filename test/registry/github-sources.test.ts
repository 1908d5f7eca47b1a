// `extends: github:owner/repo/path@ref`: fetched from a fake GitHub API on 127.0.0.1 (the Action's,
// which answers the contents endpoint with base64 JSON), plus small servers for the raw media type
// and the failures the fake does not make (403, rate limits, folders). The token must be sent and
// never appear in a message.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/engine/check.js";
import { loadRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";
import { FakeGitHub } from "../fake-github/server.js";

const temps: string[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(closers.splice(0).map((close) => close()));
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tree(files: Record<string, string[]>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portcullis-gh-"));
  temps.push(dir);
  for (const [file, lines] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), `${lines.join("\n")}\n`);
  }
  return dir;
}

async function loadError(config: string, options: Parameters<typeof loadRegistry>[1]): Promise<string> {
  const error = await loadRegistry(config, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).format();
}

const HOST = ["version: 1", "extends: ../fleet.yaml", "projects:", "  performia: { range: [8000, 8009], hosts: [app-01] }", "services:", "  caddy: { port: 443, access: public }"];
const FLEET = ["version: 1", "reserved:", "  - { range: [11000, 11999], reason: fleet }"];

async function fakeInfra(): Promise<FakeGitHub> {
  const fake = await FakeGitHub.start({ owner: "acme", repo: "infra", token: "ghs_secret_token_123456" });
  closers.push(() => fake.close());
  fake.seedCommit("1111111111111111111111111111111111111111", { "hosts/app-01.yaml": `${HOST.join("\n")}\n`, "fleet.yaml": `${FLEET.join("\n")}\n` }, "main");
  return fake;
}

const contentsRequests = (fake: FakeGitHub) => fake.requests.filter((r) => r.path.includes("/contents/"));

/** A server answering every request with `answer`; records the requests it got. */
async function server(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ url: string; requests: http.IncomingHttpHeaders[]; paths: string[] }> {
  const requests: http.IncomingHttpHeaders[] = [];
  const paths: string[] = [];
  const srv = http.createServer((req, res) => {
    requests.push(req.headers);
    paths.push(req.url ?? "");
    answer(req, res);
  });
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => srv.close(() => resolve())));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, requests, paths };
}

describe("GitHub sources", () => {
  it("fetches the file at the ref with the token, and relative extends inside it from the same repository and ref", async () => {
    const fake = await fakeInfra();
    const root = await tree({ "ports.yaml": ["version: 1", "project: performia", "extends: github:acme/infra/hosts/app-01.yaml@main", "services:", "  api: { port: 8000 }"] });
    const registry = await loadRegistry("ports.yaml", { root, githubToken: fake.token, githubApiUrl: fake.url });
    expect(registry.sources).toEqual(["ports.yaml", "github:acme/infra/fleet.yaml@main", "github:acme/infra/hosts/app-01.yaml@main"]);
    // A host registry's services without a project are the host's, inherited like any other.
    expect(registry.services.map((s) => [s.name, s.source, s.portAt.line])).toEqual([
      ["caddy", "github:acme/infra/hosts/app-01.yaml@main", 6],
      ["api", "ports.yaml", 5],
    ]);
    expect(registry.projects?.get("performia")).toMatchObject({ range: [8000, 8009], hosts: ["app-01"], at: { file: "github:acme/infra/hosts/app-01.yaml@main", line: 4 } });
    expect(registry.reserved.map((r) => r.at.file)).toEqual(["github:acme/infra/fleet.yaml@main"]);
    expect(contentsRequests(fake).map((r) => [r.method, r.path, r.query, r.token])).toEqual([
      ["GET", "/repos/acme/infra/contents/hosts/app-01.yaml", { ref: "main" }, fake.token],
      ["GET", "/repos/acme/infra/contents/fleet.yaml", { ref: "main" }, fake.token],
    ]);
  });

  it("fetches each source once per process: a second registry naming it, or a second load, reads it from memory", async () => {
    const fake = await fakeInfra();
    const spec = "extends: github:acme/infra/fleet.yaml@main";
    const one = await tree({ "ports.yaml": ["version: 1", spec] });
    const two = await tree({ "ports.yaml": ["version: 1", spec, "services:", "  web: { port: 3000 }"] });
    const options = { githubToken: fake.token, githubApiUrl: fake.url };
    await loadRegistry("ports.yaml", { root: one, ...options });
    const second = await loadRegistry("ports.yaml", { root: two, ...options });
    await loadRegistry("ports.yaml", { root: one, ...options });
    expect(second.reserved).toHaveLength(1);
    expect(contentsRequests(fake)).toHaveLength(1);
  });

  it("takes the token and API URL from GITHUB_TOKEN and GITHUB_API_URL; the default branch without @ref", async () => {
    const fake = await fakeInfra();
    vi.stubEnv("GITHUB_TOKEN", fake.token);
    vi.stubEnv("GITHUB_API_URL", fake.url);
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/fleet.yaml"] });
    const registry = await loadRegistry("ports.yaml", { root });
    expect(registry.sources).toEqual(["ports.yaml", "github:acme/infra/fleet.yaml"]);
    expect(contentsRequests(fake).map((r) => [r.query, r.token])).toEqual([[{}, fake.token]]);
  });

  it("reads the raw media type, sending Accept: application/vnd.github.raw and no token when there is none", async () => {
    const raw = await server((_, res) => {
      res.writeHead(200, { "content-type": "application/vnd.github.raw; charset=utf-8" });
      res.end(FLEET.join("\n"));
    });
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/fleet.yaml@v1.2.0"] });
    const registry = await loadRegistry("ports.yaml", { root, githubToken: "", githubApiUrl: `${raw.url}/api/v3/` });
    expect(registry.reserved.map((r) => r.reason)).toEqual(["fleet"]);
    expect(raw.paths).toEqual(["/api/v3/repos/acme/infra/contents/fleet.yaml?ref=v1.2.0"]);
    expect(raw.requests[0]).toMatchObject({ accept: "application/vnd.github.raw", "x-github-api-version": "2022-11-28" });
    expect(raw.requests[0]!.authorization).toBeUndefined();
  });

  it("a cycle across GitHub files names the chain", async () => {
    const fake = await FakeGitHub.start({ owner: "acme", repo: "infra" });
    closers.push(() => fake.close());
    fake.seedCommit("2222222222222222222222222222222222222222", { "a.yaml": "version: 1\nextends: b.yaml\n", "b.yaml": "version: 1\nextends: ./a.yaml\n" });
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/a.yaml@main"] });
    expect(await loadError("ports.yaml", { root, githubToken: fake.token, githubApiUrl: fake.url })).toBe(
      "github:acme/infra/b.yaml@main:2:10: extends cycle: ports.yaml → github:acme/infra/a.yaml@main → github:acme/infra/b.yaml@main → github:acme/infra/a.yaml@main",
    );
  });
});

describe("a check over a GitHub-hosted host registry", () => {
  it("reports a port bound here that another project declares there, naming the GitHub file", async () => {
    const fake = await FakeGitHub.start({ owner: "acme", repo: "infra" });
    closers.push(() => fake.close());
    fake.seedCommit("5555555555555555555555555555555555555555", {
      "app-01.yaml": "version: 1\nprojects:\n  shop: { range: [8000, 8009], hosts: [app-01] }\n  lims: { range: [8010, 8019], hosts: [app-01] }\nservices:\n  lims-api: { port: 8010, project: lims }\n",
    });
    vi.stubEnv("GITHUB_TOKEN", fake.token);
    vi.stubEnv("GITHUB_API_URL", fake.url);
    const root = await tree({
      "ports.yaml": ["version: 1", "project: shop", "extends: github:acme/infra/app-01.yaml@main", "services:", "  web: { port: 8001 }"],
      "docker-compose.yml": ["services:", "  web:", "    ports:", '      - "127.0.0.1:8001:80"', "  debug:", "    ports:", '      - "127.0.0.1:8010:9229"'],
    });
    const result = await check({ root });
    expect(result.findings.filter((f) => f.ruleId === "port-conflict").map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      "docker-compose.yml:7:20 port 8010 is already declared by project lims (github:acme/infra/app-01.yaml@main:6), which shares a host with this one",
    ]);
  });
});

describe("GitHub sources that cannot be read", () => {
  it("404: the source is named, with the HTTP status", async () => {
    const fake = await fakeInfra();
    const root = await tree({ "ports.yaml": ["version: 1", "extends:", "  - github:acme/infra/ports.yaml@main"] });
    expect(await loadError("ports.yaml", { root, githubToken: fake.token, githubApiUrl: fake.url })).toBe(
      "ports.yaml:3:5: github:acme/infra/ports.yaml@main not found (HTTP 404); check the owner, repository, path and ref, and that the token can read acme/infra",
    );
  });

  it("404 without a token says a private repository needs one", async () => {
    const missing = await server((_, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Not Found" }));
    });
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/private/ports.yaml@main"] });
    expect(await loadError("ports.yaml", { root, githubToken: "", githubApiUrl: missing.url })).toBe(
      "ports.yaml:2:10: github:acme/private/ports.yaml@main not found (HTTP 404); if acme/private is private, set GITHUB_TOKEN to a token that can read it",
    );
  });

  it("401: a rejected token is mentioned, never printed", async () => {
    const fake = await fakeInfra();
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/fleet.yaml@main"] });
    const wrong = "ghp_wrong_token_abcdef";
    const message = await loadError("ports.yaml", { root, githubToken: wrong, githubApiUrl: fake.url });
    expect(message).toBe(
      "ports.yaml:2:10: cannot read github:acme/infra/fleet.yaml@main: GitHub rejected the token (HTTP 401: Bad credentials); check GITHUB_TOKEN or the token input",
    );
    expect(contentsRequests(fake).map((r) => r.token)).toEqual([wrong]);
  });

  it("403: access denied, the token neither printed nor echoed back", async () => {
    const token = "ghs_very_secret_0123456789";
    const denied = await server((req, res) => {
      res.writeHead(403, { "content-type": "application/json" });
      // A server that repeats what it was sent must not make us print it.
      res.end(JSON.stringify({ message: `Resource not accessible by integration (${req.headers.authorization})` }));
    });
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/fleet.yaml@main"] });
    const message = await loadError("ports.yaml", { root, githubToken: token, githubApiUrl: denied.url });
    expect(denied.requests[0]!.authorization).toBe(`Bearer ${token}`);
    expect(message).not.toContain(token);
    expect(message).toBe(
      "ports.yaml:2:10: cannot read github:acme/infra/fleet.yaml@main: access denied (HTTP 403: Resource not accessible by integration (Bearer ***)); the token cannot read acme/infra (it needs contents: read)",
    );
  });

  it("403 from the rate limit says so", async () => {
    const limited = await server((_, res) => {
      res.writeHead(403, { "content-type": "application/json", "x-ratelimit-remaining": "0" });
      res.end(JSON.stringify({ message: "API rate limit exceeded for 127.0.0.1." }));
    });
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/fleet.yaml@main"] });
    expect(await loadError("ports.yaml", { root, githubToken: "", githubApiUrl: limited.url })).toBe(
      "ports.yaml:2:10: cannot read github:acme/infra/fleet.yaml@main: GitHub API rate limit exceeded (HTTP 403); a token (GITHUB_TOKEN) raises the limit",
    );
  });

  it("a folder, a server error and an unreachable server", async () => {
    const folder = await server((_, res) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify([{ type: "file", name: "a.yaml" }]));
    });
    const broken = await server((_, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html>bad gateway</html>");
    });
    const gone = await server(() => undefined);
    await closers.pop()!(); // closed: connections are refused
    const root = await tree({ "ports.yaml": ["version: 1", "extends: github:acme/infra/hosts@main"] });
    expect(await loadError("ports.yaml", { root, githubToken: "", githubApiUrl: folder.url })).toBe(
      "ports.yaml:2:10: github:acme/infra/hosts@main is a folder, not a registry file",
    );
    expect(await loadError("ports.yaml", { root, githubToken: "", githubApiUrl: broken.url })).toBe(
      "ports.yaml:2:10: cannot read github:acme/infra/hosts@main: GitHub answered HTTP 502",
    );
    expect(await loadError("ports.yaml", { root, githubToken: "t0ken", githubApiUrl: gone.url })).toMatch(
      /^ports\.yaml:2:10: cannot fetch github:acme\/infra\/hosts@main from 127\.0\.0\.1:\d+: connect ECONNREFUSED 127\.0\.0\.1:\d+$/,
    );
  });

  it.each([
    ["github:acme", "no repository"],
    ["github:acme/infra", "no file path in the repository"],
    ["github:acme/infra/../x.yaml@main", 'invalid path "../x.yaml"'],
    ["github:-acme/infra/x.yaml", 'invalid owner "-acme"'],
    ["github:acme/infra/x.yaml@", 'invalid ref ""'],
  ])("refuses %s before fetching", async (spec, reason) => {
    const root = await tree({ "ports.yaml": ["version: 1", `extends: ${JSON.stringify(spec)}`] });
    expect(await loadError("ports.yaml", { root, githubApiUrl: "http://127.0.0.1:9" })).toBe(
      `ports.yaml:2:10: extends source ${JSON.stringify(spec)}: ${reason}; expected github:owner/repo/path/to/ports.yaml@ref`,
    );
  });

  it("inside a GitHub file: a path leaving the repository, an absolute path and a package are refused", async () => {
    const fake = await FakeGitHub.start({ owner: "acme", repo: "infra" });
    closers.push(() => fake.close());
    fake.seedCommit("3333333333333333333333333333333333333333", {
      "up.yaml": "version: 1\nextends: ../../etc/ports.yaml\n",
      "abs.yaml": "version: 1\nextends: /etc/ports.yaml\n",
      "pkg.yaml": "version: 1\nextends: '@acme/ports'\n",
    });
    const options = { githubToken: fake.token, githubApiUrl: fake.url };
    const expected: Record<string, string> = {
      "up.yaml": 'github:acme/infra/up.yaml@main:2:10: extends source "../../etc/ports.yaml": ../../etc/ports.yaml leaves acme/infra (from github:acme/infra/up.yaml@main)',
      "abs.yaml": 'github:acme/infra/abs.yaml@main:2:10: extends source "/etc/ports.yaml": an absolute path cannot be read from github:acme/infra/abs.yaml@main; use a path relative to it',
      "pkg.yaml":
        'github:acme/infra/pkg.yaml@main:2:10: extends source "@acme/ports": a package cannot be resolved from github:acme/infra/pkg.yaml@main (there is no node_modules on GitHub); use github:owner/repo/path@ref',
    };
    for (const [file, message] of Object.entries(expected)) {
      const root = await tree({ "ports.yaml": ["version: 1", `extends: github:acme/infra/${file}@main`] });
      expect(await loadError("ports.yaml", { root, ...options })).toBe(message);
    }
  });
});

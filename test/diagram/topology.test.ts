// The topology diagram without a browser: proxies and upstreams from real scans of real files,
// findings on the right nodes, determinism, stable collision-free ids, and label escaping.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run as docs } from "../../src/cli/docs.js";
import { mermaidLabel, mermaidText, assignIds, sanitiseId } from "../../src/docs/diagram/mermaid-text.js";
import { renderTopologyMermaid } from "../../src/docs/diagram/mermaid.js";
import { buildTopology, type Topology } from "../../src/docs/diagram/topology.js";
import { generatePortMap, generateTopology } from "../../src/docs/generate.js";
import { check, type CheckResult } from "../../src/engine/check.js";
import { parseRegistry } from "../../src/registry/load.js";
import type { Registry } from "../../src/registry/model.js";
import { fixtureRepo, makeRepo, type TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

async function scan(files: Record<string, string>): Promise<CheckResult> {
  repo = makeRepo(files);
  return check({ root: repo.dir });
}

async function seed(name: string): Promise<CheckResult> {
  repo = fixtureRepo(name);
  return check({ root: repo.dir });
}

/** Edges as `from -kind-> to [label]`, readable in assertions. */
function edges(topology: Topology): string[] {
  return topology.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}${e.label ? ` [${e.label}]` : ""}`);
}

/** Mermaid's entity codes back to characters, as Mermaid decodes them. */
function decode(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe("topology of the shared-host seed (Caddy in front of loopback backends)", () => {
  it("draws Caddy as one public proxy node forwarding to the backends it dials", async () => {
    const result = await seed("seed-000-shared-host");
    const topology = buildTopology(result.registry, result.refs);
    const caddy = topology.nodes.find((n) => n.id === "svc_caddy_http")!;
    expect(caddy.services.map((s) => s.name)).toEqual(["caddy-http", "caddy-https"]);
    expect(caddy.access).toBe("public");
    expect(caddy.proxyFiles).toEqual(["proxy/Caddyfile"]);
    expect(edges(topology)).toEqual([
      "internet -internet-> svc_caddy_http",
      "svc_caddy_http -proxy-> svc_lims_proxy [:8012]",
      "svc_caddy_http -proxy-> svc_pgsims_web [:8014]",
      "svc_caddy_http -proxy-> svc_pgsims_frontend [:8082]",
      // The incident of the seed: a dev server on 0.0.0.0:8000 next to the proxied backend.
      "internet -exposed-> svc_pgsims_web [all interfaces :8000]",
      "internet -exposed-> svc_pgsims_frontend [all interfaces :8082]",
    ]);
    const byAccess = Object.fromEntries(
      (["public", "private", "localhost", "internal"] as const).map((a) => [a, topology.nodes.filter((n) => n.access === a).map((n) => n.id)]),
    );
    expect(byAccess).toEqual({
      public: ["svc_caddy_http"],
      private: [],
      localhost: ["svc_lims_backend", "svc_lims_proxy", "svc_pgsims_web", "svc_pgsims_frontend"],
      internal: ["svc_lims_frontend"],
    });
    const marked = topology.nodes.filter((n) => n.marks.length > 0);
    expect(marked.map((n) => [n.id, n.marks])).toEqual([
      ["svc_pgsims_web", [{ kind: "exposed", text: "on all interfaces :8000", file: "apps/pgsims/scripts/dev.sh", line: 6 }]],
      ["svc_pgsims_frontend", [{ kind: "exposed", text: "on all interfaces :8082", file: "apps/pgsims/docker-compose.yml", line: 11 }]],
    ]);
    // Exactly the engine's exposed-binding findings are drawn, at their places.
    const exposed = result.findings.filter((f) => f.ruleId === "exposed-binding");
    expect(exposed.map((f) => [f.service, f.file, f.line]).sort()).toEqual(
      marked.flatMap((n) => n.marks.map((m) => [n.services[0]!.name, m.file, m.line])).sort(),
    );
  });

  it("puts the diagram and the findings list into the generated map, with links relative to it", async () => {
    const result = await seed("seed-000-shared-host");
    const map = generatePortMap(result.registry, result.refs, { outputFile: "docs/PORTS.md" });
    expect(map).toContain("\n## Topology\n\n```mermaid\nflowchart LR\n");
    expect(map).toContain('    svc_caddy_http["caddy-http :80<br/>caddy-https :443<br/>proxy: proxy/Caddyfile"]\n');
    expect(map).toContain("- **pgsims-frontend**: on all interfaces :8082 ([apps/pgsims/docker-compose.yml:11](../apps/pgsims/docker-compose.yml#L11))\n");
    expect(map.indexOf("## Topology")).toBeLessThan(map.indexOf("## Services"));
    expect(map).toContain("\n![Range allocation: declared, reserved, used and free ports in each range](ports-map.svg)\n");
  });
});

describe("proxies in other configuration formats", () => {
  const REGISTRY = `version: 1
services:
  edge:
    port: 80
    access: public
  api:
    port: 8000
    access: localhost
  admin:
    port: 9000
    access: localhost
`;

  it("nginx: the service owning the listen directives proxies; an upstream on an undeclared port is a finding", async () => {
    const result = await scan({
      "ports.yaml": REGISTRY,
      "deploy/nginx/nginx.conf": `events {}
http {
  upstream backend { server 127.0.0.1:8000; }
  server {
    listen 80;
    location / { proxy_pass http://backend; }
    location /api/ { proxy_pass http://127.0.0.1:8000; }
    location /metrics { proxy_pass http://127.0.0.1:9100; }
  }
}
`,
    });
    const topology = buildTopology(result.registry, result.refs);
    expect(edges(topology)).toEqual([
      "internet -internet-> svc_edge",
      "svc_edge -proxy-> svc_api [:8000]",
      "svc_edge -proxy-> undeclared_9100 [:9100]",
    ]);
    const undeclared = topology.nodes.find((n) => n.id === "undeclared_9100")!;
    expect(undeclared.kind).toBe("undeclared-upstream");
    expect(undeclared.marks.map((m) => [m.kind, m.file, m.line])).toEqual([["undeclared-upstream", "deploy/nginx/nginx.conf", 8]]);
    const source = renderTopologyMermaid(topology)!;
    expect(source).toContain('  subgraph group_undeclared["not in ports.yaml"]\n    undeclared_9100["undeclared :9100<br/>⚠ proxy upstream not declared"]\n  end\n');
    expect(source).toMatch(/^ {2}class undeclared_9100,legend_finding finding$/m);
  });

  it("an upstream inside a declared range, or addressed by a container name, is drawn without a finding", async () => {
    const result = await scan({
      "ports.yaml": `version: 1
ranges:
  apps: { from: 8100, to: 8199 }
services:
  edge: { port: 80, access: public }
`,
      "nginx/site.conf": `server {
  listen 80;
  location /a { proxy_pass http://127.0.0.1:8150; }
  location /b { proxy_pass http://search-cache:7700; }
}
`,
    });
    const topology = buildTopology(result.registry, result.refs);
    expect(edges(topology)).toEqual([
      "internet -internet-> svc_edge",
      "svc_edge -proxy-> undeclared_8150 [:8150]",
      "svc_edge -proxy-> upstream_search_cache_7700_tcp [:7700]",
    ]);
    expect(topology.nodes.filter((n) => n.kind === "undeclared-upstream").map((n) => [n.lines, n.marks])).toEqual([
      [["undeclared :8150"], []],
      [["search-cache :7700"], []],
    ]);
    expect(result.findings.filter((f) => f.ruleId === "unknown-port")).toEqual([]);
    expect(renderTopologyMermaid(topology)).toMatch(/^ {2}class undeclared_8150,upstream_search_cache_7700_tcp,legend_undeclared undeclared$/m);
  });

  it("HAProxy: bind lines make the proxy, server lines its upstreams", async () => {
    const result = await scan({
      "ports.yaml": REGISTRY,
      "haproxy/haproxy.cfg": `frontend www
    bind *:80
    default_backend app
backend app
    server a1 127.0.0.1:8000 check
    server a2 127.0.0.1:9000 check
`,
    });
    const topology = buildTopology(result.registry, result.refs);
    expect(edges(topology)).toEqual([
      "internet -internet-> svc_edge",
      "svc_edge -proxy-> svc_api [:8000]",
      "svc_edge -proxy-> svc_admin [:9000]",
    ]);
    expect(topology.nodes.find((n) => n.id === "svc_edge")!.proxyFiles).toEqual(["haproxy/haproxy.cfg"]);
  });

  it("Traefik labels: the labelled compose service is the upstream of the Traefik service", async () => {
    const result = await scan({
      "ports.yaml": `version: 1
services:
  traefik:
    port: 443
    access: public
  whoami:
    port: 8081
    target: 80
    access: internal
`,
      "docker-compose.yml": `services:
  traefik:
    image: traefik:v3
    ports: ["443:443"]
  whoami:
    image: traefik/whoami
    labels:
      - traefik.http.routers.whoami.rule=Host(\`who.example.org\`)
      - traefik.http.services.whoami.loadbalancer.server.port=80
`,
    });
    const topology = buildTopology(result.registry, result.refs);
    expect(edges(topology)).toEqual(["internet -internet-> svc_traefik", "svc_traefik -proxy-> svc_whoami [:80]"]);
    expect(topology.nodes.find((n) => n.id === "svc_traefik")!.proxyFiles).toEqual(["docker-compose.yml labels"]);
  });

  it("a proxy the registry does not declare is drawn as such, outside the access groups", async () => {
    const result = await scan({
      "ports.yaml": `version: 1
services:
  api: { port: 8000 }
`,
      Caddyfile: `:8443 {
	reverse_proxy 127.0.0.1:8000
}
`,
    });
    const topology = buildTopology(result.registry, result.refs);
    const proxy = topology.nodes.find((n) => n.kind === "undeclared-proxy")!;
    expect(proxy).toMatchObject({ id: "proxy_caddyfile", lines: ["caddy :8443"], proxyFiles: ["Caddyfile"] });
    expect(edges(topology)).toEqual(["proxy_caddyfile -proxy-> svc_api [:8000]"]);
    expect(renderTopologyMermaid(topology)).toMatch(/^ {2}class proxy_caddyfile,legend_undeclared undeclared$/m);
  });

  it("a configuration that dials nothing makes no proxy", async () => {
    const result = await scan({ "ports.yaml": REGISTRY, "nginx/site.conf": "server {\n  listen 80;\n  root /srv/www;\n}\n" });
    const topology = buildTopology(result.registry, result.refs);
    expect(topology.nodes.every((n) => n.proxyFiles.length === 0)).toBe(true);
    expect(edges(topology)).toEqual(["internet -internet-> svc_edge"]);
  });
});

describe("findings on the diagram", () => {
  it("a port conflict marks both services and links them", async () => {
    const result = await scan({
      "ports.yaml": `version: 1
services:
  api: { port: 8000 }
  admin: { port: 8000 }
`,
    });
    expect(result.findings.some((f) => f.ruleId === "port-conflict")).toBe(true);
    const topology = buildTopology(result.registry, result.refs);
    expect(edges(topology)).toEqual(["svc_admin -conflict-> svc_api [same port 8000/tcp]"]);
    for (const id of ["svc_admin", "svc_api"]) {
      expect(topology.nodes.find((n) => n.id === id)!.marks.map((m) => m.text)).toEqual(["port conflict 8000/tcp"]);
    }
    const source = renderTopologyMermaid(topology)!;
    expect(source).toContain("  svc_admin <-.->|\"same port 8000/tcp\"| svc_api\n");
    expect(source).toContain("  linkStyle 0 stroke:#cf222e");
  });

  it("draws nothing for a rule turned off in ports.yaml", async () => {
    const files = {
      "docker-compose.yml": `services:\n  api:\n    ports: ["8000:8000"]\n`,
    };
    const on = await scan({ ...files, "ports.yaml": "version: 1\nservices:\n  api: { port: 8000 }\n" });
    expect(buildTopology(on.registry, on.refs).edges.map((e) => e.kind)).toEqual(["exposed"]);
    repo!.cleanup();
    const off = await scan({ ...files, "ports.yaml": "version: 1\nrules:\n  exposed-binding: off\nservices:\n  api: { port: 8000 }\n" });
    const topology = buildTopology(off.registry, off.refs);
    expect(topology.edges).toEqual([]);
    expect(topology.nodes.flatMap((n) => n.marks)).toEqual([]);
  });

  it("draws nothing an inline comment suppresses, in the map docs writes and the one check compares", async () => {
    const result = await scan({
      "ports.yaml": "version: 1\nservices:\n  api: { port: 8000 }\n  web: { port: 8001 }\n",
      "docker-compose.yml": `services:
  api:
    ports:
      - "8000:8000" # portcullis-ignore-line exposed-binding -- a demo box, published on purpose
  web:
    ports:
      - "8001:8001"
`,
    });
    // The check reports web only; the diagram without suppressions would draw both.
    expect(result.findings.filter((f) => f.ruleId === "exposed-binding").map((f) => f.service)).toEqual(["web"]);
    expect(edges(buildTopology(result.registry, result.refs)).filter((e) => e.includes("exposed"))).toHaveLength(2);
    const topology = buildTopology(result.registry, result.refs, result.suppressed);
    expect(edges(topology)).toEqual(["internet -exposed-> svc_web [all interfaces :8001]"]);
    expect(topology.nodes.find((n) => n.id === "svc_api")!.marks).toEqual([]);

    const dir = repo!.dir;
    const cli = { cwd: dir, env: {}, stdout: () => {}, stderr: () => {}, isTTY: false };
    expect(await docs([], cli)).toBe(0);
    const map = readFileSync(path.join(dir, "PORTS.md"), "utf8");
    expect(map).toContain('internet -.->|"all interfaces :8001"| svc_web');
    expect(map).not.toContain('internet -.->|"all interfaces :8000"|');
    expect(map).toMatch(/\*\*web\*\*: on all interfaces :8001/);
    expect(map).not.toMatch(/\*\*api\*\*: on all interfaces/);
    // The map docs wrote is the one check expects, and docs --check agrees.
    expect((await check({ root: dir })).findings.filter((f) => f.ruleId === "docs-drift")).toEqual([]);
    expect(await docs(["--check"], cli)).toBe(0);
    // Dropping the comment draws api again: the map is stale for both.
    writeFileSync(path.join(dir, "docker-compose.yml"), `services:\n  api:\n    ports:\n      - "8000:8000"\n  web:\n    ports:\n      - "8001:8001"\n`);
    expect((await check({ root: dir })).findings.filter((f) => f.ruleId === "docs-drift").map((f) => f.file)).toEqual(["PORTS.md"]);
    expect(await docs(["--check"], cli)).toBe(1);
  });

  it("linkStyle indices point at the finding edges, after the traffic edges", async () => {
    const result = await seed("seed-000-shared-host");
    const source = renderTopologyMermaid(buildTopology(result.registry, result.refs))!;
    const links = source.split("\n").filter((l) => /^ {2}\S+ (-->|-\.->|<-\.->)/.test(l));
    const styled = /^ {2}linkStyle ([\d,]+) /m.exec(source)![1]!.split(",").map(Number);
    expect(styled.map((i) => links[i])).toEqual([
      '  internet -.->|"all interfaces :8000"| svc_pgsims_web',
      '  internet -.->|"all interfaces :8082"| svc_pgsims_frontend',
    ]);
  });
});

describe("the diagram and docs-drift", () => {
  it("a regenerated map is current for check; a proxy change makes it stale there too", async () => {
    const result = await scan({
      "ports.yaml": "version: 1\nservices:\n  caddy: { port: 443, access: public }\n  api: { port: 8000 }\n  web: { port: 8001 }\n",
      Caddyfile: "example.org {\n\treverse_proxy 127.0.0.1:8000\n}\n",
    });
    const dir = repo!.dir;
    const cli = { cwd: dir, env: {}, stdout: () => {}, stderr: () => {}, isTTY: false };
    expect(await docs([], cli)).toBe(0);
    expect(generateTopology(result.registry, result.refs)).toContain("svc_caddy -->|\":8000\"| svc_api");
    expect((await check({ root: dir })).findings.filter((f) => f.ruleId === "docs-drift")).toEqual([]);
    // The proxy now forwards to web: the diagram (and the locations list) change.
    writeFileSync(path.join(dir, "Caddyfile"), "example.org {\n\treverse_proxy 127.0.0.1:8001\n}\n");
    const after = await check({ root: dir });
    expect(after.findings.filter((f) => f.ruleId === "docs-drift").map((f) => f.file)).toEqual(["PORTS.md"]);
    expect(await docs(["--check"], cli)).toBe(1);
  });
});

describe("determinism and ids", () => {
  function registry(yaml: string): Registry {
    return parseRegistry("ports.yaml", `version: 1\n${yaml}`);
  }

  it("the same input in any order gives the same diagram, byte for byte", async () => {
    const result = await seed("seed-000-shared-host");
    const first = generateTopology(result.registry, result.refs);
    const shuffled: Registry = { ...result.registry, services: [...result.registry.services].reverse() };
    expect(generateTopology(shuffled, [...result.refs].reverse())).toBe(first);
    expect(generateTopology(result.registry, result.refs)).toBe(first);
  });

  it("ids come from service names and stay when other services come and go", () => {
    const before = registry("services:\n  api: { port: 8000 }\n  web: { port: 8080 }\n");
    const after = registry("services:\n  aaa: { port: 7000 }\n  api: { port: 8000 }\n  web: { port: 8080 }\n  zed: { port: 9000 }\n");
    const ids = (r: Registry) => new Map(buildTopology(r, []).nodes.map((n) => [n.services[0]!.name, n.id]));
    expect(ids(before).get("api")).toBe("svc_api");
    expect(ids(after).get("api")).toBe("svc_api");
    expect(ids(after).get("web")).toBe(ids(before).get("web"));
  });

  it("names that sanitise alike get distinct ids, the same every time", () => {
    const ids = assignIds("svc_", ["a-b", "a.b", "a_b", "end", "Ünïcode", "東京"]);
    const values = [...ids.values()];
    expect(new Set(values).size).toBe(values.length);
    expect(ids.get("end")).toBe("svc_end");
    expect(ids.get("Ünïcode")).toBe("svc_u00fcnu00efcode");
    expect(ids.get("東京")).toBe("svc_u6771u4eac");
    for (const key of ["a-b", "a.b", "a_b"]) expect(ids.get(key)).toMatch(/^svc_a_b_[0-9a-z]+$/);
    expect(assignIds("svc_", ["a_b", "a.b", "a-b", "end", "Ünïcode", "東京"])).toEqual(ids);
    for (const id of values) expect(id).toMatch(/^[a-z0-9_]+$/);
    // A hashed id that happens to equal another key's plain id is moved, not shared.
    const hashed = ids.get("a-b")!.slice("svc_".length);
    const tricky = assignIds("svc_", ["a-b", "a.b", "a_b", hashed]);
    expect(new Set(tricky.values()).size).toBe(4);
  });

  it("sanitises every character to [a-z0-9_]", () => {
    expect(sanitiseId("PGSIMS web")).toBe("pgsims_web");
    expect(sanitiseId("ünï")).toBe("u00fcnu00ef");
    expect(sanitiseId("🚀")).toBe("u1f680");
  });
});

describe("label escaping", () => {
  const NASTY = ['say "hi"', "a#b", "<b>x</b>", "a|b", "[x](y)", "f(x){y}", "100%", "back`tick", "semi;colon", "back\\slash", "A & B", "end", "東京 café ✓"];

  it("leaves no character that could end a string, open a shape or be read as HTML, and decodes back", () => {
    for (const text of NASTY) {
      const escaped = mermaidText(text);
      const bare = escaped.replace(/#\d+;/g, "");
      expect(bare, text).not.toMatch(/["<>|[\](){}`\\;%&#]/);
      expect(decode(escaped)).toBe(text);
    }
  });

  it("folds line breaks and control characters to spaces", () => {
    expect(mermaidText("a\nb\r\nc\u2028d\u0000e")).toBe("a b c d e");
    expect(mermaidLabel(["one", "two"])).toBe('"one<br/>two"');
  });

  it("escapes file names all the way into the map (names in ports.yaml are restricted; paths are not)", async () => {
    const weird = 'nginx/conf.d/we"ird #1 [x] <y> |z| (a) {b} 100% `c`; d.conf';
    const result = await scan({
      "ports.yaml": "version: 1\nservices:\n  api: { port: 8000 }\n",
      [weird]: "server {\n  listen 8443;\n  location / { proxy_pass http://127.0.0.1:8000; }\n}\n",
    });
    const source = generateTopology(result.registry, result.refs)!;
    const block = /```mermaid\n([\s\S]*?)```/.exec(source)![1]!;
    const proxyLine = block.split("\n").find((l) => l.startsWith("    proxy_"))!;
    expect(proxyLine).toMatch(/^ {4}proxy_nginx_conf_d_we_ird__1__x___y___z___a___b__100___c___d_conf\[".*"\]$/);
    // Between the label's quotes, only the line breaks the generator writes are markup.
    const label = /\["(.*)"\]$/.exec(proxyLine)![1]!;
    for (const part of label.split("<br/>")) expect(part.replace(/#\d+;/g, ""), part).not.toMatch(/["<>|[\](){}`\\;%&#]/);
    expect(decode(label)).toBe(`nginx :8443<br/>proxy: ${weird}`);
  });
});

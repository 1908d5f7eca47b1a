// A deterministic synthetic repository for benchmarks: source in several languages, compose
// files, env templates, Dockerfiles and Markdown, with a matching ports.yaml.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  "const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);",
  "if (!user) throw new Error('missing user');",
  "for (let i = 0; i < rows.length; i++) { process(rows[i]); }",
  "setTimeout(() => refresh(), 3000);",
  "const MAX_ITEMS = 4000;",
  "return response.status === 404 ? null : response.json();",
  "logger.info(`processed ${count} records in ${elapsed}ms`);",
  "const color = '#8080ff';",
];

const LANGS = [
  { ext: "ts", line: (p, env) => `const port = Number(process.env.${env} ?? ${p});`, url: (p) => `const base = "http://localhost:${p}/api";` },
  { ext: "js", line: (p) => `app.listen(${p}, () => console.log("ready"));`, url: (p) => `fetch("http://127.0.0.1:${p}/health");` },
  { ext: "py", line: (p, env) => `PORT = int(os.getenv("${env}", "${p}"))`, url: (p) => `BASE_URL = "http://localhost:${p}"` },
  { ext: "go", line: (p) => `log.Fatal(http.ListenAndServe(":${p}", mux))`, url: (p) => `const upstream = "http://localhost:${p}"` },
  { ext: "java", line: (p) => `server.setPort(${p});`, url: (p) => `String url = "http://localhost:${p}/v1";` },
  { ext: "rb", line: (p, env) => `port = ENV.fetch("${env}", ${p})`, url: (p) => `URL = "http://localhost:${p}"` },
  { ext: "sh", line: (p) => `exec uvicorn app:app --host 127.0.0.1 --port ${p}`, url: (p) => `curl -fsS http://localhost:${p}/healthz` },
];

/**
 * `portDensity` is the share of source files that mention a port at all. Real code is sparse: in
 * the precision census (bench/precision) about 2% of 52,700 files held a port reference; 0.05 is
 * a generous default. 1 makes every source file port-heavy, a worst case.
 */
export function buildSyntheticRepo(dir, { files = 20000, services = 200, portDensity = 0.05 } = {}) {
  const rand = mulberry32(42);
  const write = (rel, text) => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  const svc = Array.from({ length: services }, (_, i) => ({
    name: `svc-${i}`,
    env: `SVC_${i}_PORT`,
    port: 10000 + i,
  }));
  let yaml = "version: 1\nproject: synthetic\nranges:\n  apps: { from: 10000, to: 10999 }\nservices:\n";
  for (const s of svc) yaml += `  ${s.name}:\n    port: ${s.port}\n    env: ${s.env}\n    range: apps\n    access: localhost\n`;
  write("ports.yaml", yaml);
  let count = 1;
  for (let i = 0; i < 200; i++) {
    const s = svc[i % services];
    write(`services/${s.name}/docker-compose.yml`, `services:\n  ${s.name}:\n    image: example/${s.name}:1\n    ports:\n      - "127.0.0.1:\${${s.env}:-${s.port}}:8080"\n    environment:\n      LOG_LEVEL: info\n`);
    count++;
  }
  for (let i = 0; i < 500; i++) {
    const s = svc[i % services];
    write(`services/${s.name}/env/${i}.env.example`, `${s.env}=${s.port}\nLOG_LEVEL=info\nDATABASE_URL=postgres://app:app@db:5432/app\n`);
    count++;
  }
  for (let i = 0; i < 300; i++) {
    const s = svc[i % services];
    write(`services/${s.name}/docker/${i}/Dockerfile`, `FROM node:20\nWORKDIR /app\nCOPY . .\nEXPOSE 8080\nCMD ["node", "server.js"]\n`);
    count++;
  }
  for (let i = 0; i < 500; i++) {
    const s = svc[i % services];
    write(`docs/${i}.md`, `# ${s.name}\n\nRun it and open http://localhost:${s.port}.\n\n| Service | Port |\n| --- | --- |\n| ${s.name} | ${s.port} |\n\n${FILLER.join("\n\n")}\n`);
    count++;
  }
  let n = 0;
  while (count < files) {
    const lang = LANGS[n % LANGS.length];
    const s = svc[Math.floor(rand() * services)];
    const lines = [];
    const body = 40 + Math.floor(rand() * 80);
    const withPorts = rand() < portDensity;
    for (let k = 0; k < body; k++) {
      const r = rand();
      if (withPorts && r < 0.01) lines.push(lang.line(s.port, s.env));
      else if (withPorts && r < 0.02) lines.push(lang.url(s.port));
      else lines.push(FILLER[Math.floor(rand() * FILLER.length)]);
    }
    write(`src/${lang.ext}/m${Math.floor(n / 500)}/file${n}.${lang.ext}`, `${lines.join("\n")}\n`);
    n++;
    count++;
  }
  return { files: count };
}

export function gitInit(dir) {
  const env = { ...process.env, GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.invalid" };
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: dir, env });
  execFileSync("git", ["add", "-A"], { cwd: dir, env });
  execFileSync("git", ["commit", "-q", "-m", "synthetic"], { cwd: dir, env });
}

// .pre-commit-hooks.yaml: the hook definition, and its `files` pattern (as Python's `re` reads it,
// which is what the pre-commit framework uses) covering every file Portcullis classifies.

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { classify } from "../../src/scan/scanners/index.js";
import { FIXTURES, REPO_ROOT } from "../helpers/temp-repo.js";

interface Hook {
  id: string;
  entry: string;
  language: string;
  require_serial: boolean;
  pass_filenames?: boolean;
  files: string;
}

const hooks = parse(readFileSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const hook = hooks.find((h) => h.id === "portcullis")!;

/** Which of `paths` the pattern selects, asked of Python's `re.search`, as pre-commit does. */
function pythonMatches(pattern: string, paths: string[]): string[] {
  const script = "import json,re,sys\nd=json.load(sys.stdin)\nr=re.compile(d['p'])\nprint(json.dumps([f for f in d['f'] if r.search(f)]))";
  try {
    return JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify({ p: pattern, f: paths }) }).toString());
  } catch (error) {
    throw new Error(`python3 is needed to check the pattern as the pre-commit framework reads it: ${(error as Error).message}`);
  }
}

function allFiles(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const child = rel ? `${rel}/${name}` : name;
    return statSync(path.join(dir, child)).isDirectory() ? allFiles(dir, child) : [child];
  });
}

const PORT_FILES = [
  "ports.yaml", "infra/host-ports.yml", ".portcullis.yaml",
  "docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yaml", "compose.override.yml",
  ".env", ".env.example", ".env.local", "backend.env.example", "app.env", "env.example", "config/env.template",
  "Dockerfile", "api/Dockerfile.dev", "web.Dockerfile", "Containerfile",
  "README.md", "docs/PORTS.md", "notes.markdown",
  "nginx/nginx.conf", "conf.d/site.conf", "sites-available/default", "Caddyfile", "deploy/app.caddyfile",
  "systemd/api.service", "api.socket", "supervisord.conf", "php-fpm.d/www.conf", "haproxy.cfg", "redis.conf",
  "setup.cfg", "app.ini", "k8s/deployment.yaml", "traefik.toml", "prometheus.yml", "Procfile", "Procfile.dev",
  "package.json", "web/vite.config.ts", "next.config.mjs",
  "src/server.ts", "src/app.tsx", "lib/x.mjs", "app/main.py", "cmd/main.go", "App.java", "Main.kt", "app.rb",
  "index.php", "main.rs", "Program.cs", "scripts/start.sh", "Makefile", "build.mk", "Gemfile",
];
const OTHER_FILES = ["logo.png", "LICENSE", "package-lock.json", "yarn.lock", "font.woff2", "data.csv", "go.sum", "image.jpg"];

describe(".pre-commit-hooks.yaml", () => {
  it("defines the portcullis hook as the pre-commit framework expects", () => {
    expect(hook).toMatchObject({ id: "portcullis", language: "node", entry: "portcullis check", require_serial: true });
    expect(hook.pass_filenames ?? true).toBe(true);
    // The entry is this package's executable.
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(" ")[0]);
  });

  it("selects every family Portcullis reads and leaves other files alone", () => {
    expect(pythonMatches(hook.files, PORT_FILES)).toEqual(PORT_FILES);
    expect(pythonMatches(hook.files, OTHER_FILES)).toEqual([]);
  });

  it("selects every file the scanners classify, in the fixtures and the sample names", () => {
    const classified = [...new Set([...allFiles(FIXTURES), ...PORT_FILES])].filter((file) => classify(file));
    expect(classified.length).toBeGreaterThan(30);
    expect(pythonMatches(hook.files, classified)).toEqual(classified);
  });
});

// `portcullis env`: every format exactly, shell output evaluated by a real shell, and templates
// updated in place (comments, order, quotes, CRLF kept; missing variables appended).

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/env.js";
import type { CliIO } from "../../src/cli/io.js";
import { UsageError } from "../../src/cli/io.js";
import { derivedVariableName, mergeEnvFile, registryVariables } from "../../src/docs/env-file.js";
import { parseRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";
import { makeRepo, type TempRepo } from "../helpers/temp-repo.js";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
  return { io: value, stdout: () => out.join(""), stderr: () => err.join("") };
}

const PORTS_YAML = `version: 1
services:
  api:
    port: 8000
    env: CONTIMG_API_PORT
  docs:
    port: 8001
    env: CONTIMG_DOCS_PORT
  frontend-dev:
    port: 5173
  mcpWs:
    port: 9009
  redis:
    port: 6379
    env: REDIS_PORT
`;

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function setup(files: Record<string, string> = {}): string {
  repo = makeRepo({ "ports.yaml": PORTS_YAML, ...files }, { git: false });
  return repo.dir;
}

async function env(args: string[], dir: string) {
  const out = io(dir);
  const code = await run(args, out.io);
  return { code, stdout: out.stdout(), stderr: out.stderr() };
}

describe("portcullis env", () => {
  it("prints dotenv by default, in registry order, leaving out services without env", async () => {
    const dir = setup();
    expect(await env([], dir)).toEqual({ code: 0, stdout: "CONTIMG_API_PORT=8000\nCONTIMG_DOCS_PORT=8001\nREDIS_PORT=6379\n", stderr: "" });
    expect((await env(["--format", "github"], dir)).stdout).toBe("CONTIMG_API_PORT=8000\nCONTIMG_DOCS_PORT=8001\nREDIS_PORT=6379\n");
  });

  it("prints shell exports a real shell evaluates", async () => {
    const dir = setup();
    const { stdout } = await env(["--format", "shell", "--all"], dir);
    expect(stdout).toBe(
      "export CONTIMG_API_PORT=8000\nexport CONTIMG_DOCS_PORT=8001\nexport FRONTEND_DEV_PORT=5173\nexport MCP_WS_PORT=9009\nexport REDIS_PORT=6379\n",
    );
    const echoed = execFileSync("sh", ["-c", 'eval "$PORTCULLIS_ENV"; echo "$CONTIMG_API_PORT $FRONTEND_DEV_PORT $MCP_WS_PORT"'], {
      env: { PATH: process.env.PATH, PORTCULLIS_ENV: stdout },
      encoding: "utf8",
    });
    expect(echoed).toBe("8000 5173 9009\n");
  });

  it("prints a JSON object", async () => {
    const dir = setup();
    const { stdout } = await env(["--format", "json"], dir);
    expect(JSON.parse(stdout)).toEqual({ CONTIMG_API_PORT: 8000, CONTIMG_DOCS_PORT: 8001, REDIS_PORT: 6379 });
    expect(stdout).toBe('{\n  "CONTIMG_API_PORT": 8000,\n  "CONTIMG_DOCS_PORT": 8001,\n  "REDIS_PORT": 6379\n}\n');
  });

  it("rejects unknown formats and arguments", async () => {
    const dir = setup();
    await expect(env(["--format", "yaml"], dir)).rejects.toThrow(UsageError);
    await expect(env(["api"], dir)).rejects.toThrow(UsageError);
  });

  it("updates a template in place: values, quotes and comments kept, missing variables appended", async () => {
    const template = [
      "# Ports for local development",
      "# Default: 8000. If it is taken, try 8001.",
      "CONTIMG_API_PORT=8100",
      "",
      "DATABASE_URL=postgres://localhost:5432/app",
      'export CONTIMG_DOCS_PORT="9001"   # docs preview',
      "# REDIS_PORT=6380",
      "CONTIMG_API_PORT = 8200 # a second assignment",
    ].join("\n");
    const dir = setup({ ".env.example": template });
    expect(await env(["--write", ".env.example"], dir)).toEqual({ code: 0, stdout: "wrote 3 variables to .env.example\n", stderr: "" });
    expect(readFileSync(path.join(dir, ".env.example"), "utf8")).toBe(
      [
        "# Ports for local development",
        "# Default: 8000. If it is taken, try 8001.",
        "CONTIMG_API_PORT=8000",
        "",
        "DATABASE_URL=postgres://localhost:5432/app",
        'export CONTIMG_DOCS_PORT="8001"   # docs preview',
        "# REDIS_PORT=6380",
        "CONTIMG_API_PORT = 8000 # a second assignment",
        "REDIS_PORT=6379",
        "",
      ].join("\n"),
    );
    expect(await env(["--write", ".env.example"], dir)).toEqual({ code: 0, stdout: ".env.example is up to date\n", stderr: "" });
  });

  it("keeps CRLF templates CRLF", async () => {
    const dir = setup({ ".env": "# local\r\nREDIS_PORT=1\r\n" });
    await env(["--write", ".env"], dir);
    expect(readFileSync(path.join(dir, ".env"), "utf8")).toBe("# local\r\nREDIS_PORT=6379\r\nCONTIMG_API_PORT=8000\r\nCONTIMG_DOCS_PORT=8001\r\n");
  });

  it("creates a missing file in the format its name suggests", async () => {
    const dir = setup();
    await env(["--write", "ports.sh"], dir);
    expect(readFileSync(path.join(dir, "ports.sh"), "utf8")).toBe("export CONTIMG_API_PORT=8000\nexport CONTIMG_DOCS_PORT=8001\nexport REDIS_PORT=6379\n");
    await env(["--write", "out/ports.json"], dir);
    expect(JSON.parse(readFileSync(path.join(dir, "out/ports.json"), "utf8"))).toEqual({ CONTIMG_API_PORT: 8000, CONTIMG_DOCS_PORT: 8001, REDIS_PORT: 6379 });
  });

  it("merges into a JSON object, keeping its keys and string values, and refuses other JSON", async () => {
    const dir = setup({ "ports.json": '{"NODE_ENV": "dev", "REDIS_PORT": "1"}' });
    await env(["--write", "ports.json"], dir);
    expect(readFileSync(path.join(dir, "ports.json"), "utf8")).toBe(
      '{\n  "NODE_ENV": "dev",\n  "REDIS_PORT": "6379",\n  "CONTIMG_API_PORT": 8000,\n  "CONTIMG_DOCS_PORT": 8001\n}\n',
    );
    writeFileSync(path.join(dir, "list.json"), "[1, 2]");
    await expect(env(["--write", "list.json"], dir)).rejects.toThrow(ConfigError);
    expect(readFileSync(path.join(dir, "list.json"), "utf8")).toBe("[1, 2]");
  });
});

describe("registry variables", () => {
  it("derives upper-snake names and keeps the first of colliding names", () => {
    expect(derivedVariableName("frontend-dev")).toBe("FRONTEND_DEV_PORT");
    expect(derivedVariableName("mcpWs")).toBe("MCP_WS_PORT");
    expect(derivedVariableName("3d.viewer")).toBe("_3D_VIEWER_PORT");
    const registry = parseRegistry(
      "ports.yaml",
      "version: 1\nservices:\n  web:\n    port: 3000\n    env: API_PORT\n  api:\n    port: 8000\n  web-ui:\n    port: 3001\n  web_ui:\n    port: 3002\n",
    );
    const { variables, warnings } = registryVariables(registry, { all: true });
    expect(variables.map((v) => `${v.name}=${v.value}`)).toEqual(["API_PORT=3000", "WEB_UI_PORT=3001"]);
    expect(warnings).toEqual([
      "api: API_PORT is already web's variable; left out",
      "web_ui: WEB_UI_PORT is already web-ui's variable; left out",
    ]);
  });

  it("leaves unrelated lines byte for byte", () => {
    const text = "A=1\n  B = 'x'  \n# API_PORT=1\nAPI_PORT='2' # kept\n";
    expect(mergeEnvFile(text, [{ name: "API_PORT", value: 8000, service: "api", derived: false }], "dotenv")).toBe(
      "A=1\n  B = 'x'  \n# API_PORT=1\nAPI_PORT='8000' # kept\n",
    );
  });
});

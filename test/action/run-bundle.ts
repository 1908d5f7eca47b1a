// Runs the bundled Action (dist/action/index.js) as a runner does: a fresh node process with
// INPUT_* variables, the GITHUB_* environment, an event payload file, and empty output and
// summary files; then reads back what it wrote.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../helpers/temp-repo.js";

/** The bundle under test; PORTCULLIS_ACTION_BUNDLE points elsewhere (a bundle built into a temp folder). */
export const BUNDLE = process.env.PORTCULLIS_ACTION_BUNDLE ?? path.join(REPO_ROOT, "dist/action/index.js");

export function bundleMissing(): string | undefined {
  return existsSync(BUNDLE) ? undefined : `${BUNDLE} is missing: run npm run build (or set PORTCULLIS_ACTION_BUNDLE)`;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
}

export interface RunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  sha: string;
  apiUrl?: string;
  repository?: string;
  env?: Record<string, string>;
}

/** The toolkit's unescaping, to read commands back. */
function unescape(value: string): string {
  return value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    out.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return out;
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as the toolkit writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) {
      const eq = lines[i]!.indexOf("=");
      if (eq > 0) outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
      continue;
    }
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join("\n");
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runner = mkdtempSync(path.join(os.tmpdir(), "portcullis-runner-"));
  try {
    const temp = path.join(runner, "temp");
    mkdirSync(temp);
    const eventPath = path.join(runner, "event.json");
    writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
    const summaryPath = path.join(runner, "step_summary.md");
    const outputPath = path.join(runner, "output.txt");
    writeFileSync(summaryPath, "");
    writeFileSync(outputPath, "");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? runner,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName ?? "push",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repository ?? "acme/shop",
      GITHUB_SHA: options.sha,
      GITHUB_REF: "refs/heads/main",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: temp,
      ...options.env,
    };
    // The runner's naming: INPUT_ + name upper-cased with spaces as underscores (dashes stay).
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;

    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
      child.on("error", reject);
      child.on("close", (status) => resolve({ code: status ?? 1, stdout: out, stderr: err }));
    });
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputPath, "utf8")),
      summary: readFileSync(summaryPath, "utf8"),
      commands: parseCommands(stdout),
    };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

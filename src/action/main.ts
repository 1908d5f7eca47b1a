// The one module that talks to the runner toolkit: inputs, outputs, annotations, summary and the
// authenticated REST client are adapted here; the work happens in plain modules.

import path from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { ConfigError } from "../registry/model.js";
import type { Annotation } from "../report/github.js";
import { readRunContext } from "./event.js";
import type { ActionHost } from "./host.js";
import { InputError, parseInputs } from "./inputs.js";
import type { GitHubRequest } from "./rest.js";
import { runCheck } from "./run-check.js";
import { runDocs } from "./run-docs.js";
import { portMapMarkdown, renderPortMapFile } from "./port-map.js";

function annotate(annotation: Annotation): void {
  const p = annotation.properties;
  const properties: core.AnnotationProperties = {};
  if (p.title !== undefined) properties.title = p.title;
  if (p.file !== undefined) properties.file = p.file;
  if (p.line !== undefined) properties.startLine = p.line;
  if (p.endLine !== undefined) properties.endLine = p.endLine;
  if (p.col !== undefined) properties.startColumn = p.col;
  if (p.endColumn !== undefined) properties.endColumn = p.endColumn;
  if (annotation.level === "error") core.error(annotation.message, properties);
  else if (annotation.level === "warning") core.warning(annotation.message, properties);
  else core.notice(annotation.message, properties);
}

function makeHost(token: string | undefined): ActionHost {
  let request: GitHubRequest | undefined;
  if (token) {
    const octokit = github.getOctokit(token);
    request = async (route, params) => {
      const response = await octokit.request(route, params);
      return { status: response.status, data: response.data, headers: response.headers as Record<string, string | number | undefined> };
    };
  }
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate,
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    async appendSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info("No job summary file (GITHUB_STEP_SUMMARY) in this environment; skipping the summary.");
        return;
      }
      await core.summary.addRaw(markdown).write();
    },
    ...(request ? { request } : {}),
  };
}

/** A configuration error as an annotation on the file and line it is about. */
function reportConfigError(error: ConfigError, workspace: string, workingDirectory: string): void {
  const absolute = path.isAbsolute(error.file) ? error.file : path.resolve(workspace, workingDirectory, error.file);
  const file = path.relative(workspace, absolute).split(path.sep).join("/");
  const properties: core.AnnotationProperties = { title: "portcullis: configuration error" };
  if (!file.startsWith("..")) properties.file = file;
  if (error.line) properties.startLine = error.line;
  if (error.column) properties.startColumn = error.column;
  core.error(error.message, properties);
  core.setFailed(error.format());
}

export async function run(): Promise<void> {
  let workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  let workingDirectory = ".";
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    // No core.setSecret(token): it would write the token to stdout, and the runner already masks
    // github.token and every secret. The token goes only into the Authorization header.
    workingDirectory = inputs.workingDirectory;
    const context = readRunContext(process.env, github.context.payload, process.cwd());
    workspace = context.workspace;
    const host = makeHost(inputs.token);
    if (inputs.command === "docs") {
      await runDocs(host, inputs, context, { render: renderPortMapFile });
    } else {
      await runCheck(host, inputs, context, { portMap: portMapMarkdown });
    }
  } catch (error) {
    if (error instanceof ConfigError) reportConfigError(error, workspace, workingDirectory);
    else if (error instanceof InputError) core.setFailed(error.message);
    else core.setFailed(`Portcullis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

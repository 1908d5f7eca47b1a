// `portcullis init`: audit a repository that has no ports.yaml yet and propose one.

import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { check } from "../engine/check.js";
import { proposeRegistry } from "../init/propose.js";
import { renderAudit, renderProposal } from "../init/render.js";
import { findConfig, parseRegistry } from "../registry/load.js";
import { writeFileAtomic } from "../atomic-write.js";
import { UsageError, type Command } from "./io.js";

const HELP = `Usage: portcullis init [--write [--force]] [--root DIR] [--json]

Scans the repository, prints an audit of every port it finds (where it is configured, collisions,
services published on all interfaces) and a proposed ports.yaml.

Options:
  --write     write the proposal to ports.yaml
  --force     overwrite an existing ports.yaml (with --write)
  --root DIR  repository to audit (default: the current folder)
  --json      print the proposal as JSON
`;

export const run: Command = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      write: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      root: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.force && !values.write) throw new UsageError("--force only makes sense with --write");
  const root = path.resolve(io.cwd, values.root ?? ".");
  if (!existsSync(root)) throw new UsageError(`no such folder: ${root}`);

  // Scan with an empty registry: nothing is attributed, every reference is reported as found.
  const result = await check({ root, registry: parseRegistry("ports.yaml", "version: 1\n") });
  const proposal = proposeRegistry(result.refs);
  const yaml = renderProposal(proposal, path.basename(root));
  for (const notice of result.notices) io.stderr(`portcullis: ${notice}\n`);

  if (values.json) {
    const services = proposal.services.map(({ refs, ...s }) => ({ ...s, configuredIn: refs.map((r) => `${r.file}:${r.line}`) }));
    io.stdout(`${JSON.stringify({ services, ranges: proposal.ranges, collisions: proposal.collisions }, null, 2)}\n`);
  } else {
    io.stdout(renderAudit(proposal, { files: new Set(result.refs.map((r) => r.file)).size, refs: result.refs.length }));
  }

  if (!values.write) {
    if (!values.json) io.stdout(`\nProposed ports.yaml (write it with --write):\n\n${yaml}`);
    return 0;
  }
  const existing = findConfig(root);
  if (existing && !values.force) {
    io.stderr(`portcullis: ${path.relative(io.cwd, existing) || existing} already exists; pass --force to overwrite it\n`);
    return 2;
  }
  const target = existing ?? path.join(root, "ports.yaml");
  await writeFileAtomic(target, yaml);
  io.stderr(`portcullis: wrote ${path.relative(io.cwd, target) || target} with ${proposal.services.length} services\n`);
  return 0;
};

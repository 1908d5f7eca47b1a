// `portcullis docs`: regenerate the port map from ports.yaml and the ports found in the repository,
// or with --check, fail with a diff when the committed map is stale.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { unifiedDiff } from "../docs/diff.js";
import { generatePortMap, portMapOutputFile } from "../docs/generate.js";
import { normaliseEol } from "../docs/markers.js";
import { renderPortMapInto } from "../docs/stale.js";
import { check, type CheckResult } from "../engine/check.js";
import { ConfigError } from "../registry/model.js";
import { writeFileAtomic } from "./check.js";
import type { Command } from "./io.js";
import { locateProject } from "./project.js";

export { isPortMapStale, isPortMapRegionStale } from "../docs/stale.js";

const HELP = `Usage: portcullis docs [--check] [--output FILE] [--config FILE] [paths…]

Regenerates the port map from ports.yaml and the ports found in the repository.
The map goes to docs.output in ports.yaml (default PORTS.md, next to ports.yaml).
In a file holding <!-- portcullis:begin --> and <!-- portcullis:end -->, only the text
between the markers is replaced; any other existing file that is not a generated map
is left untouched (exit 2).

Options:
  --check          write nothing; exit 1 and print a unified diff when the map is stale
  --output FILE    write the map to FILE instead of docs.output ("-" prints it)
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --root DIR       repository root (default: the folder of ports.yaml)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help

Paths are accepted, so hook runners can pass file names, and ignored: the map always
covers the whole repository.
`;

export interface PortMapFile {
  /** Absolute path of the map's file. */
  file: string;
  /** The same, relative to the repository root with `/` separators (what links are relative to). */
  relative: string;
  /** The file's complete new content (markers already merged into an existing file). */
  content: string;
  /** The file's current content; undefined when it does not exist. */
  current?: string;
  /** The current file does not hold the map the registry and refs produce (line endings aside). */
  stale: boolean;
}

export interface PortMapFileOptions {
  root: string;
  config?: string;
  /** Output file, absolute or relative to `root`; default: docs.output next to the registry. */
  output?: string;
  allowOutside?: boolean;
  /** A check already run (its registry and refs are used); default: run one. */
  result?: CheckResult;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The port map file as it should be. Throws ConfigError when the target exists and is neither a
 * generated map nor a file with markers (a generated map never overwrites hand-written docs).
 */
export async function buildPortMapFile(options: PortMapFileOptions): Promise<PortMapFile> {
  const root = path.resolve(options.root);
  const result =
    options.result ??
    (await check({ root, ...(options.config ? { config: options.config } : {}), allowOutside: options.allowOutside ?? false }));
  const file = options.output ? path.resolve(root, options.output) : path.resolve(root, portMapOutputFile(result.registry));
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (relative.startsWith("../") || relative === ".." || path.isAbsolute(relative)) {
    throw new ConfigError(`the port map must lie inside the repository (${root}); its links are relative to it`, relative);
  }
  const current = await readIfExists(file);
  const rendered = renderPortMapInto(result.registry, result.refs, relative, current);
  if (!rendered.ok) throw new ConfigError(rendered.message, relative);
  const stale = current === undefined || normaliseEol(rendered.text) !== normaliseEol(current);
  return { file, relative, content: rendered.text, ...(current !== undefined ? { current } : {}), stale };
}

export const run: Command = async (args, io) => {
  const { values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      check: { type: "boolean", default: false },
      output: { type: "string" },
      config: { type: "string" },
      root: { type: "string" },
      "allow-outside": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const project = locateProject(io.cwd, { config: values.config, root: values.root });
  const result = await check({ root: project.root, config: project.config, allowOutside: values["allow-outside"] });
  if (values.output === "-") {
    io.stdout(generatePortMap(result.registry, result.refs, { outputFile: portMapOutputFile(result.registry) }));
    return 0;
  }
  const map = await buildPortMapFile({
    root: project.root,
    result,
    ...(values.output ? { output: path.resolve(io.cwd, values.output) } : {}),
  });
  const shown = path.relative(io.cwd, map.file) || map.file;

  if (values.check) {
    if (!map.stale) {
      io.stdout(`${shown} is up to date\n`);
      return 0;
    }
    const from = map.current === undefined ? "/dev/null" : `a/${map.relative}`;
    io.stdout(unifiedDiff(normaliseEol(map.current ?? ""), normaliseEol(map.content), { fromFile: from, toFile: `b/${map.relative}` }));
    io.stderr(`portcullis: ${shown} is ${map.current === undefined ? "missing" : "stale"}; run \`portcullis docs\` to regenerate it\n`);
    return 1;
  }
  if (map.current === map.content) {
    io.stdout(`${shown} is up to date\n`);
    return 0;
  }
  await writeFileAtomic(map.file, map.content);
  io.stdout(`wrote ${shown}\n`);
  return 0;
};

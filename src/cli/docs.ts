// `portcullis docs`: regenerate the port map from ports.yaml and the ports found in the repository,
// or with --check, fail with a diff when the committed map is stale.

import path from "node:path";
import { parseArgs } from "node:util";
import { renderRangeChartSvg } from "../docs/diagram/range-chart.js";
import { diagramSettings } from "../docs/diagram/settings.js";
import { unifiedDiff } from "../docs/diff.js";
import { generatePortMap, portMapOutputFile } from "../docs/generate.js";
import { normaliseEol } from "../docs/markers.js";
import { renderPortMapInto } from "../docs/stale.js";
import { check, type CheckResult } from "../engine/check.js";
import { ConfigError } from "../registry/model.js";
import { writeFileAtomic } from "../atomic-write.js";
import type { Command } from "./io.js";
import { readIfExists } from "./read-if-exists.js";
import { locateProject } from "./project.js";
import { CACHE_FLAGS, cacheHelp, registryCacheOption, scanCacheOption } from "./scan-cache-option.js";

export { isPortMapStale, isPortMapRegionStale } from "../docs/stale.js";

const HELP = `Usage: portcullis docs [--check] [--output FILE] [--config FILE] [paths…]

Regenerates the port map from ports.yaml and the ports found in the repository.
The map goes to docs.output in ports.yaml (default PORTS.md, next to ports.yaml);
it opens with a Mermaid diagram of entry points, proxies and services, and links a
range allocation chart written to docs.diagram (default ports-map.svg beside the
map; "mermaid" for the diagram alone, "none" for neither).
In a file holding <!-- portcullis:begin --> and <!-- portcullis:end -->, only the text
between the markers is replaced; any other existing file that is not a generated map
is left untouched (exit 2).

Options:
  --check          write nothing; exit 1 and print a unified diff when the map or chart is stale
  --output FILE    write the map to FILE instead of docs.output ("-" prints it)
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --root DIR       repository root (default: the folder of ports.yaml)
  --allow-outside  let extends read registries outside the repository
${cacheHelp(19)}  -h, --help       show this help

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
  /** The range allocation chart the map links to; undefined when there is none (no range, or docs.diagram says so). */
  chart?: GeneratedFile;
}

/** A file generated beside the map. */
export interface GeneratedFile {
  file: string;
  relative: string;
  content: string;
  current?: string;
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
  const rendered = renderPortMapInto(result.registry, result.refs, relative, current, result.suppressed);
  if (!rendered.ok) throw new ConfigError(rendered.message, relative);
  const stale = current === undefined || normaliseEol(rendered.text) !== normaliseEol(current);
  const chart = await buildChartFile(root, result, relative);
  return { file, relative, content: rendered.text, ...(current !== undefined ? { current } : {}), stale, ...(chart ? { chart } : {}) };
}

/** The range chart for a map written to `mapFile` (repository-relative), as docs.diagram places it. */
async function buildChartFile(root: string, result: CheckResult, mapFile: string): Promise<GeneratedFile | undefined> {
  const settings = diagramSettings(result.registry, mapFile);
  if (settings.error) throw new ConfigError(settings.error, result.registry.file);
  if (!settings.chartFile) return undefined;
  const svg = renderRangeChartSvg(result.registry, result.refs);
  if (svg === undefined) return undefined;
  const relative = settings.chartFile;
  if (relative.startsWith("../") || relative === ".." || path.posix.isAbsolute(relative)) {
    throw new ConfigError(`the range chart (docs.diagram) must lie inside the repository (${root})`, result.registry.file);
  }
  const file = path.resolve(root, relative);
  const current = await readIfExists(file);
  const stale = current === undefined || normaliseEol(current) !== svg;
  // A checkout with CRLF line endings keeps them, as the map does.
  const content = current !== undefined && /\r\n/.test(current) ? svg.replace(/\n/g, "\r\n") : svg;
  return { file, relative, content, ...(current !== undefined ? { current } : {}), stale };
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
      ...CACHE_FLAGS,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const project = locateProject(io.cwd, { config: values.config, root: values.root });
  const result = await check({
    root: project.root,
    config: project.config,
    allowOutside: values["allow-outside"],
    cache: scanCacheOption(values, io.env),
    ...registryCacheOption(io.env),
  });
  if (values.output === "-") {
    io.stdout(generatePortMap(result.registry, result.refs, { outputFile: portMapOutputFile(result.registry), suppressed: result.suppressed }));
    return 0;
  }
  const map = await buildPortMapFile({
    root: project.root,
    result,
    ...(values.output ? { output: path.resolve(io.cwd, values.output) } : {}),
  });
  const shownOf = (file: string) => path.relative(io.cwd, file) || file;
  const shown = shownOf(map.file);
  // The chart is reported only when it needs something: a current map with its chart is "up to date".
  const files = [map, ...(map.chart ? [map.chart] : [])];

  if (values.check) {
    const stale = files.filter((f) => f.stale);
    if (stale.length === 0) {
      io.stdout(`${shown} is up to date\n`);
      return 0;
    }
    for (const f of stale) {
      const from = f.current === undefined ? "/dev/null" : `a/${f.relative}`;
      io.stdout(unifiedDiff(normaliseEol(f.current ?? ""), normaliseEol(f.content), { fromFile: from, toFile: `b/${f.relative}` }));
    }
    for (const f of stale) {
      io.stderr(`portcullis: ${shownOf(f.file)} is ${f.current === undefined ? "missing" : "stale"}; run \`portcullis docs\` to regenerate it\n`);
    }
    return 1;
  }
  const changed = files.filter((f) => f.current !== f.content);
  if (changed.length === 0) {
    io.stdout(`${shown} is up to date\n`);
    return 0;
  }
  for (const f of changed) {
    await writeFileAtomic(f.file, f.content);
    io.stdout(`wrote ${shownOf(f.file)}\n`);
  }
  return 0;
};

// `portcullis env`: the registry's ports as environment variables, printed or merged into a file.

import path from "node:path";
import { parseArgs } from "node:util";
import { ENV_FORMATS, formatVariables, mergeEnvFile, mergeJsonFile, registryVariables, type EnvFormat } from "../docs/env-file.js";
import { resolveRegistry } from "../engine/check.js";
import { ConfigError } from "../registry/model.js";
import { writeFileAtomic } from "../atomic-write.js";
import { readIfExists } from "./read-if-exists.js";
import { UsageError, type Command } from "./io.js";
import { locateProject } from "./project.js";

const HELP = `Usage: portcullis env [--format dotenv|shell|json|github] [--write FILE] [--all] [--config FILE]

Prints every service's port under its variable (env: in ports.yaml), as declared there:
  dotenv   CONTIMG_API_PORT=8000          (default)
  shell    export CONTIMG_API_PORT=8000   (for \`eval "$(portcullis env --format shell)"\`)
  json     { "CONTIMG_API_PORT": 8000 }
  github   CONTIMG_API_PORT=8000          (lines for "$GITHUB_ENV")

Services without env: are left out; --all includes them as <NAME>_PORT in upper snake
case (frontend-dev -> FRONTEND_DEV_PORT).

Options:
  --format NAME    ${ENV_FORMATS.join(" | ")} (default: dotenv, or from the --write file's extension)
  --write FILE     update FILE instead of printing: known variables get the registry's values where
                   they stand (comments, order and other variables kept), missing ones are appended
  --all            include services without env:
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --root DIR       repository root (default: the folder of ports.yaml)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help
`;

function formatFor(file: string | undefined): EnvFormat {
  if (file?.endsWith(".json")) return "json";
  if (file?.endsWith(".sh") || file?.endsWith(".bash")) return "shell";
  return "dotenv";
}

export const run: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      write: { type: "string" },
      all: { type: "boolean", default: false },
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
  if (positionals.length > 0) throw new UsageError(`env takes no arguments, got "${positionals[0]}"`);
  if (values.format !== undefined && !(ENV_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}" (expected ${ENV_FORMATS.join(", ")})`);
  }
  const format = (values.format as EnvFormat | undefined) ?? formatFor(values.write);

  const project = locateProject(io.cwd, { config: values.config, root: values.root });
  const registry = await resolveRegistry(project.root, project.config, values["allow-outside"]);
  const { variables, warnings } = registryVariables(registry, { all: values.all });
  for (const warning of warnings) io.stderr(`portcullis: ${warning}\n`);

  if (!values.write) {
    io.stdout(formatVariables(variables, format));
    return 0;
  }
  const target = path.resolve(io.cwd, values.write);
  const shown = path.relative(io.cwd, target) || target;
  const existing = await readIfExists(target);
  let text: string;
  if (existing === undefined) text = formatVariables(variables, format);
  else if (format === "json") {
    try {
      text = mergeJsonFile(existing, variables);
    } catch (error) {
      throw new ConfigError(`${(error as Error).message}; not overwritten`, shown);
    }
  } else text = mergeEnvFile(existing, variables, format);
  if (text === existing) {
    io.stdout(`${shown} is up to date\n`);
    return 0;
  }
  await writeFileAtomic(target, text);
  io.stdout(`wrote ${variables.length} variable${variables.length === 1 ? "" : "s"} to ${shown}\n`);
  return 0;
};

"use strict";
exports.id = 873;
exports.ids = [873];
exports.modules = {

/***/ 8873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/docs/env-file.js
// The registry as environment variables (dotenv, shell, JSON, $GITHUB_ENV lines), and merging
// them into an existing template without disturbing its comments, order or other variables.
const ENV_FORMATS = ["dotenv", "shell", "json", "github"];
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `frontend-dev` → `FRONTEND_DEV_PORT`: the name a service without `env` gets with `--all`. */
function derivedVariableName(service) {
    const snake = service
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/[^A-Za-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .toUpperCase();
    const name = `${snake}_PORT`;
    return /^[0-9]/.test(name) ? `_${name}` : name;
}
/**
 * Every service's variable and port, in registry order. Services without `env` are left out unless
 * `all` is set: a name nothing reads would start a second naming scheme. Collisions keep the first.
 */
function registryVariables(registry, options = {}) {
    const variables = [];
    const warnings = [];
    const taken = new Map();
    const declared = new Set(registry.services.flatMap((s) => (s.env ? [s.env] : [])));
    for (const service of registry.services) {
        const derived = !service.env;
        if (derived && !options.all)
            continue;
        const name = service.env ?? derivedVariableName(service.name);
        if (!VALID_NAME.test(name)) {
            warnings.push(`${service.name}: "${name}" is not a valid variable name; left out`);
            continue;
        }
        const owner = taken.get(name);
        if (owner !== undefined || (derived && declared.has(name))) {
            warnings.push(`${service.name}: ${name} is already ${owner ?? "declared by another service"}'s variable; left out`);
            continue;
        }
        taken.set(name, service.name);
        variables.push({ name, value: service.port, service: service.name, derived });
    }
    return { variables, warnings };
}
function line(variable, format) {
    return format === "shell" ? `export ${variable.name}=${variable.value}` : `${variable.name}=${variable.value}`;
}
function formatVariables(variables, format) {
    if (format === "json")
        return `${JSON.stringify(Object.fromEntries(variables.map((v) => [v.name, v.value])), null, 2)}\n`;
    return variables.map((v) => `${line(v, format)}\n`).join("");
}
const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*)$/;
/** A value with its quotes and what follows it (spaces, `# comment`) kept; only the content changes. */
function replaceValue(rest, value) {
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
        let end = 1;
        while (end < rest.length && rest[end] !== quote)
            end += rest[end] === "\\" && quote === '"' ? 2 : 1;
        if (end < rest.length)
            return `${quote}${value}${rest.slice(end)}`;
    }
    const comment = /\s+#/.exec(rest);
    return comment ? `${value}${rest.slice(comment.index)}` : value + (/\s*$/.exec(rest)?.[0] ?? "");
}
/**
 * An env template with the registry's values: each assignment of a known variable gets the new value
 * (every occurrence, quotes and trailing comments kept), everything else stays byte for byte, and
 * variables the file lacks are appended. Comment lines are never touched.
 */
function mergeEnvFile(existing, variables, format) {
    const eol = existing.includes("\r\n") ? "\r\n" : "\n";
    const byName = new Map(variables.map((v) => [v.name, v]));
    const seen = new Set();
    const lines = existing.split(/\r?\n/);
    const merged = lines.map((text) => {
        const match = ASSIGNMENT.exec(text);
        const variable = match ? byName.get(match[2]) : undefined;
        if (!match || !variable)
            return text;
        seen.add(variable.name);
        return `${match[1]}${match[2]}${match[3]}${replaceValue(match[4], String(variable.value))}`;
    });
    let out = merged.join(eol);
    const missing = variables.filter((v) => !seen.has(v.name));
    if (missing.length === 0)
        return out;
    if (out !== "" && !out.endsWith(eol))
        out += eol;
    return out + missing.map((v) => `${line(v, format)}${eol}`).join("");
}
/** A JSON object with the registry's values: keys keep their order (and string values stay strings). */
function mergeJsonFile(existing, variables) {
    let parsed;
    try {
        parsed = JSON.parse(existing);
    }
    catch (error) {
        throw new Error(`is not valid JSON (${error.message})`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
        throw new Error("is not a JSON object");
    const object = parsed;
    for (const v of variables)
        object[v.name] = typeof object[v.name] === "string" ? String(v.value) : v.value;
    return `${JSON.stringify(object, null, 2)}\n`;
}

// EXTERNAL MODULE: ./lib/engine/check.js + 1 modules
var check = __webpack_require__(9957);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
// EXTERNAL MODULE: ./lib/atomic-write.js
var atomic_write = __webpack_require__(9296);
// EXTERNAL MODULE: ./lib/cli/read-if-exists.js
var read_if_exists = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
// EXTERNAL MODULE: ./lib/cli/project.js
var cli_project = __webpack_require__(5283);
;// CONCATENATED MODULE: ./lib/cli/env.js
// `portcullis env`: the registry's ports as environment variables, printed or merged into a file.









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
function formatFor(file) {
    if (file?.endsWith(".json"))
        return "json";
    if (file?.endsWith(".sh") || file?.endsWith(".bash"))
        return "shell";
    return "dotenv";
}
const run = async (args, io) => {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
    if (positionals.length > 0)
        throw new cli_io/* UsageError */.e(`env takes no arguments, got "${positionals[0]}"`);
    if (values.format !== undefined && !ENV_FORMATS.includes(values.format)) {
        throw new cli_io/* UsageError */.e(`unknown format "${values.format}" (expected ${ENV_FORMATS.join(", ")})`);
    }
    const format = values.format ?? formatFor(values.write);
    const project = (0,cli_project/* locateProject */.m)(io.cwd, { config: values.config, root: values.root });
    const registry = await (0,check/* resolveRegistry */.Wc)(project.root, project.config, values["allow-outside"]);
    const { variables, warnings } = registryVariables(registry, { all: values.all });
    for (const warning of warnings)
        io.stderr(`portcullis: ${warning}\n`);
    if (!values.write) {
        io.stdout(formatVariables(variables, format));
        return 0;
    }
    const target = external_node_path_.resolve(io.cwd, values.write);
    const shown = external_node_path_.relative(io.cwd, target) || target;
    const existing = await (0,read_if_exists/* readIfExists */.O)(target);
    let text;
    if (existing === undefined)
        text = formatVariables(variables, format);
    else if (format === "json") {
        try {
            text = mergeJsonFile(existing, variables);
        }
        catch (error) {
            throw new model/* ConfigError */.x(`${error.message}; not overwritten`, shown);
        }
    }
    else
        text = mergeEnvFile(existing, variables, format);
    if (text === existing) {
        io.stdout(`${shown} is up to date\n`);
        return 0;
    }
    await (0,atomic_write/* writeFileAtomic */.Z)(target, text);
    io.stdout(`wrote ${variables.length} variable${variables.length === 1 ? "" : "s"} to ${shown}\n`);
    return 0;
};


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readIfExists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
// A file the CLI may overwrite (the port map, an env file), read first: undefined when it is not there.

async function readIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}


/***/ })

};
;
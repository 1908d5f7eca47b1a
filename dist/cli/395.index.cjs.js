"use strict";
exports.id = 395;
exports.ids = [395];
exports.modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
// Ordering that is the same on every machine: plain UTF-16 code unit order. `localeCompare`
// depends on the locale (and its first call initialises ICU, ~5 ms of a hook's start-up), so
// anything written to a file or compared across runs sorts with this instead.
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ES: () => (/* binding */ assembleRegistry),
  XW: () => (/* binding */ compileRegistryFile)
});

// UNUSED EXPORTS: DEFAULT_DOCS_OUTPUT

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/registry/errors.js
var registry_errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
;// CONCATENATED MODULE: ./lib/registry/document.js
// A registry file as YAML: parsed once with limits (so alias bombs fail fast), turned into plain
// data, and able to say where any key or value of that data is written (line and column).



/** More alias expansions than this in one registry is an attack, not a configuration. */
const MAX_ALIAS_COUNT = 100;
/** Parses `text`; YAML syntax errors and alias bombs become one ConfigErrors listing every problem. */
function parseYamlFile(file, text) {
    // Editors do not count a byte-order mark as a column; neither do we.
    const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, merge: true, prettyErrors: false, uniqueKeys: true });
    const yaml = { file, text: source, doc, lines };
    if (doc.errors.length > 0) {
        throw new registry_errors/* ConfigErrors */.mS(doc.errors.map((error) => syntaxError(yaml, error.code, error.message, error.pos[0])));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const at = firstAliasOffset(doc) ?? 0;
        const reason = error instanceof ReferenceError && /alias/i.test(error.message)
            ? `too many YAML alias expansions (more than ${MAX_ALIAS_COUNT}); refusing what looks like an alias bomb`
            : `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`;
        const { line, col } = lines.linePos(at);
        throw new registry_errors/* ConfigErrors */.mS([new model/* ConfigError */.x(reason, file, line, col)]);
    }
    return { ...yaml, data };
}
function syntaxError(yaml, code, message, offset) {
    // The parser appends " at line L, column C" (and a code frame); we print our own position.
    const plain = message.replace(/ at line \d+, column \d+[\s\S]*$/, "");
    let text;
    if (code === "DUPLICATE_KEY") {
        const key = /^[^\s:,\]}]+|^"[^"]*"|^'[^']*'/.exec(yaml.text.slice(offset))?.[0];
        text = key ? `duplicate key ${key.startsWith('"') ? key : JSON.stringify(key.replace(/^'|'$/g, ""))}: each key may appear only once` : "duplicate key: each key may appear only once";
    }
    else if (code === "MISSING_CHAR" && /quote/.test(plain)) {
        // The parser notices at the end of the file; the user needs the quote that opened the string.
        const quote = plain.includes("'") ? "'" : '"';
        const opening = yaml.text.lastIndexOf(quote, Math.min(offset, yaml.text.length) - 1);
        if (opening >= 0)
            offset = opening;
        text = `unterminated string: the ${quote} here is never closed`;
    }
    else if (code === "MULTIPLE_DOCS") {
        text = "a registry is a single YAML document (found a second one after ---)";
    }
    else {
        text = `YAML syntax error: ${plain}`;
    }
    const { line, col } = yaml.lines.linePos(offset);
    return new model/* ConfigError */.x(text, yaml.file, line, col);
}
function firstAliasOffset(doc) {
    let found;
    const visit = (node) => {
        if (found !== undefined || !node)
            return;
        if ((0,dist/* isAlias */.Vj)(node)) {
            found = node.range?.[0];
        }
        else if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                if ((0,dist/* isPair */.tO)(item)) {
                    visit(item.key);
                    visit(item.value);
                }
                else {
                    visit(item);
                }
            }
        }
    };
    visit(doc.contents);
    return found;
}
/** Where the key of `path` is written (the whole document for the empty path). */
function locateKey(yaml, path) {
    const found = walk(yaml, path);
    return spanOf(yaml, found.key ?? found.value);
}
/** Where the value at `path` is written; its key when the value is empty (`port:`). */
function locateValue(yaml, path) {
    const found = walk(yaml, path);
    const value = found.value;
    if (value?.range && value.range[1] > value.range[0])
        return spanOf(yaml, value);
    return spanOf(yaml, found.key ?? value);
}
/** Follows `path` as far as the document allows; a segment that is not there stops at its parent. */
function walk(yaml, path) {
    let found = { value: (yaml.doc.contents ?? undefined) };
    for (const segment of path) {
        const parent = resolveAlias(yaml, found.value);
        let next;
        if ((0,dist/* isMap */.jh)(parent)) {
            const pair = findPair(yaml, parent.items, String(segment), 0);
            if (pair)
                next = { key: pair.key, value: (pair.value ?? undefined) };
        }
        else if ((0,dist/* isSeq */.oP)(parent)) {
            const item = parent.items[Number(segment)];
            if (item !== undefined)
                next = { value: item };
        }
        if (!next)
            break;
        found = next;
    }
    return found;
}
function resolveAlias(yaml, node) {
    for (let hops = 0; (0,dist/* isAlias */.Vj)(node) && hops < 10; hops++)
        node = node.resolve(yaml.doc);
    return node;
}
function findPair(yaml, items, key, depth) {
    for (const pair of items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && !isMergeKey(pair.key.value) && String(pair.key.value) === key)
            return pair;
    }
    if (depth > 10)
        return undefined;
    // A key brought in by `<<: *defaults` is written where the anchored mapping is.
    for (const pair of items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || !isMergeKey(pair.key.value))
            continue;
        const source = resolveAlias(yaml, pair.value);
        const sources = (0,dist/* isSeq */.oP)(source) ? source.items.map((item) => resolveAlias(yaml, item)) : [source];
        for (const map of sources) {
            if (!(0,dist/* isMap */.jh)(map))
                continue;
            const inner = findPair(yaml, map.items, key, depth + 1);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
function isMergeKey(value) {
    return value === "<<" || (typeof value === "symbol" && value.description === "<<");
}
function spanOf(yaml, node) {
    let start = node?.range?.[0];
    let end = node?.range?.[1];
    if (start === undefined || end === undefined) {
        start = 0;
        end = 0;
    }
    // Block collections end after their last line break; a span ends at its last character.
    while (end > start && /\s/.test(yaml.text[end - 1]))
        end--;
    const from = yaml.lines.linePos(start);
    const to = yaml.lines.linePos(end);
    return { file: yaml.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

// EXTERNAL MODULE: ./lib/registry/suggest.js
var suggest = __webpack_require__(645);
;// CONCATENATED MODULE: ./policies/ports.schema.json
const ports_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Portcullis port registry (ports.yaml)","description":"The single source of truth for every network port a repository uses. Portcullis checks every port written in the repository against this file and generates PORTS.md from it.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"title":"Schema version","description":"Version of the ports.yaml format. Always 1.","const":1},"project":{"title":"Project name","description":"Name of the project; the title of the generated PORTS.md.","type":"string","minLength":1},"extends":{"title":"Extended registries","description":"Registries this one builds on, applied in order before this file: a path relative to this file (a shared host or fleet registry), an npm package name (`@acme/ports`, resolved from node_modules as Node does: the package\'s ports.yaml, or the file its package.json `portcullis` field names; `@acme/ports/hosts/app-01.yaml` for another file of the package), or `github:owner/repo/path@ref` (read through the GitHub API with GITHUB_TOKEN). Their ranges, reservations, project allocations, services and rule levels are inherited; a service may be redefined here only with `override: true`.","type":["string","array"],"minLength":1,"items":{"title":"Extended registry","description":"A path relative to this file, an npm package name, or github:owner/repo/path@ref.","type":"string","minLength":1},"uniqueItems":true},"projects":{"title":"Project allocations","description":"Port blocks of the projects sharing hosts, as a host or fleet registry declares them, for example `performia: { range: [8000, 8009], hosts: [app-01] }`. A repository whose `project` is allocated must keep its services inside its block, and a port another project of the same host declares is a conflict.","type":"object","propertyNames":{"$ref":"#/definitions/projectName"},"additionalProperties":{"$ref":"#/definitions/projectAllocation"}},"ranges":{"title":"Port ranges","description":"Named port ranges (port categories), for example `core: { from: 8000, to: 8099 }`. Services refer to them by name with `range:`.","type":"object","propertyNames":{"$ref":"#/definitions/rangeName"},"additionalProperties":{"$ref":"#/definitions/namedRange"}},"services":{"title":"Services","description":"Every service that listens on a port, by name. The name is how findings, PORTS.md and `portcullis get` refer to it.","type":"object","propertyNames":{"$ref":"#/definitions/serviceName"},"additionalProperties":{"$ref":"#/definitions/service"}},"reserved":{"title":"Reserved ports","description":"Ports and ranges no service of this repository may use, for example `{ port: 3000, reason: Grafana (external) }` or `{ range: [11000, 11999], reason: future }`.","type":"array","items":{"$ref":"#/definitions/reservation"}},"ignore":{"title":"Ignored files","description":"Glob patterns (minimatch) of repository files not to scan, on top of .gitignore, for example `vendor/**`. As in .gitignore they apply in order, the last match deciding; `!glob` takes back what an earlier glob skipped.","type":"array","items":{"title":"Ignore glob","description":"A minimatch glob, relative to the repository root.","type":"string","minLength":1}},"rules":{"title":"Rule levels","description":"Severity per rule id, ESLint style: `off`, `info`, `warn` (or `warning`), `error`, or 0 (off), 1 (warn), 2 (error).","type":"object","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"$ref":"#/definitions/ruleLevel"}},"docs":{"title":"Generated documentation","description":"Where and how PORTS.md is generated.","type":"object","additionalProperties":false,"properties":{"output":{"title":"Output file","description":"File the port map is written to, relative to the repository root (default PORTS.md). An existing file with portcullis markers gets the map between its markers.","type":"string","minLength":1,"default":"PORTS.md"},"diagram":{"title":"Diagram","description":"Where `portcullis docs` writes the range allocation chart: an `.svg` path relative to ports.yaml (default `ports-map.svg` beside the port map), `mermaid` for the topology diagram only, or `none` for neither.","type":"string","minLength":1}}}},"definitions":{"port":{"title":"Port","description":"A TCP/UDP/SCTP port number, 1 to 65535.","type":"integer","minimum":1,"maximum":65535},"portPair":{"title":"Port range","description":"An inclusive range of ports written as [from, to], with from <= to.","type":"array","items":[{"$ref":"#/definitions/port","title":"From","description":"First port of the range."},{"$ref":"#/definitions/port","title":"To","description":"Last port of the range (inclusive)."}],"minItems":2,"maxItems":2,"additionalItems":false},"rangeName":{"title":"Range name","description":"Letters, digits, `_`, `.` and `-`, starting with a letter or `_`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$"},"serviceName":{"title":"Service name","description":"Letters, digits, `_`, `.` and `-`, starting with a letter or digit (compose service names fit).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"projectName":{"title":"Project name","description":"Letters, digits, `_`, `.` and `-`, starting with a letter or digit.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"ruleId":{"title":"Rule id","description":"A rule id such as `hardcoded-port`: lower-case letters, digits and `-`.","type":"string","pattern":"^[a-z][a-z0-9-]*$"},"ruleLevel":{"title":"Rule level","description":"`off`, `info`, `warn` (or `warning`), `error`, or 0 (off), 1 (warn), 2 (error).","enum":["off","info","warn","warning","error",0,1,2]},"namedRange":{"title":"Named port range","description":"An inclusive port range that services can refer to by name.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/definitions/port","title":"From","description":"First port of the range."},"to":{"$ref":"#/definitions/port","title":"To","description":"Last port of the range (inclusive); not below `from`."},"description":{"title":"Description","description":"What the range is for; shown in PORTS.md.","type":"string"}}},"projectAllocation":{"title":"Project allocation","description":"The block of ports a project may use, and the hosts it runs on.","type":"object","additionalProperties":false,"required":["range"],"properties":{"range":{"$ref":"#/definitions/portPair","title":"Allocated range","description":"The project\'s ports, as [from, to]: every service of the project must stay inside it."},"hosts":{"title":"Hosts","description":"Hosts the project runs on. Projects sharing a host may not declare the same port; a project without hosts may share any host.","type":"array","items":{"title":"Host","description":"A host name, for example `app-01`.","type":"string","minLength":1},"uniqueItems":true,"default":[]},"description":{"title":"Description","description":"What the project is.","type":"string"}}},"service":{"title":"Service","description":"A service that listens on a port.","type":"object","additionalProperties":false,"required":["port"],"properties":{"port":{"$ref":"#/definitions/port","title":"Port","description":"The declared (default) host port of the service."},"env":{"title":"Environment variable","description":"Environment variable that may override the port, for example `API_PORT`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"range":{"title":"Range","description":"The range the port must stay in: the name of a range under `ranges:`, or an inline [from, to].","type":["string","array"],"pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","items":[{"$ref":"#/definitions/port","title":"From","description":"First port of the range."},{"$ref":"#/definitions/port","title":"To","description":"Last port of the range (inclusive)."}],"minItems":2,"maxItems":2,"additionalItems":false},"protocol":{"title":"Protocol","description":"Transport protocol (default tcp).","enum":["tcp","udp","sctp"],"default":"tcp"},"access":{"title":"Access","description":"Where the service may listen on the host: `public` any interface; `private` a private-network or loopback address, never all interfaces; `localhost` only 127.0.0.1 / ::1; `internal` no host port at all (container network only). Default localhost.","enum":["public","private","localhost","internal"],"default":"localhost"},"description":{"title":"Description","description":"What the service is; shown in PORTS.md.","type":"string"},"target":{"$ref":"#/definitions/port","title":"Container port","description":"The container-side port (compose `target`, `EXPOSE`); checked only when given."},"aliases":{"title":"Aliases","description":"Other names meaning this service: compose service names, identifiers, names in docs tables.","type":"array","items":{"title":"Alias","description":"A name meaning this service.","type":"string","minLength":1},"uniqueItems":true,"default":[]},"immutable":{"title":"Immutable","description":"true: the port may never differ anywhere, not even through the environment variable.","type":"boolean","default":false},"optional":{"title":"Optional","description":"true: the service does not always run (status does not report it missing).","type":"boolean","default":false},"fallback":{"$ref":"#/definitions/portPair","title":"Fallback range","description":"Ports `portcullis get --free` may pick when the declared port is busy, as [from, to]."},"paths":{"title":"Paths","description":"Globs of the files where this service\'s code lives; ports found there are attributed to it.","type":"array","items":{"title":"Path glob","description":"A minimatch glob, relative to the repository root.","type":"string","minLength":1},"default":[]},"process":{"title":"Process name","description":"Name of the process expected to hold the port at runtime (for example `uvicorn`); `portcullis status` flags anything else.","type":"string","minLength":1},"override":{"title":"Override","description":"true: this definition replaces a service of the same name from an extended registry.","type":"boolean","default":false},"project":{"$ref":"#/definitions/projectName","title":"Project","description":"The project the service belongs to, when a host or fleet registry lists the services of several projects (default: the `project` of this file)."}}},"reservation":{"title":"Reservation","description":"A reserved port (`port:`) or range (`range: [from, to]`), with the reason.","type":"object","additionalProperties":false,"properties":{"port":{"$ref":"#/definitions/port","title":"Port","description":"The reserved port."},"range":{"$ref":"#/definitions/portPair","title":"Range","description":"The reserved range, as [from, to]."},"reason":{"title":"Reason","description":"Why the port is reserved (who uses it); shown in findings and PORTS.md.","type":"string"}},"oneOf":[{"required":["port"]},{"required":["range"]}]}}}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./lib/registry/schema-validator.generated.js
// @ts-nocheck
// Generated by scripts/gen-schema-validator.mjs from policies/ports.schema.json. Do not edit.

const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Portcullis port registry (ports.yaml)", "description": "The single source of truth for every network port a repository uses. Portcullis checks every port written in the repository against this file and generates PORTS.md from it.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "title": "Schema version", "description": "Version of the ports.yaml format. Always 1.", "const": 1 }, "project": { "title": "Project name", "description": "Name of the project; the title of the generated PORTS.md.", "type": "string", "minLength": 1 }, "extends": { "title": "Extended registries", "description": "Registries this one builds on, applied in order before this file: a path relative to this file (a shared host or fleet registry), an npm package name (`@acme/ports`, resolved from node_modules as Node does: the package's ports.yaml, or the file its package.json `portcullis` field names; `@acme/ports/hosts/app-01.yaml` for another file of the package), or `github:owner/repo/path@ref` (read through the GitHub API with GITHUB_TOKEN). Their ranges, reservations, project allocations, services and rule levels are inherited; a service may be redefined here only with `override: true`.", "type": ["string", "array"], "minLength": 1, "items": { "title": "Extended registry", "description": "A path relative to this file, an npm package name, or github:owner/repo/path@ref.", "type": "string", "minLength": 1 }, "uniqueItems": true }, "projects": { "title": "Project allocations", "description": "Port blocks of the projects sharing hosts, as a host or fleet registry declares them, for example `performia: { range: [8000, 8009], hosts: [app-01] }`. A repository whose `project` is allocated must keep its services inside its block, and a port another project of the same host declares is a conflict.", "type": "object", "propertyNames": { "$ref": "#/definitions/projectName" }, "additionalProperties": { "$ref": "#/definitions/projectAllocation" } }, "ranges": { "title": "Port ranges", "description": "Named port ranges (port categories), for example `core: { from: 8000, to: 8099 }`. Services refer to them by name with `range:`.", "type": "object", "propertyNames": { "$ref": "#/definitions/rangeName" }, "additionalProperties": { "$ref": "#/definitions/namedRange" } }, "services": { "title": "Services", "description": "Every service that listens on a port, by name. The name is how findings, PORTS.md and `portcullis get` refer to it.", "type": "object", "propertyNames": { "$ref": "#/definitions/serviceName" }, "additionalProperties": { "$ref": "#/definitions/service" } }, "reserved": { "title": "Reserved ports", "description": "Ports and ranges no service of this repository may use, for example `{ port: 3000, reason: Grafana (external) }` or `{ range: [11000, 11999], reason: future }`.", "type": "array", "items": { "$ref": "#/definitions/reservation" } }, "ignore": { "title": "Ignored files", "description": "Glob patterns (minimatch) of repository files not to scan, on top of .gitignore, for example `vendor/**`. As in .gitignore they apply in order, the last match deciding; `!glob` takes back what an earlier glob skipped.", "type": "array", "items": { "title": "Ignore glob", "description": "A minimatch glob, relative to the repository root.", "type": "string", "minLength": 1 } }, "rules": { "title": "Rule levels", "description": "Severity per rule id, ESLint style: `off`, `info`, `warn` (or `warning`), `error`, or 0 (off), 1 (warn), 2 (error).", "type": "object", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "$ref": "#/definitions/ruleLevel" } }, "docs": { "title": "Generated documentation", "description": "Where and how PORTS.md is generated.", "type": "object", "additionalProperties": false, "properties": { "output": { "title": "Output file", "description": "File the port map is written to, relative to the repository root (default PORTS.md). An existing file with portcullis markers gets the map between its markers.", "type": "string", "minLength": 1, "default": "PORTS.md" }, "diagram": { "title": "Diagram", "description": "Where `portcullis docs` writes the range allocation chart: an `.svg` path relative to ports.yaml (default `ports-map.svg` beside the port map), `mermaid` for the topology diagram only, or `none` for neither.", "type": "string", "minLength": 1 } } } }, "definitions": { "port": { "title": "Port", "description": "A TCP/UDP/SCTP port number, 1 to 65535.", "type": "integer", "minimum": 1, "maximum": 65535 }, "portPair": { "title": "Port range", "description": "An inclusive range of ports written as [from, to], with from <= to.", "type": "array", "items": [{ "$ref": "#/definitions/port", "title": "From", "description": "First port of the range." }, { "$ref": "#/definitions/port", "title": "To", "description": "Last port of the range (inclusive)." }], "minItems": 2, "maxItems": 2, "additionalItems": false }, "rangeName": { "title": "Range name", "description": "Letters, digits, `_`, `.` and `-`, starting with a letter or `_`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" }, "serviceName": { "title": "Service name", "description": "Letters, digits, `_`, `.` and `-`, starting with a letter or digit (compose service names fit).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "projectName": { "title": "Project name", "description": "Letters, digits, `_`, `.` and `-`, starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "ruleId": { "title": "Rule id", "description": "A rule id such as `hardcoded-port`: lower-case letters, digits and `-`.", "type": "string", "pattern": "^[a-z][a-z0-9-]*$" }, "ruleLevel": { "title": "Rule level", "description": "`off`, `info`, `warn` (or `warning`), `error`, or 0 (off), 1 (warn), 2 (error).", "enum": ["off", "info", "warn", "warning", "error", 0, 1, 2] }, "namedRange": { "title": "Named port range", "description": "An inclusive port range that services can refer to by name.", "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "$ref": "#/definitions/port", "title": "From", "description": "First port of the range." }, "to": { "$ref": "#/definitions/port", "title": "To", "description": "Last port of the range (inclusive); not below `from`." }, "description": { "title": "Description", "description": "What the range is for; shown in PORTS.md.", "type": "string" } } }, "projectAllocation": { "title": "Project allocation", "description": "The block of ports a project may use, and the hosts it runs on.", "type": "object", "additionalProperties": false, "required": ["range"], "properties": { "range": { "$ref": "#/definitions/portPair", "title": "Allocated range", "description": "The project's ports, as [from, to]: every service of the project must stay inside it." }, "hosts": { "title": "Hosts", "description": "Hosts the project runs on. Projects sharing a host may not declare the same port; a project without hosts may share any host.", "type": "array", "items": { "title": "Host", "description": "A host name, for example `app-01`.", "type": "string", "minLength": 1 }, "uniqueItems": true, "default": [] }, "description": { "title": "Description", "description": "What the project is.", "type": "string" } } }, "service": { "title": "Service", "description": "A service that listens on a port.", "type": "object", "additionalProperties": false, "required": ["port"], "properties": { "port": { "$ref": "#/definitions/port", "title": "Port", "description": "The declared (default) host port of the service." }, "env": { "title": "Environment variable", "description": "Environment variable that may override the port, for example `API_PORT`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "range": { "title": "Range", "description": "The range the port must stay in: the name of a range under `ranges:`, or an inline [from, to].", "type": ["string", "array"], "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "items": [{ "$ref": "#/definitions/port", "title": "From", "description": "First port of the range." }, { "$ref": "#/definitions/port", "title": "To", "description": "Last port of the range (inclusive)." }], "minItems": 2, "maxItems": 2, "additionalItems": false }, "protocol": { "title": "Protocol", "description": "Transport protocol (default tcp).", "enum": ["tcp", "udp", "sctp"], "default": "tcp" }, "access": { "title": "Access", "description": "Where the service may listen on the host: `public` any interface; `private` a private-network or loopback address, never all interfaces; `localhost` only 127.0.0.1 / ::1; `internal` no host port at all (container network only). Default localhost.", "enum": ["public", "private", "localhost", "internal"], "default": "localhost" }, "description": { "title": "Description", "description": "What the service is; shown in PORTS.md.", "type": "string" }, "target": { "$ref": "#/definitions/port", "title": "Container port", "description": "The container-side port (compose `target`, `EXPOSE`); checked only when given." }, "aliases": { "title": "Aliases", "description": "Other names meaning this service: compose service names, identifiers, names in docs tables.", "type": "array", "items": { "title": "Alias", "description": "A name meaning this service.", "type": "string", "minLength": 1 }, "uniqueItems": true, "default": [] }, "immutable": { "title": "Immutable", "description": "true: the port may never differ anywhere, not even through the environment variable.", "type": "boolean", "default": false }, "optional": { "title": "Optional", "description": "true: the service does not always run (status does not report it missing).", "type": "boolean", "default": false }, "fallback": { "$ref": "#/definitions/portPair", "title": "Fallback range", "description": "Ports `portcullis get --free` may pick when the declared port is busy, as [from, to]." }, "paths": { "title": "Paths", "description": "Globs of the files where this service's code lives; ports found there are attributed to it.", "type": "array", "items": { "title": "Path glob", "description": "A minimatch glob, relative to the repository root.", "type": "string", "minLength": 1 }, "default": [] }, "process": { "title": "Process name", "description": "Name of the process expected to hold the port at runtime (for example `uvicorn`); `portcullis status` flags anything else.", "type": "string", "minLength": 1 }, "override": { "title": "Override", "description": "true: this definition replaces a service of the same name from an extended registry.", "type": "boolean", "default": false }, "project": { "$ref": "#/definitions/projectName", "title": "Project", "description": "The project the service belongs to, when a host or fleet registry lists the services of several projects (default: the `project` of this file)." } } }, "reservation": { "title": "Reservation", "description": "A reserved port (`port:`) or range (`range: [from, to]`), with the reason.", "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/definitions/port", "title": "Port", "description": "The reserved port." }, "range": { "$ref": "#/definitions/portPair", "title": "Range", "description": "The reserved range, as [from, to]." }, "reason": { "title": "Reason", "description": "Why the port is reserved (who uses it); shown in findings and PORTS.md.", "type": "string" } }, "oneOf": [{ "required": ["port"] }, { "required": ["range"] }] } } };
const schema12 = { "title": "Project name", "description": "Letters, digits, `_`, `.` and `-`, starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" };
const schema17 = { "title": "Range name", "description": "Letters, digits, `_`, `.` and `-`, starting with a letter or `_`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" };
const schema21 = { "title": "Service name", "description": "Letters, digits, `_`, `.` and `-`, starting with a letter or digit (compose service names fit).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" };
const schema30 = { "title": "Rule id", "description": "A rule id such as `hardcoded-port`: lower-case letters, digits and `-`.", "type": "string", "pattern": "^[a-z][a-z0-9-]*$" };
const schema31 = { "title": "Rule level", "description": "`off`, `info`, `warn` (or `warning`), `error`, or 0 (off), 1 (warn), 2 (error).", "enum": ["off", "info", "warn", "warning", "error", 0, 1, 2] };
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length["default"] ?? ucs2length;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
const pattern6 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const schema13 = { "title": "Project allocation", "description": "The block of ports a project may use, and the hosts it runs on.", "type": "object", "additionalProperties": false, "required": ["range"], "properties": { "range": { "$ref": "#/definitions/portPair", "title": "Allocated range", "description": "The project's ports, as [from, to]: every service of the project must stay inside it." }, "hosts": { "title": "Hosts", "description": "Hosts the project runs on. Projects sharing a host may not declare the same port; a project without hosts may share any host.", "type": "array", "items": { "title": "Host", "description": "A host name, for example `app-01`.", "type": "string", "minLength": 1 }, "uniqueItems": true, "default": [] }, "description": { "title": "Description", "description": "What the project is.", "type": "string" } } };
const schema14 = { "title": "Port range", "description": "An inclusive range of ports written as [from, to], with from <= to.", "type": "array", "items": [{ "$ref": "#/definitions/port", "title": "From", "description": "First port of the range." }, { "$ref": "#/definitions/port", "title": "To", "description": "Last port of the range (inclusive)." }], "minItems": 2, "maxItems": 2, "additionalItems": false };
const schema15 = { "title": "Port", "description": "A TCP/UDP/SCTP port number, 1 to 65535.", "type": "integer", "minimum": 1, "maximum": 65535 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 2) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.length < 2) {
            const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        const len0 = data.length;
        if (!(len0 <= 2)) {
            const err2 = { instancePath, schemaPath: "#/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        const len1 = data.length;
        if (len1 > 0) {
            let data0 = data[0];
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 65535 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err5 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        if (len1 > 1) {
            let data1 = data[1];
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err6 = { instancePath: instancePath + "/1", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 > 65535 || isNaN(data1)) {
                    const err7 = { instancePath: instancePath + "/1", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data1 < 1 || isNaN(data1)) {
                    const err8 = { instancePath: instancePath + "/1", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.range === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property '" + "range" + "'", schema: schema13.required, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "range") || (key0 === "hosts")) || (key0 === "description"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.range !== undefined) {
            if (!(validate12(data.range, { instancePath: instancePath + "/range", parentData: data, parentDataProperty: "range", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.hosts !== undefined) {
            let data1 = data.hosts;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (func3(data2) < 1) {
                            const err2 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/properties/hosts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.hosts.items, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err3 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.hosts.items.type, parentSchema: schema13.properties.hosts.items, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                let i1 = data1.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data1[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err4 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema13.properties.hosts, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.hosts.type, parentSchema: schema13.properties.hosts, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data3 = data.description;
            if (typeof data3 !== "string") {
                const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.description.type, parentSchema: schema13.properties.description, data: data3 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const schema18 = { "title": "Named port range", "description": "An inclusive port range that services can refer to by name.", "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "$ref": "#/definitions/port", "title": "From", "description": "First port of the range." }, "to": { "$ref": "#/definitions/port", "title": "To", "description": "Last port of the range (inclusive); not below `from`." }, "description": { "title": "Description", "description": "What the range is for; shown in PORTS.md.", "type": "string" } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.from === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property '" + "from" + "'", schema: schema18.required, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.to === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property '" + "to" + "'", schema: schema18.required, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "from") || (key0 === "to")) || (key0 === "description"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.from !== undefined) {
            let data0 = data.from;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/from", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 65535 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/from", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err5 = { instancePath: instancePath + "/from", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        if (data.to !== undefined) {
            let data1 = data.to;
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err6 = { instancePath: instancePath + "/to", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 > 65535 || isNaN(data1)) {
                    const err7 = { instancePath: instancePath + "/to", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data1 < 1 || isNaN(data1)) {
                    const err8 = { instancePath: instancePath + "/to", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        if (data.description !== undefined) {
            let data2 = data.description;
            if (typeof data2 !== "string") {
                const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.description.type, parentSchema: schema18.properties.description, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
}
const schema22 = { "title": "Service", "description": "A service that listens on a port.", "type": "object", "additionalProperties": false, "required": ["port"], "properties": { "port": { "$ref": "#/definitions/port", "title": "Port", "description": "The declared (default) host port of the service." }, "env": { "title": "Environment variable", "description": "Environment variable that may override the port, for example `API_PORT`.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "range": { "title": "Range", "description": "The range the port must stay in: the name of a range under `ranges:`, or an inline [from, to].", "type": ["string", "array"], "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "items": [{ "$ref": "#/definitions/port", "title": "From", "description": "First port of the range." }, { "$ref": "#/definitions/port", "title": "To", "description": "Last port of the range (inclusive)." }], "minItems": 2, "maxItems": 2, "additionalItems": false }, "protocol": { "title": "Protocol", "description": "Transport protocol (default tcp).", "enum": ["tcp", "udp", "sctp"], "default": "tcp" }, "access": { "title": "Access", "description": "Where the service may listen on the host: `public` any interface; `private` a private-network or loopback address, never all interfaces; `localhost` only 127.0.0.1 / ::1; `internal` no host port at all (container network only). Default localhost.", "enum": ["public", "private", "localhost", "internal"], "default": "localhost" }, "description": { "title": "Description", "description": "What the service is; shown in PORTS.md.", "type": "string" }, "target": { "$ref": "#/definitions/port", "title": "Container port", "description": "The container-side port (compose `target`, `EXPOSE`); checked only when given." }, "aliases": { "title": "Aliases", "description": "Other names meaning this service: compose service names, identifiers, names in docs tables.", "type": "array", "items": { "title": "Alias", "description": "A name meaning this service.", "type": "string", "minLength": 1 }, "uniqueItems": true, "default": [] }, "immutable": { "title": "Immutable", "description": "true: the port may never differ anywhere, not even through the environment variable.", "type": "boolean", "default": false }, "optional": { "title": "Optional", "description": "true: the service does not always run (status does not report it missing).", "type": "boolean", "default": false }, "fallback": { "$ref": "#/definitions/portPair", "title": "Fallback range", "description": "Ports `portcullis get --free` may pick when the declared port is busy, as [from, to]." }, "paths": { "title": "Paths", "description": "Globs of the files where this service's code lives; ports found there are attributed to it.", "type": "array", "items": { "title": "Path glob", "description": "A minimatch glob, relative to the repository root.", "type": "string", "minLength": 1 }, "default": [] }, "process": { "title": "Process name", "description": "Name of the process expected to hold the port at runtime (for example `uvicorn`); `portcullis status` flags anything else.", "type": "string", "minLength": 1 }, "override": { "title": "Override", "description": "true: this definition replaces a service of the same name from an extended registry.", "type": "boolean", "default": false }, "project": { "$ref": "#/definitions/projectName", "title": "Project", "description": "The project the service belongs to, when a host or fleet registry lists the services of several projects (default: the `project` of this file)." } } };
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.port === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: schema22.required, parentSchema: schema22, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema22.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.port !== undefined) {
            let data0 = data.port;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err2 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 65535 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        if (data.env !== undefined) {
            let data1 = data.env;
            if (typeof data1 === "string") {
                if (!pattern3.test(data1)) {
                    const err5 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema22.properties.env, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.env.type, parentSchema: schema22.properties.env, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.range !== undefined) {
            let data2 = data.range;
            if ((typeof data2 !== "string") && (!(Array.isArray(data2)))) {
                const err7 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: schema22.properties.range.type }, message: "must be string,array", schema: schema22.properties.range.type, parentSchema: schema22.properties.range, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (typeof data2 === "string") {
                if (!pattern1.test(data2)) {
                    const err8 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema22.properties.range, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data2)) {
                if (data2.length > 2) {
                    const err9 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema22.properties.range, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (data2.length < 2) {
                    const err10 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema22.properties.range, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                const len0 = data2.length;
                if (!(len0 <= 2)) {
                    const err11 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema22.properties.range, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                const len1 = data2.length;
                if (len1 > 0) {
                    let data3 = data2[0];
                    if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                        const err12 = { instancePath: instancePath + "/range/0", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if ((typeof data3 == "number") && (isFinite(data3))) {
                        if (data3 > 65535 || isNaN(data3)) {
                            const err13 = { instancePath: instancePath + "/range/0", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        if (data3 < 1 || isNaN(data3)) {
                            const err14 = { instancePath: instancePath + "/range/0", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                }
                if (len1 > 1) {
                    let data4 = data2[1];
                    if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                        const err15 = { instancePath: instancePath + "/range/1", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    if ((typeof data4 == "number") && (isFinite(data4))) {
                        if (data4 > 65535 || isNaN(data4)) {
                            const err16 = { instancePath: instancePath + "/range/1", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                        if (data4 < 1 || isNaN(data4)) {
                            const err17 = { instancePath: instancePath + "/range/1", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
        if (data.protocol !== undefined) {
            let data5 = data.protocol;
            if (!(((data5 === "tcp") || (data5 === "udp")) || (data5 === "sctp"))) {
                const err18 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema22.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.protocol.enum, parentSchema: schema22.properties.protocol, data: data5 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.access !== undefined) {
            let data6 = data.access;
            if (!((((data6 === "public") || (data6 === "private")) || (data6 === "localhost")) || (data6 === "internal"))) {
                const err19 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/enum", keyword: "enum", params: { allowedValues: schema22.properties.access.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.access.enum, parentSchema: schema22.properties.access, data: data6 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data7 = data.description;
            if (typeof data7 !== "string") {
                const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.description.type, parentSchema: schema22.properties.description, data: data7 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.target !== undefined) {
            let data8 = data.target;
            if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                const err21 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if ((typeof data8 == "number") && (isFinite(data8))) {
                if (data8 > 65535 || isNaN(data8)) {
                    const err22 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                if (data8 < 1 || isNaN(data8)) {
                    const err23 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        if (data.aliases !== undefined) {
            let data9 = data.aliases;
            if (Array.isArray(data9)) {
                const len2 = data9.length;
                for (let i0 = 0; i0 < len2; i0++) {
                    let data10 = data9[i0];
                    if (typeof data10 === "string") {
                        if (func3(data10) < 1) {
                            const err24 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.aliases.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.aliases.items.type, parentSchema: schema22.properties.aliases.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                let i1 = data9.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data9[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err26 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema22.properties.aliases, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.aliases.type, parentSchema: schema22.properties.aliases, data: data9 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.immutable !== undefined) {
            let data11 = data.immutable;
            if (typeof data11 !== "boolean") {
                const err28 = { instancePath: instancePath + "/immutable", schemaPath: "#/properties/immutable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.immutable.type, parentSchema: schema22.properties.immutable, data: data11 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.optional !== undefined) {
            let data12 = data.optional;
            if (typeof data12 !== "boolean") {
                const err29 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.optional.type, parentSchema: schema22.properties.optional, data: data12 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.fallback !== undefined) {
            if (!(validate12(data.fallback, { instancePath: instancePath + "/fallback", parentData: data, parentDataProperty: "fallback", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.paths !== undefined) {
            let data14 = data.paths;
            if (Array.isArray(data14)) {
                const len3 = data14.length;
                for (let i2 = 0; i2 < len3; i2++) {
                    let data15 = data14[i2];
                    if (typeof data15 === "string") {
                        if (func3(data15) < 1) {
                            const err30 = { instancePath: instancePath + "/paths/" + i2, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.paths.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err31 = { instancePath: instancePath + "/paths/" + i2, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.paths.items.type, parentSchema: schema22.properties.paths.items, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.paths.type, parentSchema: schema22.properties.paths, data: data14 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.process !== undefined) {
            let data16 = data.process;
            if (typeof data16 === "string") {
                if (func3(data16) < 1) {
                    const err33 = { instancePath: instancePath + "/process", schemaPath: "#/properties/process/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.process, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
            else {
                const err34 = { instancePath: instancePath + "/process", schemaPath: "#/properties/process/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.process.type, parentSchema: schema22.properties.process, data: data16 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.override !== undefined) {
            let data17 = data.override;
            if (typeof data17 !== "boolean") {
                const err35 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.override.type, parentSchema: schema22.properties.override, data: data17 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.project !== undefined) {
            let data18 = data.project;
            if (typeof data18 === "string") {
                if (!pattern0.test(data18)) {
                    const err36 = { instancePath: instancePath + "/project", schemaPath: "#/definitions/projectName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema12, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/project", schemaPath: "#/definitions/projectName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data18 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
    }
    else {
        const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
        if (vErrors === null) {
            vErrors = [err38];
        }
        else {
            vErrors.push(err38);
        }
        errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
}
const schema28 = { "title": "Reservation", "description": "A reserved port (`port:`) or range (`range: [from, to]`), with the reason.", "type": "object", "additionalProperties": false, "properties": { "port": { "$ref": "#/definitions/port", "title": "Port", "description": "The reserved port." }, "range": { "$ref": "#/definitions/portPair", "title": "Range", "description": "The reserved range, as [from, to]." }, "reason": { "title": "Reason", "description": "Why the port is reserved (who uses it); shown in findings and PORTS.md.", "type": "string" } }, "oneOf": [{ "required": ["port"] }, { "required": ["range"] }] };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.port === undefined) {
            const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: schema28.oneOf[0].required, parentSchema: schema28.oneOf[0], data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    if (_valid0) {
        valid0 = true;
        passing0 = 0;
    }
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.range === undefined) {
            const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property '" + "range" + "'", schema: schema28.oneOf[1].required, parentSchema: schema28.oneOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
    }
    else {
        if (_valid0) {
            valid0 = true;
            passing0 = 1;
        }
    }
    if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema28.oneOf, parentSchema: schema28, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((key0 === "port") || (key0 === "range")) || (key0 === "reason"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.port !== undefined) {
            let data0 = data.port;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err4 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 65535 || isNaN(data0)) {
                    const err5 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err6 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
        if (data.range !== undefined) {
            if (!(validate12(data.range, { instancePath: instancePath + "/range", parentData: data, parentDataProperty: "range", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.reason !== undefined) {
            let data2 = data.reason;
            if (typeof data2 !== "string") {
                const err7 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.reason.type, parentSchema: schema28.properties.reason, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.project !== undefined) {
            let data1 = data.project;
            if (typeof data1 === "string") {
                if (func3(data1) < 1) {
                    const err3 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.project, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.project.type, parentSchema: schema11.properties.project, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.extends !== undefined) {
            let data2 = data.extends;
            if ((typeof data2 !== "string") && (!(Array.isArray(data2)))) {
                const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema11.properties.extends.type }, message: "must be string,array", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.extends, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data2)) {
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (typeof data3 === "string") {
                        if (func3(data3) < 1) {
                            const err7 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.extends.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.extends.items.type, parentSchema: schema11.properties.extends.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                let i1 = data2.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data2[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err9 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.extends, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
        }
        if (data.projects !== undefined) {
            let data4 = data.projects;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key1 in data4) {
                    const _errs11 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern0.test(key1)) {
                            const err10 = { instancePath: instancePath + "/projects", schemaPath: "#/definitions/projectName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema12, data: key1, propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/projects", schemaPath: "#/definitions/projectName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    var valid4 = _errs11 === errors;
                    if (!valid4) {
                        const err12 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.projects.propertyNames, parentSchema: schema11.properties.projects, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                for (const key2 in data4) {
                    if (!(validate11(data4[key2], { instancePath: instancePath + "/projects/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.projects.type, parentSchema: schema11.properties.projects, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.ranges !== undefined) {
            let data6 = data.ranges;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key3 in data6) {
                    const _errs18 = errors;
                    if (typeof key3 === "string") {
                        if (!pattern1.test(key3)) {
                            const err14 = { instancePath: instancePath + "/ranges", schemaPath: "#/definitions/rangeName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema17, data: key3, propertyName: key3 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/ranges", schemaPath: "#/definitions/rangeName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: key3, propertyName: key3 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    var valid7 = _errs18 === errors;
                    if (!valid7) {
                        const err16 = { instancePath: instancePath + "/ranges", schemaPath: "#/properties/ranges/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema11.properties.ranges.propertyNames, parentSchema: schema11.properties.ranges, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                for (const key4 in data6) {
                    if (!(validate15(data6[key4], { instancePath: instancePath + "/ranges/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key4, rootData }))) {
                        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/ranges", schemaPath: "#/properties/ranges/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ranges.type, parentSchema: schema11.properties.ranges, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.services !== undefined) {
            let data8 = data.services;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key5 in data8) {
                    const _errs25 = errors;
                    if (typeof key5 === "string") {
                        if (!pattern0.test(key5)) {
                            const err18 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/serviceName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema21, data: key5, propertyName: key5 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/serviceName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: key5, propertyName: key5 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    var valid10 = _errs25 === errors;
                    if (!valid10) {
                        const err20 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema11.properties.services.propertyNames, parentSchema: schema11.properties.services, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                for (const key6 in data8) {
                    if (!(validate17(data8[key6], { instancePath: instancePath + "/services/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key6, rootData }))) {
                        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data8 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.reserved !== undefined) {
            let data10 = data.reserved;
            if (Array.isArray(data10)) {
                const len1 = data10.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    if (!(validate20(data10[i2], { instancePath: instancePath + "/reserved/" + i2, parentData: data10, parentDataProperty: i2, rootData }))) {
                        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/reserved", schemaPath: "#/properties/reserved/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.reserved.type, parentSchema: schema11.properties.reserved, data: data10 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.ignore !== undefined) {
            let data12 = data.ignore;
            if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    let data13 = data12[i3];
                    if (typeof data13 === "string") {
                        if (func3(data13) < 1) {
                            const err23 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err24 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.type, parentSchema: schema11.properties.ignore.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.type, parentSchema: schema11.properties.ignore, data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data14 = data.rules;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key7 in data14) {
                    const _errs39 = errors;
                    if (typeof key7 === "string") {
                        if (!pattern6.test(key7)) {
                            const err26 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"", schema: "^[a-z][a-z0-9-]*$", parentSchema: schema30, data: key7, propertyName: key7 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err27 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: key7, propertyName: key7 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    var valid17 = _errs39 === errors;
                    if (!valid17) {
                        const err28 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema11.properties.rules.propertyNames, parentSchema: schema11.properties.rules, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                for (const key8 in data14) {
                    let data15 = data14[key8];
                    if (!((((((((data15 === "off") || (data15 === "info")) || (data15 === "warn")) || (data15 === "warning")) || (data15 === "error")) || (data15 === 0)) || (data15 === 1)) || (data15 === 2))) {
                        const err29 = { instancePath: instancePath + "/rules/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema31.enum }, message: "must be equal to one of the allowed values", schema: schema31.enum, parentSchema: schema31, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data14 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.docs !== undefined) {
            let data16 = data.docs;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key9 in data16) {
                    if (!((key9 === "output") || (key9 === "diagram"))) {
                        const err31 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.docs, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                if (data16.output !== undefined) {
                    let data17 = data16.output;
                    if (typeof data17 === "string") {
                        if (func3(data17) < 1) {
                            const err32 = { instancePath: instancePath + "/docs/output", schemaPath: "#/properties/docs/properties/output/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.docs.properties.output, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err33 = { instancePath: instancePath + "/docs/output", schemaPath: "#/properties/docs/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.docs.properties.output.type, parentSchema: schema11.properties.docs.properties.output, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                if (data16.diagram !== undefined) {
                    let data18 = data16.diagram;
                    if (typeof data18 === "string") {
                        if (func3(data18) < 1) {
                            const err34 = { instancePath: instancePath + "/docs/diagram", schemaPath: "#/properties/docs/properties/diagram/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.docs.properties.diagram, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err35 = { instancePath: instancePath + "/docs/diagram", schemaPath: "#/properties/docs/properties/diagram/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.docs.properties.diagram.type, parentSchema: schema11.properties.docs.properties.diagram, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err36 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.docs.type, parentSchema: schema11.properties.docs, data: data16 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
    }
    else {
        const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err37];
        }
        else {
            vErrors.push(err37);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./lib/registry/schema.js
// The ports.yaml JSON Schema (policies/ports.schema.json, the file editors use) and its validator,
// precompiled by scripts/gen-schema-validator.mjs (allErrors, verbose: errors carry the schema
// object they come from, and messages are chosen by that object). Compiling the schema at run
// time cost more than the rest of a pre-commit hook's start-up. The JSON is imported, not read at
// run time, so bundles carry it inline.


const portsSchema = ports_schema_namespaceObject;
/** The precompiled validator. */
function schemaValidator() {
    return validate;
}

;// CONCATENATED MODULE: ./lib/registry/validate.js
// Schema validation of a parsed registry file: every ajv error becomes a ConfigError at the exact
// key or value at fault, saying what was expected ("must be an integer between 1 and 65535").




const definitions = portsSchema.definitions;
/**
 * What a schema node accepts, in words; keyed by the schema object an error comes from. Keys are
 * the nodes' JSON text: the precompiled validator carries copies of the schema, not these objects.
 */
const EXPECTED = new Map([
    [definitions.port, "an integer between 1 and 65535"],
    [definitions.portPair, "a [from, to] pair of ports"],
    [definitions.service.properties.range, "a range name or a [from, to] pair of ports"],
    [definitions.service.properties.env, "an environment variable name (letters, digits and _, not starting with a digit)"],
    [portsSchema.properties.extends, "a source or a list of sources (paths, npm packages, github:owner/repo/path@ref)"],
    [definitions.rangeName, 'letters, digits, "_", "." and "-", starting with a letter or "_"'],
    [definitions.serviceName, 'letters, digits, "_", "." and "-", starting with a letter or digit'],
    [definitions.projectName, 'letters, digits, "_", "." and "-", starting with a letter or digit'],
    [definitions.ruleId, 'lower-case letters, digits and "-", starting with a letter'],
].map(([node, words]) => [JSON.stringify(node), words]));
const TYPE_WORDS = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    boolean: "true or false",
    integer: "an integer",
    number: "a number",
    null: "empty",
};
/** Schema problems of `yaml.data`, each located in the file; empty when the data is valid. */
function validateRegistryData(yaml) {
    const validate = schemaValidator();
    if (validate(yaml.data))
        return [];
    const errors = [];
    for (const error of validate.errors ?? []) {
        const problem = translate(yaml, error);
        if (problem)
            errors.push(problem);
    }
    return errors;
}
function translate(yaml, error) {
    // Branch failures inside oneOf are summarised by the oneOf error itself.
    if (error.schemaPath.includes("/oneOf/"))
        return undefined;
    const path = instancePath(yaml.data, error.instancePath);
    const name = formatPath(path);
    const schema = error.parentSchema;
    const expected = schema ? EXPECTED.get(JSON.stringify(schema)) : undefined;
    const got = describe(error.data);
    const at = (message, where = locateValue(yaml, path)) => (0,registry_errors/* configErrorAt */.C3)(message, where);
    if (error.propertyName !== undefined) {
        // A key that fails `propertyNames` (a service, range or rule name).
        const title = (schema?.title ?? "name").toLowerCase();
        return at(`invalid ${title} ${JSON.stringify(error.propertyName)} in ${name}: expected ${expected ?? "a valid name"}`, locateKey(yaml, [...path, error.propertyName]));
    }
    switch (error.keyword) {
        case "propertyNames":
            return undefined;
        case "additionalProperties": {
            const key = String(error.params.additionalProperty);
            const allowed = Object.keys(schema?.properties ?? {});
            const hint = (0,suggest/* didYouMean */.a)(key, allowed) || (allowed.length > 0 ? ` (expected one of: ${allowed.join(", ")})` : "");
            return at(`unknown key ${JSON.stringify(key)}${path.length > 0 ? ` in ${name}` : ""}${hint}`, locateKey(yaml, [...path, key]));
        }
        case "required": {
            const key = error.params.missingProperty;
            const hint = path.length === 0 && key === "version" ? ' (add "version: 1")' : "";
            return at(path.length > 0 ? `${name} is missing required key ${JSON.stringify(key)}` : `missing required key ${JSON.stringify(key)}${hint}`, locateKey(yaml, path));
        }
        case "oneOf":
            return reservationShape(yaml, path, name, error.data);
        case "const":
            return at(`${name} must be ${JSON.stringify(error.params.allowedValue)} (got ${got})`);
        case "enum": {
            const allowed = error.params.allowedValues;
            const hint = typeof error.data === "string"
                ? (0,suggest/* didYouMean */.a)(error.data, allowed.filter((value) => typeof value === "string"))
                : "";
            return at(`${name} must be one of ${allowed.map((value) => String(value)).join(", ")} (got ${got})${hint}`);
        }
        case "minLength":
            return at(`${name} must not be empty`);
        case "uniqueItems": {
            const { i, j } = error.params;
            const later = Math.max(i, j);
            const item = Array.isArray(error.data) ? error.data[later] : undefined;
            return at(`${name} lists ${describe(item)} twice`, locateValue(yaml, [...path, later]));
        }
        case "type":
            if (path.length === 0)
                return at(`the registry must be a mapping with "version: 1" at the top (got ${got})`);
            return at(`${name} must be ${expected ?? typeWords(error.params.type)} (got ${got})`);
        case "pattern":
            return at(`${name} must be ${expected ?? `a string matching ${error.params.pattern}`} (got ${got})`);
        default:
            if (expected)
                return at(`${name} must be ${expected} (got ${got})`);
            return at(`${name} ${error.message ?? "is invalid"}`);
    }
}
function reservationShape(yaml, path, name, data) {
    const entry = (data ?? {});
    if (entry.port !== undefined && entry.range !== undefined) {
        return (0,registry_errors/* configErrorAt */.C3)(`${name} has both "port" and "range": a reservation is one port or one range`, locateKey(yaml, [...path, "range"]));
    }
    return (0,registry_errors/* configErrorAt */.C3)(`${name} needs "port" or "range" (a reserved port or [from, to] range)`, locateValue(yaml, path));
}
function typeWords(type) {
    const types = Array.isArray(type) ? type : [type];
    return types.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
}
/** JSON pointer → path segments; indices become numbers where the data is a list. */
function instancePath(data, pointer) {
    if (pointer === "")
        return [];
    const segments = [];
    let current = data;
    for (const raw of pointer.slice(1).split("/")) {
        const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        if (Array.isArray(current)) {
            segments.push(Number(key));
            current = current[Number(key)];
        }
        else {
            segments.push(key);
            current = current && typeof current === "object" ? current[key] : undefined;
        }
    }
    return segments;
}
/** `services.api.port`, `reserved[2].range`, `services["my app"]`. */
function formatPath(path) {
    let text = "";
    for (const segment of path) {
        if (typeof segment === "number")
            text += `[${segment}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            text += text ? `.${segment}` : segment;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
/** A value as a message shows it: `80800`, `"x"`, `a list of 3 items`. */
function describe(value) {
    if (value === null || value === undefined)
        return "an empty value";
    if (Array.isArray(value))
        return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
    if (typeof value === "object")
        return "a mapping";
    if (typeof value === "string")
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    return String(value);
}

// EXTERNAL MODULE: ./lib/registry/find-config.js
var find_config = __webpack_require__(4179);
;// CONCATENATED MODULE: ./lib/registry/compile.js
// Validated registry data → the typed model: one layer per file (defaults, normalised levels,
// exact locations), then layers merged in extends order into one Registry.






/** Parses, validates and compiles one registry file; throws ConfigErrors listing every problem. */
function compileRegistryFile(file, text) {
    const yaml = parseYamlFile(file, text);
    (0,registry_errors/* throwIfAny */.MI)(validateRegistryData(yaml));
    return compileLayer(yaml);
}
const LEVELS = {
    off: "off",
    info: "info",
    warn: "warn",
    warning: "warn",
    error: "error",
    "0": "off",
    "1": "warn",
    "2": "error",
};
/** Compiles schema-valid data; range bounds (from <= to) are the one check the schema cannot make. */
function compileLayer(yaml) {
    const raw = yaml.data;
    const errors = [];
    const file = yaml.file;
    /** `at` is the value at fault: a named range's `from`, an inline pair's first item. */
    const ordered = (path, at, from, to) => {
        if (from <= to)
            return true;
        errors.push((0,registry_errors/* configErrorAt */.C3)(`${formatPath(path)} must have from <= to (got ${from} > ${to})`, locateValue(yaml, [...path, at])));
        return false;
    };
    const written = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    const extendsEntries = written.map((spec, index) => ({
        spec,
        at: locateValue(yaml, Array.isArray(raw.extends) ? ["extends", index] : ["extends"]),
    }));
    const projects = new Map();
    for (const [name, allocation] of Object.entries(raw.projects ?? {})) {
        if (!ordered(["projects", name, "range"], 0, allocation.range[0], allocation.range[1]))
            continue;
        projects.set(name, {
            name,
            range: [allocation.range[0], allocation.range[1]],
            hosts: allocation.hosts ?? [],
            ...(allocation.description !== undefined ? { description: allocation.description } : {}),
            at: locateKey(yaml, ["projects", name]),
        });
    }
    const ranges = new Map();
    for (const [name, range] of Object.entries(raw.ranges ?? {})) {
        ordered(["ranges", name], "from", range.from, range.to);
        ranges.set(name, {
            name,
            from: range.from,
            to: range.to,
            ...(range.description !== undefined ? { description: range.description } : {}),
            at: locateKey(yaml, ["ranges", name]),
        });
    }
    const services = [];
    for (const [name, spec] of Object.entries(raw.services ?? {})) {
        const path = ["services", name];
        const service = {
            name,
            port: spec.port,
            ...(spec.env !== undefined ? { env: spec.env } : {}),
            protocol: spec.protocol ?? "tcp",
            access: spec.access ?? "localhost",
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            ...(spec.target !== undefined ? { target: spec.target } : {}),
            aliases: spec.aliases ?? [],
            immutable: spec.immutable ?? false,
            optional: spec.optional ?? false,
            paths: spec.paths ?? [],
            ...(spec.process !== undefined ? { process: spec.process } : {}),
            override: spec.override ?? false,
            at: locateKey(yaml, path),
            portAt: locateValue(yaml, [...path, "port"]),
            source: file,
        };
        if (spec.fallback !== undefined && ordered([...path, "fallback"], 0, spec.fallback[0], spec.fallback[1])) {
            service.fallback = [spec.fallback[0], spec.fallback[1]];
        }
        let rangeRef;
        if (typeof spec.range === "string") {
            rangeRef = { name: spec.range, at: locateValue(yaml, [...path, "range"]) };
        }
        else if (spec.range !== undefined && ordered([...path, "range"], 0, spec.range[0], spec.range[1])) {
            service.range = { from: spec.range[0], to: spec.range[1], at: locateValue(yaml, [...path, "range"]) };
        }
        const entry = { service };
        if (rangeRef)
            entry.rangeRef = rangeRef;
        if (spec.project !== undefined) {
            service.project = spec.project;
            entry.projectRef = { name: spec.project, at: locateValue(yaml, [...path, "project"]) };
        }
        services.push(entry);
    }
    const reserved = [];
    (raw.reserved ?? []).forEach((entry, index) => {
        const path = ["reserved", index];
        const [from, to] = entry.range ?? [entry.port, entry.port];
        if (entry.range && !ordered([...path, "range"], 0, from, to))
            return;
        reserved.push({
            from,
            to,
            ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
            at: locateValue(yaml, [...path, entry.range ? "range" : "port"]),
        });
    });
    const rules = {};
    for (const [id, level] of Object.entries(raw.rules ?? {}))
        rules[id] = LEVELS[String(level)];
    (0,registry_errors/* throwIfAny */.MI)(errors);
    return {
        file,
        ...(raw.project !== undefined ? { project: raw.project } : {}),
        extends: extendsEntries,
        projects,
        ranges,
        services,
        reserved,
        ignore: raw.ignore ?? [],
        rules,
        docs: {
            output: raw.docs?.output ?? find_config/* DEFAULT_DOCS_OUTPUT */.UZ,
            ...(raw.docs?.diagram !== undefined ? { diagram: raw.docs.diagram } : {}),
        },
    };
}
/**
 * Merges a registry with everything it extends. Extended files come first, in the order named,
 * each once; ranges, reservations, ignore globs and rule levels accumulate (later files win for a
 * range name or rule id); project allocations accumulate (a project keeps one range; its hosts
 * add up); a service may be redefined only by a definition saying `override: true`. Services of
 * other projects inherited from host or fleet registries are kept apart (otherProjectServices).
 * `project`, `docs` and `extends` are the root file's own.
 */
function assembleRegistry(root) {
    const order = [];
    const placed = new Set();
    // The project an unassigned service of each file belongs to (see Service.project): the file's
    // own `project:`; none in a host or fleet registry (its unassigned services are the host's);
    // else the project of the file extending it (a registry split over several files of one repository).
    const owners = new Map();
    const place = (node, extender) => {
        if (placed.has(node.layer.file))
            return;
        placed.add(node.layer.file);
        const owner = node.layer.project ?? (node.layer.projects.size > 0 ? undefined : extender);
        owners.set(node, owner);
        for (const parent of node.parents)
            place(parent, owner);
        order.push(node);
    };
    place(root, undefined);
    // A service's range name is resolved among the ranges its own file can see: its own and those
    // of the files it extends, not those of unrelated files that happen to be merged earlier.
    // Project names written on services are checked the same way.
    const visibleRanges = visibleFrom((layer) => layer.ranges);
    const visibleProjects = visibleFrom((layer) => layer.projects);
    const errors = [];
    const ranges = new Map();
    const projects = new Map();
    const services = [];
    const serviceIndex = new Map();
    const others = [];
    const otherIndex = new Map();
    const reserved = [];
    const ignore = [];
    const rules = {};
    /** Adds `service` to `list`, or replaces the one of the same key when it says `override: true`. */
    const add = (list, index, key, service) => {
        const existing = index.get(key);
        if (existing === undefined) {
            index.set(key, list.length);
            list.push(service);
        }
        else if (service.override) {
            list[existing] = service;
        }
        else {
            const other = list[existing];
            errors.push((0,registry_errors/* configErrorAt */.C3)(`service ${JSON.stringify(service.name)} is already defined in ${other.at.file}:${other.at.line}:${other.at.column}; add "override: true" to redefine it`, service.at));
        }
    };
    for (const node of order) {
        const { layer } = node;
        for (const [name, range] of layer.ranges)
            ranges.set(name, range);
        for (const [name, allocation] of layer.projects) {
            const existing = projects.get(name);
            if (!existing) {
                projects.set(name, { ...allocation, hosts: [...allocation.hosts] });
            }
            else if (existing.range[0] === allocation.range[0] && existing.range[1] === allocation.range[1]) {
                for (const host of allocation.hosts)
                    if (!existing.hosts.includes(host))
                        existing.hosts.push(host);
            }
            else {
                errors.push((0,registry_errors/* configErrorAt */.C3)(`project ${JSON.stringify(name)} is allocated ${portSpan(allocation.range)} here but ${portSpan(existing.range)} in ${existing.at.file}:${existing.at.line}:${existing.at.column}; a project has one allocation`, allocation.at));
            }
        }
        for (const { service: declared, rangeRef, projectRef } of layer.services) {
            const service = { ...declared };
            if (rangeRef) {
                const known = visibleRanges(node);
                const range = known.get(rangeRef.name);
                if (range) {
                    service.range = range;
                    service.rangeName = rangeRef.name;
                }
                else {
                    const names = [...known.keys()];
                    const hint = (0,suggest/* didYouMean */.a)(rangeRef.name, names) ||
                        (names.length > 0 ? ` (defined ranges: ${names.join(", ")})` : " (no ranges are defined; declare it under ranges:)");
                    errors.push((0,registry_errors/* configErrorAt */.C3)(`${formatPath(["services", service.name, "range"])} names an unknown range ${JSON.stringify(rangeRef.name)}${hint}`, rangeRef.at));
                }
            }
            if (projectRef) {
                // Where allocations are in sight, a project name that is none of them is a typo.
                const known = [...visibleProjects(node).keys()];
                if (known.length > 0 && projectRef.name !== layer.project && !known.includes(projectRef.name)) {
                    const names = layer.project !== undefined ? [layer.project, ...known] : known;
                    const hint = (0,suggest/* didYouMean */.a)(projectRef.name, names) || ` (allocated projects: ${known.join(", ")})`;
                    errors.push((0,registry_errors/* configErrorAt */.C3)(`${formatPath(["services", service.name, "project"])} names an unknown project ${JSON.stringify(projectRef.name)}${hint}`, projectRef.at));
                }
            }
            const owner = owners.get(node);
            if (service.project === undefined && owner !== undefined)
                service.project = owner;
            if (node !== root && service.project !== undefined && service.project !== root.layer.project) {
                add(others, otherIndex, `${service.project}\0${service.name}`, service);
            }
            else {
                add(services, serviceIndex, service.name, service);
            }
        }
        reserved.push(...layer.reserved);
        // Order matters (a later `!glob` takes back an earlier glob): a repeated glob moves to its
        // latest place.
        for (const glob of layer.ignore) {
            const earlier = ignore.indexOf(glob);
            if (earlier !== -1)
                ignore.splice(earlier, 1);
            ignore.push(glob);
        }
        Object.assign(rules, layer.rules);
    }
    (0,registry_errors/* throwIfAny */.MI)(errors);
    const top = root.layer;
    return {
        file: top.file,
        version: 1,
        ...(top.project !== undefined ? { project: top.project } : {}),
        ranges,
        services,
        reserved,
        ignore,
        rules,
        docs: top.docs,
        extends: top.extends.map((entry) => entry.spec),
        sources: [top.file, ...order.filter((node) => node !== root).map((node) => node.layer.file)],
        ...(projects.size > 0 ? { projects } : {}),
        ...(others.length > 0 ? { otherProjectServices: others } : {}),
    };
}
/** What a file can see of a named collection: its own entries over those of the files it extends. */
function visibleFrom(pick) {
    const seen = new Map();
    const visible = (node) => {
        let entries = seen.get(node);
        if (!entries) {
            entries = new Map();
            for (const parent of node.parents)
                for (const [name, entry] of visible(parent))
                    entries.set(name, entry);
            for (const [name, entry] of pick(node.layer))
                entries.set(name, entry);
            seen.set(node, entries);
        }
        return entries;
    };
    return visible;
}
function portSpan([from, to]) {
    return from === to ? String(from) : `${from}-${to}`;
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ configErrorAt),
/* harmony export */   MI: () => (/* binding */ throwIfAny),
/* harmony export */   mS: () => (/* binding */ ConfigErrors)
/* harmony export */ });
/* unused harmony export configProblems */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3062);
/* harmony import */ var _engine_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);
// Every problem of a registry file at once: one ConfigError that carries the list and prints it
// one problem per line, so a user fixes a ports.yaml in one pass instead of one error per run.


/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 50;
class ConfigErrors extends _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x {
    /** The problems, sorted by file, line and column; never empty. */
    errors;
    constructor(errors) {
        const sorted = sortErrors(errors);
        const first = sorted[0];
        const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? "s" : ""})` : "";
        super(`${first.message}${more}`, first.file, first.line, first.column);
        this.name = "ConfigError";
        this.errors = sorted;
    }
    /** One `file:line:column: message` line per problem. */
    format() {
        const lines = this.errors.slice(0, MAX_LISTED).map((error) => error.format());
        if (this.errors.length > MAX_LISTED)
            lines.push(`… and ${this.errors.length - MAX_LISTED} more problems`);
        return lines.join("\n");
    }
}
function configErrorAt(message, at) {
    return new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(message, at.file, at.line, at.column);
}
/** Throws the problems, if any, as one ConfigErrors. */
function throwIfAny(errors) {
    if (errors.length > 0)
        throw new ConfigErrors(errors);
}
/** The individual problems of any ConfigError (a plain one is a list of one). */
function configProblems(error) {
    return error instanceof ConfigErrors ? error.errors : [error];
}
function sortErrors(errors) {
    const seen = new Set();
    const unique = [];
    for (const error of errors) {
        const key = error.format();
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push(error);
    }
    return unique.sort((a, b) => (0,_engine_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 5679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Is: () => (/* binding */ loadLayerGraph),
  Xc: () => (/* binding */ readTextFromDisk)
});

// UNUSED EXPORTS: classifySource, repoPath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/registry/compile.js + 5 modules
var compile = __webpack_require__(9786);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/registry/github.js
var github = __webpack_require__(2684);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
;// CONCATENATED MODULE: ./lib/registry/package.js
// npm package sources: `@acme/ports` or `acme-ports` found in node_modules from the extending file's
// folder upwards (as Node resolves packages), then the registry file the package ships.


/** The file a package provides when the spec names none and package.json has no `portcullis` field. */
const PACKAGE_REGISTRY_FILE = "ports.yaml";
const PART = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
/** A problem with a package source, worded to follow `extends source "<spec>": `. */
class PackageSourceError extends Error {
    name = "PackageSourceError";
}
/** Parses `@scope/name[/file]` or `name[/file]`; throws PackageSourceError. */
function parsePackageSpec(spec) {
    const parts = spec.replace(/\\/g, "/").split("/");
    const scoped = parts[0].startsWith("@");
    const nameParts = parts.slice(0, scoped ? 2 : 1);
    const rest = parts.slice(nameParts.length);
    const valid = scoped
        ? nameParts.length === 2 && PART.test(nameParts[0].slice(1)) && PART.test(nameParts[1])
        : PART.test(nameParts[0]);
    if (!valid)
        throw new PackageSourceError(`not an npm package name (expected @scope/name or name, optionally followed by /file.yaml)`);
    if (rest.some((segment) => segment === "" || segment === "." || segment === "..")) {
        throw new PackageSourceError(`invalid file inside the package (${JSON.stringify(rest.join("/"))})`);
    }
    const name = nameParts.join("/");
    return rest.length > 0 ? { name, subpath: rest.join("/") } : { name };
}
/** The installed package folder, looking in `<dir>/node_modules` from `fromDir` up to the filesystem root. */
async function findPackageDir(name, fromDir) {
    let dir = external_node_path_.resolve(fromDir);
    for (;;) {
        if (external_node_path_.basename(dir) !== "node_modules") {
            const candidate = external_node_path_.join(dir, "node_modules", ...name.split("/"));
            if (await isDirectory(candidate))
                return candidate;
        }
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/**
 * The registry file a package provides: the spec's subpath, else the file package.json's
 * `portcullis` field names, else ports.yaml. `described` says how it was chosen, for errors.
 * Throws PackageSourceError for a package.json that cannot say, or a file outside the package.
 */
async function packageRegistryFile(packageDir, spec, readText, display) {
    if (spec.subpath !== undefined)
        return { absolute: external_node_path_.join(packageDir, spec.subpath), described: spec.subpath };
    const manifestPath = external_node_path_.join(packageDir, "package.json");
    const manifest = await readText(manifestPath);
    if (manifest !== undefined) {
        let field;
        try {
            field = JSON.parse(manifest)?.portcullis;
        }
        catch (error) {
            throw new PackageSourceError(`unreadable ${display(manifestPath)}: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (field !== undefined) {
            const inside = typeof field === "string" && field.length > 0 ? external_node_path_.resolve(packageDir, field) : undefined;
            const relative = inside === undefined ? undefined : external_node_path_.relative(packageDir, inside);
            if (inside === undefined || relative === undefined || relative === "" || relative.startsWith("..") || external_node_path_.isAbsolute(relative)) {
                throw new PackageSourceError(`the "portcullis" field of ${display(manifestPath)} must name a registry file inside the package (got ${JSON.stringify(field)})`);
            }
            return { absolute: inside, described: `${field} (the "portcullis" field of its package.json)` };
        }
    }
    return { absolute: external_node_path_.join(packageDir, PACKAGE_REGISTRY_FILE), described: PACKAGE_REGISTRY_FILE };
}
async function isDirectory(candidate) {
    try {
        return (await (0,promises_.stat)(candidate)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/registry/extends.js
// `extends`: finds and loads the registries a registry builds on (files of the repository, npm
// packages, files on GitHub), refusing cycles, missing sources and, unless allowed, paths that
// leave the repository.







/**
 * `github:owner/repo/path@ref` and `npm:name` say what they are; a relative, absolute or `.yaml`/
 * `.yml`/`.json` path is a file; anything else (`@scope/pkg`, `pkg`) is an npm package name.
 */
function classifySource(spec) {
    if (spec.startsWith("github:"))
        return { kind: "github", repo: spec.slice("github:".length) };
    if (spec.startsWith("npm:"))
        return { kind: "npm", name: spec.slice("npm:".length) };
    const isPath = spec.startsWith("./") ||
        spec.startsWith("../") ||
        spec.startsWith(".\\") ||
        spec.startsWith("..\\") ||
        external_node_path_.isAbsolute(spec) ||
        external_node_path_.win32.isAbsolute(spec) ||
        (!spec.startsWith("@") && /\.(ya?ml|json)$/i.test(spec));
    return isPath ? { kind: "file", path: spec } : { kind: "npm", name: spec };
}
/** Repository-relative, `/` separators (`../x.yaml` for a file outside the repository). */
function repoPath(root, absolute) {
    return external_node_path_.relative(root, absolute).split(external_node_path_.sep).join("/") || external_node_path_.basename(absolute);
}
const readTextFromDisk = async (absolutePath) => {
    try {
        return await (0,promises_.readFile)(absolutePath, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return undefined;
        throw error;
    }
};
/** Loads the registry at `configPath` and, recursively, everything it extends. */
async function loadLayerGraph(configPath, options) {
    const loaded = new Map();
    const read = async (source, via) => {
        if (source.kind === "github") {
            try {
                return await (0,github/* fetchGitHubFile */.Ie)(source.file, options.github);
            }
            catch (error) {
                throw fail(error instanceof github/* GitHubSourceError */.XI ? error.message : `cannot read ${source.name}: ${String(error)}`, via);
            }
        }
        let text;
        try {
            text = await options.readText(source.absolute);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw fail(`cannot read ${source.name}: ${reason}`, via, source.name);
        }
        if (text !== undefined)
            return text;
        if (!via)
            throw new errors/* ConfigErrors */.mS([new model/* ConfigError */.x("registry file not found", source.name)]);
        if (source.missing)
            throw fail(source.missing, via);
        const also = source.name === via.spec ? "" : ` (looked for ${source.name})`;
        throw fail(`extends source ${JSON.stringify(via.spec)} not found${also}`, via);
    };
    const load = async (source, chain, via) => {
        const done = loaded.get(source.key);
        if (done)
            return done;
        const layer = (0,compile/* compileRegistryFile */.XW)(source.name, await read(source, via));
        const node = { layer, parents: [] };
        const here = [...chain, source];
        for (const entry of layer.extends) {
            const target = await resolveEntry(entry, source, options);
            if (here.some((step) => step.key === target.key)) {
                throw fail(`extends cycle: ${[...here, target].map((step) => step.name).join(" → ")}`, entry);
            }
            node.parents.push(await load(target, here, entry));
        }
        loaded.set(source.key, node);
        return node;
    };
    const absolute = external_node_path_.resolve(options.root, configPath);
    return load({ kind: "disk", key: absolute, name: repoPath(options.root, absolute), absolute }, []);
}
async function resolveEntry(entry, from, options) {
    const source = classifySource(entry.spec);
    const refuse = (reason) => fail(`extends source ${JSON.stringify(entry.spec)}: ${reason}`, entry);
    switch (source.kind) {
        case "github": {
            let file;
            try {
                file = (0,github/* parseGitHubSource */.Qm)(source.repo);
            }
            catch (error) {
                throw refuse(error.message);
            }
            const name = (0,github/* gitHubSourceName */.Uj)(file);
            return { kind: "github", key: name, name, file };
        }
        case "npm": {
            if (from.kind === "github")
                throw refuse(`a package cannot be resolved from ${from.name} (there is no node_modules on GitHub); use github:owner/repo/path@ref`);
            let spec;
            try {
                spec = parsePackageSpec(source.name);
            }
            catch (error) {
                throw refuse(error.message);
            }
            const fromDir = external_node_path_.dirname(from.absolute);
            const packageDir = await findPackageDir(spec.name, fromDir);
            if (!packageDir) {
                const where = fromDir === external_node_path_.resolve(options.root) ? "the repository root" : repoPath(options.root, fromDir);
                throw fail(`extends source ${JSON.stringify(entry.spec)} not found: no node_modules/${spec.name} in ${where} or any folder above it (npm install ${spec.name})`, entry);
            }
            let file;
            try {
                file = await packageRegistryFile(packageDir, spec, options.readText, (absolute) => repoPath(options.root, absolute));
            }
            catch (error) {
                if (error instanceof PackageSourceError)
                    throw refuse(error.message);
                throw error;
            }
            return {
                kind: "disk",
                key: file.absolute,
                name: repoPath(options.root, file.absolute),
                absolute: file.absolute,
                boundary: packageDir,
                missing: `extends source ${JSON.stringify(entry.spec)} not found: ${repoPath(options.root, packageDir)} has no ${file.described}`,
            };
        }
        case "file": {
            if (from.kind === "github") {
                let file;
                try {
                    file = (0,github/* resolveGitHubRelative */.Sw)(from.file, source.path);
                }
                catch (error) {
                    throw refuse(error.message);
                }
                const name = (0,github/* gitHubSourceName */.Uj)(file);
                return { kind: "github", key: name, name, file };
            }
            const target = external_node_path_.resolve(external_node_path_.dirname(from.absolute), source.path);
            // A file of an installed package may extend other files of the same package.
            const inPackage = from.boundary !== undefined && (await isInside(from.boundary, target));
            if (!options.allowOutside && !inPackage && !(await isInside(options.root, target))) {
                const outside = from.boundary !== undefined ? `outside the package ${repoPath(options.root, from.boundary)} and the repository` : "outside the repository";
                throw fail(`extends source ${JSON.stringify(entry.spec)} is ${outside} (${repoPath(options.root, target)}); use --allow-outside to allow it`, entry);
            }
            return {
                kind: "disk",
                key: target,
                name: repoPath(options.root, target),
                absolute: target,
                ...(inPackage ? { boundary: from.boundary } : {}),
            };
        }
    }
}
/** Inside the root both as written and after symbolic links are followed. */
async function isInside(root, target) {
    if (!contains(root, target))
        return false;
    const [realRoot, realTarget] = await Promise.all([(0,promises_.realpath)(root).catch(() => root), (0,promises_.realpath)(target).catch(() => undefined)]);
    return realTarget === undefined || contains(realRoot, realTarget);
}
function contains(root, target) {
    const relative = external_node_path_.relative(root, target);
    return relative === "" || (!external_node_path_.isAbsolute(relative) && relative !== ".." && !relative.startsWith(`..${external_node_path_.sep}`));
}
function fail(message, via, file = "") {
    return new errors/* ConfigErrors */.mS([via ? (0,errors/* configErrorAt */.C3)(message, via.at) : new model/* ConfigError */.x(message, file)]);
}


/***/ }),

/***/ 2684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ fetchGitHubFile),
/* harmony export */   Qm: () => (/* binding */ parseGitHubSource),
/* harmony export */   Sw: () => (/* binding */ resolveGitHubRelative),
/* harmony export */   Uj: () => (/* binding */ gitHubSourceName),
/* harmony export */   XI: () => (/* binding */ GitHubSourceError),
/* harmony export */   gz: () => (/* binding */ gitHubAccess)
/* harmony export */ });
/* unused harmony exports DEFAULT_GITHUB_API_URL, clearGitHubCache */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
// `github:owner/repo/path@ref` sources: parsed, fetched through the GitHub contents API with a token
// that is sent but never printed, and kept for the rest of the process so no source is fetched twice.

const DEFAULT_GITHUB_API_URL = "https://api.github.com";
/** Registry files are small; a larger answer is a mistake (or an attack), not a registry. */
const MAX_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const REPO = /^[A-Za-z0-9._-]+$/;
/** A problem with a GitHub source; the message names the source and never holds the token. */
class GitHubSourceError extends Error {
    name = "GitHubSourceError";
}
/** The canonical spelling: `github:owner/repo/path@ref` (no `@ref` for the default branch). */
function gitHubSourceName(file) {
    return `github:${file.owner}/${file.repo}/${file.path}${file.ref !== undefined ? `@${file.ref}` : ""}`;
}
/** Parses what follows `github:`; throws GitHubSourceError saying what is expected. */
function parseGitHubSource(rest) {
    const expected = "expected github:owner/repo/path/to/ports.yaml@ref";
    // The ref is after the last `@` of the path part (a ref may hold `/`, a path may not hold `@ref`).
    const firstSlash = rest.indexOf("/");
    const at = rest.lastIndexOf("@");
    const hasRef = at > firstSlash && firstSlash >= 0;
    const location = hasRef ? rest.slice(0, at) : rest;
    const ref = hasRef ? rest.slice(at + 1) : undefined;
    const [owner = "", repo = "", ...segments] = location.split("/");
    if (!OWNER.test(owner))
        throw new GitHubSourceError(`${owner ? `invalid owner ${JSON.stringify(owner)}` : "no owner"}; ${expected}`);
    if (!REPO.test(repo) || repo === "." || repo === "..")
        throw new GitHubSourceError(`${repo ? `invalid repository ${JSON.stringify(repo)}` : "no repository"}; ${expected}`);
    const filePath = segments.join("/");
    if (!filePath)
        throw new GitHubSourceError(`no file path in the repository; ${expected}`);
    if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
        throw new GitHubSourceError(`invalid path ${JSON.stringify(filePath)}; ${expected}`);
    }
    if (ref !== undefined && (ref === "" || /[\s\u0000-\u001f\u007f]/.test(ref))) {
        throw new GitHubSourceError(`invalid ref ${JSON.stringify(ref)}; ${expected}`);
    }
    return { owner, repo, path: filePath, ...(ref !== undefined ? { ref } : {}) };
}
/**
 * A path written in a GitHub-hosted registry, relative to that file: the same repository and ref.
 * Throws GitHubSourceError when it is absolute or leaves the repository.
 */
function resolveGitHubRelative(from, relative) {
    const written = relative.replace(/\\/g, "/");
    if (written.startsWith("/") || node_path__WEBPACK_IMPORTED_MODULE_0__.win32.isAbsolute(relative)) {
        throw new GitHubSourceError(`an absolute path cannot be read from ${gitHubSourceName(from)}; use a path relative to it`);
    }
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(from.path), written));
    if (joined === ".." || joined.startsWith("../")) {
        throw new GitHubSourceError(`${relative} leaves ${from.owner}/${from.repo} (from ${gitHubSourceName(from)})`);
    }
    return { owner: from.owner, repo: from.repo, path: joined, ...(from.ref !== undefined ? { ref: from.ref } : {}) };
}
/** The token and API base the environment gives: GITHUB_TOKEN, GITHUB_API_URL. */
function gitHubAccess(options, env = process.env) {
    const token = options.githubToken ?? env.GITHUB_TOKEN;
    const apiUrl = options.githubApiUrl ?? (env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL);
    return { ...(token ? { token } : {}), apiUrl };
}
const fetched = new Map();
/** Forgets every fetched source (the next load fetches again). */
function clearGitHubCache() {
    fetched.clear();
}
/**
 * The text of a file on GitHub. Each source is fetched once per process (per API base): a second
 * registry naming it, or a second load, gets the same text. Failures are not kept, so a retry
 * (with another token, say) fetches again. Throws GitHubSourceError.
 */
function fetchGitHubFile(file, access) {
    const key = `${access.apiUrl}\0${gitHubSourceName(file)}`;
    let pending = fetched.get(key);
    if (!pending) {
        pending = fetchOnce(file, access);
        fetched.set(key, pending);
        pending.catch(() => fetched.delete(key));
    }
    return pending;
}
async function fetchOnce(file, access) {
    const name = gitHubSourceName(file);
    const fail = (message) => {
        throw new GitHubSourceError(scrub(message, access.token));
    };
    let base;
    try {
        base = new URL(access.apiUrl);
        if (base.protocol !== "https:" && base.protocol !== "http:")
            throw new Error("not http(s)");
    }
    catch {
        return fail(`cannot read ${name}: the GitHub API URL ${JSON.stringify(access.apiUrl)} is not an http(s) URL`);
    }
    const encoded = [file.owner, file.repo].map(encodeURIComponent).join("/");
    const filePath = file.path.split("/").map(encodeURIComponent).join("/");
    const url = new URL(`${base.href.replace(/\/+$/, "")}/repos/${encoded}/contents/${filePath}`);
    if (file.ref !== undefined)
        url.searchParams.set("ref", file.ref);
    const headers = {
        accept: "application/vnd.github.raw",
        "x-github-api-version": "2022-11-28",
        "user-agent": "portcullis",
    };
    if (access.token)
        headers.authorization = `Bearer ${access.token}`;
    let response;
    try {
        response = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(TIMEOUT_MS) });
    }
    catch (error) {
        return fail(`cannot fetch ${name} from ${base.host}: ${networkReason(error)}`);
    }
    let body;
    try {
        body = await readCapped(response);
    }
    catch (error) {
        return fail(`cannot fetch ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.ok)
        return decodeContents(name, response, body, fail);
    const said = githubMessage(body);
    const detail = said ? `: ${said}` : "";
    const status = response.status;
    const repo = `${file.owner}/${file.repo}`;
    if (status === 404) {
        const hint = access.token
            ? `; check the owner, repository, path and ref, and that the token can read ${repo}`
            : `; if ${repo} is private, set GITHUB_TOKEN to a token that can read it`;
        return fail(`${name} not found (HTTP 404)${hint}`);
    }
    if ((status === 403 || status === 429) && response.headers.get("x-ratelimit-remaining") === "0") {
        return fail(`cannot read ${name}: GitHub API rate limit exceeded (HTTP ${status})${access.token ? "" : "; a token (GITHUB_TOKEN) raises the limit"}`);
    }
    if (status === 401) {
        return fail(access.token
            ? `cannot read ${name}: GitHub rejected the token (HTTP 401${detail}); check GITHUB_TOKEN or the token input`
            : `cannot read ${name}: GitHub wants a token (HTTP 401${detail}); set GITHUB_TOKEN`);
    }
    if (status === 403) {
        return fail(access.token
            ? `cannot read ${name}: access denied (HTTP 403${detail}); the token cannot read ${repo} (it needs contents: read)`
            : `cannot read ${name}: access denied (HTTP 403${detail}); set GITHUB_TOKEN to a token that can read ${repo}`);
    }
    return fail(`cannot read ${name}: GitHub answered HTTP ${status}${detail}`);
}
/** The raw file, or a contents object (JSON with base64 content) from servers that ignore the raw media type. */
function decodeContents(name, response, body, fail) {
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/json")
        return body;
    let data;
    try {
        data = JSON.parse(body);
    }
    catch {
        return body;
    }
    if (Array.isArray(data))
        return fail(`${name} is a folder, not a registry file`);
    const contents = data;
    if (contents.type !== undefined && contents.type !== "file")
        return fail(`${name} is a ${String(contents.type)}, not a registry file`);
    if (contents.encoding === "base64" && typeof contents.content === "string") {
        return Buffer.from(contents.content, "base64").toString("utf8");
    }
    if (contents.encoding === "none")
        return fail(`${name} is too large for the GitHub contents API`);
    return fail(`cannot read ${name}: unexpected answer from the GitHub contents API`);
}
async function readCapped(response) {
    const length = Number(response.headers.get("content-length") ?? "0");
    if (length > MAX_BYTES)
        throw new Error(`the answer is larger than ${MAX_BYTES} bytes`);
    if (!response.body)
        return "";
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > MAX_BYTES)
            throw new Error(`the answer is larger than ${MAX_BYTES} bytes`);
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks).toString("utf8");
}
/** GitHub's `{ "message": "…" }`, shortened, on one line. */
function githubMessage(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message !== "string" || !message.trim())
            return undefined;
        const line = message.replace(/\s+/g, " ").trim();
        return line.length > 200 ? `${line.slice(0, 197)}...` : line;
    }
    catch {
        return undefined;
    }
}
/** Why fetch failed, from the innermost cause (`connect ECONNREFUSED 127.0.0.1:9`, a timeout). */
function networkReason(error) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
        return `no answer within ${TIMEOUT_MS / 1000} s`;
    let current = error;
    for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++)
        current = current.cause;
    if (current instanceof AggregateError && current.errors.length > 0)
        current = current.errors[0];
    return current instanceof Error ? current.message : String(current);
}
/** No message ever carries the token, whatever a server echoes back. */
function scrub(message, token) {
    return token ? message.split(token).join("***") : message;
}


/***/ }),

/***/ 9395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ loadRegistry),
/* harmony export */   l5: () => (/* binding */ parseRegistry),
/* harmony export */   u0: () => (/* reexport safe */ _find_config_js__WEBPACK_IMPORTED_MODULE_5__.u0)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9786);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(228);
/* harmony import */ var _extends_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5679);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2684);
/* harmony import */ var _find_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4179);
// Public entry points of the registry: find ports.yaml, load it with everything it extends, or
// parse one registry text on its own. Every problem is a ConfigError with file, line and column.









/** File names a registry may have, in the order they are looked for. */

/**
 * Loads `configPath` (absolute, or relative to `options.root`) and the registries it extends.
 * Throws ConfigError (a ConfigErrors listing every problem of the failing file) on bad input.
 */
async function loadRegistry(configPath, options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(options.root);
    const graph = await (0,_extends_js__WEBPACK_IMPORTED_MODULE_3__/* .loadLayerGraph */ .Is)(configPath, {
        root,
        allowOutside: options.allowOutside ?? false,
        readText: options.readText ?? _extends_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFromDisk */ .Xc,
        github: (0,_github_js__WEBPACK_IMPORTED_MODULE_4__/* .gitHubAccess */ .gz)(options),
    });
    return (0,_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleRegistry */ .ES)(graph);
}
/**
 * Parses one registry text on its own (`file` is its repository-relative path, used in locations
 * and errors). A registry that extends others needs their files: load it with loadRegistry.
 */
function parseRegistry(file, text) {
    const layer = (0,_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .compileRegistryFile */ .XW)(file, text);
    const first = layer.extends[0];
    if (first) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigErrors */ .mS([
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrorAt */ .C3)(`extends ${JSON.stringify(first.spec)} cannot be resolved from text alone; load the file with loadRegistry`, first.at),
        ]);
    }
    return (0,_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleRegistry */ .ES)({ layer, parents: [] });
}


/***/ }),

/***/ 645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean …?" for misspelt keys, enum values and range names.
/** The closest candidate within a small edit distance, or undefined when nothing is close. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** ` (did you mean "x"?)` or "". */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? "" : ` (did you mean "${match}"?)`;
}
/** Optimal string alignment distance: Levenshtein plus transpositions ("acess" → "access" is 1). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, d[i - 2][j - 2] + 1);
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}


/***/ })

};
;
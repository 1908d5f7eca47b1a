"use strict";
exports.id = 763;
exports.ids = [763,123];
exports.modules = {

/***/ 1315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
// Findings and the rule contract shared by the engine, rules and formatters.
const DOCS_BASE = "https://github.com/portcullis-dev/portcullis/blob/main/README.md";
function ruleDocsUrl(id) {
    return `${DOCS_BASE}#${id}`;
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationLevel: () => (/* binding */ annotationLevel),
/* harmony export */   annotationTitle: () => (/* binding */ annotationTitle),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   findingAnnotation: () => (/* binding */ findingAnnotation),
/* harmony export */   formatAnnotation: () => (/* binding */ formatAnnotation),
/* harmony export */   formatGithub: () => (/* binding */ formatGithub),
/* harmony export */   renderGithub: () => (/* binding */ renderGithub),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(123);
// GitHub workflow-command annotations (`::error file=…::message`), escaped byte for byte as the
// runner's own toolkit escapes them, without depending on it (the CLI bundle stays toolkit-free).

const LEVEL = { error: "error", warning: "warning", info: "notice" };
function annotationLevel(severity) {
    return LEVEL[severity];
}
/** Command data (the message): `%`, CR and LF would end or corrupt the command. */
function escapeData(value) {
    return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Command properties additionally must not contain the `:` and `,` that delimit them. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** `::name key=value,…::message`; empty properties are left out, as the toolkit does. */
function workflowCommand(name, properties, message) {
    const pairs = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== "")
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${name}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}
function formatAnnotation(annotation) {
    const { file, line, endLine, col, endColumn, title } = annotation.properties;
    // Fixed order: file and position first, the title last (what people read in raw logs).
    return workflowCommand(annotation.level, { file, line, endLine, col, endColumn, title }, annotation.message);
}
function annotationTitle(finding) {
    return `portcullis/${finding.ruleId}`;
}
function findingAnnotation(finding, options = {}) {
    const singleLine = finding.endLine === finding.line;
    return {
        level: annotationLevel(finding.severity),
        message: finding.message,
        properties: {
            file: (0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__.withPathPrefix)(options.pathPrefix, finding.file),
            line: finding.line,
            // The runner only honours columns on single-line annotations.
            ...(singleLine ? {} : { endLine: finding.endLine }),
            col: finding.column,
            ...(singleLine ? { endColumn: finding.endColumn } : {}),
            title: annotationTitle(finding),
        },
    };
}
function renderGithub(findings, options = {}) {
    return findings.map((finding) => `${formatAnnotation(findingAnnotation(finding, options))}\n`).join("");
}
const formatGithub = ({ findings }) => renderGithub(findings);


/***/ }),

/***/ 123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   TOOL_INFORMATION_URI: () => (/* binding */ TOOL_INFORMATION_URI),
/* harmony export */   TOOL_NAME: () => (/* binding */ TOOL_NAME),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   pathToUri: () => (/* binding */ pathToUri),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif),
/* harmony export */   withPathPrefix: () => (/* binding */ withPathPrefix)
/* harmony export */ });
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
// SARIF 2.1.0 output, the format GitHub code scanning ingests: rules in a stable order,
// one result per finding, and the engine's fingerprint so alerts are tracked across commits.

const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const TOOL_NAME = "portcullis";
const TOOL_INFORMATION_URI = "https://github.com/portcullis-dev/portcullis";
const LEVEL = { error: "error", warning: "warning", info: "note" };
const DEFAULT_LEVEL = { error: "error", warn: "warning", info: "note" };
/** Rule ids as a rule name: `exposed-binding` → `ExposedBinding` (SARIF's readable identifier). */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join("");
}
/** A repository path as a relative URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(file) {
    return file
        .split("/")
        .map((segment) => encodeURIComponent(segment))
        .join("/");
}
/** A project-relative path as seen from the repository root (the project may live in a subfolder). */
function withPathPrefix(prefix, file) {
    if (!prefix)
        return file;
    const clean = prefix.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
    return clean === "" || clean === "." ? file : `${clean}/${file}`;
}
/** A description as a sentence: one final full stop, never two. */
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function describeRule(meta) {
    const helpUri = (0,_engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocsUrl */ .h)(meta.id);
    const level = DEFAULT_LEVEL[meta.defaultLevel];
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.rationale || meta.description },
        help: {
            text: `${sentence(meta.description)}\n\n${meta.rationale}\n\nDocumentation: ${helpUri}`,
            markdown: `**${meta.id}** (default: ${meta.defaultLevel}): ${sentence(meta.description)}\n\n${meta.rationale}\n\n[Documentation](${helpUri})`,
        },
        helpUri,
        defaultConfiguration: { level },
        properties: { tags: ["ports", "configuration"] },
    };
}
function describeResult(finding, index, prefix) {
    const startLine = Math.max(1, finding.line);
    const startColumn = Math.max(1, finding.column);
    const endLine = Math.max(startLine, finding.endLine);
    // A region must not end before it starts; an empty span still marks its first character.
    const endColumn = endLine === startLine ? Math.max(startColumn + 1, finding.endColumn) : Math.max(1, finding.endColumn);
    const ruleIndex = index.get(finding.ruleId);
    const properties = {};
    if (finding.service !== undefined)
        properties.service = finding.service;
    if (finding.port !== undefined)
        properties.port = finding.port;
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: pathToUri(withPathPrefix(prefix, finding.file)), uriBaseId: "%SRCROOT%" },
                    region: { startLine, startColumn, endLine, endColumn },
                },
            },
        ],
        partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
}
function buildSarif(input, context, options = {}) {
    const metas = [...context.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(metas.map((meta, i) => [meta.id, i]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: context.version,
                        semanticVersion: context.version,
                        informationUri: TOOL_INFORMATION_URI,
                        rules: metas.map(describeRule),
                    },
                },
                columnKind: "utf16CodeUnits",
                results: input.findings.map((finding) => describeResult(finding, index, options.pathPrefix)),
            },
        ],
    };
}
function renderSarif(input, context, options = {}) {
    return `${JSON.stringify(buildSarif(input, context, options), null, 2)}\n`;
}
const formatSarif = (input, context) => renderSarif(input, context);


/***/ })

};
;
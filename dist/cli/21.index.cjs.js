"use strict";
exports.id = 21;
exports.ids = [21,123];
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

/***/ 5402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_BYTES: () => (/* binding */ COMMENT_MAX_BYTES),
/* harmony export */   SUMMARY_MAX_BYTES: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   blobFileUrl: () => (/* binding */ blobFileUrl),
/* harmony export */   blobUrl: () => (/* binding */ blobUrl),
/* harmony export */   escapeMarkdownCell: () => (/* binding */ escapeMarkdownCell),
/* harmony export */   formatMarkdown: () => (/* binding */ formatMarkdown),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1315);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(123);
// Markdown report for a job summary or a pull-request comment: counts by rule and severity, every
// finding in a table linked to its line, extra sections (the port map), all within a byte budget.


/** GitHub refuses step summaries over 1 MiB; stay a little under it. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 8 * 1024;
/** Issue and pull-request comments are limited to 65,536 characters. */
const COMMENT_MAX_BYTES = 60_000;
/** Room kept for the truncation notes, whatever else is cut. */
const NOTE_RESERVE = 1024;
const SEVERITIES = ["error", "warning", "info"];
const SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Info" };
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/**
 * Text safe inside a GFM table cell: every Markdown-active character backslash-escaped (so a
 * message can neither break the table nor inject links or HTML), line breaks folded, and `@`
 * mentions defused so a report never pings a user or team.
 */
function escapeMarkdownCell(text) {
    return text
        .replace(/\r\n|\r|\n/g, " ")
        .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
        .replace(/(^|[^\w])@(?=\w)/g, "$1@\u200b");
}
/** A link destination that cannot end early: parentheses and spaces percent-encoded. */
function linkDestination(url) {
    return url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
}
/** A repository file at the commit, as a link destination. */
function blobFileUrl(links, file) {
    return linkDestination(`${links.serverUrl.replace(/\/+$/, "")}/${links.repository}/blob/${links.sha}/${(0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__.pathToUri)(file)}`);
}
function blobUrl(links, file, line, endLine = line) {
    return `${blobFileUrl(links, file)}${endLine > line ? `#L${line}-L${endLine}` : `#L${line}`}`;
}
function locationCell(finding, options) {
    const file = (0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__.withPathPrefix)(options.pathPrefix, finding.file);
    const text = escapeMarkdownCell(`${file}:${finding.line}:${finding.column}`);
    if (!options.links)
        return text;
    return `[${text}](${blobUrl(options.links, file, finding.line, finding.endLine)})`;
}
function findingRow(finding, options) {
    return `| ${SEVERITY_LABEL[finding.severity]} | ${locationCell(finding, options)} | \`${finding.ruleId}\` | ${escapeMarkdownCell(finding.message)} |\n`;
}
function countLine(input) {
    const { errors, warnings, infos, filesScanned } = input.summary;
    const files = plural(filesScanned, "scanned file");
    if (input.findings.length === 0)
        return `No port problems found in ${files}.\n`;
    return `**${plural(errors, "error")}**, **${plural(warnings, "warning")}** and ${plural(infos, "info")} in ${files}.\n`;
}
function ruleTable(findings) {
    const byRule = new Map();
    for (const finding of findings) {
        const counts = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0 };
        counts[finding.severity]++;
        byRule.set(finding.ruleId, counts);
    }
    const total = { error: 0, warning: 0, info: 0 };
    let out = "| Rule | Errors | Warnings | Infos | Total |\n| --- | ---: | ---: | ---: | ---: |\n";
    for (const id of [...byRule.keys()].sort()) {
        const counts = byRule.get(id);
        const sum = SEVERITIES.reduce((n, s) => n + counts[s], 0);
        for (const s of SEVERITIES)
            total[s] += counts[s];
        out += `| [\`${id}\`](${linkDestination((0,_engine_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .h)(id))}) | ${counts.error} | ${counts.warning} | ${counts.info} | ${sum} |\n`;
    }
    out += `| **Total** | **${total.error}** | **${total.warning}** | **${total.info}** | **${findings.length}** |\n`;
    return out;
}
function renderSection(section) {
    const body = section.body.endsWith("\n") ? section.body : `${section.body}\n`;
    if (section.collapsed) {
        return `\n<details>\n<summary>${escapeMarkdownCell(section.title)}</summary>\n\n${body}\n</details>\n`;
    }
    return `\n### ${escapeMarkdownCell(section.title)}\n\n${body}`;
}
const bytes = (text) => Buffer.byteLength(text, "utf8");
/** Cuts text to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(text, max) {
    const buffer = Buffer.from(text, "utf8");
    if (buffer.length <= max)
        return text;
    let end = max;
    while (end > 0 && (buffer[end] & 0xc0) === 0x80)
        end--;
    return buffer.subarray(0, end).toString("utf8");
}
/** Findings in the order a reader wants them: errors, then warnings, then infos; by place within each. */
function severityFirst(findings) {
    const rank = { error: 0, warning: 1, info: 2 };
    return findings
        .map((finding, i) => ({ finding, i }))
        .sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.i - b.i)
        .map((entry) => entry.finding);
}
function renderMarkdown(input, context, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    let head = options.marker ? `${options.marker}\n` : "";
    head += `## ${options.title ?? "Portcullis"}\n\n${countLine(input)}`;
    if (options.scope)
        head += `\n${escapeMarkdownCell(options.scope)}\n`;
    if (input.findings.length > 0) {
        head += `\n${ruleTable(input.findings)}\n### Findings\n\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n`;
    }
    let out = head;
    let used = bytes(head);
    const findings = severityFirst(input.findings);
    let shown = 0;
    for (const finding of findings) {
        const row = findingRow(finding, options);
        const size = bytes(row);
        if (used + size + NOTE_RESERVE > maxBytes)
            break;
        out += row;
        used += size;
        shown++;
    }
    const notes = [];
    if (shown < findings.length) {
        const where = options.elsewhere ? ` Every finding is in ${escapeMarkdownCell(options.elsewhere)}.` : "";
        notes.push(`${plural(findings.length - shown, "more finding is", "more findings are")} not shown: this report is limited to ${Math.floor(maxBytes / 1024)} KiB.${where}`);
    }
    let sections = "";
    const omitted = [];
    for (const section of options.sections ?? []) {
        const text = renderSection(section);
        const size = bytes(text);
        if (shown === findings.length && used + size + NOTE_RESERVE <= maxBytes) {
            sections += text;
            used += size;
        }
        else {
            omitted.push(section.title);
        }
    }
    if (omitted.length > 0)
        notes.push(`Left out to stay within the size limit: ${omitted.map(escapeMarkdownCell).join(", ")}.`);
    if (notes.length > 0)
        out += `\n> [!NOTE]\n${notes.map((note) => `> ${note}`).join("\n>\n")}\n`;
    out += sections;
    out += `\n<sub>portcullis ${escapeMarkdownCell(context.version)}</sub>\n`;
    // The reserve covers the notes; only an absurdly small budget gets here.
    return cutToBytes(out, maxBytes);
}
const formatMarkdown = (input, context) => renderMarkdown(input, context);


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
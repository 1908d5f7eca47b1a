"use strict";
exports.id = 956;
exports.ids = [956];
exports.modules = {

/***/ 6956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   codeFrame: () => (/* binding */ codeFrame),
/* harmony export */   formatStylish: () => (/* binding */ formatStylish)
/* harmony export */ });
// Terminal output: findings grouped by file, a code frame under each error, a summary line.
const ansi = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR = {
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    blue: ansi(34, 39),
    dim: ansi(2, 22),
    bold: ansi(1, 22),
    underline: ansi(4, 24),
};
const identity = (s) => s;
const PLAIN = { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity, underline: identity };
const CONTEXT_LINES = 2;
/** Two lines of context, a gutter of line numbers, carets under the exact span. */
function codeFrame(source, finding, paint) {
    const lines = source.split(/\r?\n/);
    // A file's final newline does not open another line worth showing.
    if (lines.length > 1 && lines[lines.length - 1] === "")
        lines.pop();
    const first = Math.max(1, finding.line - CONTEXT_LINES);
    const last = Math.min(lines.length, finding.line + CONTEXT_LINES);
    const width = String(last).length;
    const out = [];
    for (let n = first; n <= last; n++) {
        const text = (lines[n - 1] ?? "").replace(/\t/g, " ");
        const marker = n === finding.line ? paint.red(">") : " ";
        out.push(`  ${marker} ${paint.dim(`${String(n).padStart(width)} |`)} ${text}`.trimEnd());
        if (n === finding.line) {
            const span = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : Math.max(1, text.length - finding.column + 1);
            out.push(`    ${paint.dim(`${" ".repeat(width)} |`)} ${" ".repeat(Math.max(0, finding.column - 1))}${paint.red("^".repeat(span))}`);
        }
    }
    return out.join("\n");
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
const formatStylish = ({ findings, summary }, context) => {
    const paint = context.color ? COLOR : PLAIN;
    if (findings.length === 0)
        return "";
    const byFile = new Map();
    for (const f of findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    const out = [];
    for (const [file, list] of byFile) {
        if (out[out.length - 1] !== "")
            out.push("");
        out.push(paint.underline(file));
        const source = context.readSource?.(file);
        const posWidth = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
        const sevWidth = Math.max(...list.map((f) => f.severity.length));
        for (const f of list) {
            const sev = f.severity === "error" ? paint.red : f.severity === "warning" ? paint.yellow : paint.blue;
            out.push(`  ${paint.dim(`${f.line}:${f.column}`.padEnd(posWidth))}  ${sev(f.severity.padEnd(sevWidth))}  ${f.message}  ${paint.dim(f.ruleId)}`);
            if (f.severity === "error" && source !== undefined)
                out.push(codeFrame(source, f, paint), "");
        }
    }
    const total = summary.errors + summary.warnings + summary.infos;
    const parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning")];
    if (summary.infos > 0)
        parts.push(plural(summary.infos, "info"));
    const mark = summary.errors > 0 ? paint.red("✖") : summary.warnings > 0 ? paint.yellow("⚠") : paint.blue("ℹ");
    out.push("", paint.bold(`${mark} ${plural(total, "problem")} (${parts.join(", ")})`), "");
    return out.join("\n");
};


/***/ })

};
;
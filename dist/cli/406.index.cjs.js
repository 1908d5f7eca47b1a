"use strict";
exports.id = 406;
exports.ids = [406];
exports.modules = {

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJson: () => (/* binding */ formatJson)
/* harmony export */ });
// The stable JSON contract (DESIGN.md): other tools and tests parse it.
const formatJson = ({ findings, summary }) => {
    const out = {
        version: 1,
        findings: findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            ...(f.service !== undefined ? { service: f.service } : {}),
            ...(f.port !== undefined ? { port: f.port } : {}),
            fingerprint: f.fingerprint,
        })),
        summary: {
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            filesScanned: summary.filesScanned,
            durationMs: summary.durationMs,
        },
    };
    return `${JSON.stringify(out, null, 2)}\n`;
};


/***/ })

};
;
export const id = 654;
export const ids = [654];
export const modules = {

/***/ 8654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkReport: () => (/* binding */ checkReport)
/* harmony export */ });
/* unused harmony export CHECK_SCHEMA */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3162);
// `flask-rock check --format json`: the check's result as a stable, documented schema (README,
// "Machine-readable check"). Paths are relative to the project directory. Fields are only added
// in later versions of schema 1, never renamed or removed.


const CHECK_SCHEMA = 1;
function checkReport(result) {
    const rel = (file) => file === undefined ? null : node_path__WEBPACK_IMPORTED_MODULE_0__.relative(result.dir, file) || '.';
    const located = (p) => ({
        message: p.message,
        file: rel(p.file),
        line: p.line ?? null,
        column: p.column ?? null
    });
    const boot = result.boot;
    const problems = [
        ...result.problems.map(p => ({ kind: 'rockcraft', ...located(p) })),
        ...(0,_check_js__WEBPACK_IMPORTED_MODULE_1__.packProblems)(result).map(p => ({ kind: 'pack', ...located(p) })),
        ...(boot?.problems ?? []).map(p => ({ kind: 'boot', ...located(p) }))
    ];
    const fromVenv = new Set(boot?.installed ?? []);
    return {
        schema: CHECK_SCHEMA,
        ok: problems.length === 0,
        dir: result.dir,
        name: result.name ?? null,
        version: result.version ?? null,
        base: result.base ?? null,
        buildBase: result.buildBase ?? null,
        wsgi: result.wsgi ?? null,
        worker: result.worker,
        problems,
        warnings: [...(result.install?.warnings ?? []), ...(boot?.warnings ?? [])].map(located),
        hints: result.hints.map(located),
        ships: boot?.ships ?? null,
        installed: result.install
            ? {
                backend: result.install.backend,
                modules: result.install.modules.map(m => ({
                    module: m.name,
                    path: m.path,
                    package: m.package
                })),
                complete: !result.install.unsure
            }
            : null,
        boot: boot
            ? {
                modules: boot.graph.modules.map(m => ({
                    module: m.module,
                    file: m.file,
                    atBoot: m.boot,
                    installed: fromVenv.has(m.module.split('.')[0]),
                    shipped: m.shipped
                })),
                imports: boot.graph.imports.map(i => ({
                    from: i.from,
                    module: i.to,
                    line: i.line,
                    atBoot: i.boot,
                    status: i.status,
                    via: i.via
                })),
                complete: !boot.graph.truncated,
                fix: boot.fix ? { prime: boot.fix.prime ?? null, remove: boot.fix.remove ?? null } : null
            }
            : null
    };
}


/***/ })

};

export const id = 532;
export const ids = [532];
export const modules = {

/***/ 9532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionLog: () => (/* binding */ actionLog)
/* harmony export */ });
/* harmony import */ var _action_runner_io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(923);
/* harmony import */ var _process_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5871);
// The smoke test's log on a runner: @actions/core's lines and log groups. Every line of info may
// be the app's (its log, a migration's output, a failure quoting it): fenced from workflow
// commands, both `::cmd` and `##[cmd]`. Warnings and group titles are workflow commands of their
// own, whose data the runner reads escaped, never as a second command.


const actionLog = {
    info: text => (0,_process_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .writeUntrusted */ .GP)(text, _action_runner_io_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq),
    warning: line => _action_runner_io_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(line),
    mask: secret => _action_runner_io_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
    group: async (title, body) => {
        _action_runner_io_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
        try {
            await body();
        }
        finally {
            _action_runner_io_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        }
    }
};


/***/ })

};

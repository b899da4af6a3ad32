export const id = 532;
export const ids = [532];
export const modules = {

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ writeUntrusted),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   z7: () => (/* binding */ infoUntrusted)
/* harmony export */ });
/* unused harmony exports fencedLines, mayHoldCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Text that strangers wrote (project files, rockcraft.yaml, the container's own log) must never reach
// the runner as a workflow command: the runner reads any stdout line starting with `::` as one, and
// the legacy form `##[command]` anywhere in a line.
// Printing it between `::stop-commands::<token>` and `::<token>::` makes the runner ignore commands in
// it; the token is fresh and random each time, so the text cannot end the fence itself.

/** The lines to print for `text` so that no line of it is read as a workflow command. */
function fencedLines(text, token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')) {
    return [`::stop-commands::${token}`, ...text.split(/\r\n|\r|\n/), `::${token}::`];
}
/**
 * Whether the runner could read a command in `text`: a line break (the runner splits lines at
 * \r and \n), a `::` (a command starts a line after spaces; any `::` is treated as suspect, to
 * stay clear of what counts as a space) or the legacy `##[`.
 */
function mayHoldCommand(text) {
    return /[\r\n]|::|##\[/.test(text);
}
/**
 * Prints untrusted text through `write` (one call a line): on a runner, fenced whenever it could
 * hold a command (a plain line is printed as it is); elsewhere, as it is.
 */
function writeUntrusted(text, write, onRunner = process.env.GITHUB_ACTIONS === 'true') {
    const body = text.replace(/(\r\n|\r|\n)$/, ''); // a final line break ends the last line
    const lines = onRunner && mayHoldCommand(body) ? fencedLines(body) : body.split(/\r\n|\r|\n/);
    for (const line of lines)
        write(line);
}
/**
 * core.info for a message that carries text from the project or its tools. It writes stdout as
 * core.info does, without loading the actions toolkit: the CLI shares this file.
 */
function infoUntrusted(text) {
    writeUntrusted(text, line => process.stdout.write(`${line}\n`));
}
// C0 and C1 control characters (Unicode's Cc) but tab and line feed: a terminal reads ESC, CSI
// (also its one-byte form, U+009B), BEL, backspace and a lone carriage return as commands.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Text from a rock or an app as a terminal should print it: its control characters removed. */
function printable(text) {
    return text.replace(/\r\n/g, '\n').replace(CONTROL, '');
}


/***/ }),

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

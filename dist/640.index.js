export const id = 640;
export const ids = [640];
export const modules = {

/***/ 5640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishDir: () => (/* binding */ publishDir),
/* harmony export */   qH: () => (/* binding */ cleanupPublish),
/* harmony export */   writeAuthFile: () => (/* binding */ writeAuthFile)
/* harmony export */ });
/* unused harmony exports registryHost, authFileContent */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_runner_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(923);
/* harmony import */ var _process_private_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _action_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3175);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8230);
// The registry auth file (containers-auth.json): the only way credentials reach skopeo and
// buildah. It lives in a private dir of ours (0700 dir, 0600 file) that the caller removes, and
// the post step too (cleanupPublish) when the main step never got there. The password never goes
// on a command line, into a child's environment or into the log.






// Our private dirs are named so; cleanup removes a dir only when it carries this prefix.
const DIR_PREFIX = 'flask-rock-publish-';
/** The registry host of an image reference, as containers' auth files key it. */
function registryHost(ref) {
    return parseRef(ref).registry;
}
/** containers-auth.json holding one user and password for one registry host, and no other. */
function authFileContent(host, username, password) {
    const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    return JSON.stringify({ auths: { [host]: { auth } } }) + '\n';
}
/** Our private dir for one publish or merge: the caller removes it (the post step too, when it holds an auth file). */
function publishDir(parent) {
    return (0,_process_private_file_js__WEBPACK_IMPORTED_MODULE_3__/* .privateDir */ .XK)(parent ?? node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), DIR_PREFIX);
}
/**
 * Writes the registry auth file for `host` into our private dir, or returns undefined without
 * credentials (the tools then use the runner's own: docker or podman login). Callers hand it
 * only to calls that talk to `host`.
 */
async function writeAuthFile(dir, host, username, password) {
    if (username === '') {
        _action_runner_io_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('No registry credentials given: using any from docker login or podman login');
        return undefined;
    }
    const authFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'auth.json');
    // Recorded before it is written, so a cancelled run's post step still removes it.
    (0,_action_state_js__WEBPACK_IMPORTED_MODULE_4__/* .saveState */ .LZ)({ authFile });
    await (0,_process_private_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writePrivateFile */ .Pl)(authFile, authFileContent(host, username, password));
    return authFile;
}
/** Post step: removes an auth file (and our private dir around it) left by a cancelled run. */
async function cleanupPublish(state) {
    if (state.authFile)
        await (0,_process_private_file_js__WEBPACK_IMPORTED_MODULE_3__/* .removePrivateFile */ .wi)(state.authFile, DIR_PREFIX, 'the registry auth file', _action_runner_io_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e);
}


/***/ })

};

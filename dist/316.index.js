export const id = 316;
export const ids = [316];
export const modules = {

/***/ 7316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ packRock),
/* harmony export */   CT: () => (/* binding */ planPlatforms),
/* harmony export */   Ez: () => (/* binding */ destructiveCacheHome),
/* harmony export */   hostArch: () => (/* binding */ hostArch),
/* harmony export */   tA: () => (/* binding */ packProject)
/* harmony export */ });
/* unused harmony exports packCommand, findRocks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _action_runner_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(923);
/* harmony import */ var _action_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(645);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9144);
/* harmony import */ var _action_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1658);
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8982);
/* harmony import */ var _process_untrusted_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5871);
// Runs `rockcraft pack` in the chosen mode and finds the rock it wrote.









/**
 * The facts packing needs, from the project check. Throws InputError when the check found no
 * expansion (a refused project) or the fields the rock's file name needs are missing.
 */
function packProject(checked) {
    const { name, version, base, expanded } = checked;
    // The core expands `platforms` with build-on and build-for filled in for every entry.
    const list = (v, fallback) => Array.isArray(v) ? v.map(String) : [fallback];
    const platforms = Object.entries((expanded?.platforms ?? {})).map(([platform, p]) => ({
        name: platform,
        buildOn: list(p?.['build-on'], platform),
        buildFor: list(p?.['build-for'], platform)
    }));
    const missing = [
        !expanded && 'an expansion (the project check refused it)',
        !name && 'name',
        !version && 'version',
        !base && 'base',
        expanded && platforms.length === 0 && 'platforms'
    ].filter(Boolean);
    if (missing.length > 0) {
        throw new _action_context_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot pack ${checked.dir}: it lacks ${missing.join(', ')}`);
    }
    return {
        dir: checked.dir,
        name: name,
        version: version,
        base: base,
        buildBase: checked.buildBase,
        platforms,
        dependencyFiles: checked.dependencyFiles,
        expanded: expanded
    };
}
/** Where destructive builds keep pip, stage-package, chisel and Go downloads. */
function destructiveCacheHome() {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache', 'flask-rock');
}
const ROCK_ARCH = {
    x64: 'amd64',
    arm64: 'arm64',
    ppc64: 'ppc64el',
    s390x: 's390x'
};
/** This machine's architecture as rockcraft names it. */
function hostArch() {
    return ROCK_ARCH[process.arch] ?? process.arch;
}
/**
 * Which platforms a pack on this machine builds. rockcraft builds those whose build-on holds
 * the host's architecture; in destructive mode it refuses more than one (MultipleBuildsError),
 * so one is picked: `requested`, else the one built for this machine, else the first.
 * Throws InputError before anything is installed when none builds here or `requested` is no
 * platform of the project that does.
 */
function planPlatforms(platforms, mode, requested, host = hostArch()) {
    const names = (ps) => ps.map(p => p.name).join(', ');
    const onHost = platforms.filter(p => p.buildOn.includes(host));
    if (requested !== '') {
        const chosen = platforms.find(p => p.name === requested);
        if (!chosen) {
            throw new _action_context_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'platform': the project has no platform '${requested}' (it has ${names(platforms)})`);
        }
        if (!onHost.includes(chosen)) {
            throw new _action_context_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'platform': '${requested}' builds on ${chosen.buildOn.join(', ')}, not on this ${host} runner`);
        }
        return { select: requested, packed: [chosen], smoke: chosen };
    }
    if (onHost.length === 0) {
        throw new _action_context_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`no platform of the project builds on this ${host} runner (${platforms.map(p => `${p.name} builds on ${p.buildOn.join(', ')}`).join('; ')})`);
    }
    const runnable = onHost.find(p => p.buildFor.includes(host)) ?? onHost[0];
    if (mode === 'destructive' && onHost.length > 1) {
        return { select: runnable.name, packed: [runnable], smoke: runnable };
    }
    return { packed: onHost, smoke: runnable };
}
/** The argv that packs: always through sudo, which gives the lxd group or root as each mode needs. */
function packCommand(opts) {
    const env = opts.env ?? process.env;
    const vars = [];
    // rockcraft forwards this one into its instance; the other host variables stay out.
    const experimental = env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS;
    if (experimental !== undefined && experimental !== '') {
        vars.push(`ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=${experimental}`);
    }
    const platform = opts.select ? ['--platform', opts.select] : [];
    if (opts.mode === 'destructive') {
        // Build packages and stage-packages need root; point its caches at one place we can save:
        // pip, rockcraft, chisel and Go's build cache follow XDG_CACHE_HOME, Go's modules GOMODCACHE
        // (else root's ~/go).
        const cacheHome = opts.cacheHome ?? destructiveCacheHome();
        return [
            'env',
            `XDG_CACHE_HOME=${cacheHome}`,
            `GOMODCACHE=${node_path__WEBPACK_IMPORTED_MODULE_2__.join(cacheHome, 'go-mod')}`,
            ...vars,
            'rockcraft',
            'pack',
            '--destructive-mode',
            ...platform,
            '--verbosity',
            opts.verbosity
        ];
    }
    // A fresh login as the runner user picks up the lxd group added in this job.
    const user = opts.user ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username;
    return [
        '--user',
        user,
        'env',
        ...vars,
        'rockcraft',
        'pack',
        ...platform,
        '--verbosity',
        opts.verbosity
    ];
}
async function packRock(opts) {
    const env = opts.env ?? process.env;
    const args = packCommand(opts);
    const started = Date.now();
    const { durationMs } = await (0,_group_js__WEBPACK_IMPORTED_MODULE_7__/* .timedGroup */ .R)(`Pack the rock (${opts.mode} mode)`, async () => {
        _action_runner_io_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`sudo ${args.join(' ')}`);
        await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runOk */ .uO)('sudo', args, {
            what: `pack the rock in ${opts.mode} mode`,
            timeoutMs: opts.timeoutMs ?? 120 * 60_000,
            cwd: opts.projectDir,
            env,
            stream: true
        });
    });
    const rocks = await findRocks(opts, opts.packed, started);
    for (const r of rocks)
        (0,_process_untrusted_js__WEBPACK_IMPORTED_MODULE_8__/* .infoUntrusted */ .z7)(`Packed ${r.rock} in ${(0,_action_report_js__WEBPACK_IMPORTED_MODULE_6__/* .seconds */ .YA)(durationMs)} (${opts.mode} mode)`);
    return { rocks, durationMs };
}
/**
 * The rocks this pack wrote, one per packed platform: <name>_<version>_<platform>.rock (the
 * platform's key, whatever it builds for), each newer than the pack's start.
 */
async function findRocks(opts, packed, since) {
    const fileOf = (p) => `${opts.name}_${opts.version}_${p.name}.rock`;
    const rocks = [];
    const missing = [];
    for (const platform of packed) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(opts.projectDir, fileOf(platform));
        // Whole-second file systems round down: allow a little slack.
        const fresh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then(st => st.mtimeMs >= since - 2000, () => false);
        if (fresh)
            rocks.push({ platform: platform.name, buildFor: platform.buildFor, rock: file });
        else
            missing.push(fileOf(platform));
    }
    if (missing.length === 0)
        return rocks;
    const present = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(opts.projectDir).catch(() => [])).filter(f => f.endsWith('.rock'));
    throw new Error(`rockcraft pack finished but wrote no ${missing.join(', ')} in ${opts.projectDir}` +
        (present.length > 0 ? ` (older or other .rock files there: ${present.join(', ')})` : ''));
}


/***/ })

};

export const id = 717;
export const ids = [717];
export const modules = {

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initRockcraftYaml: () => (/* binding */ initRockcraftYaml)
/* harmony export */ });
/* unused harmony exports DEFAULT_NAME, nameFromFolder, renderRockcraftYaml */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3162);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7235);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2483);
// A rockcraft.yaml for a project that has none, shaped like `rockcraft init --profile flask-framework`:
// the same fields and the same commented-out sections, so the parts a user will need next (the
// install-app prime list, build packages, runtime slices) are there to uncomment.






const DOCS = 'https://documentation.ubuntu.com/rockcraft/latest';
/** rockcraft's fallback when no valid name can be made from the directory name. */
const DEFAULT_NAME = 'my-rock-name';
const BASES = ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04', 'ubuntu@26.04'];
/** rockcraft init's build-base for a bare rock. */
const BARE_BUILD_BASE = 'ubuntu@24.04';
/**
 * A valid project name made from a directory name, and what was changed to get it:
 * `My_Flask_App` -> `my-flask-app` ("lower-cased; '_' replaced by '-'").
 */
function nameFromFolder(folder) {
    const changes = [];
    let name = folder;
    if (name !== name.toLowerCase()) {
        name = name.toLowerCase();
        changes.push('lower-cased');
    }
    const replaced = [...new Set(name.match(/[^a-z0-9-]/g) ?? [])];
    if (replaced.length > 0) {
        name = name.replace(/[^a-z0-9-]+/g, '-');
        changes.push(`${replaced.map(c => `'${c}'`).join(', ')} replaced by '-'`);
    }
    const tidy = name.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
    if (tidy !== name)
        changes.push('repeated, leading and trailing hyphens dropped');
    name = tidy;
    if (name.length > 40) {
        name = name.slice(0, 40).replace(/-+$/, '');
        changes.push('cut to 40 characters');
    }
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidProjectName */ .FE)(name))
        return { name: DEFAULT_NAME, changes: ['no letter left'] };
    return { name, changes };
}
/** rockcraft.yaml text; the values are validated by the caller. */
function renderRockcraftYaml(name, base, version) {
    const baseLines = base === 'bare'
        ? [
            'base: bare # an ubuntu base such as ubuntu@24.04 is the alternative',
            `build-base: ${BARE_BUILD_BASE} # required when the base is bare`
        ]
        : [`base: ${base}`];
    // The 26.04 (V2) extension names its parts with '.' and puts the project in /app.
    const yaml = base === 'bare' ? { base, 'build-base': BARE_BUILD_BASE } : { base };
    const { appDir, experimental } = (0,_expand_js__WEBPACK_IMPORTED_MODULE_3__/* .profileFor */ .P5)(yaml);
    const installApp = (0,_expand_js__WEBPACK_IMPORTED_MODULE_3__/* .partName */ .pn)(yaml, 'install-app');
    const dependencies = (0,_expand_js__WEBPACK_IMPORTED_MODULE_3__/* .partName */ .pn)(yaml, 'dependencies');
    return [
        `# flask-framework reference: ${DOCS}/reference/extensions/flask-framework`,
        ...(experimental
            ? [
                `# the ${base} flask-framework extension is experimental: rockcraft needs`,
                '# ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=1 (the action: experimental-extensions: true;',
                '# flask-rock check --experimental-extensions)'
            ]
            : []),
        '',
        `name: ${name}`,
        `# bases, and 'bare' bases for chiselled rocks: ${DOCS}/explanation/bases/`,
        ...baseLines,
        `version: "${version}" # for humans; semantic versioning is recommended`,
        'summary: A summary of your Flask application # up to 79 characters',
        'description: |',
        `  This is ${name}'s description. Say in a paragraph or two what the`,
        '  application does and who it is for.',
        '# the architectures to build on and run on (`dpkg --print-architecture` shows yours)',
        'platforms:',
        '  amd64:',
        '  # arm64:',
        '  # ppc64el:',
        '  # s390x:',
        '',
        '# the extension expects app.py (or main.py, app/, src/) with an `app` object as the',
        '# WSGI entrypoint, and requirements.txt or pyproject.toml listing flask.',
        'extensions:',
        '  - flask-framework',
        '',
        '# uncomment the sections you need.',
        '# parts: # uncomment this line to add or change any part',
        '',
        `#   ${installApp}:`,
        '#     prime:',
        '#       # only app/, app.py, main.py, src/, migrate, migrate.sh, migrate.py, static/ and',
        '#       # templates/ go into the rock by default. Listing entries here replaces that list:',
        '#       # keep the defaults you use, and add every module your app imports (config.py...).',
        `#       # each entry is "${appDir}/" followed by the path in the project.`,
        `#       - ${appDir}/app.py`,
        `#       - ${appDir}/config.py`,
        `#       - ${appDir}/templates`,
        `#       - ${appDir}/static`,
        '',
        '# Ubuntu packages needed to build a Python dependency:',
        `#   ${dependencies}:`,
        '#     build-packages:',
        '#       # for example, to build a package that needs pkg-config and libxmlsec1-dev:',
        '#       - pkg-config',
        '#       - libxmlsec1-dev',
        '',
        '# package slices (subsets of Debian packages: smaller, safer images) or whole Debian',
        `# packages in the rock. Slices: https://github.com/canonical/chisel-releases, ${DOCS}/explanation/chisel/`,
        '#   runtime-slices:',
        '#     plugin: nil',
        '#     stage-packages:',
        '#       # for example, the libs slice of libpq5:',
        '#       - libpq5_libs',
        '',
        '#   runtime-debs:',
        '#     plugin: nil',
        '#     stage-packages:',
        '#       - libpq5',
        ''
    ].join('\n');
}
async function initRockcraftYaml(dir, opts = {}) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).isDirectory()) {
            throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectUsageError */ .bX(`project path ${abs} is not a directory`);
        }
    }
    catch (err) {
        if (err instanceof _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectUsageError */ .bX)
            throw err;
        throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectUsageError */ .bX(`project directory ${abs} does not exist`);
    }
    if (opts.name !== undefined && !(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidProjectName */ .FE)(opts.name)) {
        throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectUsageError */ .bX(`--name: ${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INVALID_NAME */ .Ot} Got '${opts.name}'.`);
    }
    let name = opts.name;
    let nameNote;
    if (name === undefined) {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(abs);
        const derived = nameFromFolder(folder);
        name = derived.name;
        if (derived.changes.length > 0) {
            nameNote = `name: ${name} (from the folder name ${JSON.stringify(folder)}: ${derived.changes.join('; ')}; rockcraft names use lower-case letters, digits and single hyphens). Change it in rockcraft.yaml or pass --name`;
        }
    }
    const base = opts.base ?? 'bare';
    if (!BASES.includes(base)) {
        throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectUsageError */ .bX(`--base: the flask-framework extension supports ${BASES.join(', ')}; not '${base}'`);
    }
    const version = opts.version ?? '0.1';
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidVersion */ .ri)(version) || version.length > 32) {
        throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectUsageError */ .bX(`--version: ${version.length > 32 ? 'at most 32 characters' : _names_js__WEBPACK_IMPORTED_MODULE_4__/* .INVALID_VERSION */ .fm} Got '${version}'.`);
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, 'rockcraft.yaml');
    let handle;
    try {
        // "wx": never over an existing file, even one created a moment ago.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'wx');
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return { path: file, written: false };
        throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .ProjectError */ .wB(`cannot write ${file}: ${code ?? err.message}`);
    }
    try {
        await handle.writeFile(renderRockcraftYaml(name, base, version));
    }
    finally {
        await handle.close();
    }
    return { path: file, written: true, nameNote };
}


/***/ })

};

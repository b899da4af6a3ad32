export const id = 501;
export const ids = [501];
export const modules = {

/***/ 1501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CONFIG_BYTES: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   MAX_WALK_ENTRIES: () => (/* binding */ MAX_WALK_ENTRIES),
/* harmony export */   fnmatchcase: () => (/* binding */ fnmatchcase),
/* harmony export */   isIdentifier: () => (/* binding */ isIdentifier),
/* harmony export */   parseSetupCfg: () => (/* binding */ parseSetupCfg),
/* harmony export */   predictInstall: () => (/* binding */ predictInstall)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);



/** Larger than any real build configuration. */
const MAX_CONFIG_BYTES = 1 << 20;
/** Directory entries a package search visits before the answer is called unsure. */
const MAX_WALK_ENTRIES = 20_000;
class Unsure extends Error {
    file;
    constructor(message, file) {
        super(message);
        this.file = file;
    }
}
class Refusal extends Error {
    file;
    constructor(message, file) {
        super(message);
        this.file = file;
    }
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function stringList(v, what, file) {
    if (v === undefined)
        return undefined;
    if (Array.isArray(v) && v.every(x => typeof x === 'string'))
        return v;
    throw new Unsure(`${what} is not a list of strings`, file);
}
// Python's str.isidentifier for the names build backends test.
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
const isIdentifier = (name) => IDENTIFIER.test(name);
/** fnmatch.fnmatchcase: "*" and "?" match any character, dots and slashes included. */
function fnmatchcase(name, pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                re += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, end);
            const negate = body.startsWith('!');
            if (negate)
                body = body.slice(1);
            re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, m => `\\${m}`)}]`;
            i = end;
        }
        else
            re += c.replace(/[.+^${}()|\\/]/g, m => `\\${m}`);
    }
    return new RegExp(`^${re}$`, 's').test(name);
}
/** One project's files as the backends see them, read once, bounded, never outside the project. */
class ProjectFiles {
    root;
    listings = new Map();
    visited = 0;
    realRoot;
    constructor(root) {
        this.root = root;
    }
    /** Entries of a project directory ("" is the root); null when there is none. */
    async list(rel) {
        const key = rel === '.' ? '' : rel;
        if (!this.listings.has(key)) {
            let entries;
            try {
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, key), { withFileTypes: true });
                entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            }
            catch {
                entries = null;
            }
            this.visited += entries?.length ?? 0;
            if (this.visited > MAX_WALK_ENTRIES) {
                throw new Unsure(`stopped after ${MAX_WALK_ENTRIES} files looking for packages`);
            }
            this.listings.set(key, entries);
        }
        return this.listings.get(key) ?? null;
    }
    /** Follows symlinks, as os.path.isdir does. */
    async isDir(rel) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel)).then(s => s.isDirectory(), () => false);
    }
    async isFile(rel) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel)).then(s => s.isFile(), () => false);
    }
    /** A text file of the project, or undefined when there is none; Unsure when it cannot be used. */
    async text(rel) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel);
        const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file).catch(() => undefined);
        if (!link)
            return undefined;
        if (link.isSymbolicLink()) {
            this.realRoot ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(this.root);
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file).catch(() => '');
            if (!target.startsWith(this.realRoot + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
                throw new Unsure(`${rel} is a symlink out of the project`, rel);
            }
        }
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
        if (!info?.isFile())
            throw new Unsure(`${rel} is not a regular file`, rel);
        if (info.size > MAX_CONFIG_BYTES) {
            throw new Unsure(`${rel} is over ${MAX_CONFIG_BYTES >> 20} MB; not reading it`, rel);
        }
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new Unsure(`${rel} is not valid UTF-8`, rel);
        }
    }
}
const join = (...parts) => parts.filter(p => p && p !== '.').join('/');
// --- setup.cfg: the INI dialect of Python's configparser (keys lowercased, indented continuation
// lines, whole-line comments only).
function parseSetupCfg(text) {
    const sections = new Map();
    let current;
    let key;
    text.split(/\r\n|\r|\n/).forEach((line, i) => {
        if (/^\s*([#;]|$)/.test(line))
            return;
        if (/^\s/.test(line) && current && key !== undefined) {
            current.set(key, `${current.get(key)}\n${line.trim()}`);
            return;
        }
        const section = /^\[([^\]]+)\]/.exec(line);
        if (section) {
            current = sections.get(section[1]) ?? new Map();
            sections.set(section[1], current);
            key = undefined;
            return;
        }
        const pair = /^([^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
        if (!pair || !current) {
            throw new Unsure(`setup.cfg line ${i + 1} is not "key = value" in a [section]`, 'setup.cfg');
        }
        key = pair[1].trim().toLowerCase();
        current.set(key, pair[2].trim());
    });
    return sections;
}
const cfgList = (v) => v
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean);
function cfgPackageDir(v) {
    const out = {};
    for (const line of cfgList(v)) {
        const eq = line.indexOf('=');
        if (eq < 0)
            out[''] = line;
        else
            out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}
class Tokens {
    s;
    pos = 0;
    constructor(s) {
        this.s = s;
    }
    ws() {
        for (;;) {
            const m = /^(\s+|#[^\n]*|\\\n)/.exec(this.s.slice(this.pos, this.pos + 4096));
            if (!m)
                return;
            this.pos += m[0].length;
        }
    }
    peek(re) {
        this.ws();
        return re.exec(this.s.slice(this.pos, this.pos + 4096));
    }
    take(re) {
        const m = this.peek(re);
        if (m)
            this.pos += m[0].length;
        return m;
    }
    string() {
        const m = this.take(/^[rRuU]?("([^"\\\n]*)"|'([^'\\\n]*)')/);
        return m ? (m[2] ?? m[3]) : undefined;
    }
    strings() {
        const open = this.take(/^[[(]/);
        if (!open) {
            const one = this.string();
            return one === undefined ? undefined : [one];
        }
        const close = open[0] === '[' ? /^\]/ : /^\)/;
        const out = [];
        while (!this.take(close)) {
            const s = this.string();
            if (s === undefined)
                return undefined;
            out.push(s);
            if (!this.take(/^,/) && !this.peek(close))
                return undefined;
        }
        return out;
    }
}
function readSetupPy(text) {
    const computed = (what) => new Unsure(`setup.py computes ${what}; not run, so what pip install . installs is unsure`, 'setup.py');
    if (/\*\*\s*[A-Za-z_(]/.test(text))
        throw computed('its setup() arguments (**)');
    const out = {};
    for (const m of text.matchAll(/\b(packages|py_modules|package_dir)\s*=(?!=)/g)) {
        const t = new Tokens(text);
        t.pos = (m.index ?? 0) + m[0].length;
        const field = m[1];
        if (field === 'package_dir') {
            if (!t.take(/^\{/))
                throw computed('package_dir');
            const dirs = {};
            while (!t.take(/^\}/)) {
                const k = t.string();
                if (k === undefined || !t.take(/^:/))
                    throw computed('package_dir');
                const v = t.string();
                if (v === undefined)
                    throw computed('package_dir');
                dirs[k] = v;
                if (!t.take(/^,/) && !t.peek(/^\}/))
                    throw computed('package_dir');
            }
            out.packageDir = dirs;
            continue;
        }
        if (field === 'py_modules') {
            const list = t.strings();
            if (!list || !t.peek(/^[,)]/))
                throw computed('py_modules');
            out.pyModules = list;
            continue;
        }
        const call = t.take(/^(?:setuptools\.)?(find_packages|find_namespace_packages)\s*\(/);
        if (call) {
            const find = {
                where: ['.'],
                include: ['*'],
                exclude: [],
                namespaces: call[1] === 'find_namespace_packages'
            };
            let positional = 0;
            while (!t.take(/^\)/)) {
                const kw = t.take(/^(where|include|exclude)\s*=/);
                const name = kw ? kw[1] : (['where', 'exclude', 'include'][positional++] ?? '');
                const value = name === 'where' ? t.string() : t.strings();
                if (value === undefined || !name)
                    throw computed('packages');
                if (name === 'where')
                    find.where = [value];
                else
                    find[name] = value;
                if (!t.take(/^,/) && !t.peek(/^\)/))
                    throw computed('packages');
            }
            if (!t.peek(/^[,)]/))
                throw computed('packages');
            out.packages = { find };
            continue;
        }
        const list = t.strings();
        if (!list || !t.peek(/^[,)]/))
            throw computed('packages');
        out.packages = { list };
    }
    return out;
}
// --- setuptools
const FLAT_PACKAGE_EXCLUDE = [
    'ci', 'bin', 'debian', 'doc', 'docs', 'documentation', 'manpages', 'news', 'newsfragments',
    'changelog', 'test', 'tests', 'unit_test', 'unit_tests', 'example', 'examples', 'scripts',
    'tools', 'util', 'utils', 'python', 'build', 'dist', 'venv', 'env', 'requirements', 'tasks',
    'fabfile', 'site_scons', 'benchmark', 'benchmarks', 'exercise', 'exercises', 'htmlcov', '[._]*'
]; // prettier-ignore
const FLAT_MODULE_EXCLUDE = [
    'setup', 'conftest', 'test', 'tests', 'example', 'examples', 'build', 'toxfile', 'noxfile',
    'pavement', 'dodo', 'tasks', 'fabfile', '[Ss][Cc]onstruct', 'conanfile', 'manage', 'benchmark',
    'benchmarks', 'exercise', 'exercises', '[._]*'
]; // prettier-ignore
const ALWAYS_EXCLUDE = ['ez_setup', '*__pycache__'];
/** setuptools' PackageFinder (namespaces: PEP420PackageFinder) below `where`. */
async function findPackages(files, where, include, exclude, namespaces, looksLike = () => true) {
    const out = { packages: [], withCode: new Set() };
    const excluded = [...exclude, ...ALWAYS_EXCLUDE];
    const walk = async (rel, prefix) => {
        for (const e of (await files.list(rel)) ?? []) {
            const dirRel = join(rel, e.name);
            if (!(e.isDirectory() || (e.isSymbolicLink() && (await files.isDir(dirRel)))))
                continue;
            const name = prefix ? `${prefix}.${e.name}` : e.name;
            if (e.name.includes('.') || !looksLike(name))
                continue;
            const listing = (await files.list(dirRel)) ?? [];
            if (!namespaces && !listing.some(x => x.name === '__init__.py'))
                continue;
            if (include.some(p => fnmatchcase(name, p)) && !excluded.some(p => fnmatchcase(name, p))) {
                out.packages.push(name);
                if (listing.some(x => x.name.endsWith('.py')))
                    out.withCode.add(name);
            }
            if (prefix.split('.').length < 12)
                await walk(dirRel, name);
        }
    };
    await walk(where, '');
    return out;
}
async function findModules(files, where, exclude = []) {
    const out = [];
    for (const e of (await files.list(where)) ?? []) {
        if (!e.name.endsWith('.py'))
            continue;
        const name = e.name.slice(0, -3);
        if (!isIdentifier(name) || exclude.some(p => fnmatchcase(name, p)))
            continue;
        if (await files.isFile(join(where, e.name)))
            out.push(name);
    }
    return out;
}
function findPackagePath(name, packageDir) {
    const parts = name.split('.');
    for (let i = parts.length; i > 0; i--) {
        const partial = parts.slice(0, i).join('.');
        if (partial in packageDir)
            return join(packageDir[partial], ...parts.slice(i));
    }
    return join(packageDir[''] ?? '', ...parts);
}
const pyList = (names) => `[${names.map(n => `'${n}'`).join(', ')}]`;
async function setuptoolsConfig(files, pyproject, notes) {
    const cfg = { packageDir: {}, source: '' };
    const fromSetupPy = await files
        .text('setup.py')
        .then(t => (t === undefined ? undefined : readSetupPy(t)));
    if (fromSetupPy) {
        if (fromSetupPy.packages)
            cfg.packages = fromSetupPy.packages;
        if (fromSetupPy.pyModules)
            cfg.pyModules = fromSetupPy.pyModules;
        if (fromSetupPy.packageDir)
            cfg.packageDir = fromSetupPy.packageDir;
        if (fromSetupPy.packages || fromSetupPy.pyModules)
            cfg.source = 'setup.py';
    }
    const cfgText = await files.text('setup.cfg');
    const options = cfgText === undefined ? undefined : parseSetupCfg(cfgText).get('options');
    if (options) {
        const found = parseSetupCfg(cfgText).get('options.packages.find');
        const pkgs = options.get('packages');
        if (pkgs !== undefined) {
            if (pkgs === 'find:' || pkgs === 'find_namespace:') {
                cfg.packages = {
                    find: {
                        where: cfgList(found?.get('where') ?? '.'),
                        include: cfgList(found?.get('include') ?? '*'),
                        exclude: cfgList(found?.get('exclude') ?? ''),
                        namespaces: pkgs === 'find_namespace:'
                    }
                };
            }
            else if (/^(find|find_namespace):/.test(pkgs) || pkgs.startsWith('attr:')) {
                throw new Unsure(`setup.cfg: packages = ${pkgs.split('\n')[0]} is not read here`, 'setup.cfg');
            }
            else
                cfg.packages = { list: cfgList(pkgs) };
            cfg.source = 'setup.cfg';
        }
        const mods = options.get('py_modules');
        if (mods !== undefined) {
            cfg.pyModules = cfgList(mods);
            cfg.source = 'setup.cfg';
        }
        const dirs = options.get('package_dir');
        if (dirs !== undefined)
            cfg.packageDir = cfgPackageDir(dirs);
    }
    const tool = isTable(pyproject?.tool) && isTable(pyproject.tool.setuptools)
        ? pyproject.tool.setuptools
        : undefined;
    if (tool) {
        const file = 'pyproject.toml';
        if (tool['package-dir'] !== undefined) {
            const dirs = tool['package-dir'];
            if (!isTable(dirs) || !Object.values(dirs).every(v => typeof v === 'string')) {
                throw new Unsure('[tool.setuptools] package-dir is not a table of strings', file);
            }
            cfg.packageDir = dirs;
        }
        const pkgs = tool.packages;
        if (pkgs !== undefined) {
            if (Array.isArray(pkgs))
                cfg.packages = { list: stringList(pkgs, '[tool.setuptools] packages', file) };
            else if (isTable(pkgs) && isTable(pkgs.find)) {
                const f = pkgs.find;
                cfg.packages = {
                    find: {
                        where: stringList(f.where, '[tool.setuptools.packages.find] where', file) ?? ['.'],
                        include: stringList(f.include, '[tool.setuptools.packages.find] include', file) ?? [
                            '*'
                        ],
                        exclude: stringList(f.exclude, '[tool.setuptools.packages.find] exclude', file) ?? [],
                        namespaces: f.namespaces !== false
                    }
                };
            }
            else
                throw new Unsure('[tool.setuptools] packages is neither a list nor {find = ...}', file);
            cfg.source = file;
        }
        const mods = tool['py-modules'];
        if (mods !== undefined) {
            cfg.pyModules = stringList(mods, '[tool.setuptools] py-modules', file);
            cfg.source = file;
        }
    }
    if (cfg.source &&
        cfg.source !== 'setup.py' &&
        (fromSetupPy?.packages || fromSetupPy?.pyModules)) {
        notes.push({
            message: `setup.py and ${cfg.source} both list packages or modules; ${cfg.source} is the one read`,
            file: 'setup.py'
        });
    }
    return cfg;
}
async function setuptools(files, pyproject, notes) {
    const cfg = await setuptoolsConfig(files, pyproject, notes);
    const file = cfg.source || (pyproject ? 'pyproject.toml' : 'setup.py');
    const modules = new Map();
    const addPackages = async (packages, withCode, pathOf) => {
        for (const p of packages) {
            if (!withCode(p))
                continue;
            const top = p.split('.')[0];
            if (!modules.has(top))
                modules.set(top, { name: top, path: pathOf(top), package: true });
        }
    };
    const explicit = cfg.packages !== undefined || cfg.pyModules !== undefined;
    if (cfg.packages && 'list' in cfg.packages) {
        for (const p of cfg.packages.list) {
            const dir = findPackagePath(p, cfg.packageDir);
            if (!(await files.isDir(dir))) {
                throw new Refusal((await files.isFile(dir)) || (await files.list(dir)) !== null
                    ? `error: supposed package directory '${dir}' exists, but is not a directory`
                    : `error: package directory '${dir}' does not exist`, file);
            }
        }
        await addPackages(cfg.packages.list, () => true, top => findPackagePath(top, cfg.packageDir));
    }
    else if (cfg.packages) {
        const f = cfg.packages.find;
        for (const where of f.where) {
            const found = await findPackages(files, where, f.include, f.exclude, f.namespaces);
            await addPackages(found.packages, p => found.withCode.has(p) ||
                found.packages.some(q => q.startsWith(`${p}.`) && found.withCode.has(q)), top => join(where, top));
        }
    }
    for (const m of cfg.pyModules ?? []) {
        const [top] = m.split('.');
        const rel = m.includes('.')
            ? findPackagePath(top, cfg.packageDir)
            : join(cfg.packageDir[''] ?? '', `${m}.py`);
        // build_py only warns about a listed module it cannot find
        if (m.includes('.') ? await files.isDir(rel) : await files.isFile(rel)) {
            if (!modules.has(top))
                modules.set(top, { name: top, path: rel, package: m.includes('.') });
        }
    }
    if (explicit)
        return [...modules.values()];
    // Automatic discovery: explicit package_dir, then src-layout, then flat-layout.
    const named = Object.entries(cfg.packageDir).filter(([k]) => k !== '');
    if (named.length > 0) {
        for (const [pkg, dir] of named) {
            const top = pkg.split('.')[0];
            if (!modules.has(top))
                modules.set(top, {
                    name: top,
                    path: pkg.includes('.') ? findPackagePath(top, cfg.packageDir) : dir,
                    package: true
                });
        }
        return [...modules.values()];
    }
    const src = cfg.packageDir[''] ?? 'src';
    if (await files.isDir(src)) {
        const found = await findPackages(files, src, ['*'], [], true);
        await addPackages(found.packages, p => found.withCode.has(p) ||
            found.packages.some(q => q.startsWith(`${p}.`) && found.withCode.has(q)), top => join(src, top));
        for (const m of await findModules(files, src)) {
            if (!modules.has(m))
                modules.set(m, { name: m, path: join(src, `${m}.py`), package: false });
        }
        return [...modules.values()];
    }
    // Flat layout: every directory with a valid name is a package (PEP 420), the reserved names and
    // their subpackages left out; so the top-level packages are the root's directories that pass,
    // and the walk goes below one only when it is the only one.
    const top = [];
    for (const e of (await files.list('')) ?? []) {
        if (!(e.isDirectory() || (e.isSymbolicLink() && (await files.isDir(e.name)))))
            continue;
        if (e.name.includes('.') || !(isIdentifier(e.name) || e.name.endsWith('-stubs')))
            continue;
        if (e.name.endsWith('-stubs') || FLAT_PACKAGE_EXCLUDE.some(p => fnmatchcase(e.name, p)))
            continue;
        top.push(e.name);
    }
    const refuse = (names, kind) => new Refusal(`setuptools: Multiple top-level ${kind} discovered in a flat-layout: ${pyList(names)}. To avoid accidental inclusion of unwanted files or directories, setuptools will not proceed with this build. Name what to install (in pyproject.toml, [tool.setuptools] packages = [...] or py-modules = [...]; packages = [] when /flask/app is enough), or use a src-layout`, file);
    if (top.length > 1)
        throw refuse(top, 'packages');
    if (top.length === 1) {
        const listing = (await files.list(top[0])) ?? [];
        const below = await findPackages(files, top[0], ['*'], [], true, name => name.split('.').every(isIdentifier));
        if (listing.some(x => x.name.endsWith('.py')) || below.withCode.size > 0) {
            modules.set(top[0], { name: top[0], path: top[0], package: true });
        }
        return [...modules.values()];
    }
    const flatModules = await findModules(files, '', FLAT_MODULE_EXCLUDE);
    if (flatModules.length > 1)
        throw refuse(flatModules, 'modules');
    return flatModules.map(m => ({ name: m, path: `${m}.py`, package: false }));
}
// --- the other backends
const PEP503 = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
function projectName(pyproject, fallback) {
    const project = isTable(pyproject.project) ? pyproject.project : {};
    const name = project.name ?? fallback;
    if (typeof name !== 'string' || !name)
        throw new Unsure('[project] has no name', 'pyproject.toml');
    return name;
}
/** A module named `name` (dots: a package path) at the top level or under src/, as flit and poetry find it. */
async function topOrSrc(files, name) {
    const asPath = name.split('.').join('/');
    return {
        dir: (await files.isDir(asPath)) ? asPath : undefined,
        file: (await files.isFile(`${asPath}.py`)) ? `${asPath}.py` : undefined,
        srcDir: (await files.isDir(`src/${asPath}`)) ? `src/${asPath}` : undefined,
        srcFile: (await files.isFile(`src/${asPath}.py`)) ? `src/${asPath}.py` : undefined
    };
}
function moduleAt(name, rel, isPackage) {
    const top = name.split('.')[0];
    if (!name.includes('.'))
        return { name, path: rel, package: isPackage };
    const depth = name.split('.').length - 1;
    return { name: top, path: rel.split('/').slice(0, -depth).join('/'), package: true };
}
async function flit(files, pyproject) {
    const file = 'pyproject.toml';
    const tool = isTable(pyproject.tool) && isTable(pyproject.tool.flit) ? pyproject.tool.flit : {};
    let name;
    if (isTable(pyproject.project)) {
        const mod = isTable(tool.module) ? tool.module.name : undefined;
        if (pyproject.project.name === undefined)
            throw new Refusal('flit: name must be specified in [project] table', file);
        name = mod ?? String(pyproject.project.name).replace(/-/g, '_');
    }
    else if (isTable(tool.metadata)) {
        name = tool.metadata.module;
    }
    else
        throw new Refusal('flit: Neither [project] nor [tool.flit.metadata] found in pyproject.toml', file);
    if (typeof name !== 'string' || !name.split('.').every(isIdentifier)) {
        throw new Refusal(`flit: Module name ${JSON.stringify(name)} is not a valid identifier`, file);
    }
    const at = await topOrSrc(files, name);
    const existing = [at.dir, at.file, at.srcDir, at.srcFile].filter((x) => x !== undefined);
    if (existing.length > 1)
        throw new Refusal(`flit: Multiple files or folders could be module ${name}: ${existing.sort().join(', ')}`, file);
    if (existing.length === 0)
        throw new Refusal(`flit: No file/folder found for module ${name}`, file);
    return [moduleAt(name, existing[0], existing[0] === at.dir || existing[0] === at.srcDir)];
}
async function poetry(files, pyproject) {
    const file = 'pyproject.toml';
    const tool = isTable(pyproject.tool) && isTable(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
    if (tool['package-mode'] === false)
        throw new Refusal('poetry-core: Building a package is not possible in non-package mode.', file);
    const name = projectName(pyproject, tool.name);
    const packages = tool.packages;
    if (packages === undefined) {
        const mod = PEP503(name).replace(/-/g, '_');
        const at = await topOrSrc(files, mod);
        if (at.dir && at.file)
            throw new Refusal(`poetry-core: Both ${at.dir} and ${at.file} exist`, file);
        if (at.srcDir && at.srcFile)
            throw new Refusal(`poetry-core: Both ${mod} and ${mod}.py exist`, file);
        const rel = at.dir ?? at.file ?? at.srcDir ?? at.srcFile;
        if (!rel)
            throw new Refusal(`poetry-core: No file/folder found for package ${name}`, file);
        return [{ name: mod, path: rel, package: rel === at.dir || rel === at.srcDir }];
    }
    if (!Array.isArray(packages))
        throw new Unsure('[tool.poetry] packages is not a list', file);
    const out = [];
    for (const p of packages) {
        if (!isTable(p) || typeof p.include !== 'string')
            throw new Unsure('[tool.poetry] packages has an entry without include', file);
        const formats = p.format === undefined ? undefined : [p.format].flat();
        if (formats && !formats.includes('wheel'))
            continue;
        const from = typeof p.from === 'string' ? p.from : '';
        if (/[*?[]/.test(p.include))
            throw new Unsure(`[tool.poetry] packages include "${p.include}" is a glob, not followed here`, file);
        const rel = join(from, p.include);
        const isDir = await files.isDir(rel);
        if (!isDir && !(await files.isFile(rel)))
            throw new Refusal(`poetry-core: ${rel} does not contain any element`, file);
        const top = p.include.split('/')[0].replace(/\.py$/, '');
        out.push({
            name: top,
            path: join(from, p.include.split('/')[0]),
            package: isDir || p.include.includes('/')
        });
    }
    return out;
}
async function hatchling(files, pyproject) {
    const file = 'pyproject.toml';
    const hatch = isTable(pyproject.tool) && isTable(pyproject.tool.hatch) ? pyproject.tool.hatch : {};
    const build = isTable(hatch.build) ? hatch.build : {};
    const target = isTable(build.targets) && isTable(build.targets.wheel) ? build.targets.wheel : {};
    const pick = (key) => target[key] ?? build[key];
    const packages = stringList(pick('packages'), 'hatch wheel packages', file);
    const onlyInclude = stringList(pick('only-include'), 'hatch wheel only-include', file);
    const include = stringList(pick('include'), 'hatch wheel include', file);
    if (packages?.length || onlyInclude?.length || include?.length) {
        const sources = pick('sources');
        if (sources !== undefined && !Array.isArray(sources))
            throw new Unsure('hatch wheel sources is a mapping, not followed here', file);
        const strip = (rel) => {
            for (const s of sources ?? []) {
                const prefix = s.replace(/\/+$/, '');
                if (rel.startsWith(`${prefix}/`))
                    return rel.slice(prefix.length + 1);
            }
            return rel;
        };
        const out = [];
        for (const p of packages ?? []) {
            const rel = p.replace(/^\/+|\/+$/g, '');
            out.push({
                name: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(rel).replace(/\.py$/, ''),
                path: rel,
                package: !rel.endsWith('.py')
            });
        }
        for (const p of [...(onlyInclude ?? []), ...(include ?? [])]) {
            const rel = p.replace(/^\/+|\/+$/g, '');
            if (/[*?[]/.test(rel))
                throw new Unsure(`hatch wheel include "${p}" is a glob, not followed here`, file);
            const inWheel = strip(rel);
            const top = inWheel.split('/')[0];
            const prefix = rel.slice(0, rel.length - inWheel.length);
            out.push({
                name: top.replace(/\.py$/, ''),
                path: `${prefix}${top}`,
                package: !top.endsWith('.py')
            });
        }
        return out;
    }
    const raw = projectName(pyproject);
    const names = [...new Set([raw, PEP503(raw)].map(n => n.replace(/[^\w\d.]+/gu, '_')))];
    for (const n of names) {
        if (await files.isFile(`${n}/__init__.py`))
            return [{ name: n, path: n, package: true }];
        if (await files.isFile(`src/${n}/__init__.py`))
            return [{ name: n, path: `src/${n}`, package: true }];
        if (await files.isFile(`${n}.py`))
            return [{ name: n, path: `${n}.py`, package: false }];
        const namespaces = [];
        for (const e of (await files.list('')) ?? []) {
            if (await files.isFile(`${e.name}/${n}/__init__.py`))
                namespaces.push(e.name);
        }
        if (namespaces.length === 1)
            return [{ name: namespaces[0], path: namespaces[0], package: true }];
    }
    throw new Refusal(`hatchling: Unable to determine which files to ship inside the wheel using the following heuristics: https://hatch.pypa.io/latest/plugins/builder/wheel/#default-file-selection The most likely cause of this is that there is no directory that matches the name of your project (${names.sort().join(' or ')}). Name it in pyproject.toml: [tool.hatch.build.targets.wheel] packages = ["..."]`, file);
}
async function pdmBackend(files, pyproject) {
    const file = 'pyproject.toml';
    const pdm = isTable(pyproject.tool) && isTable(pyproject.tool.pdm) ? pyproject.tool.pdm : {};
    const build = isTable(pdm.build) ? pdm.build : {};
    const packageDir = typeof build['package-dir'] === 'string'
        ? build['package-dir']
        : (await files.isDir('src'))
            ? 'src'
            : '';
    const includes = stringList(build.includes, '[tool.pdm.build] includes', file) ?? [];
    const sourceIncludes = stringList(build['source-includes'], '[tool.pdm.build] source-includes', file) ?? ['tests'];
    const dropped = (rel) => sourceIncludes.some(s => rel === s || rel.startsWith(`${s}/`));
    const out = [];
    const inWheel = (rel) => packageDir && rel.startsWith(`${packageDir}/`) ? rel.slice(packageDir.length + 1) : rel;
    if (includes.length === 0) {
        for (const e of (await files.list(packageDir)) ?? []) {
            const rel = join(packageDir, e.name);
            if ((await files.isFile(`${rel}/__init__.py`)) && !dropped(rel))
                out.push({ name: e.name, path: rel, package: true });
        }
        if (out.length > 0)
            return out;
        for (const m of await findModules(files, packageDir)) {
            if (!dropped(join(packageDir, `${m}.py`)))
                out.push({ name: m, path: join(packageDir, `${m}.py`), package: false });
        }
        return out;
    }
    for (const inc of includes) {
        if (/[*?[]/.test(inc))
            throw new Unsure(`[tool.pdm.build] includes "${inc}" is a glob, not followed here`, file);
        const rel = inc.replace(/^\.\/|\/+$/g, '');
        const top = inWheel(rel).split('/')[0];
        out.push({
            name: top.replace(/\.py$/, ''),
            path: rel.slice(0, rel.length - inWheel(rel).length) + top,
            package: !top.endsWith('.py')
        });
    }
    return out;
}
async function uvBuild(files, pyproject) {
    const file = 'pyproject.toml';
    const uv = isTable(pyproject.tool) && isTable(pyproject.tool.uv) ? pyproject.tool.uv : {};
    const cfg = isTable(uv['build-backend']) ? uv['build-backend'] : {};
    const root = typeof cfg['module-root'] === 'string' ? cfg['module-root'].replace(/^\.\/?|\/+$/g, '') : 'src';
    const named = cfg['module-name'];
    const names = named === undefined
        ? [PEP503(projectName(pyproject)).replace(/-/g, '_')]
        : (stringList([named].flat(), '[tool.uv.build-backend] module-name', file) ?? []);
    const out = [];
    for (const name of names) {
        const rel = join(root, ...name.split('.'));
        if (cfg.namespace !== true && !(await files.isFile(`${rel}/__init__.py`))) {
            throw new Refusal(`uv_build: Expected a Python module at: ${rel}/__init__.py`, file);
        }
        out.push(moduleAt(name, rel, true));
    }
    return out;
}
const BACKENDS = [
    [/^flit_core\.buildapi$|^flit\.buildapi$/, 'flit', flit],
    [/^poetry\.core\.masonry\.api$|^poetry\.masonry\.api$/, 'poetry-core', poetry],
    [/^hatchling\.build$/, 'hatchling', hatchling],
    [/^pdm\.backend$|^pdm\.pep517\.api$/, 'pdm-backend', pdmBackend],
    [/^uv_build$/, 'uv_build', uvBuild]
];
/** Each tool's own table, to say which one a project configures but does not build with. */
const TOOL_TABLES = [
    ['flit', 'flit'],
    ['poetry', 'poetry-core'],
    ['hatch', 'hatchling'],
    ['pdm', 'pdm-backend'],
    ['setuptools', 'setuptools']
];
/**
 * What `pip install .` in flask-framework's dependencies part installs, from the project's build
 * configuration; undefined when the python plugin does not run it (no setup.py, no pyproject.toml).
 */
async function predictInstall(root) {
    const files = new ProjectFiles(root);
    const hasPyproject = await files.isFile('pyproject.toml');
    const hasSetupPy = await files.isFile('setup.py');
    if (!hasPyproject && !hasSetupPy)
        return undefined;
    const out = {
        backend: 'setuptools',
        file: hasPyproject ? 'pyproject.toml' : 'setup.py',
        modules: [],
        unsure: [],
        notes: []
    };
    try {
        let pyproject;
        if (hasPyproject) {
            try {
                pyproject = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__.parse)((await files.text('pyproject.toml')) ?? '');
            }
            catch (err) {
                if (err instanceof Unsure)
                    throw err;
                throw new Unsure(`pyproject.toml is not valid TOML: ${String(err.message).split('\n')[0]}`, 'pyproject.toml');
            }
        }
        const system = pyproject?.['build-system'];
        let backendName;
        if (system !== undefined) {
            if (!isTable(system))
                throw new Unsure('[build-system] is not a table', 'pyproject.toml');
            backendName = system['build-backend'];
        }
        if (backendName !== undefined && typeof backendName !== 'string') {
            throw new Unsure('[build-system] build-backend is not a string', 'pyproject.toml');
        }
        const chosen = backendName === undefined
            ? undefined
            : BACKENDS.find(([re]) => re.test(backendName));
        if (backendName !== undefined &&
            !chosen &&
            !/^setuptools\.build_meta(:__legacy__)?$/.test(backendName)) {
            throw new Unsure(`build backend ${backendName} is not modelled here`, 'pyproject.toml');
        }
        out.backend = chosen
            ? chosen[1]
            : backendName === undefined
                ? 'setuptools (legacy: pyproject.toml has no build-backend)'
                : 'setuptools';
        if (!hasPyproject)
            out.backend = 'setuptools (setup.py)';
        const tool = isTable(pyproject?.tool) ? pyproject.tool : {};
        const used = chosen ? chosen[1] : 'setuptools';
        for (const [table, backend] of TOOL_TABLES) {
            if (backend !== used &&
                isTable(tool[table]) &&
                (table !== 'poetry' || 'packages' in tool[table] || 'name' in tool[table]) &&
                (table !== 'hatch' || 'build' in tool[table]) &&
                (table !== 'pdm' || 'build' in tool[table])) {
                out.notes.push({
                    message: `pyproject.toml configures ${backend} in [tool.${table}], but pip builds with ${out.backend}: that table does not decide what is installed`,
                    file: 'pyproject.toml'
                });
            }
        }
        if (chosen && hasSetupPy) {
            out.notes.push({
                message: `setup.py is not used: pyproject.toml's build-backend is ${backendName}`,
                file: 'setup.py'
            });
        }
        out.modules = chosen
            ? await chosen[2](files, pyproject ?? {})
            : await setuptools(files, pyproject, out.notes);
        out.modules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch (err) {
        if (err instanceof Refusal)
            out.failure = { message: err.message, file: err.file };
        else if (err instanceof Unsure)
            out.unsure.push({ message: err.message, file: err.file });
        else
            throw err;
    }
    return out;
}


/***/ })

};

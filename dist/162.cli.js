export const id = 162;
export const ids = [162];
export const modules = {

/***/ 3162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dp: () => (/* reexport */ PROJECT_FILE),
  wB: () => (/* reexport */ project_error/* ProjectError */.w),
  bX: () => (/* reexport */ project_error/* ProjectUsageError */.b),
  checkProject: () => (/* binding */ checkProject),
  installedLine: () => (/* reexport */ installedLine),
  ty: () => (/* reexport */ loadProjectYaml),
  packProblems: () => (/* binding */ packProblems),
  renderExpansion: () => (/* binding */ renderExpansion)
});

// UNUSED EXPORTS: EXPERIMENTAL_HERE, IGNORE_BOOT_MARKER, MAX_PROJECT_FILE_BYTES, MAX_REQUIREMENTS_BYTES, MAX_UV_LOCK_BYTES, MISSING_FLASK, MISSING_REQUIREMENTS, pyFloatStr

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/entrypoint.ts + 5 modules
var entrypoint = __webpack_require__(2123);
// EXTERNAL MODULE: ./src/core/expand.ts
var expand = __webpack_require__(7235);
;// CONCATENATED MODULE: ./src/core/project-files.ts
// The project's files as the check reads them: within the project, bounded, UTF-8 or refused.


const PROJECT_FILE = 'rockcraft.yaml';
/** Larger than any real project file; refusing beats hanging on a mistake. */
const MAX_PROJECT_FILE_BYTES = 1 << 20;
const MAX_REQUIREMENTS_BYTES = 4 << 20;
/** uv.lock files of large projects run to a few MB; this is well past any of them. */
const MAX_UV_LOCK_BYTES = 16 << 20;
async function exists(file) {
    try {
        await (0,promises_.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a project file as UTF-8 text, refusing oversize, non-UTF-8 and escaping-symlink files. */
async function readProjectText(dir, name, maxBytes) {
    const file = external_node_path_.join(dir, name);
    try {
        const link = await (0,promises_.lstat)(file);
        if (link.isSymbolicLink()) {
            const target = await (0,promises_.realpath)(file);
            const realDir = await (0,promises_.realpath)(dir);
            if (target !== realDir && !target.startsWith(realDir + external_node_path_.sep)) {
                return {
                    problem: {
                        message: `${name} is a symlink to ${target}, outside the project; the rock build sees only the project directory`,
                        file
                    }
                };
            }
        }
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            return { problem: { message: `${name} is not a regular file`, file } };
        if (info.size > maxBytes) {
            return {
                problem: {
                    message: `${name} is ${(info.size / (1 << 20)).toFixed(1)} MB, over the ${maxBytes >> 20} MB this check reads; it cannot be a real ${name}`,
                    file
                }
            };
        }
        const bytes = await (0,promises_.readFile)(file);
        try {
            return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
        }
        catch {
            const bad = firstInvalidUtf8Line(bytes);
            return {
                problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad },
                bytes
            };
        }
    }
    catch (err) {
        const code = err.code;
        return { problem: { message: `cannot read ${name}: ${code ?? err.message}`, file } };
    }
}
function firstInvalidUtf8Line(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 0x0a) {
            try {
                decoder.decode(bytes.subarray(start, i));
            }
            catch {
                return line;
            }
            line++;
            start = i + 1;
        }
    }
    return line;
}
/** A problem whose file is relative to the project, with the file made absolute. */
function absolutize(dir, p) {
    return p.file ? { ...p, file: external_node_path_.join(dir, p.file) } : p;
}

;// CONCATENATED MODULE: ./src/core/boot-prediction.ts
// The boot prediction in a Flask developer's words: the python bridge's graph, `pip install .`'s
// answer and the entrypoint search, turned into problems, warnings and the prime-list fix.




/** The marker that turns a boot problem on that import line into a warning. */
const IGNORE_BOOT_MARKER = 'flask-rock: ignore-boot';
/** Turns the python bridge's boot graph into problems and warnings a Flask developer can act on. */
function bootPrediction(abs, yaml, topLevel, graph, ships, rockcraftFile, profile, installed, install) {
    const INSTALL_APP = (0,expand/* partName */.pn)(yaml, 'install-app');
    const APP_PREFIX = `${profile.appDir}/`;
    const warnings = [];
    // Imports served from the venv are "installed", not "project" (shipped under /flask/app).
    const fromVenv = new Set(installed);
    for (const edge of graph.imports) {
        if (edge.status === 'project' && fromVenv.has(edge.to.split('.')[0]))
            edge.status = 'installed';
    }
    const fileOf = (m) => m.file === null
        ? { file: rockcraftFile }
        : { file: external_node_path_.join(abs, m.file), line: m.line, column: m.column };
    const inApp = (rel) => `/${APP_PREFIX}${rel}`;
    // A function's body runs at boot when module-level code calls it: say which call, unless it is
    // the factory gunicorn calls.
    const called = (m) => m.via?.file
        ? `, in code that ${m.via.call} at ${m.via.file}:${m.via.line} runs at import time`
        : '';
    const what = (m) => {
        if (m.file === null)
            return `gunicorn imports the WSGI module ${m.module} (${m.projectPath})`;
        const when = m.boot ? 'at boot' : 'when a request runs this code';
        if (m.kind === 'string') {
            const chosen = m.selector
                ? m.selector.default
                    ? ` (its '${m.selector.key}' entry, chosen while ${m.selector.variable} is unset)`
                    : ` when ${m.selector.variable}=${m.selector.key}`
                : '';
            return `${m.call} imports ${m.attribute === null ? m.module : `${m.module}.${m.attribute}`}${chosen} ${when}${called(m)}`;
        }
        if (m.kind === 'pyfile')
            return `${m.call} reads ${inApp(m.module ?? '')} ${when}${called(m)}`;
        return `${m.module} is imported ${when}${called(m)}`;
    };
    const stops = (m) => m.kind === 'pyfile'
        ? `FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '${inApp(m.module ?? '')}'`
        : m.kind === 'string'
            ? `werkzeug.utils.ImportStringError: import_string() failed for '${m.literal}' (${m.attribute === null
                ? `ModuleNotFoundError: No module named '${m.module}'`
                : `ImportError: ${m.initializing ? 'partially initialized ' : ''}module '${m.module}' has no attribute '${m.attribute}'${m.initializing ? ' (most likely due to a circular import)' : ''}`})`
            : `ModuleNotFoundError: No module named '${m.module}'`;
    // One problem per file the rock lacks, at its first importing line, naming the others.
    const errors = new Map();
    // from_pyfile of a file the project does not have: no prime list ships it
    const absentFiles = [];
    const chosenByDefault = new Set(graph.missing.filter(m => m.selector?.default).map(m => `${m.module}.${m.attribute}`));
    for (const m of graph.missing) {
        if (m.guarded)
            continue; // try/except ImportError: Python carries on without it
        if (m.selector && !m.selector.default && (m.status === 'missing' || m.status === 'absent')) {
            if (chosenByDefault.has(`${m.module}.${m.attribute}`))
                continue; // said once, as the default
            // another entry of a settings dict: the rock boots with the default, not with this one
            warnings.push({
                message: `${what(m)}, but ${m.status === 'missing' ? `the rock will not contain ${m.projectPath}` : 'the project has no such module'}: set so, gunicorn would stop with ${stops(m)}`,
                ...fileOf(m)
            });
            continue;
        }
        if (m.status === 'computed') {
            warnings.push({
                message: `${m.call} runs at boot${called(m)} with a string built at run time: this check cannot tell which ${m.kind === 'pyfile' ? 'file it reads' : 'module it imports'}; make sure the rock has it`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'unsure') {
            warnings.push({
                message: `${what(m)}; ${INSTALL_APP} moves files with organize globs, which this check does not follow: make sure ${inApp(m.projectPath ?? '')} is in the rock`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'skipped') {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: with silent=True Flask skips it and the app starts without that configuration`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'absent') {
            const lacks = m.attribute !== null
                ? `, which ${m.module} does not define and the project has no module ${m.module}.${m.attribute}`
                : m.kind === 'string'
                    ? `, a module the project does not have`
                    : ', a file the project does not have';
            const message = `${what(m)}${lacks}: gunicorn would stop with ${stops(m)}`;
            if (m.boot && !m.ignored)
                absentFiles.push({ message, ...fileOf(m) });
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (m.status === 'sibling') {
            const message = `${what(m)} as a top-level module, but it is ${m.projectPath}, next to the importing file: gunicorn runs from /${profile.appDir}, where only the project's top level is importable by that name. Import it relative to its package (from . import ${(m.module ?? '').split('.').pop()})`;
            if (m.boot && !m.ignored) {
                errors.set(`sibling ${m.file}:${m.line} ${m.module}`, { m, message, also: [] });
            }
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (m.boot && !m.ignored && install?.unsure && m.status === 'missing') {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath} under /${profile.appDir}; it boots only if pip install . puts ${(m.module ?? '').split('.')[0]} into the venv, which this check cannot tell from ${install.warnings[0]?.file ? external_node_path_.basename(install.warnings[0].file) : 'the build configuration'}`,
                ...fileOf(m)
            });
        }
        else if (m.boot && m.ignored) {
            warnings.push({
                message: `${what(m)}, which the rock will not contain (${m.projectPath}); not an error because the line is marked "${IGNORE_BOOT_MARKER}"`,
                ...fileOf(m)
            });
        }
        else if (m.boot) {
            const key = m.projectPath ?? '';
            const seen = errors.get(key);
            if (seen) {
                if (m.file !== seen.m.file || m.line !== seen.m.line)
                    seen.also.push(m);
            }
            else
                errors.set(key, { m, also: [] });
        }
    }
    // Request-time imports of a module that fails the boot anyway: the fix ships it.
    for (const m of graph.missing) {
        if (m.status === 'missing' && !m.boot && !m.guarded && !errors.has(m.projectPath ?? '')) {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: that request would fail with ${m.kind === 'pyfile' ? 'FileNotFoundError' : 'ModuleNotFoundError'}`,
                ...fileOf(m)
            });
        }
    }
    const additions = [
        ...new Set([...errors.values()]
            .map(e => e.m)
            .filter(m => m.status === 'missing')
            .map(m => `${APP_PREFIX}${(m.projectPath ?? '').replace(/\/__init__\.py$/, '')}`))
    ];
    const prime = (0,expand/* primeWith */.AD)(yaml, topLevel, additions);
    const userPrime = yaml.parts?.[INSTALL_APP];
    const exclusions = (Array.isArray(userPrime?.prime) ? userPrime.prime : [])
        .filter((e) => typeof e === 'string' && e.startsWith('-'))
        .filter(e => additions.some(a => a === e.slice(1).trim() || a.startsWith(`${e.slice(1).trim()}/`)));
    // Removing every entry leaves prime empty: the part's default list, which may lack the module.
    const userList = Array.isArray(userPrime?.prime) ? userPrime.prime : [];
    const includeList = exclusions.length > 0 && userList.every(e => exclusions.includes(e))
        ? (0,expand/* primeWith */.AD)({ ...yaml, parts: { [INSTALL_APP]: { ...userPrime, prime: [] } } }, topLevel, additions)
        : undefined;
    const fix = prime
        ? `Add to ${PROJECT_FILE}: parts: {${INSTALL_APP}: {prime: [${prime.join(', ')}]}}`
        : includeList
            ? `Set parts.${INSTALL_APP}.prime in ${PROJECT_FILE} to [${includeList.join(', ')}] (removing ${exclusions.map(e => `"${e}"`).join(', ')} would leave it empty, which ships only the default list)`
            : exclusions.length > 0
                ? `Remove ${exclusions.map(e => `"${e}"`).join(', ')} from parts.${INSTALL_APP}.prime in ${PROJECT_FILE}`
                : `Make parts.${INSTALL_APP} in ${PROJECT_FILE} ship ${additions.join(', ') || 'it'}: its prime or stage drops it`;
    const problems = [...errors.values()].map(({ m, message, also }) => ({
        message: message ??
            `${what(m)}${also.length > 0 ? ` (also at ${also.map(o => `${o.file ?? PROJECT_FILE}:${o.line}`).join(', ')})` : ''}, but the rock will not contain ${m.projectPath}: gunicorn would stop with ${stops(m)}. ${fix}`,
        ...fileOf(m)
    }));
    problems.push(...absentFiles);
    for (const a of graph.app) {
        const pkg = a.file.replace(/\/__init__\.py$/, '/');
        problems.push({
            message: a.kind === 'attribute'
                ? a.shadows
                    ? `rockcraft's discovery picks ${a.shadows}, but Python imports the package ${pkg} (a regular package wins over a module of the same name), which never defines ${a.name}: gunicorn would stop with "${a.message}" Define ${a.name} in ${a.file}, or give ${a.shadows} a name the package does not shadow and serve it with services.flask.command`
                    : `gunicorn serves ${a.name} from ${a.file}, which never defines it: it would stop with "${a.message}"`
                : a.kind === 'factory'
                    ? `gunicorn calls ${a.name}() with no arguments: it would stop with ${a.message}. Give ${(a.params ?? []).join(', ')} a default value in the def of ${a.name}, as rockcraft serves the factory with no arguments`
                    : `gunicorn serves ${a.what === 'None' ? 'an app that is None' : `${a.what}, not a WSGI callable`}: it would stop with "${a.message}"`,
            file: external_node_path_.join(abs, a.file),
            line: a.line
        });
    }
    for (const u of graph.unreadable) {
        const p = absolutize(abs, u);
        const entry = {
            message: u.boot ? `${p.message}: Python would fail on it at boot` : p.message,
            file: p.file,
            line: p.line,
            column: p.column
        };
        if (u.boot)
            problems.push(entry);
        else
            warnings.push(entry);
    }
    if (graph.truncated) {
        warnings.push({
            message: `stopped following imports after ${graph.modules.length} modules; the prediction covers only those`
        });
    }
    return {
        problems,
        warnings,
        ships,
        appDir: profile.appDir,
        installed,
        graph,
        fixText: [...errors.values()].some(e => e.message === undefined) ? fix : undefined,
        fix: prime
            ? { prime }
            : exclusions.length > 0
                ? { remove: exclusions, ...(includeList ? { prime: includeList } : {}) }
                : undefined
    };
}
/** The venv's share of what imports at boot, in the words of the ships line. */
function installedLine(install) {
    const names = install.modules.map(m => (m.package ? `${m.name}/` : `${m.name}.py`));
    return `${names.join(' ') || '(nothing)'} (pip install . into the venv, ${install.backend})`;
}
/** installed.ts's answer as problems and warnings on the project's files. */
function installPrediction(abs, p, dependencies) {
    const at = (file) => file && external_node_path_.join(abs, file);
    const pip = `pip install . (in ${dependencies})`;
    return {
        backend: p.backend,
        modules: p.modules,
        problems: p.failure
            ? [{ message: `${pip} would stop: ${p.failure.message}`, file: at(p.failure.file) }]
            : [],
        warnings: [
            ...p.unsure.map(u => ({
                message: `what ${pip} puts into the venv is unsure: ${u.message}`,
                file: at(u.file ?? p.file)
            })),
            ...p.notes.map(n => ({ message: n.message, file: at(n.file) }))
        ],
        unsure: p.unsure.length > 0
    };
}
/** Where rockcraft looked, and where the project's Flask app actually is, with the fix. */
function entrypointHints(abs, name, appDir, apps) {
    const searched = (0,entrypoint/* entrypointCandidates */.R6)(name).join(', ');
    const hints = [
        {
            message: `rockcraft looks for a module-level app or application (or def create_app / make_app) only in ${searched}${name ? '' : ' and <name>/ (name: is not set)'}`
        }
    ];
    for (const app of apps ?? []) {
        const top = app.file.split('/')[0];
        const factory = app.attr.endsWith('()');
        const shim = factory
            ? `from ${app.module} import ${app.attr.slice(0, -2)}" and "app = ${app.attr}`
            : `from ${app.module} import ${app.attr}${app.attr === 'app' ? '' : ' as app'}`;
        // app.py and the other default entries ship without a prime list
        const ships = expand/* DEFAULT_PRIME */.G3.includes(top)
            ? ''
            : `, and ship ${top} in the rock: add ${appDir}/${top} to the install-app prime list (flask-rock check then names the whole list)`;
        hints.push({
            message: `a Flask app is here (${app.module}:${app.attr}), where rockcraft does not look: add app.py at the project's top level with "${shim}"${ships}`,
            file: external_node_path_.join(abs, app.file),
            line: app.line
        });
    }
    return hints;
}

// EXTERNAL MODULE: ./src/core/project-error.ts
var project_error = __webpack_require__(2081);
;// CONCATENATED MODULE: ./src/core/requirements.ts
// Dependency names as rockcraft reads them: every requirements.txt line that the `packaging`
// library (22+) accepts as a PEP 508 requirement gives its name, lower-cased; anything it rejects
// (comments, `-r`, option lines, `--hash` tails, VCS URLs, inline comments) is silently skipped.
// Written from packaging's tokenizer rules: a line is either fully accepted or skipped.
// Python's `\w` is Unicode-aware; JavaScript's `\b` is not, so boundaries are spelled out.
const W = '[\\p{L}\\p{N}_]';
const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const VERSION = '(?:' +
    '(?:(?<====)\\s*[^\\s;)]*)' +
    `|(?:(?<===|!=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
    `|(?:(?<=~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?<!==|!=|~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
    ')';
const RULES = {
    LEFT_PARENTHESIS: /\(/y,
    RIGHT_PARENTHESIS: /\)/y,
    LEFT_BRACKET: /\[/y,
    RIGHT_BRACKET: /\]/y,
    SEMICOLON: /;/y,
    COMMA: /,/y,
    QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
    OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
    BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
    IN: new RegExp(`${B}in${B}`, 'uy'),
    NOT: new RegExp(`${B}not${B}`, 'uy'),
    VARIABLE: new RegExp(`${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extra)${B}`, 'uy'),
    SPECIFIER: new RegExp(`(?:~=|==|!=|<=|>=|<|>|===)${VERSION}`, 'iy'),
    AT: /@/y,
    URL: /[^ \t]+/y,
    IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
    VERSION_PREFIX_TRAIL: /\.\*/y,
    VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
    WS: /[ \t]+/y
};
class Invalid extends Error {
}
class Tokens {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    /** Consumes the token when it is next; returns its text. */
    take(rule) {
        const re = RULES[rule];
        re.lastIndex = this.pos;
        const m = re.exec(this.src);
        if (!m)
            return undefined;
        this.pos += m[0].length;
        return m[0];
    }
    peek(rule) {
        const re = RULES[rule];
        re.lastIndex = this.pos;
        return re.test(this.src);
    }
    expect(rule) {
        const text = this.take(rule);
        if (text === undefined)
            throw new Invalid();
        return text;
    }
    atEnd() {
        return this.pos === this.src.length;
    }
    enclosed(open, close, body) {
        const opened = this.take(open) !== undefined;
        body();
        if (opened)
            this.expect(close);
    }
}
function extras(t) {
    if (!t.peek('LEFT_BRACKET'))
        return;
    t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', () => {
        t.take('WS');
        if (t.take('IDENTIFIER') !== undefined) {
            for (;;) {
                t.take('WS');
                if (t.peek('IDENTIFIER'))
                    throw new Invalid();
                if (t.take('COMMA') === undefined)
                    break;
                t.take('WS');
                t.expect('IDENTIFIER');
            }
        }
        t.take('WS');
    });
}
function specifiers(t) {
    t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
        t.take('WS');
        while (t.take('SPECIFIER') !== undefined) {
            if (t.peek('VERSION_PREFIX_TRAIL') || t.peek('VERSION_LOCAL_LABEL_TRAIL')) {
                throw new Invalid();
            }
            t.take('WS');
            if (t.take('COMMA') === undefined)
                break;
            t.take('WS');
        }
        t.take('WS');
    });
}
function markerVar(t) {
    if (t.take('VARIABLE') === undefined)
        t.expect('QUOTED_STRING');
}
function markerOp(t) {
    if (t.take('IN') !== undefined)
        return;
    if (t.take('NOT') !== undefined) {
        t.expect('WS');
        t.expect('IN');
        return;
    }
    t.expect('OP');
}
function markerAtom(t, depth) {
    // Nesting deeper than any real marker: refuse rather than recurse without bound.
    if (depth > 100)
        throw new Invalid();
    t.take('WS');
    if (t.peek('LEFT_PARENTHESIS')) {
        t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
            t.take('WS');
            marker(t, depth + 1);
            t.take('WS');
        });
    }
    else {
        t.take('WS');
        markerVar(t);
        t.take('WS');
        markerOp(t);
        t.take('WS');
        markerVar(t);
        t.take('WS');
    }
    t.take('WS');
}
function marker(t, depth) {
    markerAtom(t, depth);
    while (t.take('BOOLOP') !== undefined)
        markerAtom(t, depth);
}
function requirementMarker(t) {
    t.expect('SEMICOLON');
    marker(t, 0);
    t.take('WS');
}
/** The requirement's name as packaging's `Requirement(line).name` gives it, or undefined if it rejects the line. */
function requirementName(line) {
    const t = new Tokens(line);
    try {
        t.take('WS');
        const name = t.expect('IDENTIFIER');
        t.take('WS');
        extras(t);
        t.take('WS');
        if (t.take('AT') !== undefined) {
            t.take('WS');
            t.expect('URL');
            if (!t.atEnd()) {
                t.expect('WS');
                if (!t.atEnd())
                    requirementMarker(t);
            }
        }
        else {
            specifiers(t);
            t.take('WS');
            if (!t.atEnd())
                requirementMarker(t);
        }
        if (!t.atEnd())
            throw new Invalid();
        return name;
    }
    catch (err) {
        if (err instanceof Invalid)
            return undefined;
        throw err;
    }
}
/** Python's str.splitlines(): every line boundary it knows, no trailing empty line. */
function splitLines(text) {
    // eslint-disable-next-line no-control-regex -- Python splits lines on these separators too
    const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** The lower-cased names requirements.txt declares, with their 1-based line numbers. */
function requirementsTxtNames(text) {
    const out = [];
    splitLines(text).forEach((line, i) => {
        const name = requirementName(line);
        if (name !== undefined)
            out.push({ name: name.toLowerCase(), line: i + 1 });
    });
    return out;
}
/**
 * Python's words for the first bytes its strict UTF-8 codec refuses (`str(UnicodeDecodeError)`,
 * as `Path.read_text()` raises it), or undefined for valid UTF-8. Written from CPython's decoder:
 * the offending range is the lead byte and the continuation bytes that were valid so far.
 */
function pythonUtf8Error(bytes) {
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
        if (need === 0)
            return decodeError(bytes, i, i, 'invalid start byte');
        // the second byte's range depends on the lead (no overlongs, no surrogates, nothing past U+10FFFF)
        const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
        const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
        let j = 1;
        for (; j <= need; j++) {
            if (i + j >= bytes.length)
                return decodeError(bytes, i, bytes.length - 1, 'unexpected end of data');
            const c = bytes[i + j];
            const ok = j === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
            if (!ok)
                return decodeError(bytes, i, i + j - 1, 'invalid continuation byte');
        }
        i += need + 1;
    }
    return undefined;
}
function decodeError(bytes, start, end, reason) {
    const where = start === end
        ? `byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}`
        : `bytes in position ${start}-${end}`;
    return `UnicodeDecodeError: 'utf-8' codec can't decode ${where}: ${reason}`;
}

;// CONCATENATED MODULE: ./src/core/project-requirements.ts
// The dependency files as rockcraft reads them: requirements.txt, pyproject.toml, uv.lock, and
// where flask is declared in ways rockcraft does not read.




/** smol-toml's parse, loaded only for a project with pyproject.toml or uv.lock: most checks never
 * parse TOML, and the CLI starts faster without it. */
async function parseToml(text) {
    return (await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292))).parse(text);
}
async function readRequirements(dir) {
    const out = {
        names: new Set(),
        problems: [],
        crashes: [],
        hints: [],
        files: [],
        hasRequirementsTxt: false,
        hasAny: false
    };
    const reqFile = external_node_path_.join(dir, 'requirements.txt');
    if (await exists(reqFile)) {
        out.hasRequirementsTxt = out.hasAny = true;
        out.files.push(reqFile);
        const { text, problem, bytes } = await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES);
        // rockcraft reads it with Path.read_text(), UTF-8 and strict: other bytes crash rockcraft
        const crash = bytes && pythonUtf8Error(bytes);
        if (crash) {
            const utf16 = bytes[0] + bytes[1] === 0xff + 0xfe && bytes[0] !== bytes[1];
            out.crashes.push({
                message: `rockcraft would crash reading requirements.txt: Path.read_text() decodes it as UTF-8 and raises ${crash}${utf16 ? '. The file is UTF-16 (it starts with a UTF-16 byte order mark)' : ''}. Save it as UTF-8`,
                file: reqFile
            });
        }
        else if (problem)
            out.problems.push(problem);
        if (text?.includes('\0')) {
            out.hints.push({
                message: 'requirements.txt holds NUL characters, as a file saved as UTF-16 does: rockcraft reads it as UTF-8 and finds no requirement in it. Save it as UTF-8',
                file: reqFile
            });
        }
        if (text !== undefined) {
            if (text.startsWith('\ufeff')) {
                out.hints.push({
                    message: 'requirements.txt starts with a byte order mark; rockcraft does not strip it, so its first line is ignored. Save the file as UTF-8 without BOM',
                    file: reqFile,
                    line: 1
                });
            }
            splitLines(text).forEach((line, i) => {
                const name = requirementName(line);
                if (name !== undefined) {
                    out.names.add(name.toLowerCase());
                }
                else if (/^\s*[A-Za-z0-9]/.test(line) && !/^\s*(git|hg|svn|bzr)\+/.test(line)) {
                    out.hints.push({
                        message: `requirements.txt line ${i + 1} is ignored by rockcraft (not a PEP 508 requirement, e.g. an inline comment or option): ${line.trim().slice(0, 120)}`,
                        file: reqFile,
                        line: i + 1
                    });
                }
            });
        }
    }
    const tomlFile = external_node_path_.join(dir, 'pyproject.toml');
    if (await exists(tomlFile)) {
        out.hasAny = true;
        out.files.push(tomlFile);
        const { text, problem } = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES);
        if (problem)
            out.problems.push(problem);
        if (text !== undefined) {
            let data;
            try {
                data = await parseToml(text);
            }
            catch (err) {
                const e = err;
                out.problems.push({
                    message: `error parsing pyproject.toml: ${String(e.message).split('\n')[0]}`,
                    file: tomlFile,
                    line: typeof e.line === 'number' ? e.line : undefined,
                    column: typeof e.column === 'number' ? e.column : undefined
                });
            }
            if (data !== undefined) {
                const project = data.project ?? {};
                const deps = (0,expand/* isMapping */.pi)(project) ? (project.dependencies ?? []) : undefined;
                if (!Array.isArray(deps)) {
                    out.problems.push({
                        message: 'pyproject.toml: [project].dependencies must be a list of requirement strings',
                        file: tomlFile
                    });
                }
                else {
                    for (const dep of deps) {
                        const name = typeof dep === 'string' ? requirementName(dep) : undefined;
                        if (name !== undefined)
                            out.names.add(name.toLowerCase());
                    }
                }
            }
        }
    }
    return out;
}
/** Where flask is declared in ways rockcraft does not read, each with the fix. */
async function flaskElsewhere(dir) {
    const hints = [];
    const reqFile = external_node_path_.join(dir, 'requirements.txt');
    const req = (await exists(reqFile))
        ? await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES)
        : {};
    const lines = req.text === undefined ? [] : splitLines(req.text);
    const includes = [];
    lines.forEach((line, i) => {
        // pip-compile --generate-hashes: "flask==3.0.3 \" then "    --hash=sha256:..." lines
        const continued = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*([^\\]*?)\s*\\\s*$/.exec(line);
        if (continued && continued[1].toLowerCase() === 'flask') {
            hints.push({
                message: `"${line.trim()}" continues on the next line, as pip-compile --generate-hashes writes it; rockcraft reads each line on its own and skips this one, so it does not see flask. Generate requirements.txt without --generate-hashes, or add a line "flask${continued[3] ? continued[3].replace(/\s+/g, '') : ''}"`,
                file: reqFile,
                line: i + 1
            });
        }
        const include = /^\s*(?:-r|--requirement)(?:\s*=\s*|\s+)(\S+)/.exec(line);
        if (include) {
            const name = external_node_path_.normalize(include[1]);
            if (name.startsWith('..') || external_node_path_.isAbsolute(name))
                return;
            includes.push({ name, line: i + 1 });
        }
    });
    for (const { name, line } of includes) {
        const inc = await readProjectText(dir, name, MAX_REQUIREMENTS_BYTES);
        if (inc.text !== undefined &&
            splitLines(inc.text).some(l => requirementName(l)?.toLowerCase() === 'flask')) {
            hints.push({
                message: `flask is listed in ${name}, which requirements.txt includes with -r; rockcraft reads only requirements.txt itself (pip will still install ${name}). Add a line "flask" to requirements.txt`,
                file: reqFile,
                line
            });
        }
    }
    const tomlFile = external_node_path_.join(dir, 'pyproject.toml');
    if (await exists(tomlFile)) {
        const toml = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES);
        let data;
        try {
            data = toml.text === undefined ? undefined : await parseToml(toml.text);
        }
        catch {
            data = undefined;
        }
        const tool = (0,expand/* isMapping */.pi)(data) && (0,expand/* isMapping */.pi)(data.tool) ? data.tool : {};
        const poetry = (0,expand/* isMapping */.pi)(tool.poetry) ? tool.poetry : {};
        const deps = (0,expand/* isMapping */.pi)(poetry.dependencies) ? poetry.dependencies : {};
        if (Object.keys(deps).some(k => k.toLowerCase() === 'flask')) {
            hints.push({
                message: 'flask is listed under [tool.poetry.dependencies], which rockcraft does not read: export a requirements.txt (poetry export -f requirements.txt -o requirements.txt --without-hashes) or list it in [project].dependencies',
                file: tomlFile
            });
        }
    }
    return hints;
}
/**
 * rockcraft#1308 on 26.04: uv.lock needs pyproject.toml; with both, the uv plugin builds the
 * dependencies from the lock (uv sync, UV_FROZEN), which must then be TOML. uv.lock joins the
 * dependency files (the pack cache key).
 */
async function uvProblems(abs, yaml, topLevel, result) {
    if (!topLevel.includes('uv.lock'))
        return [];
    const lockFile = external_node_path_.join(abs, 'uv.lock');
    if (!topLevel.includes('pyproject.toml'))
        return [{ message: expand/* UV_WITHOUT_PYPROJECT */.Gh, file: lockFile }];
    if (!(0,expand/* usesUv */.aj)(yaml, { topLevel }))
        return [];
    result.dependencyFiles.splice(result.dependencyFiles.length - 1, 0, lockFile);
    result.hints.push({
        message: `uv.lock and pyproject.toml: rockcraft builds ${(0,expand/* partName */.pn)(yaml, 'dependencies')} with the uv plugin (uv sync --no-dev --no-editable from the lock, which installs the project itself when pyproject.toml has a [build-system]). The part shown here follows rockcraft#1308 as of its pull request head; its merged code could not be read (ROCKCRAFT_STATE)`,
        file: lockFile
    });
    const { text, problem } = await readProjectText(abs, 'uv.lock', MAX_UV_LOCK_BYTES);
    if (problem)
        return [problem];
    try {
        await parseToml(text ?? '');
    }
    catch (err) {
        const e = err;
        return [
            {
                message: `uv.lock is not TOML, so uv sync would refuse it: ${String(e.message).split('\n')[0]}`,
                file: lockFile,
                line: typeof e.line === 'number' ? e.line : undefined,
                column: typeof e.column === 'number' ? e.column : undefined
            }
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/project-yaml.ts
// rockcraft.yaml as rockcraft's PyYAML and Project model read it: the syntax, the scalar types, where
// each key sits, and the bases the model accepts.



function yamlProblem(file, message, linePos) {
    const first = message.split('\n')[0];
    return {
        message: `error parsing '${PROJECT_FILE}': ${first}`,
        file,
        line: linePos?.[0]?.line,
        column: linePos?.[0]?.col
    };
}
// Top-level fields the model holds as text: a number there becomes Python's str() of it.
const TEXT_FIELDS = [
    'name',
    'title',
    'version',
    'summary',
    'description',
    'license',
    'contact',
    'issues'
];
const PYYAML_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Python's repr/str of a float: shortest digits, fixed between 1e-4 and 1e16. */
function pyFloatStr(n) {
    if (Number.isNaN(n))
        return 'nan';
    if (!Number.isFinite(n))
        return n > 0 ? 'inf' : '-inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0.0' : '0.0';
    const [mantissa, expText] = Math.abs(n).toExponential().split('e');
    const exp = Number(expText);
    const digits = mantissa.replace('.', '');
    const sign = n < 0 ? '-' : '';
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    if (exp >= 0) {
        const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
        return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
const PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
/**
 * Plain scalars typed as PyYAML types them: the yaml library's YAML 1.1 schema also reads
 * `1e3` as a number and `y`/`n` as booleans, which PyYAML keeps as text. And `version: 1.0`
 * is the float 1.0 to PyYAML, "1.0" to the model, where JavaScript would say "1".
 */
function typeAsPyYaml(doc) {
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if (node.type !== 'PLAIN')
                return;
            const raw = node.srcToken?.source;
            if (raw === undefined)
                return;
            if (typeof node.value === 'number' && !PYYAML_INT.test(raw) && !PYYAML_FLOAT.test(raw)) {
                node.value = raw;
            }
            else if (typeof node.value === 'boolean' && !PYYAML_BOOL.test(raw)) {
                node.value = raw;
            }
            else if (node.value instanceof Date) {
                // A date: the model's JSON dump writes it back as this same ISO text.
                node.value = raw;
            }
        }
    });
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return;
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (!TEXT_FIELDS.includes(key) || !(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'number')
            continue;
        const raw = value.srcToken?.source ?? '';
        if (value.type === 'PLAIN' && PYYAML_FLOAT.test(raw))
            value.value = pyFloatStr(value.value);
    }
}
/** Where a key sits in rockcraft.yaml (the deepest of `keys` found), for annotations. */
function locator(file, doc, lines) {
    return keys => {
        let node = doc.contents;
        let line;
        let column;
        for (const key of keys) {
            if (!(0,dist/* isMap */.jh)(node))
                break;
            const pair = node.items.find(p => (0,dist/* isPair */.tO)(p) && String(p.key?.value ?? p.key) === key);
            const range = pair?.key?.range;
            if (!pair || !range)
                break;
            ({ line, col: column } = lines.linePos(range[0]));
            node = pair.value;
        }
        return { file, line, column };
    };
}
function loadProjectYaml(text, file) {
    let doc;
    const lines = new dist/* LineCounter */.HN();
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, {
            version: '1.1',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
            lineCounter: lines,
            keepSourceTokens: true
        });
    }
    catch (err) {
        return { problem: yamlProblem(file, err.message) };
    }
    const error = doc.errors[0];
    // prettyErrors off leaves linePos unset: the line comes from the error's offset.
    if (error) {
        return {
            problem: yamlProblem(file, error.message, error.linePos ?? [lines.linePos(error.pos[0])])
        };
    }
    typeAsPyYaml(doc);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        return { problem: yamlProblem(file, err.message) };
    }
    if (!(0,expand/* isMapping */.pi)(data)) {
        return {
            problem: {
                message: `${PROJECT_FILE} must be a mapping of keys (name, base, parts...); it holds ${data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : 'a single value'}`,
                file
            }
        };
    }
    return { data: normalizeScalars(data), at: locator(file, doc, lines) };
}
// PyYAML gives datetimes for timestamps; the model turns them into text. Keep plain JSON-like data.
function normalizeScalars(v) {
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(normalizeScalars);
    if (v instanceof Map)
        return normalizeScalars(Object.fromEntries(v));
    if ((0,expand/* isMapping */.pi)(v)) {
        const out = {};
        for (const [k, val] of Object.entries(v))
            out[k] = normalizeScalars(val);
        return out;
    }
    return v;
}
// The Project model's literal bases ("ubuntu:22.04" is read as "ubuntu@22.04" first).
const MODEL_BASES = [
    'bare',
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@25.10',
    'ubuntu@26.04',
    'ubuntu@26.10'
];
const MODEL_BUILD_BASES = [
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@25.10',
    'ubuntu@26.04',
    'devel'
];
function modelBaseProblems(yaml) {
    const out = [];
    const check = (field, allowed) => {
        const raw = yaml[field];
        if (raw === undefined || raw === null)
            return;
        const value = raw === 'ubuntu:20.04' || raw === 'ubuntu:22.04' ? raw.replace(':', '@') : raw;
        if (typeof value === 'string' && allowed.includes(value))
            return;
        const options = allowed.map(b => `'${b}'`);
        out.push([
            field,
            `input should be ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]} (in field '${field}', input: ${JSON.stringify(raw).replace(/^"|"$/g, "'")})`
        ]);
    };
    // The extension refuses an unsupported base first; the model's word on it adds nothing.
    if (!baseProblemsFor(yaml))
        check('base', MODEL_BASES);
    check('build-base', MODEL_BUILD_BASES);
    return out;
}
function baseProblemsFor(yaml) {
    return (0,expand/* baseProblems */.Yh)(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }).length > 0;
}

;// CONCATENATED MODULE: ./src/core/pyyaml.ts
// YAML text exactly as PyYAML's SafeDumper writes it with craft-application's settings
// (sort_keys=False, allow_unicode=True, strings with a newline in literal "|" style): that is how
// `rockcraft expand-extensions` prints a project. Written from PyYAML's emitter rules: block style,
// lists not indented under their key, plain scalars folded at a single space past column 80,
// strings that would read back as another type single-quoted.
const BEST_INDENT = 2;
const BEST_WIDTH = 80;
const BREAKS = '\n\x85\u2028\u2029';
const SPACE_OR_BREAK = '\0 \t\r\n\x85\u2028\u2029';
// PyYAML's implicit resolvers: a plain scalar matching one of these is not read back as a string.
const IMPLICIT = [
    /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    /^(?:<<)$/,
    /^(?:~|null|Null|NULL|)$/,
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    /^(?:=)$/
];
// Python's re `$` also matches just before a final "\n".
function resolvesToString(value) {
    const probe = value.endsWith('\n') ? value.slice(0, -1) : value;
    return !IMPLICIT.some(re => re.test(value) || re.test(probe));
}
function isPrintableUnicode(cp) {
    return ((cp === 0x85 ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp < 0x10ffff)) &&
        cp !== 0xfeff);
}
function analyze(chars) {
    const n = chars.length;
    if (n === 0) {
        return {
            empty: true,
            multiline: false,
            allowFlowPlain: false,
            allowBlockPlain: true,
            allowSingleQuoted: true,
            allowBlock: false
        };
    }
    let blockIndicators = false;
    let flowIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    const text = chars.join('');
    if (text.startsWith('---') || text.startsWith('...')) {
        blockIndicators = true;
        flowIndicators = true;
    }
    let precededByWhitespace = true;
    let followedByWhitespace = n === 1 || SPACE_OR_BREAK.includes(chars[1]);
    let previousSpace = false;
    let previousBreak = false;
    for (let i = 0; i < n; i++) {
        const ch = chars[i];
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
                flowIndicators = true;
                blockIndicators = true;
            }
            if (ch === '?' || ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch === '-' && followedByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        else {
            if (',?[]{}'.includes(ch))
                flowIndicators = true;
            if (ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch === '#' && precededByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        if (BREAKS.includes(ch))
            lineBreaks = true;
        const cp = ch.codePointAt(0);
        if (!(ch === '\n' || (cp >= 0x20 && cp <= 0x7e))) {
            if (!isPrintableUnicode(cp))
                special = true;
        }
        if (ch === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === n - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (BREAKS.includes(ch)) {
            if (i === 0)
                leadingBreak = true;
            if (i === n - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = SPACE_OR_BREAK.includes(ch);
        followedByWhitespace = i + 2 >= n || SPACE_OR_BREAK.includes(chars[i + 2]);
    }
    const a = {
        empty: false,
        multiline: lineBreaks,
        allowFlowPlain: true,
        allowBlockPlain: true,
        allowSingleQuoted: true,
        allowBlock: true
    };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
        a.allowFlowPlain = a.allowBlockPlain = false;
    }
    if (trailingSpace)
        a.allowBlock = false;
    if (breakSpace)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = false;
    if (spaceBreak || special) {
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = a.allowBlock = false;
    }
    if (lineBreaks)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (flowIndicators)
        a.allowFlowPlain = false;
    if (blockIndicators)
        a.allowBlockPlain = false;
    return a;
}
const ESCAPES = {
    '\0': '0',
    '\x07': 'a',
    '\x08': 'b',
    '\t': 't',
    '\n': 'n',
    '\x0b': 'v',
    '\x0c': 'f',
    '\r': 'r',
    '\x1b': 'e',
    '"': '"',
    '\\': '\\',
    '\x85': 'N',
    '\xa0': '_',
    '\u2028': 'L',
    '\u2029': 'P'
};
function hex(cp, width) {
    return cp.toString(16).toUpperCase().padStart(width, '0');
}
/** The emitter's column/indent state, as PyYAML keeps it. */
class Writer {
    out = [];
    column = 0;
    whitespace = true;
    indention = true;
    openEnded = false;
    indent = 0;
    write(data) {
        this.out.push(data);
        this.column += [...data].length;
    }
    lineBreak(text = '\n') {
        this.whitespace = true;
        this.indention = true;
        this.column = 0;
        this.out.push(text);
    }
    writeIndent() {
        const indent = this.indent;
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
            this.lineBreak();
        }
        if (this.column < indent) {
            this.whitespace = true;
            this.write(' '.repeat(indent - this.column));
        }
    }
    indicator(text, needWhitespace, whitespace = false, indention = false) {
        this.write(this.whitespace || !needWhitespace ? text : ' ' + text);
        this.whitespace = whitespace;
        this.indention = this.indention && indention;
        this.openEnded = false;
    }
    plain(chars) {
        if (chars.length === 0)
            return;
        if (!this.whitespace)
            this.write(' ');
        this.whitespace = false;
        this.indention = false;
        let spaces = false;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (spaces) {
                if (ch !== ' ') {
                    if (start + 1 === end && this.column > BEST_WIDTH) {
                        this.writeIndent();
                        this.whitespace = false;
                        this.indention = false;
                    }
                    else {
                        this.write(chars.slice(start, end).join(''));
                    }
                    start = end;
                }
            }
            else if (ch === undefined || ch === ' ' || BREAKS.includes(ch)) {
                this.write(chars.slice(start, end).join(''));
                start = end;
            }
            if (ch !== undefined)
                spaces = ch === ' ';
        }
    }
    singleQuoted(chars) {
        this.indicator("'", true);
        let spaces = false;
        let breaks = false;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (spaces) {
                if (ch !== ' ') {
                    if (start + 1 === end &&
                        this.column > BEST_WIDTH &&
                        start !== 0 &&
                        end !== chars.length) {
                        this.writeIndent();
                    }
                    else {
                        this.write(chars.slice(start, end).join(''));
                    }
                    start = end;
                }
            }
            else if (breaks) {
                if (ch === undefined || !BREAKS.includes(ch)) {
                    if (chars[start] === '\n')
                        this.lineBreak();
                    for (const br of chars.slice(start, end))
                        this.lineBreak(br);
                    this.writeIndent();
                    start = end;
                }
            }
            else if (ch === undefined || ch === ' ' || ch === "'" || BREAKS.includes(ch)) {
                if (start < end) {
                    this.write(chars.slice(start, end).join(''));
                    start = end;
                }
            }
            if (ch === "'") {
                this.write("''");
                start = end + 1;
            }
            if (ch !== undefined) {
                spaces = ch === ' ';
                breaks = BREAKS.includes(ch);
            }
        }
        this.indicator("'", false);
    }
    doubleQuoted(chars) {
        this.indicator('"', true);
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            const cp = ch === undefined ? 0 : ch.codePointAt(0);
            if (ch === undefined ||
                '"\\\x85\u2028\u2029\ufeff'.includes(ch) ||
                !((cp >= 0x20 && cp <= 0x7e) ||
                    (cp >= 0xa0 && cp <= 0xd7ff) ||
                    (cp >= 0xe000 && cp <= 0xfffd))) {
                if (start < end) {
                    this.write(chars.slice(start, end).join(''));
                    start = end;
                }
                if (ch !== undefined) {
                    const data = ch in ESCAPES
                        ? '\\' + ESCAPES[ch]
                        : cp <= 0xff
                            ? '\\x' + hex(cp, 2)
                            : cp <= 0xffff
                                ? '\\u' + hex(cp, 4)
                                : '\\U' + hex(cp, 8);
                    this.write(data);
                    start = end + 1;
                }
            }
            if (end > 0 &&
                end < chars.length - 1 &&
                (ch === ' ' || start >= end) &&
                this.column + (end - start) > BEST_WIDTH) {
                const data = chars.slice(start, end).join('') + '\\';
                if (start < end)
                    start = end;
                this.write(data);
                this.writeIndent();
                this.whitespace = false;
                this.indention = false;
                if (chars[start] === ' ')
                    this.write('\\');
            }
        }
        this.indicator('"', false);
    }
    literal(chars) {
        let hints = '';
        if (chars.length > 0) {
            if (' \n\x85\u2028\u2029'.includes(chars[0]))
                hints += String(BEST_INDENT);
            const last = chars[chars.length - 1];
            if (!BREAKS.includes(last))
                hints += '-';
            else if (chars.length === 1 || BREAKS.includes(chars[chars.length - 2]))
                hints += '+';
        }
        this.indicator('|' + hints, true);
        if (hints.endsWith('+'))
            this.openEnded = true;
        this.lineBreak();
        let breaks = true;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (breaks) {
                if (ch === undefined || !BREAKS.includes(ch)) {
                    for (const br of chars.slice(start, end))
                        this.lineBreak(br);
                    if (ch !== undefined)
                        this.writeIndent();
                    start = end;
                }
            }
            else if (ch === undefined || BREAKS.includes(ch)) {
                this.write(chars.slice(start, end).join(''));
                if (ch === undefined)
                    this.lineBreak();
                start = end;
            }
            if (ch !== undefined)
                breaks = BREAKS.includes(ch);
        }
    }
}
function scalarText(value) {
    if (value === null || value === undefined)
        return { text: 'null', isString: false };
    if (typeof value === 'boolean')
        return { text: value ? 'true' : 'false', isString: false };
    if (typeof value === 'number') {
        if (Number.isInteger(value))
            return { text: String(value), isString: false };
        if (Number.isNaN(value))
            return { text: '.nan', isString: false };
        if (!Number.isFinite(value))
            return { text: value > 0 ? '.inf' : '-.inf', isString: false };
        let text = String(value);
        if (!text.includes('.') && !text.includes('e'))
            text += '.0';
        return { text, isString: false };
    }
    return { text: value, isString: true };
}
function emitScalar(w, value, simpleKey) {
    const { text, isString } = scalarText(value);
    const chars = [...text];
    const saved = w.indent;
    w.indent = saved + BEST_INDENT; // PyYAML indents a scalar's continuation lines one step in
    if (!isString) {
        w.plain(chars);
    }
    else {
        const a = analyze(chars);
        const wantLiteral = text.includes('\n');
        if (!wantLiteral &&
            resolvesToString(text) &&
            !(simpleKey && (a.empty || a.multiline)) &&
            a.allowBlockPlain) {
            w.plain(chars);
        }
        else if (wantLiteral && !simpleKey && a.allowBlock) {
            w.literal(chars);
        }
        else if (!wantLiteral && a.allowSingleQuoted && !(simpleKey && a.multiline)) {
            w.singleQuoted(chars);
        }
        else {
            w.doubleQuoted(chars);
        }
    }
    w.indent = saved;
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function emitNode(w, value, inMapping) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            w.indicator('[', true, true);
            w.indicator(']', false);
            return;
        }
        const saved = w.indent;
        // Lists directly under a mapping key are not indented ("indentless"), PyYAML's default.
        if (!(inMapping && !w.indention))
            w.indent = saved + BEST_INDENT;
        for (const item of value) {
            w.writeIndent();
            w.indicator('-', true, false, true);
            emitNode(w, item, false);
        }
        w.indent = saved;
        return;
    }
    if (isMapping(value)) {
        const keys = Object.keys(value);
        if (keys.length === 0) {
            w.indicator('{', true, true);
            w.indicator('}', false);
            return;
        }
        const saved = w.indent;
        w.indent = saved + BEST_INDENT;
        for (const key of keys) {
            w.writeIndent();
            emitScalar(w, key, true);
            w.indicator(':', false);
            emitNode(w, value[key], true);
        }
        w.indent = saved;
        return;
    }
    emitScalar(w, value, false);
}
/** `yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True)` with craft's str style. */
function dumpPyYaml(data) {
    const w = new Writer();
    if (isMapping(data) && Object.keys(data).length > 0) {
        // The root mapping sits at indent 0: start one step "above" it.
        w.indent = -BEST_INDENT;
        emitNode(w, data, false);
        w.indent = 0;
    }
    else {
        w.indent = -BEST_INDENT;
        emitNode(w, data, false);
        w.indent = 0;
    }
    w.writeIndent();
    if (w.openEnded) {
        w.indicator('...', true);
        w.writeIndent();
    }
    return w.out.join('');
}

;// CONCATENATED MODULE: ./src/core/import-names.ts
// The top-level import names a requirement puts into the venv, so the boot prediction can tell an
// absolute import of an installed library from a project module of the same name (Python 3's
// imports are absolute: `from webauthn import ...` beside a webauthn.py is the library). A
// distribution's import name is its normalised name with `-` read as `_`, except for the
// distributions below, whose modules are named otherwise.
/** PEP 503's normalised distribution name: lower case, runs of `-`, `_`, `.` as one `-`. */
function normalizedDistribution(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Distributions (normalised) whose top-level import names are not their own name. */
const IMPORT_NAME_EXCEPTIONS = {
    'argon2-cffi': ['argon2'],
    attrs: ['attr', 'attrs'],
    beautifulsoup4: ['bs4'],
    'dbus-python': ['dbus', '_dbus_bindings', '_dbus_glib_bindings'],
    'discord-py': ['discord'],
    dnspython: ['dns'],
    'email-validator': ['email_validator'],
    'faiss-cpu': ['faiss'],
    'google-api-python-client': ['googleapiclient'],
    grpcio: ['grpc'],
    ipython: ['IPython'],
    'lazr-restfulclient': ['lazr'],
    'lazr-uri': ['lazr'],
    'msgpack-python': ['msgpack'],
    mysqlclient: ['MySQLdb'],
    'opencv-python': ['cv2'],
    'opencv-python-headless': ['cv2'],
    pillow: ['PIL'],
    'poetry-core': ['poetry'],
    protobuf: ['google'],
    'psycopg-binary': ['psycopg'],
    'psycopg2-binary': ['psycopg2'],
    pycryptodome: ['Crypto'],
    pycryptodomex: ['Cryptodome'],
    pygithub: ['github'],
    pygobject: ['gi', 'pygtkcompat'],
    pyjwt: ['jwt'],
    pymongo: ['pymongo', 'bson', 'gridfs'],
    pynacl: ['nacl'],
    pysmbc: ['smbc', '_smbc'],
    pyopenssl: ['OpenSSL'],
    pyserial: ['serial'],
    'python-apt': ['apt', 'apt_inst', 'apt_pkg', 'aptsources'],
    'python-dateutil': ['dateutil'],
    'python-decouple': ['decouple'],
    'python-dotenv': ['dotenv'],
    'python-engineio': ['engineio'],
    'python-jose': ['jose'],
    'python-ldap': ['ldap'],
    'python-magic': ['magic'],
    'python-multipart': ['multipart'],
    'python-slugify': ['slugify'],
    'python-socketio': ['socketio'],
    pyyaml: ['yaml'],
    pyzmq: ['zmq'],
    'ruamel-yaml': ['ruamel'],
    'scikit-image': ['skimage'],
    'scikit-learn': ['sklearn'],
    setuptools: ['setuptools', 'pkg_resources', '_distutils_hack'],
    'websocket-client': ['websocket'],
    'zope-event': ['zope'],
    'zope-interface': ['zope']
};
/**
 * What the rock's venv holds whatever the requirements say: flask's own dependencies (a
 * requirements.txt must name flask), and gunicorn with its one dependency, which the extension
 * installs. An import of one of these is never a project module the rock lacks.
 */
const ALWAYS_INSTALLED = [
    'flask',
    'werkzeug',
    'jinja2',
    'markupsafe',
    'itsdangerous',
    'click',
    'blinker',
    'gunicorn',
    'packaging'
];
/** The top-level import names one requirement's distribution provides. */
function importNamesOf(distribution) {
    const normalized = normalizedDistribution(distribution);
    return IMPORT_NAME_EXCEPTIONS[normalized] ?? [normalized.replace(/-/g, '_')];
}
/** The top-level import names the requirements (and what is always installed) provide, sorted. */
function providedImportNames(requirements) {
    const out = new Set(ALWAYS_INSTALLED);
    for (const r of requirements)
        for (const name of importNamesOf(r))
            out.add(name);
    if (out.has('gevent'))
        for (const name of ['greenlet', 'zope'])
            out.add(name);
    return [...out].sort();
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
;// CONCATENATED MODULE: ./src/core/check.ts
// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.












/** Every reason the pack would fail though rockcraft accepts the project: rockcraft's own crash,
 * the build backend's refusal of `pip install .`. */
function packProblems(result) {
    return [...(result.rockcraftCrashes ?? []), ...(result.install?.problems ?? [])];
}

// Moved out of this file; importers elsewhere keep their names from here.



const MISSING_REQUIREMENTS = "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency.";
const MISSING_FLASK = 'missing flask package dependency in requirements file.';
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
async function projectDir(dir) {
    const abs = external_node_path_.resolve(dir);
    let info;
    try {
        info = await (0,promises_.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new project_error/* ProjectUsageError */.b(code === 'ENOENT'
            ? `project directory ${abs} does not exist`
            : `cannot open project directory ${abs}: ${code ?? err.message}`);
    }
    if (!info.isDirectory()) {
        throw new project_error/* ProjectUsageError */.b(`project path ${abs} is not a directory`);
    }
    return abs;
}
async function checkProject(dir, opts = {}) {
    const env = opts.env ?? process.env;
    const abs = await projectDir(dir);
    const result = {
        dir: abs,
        platforms: [],
        problems: [],
        hints: [],
        worker: 'sync',
        requirements: [],
        dependencyFiles: []
    };
    const problems = result.problems;
    // python3 starts now and gets its question (the candidates depend on the project name, the
    // boot prediction on the expanded install-app part) once rockcraft.yaml is read: its start-up
    // overlaps ours. null: nothing to ask.
    let ask = () => { };
    const question = new Promise(resolve => (ask = resolve));
    const analysis = (opts.analysis
        ? opts.analysis.analyze(abs, question)
        : (0,entrypoint/* analyzeProject */.aG)(abs, question, opts.python, env)).catch((err) => err);
    const listing = (0,promises_.readdir)(abs);
    // installed.ts (and its TOML parser) is loaded only for a project pip installs itself.
    const install = listing
        .then(async (names) => names.includes('pyproject.toml') || names.includes('setup.py')
        ? (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 1501))).predictInstall(abs)
        : undefined, () => undefined)
        .catch((err) => ({
        backend: 'unknown',
        file: 'pyproject.toml',
        modules: [],
        notes: [],
        unsure: [{ message: `cannot read the build configuration: ${err.message}` }]
    }));
    const requirements = readRequirements(abs);
    const projectFile = external_node_path_.join(abs, PROJECT_FILE);
    let yaml;
    let at = () => ({ file: projectFile });
    const topLevel = await listing.catch((err) => {
        ask(null);
        throw new project_error/* ProjectError */.w(`cannot list project directory ${abs}: ${err.code ?? err.message}`);
    });
    try {
        // rockcraft.yaml
        if (await exists(projectFile)) {
            result.rockcraftFile = projectFile;
            const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES);
            if (problem)
                problems.push(problem);
            if (text !== undefined) {
                result.rockcraftText = text;
                const loaded = loadProjectYaml(text, projectFile);
                if (loaded.problem)
                    problems.push(loaded.problem);
                yaml = loaded.data;
                if (loaded.at)
                    at = loaded.at;
            }
        }
        else {
            problems.push({ message: `Project file '${PROJECT_FILE}' not found in '${abs}'.` });
            result.hints.push({
                message: "write one with `flask-rock init` (or the action's `init: true`), shaped like `rockcraft init --profile flask-framework`"
            });
        }
        if (yaml) {
            result.name = str(yaml.name);
            result.version = str(yaml.version);
            result.base = str(yaml.base);
            result.buildBase = str(yaml['build-base']);
            if ((0,expand/* isMapping */.pi)(yaml.platforms))
                result.platforms = Object.keys(yaml.platforms);
            for (const field of (0,expand/* unknownFields */._6)(yaml)) {
                problems.push({
                    message: `extra field '${field}' not permitted in top-level configuration`,
                    ...at([field])
                });
                const near = (0,expand/* nearestField */.fo)(field);
                if (near)
                    result.hints.push({ message: `'${field}': did you mean \`${near}\`?`, ...at([field]) });
            }
            // The Project model's required fields, in its order.
            for (const field of ['name', 'summary', 'description', 'base', 'platforms']) {
                if (!(field in yaml)) {
                    problems.push({
                        message: `field '${field}' required in top-level configuration`,
                        file: projectFile
                    });
                }
            }
            for (const [field, message] of (0,names/* nameVersionProblems */.os)(yaml)) {
                problems.push({ message, ...at([field]) });
            }
            for (const field of ['platforms', 'parts', 'services', 'environment', 'checks']) {
                const value = yaml[field];
                if (value !== undefined && value !== null && !(0,expand/* isMapping */.pi)(value)) {
                    problems.push({ message: `field '${field}' must be a mapping`, ...at([field]) });
                }
            }
            const extensions = Array.isArray(yaml.extensions) ? yaml.extensions : [];
            if (!extensions.includes(expand/* EXTENSION */.Ys)) {
                problems.push({
                    message: `${PROJECT_FILE} does not use the ${expand/* EXTENSION */.Ys} extension (add "extensions: [${expand/* EXTENSION */.Ys}]")`,
                    ...at(['extensions'])
                });
            }
            for (const other of extensions.filter(e => e !== expand/* EXTENSION */.Ys)) {
                problems.push({
                    message: `only the ${expand/* EXTENSION */.Ys} extension is supported here, not ${JSON.stringify(other)}`,
                    ...at(['extensions'])
                });
            }
            const refusals = (0,expand/* baseProblems */.Yh)(yaml, env);
            for (const message of refusals)
                problems.push({ message, ...at(['base']) });
            if (refusals.some(p => p.startsWith(`Extension '${expand/* EXTENSION */.Ys}' does not support base`))) {
                result.hints.push({
                    message: `the ${expand/* EXTENSION */.Ys} extension supports the bases ${SUPPORTED_BASES}`,
                    ...at(['base'])
                });
            }
            if (refusals.some(p => p.startsWith('Extension is experimental'))) {
                // Experimental support is only for 26.04: any other base is refused once enabled.
                const experimental = (0,expand/* baseProblems */.Yh)(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' });
                if (experimental.length === 0) {
                    result.hints.push({ message: expand/* EXPERIMENTAL_RESOLUTION */.IU, ...at(['base']) });
                    result.hints.push({ message: expand/* EXPERIMENTAL_DOCS */.hL, ...at(['base']) });
                    result.hints.push({ message: EXPERIMENTAL_HERE, ...at(['base']) });
                }
                else {
                    result.hints.push({
                        message: `the ${expand/* EXTENSION */.Ys} extension supports the bases ${SUPPORTED_BASES}; base ${String(yaml.base)}${yaml['build-base'] ? ` with build-base ${String(yaml['build-base'])}` : ''} is not one of them`,
                        ...at(['base'])
                    });
                }
            }
        }
    }
    catch (err) {
        ask(null); // python3 is waiting for its question: let it go
        throw err;
    }
    const profile = yaml ? (0,expand/* profileFor */.P5)(yaml) : expand.V1;
    const userCommand = yaml ? (0,expand/* userFlaskCommand */.iR)(yaml) : undefined;
    const userWsgi = userCommand
        ? (0,entrypoint/* wsgiOfCommand */.R3)(userCommand, `/${profile.configDir}/gunicorn.conf.py`)
        : undefined;
    let installPart;
    if (yaml && (0,expand/* primeProblems */.Mf)(yaml).length === 0) {
        installPart = (0,expand/* expandedInstallApp */.KH)(yaml, topLevel);
    }
    const installed = await install;
    if (installed) {
        const dependencies = yaml ? (0,expand/* partName */.pn)(yaml, 'dependencies') : `${expand/* EXTENSION */.Ys}/dependencies`;
        result.install = installPrediction(abs, installed, dependencies);
    }
    // Dependencies: what they install is what an absolute import of their names finds.
    const reqs = await requirements;
    if (userCommand && (!userWsgi || !installPart))
        ask(null);
    else {
        ask({
            candidates: userCommand ? null : (0,entrypoint/* entrypointCandidates */.R6)(result.name),
            wsgi: userWsgi,
            install: installPart ?? null,
            appDir: profile.appDir,
            installed: Object.fromEntries((installed?.modules ?? []).map(m => [m.name, m.path])),
            provided: providedImportNames(reqs.names)
        });
    }
    result.requirements = [...reqs.names].sort();
    result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync';
    result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])];
    result.hints.push(...reqs.hints);
    problems.push(...reqs.problems);
    if (reqs.crashes.length > 0)
        result.rockcraftCrashes = reqs.crashes;
    if (yaml && profile.uv)
        problems.push(...(await uvProblems(abs, yaml, topLevel, result)));
    if (!reqs.hasAny)
        problems.push({ message: MISSING_REQUIREMENTS });
    else if (reqs.problems.length === 0 && reqs.crashes.length === 0 && !reqs.names.has('flask')) {
        problems.push({ message: MISSING_FLASK, file: reqs.files[0] });
        result.hints.push(...(await flaskElsewhere(abs)));
    }
    const found = await analysis;
    if (found instanceof entrypoint/* PythonMissingError */.PN) {
        // With the user's own command, only the boot prediction needed Python: go on without it.
        if (!userCommand)
            throw new project_error/* ProjectError */.w(found.message);
        result.hints.push({ message: `no boot prediction: ${found.message}` });
    }
    else if (found instanceof Error)
        throw found;
    if (found !== undefined && found !== null && !(found instanceof Error)) {
        const { hints, problem, wsgi, apps, boot, ships, installed: fromVenv } = found;
        result.hints.push(...hints.map(h => absolutize(abs, h)));
        if (!userCommand) {
            if (problem)
                problems.push(absolutize(abs, problem));
            result.wsgi = wsgi;
            // Where rockcraft looked and where the app is, unless a near miss already says why.
            if (problem && !problem.file && hints.length === 0) {
                result.hints.push(...entrypointHints(abs, result.name, profile.appDir, apps));
            }
        }
        if (boot && yaml) {
            result.boot = bootPrediction(abs, yaml, topLevel, boot, ships ?? [], result.rockcraftFile, profile, fromVenv ?? [], result.install);
        }
    }
    if (yaml) {
        for (const message of (0,expand/* primeProblems */.Mf)(yaml)) {
            problems.push({ message, ...at(['parts', (0,expand/* partName */.pn)(yaml, 'install-app'), 'prime']) });
        }
        if ((0,expand/* partSeparator */.D2)(yaml) === '.' && (0,expand/* isMapping */.pi)(yaml.parts)) {
            // rockcraft#1345: from 26.04 on, part names hold no '/', and the extension's use '.'.
            for (const part of Object.keys(yaml.parts).filter(p => p.includes('/'))) {
                const ours = part.startsWith(`${expand/* EXTENSION */.Ys}/`)
                    ? `: the extension's part is ${expand/* EXTENSION */.Ys}.${part.slice(expand/* EXTENSION */.Ys.length + 1)} on this base`
                    : '';
                problems.push({
                    message: `part name '${part}' contains '/', which rockcraft does not allow on base ${routingBaseOf(yaml)}${ours}`,
                    ...at(['parts', part])
                });
            }
        }
        for (const [field, message] of modelBaseProblems(yaml))
            problems.push({ message, ...at([field]) });
        if (yaml.base === 'bare') {
            if (!yaml['build-base']) {
                problems.push({
                    message: 'When "base" is "bare", a build-base must be specified.',
                    ...at(['base'])
                });
            }
            else if (!(0,expand/* barePython */.ZF)(yaml)) {
                problems.push({
                    message: `Unable to determine the Python version for the build-base ${String(yaml['build-base'])}`,
                    ...at(['build-base'])
                });
            }
        }
    }
    // rockcraft that crashes on the project expands nothing
    if (yaml && problems.length === 0 && reqs.crashes.length === 0) {
        const snippet = (0,expand/* rootSnippet */.ub)(yaml, {
            topLevel,
            hasRequirementsTxt: reqs.hasRequirementsTxt,
            worker: result.worker,
            wsgi: result.wsgi
        });
        result.expanded = (0,expand/* asProjectModel */.hd)((0,expand/* applySnippet */.wx)(yaml, snippet));
        const flat = (0,expand/* unverifiedFlatLayout */.ny)(result.expanded.parts?.[(0,expand/* partName */.pn)(yaml, 'install-app')]);
        if (profile === expand.V2 && flat.length > 0) {
            result.hints.push({
                message: `${(0,expand/* partName */.pn)(yaml, 'install-app')} organizes ${flat.join(', ')} here; rockcraft#1348 copies such a flat layout in override-build instead, and its code could not be read (ROCKCRAFT_STATE): this part of the expansion may differ from rockcraft's`
            });
        }
    }
    return result;
}
const SUPPORTED_BASES = 'ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04)';
function routingBaseOf(yaml) {
    return (0,expand/* routingBase */._u)(yaml) ?? String(yaml['build-base'] ?? yaml.base);
}
/** How to enable the experimental 26.04 extension here, beside rockcraft's own resolution. */
const EXPERIMENTAL_HERE = 'the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)';
/** The expanded project as `rockcraft expand-extensions` prints it (yaml), or as JSON. */
function renderExpansion(expanded, format) {
    if (format === 'json')
        return JSON.stringify(expanded, null, 2) + '\n';
    return dumpPyYaml(expanded);
}


/***/ }),

/***/ 7235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ primeWith),
/* harmony export */   D2: () => (/* binding */ partSeparator),
/* harmony export */   G3: () => (/* binding */ DEFAULT_PRIME),
/* harmony export */   Gh: () => (/* binding */ UV_WITHOUT_PYPROJECT),
/* harmony export */   IU: () => (/* binding */ EXPERIMENTAL_RESOLUTION),
/* harmony export */   KH: () => (/* binding */ expandedInstallApp),
/* harmony export */   Mf: () => (/* binding */ primeProblems),
/* harmony export */   P5: () => (/* binding */ profileFor),
/* harmony export */   V1: () => (/* binding */ V1),
/* harmony export */   V2: () => (/* binding */ V2),
/* harmony export */   Yh: () => (/* binding */ baseProblems),
/* harmony export */   Ys: () => (/* binding */ EXTENSION),
/* harmony export */   ZF: () => (/* binding */ barePython),
/* harmony export */   _6: () => (/* binding */ unknownFields),
/* harmony export */   _u: () => (/* binding */ routingBase),
/* harmony export */   aj: () => (/* binding */ usesUv),
/* harmony export */   fo: () => (/* binding */ nearestField),
/* harmony export */   hL: () => (/* binding */ EXPERIMENTAL_DOCS),
/* harmony export */   hd: () => (/* binding */ asProjectModel),
/* harmony export */   iR: () => (/* binding */ userFlaskCommand),
/* harmony export */   ny: () => (/* binding */ unverifiedFlatLayout),
/* harmony export */   pi: () => (/* binding */ isMapping),
/* harmony export */   pn: () => (/* binding */ partName),
/* harmony export */   ub: () => (/* binding */ rootSnippet),
/* harmony export */   wx: () => (/* binding */ applySnippet)
/* harmony export */ });
/* unused harmony exports DAEMON_UID, configFilesSource, CONFIG_FILES_SOURCE, withRockcraftRevision, primeProblemText, PRIME_PROBLEM, pyStrCompare, flaskCommand, mergeProperty */
// The flask-framework extension as plain data, rockcraft's merge rules, and the project model's
// printing order: pure functions, no file system. check.ts gathers the facts they need.
const EXTENSION = 'flask-framework';
const DAEMON_UID = 584792;
/**
 * Where the rockcraft snap keeps the extension's data: sys.prefix of the snap's Python, which is
 * $SNAP, /snap/rockcraft/<revision>. rockcraft prints its revision number there, never `current`;
 * `current` is what we print when no rockcraft is installed to ask.
 */
function configFilesSource(revision = 'current') {
    return `/snap/rockcraft/${revision}/share/rockcraft/extensions/flask-framework`;
}
const CONFIG_FILES_SOURCE = configFilesSource();
/**
 * The expansion as the rockcraft snap at `revision` prints it: the config-files part's source
 * names that revision. A source the project set itself is left alone.
 */
function withRockcraftRevision(expanded, revision) {
    const parts = expanded.parts;
    if (!isMapping(parts))
        return expanded;
    for (const sep of PART_SEPARATORS) {
        const name = `${EXTENSION}${sep}config-files`;
        const part = parts[name];
        if (!isMapping(part) || typeof part.source !== 'string')
            continue;
        const source = part.source;
        const ours = PROFILES.map(p => dataDir(CONFIG_FILES_SOURCE, p)).includes(source);
        if (!ours)
            continue;
        const revised = configFilesSource(revision) + source.slice(CONFIG_FILES_SOURCE.length);
        return { ...expanded, parts: { ...parts, [name]: { ...part, source: revised } } };
    }
    return expanded;
}
const V1 = {
    name: 'V1',
    bases: ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04'],
    experimental: false,
    appDir: 'flask/app',
    configDir: 'flask',
    configData: '',
    logDir: 'var/log/flask',
    gunicorn: 'gunicorn~=23.0',
    statsdTag: 'v0.26.0',
    prime: /^-? *flask\/app/,
    appData: false,
    uv: false
};
const V2 = {
    name: 'V2',
    bases: ['bare', 'ubuntu@26.04'],
    experimental: true,
    appDir: 'app',
    configDir: 'var/lib/gunicorn',
    configData: 'v2',
    logDir: 'var/log/app',
    gunicorn: 'gunicorn~=26.0',
    statsdTag: 'v0.30.0',
    prime: /^-? *app(\/|$)/,
    appData: true,
    uv: true
};
const PROFILES = [V1, V2];
function dataDir(source, profile) {
    return profile.configData ? `${source}/${profile.configData}` : source;
}
/**
 * The implementation rockcraft picks for this project (its _FrameworkFactory). Without a base key
 * (and no build-base) rockcraft would pick V2, but its project model refuses the project before
 * that matters: V1 then, so that messages about such a project name the parts as 22.04/24.04
 * users know them.
 */
function profileFor(yaml) {
    if (!('base' in yaml) && !yaml['build-base'])
        return V1;
    const base = routingBase(yaml);
    return base !== undefined && V1.bases.includes(base) ? V1 : V2;
}
// craft-application's BASES_ALLOW_SLASH_IN_PART_NAME: on any other base, part names hold no '/'.
const BASES_ALLOW_SLASH = [
    'core',
    'core18',
    'core20',
    'core22',
    'core24',
    'ubuntu@16.04',
    'ubuntu@18.04',
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@24.10',
    'ubuntu@25.04',
    'ubuntu@25.10',
    'centos@7',
    'almalinux@9'
];
const PART_SEPARATORS = (/* unused pure expression or super */ null && (['/', '.']));
/** rockcraft#1345: '/' between the extension and part name on the old bases, '.' on the others. */
function partSeparator(yaml) {
    if (!('base' in yaml) && !yaml['build-base'])
        return '/'; // refused anyway, as for profileFor
    const base = routingBase(yaml);
    return base !== undefined && BASES_ALLOW_SLASH.includes(base) ? '/' : '.';
}
/** The extension's name for one of its parts, e.g. flask-framework.install-app on 26.04. */
function partName(yaml, part) {
    return `${EXTENSION}${partSeparator(yaml)}${part}`;
}
const PYTHON_FOR_BUILD_BASE = {
    'ubuntu@22.04': '3.10',
    'ubuntu:22.04': '3.10',
    'ubuntu@24.04': '3.12',
    'ubuntu:24.04': '3.12',
    // rockcraft#1320 (bare with build-base ubuntu@26.04): the Python Ubuntu 26.04 ships.
    'ubuntu@26.04': '3.14'
};
/** What install-app ships when the user's prime is empty: those of these that exist. */
const DEFAULT_PRIME = [
    'app',
    'app.py',
    'main.py',
    'src',
    'migrate',
    'migrate.sh',
    'migrate.py',
    'static',
    'templates'
];
const NEVER_COPIED = [/^node_modules$/, /^\.git$/, /^\.yarn$/, /^.*\.rock$/s];
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The user's services.flask.command, when set: rockcraft then skips entrypoint discovery. */
function userFlaskCommand(yaml) {
    const services = yaml.services;
    if (!isMapping(services))
        return undefined;
    const flask = services.flask;
    return isMapping(flask) && flask.command ? flask.command : undefined;
}
/** The effective base the extension routes on: build-base first, "x:y" read as "x@y". */
function routingBase(yaml) {
    let base = (yaml['build-base'] || yaml.base);
    if (typeof base !== 'string' || base === '')
        return undefined;
    if (base.split(':').length === 2 && !base.includes('@'))
        base = base.replace(':', '@');
    if (base === 'devel')
        return 'ubuntu@devel';
    return base.split('@').length === 2 ? base : undefined;
}
/** rockcraft's extension validation: experimental (V2: ubuntu@26.04 and unknown bases) first, then support. */
function baseProblems(yaml, env) {
    if (!('base' in yaml))
        return [];
    const base = yaml.base;
    const profile = profileFor(yaml);
    if (profile.experimental && !env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS) {
        return [`Extension is experimental: '${EXTENSION}'`];
    }
    if (typeof base !== 'string' || !profile.bases.includes(base)) {
        return [`Extension '${EXTENSION}' does not support base: ${pyRepr(base)}`];
    }
    return [];
}
/** rockcraft's resolution for the experimental refusal, word for word. */
const EXPERIMENTAL_RESOLUTION = 'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.';
/** craft-cli's last line for that refusal: its doc_slug under rockcraft's docs_url, whose
 * {version} craft-application renders as latest for a development build (a release puts its
 * own version there). */
const EXPERIMENTAL_DOCS = 'For more information, check out: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/';
function pyRepr(v) {
    if (typeof v === 'string')
        return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return JSON.stringify(v);
}
/** The user's prime entries for the install-app part (rockcraft reads them with .get()). */
function userPrime(yaml) {
    const parts = isMapping(yaml.parts) ? yaml.parts : {};
    const part = parts[partName(yaml, 'install-app')];
    const prime = isMapping(part) ? part.prime : undefined;
    return Array.isArray(prime) ? prime : [];
}
/** rockcraft's refusal of a prime entry outside the app directory. */
function primeProblemText(yaml) {
    return `flask-framework extension requires the 'prime' entry in the ${partName(yaml, 'install-app')} part to start with ${profileFor(yaml).appDir}`;
}
const PRIME_PROBLEM = primeProblemText({ base: 'ubuntu@24.04' });
/** Python's re.match of the profile's prime pattern: a prefix match. */
function primeProblems(yaml) {
    const pattern = profileFor(yaml).prime;
    const ok = userPrime(yaml).every(p => typeof p === 'string' && pattern.test(p));
    return ok ? [] : [primeProblemText(yaml)];
}
function appPrime(yaml, facts) {
    const prime = userPrime(yaml);
    if (prime.length > 0)
        return prime;
    const present = new Set(facts.topLevel);
    const { appDir } = profileFor(yaml);
    return DEFAULT_PRIME.filter(f => present.has(f)).map(f => `${appDir}/${f}`);
}
/** posix relpath(entry, appDir) for the include-mode organize map. */
function relTo(appDir, entry) {
    const from = appDir.split('/');
    const to = entry.split('/').filter(s => s !== '' && s !== '.');
    const resolved = [];
    for (const s of to) {
        if (s === '..')
            resolved.pop();
        else
            resolved.push(s);
    }
    let common = 0;
    while (common < from.length && common < resolved.length && from[common] === resolved[common]) {
        common++;
    }
    const rel = [...Array(from.length - common).fill('..'), ...resolved.slice(common)];
    return rel.length === 0 ? '.' : rel.join('/');
}
function installAppPart(yaml, facts) {
    const { appDir } = profileFor(yaml);
    const prime = appPrime(yaml, facts);
    const organize = {};
    if (prime.length > 0 && prime[0] && !prime[0].startsWith('-')) {
        for (const entry of prime)
            organize[relTo(appDir, entry)] = entry;
    }
    else {
        for (const f of [...facts.topLevel].sort(pyStrCompare)) {
            if (!NEVER_COPIED.some(p => p.test(f)))
                organize[f] = `${appDir}/${f}`;
        }
    }
    return {
        plugin: 'dump',
        source: '.',
        organize,
        stage: Object.values(organize),
        prime,
        permissions: [{ owner: DAEMON_UID, group: DAEMON_UID }]
    };
}
/**
 * rockcraft#1348 copies a flat layout (a project directory organized into itself, app -> app/app
 * on 26.04) in override-build instead of organize; that code was not readable (ROCKCRAFT_STATE),
 * so the rendered part may differ from rockcraft's there. The organize entries it concerns.
 */
function unverifiedFlatLayout(installApp) {
    const organize = isMapping(installApp?.organize) ? installApp.organize : {};
    return Object.entries(organize)
        .filter(([src, dst]) => typeof dst === 'string' && dst.startsWith(`${src}/`))
        .map(([src, dst]) => `${src} -> ${String(dst)}`);
}
/** Python sorts strings by code point; JavaScript's default sort uses UTF-16 units. */
function pyStrCompare(a, b) {
    const ca = [...a];
    const cb = [...b];
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
        const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return ca.length - cb.length;
}
/** The Python version of a bare rock's build base, or undefined when rockcraft has none for it. */
function barePython(yaml) {
    const buildBase = yaml['build-base'];
    return typeof buildBase === 'string' ? PYTHON_FOR_BUILD_BASE[buildBase] : undefined;
}
/** The uv plugin builds the dependencies (rockcraft#1308): V2, with uv.lock and pyproject.toml. */
function usesUv(yaml, facts) {
    return (profileFor(yaml).uv &&
        facts.topLevel.includes('uv.lock') &&
        facts.topLevel.includes('pyproject.toml'));
}
/** rockcraft#1308's refusal (validate_uv_lockfile), raised before the other project checks. */
const UV_WITHOUT_PYPROJECT = 'the plugin requires both uv.lock and pyproject.toml to be present';
function dependenciesPart(yaml, facts) {
    const profile = profileFor(yaml);
    const bare = yaml.base === 'bare';
    const python = bare ? barePython(yaml) : undefined;
    const stagePackages = bare ? [`python${python}-venv_ensurepip`] : ['python3-venv'];
    const buildEnvironment = bare ? [{ PARTS_PYTHON_INTERPRETER: `python${python}` }] : [];
    if (usesUv(yaml, facts)) {
        // rockcraft#1308 at its head a2586eb5: uv sync from the lock, then gunicorn installed into
        // the part's venv after it (the lock is the source of truth). The pin is V2's: see
        // ROCKCRAFT_STATE for what of the merged code could not be read.
        return {
            plugin: 'uv',
            'stage-packages': stagePackages,
            source: '.',
            'build-environment': buildEnvironment,
            'override-build': `craftctl default\nuv pip install --python \${CRAFT_PART_INSTALL}/bin/python ${profile.gunicorn}`
        };
    }
    return {
        plugin: 'python',
        'stage-packages': stagePackages,
        source: '.',
        'python-packages': [profile.gunicorn],
        'python-requirements': facts.hasRequirementsTxt ? ['requirements.txt'] : [],
        'build-environment': buildEnvironment
    };
}
function parts(yaml, facts) {
    const profile = profileFor(yaml);
    const name = (part) => partName(yaml, part);
    const bare = yaml.base === 'bare';
    const dependencies = dependenciesPart(yaml, facts);
    const configFile = `${profile.configDir}/gunicorn.conf.py`;
    // V2's config directory is its own (/var/lib/gunicorn), writable by _daemon_ too.
    const configPermissions = [
        ...(profile.configDir === profile.appDir.split('/')[0] ? [] : [profile.configDir]),
        configFile
    ].map(path => ({ path, owner: DAEMON_UID, group: DAEMON_UID }));
    const out = {
        [name('dependencies')]: dependencies,
        [name('install-app')]: installAppPart(yaml, facts),
        [name('config-files')]: {
            plugin: 'dump',
            source: dataDir(CONFIG_FILES_SOURCE, profile),
            organize: { 'gunicorn.conf.py': configFile },
            permissions: configPermissions
        },
        [name('statsd-exporter')]: {
            'build-snaps': ['go'],
            'source-tag': profile.statsdTag,
            plugin: 'go',
            source: 'https://github.com/prometheus/statsd_exporter.git'
        },
        [name('logging')]: {
            plugin: 'nil',
            'override-build': [
                'craftctl default',
                'mkdir -p $CRAFT_PART_INSTALL/opt/promtail',
                'mkdir -p $CRAFT_PART_INSTALL/etc/promtail',
                `mkdir -p $CRAFT_PART_INSTALL/${profile.logDir}`
            ].join('\n'),
            permissions: ['opt/promtail', 'etc/promtail', profile.logDir].map(path => ({
                path,
                owner: DAEMON_UID,
                group: DAEMON_UID
            }))
        }
    };
    if (bare) {
        out[name('runtime')] = {
            plugin: 'nil',
            'override-build': 'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
            'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
        };
        out[name('runtime-libs')] = { plugin: 'nil', 'stage-packages': ['libstdc++6'] };
    }
    else {
        // ca-certificates_data and python3-venv both ship this file with different content.
        dependencies.stage = ['-etc/ssl/certs/ca-certificates.crt'];
        out[name('runtime')] = { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] };
    }
    if (profile.appData) {
        // rockcraft#1332's AppDataDirMixin adds it after the framework's parts, unprefixed.
        out['app-data'] = {
            plugin: 'nil',
            'override-build': 'mkdir -p ${CRAFT_PART_INSTALL}/app-data',
            permissions: [{ path: 'app-data', owner: DAEMON_UID, group: DAEMON_UID }]
        };
    }
    return out;
}
/** The flask service's command as the extension writes it. */
function flaskCommand(yaml, wsgi, worker) {
    const { configDir } = profileFor(yaml);
    return `/bin/python3 -m gunicorn -c /${configDir}/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`;
}
/** The extension's root snippet (flask-framework/gunicorn.py get_root_snippet). */
function rootSnippet(yaml, facts) {
    const flask = {
        override: 'replace',
        startup: 'enabled',
        after: ['statsd-exporter'],
        user: '_daemon_'
    };
    if (!userFlaskCommand(yaml))
        flask.command = flaskCommand(yaml, facts.wsgi, facts.worker);
    return {
        run_user: '_daemon_',
        services: {
            flask,
            'statsd-exporter': {
                override: 'merge',
                command: '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125',
                summary: 'statsd exporter service',
                startup: 'enabled',
                user: '_daemon_'
            }
        },
        parts: parts(yaml, facts)
    };
}
function truthy(v) {
    if (Array.isArray(v))
        return v.length > 0;
    if (isMapping(v))
        return Object.keys(v).length > 0;
    return Boolean(v);
}
/** rockcraft's merge of one extension property into the user's value. */
function mergeProperty(user, ext) {
    if (!truthy(user))
        return ext;
    if (Array.isArray(user) && Array.isArray(ext)) {
        const merged = [...ext, ...user];
        return merged.every(i => typeof i === 'string') ? [...new Set(merged)] : merged;
    }
    if (isMapping(user) && isMapping(ext)) {
        for (const [key, value] of Object.entries(ext))
            user[key] = mergeProperty(user[key], value);
        return user;
    }
    return user;
}
/** Applies the snippet to a deep copy of the user's yaml, without the `extensions` key. */
function applySnippet(userYaml, snippet) {
    const out = structuredClone(userYaml);
    delete out.extensions;
    for (const [key, value] of Object.entries(snippet))
        out[key] = mergeProperty(out[key], value);
    if (!('parts' in out))
        out.parts = {};
    return out;
}
// The printed project follows rockcraft's Project model: its fields in declaration order, only
// those that were set, services in the Pebble Service model's order.
const PROJECT_FIELDS = [
    'name',
    'title',
    'version',
    'summary',
    'description',
    'base',
    'build-base',
    'platforms',
    'contact',
    'issues',
    'source-code',
    'license',
    'adopt-info',
    'parts',
    'package-repositories',
    'environment',
    'run-user',
    'services',
    'checks',
    'entrypoint-service',
    'entrypoint-command'
];
const SERVICE_FIELDS = [
    'override',
    'command',
    'summary',
    'description',
    'startup',
    'after',
    'before',
    'requires',
    'environment',
    'user',
    'user-id',
    'group',
    'group-id',
    'working-dir',
    'on-success',
    'on-failure',
    'on-check-failure',
    'backoff-delay',
    'backoff-factor',
    'backoff-limit',
    'kill-delay'
];
const DEPRECATED_COLON_BASES = ['ubuntu:20.04', 'ubuntu:22.04'];
/** Levenshtein distance: edits from a to b. */
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/** The known top-level key nearest an unknown one (a typo's few edits away), if any. */
function nearestField(field) {
    const key = field.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const known of ['extensions', ...PROJECT_FIELDS]) {
        const d = editDistance(key, known);
        if (d < bestDistance)
            [best, bestDistance] = [known, d];
    }
    return best;
}
/** Top-level keys rockcraft's model refuses (it forbids extra fields). */
function unknownFields(yaml) {
    return Object.keys(yaml).filter(k => k !== 'extensions' && !PROJECT_FIELDS.includes(k.replace(/_/g, '-')));
}
function ordered(obj, fields) {
    const out = {};
    for (const f of fields)
        if (f in obj)
            out[f] = obj[f];
    for (const k of Object.keys(obj))
        if (!(k in out))
            out[k] = obj[k];
    return out;
}
/** The expanded data as the Project model dumps it (to_yaml_string: by alias, only set fields). */
function asProjectModel(expanded) {
    // Fields are printed by their alias (run_user -> run-user); an alias the user wrote wins.
    const data = {};
    for (const [key, value] of Object.entries(expanded)) {
        const alias = key.replace(/_/g, '-');
        if (!(alias in data) || key === alias)
            data[alias] = value;
    }
    if (!data.title)
        data.title = data.name;
    for (const key of ['base', 'build-base']) {
        const v = data[key];
        if (typeof v === 'string' && DEPRECATED_COLON_BASES.includes(v))
            data[key] = v.replace(':', '@');
    }
    if (typeof data.version === 'number')
        data.version = String(data.version);
    if (isMapping(data.platforms)) {
        const platforms = {};
        for (const [label, p] of Object.entries(data.platforms)) {
            platforms[label] = truthy(p)
                ? isMapping(p)
                    ? ordered(p, ['build-on', 'build-for'])
                    : p
                : { 'build-on': [label], 'build-for': [label] };
        }
        data.platforms = platforms;
    }
    if (isMapping(data.services)) {
        const services = {};
        for (const [name, s] of Object.entries(data.services)) {
            services[name] = isMapping(s) ? ordered(s, SERVICE_FIELDS) : s;
        }
        data.services = services;
    }
    return ordered(data, PROJECT_FIELDS);
}
/** The expanded install-app part: what decides the files under the app directory. */
function expandedInstallApp(yaml, topLevel) {
    const name = partName(yaml, 'install-app');
    const expanded = applySnippet(yaml, { parts: { [name]: installAppPart(yaml, { topLevel }) } });
    const parts = expanded.parts;
    const part = isMapping(parts) ? parts[name] : undefined;
    return isMapping(part) ? part : undefined;
}
/**
 * The install-app prime list with `additions` (entries under the app directory) added, keeping the entries
 * that ship today (the defaults that exist, or the user's); undefined when adding entries cannot
 * help (exclude mode, where an entry is missing because an exclusion or the stage drops it).
 */
function primeWith(yaml, topLevel, additions) {
    const current = appPrime(yaml, { topLevel });
    if (current.length === 0 || current[0].startsWith('-'))
        return undefined;
    const added = additions.filter(a => !current.includes(a));
    return added.length === 0 ? undefined : [...current, ...added];
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ isValidProjectName),
/* harmony export */   Ot: () => (/* binding */ INVALID_NAME),
/* harmony export */   fm: () => (/* binding */ INVALID_VERSION),
/* harmony export */   os: () => (/* binding */ nameVersionProblems),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony export pyRepr */
// rockcraft's Project model rules for `name` and `version` (craft-application's ProjectName and
// VersionStr), with its error texts, as `rockcraft pack` and `expand-extensions` print them.
const INVALID_NAME = 'invalid name: Names can only use ASCII lowercase letters, numbers, and hyphens. They must have at least one letter, may not start or end with a hyphen, and may not have two hyphens in a row.';
const INVALID_VERSION = 'invalid version: Valid versions consist of upper- and lower-case alphanumeric characters, as well as periods, colons, plus signs, tildes, and hyphens. They cannot begin with a period, colon, plus sign, tilde, or hyphen. They cannot end with a period, colon, or hyphen.';
const MAX_NAME = 40;
const MAX_VERSION = 32;
/** craft-application's project-name rule, stated without its backtracking-prone regex. */
function isValidProjectName(name) {
    return (name.length > 0 &&
        /^[a-z0-9-]+$/.test(name) &&
        /[a-z]/.test(name) &&
        !name.startsWith('-') &&
        !name.endsWith('-') &&
        !name.includes('--'));
}
function isValidVersion(version) {
    return /^[a-zA-Z0-9](?:[a-zA-Z0-9:.+~-]*[a-zA-Z0-9+~])?$/.test(version);
}
/** Python's str() of a YAML scalar, as the model's validators see it. */
function pyStr(v) {
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (v === null || v === undefined)
        return 'None';
    return String(v);
}
/** Python's repr() of the input, as pydantic's error shows it. */
function pyRepr(v) {
    if (typeof v !== 'string')
        return pyStr(v);
    const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v
        .replace(/\\/g, '\\\\')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t');
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
function fieldError(message, field, input) {
    return `${message} (in field '${field}', input: ${pyRepr(input)})`;
}
/** The model's errors for name and version, in its field order; none when absent (reported elsewhere). */
function nameVersionProblems(yaml) {
    const out = [];
    if ('name' in yaml) {
        const name = yaml.name;
        if (!isValidProjectName(pyStr(name)))
            out.push(['name', fieldError(INVALID_NAME, 'name', name)]);
        else if (pyStr(name).length > MAX_NAME) {
            out.push([
                'name',
                fieldError(`string should have at most ${MAX_NAME} characters`, 'name', name)
            ]);
        }
    }
    if ('version' in yaml && yaml.version !== null) {
        const version = yaml.version;
        if (!isValidVersion(pyStr(version))) {
            out.push(['version', fieldError(INVALID_VERSION, 'version', version)]);
        }
        else if (pyStr(version).length > MAX_VERSION) {
            out.push([
                'version',
                fieldError(`string should have at most ${MAX_VERSION} characters`, 'version', version)
            ]);
        }
    }
    return out;
}


/***/ })

};

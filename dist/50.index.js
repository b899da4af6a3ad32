export const id = 50;
export const ids = [50];
export const modules = {

/***/ 7669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomLines: () => (/* binding */ sbomLines),
  writeRockSbom: () => (/* binding */ writeRockSbom)
});

// UNUSED EXPORTS: TOOL, buildSbom, readPackRecord, rockSbom, sbomPath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/rock/index.ts + 5 modules
var src_rock = __webpack_require__(7719);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(1248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(4321);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/sbom/parse.ts
// What the SBOM reads out of a rock's files: Python distributions' METADATA, dpkg status
// paragraphs, os-release, and the Go build info embedded in a binary. Every field is checked
// against what the format allows before it is used; a file that does not hold gives a reason
// (which never quotes the file), not a guess.
const PYTHON_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$/;
// PEP 440 versions (and the local versions pip accepts): letters, digits and . + ! _ -
const PYTHON_VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]{0,127}$/;
/** RFC 822-style header lines up to the first blank line (METADATA, PKG-INFO). */
function headers(text) {
    const fields = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            return { fields, complete: true };
        if (/^[ \t]/.test(line))
            continue; // a continuation of a field not read here
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon).toLowerCase();
        if (!fields.has(key))
            fields.set(key, line.slice(colon + 1).trim());
    }
    return { fields, complete: false };
}
/**
 * A distribution's Name and Version from its METADATA. Without a valid Name, the name is the
 * one the dist-info directory spells (`{name}-{version}.dist-info`), and the problem says so.
 */
function pythonDist(data, truncated, directory) {
    const { fields, complete } = headers(data.toString('utf8'));
    const problems = [];
    let name = fields.get('name');
    if (name === undefined || !PYTHON_NAME.test(name)) {
        problems.push(name === undefined
            ? truncated && !complete
                ? 'no Name in the first 64 KiB of METADATA'
                : 'METADATA has no Name'
            : 'METADATA has a Name that is not a distribution name');
        name = directory.replace(/\.(dist|egg)-info$/, '').split('-')[0];
        if (!PYTHON_NAME.test(name))
            return { problem: problems.join('; ') };
        problems.push('name taken from the directory name');
    }
    let version = fields.get('version');
    if (version === undefined || !PYTHON_VERSION.test(version)) {
        problems.push(version === undefined
            ? 'METADATA has no Version'
            : 'METADATA has a Version that is not a version');
        version = undefined;
    }
    return { value: { name, version }, problem: problems.length ? problems.join('; ') : undefined };
}
const DEB_NAME = /^[a-z0-9][a-z0-9+.-]{0,127}$/;
const DEB_VERSION = /^(?:[0-9]+:)?[A-Za-z0-9][A-Za-z0-9.+~-]{0,127}$/;
const DEB_ARCH = /^[a-z0-9-]{1,32}$/;
/** The installed packages of a dpkg status file (or a status.d/ file: the same paragraphs). */
function dpkgPackages(text) {
    const packages = [];
    let unreadable = 0;
    for (const paragraph of text.split(/\n[ \t]*\n/)) {
        if (paragraph.trim() === '')
            continue;
        const { fields } = headers(paragraph.replace(/^\n+/, ''));
        const status = fields.get('status');
        // Removed packages whose config files remain are listed too: not in the image.
        if (status !== undefined && !/\binstalled$/.test(status))
            continue;
        const name = fields.get('package') ?? '';
        const version = fields.get('version') ?? '';
        const arch = fields.get('architecture');
        if (!DEB_NAME.test(name) || !DEB_VERSION.test(version) || (arch && !DEB_ARCH.test(arch))) {
            unreadable++;
            continue;
        }
        // "Source: name" or "Source: name (version)"
        const source = /^([a-z0-9][a-z0-9+.-]{0,127})(?: \(|$)/.exec(fields.get('source') ?? '')?.[1];
        packages.push({
            name,
            version,
            ...(arch ? { arch } : {}),
            ...(source && source !== name ? { source } : {})
        });
    }
    return { packages, unreadable };
}
/** ID and VERSION_ID of an os-release file. */
function osRelease(text) {
    const field = (key) => {
        const m = new RegExp(`^${key}=(?:"([^"\\n]*)"|'([^'\\n]*)'|(\\S*))$`, 'm').exec(text);
        return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    };
    const id = field('ID');
    if (!id || !/^[a-z0-9._-]{1,32}$/.test(id))
        return undefined;
    const versionId = field('VERSION_ID');
    return { id, ...(versionId && /^[A-Za-z0-9._~-]{1,32}$/.test(versionId) ? { versionId } : {}) };
}
const GO_MAGIC = '\xff Go buildinf:';
// modinfo is framed by 16 bytes each side (runtime/debug's sentinels).
const MODINFO_FRAME = 16;
const MODULE_PATH = /^[A-Za-z0-9][A-Za-z0-9._~/+-]{0,255}$/;
const MODULE_VERSION = /^(?:v[0-9][A-Za-z0-9.+-]{0,127}|\(devel\))$/;
function uvarint(data, at) {
    let value = 0;
    for (let i = 0; i < 5 && at + i < data.length; i++) {
        const b = data[at + i];
        value += (b & 0x7f) * 2 ** (7 * i);
        if ((b & 0x80) === 0)
            return { value, next: at + i + 1 };
    }
    return undefined;
}
/**
 * The Go build info from the bytes at the build info's magic on (what `go version -m` prints).
 * Only Go 1.18's inline form is read; the older form points into the binary's data.
 */
function goBuildInfo(data) {
    if (data.subarray(0, 14).toString('latin1') !== GO_MAGIC) {
        return { problem: 'no Go build info in the binary' };
    }
    if ((data[15] & 0x2) === 0) {
        return { problem: 'Go build info in the pre-1.18 form, which is not read' };
    }
    const strings = [];
    let at = 32;
    for (let i = 0; i < 2; i++) {
        const length = uvarint(data, at);
        if (!length || length.next + length.value > data.length) {
            return { problem: 'Go build info cut short or larger than 64 KiB' };
        }
        strings.push(data.toString('utf8', length.next, length.next + length.value));
        at = length.next + length.value;
    }
    const [goVersion, framed] = strings;
    if (!/^go[0-9][A-Za-z0-9.+-]{0,63}$/.test(goVersion)) {
        return { problem: 'Go build info has no Go version' };
    }
    const modinfo = framed.length >= 2 * MODINFO_FRAME + 1 ? framed.slice(MODINFO_FRAME, -MODINFO_FRAME) : '';
    const info = { goVersion, path: '', deps: [], settings: {} };
    let last;
    let odd = 0;
    const module = (fields) => MODULE_PATH.test(fields[1] ?? '') && MODULE_VERSION.test(fields[2] ?? '')
        ? { path: fields[1], version: fields[2] }
        : undefined;
    for (const line of modinfo.split('\n')) {
        const fields = line.split('\t');
        switch (fields[0]) {
            case 'path':
                if (MODULE_PATH.test(fields[1] ?? ''))
                    info.path = fields[1];
                break;
            case 'mod':
                last = info.main = module(fields);
                if (!last)
                    odd++;
                break;
            case 'dep':
                last = module(fields);
                if (last)
                    info.deps.push(last);
                else
                    odd++;
                break;
            case '=>':
                if (last && MODULE_PATH.test((fields[1] ?? '').replace(/^(\.\.?\/)+/, ''))) {
                    last.replacedBy = { path: fields[1], version: fields[2] || '(devel)' };
                }
                break;
            case 'build': {
                const eq = (fields[1] ?? '').indexOf('=');
                if (eq > 0 && fields[1].length < 4096) {
                    info.settings[fields[1].slice(0, eq)] = fields[1].slice(eq + 1);
                }
                break;
            }
            case '':
                break;
            default:
                odd++;
        }
    }
    return { value: info, problem: odd > 0 ? `${odd} build info lines not read` : undefined };
}

;// CONCATENATED MODULE: ./src/sbom/build.ts
// The rock's SBOM as CycloneDX 1.6 JSON, built with OWASP's CycloneDX library from one read of
// the rock: the Python distributions (their METADATA), the Ubuntu packages (dpkg status, a chisel
// manifest, or the pack's own record), the Go programs (their embedded build info) and the rock
// itself. What could not be known is a property (flask-rock:unknown), never a guess.
// By subpath: the package's root also loads its validators, whose schema paths need __dirname
// (absent in the ESM bundle).








const PROP = 'flask-rock';
/** A chisel manifest's decompressed size at most. */
const CHISEL_MAX = 64 * 1024 * 1024;
function purl(type, namespace, name, version, qualifiers) {
    try {
        return new packageurl_js.PackageURL(type, namespace, name, version, qualifiers, undefined).toString();
    }
    catch {
        // A name or version the purl type refuses: the component is listed without a purl.
        return undefined;
    }
}
function component(type, name, version, purlText, bomRef, properties) {
    const c = new models.Component(type, name, {
        ...(version ? { version } : {}),
        ...(purlText ? { purl: purlText } : {}),
        bomRef
    });
    for (const [key, value] of properties) {
        if (value !== undefined)
            c.properties.add(new models.Property(`${PROP}:${key}`, value));
    }
    return c;
}
/** The base's distribution as a deb purl names it: "ubuntu@24.04" -> ubuntu, 24.04. */
function baseRelease(facts) {
    for (const base of [facts?.base, facts?.buildBase]) {
        const m = /^(ubuntu)[@:]([0-9.]+)$/.exec(base ?? '');
        if (m)
            return { id: m[1], versionId: m[2] };
    }
    return undefined;
}
function chiselPackages(file) {
    const decompress = external_node_zlib_.zstdDecompressSync;
    if (!decompress) {
        return { problem: 'the chisel manifest is zstd-compressed and this Node has no zstd' };
    }
    let text;
    try {
        text = decompress(file.data, { maxOutputLength: CHISEL_MAX }).toString('utf8');
    }
    catch {
        return { problem: 'the chisel manifest is not zstd data or unpacks beyond 64 MiB' };
    }
    const packages = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('{"kind":"package"'))
            continue;
        try {
            const entry = JSON.parse(line);
            const { packages: one } = dpkgPackages(`Package: ${String(entry.name)}\nVersion: ${String(entry.version)}\n${typeof entry.arch === 'string' ? `Architecture: ${entry.arch}\n` : ''}`);
            packages.push(...one);
        }
        catch {
            // a line that is not JSON: counted below as not read
        }
    }
    return { packages };
}
function goComponents(p, file, unknowns) {
    const where = `/${p}`;
    const base = external_node_path_.posix.basename(p);
    const info = file.goBuildInfo
        ? goBuildInfo(file.data)
        : { problem: 'no Go build info in the binary' };
    if (!info.value) {
        unknowns.push(`${where}: ${info.problem}`);
        return {
            component: component(enums.ComponentType.Application, base, undefined, undefined, `go:${p}`, [
                ['path', where],
                ['unknown', `version: ${info.problem}`]
            ])
        };
    }
    const bi = info.value;
    const module = bi.main?.path ?? bi.path;
    const devel = bi.main?.version === '(devel)';
    const version = bi.main && !devel ? bi.main.version : undefined;
    const why = devel
        ? 'version: the build info says (devel) (built from a source tree, not a module version)'
        : bi.main
            ? undefined
            : 'version: the build info names no main module';
    if (why)
        unknowns.push(`${where}: ${why}`);
    const split = (m) => {
        const i = m.lastIndexOf('/');
        return i < 0 ? [undefined, m] : [m.slice(0, i), m.slice(i + 1)];
    };
    const [ns, name] = split(module || base);
    const c = component(enums.ComponentType.Application, module || base, version, module ? purl('golang', ns, name, version) : undefined, `go:${p}`, [
        ['path', where],
        ['go-toolchain', bi.goVersion],
        ['unknown', why],
        ['unknown', info.problem]
    ]);
    const dep = (m) => {
        const [dns, dname] = split(m.path);
        return component(enums.ComponentType.Library, m.path, m.version, purl('golang', dns, dname, m.version), `go:${p}:${m.path}`, [['replaced-by', m.replacedBy ? `${m.replacedBy.path} ${m.replacedBy.version}` : undefined]]);
    };
    for (const m of bi.deps)
        c.components.add(dep(m));
    const std = bi.goVersion.replace(/^go/, '');
    c.components.add(component(enums.ComponentType.Library, 'stdlib', std, purl('golang', undefined, 'stdlib', std), `go:${p}:stdlib`, []));
    return { component: c, module, version };
}
/** Builds the SBOM; never throws for what the rock holds (it says what it could not read). */
function buildSbom(input) {
    const { contents, project } = input;
    const unknowns = [];
    const bom = new models.Bom();
    const files = [...contents.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const ofKind = (kind) => files.filter(([, f]) => f.kind === kind);
    // The rock itself.
    const name = project?.name ??
        contents.annotations['org.opencontainers.image.title'] ??
        contents.labels['org.opencontainers.image.title'] ??
        contents.annotations['org.opencontainers.image.ref.name'];
    const version = project?.version ??
        contents.annotations['org.opencontainers.image.version'] ??
        contents.labels['org.opencontainers.image.version'];
    const rockFacts = [
        ['base', project?.base],
        ['build-base', project?.buildBase ?? project?.base],
        ['architecture', contents.architecture],
        ['digest', contents.digest],
        ['layers', String(contents.layers)]
    ];
    for (const [key, value] of rockFacts)
        if (value === undefined)
            unknowns.push(`rock ${key}: not given`);
    if (!name)
        unknowns.push('rock name: not given and not in the image annotations');
    if (!version)
        unknowns.push('rock version: not given and not in the image annotations');
    const rock = component(enums.ComponentType.Container, name ?? 'rock', version, purl('oci', undefined, name ?? 'rock', contents.digest, contents.architecture ? { arch: contents.architecture } : undefined), 'rock', rockFacts);
    rock.hashes.set(enums.HashAlgorithm['SHA-256'], contents.digest.slice(7));
    bom.metadata.component = rock;
    bom.metadata.timestamp = input.timestamp ?? new Date();
    bom.metadata.tools.components.add(new models.Component(enums.ComponentType.Application, input.tool.name, {
        version: input.tool.version
    }));
    // Python distributions.
    const versions = {};
    let python = 0;
    for (const [p, file] of ofKind('python-metadata')) {
        const directory = external_node_path_.posix.basename(external_node_path_.posix.dirname(p));
        const dist = pythonDist(file.data, file.truncated, directory);
        if (!dist.value) {
            unknowns.push(`/${p}: ${dist.problem}`);
            continue;
        }
        if (dist.problem)
            unknowns.push(`/${p}: ${dist.problem}`);
        python++;
        const { name: n, version: v } = dist.value;
        const key = n.toLowerCase().replace(/[-_.]+/g, '-');
        if (key === 'flask')
            versions.flask ??= v;
        if (key === 'gunicorn')
            versions.gunicorn ??= v;
        bom.components.add(component(enums.ComponentType.Library, n, v, purl('pypi', undefined, n, v), `pypi:${p}`, [
            ['path', `/${p}`],
            ['unknown', dist.problem]
        ]));
    }
    // Ubuntu packages: the image's own record first, then the pack's.
    const release = ofKind('os-release')
        .map(([, f]) => osRelease(f.data.toString('utf8')))
        .find(r => r !== undefined) ?? baseRelease(project);
    if (!release)
        unknowns.push('deb purl namespace: no os-release in the rock and no Ubuntu base given');
    let ubuntuSource = 'none';
    let debs = [];
    const status = ofKind('dpkg-status');
    const statusD = ofKind('dpkg-status-d');
    if (status.length + statusD.length > 0) {
        ubuntuSource = 'dpkg status';
        for (const [p, file] of [...status, ...statusD]) {
            if (file.truncated)
                unknowns.push(`/${p}: larger than ${file.data.length} bytes; the rest not read`);
            const read = dpkgPackages(file.data.toString('utf8'));
            debs.push(...read.packages);
            if (read.unreadable)
                unknowns.push(`/${p}: ${read.unreadable} paragraphs without a valid Package, Version or Architecture`);
        }
    }
    else if (ofKind('chisel-manifest').length > 0) {
        const [p, file] = ofKind('chisel-manifest')[0];
        const read = chiselPackages(file);
        if (read.packages) {
            ubuntuSource = 'chisel manifest';
            debs = read.packages;
        }
        else {
            unknowns.push(`/${p}: ${read.problem}`);
        }
    }
    if (ubuntuSource === 'none' && input.packRecord) {
        ubuntuSource = 'pack record';
        debs = input.packRecord.packages.map(r => ({
            name: r.name,
            version: r.version ?? '',
            part: r.part
        }));
        unknowns.push(...input.packRecord.problems);
        if (debs.length === 0)
            unknowns.push('Ubuntu packages: the pack recorded no stage-packages');
    }
    if (ubuntuSource === 'none') {
        unknowns.push(`Ubuntu packages: the rock has no dpkg status and no chisel manifest, and ${input.packRecordNote ?? 'no pack record was read'}`);
    }
    const arch = contents.architecture;
    for (const d of debs) {
        const v = d.version || undefined;
        const qualifiers = {};
        const a = d.arch ?? arch;
        if (a)
            qualifiers.arch = a;
        if (release?.versionId)
            qualifiers.distro = `${release.id}-${release.versionId}`;
        bom.components.add(component(enums.ComponentType.Library, d.name, v, release ? purl('deb', release.id, d.name, v, qualifiers) : undefined, `deb:${d.name}:${a ?? ''}${d.part ? `:${d.part}` : ''}`, [
            ['source-package', d.source],
            ['part', d.part],
            ['unknown', v ? undefined : 'version: the pack recorded a chisel slice by name only']
        ]));
        if (/^python3\.[0-9]+(-minimal)?$/.test(d.name) && v) {
            versions.python ??= v.replace(/^[0-9]+:/, '').replace(/-[^-]*$/, '');
        }
    }
    if (!versions.python) {
        // The interpreter a venv or dist-packages belongs to: its minor version, from the path.
        const minor = files.map(([p]) => /(?:^|\/)lib\/python(3\.[0-9]+)\//.exec(p)?.[1]).find(Boolean);
        if (minor)
            versions.python = minor;
    }
    // Go programs.
    let go = 0;
    for (const [p, file] of ofKind('go-binary')) {
        const read = goComponents(p, file, unknowns);
        go++;
        bom.components.add(read.component);
        const base = external_node_path_.posix.basename(p);
        if (base === 'pebble')
            versions.pebble ??= read.version;
        if (base === 'statsd_exporter')
            versions.statsdExporter ??= read.version;
    }
    bom.metadata.properties.add(new models.Property(`${PROP}:ubuntu-packages-source`, ubuntuSource));
    for (const line of unknowns)
        bom.metadata.properties.add(new models.Property(`${PROP}:unknown`, line));
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.Spec1dot6));
    const json = serializer.serialize(bom, { sortLists: true, space: 2 });
    return {
        json,
        summary: {
            counts: { python, ubuntu: debs.length, go },
            versions,
            ubuntuSource,
            unknowns
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sbom/pack-record.ts
// What the pack recorded about the Ubuntu packages it put into the rock: craft-parts keeps each
// part's pull state in <work dir>/parts/<part>/state/pull (YAML), whose `assets.stage-packages`
// lists what it fetched as "name=version" (chisel slices by name only). In destructive mode the
// work dir is the project, and the record is there after the pack; in LXD mode it stays inside
// the build instance.




const STATE_MAX = 1024 * 1024;
const PARTS_MAX = 256;
const ENTRY = /^([a-z0-9][a-z0-9+.-]*(?:_[a-z0-9-]+)?)(?:=([A-Za-z0-9.+~:-]{1,128}))?$/;
async function readSmall(file) {
    // No symlink followed, no FIFO waited on, no more than STATE_MAX read.
    const handle = await promises_.open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new Error('not a regular file');
        if (stat.size > STATE_MAX)
            throw new Error('larger than 1 MiB');
        const buffer = Buffer.alloc(stat.size);
        await handle.read(buffer, 0, stat.size, 0);
        return buffer.toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** The stage-packages every part's pull state records, or undefined when there is no parts/ dir. */
async function readPackRecord(workDir) {
    const partsDir = external_node_path_.join(workDir, 'parts');
    const entries = await promises_.readdir(partsDir, { withFileTypes: true }).catch(() => undefined);
    if (!entries)
        return undefined;
    const record = { packages: [], problems: [] };
    for (const entry of entries.filter(e => e.isDirectory()).slice(0, PARTS_MAX)) {
        const file = external_node_path_.join(partsDir, entry.name, 'state', 'pull');
        let text;
        try {
            text = await readSmall(file);
        }
        catch (err) {
            const e = err;
            if (e.code === 'ENOENT')
                continue;
            record.problems.push(`parts/${entry.name}/state/pull: ${e.code ?? e.message}`);
            continue;
        }
        let state;
        try {
            state = (0,dist/* parse */.qg)(text, { maxAliasCount: 16 });
        }
        catch {
            record.problems.push(`parts/${entry.name}/state/pull: not YAML`);
            continue;
        }
        const listed = state?.assets?.['stage-packages'];
        if (listed === undefined || listed === null)
            continue;
        if (!Array.isArray(listed)) {
            record.problems.push(`parts/${entry.name}/state/pull: stage-packages is not a list`);
            continue;
        }
        let odd = 0;
        for (const item of listed) {
            const m = typeof item === 'string' ? ENTRY.exec(item) : null;
            if (!m)
                odd++;
            else
                record.packages.push({ name: m[1], ...(m[2] ? { version: m[2] } : {}), part: entry.name });
        }
        if (odd)
            record.problems.push(`parts/${entry.name}/state/pull: ${odd} stage-packages entries not read`);
    }
    return record;
}

;// CONCATENATED MODULE: ./src/sbom/index.ts
// The SBOM of a rock (CycloneDX 1.6 JSON): what the action writes beside the rock (output `sbom`)
// and `flask-rock sbom` prints. It shares the smoke test's one read of the rock.






const TOOL = { name: 'flask-rock-action', version: '1' };
/** Where the SBOM of a rock goes: beside it, `<name>_<version>_<arch>.cdx.json`. */
function sbomPath(rock) {
    return `${rock.replace(/\.rock$/, '')}.cdx.json`;
}
/** Reads the rock (once per process) and the pack's record, and builds the SBOM. */
async function rockSbom(rock, opts = {}) {
    const [contents, packRecord] = await Promise.all([
        (0,src_rock/* readRockOnce */.tU)(rock),
        opts.packDir ? readPackRecord(opts.packDir) : Promise.resolve(undefined)
    ]);
    return buildSbom({
        contents,
        project: opts.project,
        packRecord,
        packRecordNote: opts.packRecordNote ??
            (opts.packDir && !packRecord
                ? `the pack left no parts/ state in ${opts.packDir}`
                : undefined),
        tool: TOOL
    });
}
/** Builds the SBOM and writes it beside the rock; returns its path and summary. */
async function writeRockSbom(rock, opts = {}) {
    const sbom = await rockSbom(rock, opts);
    const file = sbomPath(rock);
    await promises_.writeFile(file, sbom.json + '\n');
    return { file, summary: sbom.summary };
}
/** The summary in a few lines: counts, top-level versions, where the Ubuntu packages came from. */
function sbomLines(summary) {
    const v = summary.versions;
    const known = (x) => x ?? 'unknown';
    return [
        `Components: ${summary.counts.python} Python, ${summary.counts.ubuntu} Ubuntu (from ${summary.ubuntuSource === 'none' ? 'nowhere: unknown' : summary.ubuntuSource}), ${summary.counts.go} Go programs`,
        `Flask ${known(v.flask)}, gunicorn ${known(v.gunicorn)}, Python ${known(v.python)}, Pebble ${known(v.pebble)}, statsd_exporter ${known(v.statsdExporter)}`,
        ...(summary.unknowns.length
            ? [
                `Not known (${summary.unknowns.length}): ${summary.unknowns.slice(0, 3).join('; ')}${summary.unknowns.length > 3 ? '; ...' : ''}`
            ]
            : [])
    ];
}


/***/ })

};

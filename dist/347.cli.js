export const id = 347;
export const ids = [347,984];
export const modules = {

/***/ 7603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SBOM_BOUNDS: () => (/* binding */ SBOM_BOUNDS),
  SBOM_LIMITS: () => (/* binding */ SBOM_LIMITS),
  buildSbom: () => (/* binding */ buildSbom)
});

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
// EXTERNAL MODULE: ./src/rock/limits.ts
var limits = __webpack_require__(8493);
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
/**
 * The paragraphs of a dpkg status file (or a status.d/ file: the same paragraphs), one at a time:
 * a caller that has read enough stops, and nothing is kept for the ones it never asks for.
 */
function* dpkgEntries(text) {
    const gap = /\n[ \t]*\n/g;
    let at = 0;
    while (at < text.length) {
        const m = gap.exec(text);
        const end = m ? m.index : text.length;
        const paragraph = text.slice(at, end);
        at = m ? m.index + m[0].length : text.length;
        if (paragraph.trim() === '')
            continue;
        yield dpkgEntry(paragraph);
    }
}
function dpkgEntry(paragraph) {
    const { fields } = headers(paragraph.replace(/^\n+/, ''));
    const status = fields.get('status');
    // Removed packages whose config files remain are listed too: not in the image. The state is
    // the status's last word, whole (`not-installed` and `half-installed` end in "installed" too).
    if (status !== undefined && status.trim().split(/\s+/).at(-1) !== 'installed')
        return 'not installed';
    const name = fields.get('package') ?? '';
    const version = fields.get('version') ?? '';
    const arch = fields.get('architecture');
    if (!DEB_NAME.test(name) || !DEB_VERSION.test(version) || (arch && !DEB_ARCH.test(arch))) {
        return 'unreadable';
    }
    // "Source: name" or "Source: name (version)"
    const source = /^([a-z0-9][a-z0-9+.-]{0,127})(?: \(|$)/.exec(fields.get('source') ?? '')?.[1];
    return {
        name,
        version,
        ...(arch ? { arch } : {}),
        ...(source && source !== name ? { source } : {})
    };
}
/** The installed packages of a dpkg status file, all of them (small files: a chisel line). */
function dpkgPackages(text) {
    const packages = [];
    let unreadable = 0;
    for (const entry of dpkgEntries(text)) {
        if (entry === 'unreadable')
            unreadable++;
        else if (entry !== 'not installed')
            packages.push(entry);
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
    const name = field('NAME');
    return {
        id,
        ...(versionId && /^[A-Za-z0-9._~-]{1,32}$/.test(versionId) ? { versionId } : {}),
        ...(name && /^[A-Za-z0-9][A-Za-z0-9 ._/()+-]{0,63}$/.test(name) ? { name } : {})
    };
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sbom/serial.ts
// The SBOM's serialNumber: a name-based UUID (RFC 4122 version 5) of the rock's manifest digest,
// so the same rock always gets the same serial number, and two rocks never share one.
// actions/attest (and attest-sbom) accept a CycloneDX file only when it has one.

/** RFC 4122's namespace for names that are URLs (Appendix C, NameSpace_URL). */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** A version 5 UUID of `name` in `namespace` (RFC 4122 4.3: SHA-1, version and variant bits set). */
function uuidV5(name, namespace = NAMESPACE_URL) {
    const hash = (0,external_node_crypto_.createHash)('sha1')
        .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
        .update(name, 'utf8')
        .digest();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** `urn:uuid:<uuid>` for the SBOM of the rock whose manifest digest is `digest` (sha256:...). */
function sbomSerialNumber(digest) {
    // The name is the rock as a purl names it by digest: a URL-like name, stable across runs.
    return `urn:uuid:${uuidV5(`pkg:oci/rock@${encodeURIComponent(digest)}`)}`;
}

// EXTERNAL MODULE: ./src/sbom/go-version.ts
var go_version = __webpack_require__(5054);
;// CONCATENATED MODULE: ./src/sbom/build.ts
// The rock's SBOM as CycloneDX 1.6 JSON, built with OWASP's CycloneDX library from one read of
// the rock: the Python distributions (their METADATA), the Ubuntu packages (dpkg status, a chisel
// manifest, or the pack's own record), the Go programs (their embedded build info) and the rock
// itself. What could not be known is a property (flask-rock:unknown), never a guess.
// By subpath: the package's root also loads its validators, whose schema paths need __dirname
// (absent in the ESM bundle).











// A real rock lists hundreds; 20,000 components keep the JSON near 8 MiB, under the 16 MiB that
// actions/attest takes.
const SBOM_BOUNDS = { components: 20_000, statusFiles: 4096, unknownLines: 1000 };
/**
 * The SBOM's time and memory, counted as the read's are (ReadBudget): the read's memory bound,
 * and a deadline of its own (the read is over by then).
 */
const SBOM_LIMITS = { ...limits/* DEFAULT_LIMITS */.dR, deadlineMs: 60_000 };
/** What a listed component costs in memory, roughly, besides its text. */
const COMPONENT_COST = 1024;
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
            return { id: m[1], versionId: m[2], name: 'Ubuntu' };
    }
    return undefined;
}
/** A distribution's name for the summary: its own spelling for the two rocks are made of. */
function distroName(release) {
    return { ubuntu: 'Ubuntu', debian: 'Debian' }[release.id] ?? release.name ?? release.id;
}
/** A distribution (a Python METADATA or PKG-INFO) counts only where Python imports from. */
const INSTALLED_DIST = /(?:^|\/)(?:site|dist)-packages\/[^/]+\.(?:dist-info\/METADATA|egg-info\/PKG-INFO)$/;
function chiselPackages(file, room) {
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
    let unread = 0;
    const notRead = () => unread > 0 ? `${unread} package lines not read` : undefined;
    // Chisel reads these fields as strings; white space in one (a line break) would read here as
    // more dpkg fields or paragraphs: a forged version, more packages than lines.
    const plain = (field) => typeof field === 'string' && !/\s/.test(field);
    for (const line of text.split('\n')) {
        if (!line.startsWith('{"kind":"package"'))
            continue;
        if (packages.length >= room)
            return { packages, more: true, problem: notRead() };
        let entry = {};
        try {
            entry = JSON.parse(line);
        }
        catch {
            // not JSON: no fields, so not read
        }
        const { name, version } = entry;
        const arch = entry.arch ?? '';
        const [one] = plain(name) && plain(version) && plain(arch)
            ? dpkgPackages(`Package: ${name}\nVersion: ${version}\n${arch ? `Architecture: ${arch}\n` : ''}`).packages
            : [];
        if (one)
            packages.push(one);
        else
            unread++;
    }
    return { packages, problem: notRead() };
}
function goComponents(p, file, unknowns, room, project) {
    const where = `/${p}`;
    const base = external_node_path_.posix.basename(p);
    const info = file.goBuildInfo
        ? goBuildInfo(file.data)
        : { problem: 'no Go build info in the binary' };
    const bi = info.value;
    const stated = (0,go_version/* programVersion */.R2)({
        program: base,
        main: bi?.main,
        settings: bi?.settings,
        buildInfoProblem: bi ? undefined : info.problem,
        strings: file.goVersionStrings,
        scanProblem: file.goVersionScanProblem,
        statsdExporterTag: project?.statsdExporterTag,
        projectGiven: project !== undefined
    });
    const { version } = stated;
    if (stated.why)
        unknowns.push(`${where}: version: ${stated.why}`);
    const told = [
        ['path', where],
        ['version-source', stated.source],
        ['version-detail', stated.detail]
    ];
    if (!bi) {
        return {
            component: component(enums.ComponentType.Application, base, version, undefined, `go:${p}`, [
                ...told,
                ['unknown', stated.why && `version: ${stated.why}`]
            ]),
            version,
            listed: 1,
            more: false
        };
    }
    const module = bi.main?.path ?? bi.path;
    const split = (m) => {
        const i = m.lastIndexOf('/');
        return i < 0 ? [undefined, m] : [m.slice(0, i), m.slice(i + 1)];
    };
    const [ns, name] = split(module || base);
    const c = component(enums.ComponentType.Application, module || base, version, module ? purl('golang', ns, name, version) : undefined, `go:${p}`, [
        ...told,
        ['go-toolchain', bi.goVersion],
        ['unknown', stated.why && `version: ${stated.why}`],
        ['unknown', info.problem]
    ]);
    const dep = (m) => {
        const [dns, dname] = split(m.path);
        return component(enums.ComponentType.Library, m.path, m.version, purl('golang', dns, dname, m.version), `go:${p}:${m.path}`, [['replaced-by', m.replacedBy ? `${m.replacedBy.path} ${m.replacedBy.version}` : undefined]]);
    };
    // The program, then its stdlib and as many of its modules as there is room for (with room for
    // one, the program alone: the bound holds).
    const std = bi.goVersion.replace(/^go/, '');
    const inner = room < 2
        ? []
        : [
            component(enums.ComponentType.Library, 'stdlib', std, purl('golang', undefined, 'stdlib', std), `go:${p}:stdlib`, []),
            ...bi.deps.slice(0, room - 2).map(dep)
        ];
    for (const m of inner)
        c.components.add(m);
    return {
        component: c,
        module,
        version,
        listed: 1 + inner.length,
        more: inner.length < 1 + bi.deps.length
    };
}
/**
 * Builds the SBOM; never throws for what the rock holds (it says what it could not read), but for
 * a rock beyond the SBOM's time or memory (SBOM_LIMITS): a RockError of one line.
 */
function buildSbom(input) {
    const { contents, project } = input;
    const bounds = { ...SBOM_BOUNDS, ...input.bounds };
    const budget = new limits/* ReadBudget */.QT(input.limits ?? SBOM_LIMITS);
    const unknownLines = [];
    let unknownsOver = 0;
    const unknowns = {
        push(line) {
            if (unknownLines.length < bounds.unknownLines) {
                budget.keep(line.length * 2);
                unknownLines.push(line);
            }
            else
                unknownsOver++;
        }
    };
    const incomplete = [];
    let listed = 0;
    const room = () => bounds.components - listed;
    /** Counts a component (and the text it carries) in the bound and the budget. */
    const list = (c, text = 0) => {
        listed++;
        budget.keep(COMPONENT_COST + 2 * (c.name.length + (c.version?.length ?? 0) + text));
    };
    const full = (what) => void incomplete.push(`${what}: the SBOM lists ${bounds.components} components at most; the rest is not listed`);
    const bom = new models.Bom();
    bom.serialNumber = sbomSerialNumber(contents.digest);
    const files = [...contents.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const ofKind = (kind) => files.filter(([, f]) => f.kind === kind);
    // The rock itself. An empty name or version names nothing: the next one is read.
    const name = project?.name ||
        contents.annotations['org.opencontainers.image.title'] ||
        contents.labels['org.opencontainers.image.title'] ||
        contents.annotations['org.opencontainers.image.ref.name'] ||
        undefined;
    const version = project?.version ||
        contents.annotations['org.opencontainers.image.version'] ||
        contents.labels['org.opencontainers.image.version'] ||
        undefined;
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
    // Python distributions: only where Python imports from (a METADATA under static/ is a file).
    const versions = {};
    let python = 0;
    for (const [p, file] of ofKind('python-metadata')) {
        if (!INSTALLED_DIST.test(p))
            continue;
        budget.checkTime();
        const directory = external_node_path_.posix.basename(external_node_path_.posix.dirname(p));
        const dist = pythonDist(file.data, file.truncated, directory);
        if (!dist.value) {
            unknowns.push(`/${p}: ${dist.problem}`);
            continue;
        }
        if (room() <= 0) {
            full('Python distributions');
            break;
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
        const c = component(enums.ComponentType.Library, n, v, purl('pypi', undefined, n, v), `pypi:${p}`, [
            ['path', `/${p}`],
            ['unknown', dist.problem]
        ]);
        list(c, p.length);
        bom.components.add(c);
    }
    // The distribution's packages: the image's own record first, then the pack's.
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
        if (statusD.length > bounds.statusFiles) {
            incomplete.push(`/var/lib/dpkg/status.d: ${statusD.length} files; the SBOM reads the first ${bounds.statusFiles}`);
        }
        const debRoom = room();
        read: for (const [p, file] of [...status, ...statusD.slice(0, bounds.statusFiles)]) {
            budget.checkTime();
            if (file.truncated)
                unknowns.push(`/${p}: larger than ${file.data.length} bytes; the rest not read`);
            let unreadable = 0;
            let seen = 0;
            for (const entry of dpkgEntries(file.data.toString('utf8'))) {
                if (++seen % 4096 === 0)
                    budget.checkTime();
                if (entry === 'not installed')
                    continue;
                if (entry === 'unreadable') {
                    unreadable++;
                    continue;
                }
                if (debs.length >= debRoom) {
                    full(`/${p}`);
                    break read;
                }
                debs.push(entry);
            }
            if (unreadable)
                unknowns.push(`/${p}: ${unreadable} paragraphs without a valid Package, Version or Architecture`);
        }
    }
    else if (ofKind('chisel-manifest').length > 0) {
        const [p, file] = ofKind('chisel-manifest')[0];
        const read = chiselPackages(file, room());
        if (read.packages) {
            ubuntuSource = 'chisel manifest';
            debs = read.packages;
            if (read.more)
                full(`/${p}`);
        }
        if (read.problem)
            unknowns.push(`/${p}: ${read.problem}`);
    }
    if (ubuntuSource === 'none' && input.packRecord) {
        ubuntuSource = 'pack record';
        const recorded = input.packRecord.packages;
        if (recorded.length > room())
            full('the pack record');
        debs = recorded.slice(0, Math.max(room(), 0)).map(r => ({
            name: r.name,
            version: r.version ?? '',
            part: r.part
        }));
        for (const problem of input.packRecord.problems)
            unknowns.push(problem);
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
        const c = component(enums.ComponentType.Library, d.name, v, release ? purl('deb', release.id, d.name, v, qualifiers) : undefined, `deb:${d.name}:${a ?? ''}${d.part ? `:${d.part}` : ''}`, [
            ['source-package', d.source],
            ['part', d.part],
            ['unknown', v ? undefined : 'version: the pack recorded a chisel slice by name only']
        ]);
        list(c, 64 + (d.source?.length ?? 0) + (d.part?.length ?? 0));
        bom.components.add(c);
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
        // With room for one, a program is listed alone (goComponents): the bound holds.
        if (room() <= 0) {
            full('Go programs');
            break;
        }
        const read = goComponents(p, file, unknowns, room(), project);
        go++;
        listed += read.listed;
        budget.keep(read.listed * COMPONENT_COST);
        if (read.more)
            full(`/${p}'s Go modules`);
        bom.components.add(read.component);
        const base = external_node_path_.posix.basename(p);
        if (base === 'pebble')
            versions.pebble ??= read.version;
        if (base === 'statsd_exporter')
            versions.statsdExporter ??= read.version;
    }
    if (unknownsOver > 0) {
        unknownLines.push(`and ${unknownsOver} more things not known (the SBOM keeps ${bounds.unknownLines} such lines)`);
    }
    bom.metadata.properties.add(new models.Property(`${PROP}:ubuntu-packages-source`, ubuntuSource));
    for (const line of unknownLines)
        bom.metadata.properties.add(new models.Property(`${PROP}:unknown`, line));
    for (const line of incomplete)
        bom.metadata.properties.add(new models.Property(`${PROP}:incomplete`, line));
    budget.checkTime();
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.Spec1dot6));
    let json = serializer.serialize(bom, { sortLists: true, space: 2 });
    if (incomplete.length > 0) {
        // CycloneDX's own word for it (the library has no compositions): scanners read this.
        const doc = JSON.parse(json);
        doc.compositions = [{ aggregate: 'incomplete' }];
        json = JSON.stringify(doc, null, 2);
    }
    return {
        json,
        summary: {
            counts: { python, ubuntu: debs.length, go },
            ...(release ? { distro: distroName(release) } : {}),
            versions,
            ubuntuSource,
            unknowns: unknownLines,
            incomplete
        }
    };
}


/***/ }),

/***/ 4347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SBOM_USAGE: () => (/* binding */ SBOM_USAGE),
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/check.ts + 7 modules
var check = __webpack_require__(3162);
// EXTERNAL MODULE: ./src/core/expand.ts
var expand = __webpack_require__(7235);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
// EXTERNAL MODULE: ./src/rock/index.ts + 4 modules
var src_rock = __webpack_require__(5158);
// EXTERNAL MODULE: ./src/sbom/build.ts + 2 modules
var build = __webpack_require__(7603);
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

// EXTERNAL MODULE: ./src/sbom/go-version.ts
var go_version = __webpack_require__(5054);
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
    return (0,build.buildSbom)({
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
    await fs.writeFile(file, sbom.json + '\n');
    return { file, summary: sbom.summary };
}
/** The summary in a few lines: counts, top-level versions, where the distribution's packages came from. */
function sbomLines(summary) {
    const v = summary.versions;
    const known = (x) => x ?? 'unknown';
    return [
        `Components: ${summary.counts.python} Python, ${summary.counts.ubuntu} ${summary.distro ?? 'distribution'} packages (from ${summary.ubuntuSource === 'none' ? 'nowhere: unknown' : summary.ubuntuSource}), ${summary.counts.go} Go programs`,
        `Flask ${known(v.flask)}, gunicorn ${known(v.gunicorn)}, Python ${known(v.python)}, Pebble ${known(v.pebble)}, statsd_exporter ${known(v.statsdExporter)}`,
        ...(summary.incomplete.length ? [`Incomplete: ${summary.incomplete.join('; ')}`] : []),
        ...(summary.unknowns.length
            ? [
                `Not known (${summary.unknowns.length}): ${summary.unknowns.slice(0, 3).join('; ')}${summary.unknowns.length > 3 ? '; ...' : ''}`
            ]
            : [])
    ];
}

;// CONCATENATED MODULE: ./src/sbom/cli.ts
// `flask-rock sbom ROCK`: the SBOM the action writes beside a rock, printed. Loaded only for this
// subcommand; it imports no @actions/* package.








const SBOM_USAGE = `Usage: flask-rock sbom ROCK [--format cyclonedx|text] [--project DIR]

Print the rock's SBOM as the action writes it (output \`sbom\`): CycloneDX 1.6 JSON listing the
Python distributions, the Ubuntu packages (dpkg status, a chisel manifest, or the stage-packages
the pack recorded under DIR/parts/), the Go programs' modules and the rock itself.

  --format text     the counts and top-level versions instead of the JSON
  --project DIR     the project the rock was packed from: its rockcraft.yaml names the rock's
                    name, version, base and build-base; a destructive pack's parts/ state there
                    lists the stage-packages

Exit status: 0 printed, 1 the rock cannot be read, 2 usage error.
`;
class UsageError extends Error {
}
const PROJECT_MAX = 1024 * 1024;
/** name, version, base and build-base as rockcraft.yaml spells them (strings only). */
async function projectFacts(dir) {
    const file = external_node_path_.join(dir, 'rockcraft.yaml');
    const text = await promises_.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined || text.length > PROJECT_MAX) {
        throw new UsageError(`--project ${dir}: no readable rockcraft.yaml there`);
    }
    const { data: yaml = {}, problem } = (0,check/* loadProjectYaml */.ty)(text, file);
    // Rockcraft packs no rock from it either: its facts are not guessed at.
    if (problem)
        throw new UsageError(`--project ${dir}: ${problem.message}`);
    const field = (key) => {
        const value = yaml[key];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    };
    // The expansion's statsd-exporter part: the extension's tag, unless the project overrides it.
    const part = (0,expand/* partName */.pn)(yaml, 'statsd-exporter');
    const own = (0,expand/* isMapping */.pi)(yaml.parts) ? yaml.parts[part] : undefined;
    return {
        name: field('name'),
        version: field('version'),
        base: field('base'),
        buildBase: field('build-base'),
        statsdExporterTag: (0,go_version/* statsdExporterTag */.J$)({
            parts: {
                [part]: { 'source-tag': (0,expand/* profileFor */.P5)(yaml).statsdTag, ...((0,expand/* isMapping */.pi)(own) ? own : {}) }
            }
        })
    };
}
async function run(args) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            help: { type: 'boolean', short: 'h' },
            format: { type: 'string' },
            project: { type: 'string' }
        }
    });
    if (values.help) {
        process.stdout.write(SBOM_USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new UsageError(`expected one ROCK, got ${positionals.length}`);
    const format = values.format ?? 'cyclonedx';
    if (format !== 'cyclonedx' && format !== 'text') {
        throw new UsageError(`--format must be cyclonedx or text, not '${format}'`);
    }
    const project = values.project ? await projectFacts(values.project) : undefined;
    const sbom = await rockSbom(positionals[0], {
        project,
        packDir: values.project,
        packRecordNote: values.project ? undefined : 'no project given (--project) for its pack record'
    });
    // The summary quotes the rock (versions, paths): no terminal escapes. The JSON escapes its own.
    process.stdout.write(format === 'text' ? (0,untrusted/* printable */.g$)(sbomLines(sbom.summary).join('\n')) + '\n' : sbom.json + '\n');
    return 0;
}
async function sbomCommand(args) {
    try {
        return await run(args);
    }
    catch (err) {
        if (err instanceof UsageError ||
            err.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`flask-rock sbom: ${err.message}\n\n${SBOM_USAGE}`);
            return 2;
        }
        if (err instanceof src_rock/* RockError */.OL) {
            process.stderr.write(`flask-rock sbom: ${(0,untrusted/* printable */.g$)(err.message)}\n`);
            return 1;
        }
        throw err;
    }
}


/***/ }),

/***/ 5054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ statsdExporterTag),
/* harmony export */   R2: () => (/* binding */ programVersion)
/* harmony export */ });
/* unused harmony export ldflagsVersion */
// Where a Go program's version comes from when its build info names no module version (a build
// from a source tree says "(devel)"): what the binary states itself, its `-ldflags -X
// ...Version=` setting, then, for the rock's statsd_exporter, the tag rockcraft.yaml's expansion
// builds it from. Each answer says which source it came from (the SBOM records it).
/** A version as a Go program or a git tag spells it. */
const VERSION = /^v?[0-9][A-Za-z0-9.+~-]{0,63}$/;
/** Go's strconv.Quote form of a build setting with spaces ("-s -w -X a.V=1"), unquoted. */
function unquoteSetting(value) {
    if (!value.startsWith('"'))
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        return '';
    }
}
/** Splits flags as cmd/go's quoted.Split does: spaces between, '...' or "..." around one. */
function splitFlags(text) {
    const flags = [];
    for (const m of text.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g))
        flags.push(m[1] ?? m[2] ?? m[3]);
    return flags;
}
/**
 * The version an `-ldflags` build setting sets with `-X <package>.Version=<v>` (or `.version`),
 * and the variable it sets. A -trimpath build records no -ldflags: undefined then.
 */
function ldflagsVersion(settings) {
    const ldflags = settings['-ldflags'];
    if (!ldflags)
        return undefined;
    const flags = splitFlags(unquoteSetting(ldflags));
    for (let i = 0; i < flags.length; i++) {
        const x = flags[i] === '-X' ? flags[i + 1] : /^--?X=(.*)$/.exec(flags[i])?.[1];
        const m = /^([A-Za-z0-9._~/-]{1,255}\.[Vv]ersion)=(.*)$/.exec(x ?? '');
        if (m && VERSION.test(m[2]))
            return { version: m[2], variable: m[1] };
    }
    return undefined;
}
/**
 * The tag the flask-framework extension builds statsd_exporter from: the expansion's
 * `flask-framework/statsd-exporter` (or `.statsd-exporter` on 26.04) part's source-tag.
 */
function statsdExporterTag(expanded) {
    const parts = expanded?.parts;
    if (!parts || typeof parts !== 'object')
        return undefined;
    for (const [name, part] of Object.entries(parts)) {
        if (!/^flask-framework[/.]statsd-exporter$/.test(name))
            continue;
        const tag = part?.['source-tag'];
        if (typeof tag === 'string' && VERSION.test(tag))
            return tag;
    }
    return undefined;
}
/** A version as Go modules spell theirs: a program's own "0.26.0" is module version v0.26.0. */
function moduleVersion(version) {
    return version.startsWith('v') ? version : `v${version}`;
}
/**
 * A Go program's version, from the most structured source that states one: the main module
 * version Go stamps (a build from a tag), the build info's -ldflags -X ...Version, the one
 * version a Go string variable in its data holds (GoVersionScan), and for statsd_exporter the
 * tag the project's expansion builds it from.
 */
function programVersion(input) {
    const { main } = input;
    if (main && main.version !== '(devel)') {
        return { version: main.version, source: 'go-buildinfo', detail: 'the main module version' };
    }
    const x = input.settings ? ldflagsVersion(input.settings) : undefined;
    if (x)
        return { version: x.version, source: 'ldflags', detail: `-ldflags -X ${x.variable}` };
    const strings = input.strings ?? [];
    const tag = input.program === 'statsd_exporter' ? input.statsdExporterTag : undefined;
    if (strings.length === 1) {
        const version = moduleVersion(strings[0]);
        return {
            version,
            source: 'binary-string',
            detail: `a Go string variable in its data holds "${strings[0]}"${tag && tag !== version ? `; the expansion's source-tag says ${tag}` : ''}`
        };
    }
    if (tag) {
        return {
            version: tag,
            source: 'expansion-source-tag',
            detail: "rockcraft.yaml's expansion: the statsd-exporter part's source-tag"
        };
    }
    const looked = [
        input.buildInfoProblem ??
            (main
                ? 'the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags'
                : 'the build info names no main module'),
        strings.length > 1
            ? `Go string variables in its data hold ${strings.length} versions (${strings.join(', ')}), so it does not say which`
            : input.scanProblem
                ? `its data not scanned for a version: ${input.scanProblem}`
                : input.strings
                    ? 'no Go string variable in its data holds a version'
                    : undefined,
        input.program !== 'statsd_exporter'
            ? undefined
            : input.projectGiven
                ? "the project's expansion gives the statsd-exporter part no source-tag"
                : 'no project given for its source-tag'
    ];
    return { why: looked.filter(Boolean).join('; ') };
}


/***/ })

};

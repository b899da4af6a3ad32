export const id = 72;
export const ids = [72];
export const modules = {

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIFF_USAGE: () => (/* binding */ DIFF_USAGE),
  diffCommand: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/diff/compare.ts
// The difference of two rock reads, as data (pure: no I/O). Packages come from the SBOM built of
// each read (the same readers `flask-rock sbom` uses), config from the image config, services
// from the Pebble layer files, files from the app directory's entries.

/** Package versions by name, as the SBOM lists them (a name twice: its versions joined). */
function compare_packages(side, build) {
    const sbom = build({
        contents: side.contents,
        tool: { name: 'flask-rock-diff', version: '1' },
        timestamp: new Date(0)
    });
    const bom = JSON.parse(sbom.json);
    const sets = {
        python: new Map(),
        ubuntu: new Map(),
        go: new Map()
    };
    const add = (into, name, version) => {
        const set = into.get(name) ?? new Set();
        set.add(version ?? '(version unknown)');
        into.set(name, set);
    };
    for (const c of bom.components ?? []) {
        const ref = c['bom-ref'] ?? '';
        if (ref.startsWith('pypi:'))
            add(sets.python, c.name ?? '', c.version);
        else if (ref.startsWith('deb:'))
            add(sets.ubuntu, c.name ?? '', c.version);
        else if (ref.startsWith('go:')) {
            // A Go program: itself, and each module it was built with.
            const program = c.name ?? '';
            add(sets.go, program, c.version);
            for (const m of c.components ?? [])
                add(sets.go, `${program} > ${m.name ?? ''}`, m.version);
        }
    }
    const joined = (m) => new Map([...m].map(([k, v]) => [k, [...v].sort().join(', ')]));
    return { python: joined(sets.python), ubuntu: joined(sets.ubuntu), go: joined(sets.go) };
}
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/** Compares name -> value maps; `key` folds names that are the same thing (PEP 503 for Python). */
function compareMaps(oldMap, newMap, key = n => n) {
    const fold = (m) => new Map([...m].map(([n, v]) => [key(n), [n, v]]));
    const o = fold(oldMap);
    const n = fold(newMap);
    const out = { added: [], removed: [], changed: [], unchanged: 0 };
    for (const [k, [name, v]] of n) {
        const before = o.get(k);
        if (!before)
            out.added.push({ name, new: v });
        else if (before[1] !== v)
            out.changed.push({ name, old: before[1], new: v });
        else
            out.unchanged++;
    }
    for (const [k, [name, v]] of o)
        if (!n.has(k))
            out.removed.push({ name, old: v });
    out.added.sort(byName);
    out.removed.sort(byName);
    out.changed.sort(byName);
    return out;
}
const pep503 = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
/** The config as name -> text: what a reviewer compares. */
function configFacts(side) {
    const c = side.config;
    const out = new Map();
    const text = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
    for (const key of ['User', 'WorkingDir', 'StopSignal']) {
        if (c[key] !== undefined && c[key] !== '')
            out.set(key, text(c[key]));
    }
    for (const key of ['Entrypoint', 'Cmd']) {
        if (Array.isArray(c[key]) && c[key].length > 0)
            out.set(key, JSON.stringify(c[key]));
    }
    if (Array.isArray(c.Env)) {
        for (const e of c.Env) {
            if (typeof e !== 'string')
                continue;
            const eq = e.indexOf('=');
            out.set(`Env ${eq < 0 ? e : e.slice(0, eq)}`, eq < 0 ? '' : e.slice(eq + 1));
        }
    }
    for (const [field, label] of [
        ['ExposedPorts', 'ExposedPort'],
        ['Volumes', 'Volume']
    ]) {
        const v = c[field];
        if (typeof v === 'object' && v !== null)
            for (const k of Object.keys(v))
                out.set(`${label} ${k}`, 'yes');
    }
    const labels = c.Labels;
    if (typeof labels === 'object' && labels !== null) {
        for (const [k, v] of Object.entries(labels))
            out.set(`Label ${k}`, text(v));
    }
    if (side.contents.architecture)
        out.set('architecture', side.contents.architecture);
    if (side.contents.os)
        out.set('os', side.contents.os);
    return out;
}
/**
 * The Pebble layers' services merged as Pebble merges them (files in name order; a service with
 * `override: replace` starts afresh), flattened: "<service> <field>" -> text.
 */
function pebbleFacts(side) {
    const problems = [];
    const services = new Map();
    const files = [...side.contents.files]
        .filter(([, f]) => f.kind === 'pebble-layer')
        .sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [p, file] of files) {
        let doc;
        try {
            if (file.truncated)
                throw new Error('truncated');
            doc = (0,dist/* parse */.qg)(file.data.toString('utf8'), { maxAliasCount: 100, uniqueKeys: false });
        }
        catch {
            problems.push(`/${p}: not read (not YAML, or larger than ${file.data.length} bytes)`);
            continue;
        }
        const layer = doc?.services;
        if (typeof layer !== 'object' || layer === null)
            continue;
        for (const [name, value] of Object.entries(layer)) {
            if (typeof value !== 'object' || value === null)
                continue;
            const s = value;
            const before = s.override === 'replace' ? {} : (services.get(name) ?? {});
            services.set(name, { ...before, ...s });
        }
    }
    const facts = new Map();
    for (const [name, s] of services) {
        for (const [field, v] of Object.entries(s)) {
            if (field === 'override')
                continue;
            if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
                for (const [k, x] of Object.entries(v))
                    facts.set(`${name} ${field}.${k}`, typeof x === 'string' ? x : JSON.stringify(x));
            }
            else {
                facts.set(`${name} ${field}`, typeof v === 'string' ? v : JSON.stringify(v));
            }
        }
    }
    return { facts, problems };
}
const asChanges = (v) => [...v.removed, ...v.added, ...v.changed].sort(byName);
function compareFiles(oldFiles, newFiles) {
    const out = { unchanged: 0, changed: [], added: [], removed: [] };
    const sizeOf = (f) => (f.type === 'dir' ? undefined : f.size);
    for (const [p, f] of newFiles) {
        const before = oldFiles.get(p);
        if (!before)
            out.added.push({ path: p, newSize: sizeOf(f) });
        else if (before.type !== f.type ||
            before.sha256 !== f.sha256 ||
            (f.type === 'file' && before.size !== f.size)) {
            out.changed.push({ path: p, oldSize: sizeOf(before), newSize: sizeOf(f) });
        }
        else
            out.unchanged++;
    }
    for (const [p, f] of oldFiles)
        if (!newFiles.has(p))
            out.removed.push({ path: p, oldSize: sizeOf(f) });
    const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    out.added.sort(byPath);
    out.removed.sort(byPath);
    out.changed.sort(byPath);
    return out;
}
const sum = (xs) => xs.some(x => x === undefined) ? undefined : xs.reduce((a, b) => a + (b ?? 0), 0);
/** The difference of two reads. */
function compareSides(oldSide, newSide, build) {
    const facts = (s) => ({
        given: s.given,
        digest: s.contents.digest,
        ...(s.contents.architecture ? { architecture: s.contents.architecture } : {}),
        layers: s.layers.length
    });
    const [op, np] = [compare_packages(oldSide, build), compare_packages(newSide, build)];
    const [ope, npe] = [pebbleFacts(oldSide), pebbleFacts(newSide)];
    const layers = [];
    for (let i = 0; i < Math.max(oldSide.layers.length, newSide.layers.length); i++) {
        const [o, n] = [oldSide.layers[i], newSide.layers[i]];
        layers.push({
            index: i + 1,
            ...(o ? { old: o } : {}),
            ...(n ? { new: n } : {}),
            same: o?.digest === n?.digest
        });
    }
    return {
        old: facts(oldSide),
        new: facts(newSide),
        size: {
            compressed: [
                sum(oldSide.layers.map(l => l.compressed)) ?? 0,
                sum(newSide.layers.map(l => l.compressed)) ?? 0
            ],
            unpacked: [sum(oldSide.layers.map(l => l.unpacked)), sum(newSide.layers.map(l => l.unpacked))]
        },
        layers,
        python: compareMaps(op.python, np.python, pep503),
        ubuntu: compareMaps(op.ubuntu, np.ubuntu),
        go: compareMaps(op.go, np.go),
        config: asChanges(compareMaps(configFacts(oldSide), configFacts(newSide))),
        pebble: asChanges(compareMaps(ope.facts, npe.facts)),
        app: {
            dir: [oldSide.appDir, newSide.appDir],
            ...compareFiles(oldSide.appFiles, newSide.appFiles)
        },
        problems: [
            ...[...oldSide.problems, ...ope.problems].map(p => `old: ${p}`),
            ...[...newSide.problems, ...npe.problems].map(p => `new: ${p}`)
        ]
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
// EXTERNAL MODULE: ./src/process/private-file.ts
var private_file = __webpack_require__(9077);
;// CONCATENATED MODULE: ./src/registry/image-ref.ts
// Image references, taken apart the way registries and containers' auth files read them:
// [registry[:port]/]path[:tag][@sha256:digest]. Pure: the inputs and both publish modes use it.
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Splits an image reference; does not validate it (context.ts does, before this is reached). */
function parseRef(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const named = at >= 0 ? ref.slice(0, at) : ref;
    // A tag is a ':' after the last '/': the one in host:port comes before it.
    const colon = named.lastIndexOf(':');
    const hasTag = colon > named.lastIndexOf('/');
    const repository = hasTag ? named.slice(0, colon) : named;
    const tag = hasTag ? named.slice(colon + 1) : undefined;
    const slash = repository.indexOf('/');
    const first = slash < 0 ? '' : repository.slice(0, slash);
    const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
    const registry = !hasHost || DOCKER_HUB_ALIASES.has(first) ? 'docker.io' : first;
    let path = hasHost ? repository.slice(slash + 1) : repository;
    if (registry === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    return { registry, repository, path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** Whether two references name one repository of one registry, however each is spelled. */
function sameRepository(a, b) {
    const x = parseRef(a);
    const y = parseRef(b);
    return x.registry === y.registry && x.path === y.path;
}
/**
 * Why these sources cannot be merged into an index pushed to these targets, or undefined.
 * The index refers to its entries by digest only, so a registry accepts it only in the
 * repository that holds them: every reference must name that one repository.
 */
function mergeProblem(sources, targets) {
    if (sources.length === 0)
        return 'no images to merge';
    if (targets.length === 0) {
        return `nothing to push the index to: give the tags in 'push' (e.g. ${parseRef(sources[0]).repository}:1.0)`;
    }
    const { registry, repository } = parseRef(sources[0]);
    for (const ref of [...sources.slice(1), ...targets]) {
        if (sameRepository(sources[0], ref))
            continue;
        const other = parseRef(ref);
        const why = other.registry === registry
            ? `it names repository ${other.repository}, not ${repository}`
            : `it is on registry ${other.registry}, not ${registry}`;
        return `'${ref}' cannot be part of this merge: ${why}. An image index refers to its images by digest, so the images and every tag of the index must be in one repository`;
    }
    // One repository: a digest, else a tag, names one image.
    const seen = new Set();
    for (const source of sources) {
        const { digest, tag } = parseRef(source);
        const key = digest ?? `:${tag ?? 'latest'}`;
        if (seen.has(key))
            return `'${source}' names an image listed before it in 'manifest'`;
        seen.add(key);
    }
    const untagged = targets.find(ref => parseRef(ref).tag === undefined);
    if (untagged)
        return `'${untagged}' names no tag: the index needs one (e.g. ${untagged}:1.0)`;
    return undefined;
}
/**
 * The one registry host that registry-username and registry-password are for: `given` (the
 * `registry` input, Docker Hub however spelled), else the one host every reference names. A
 * message instead when the references span hosts and none is given, or `given` is none of them:
 * a token is never offered to a registry it was not made for.
 */
function credentialHost(refs, given = '') {
    const hosts = [...new Set(refs.map(ref => parseRef(ref).registry))];
    if (given !== '') {
        const host = hostOf(given);
        if (host === undefined) {
            return {
                problem: `'${given}' is not a registry host (ghcr.io, docker.io, registry.example.com:5000)`
            };
        }
        if (!hosts.includes(host)) {
            return {
                problem: `the credentials are for ${host}, but no reference names it (${hosts.join(', ')})`
            };
        }
        return { host };
    }
    if (hosts.length > 1) {
        return {
            problem: `the references name ${hosts.length} registries (${hosts.join(', ')}) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)`
        };
    }
    return { host: hosts[0] ?? '' };
}
// A registry host as written in a reference: a name with a dot, localhost, an IPv4 or [IPv6]
// address, each with an optional port, or any name with a port.
const HOST = /^(?:localhost(?::[0-9]{1,5})?|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]{1,5})?|[A-Za-z0-9-]+:[0-9]{1,5}|\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?)$/;
/** The host as auth files and references key it (Docker Hub however spelled), or undefined. */
function hostOf(given) {
    return HOST.test(given) ? parseRef(`${given}/x`).registry : undefined;
}
/** Whether a registry host is this machine's own: nothing sent to it crosses a network. */
function isLoopback(host) {
    const name = host.replace(/:[0-9]{1,5}$/, '');
    return name === 'localhost' || name === '[::1]' || /^127(?:\.[0-9]{1,3}){3}$/.test(name);
}
/**
 * Why the registry password must not go to `host` as asked, or undefined: to a host without TLS
 * verification (insecure) that is not loopback, a password may travel in clear over the network,
 * so the user must name the host twice (insecure, and again in passwordOverHttp).
 */
function insecurePasswordProblem(host, insecure, passwordOverHttp) {
    if (!insecure.includes(host) || isLoopback(host) || passwordOverHttp.includes(host)) {
        return undefined;
    }
    return `the registry password would go to ${host} without TLS verification (it is in 'insecure-registries' and is not this machine): anyone on the network path could read it. Name ${host} in 'insecure-registry-password' too to send it anyway, or use TLS`;
}

// EXTERNAL MODULE: ./src/registry/skopeo.ts
var skopeo = __webpack_require__(1290);
// EXTERNAL MODULE: ./src/rock/index.ts + 4 modules
var rock = __webpack_require__(5158);
;// CONCATENATED MODULE: ./src/diff/read.ts
// One side of a diff, read: a .rock, an OCI layout directory or an image reference, brought to an
// OCI archive (skopeo copies a layout or a reference into a private temp dir, checking the blobs'
// digests as it goes) and read once by src/rock's readRock, within its deadline and memory bound.
// The read's blob copy gives what the read itself does not keep: the manifest and config as
// stored, each layer's unpacked size, and the files under the app directory (size and sha256).









/** What the diff could not do with a side: a clear one-line reason, never the side's own text. */
class DiffError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DiffError';
    }
}
/** A side given as an image reference that the registry does not have (yet): a first release. */
class NoSuchImage extends DiffError {
    constructor(message) {
        super(message);
        this.name = 'NoSuchImage';
    }
}
/** Where the app's files live in a flask-framework rock: /flask/app (up to 24.04), /app (26.04). */
const APP_DIRS = ['flask/app', 'app'];
function sharedWalks() {
    return { layers: new Map(), copies: new Map() };
}
/** Entries under the app dirs kept per side; more is a rock built to exhaust memory. */
const APP_ENTRIES_MAX = 200_000;
/** JSON blobs (index, manifest, config) kept as stored: kilobytes in a real rock. */
const JSON_KEEP_MAX = 4 * 1024 * 1024;
/** What a side is: an existing file, an existing directory, else an image reference. */
async function sideKind(given) {
    const st = await promises_.stat(given).catch(() => undefined);
    if (st?.isFile())
        return 'rock';
    if (st?.isDirectory())
        return 'layout';
    if (given.startsWith('.') || given.startsWith('/') || given.endsWith('.rock')) {
        throw new DiffError(`${given}: no such file or directory`);
    }
    // docker.io/library/x, ghcr.io/org/app:tag, localhost:5000/app@sha256:...
    if (!/^[a-z0-9][a-z0-9._:/@[\]-]*[a-zA-Z0-9_.-]*$/i.test(given) || given.length > 512) {
        throw new DiffError(`${given}: neither a file, a directory nor an image reference`);
    }
    return 'reference';
}
/** The skopeo copy of a layout or reference into `file` (an OCI archive). */
async function copyToArchive(given, kind, file, opts) {
    const source = kind === 'layout' ? `oci:${external_node_path_.resolve(given)}` : `docker://${given}`;
    const host = kind === 'reference' ? parseRef(given).registry : undefined;
    // The image as it is (no layer recompressed): its digests and sizes are what the diff shows.
    const args = ['--insecure-policy', 'copy', '--retry-times', '2', '--preserve-digests'];
    // Credentials only for the host they were made for.
    if (host !== undefined && opts.authFile && host === opts.authHost) {
        args.push('--src-authfile', opts.authFile);
    }
    if (host !== undefined && opts.insecureRegistries?.includes(host)) {
        args.push('--src-tls-verify=false');
    }
    args.push(source, `oci-archive:${file}`);
    const command = await (0,skopeo/* skopeoCommand */.DV)(opts.env);
    const what = kind === 'layout' ? `copy the OCI layout ${given}` : `pull ${given}`;
    const result = await (0,exec/* run */.eF)(command, args, {
        what,
        timeoutMs: opts.copyTimeoutMs ?? 10 * 60_000,
        ...(opts.env ? { env: opts.env } : {})
    });
    if (result.timedOut) {
        throw new DiffError(`${what}: skopeo did not finish within ${Math.round((opts.copyTimeoutMs ?? 600_000) / 1000)} s`);
    }
    if (result.code !== 0) {
        const message = (0,skopeo/* skopeoMessage */.j)(result.stderr);
        if (kind === 'reference' &&
            /manifest unknown|name unknown|not found|does not exist|NAME_UNKNOWN|MANIFEST_UNKNOWN/i.test(message)) {
            throw new NoSuchImage(`${given} does not exist in its registry (yet)`);
        }
        throw new DiffError(`${what}: ${message.split('\n')[0] || `skopeo exited ${result.code}`}`);
    }
}
/** A path under one of the app dirs: [appDir, rest], else undefined. */
function underApp(p) {
    for (const dir of APP_DIRS) {
        if (p === dir)
            return [dir, ''];
        if (p.startsWith(`${dir}/`))
            return [dir, p.slice(dir.length + 1)];
    }
    return undefined;
}
const normal = (p) => p.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
/**
 * The blob copy a diff hands the read: JSON blobs kept as stored (bounded), every layer's tar
 * walked for its unpacked size and its app entries. Never throws (the read goes on);
 * what failed is the layer's problem.
 */
class DiffCopy {
    layers;
    json = new Map();
    constructor(layers = new Map()) {
        this.layers = layers;
    }
    jsonKept = 0;
    appEntries = 0;
    blob(hex, form) {
        const layer = { entries: [], whiteouts: [], opaque: [] };
        let head = [];
        let headSize = 0;
        let sink;
        const decide = (first) => {
            if (form === 'raw' && (first[0] === 0x7b || first[0] === 0x5b))
                return this.jsonSink(hex);
            this.layers.set(hex, layer);
            if (form === 'tar')
                return this.tarSink(layer);
            if (first[0] === 0x1f && first[1] === 0x8b)
                return this.tarSink(layer, external_node_zlib_.createGunzip());
            const zstd = external_node_zlib_.createZstdDecompress;
            if (first.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])) && zstd) {
                return this.tarSink(layer, zstd());
            }
            layer.problem = 'a layer in a compression this diff does not read';
            return { data: () => undefined, end: () => undefined };
        };
        return {
            data: async (chunk) => {
                if (sink)
                    return sink.data(chunk);
                head.push(Buffer.from(chunk));
                headSize += chunk.length;
                if (headSize < 8)
                    return;
                const first = Buffer.concat(head);
                head = undefined;
                sink = decide(first);
                await sink.data(first);
            },
            end: async () => {
                if (!sink) {
                    const first = Buffer.concat(head ?? []);
                    sink = decide(first);
                    if (first.length)
                        await sink.data(first);
                }
                await sink.end();
            }
        };
    }
    jsonSink(hex) {
        const chunks = [];
        let size = 0;
        return {
            data: chunk => {
                size += chunk.length;
                if (size <= JSON_KEEP_MAX && this.jsonKept + chunk.length <= 4 * JSON_KEEP_MAX) {
                    this.jsonKept += chunk.length;
                    chunks.push(Buffer.from(chunk));
                }
            },
            end: () => {
                if (size <= JSON_KEEP_MAX && Buffer.concat(chunks).length === size) {
                    this.json.set(hex, Buffer.concat(chunks));
                }
            }
        };
    }
    /**
     * Walks a layer's tar (decompressing first when given a decompressor) with src/rock's own tar
     * reader, the grammar the read itself holds the layer to: only app entries get a sink.
     */
    tarSink(layer, decompress) {
        let unpacked = 0;
        let failed = false;
        const fail = (why) => {
            if (!failed)
                layer.problem = why;
            failed = true;
        };
        const reader = new rock/* TarReader */.RF(header => {
            const p = normal(header.path);
            const app = underApp(p);
            if (!app)
                return undefined;
            const base = external_node_path_.posix.basename(p);
            if (base.startsWith('.wh.')) {
                const dir = external_node_path_.posix.dirname(p);
                if (base === '.wh..wh..opq')
                    layer.opaque.push(dir);
                else
                    layer.whiteouts.push(external_node_path_.posix.join(dir, base.slice(4)));
                return undefined;
            }
            if (this.appEntries >= APP_ENTRIES_MAX) {
                fail(`more than ${APP_ENTRIES_MAX} entries under the app directory; the rest not compared`);
                return undefined;
            }
            const type = ENTRY_TYPES[header.type];
            if (!type)
                return undefined;
            this.appEntries++;
            const entry = { path: p, type, size: header.size, sha256: '' };
            layer.entries.push(entry);
            if (type !== 'file')
                return undefined;
            const hash = (0,external_node_crypto_.createHash)('sha256');
            return {
                data: chunk => void hash.update(chunk),
                end: () => void (entry.sha256 = hash.digest('hex'))
            };
        });
        const feed = async (chunk) => {
            unpacked += chunk.length;
            if (failed)
                return;
            try {
                await reader.write(chunk);
            }
            catch {
                fail('a layer that is not a valid tar');
            }
        };
        const finish = async () => {
            if (!failed)
                await reader.end().catch(() => fail('a layer that is not a valid tar'));
            if (layer.problem?.includes('compressed') !== true)
                layer.unpacked = unpacked;
        };
        if (!decompress)
            return { data: feed, end: finish };
        const pumped = (async () => {
            try {
                for await (const out of decompress)
                    await feed(out);
            }
            catch {
                fail('a layer that is not valid compressed data');
            }
        })();
        return {
            data: async (chunk) => {
                if (decompress.destroyed || decompress.writableEnded)
                    return;
                if (!decompress.write(chunk)) {
                    await Promise.race([
                        new Promise(resolve => decompress.once('drain', () => resolve())),
                        pumped
                    ]);
                }
            },
            end: async () => {
                if (!decompress.destroyed)
                    decompress.end();
                await pumped;
                await finish();
            }
        };
    }
}
// Links compare by kind only: the read's tar reader does not keep a link's target.
const ENTRY_TYPES = {
    file: 'file',
    symlink: 'link',
    hardlink: 'link',
    dir: 'dir'
};
/** Applies the layers' app entries in order (whiteouts and opaque dirs hide what is below). */
function applyApp(copies) {
    const all = new Map();
    for (const layer of copies) {
        const hidden = (p, gone) => p === gone || p.startsWith(`${gone}/`);
        for (const gone of layer.whiteouts) {
            for (const p of [...all.keys()])
                if (hidden(p, gone))
                    all.delete(p);
        }
        for (const dir of layer.opaque) {
            for (const p of [...all.keys()])
                if (p.startsWith(`${dir}/`))
                    all.delete(p);
        }
        for (const e of layer.entries) {
            all.set(e.path, { type: e.type, size: e.size, sha256: e.sha256 });
        }
    }
    const dir = APP_DIRS.find(d => all.get(d)?.type === 'dir' || [...all.keys()].some(p => p.startsWith(`${d}/`)));
    const files = new Map();
    if (dir) {
        for (const [p, f] of all) {
            const rest = underApp(p);
            if (rest && rest[0] === dir && rest[1] !== '')
                files.set(rest[1], f);
        }
    }
    return { dir, files };
}
function parseJson(data, what) {
    try {
        const value = data ? JSON.parse(data.toString('utf8')) : undefined;
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            return value;
        }
    }
    catch {
        // the text is never echoed
    }
    throw new DiffError(`its ${what} could not be read again as JSON`);
}
/** Reads one side (copying a layout or a reference into opts.tempDir first). */
async function readSide(given, opts) {
    const kind = await sideKind(given);
    // skopeo reads oci:PATH:REF: a ':' in the directory's path would end it early.
    if (kind === 'layout' && external_node_path_.resolve(given).includes(':')) {
        throw new DiffError(`${given}: an OCI layout directory whose path holds ':' cannot be named to skopeo`);
    }
    let file = given;
    if (kind !== 'rock') {
        const dir = await (0,private_file/* privateDir */.XK)(opts.tempDir, 'side-');
        file = external_node_path_.join(dir, 'side.rock');
        await copyToArchive(given, kind, file, opts);
    }
    const copy = new DiffCopy(opts.shared?.copies);
    let contents;
    try {
        contents = await (0,rock/* readRock */.ue)(file, opts.limits ?? rock/* DEFAULT_LIMITS */.dR, copy, opts.shared?.layers);
    }
    catch (err) {
        if (err instanceof rock/* RockError */.OL) {
            throw new DiffError(err.message.replace(file, kind === 'rock' ? given : `${given} (copied)`));
        }
        throw err;
    }
    const manifest = contents.manifest ?? parseJson(undefined, 'manifest');
    const config = parseJson(copy.json.get(contents.blobs.config), 'config');
    const descriptors = (Array.isArray(manifest.layers) ? manifest.layers : []);
    const problems = [];
    const layers = contents.blobs.layers.map((hex, i) => {
        const d = descriptors[i] ?? {};
        const layer = copy.layers.get(hex);
        if (layer?.problem)
            problems.push(`layer ${i + 1}: ${layer.problem}`);
        return {
            digest: `sha256:${hex}`,
            mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
            compressed: typeof d.size === 'number' && Number.isSafeInteger(d.size) ? d.size : 0,
            ...(layer?.unpacked !== undefined ? { unpacked: layer.unpacked } : {})
        };
    });
    const app = applyApp(contents.blobs.layers.map(hex => copy.layers.get(hex) ?? { entries: [], whiteouts: [], opaque: [] }));
    const imageConfig = config.config;
    return {
        given,
        kind,
        contents,
        layers,
        config: typeof imageConfig === 'object' && imageConfig !== null && !Array.isArray(imageConfig)
            ? imageConfig
            : {},
        ...(app.dir ? { appDir: app.dir } : {}),
        appFiles: app.files,
        problems
    };
}
/** Reads both sides side by side in a private temp dir under `parent`, removed before returning. */
async function readSides(oldSide, newSide, parent, opts = {}) {
    const tempDir = await (0,private_file/* privateDir */.XK)(parent, 'flask-rock-diff-');
    const shared = sharedWalks();
    try {
        return await Promise.all([
            readSide(oldSide, { ...opts, tempDir, shared }),
            readSide(newSide, { ...opts, tempDir, shared })
        ]);
    }
    catch (err) {
        if (err instanceof exec/* CommandError */.Qd)
            throw new DiffError(err.message);
        throw err;
    }
    finally {
        await promises_.rm(tempDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/diff/render.ts
/** How many paths of each kind (changed, added, removed) are listed. */
const FILES_LISTED = 20;
const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;
/** Bytes for a reader: "812 B", "12.3 KiB", "45.6 MiB". */
function sizeText(bytes) {
    const abs = Math.abs(bytes);
    if (abs < KIB)
        return `${bytes} B`;
    if (abs < MIB)
        return `${(bytes / KIB).toFixed(1)} KiB`;
    if (abs < GIB)
        return `${(bytes / MIB).toFixed(1)} MiB`;
    return `${(bytes / GIB).toFixed(2)} GiB`;
}
function signed(bytes) {
    return bytes > 0 ? `+${sizeText(bytes)}` : bytes < 0 ? `-${sizeText(-bytes)}` : '±0 B';
}
/** "a -> b (+d)", or "a (same)". */
function sizeChange(a, b) {
    if (a === undefined && b === undefined)
        return 'unknown';
    if (a === undefined)
        return `unknown -> ${sizeText(b)}`;
    if (b === undefined)
        return `${sizeText(a)} -> unknown`;
    return a === b ? `${sizeText(a)} (same)` : `${sizeText(a)} -> ${sizeText(b)} (${signed(b - a)})`;
}
// C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Untrusted text on one line, its control characters shown as \u{..}. */
function shown(text) {
    return text.replace(UNPRINTABLE, c => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
function counts(v) {
    const parts = [
        v.added.length && `${v.added.length} added`,
        v.removed.length && `${v.removed.length} removed`,
        v.changed.length && `${v.changed.length} changed`
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'no change';
}
const changes = (c) => c.length ? `${c.length} setting${c.length === 1 ? '' : 's'} changed` : 'no change';
/** The summary lines: one per thing compared. */
function summaryLines(d) {
    const appDir = d.app.dir[1] ?? d.app.dir[0];
    return [
        [
            'Size',
            `${sizeChange(d.size.compressed[0], d.size.compressed[1])} compressed; ${sizeChange(d.size.unpacked[0], d.size.unpacked[1])} unpacked`
        ],
        [
            'Layers',
            `${d.old.layers} -> ${d.new.layers}, ${d.layers.filter(l => !l.same).length} differ`
        ],
        ['Python distributions', counts(d.python)],
        ['Ubuntu packages', counts(d.ubuntu)],
        ['Go modules', counts(d.go)],
        ['Config', changes(d.config)],
        ['Pebble services', changes(d.pebble)],
        [
            appDir ? `Files in /${appDir}` : 'App files',
            appDir ? fileCounts(d.app) : 'no app directory on either side'
        ]
    ];
}
/** "1 changed, 2 unchanged": the kinds there are, no zeros. */
function fileCounts(app) {
    const moved = [
        app.changed.length && `${app.changed.length} changed`,
        app.added.length && `${app.added.length} added`,
        app.removed.length && `${app.removed.length} removed`
    ].filter(Boolean);
    if (!moved.length)
        return 'no change';
    return [...moved, ...(app.unchanged ? [`${app.unchanged} unchanged`] : [])].join(', ');
}
function versionLines(v) {
    return [
        ...v.added.map(c => `  + ${shown(c.name)} ${shown(c.new ?? '')}`),
        ...v.removed.map(c => `  - ${shown(c.name)} ${shown(c.old ?? '')}`),
        ...v.changed.map(c => `  ~ ${shown(c.name)} ${shown(c.old ?? '')} -> ${shown(c.new ?? '')}`)
    ];
}
function valueLines(c) {
    return c.map(x => x.old === undefined
        ? `  + ${shown(x.name)}: ${shown(x.new ?? '')}`
        : x.new === undefined
            ? `  - ${shown(x.name)}: ${shown(x.old)}`
            : `  ~ ${shown(x.name)}: ${shown(x.old)} -> ${shown(x.new)}`);
}
function fileLines(d, limit) {
    const listed = (mark, files, size) => [
        ...files.slice(0, limit).map(f => `  ${mark} ${shown(f.path)}  ${size(f)}`),
        ...(files.length > limit ? [`  ${mark} ... and ${files.length - limit} more`] : [])
    ];
    const one = (n) => (n === undefined ? 'dir' : sizeText(n));
    return [
        ...listed('~', d.app.changed, f => sizeChange(f.oldSize, f.newSize)),
        ...listed('+', d.app.added, f => one(f.newSize)),
        ...listed('-', d.app.removed, f => one(f.oldSize))
    ];
}
function layerSize(l) {
    return `${sizeText(l?.compressed ?? 0)}; ${l?.unpacked === undefined ? 'unknown' : sizeText(l.unpacked)}`;
}
/** The whole text: the reviewer's summary, then each section that changed. */
function diffText(d, limit = FILES_LISTED) {
    const side = (s) => `${shown(s.given)} (${s.digest.slice(0, 19)})`;
    const out = [`Rock diff: ${side(d.old)} -> ${side(d.new)}`];
    const labels = summaryLines(d);
    const width = Math.max(...labels.map(([k]) => k.length));
    for (const [k, v] of labels)
        out.push(`  ${`${shown(k)}:`.padEnd(width + 1)} ${v}`);
    const section = (title, lines) => {
        if (lines.length)
            out.push('', `${title}:`, ...lines);
    };
    section('Layers (compressed; unpacked)', d.layers.map(l => l.same || !l.old || !l.new
        ? `  ${l.index}  ${l.same ? 'unchanged' : l.old ? 'removed' : 'added'}  ${layerSize(l.new ?? l.old)}`
        : `  ${l.index}  ${sizeChange(l.old.compressed, l.new.compressed)}; ${sizeChange(l.old.unpacked, l.new.unpacked)}`));
    section('Python distributions', versionLines(d.python));
    section('Ubuntu packages', versionLines(d.ubuntu));
    section('Go modules', versionLines(d.go));
    section('Config', valueLines(d.config));
    section('Pebble services', valueLines(d.pebble));
    const appDir = d.app.dir[1] ?? d.app.dir[0];
    if (appDir && d.app.dir[0] !== d.app.dir[1]) {
        section('App directory', [`  ~ /${d.app.dir[0] ?? '(none)'} -> /${d.app.dir[1] ?? '(none)'}`]);
    }
    section(`Files in /${appDir ?? 'app'} (first ${limit} of each)`, fileLines(d, limit));
    section('Not compared', d.problems.map(p => `  ${shown(p)}`));
    return out.join('\n') + '\n';
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
/** Escaped, on one line (line breaks and other controls shown as \u{..}). */
const inline = (text) => escapeHtml(shown(text));
const code = (text) => `<code>${inline(text)}</code>`;
/**
 * A path or reference that may wrap: a break opportunity after each '/' and within a long run
 * without one, so that a deep path does not widen the table past the page (and hide a column).
 */
const pathCode = (text) => `<code>${(shown(text).match(/[^/]{1,40}\/?|\//g) ?? []).map(escapeHtml).join('<wbr>')}</code>`;
const maybe = (text) => (text === undefined ? '' : code(text));
function table(header, rows) {
    const tr = (cells, tag) => `<tr>${cells.map(c => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
    return `<table>${tr(header, 'th')}${rows.map(r => tr(r, 'td')).join('')}</table>\n`;
}
function versionRows(what, v) {
    return [
        ...v.added.map(c => [what, `➕ ${code(c.name)}`, '', code(c.new ?? '')]),
        ...v.removed.map(c => [what, `➖ ${code(c.name)}`, code(c.old ?? ''), '']),
        ...v.changed.map(c => [what, `🔁 ${code(c.name)}`, code(c.old ?? ''), code(c.new ?? '')])
    ];
}
const ROWS_MAX = 50;
/**
 * The job summary's section: every element one line of HTML (no project text can end a block and
 * become Markdown), the summary table first, then one table of what changed.
 */
function diffHtml(d, limit = FILES_LISTED) {
    const parts = ['<h3>What changes in the rock</h3>\n'];
    parts.push(`<p>${pathCode(d.old.given)} (${code(d.old.digest.slice(0, 19))}) → ${pathCode(d.new.given)} (${code(d.new.digest.slice(0, 19))})</p>\n`);
    if (d.old.digest === d.new.digest) {
        parts.push('<p>The same image (one manifest digest): nothing changes.</p>\n');
        return parts.join('');
    }
    parts.push(table(['What', 'Change'], 
    // The values are figures of ours: their arrows may be arrows.
    summaryLines(d).map(([k, v]) => [inline(k), inline(v.replaceAll(' -> ', ' → '))])));
    const rows = [
        ...versionRows('Python', d.python),
        ...versionRows('Ubuntu', d.ubuntu),
        ...versionRows('Go', d.go),
        ...d.config.map(c => ['Config', code(c.name), maybe(c.old), maybe(c.new)]),
        ...d.pebble.map(c => ['Pebble', code(c.name), maybe(c.old), maybe(c.new)]),
        ...d.layers
            .filter(l => !l.same)
            .map(l => [
            'Layer',
            `layer ${l.index} (compressed)`,
            l.old ? inline(sizeText(l.old.compressed)) : '',
            l.new
                ? inline(sizeText(l.new.compressed) +
                    (l.old ? ` (${signed(l.new.compressed - l.old.compressed)})` : ''))
                : ''
        ])
    ];
    const files = (mark, list, side) => list
        .slice(0, limit)
        .map(f => [
        'File',
        `${mark} ${pathCode(f.path)}`,
        side !== 'new' && f.oldSize !== undefined ? inline(sizeText(f.oldSize)) : '',
        side !== 'old' && f.newSize !== undefined ? inline(sizeText(f.newSize)) : ''
    ]);
    rows.push(...files('🔁', d.app.changed, 'both'), ...files('➕', d.app.added, 'new'), ...files('➖', d.app.removed, 'old'));
    if (rows.length) {
        parts.push(table(['Kind', 'Name', 'Before', 'After'], rows.slice(0, ROWS_MAX)), ...(rows.length > ROWS_MAX
            ? [
                `<p>… and ${rows.length - ROWS_MAX} more rows in the diff file (output <code>diff</code>).</p>\n`
            ]
            : []));
    }
    if (d.problems.length) {
        parts.push(`<p>Not compared: ${inline(d.problems.join('; '))}</p>\n`);
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/diff/index.ts
// What changes between two rocks (issue 26): `flask-rock diff OLD NEW` and the action's input
// compare-to. Each side is a .rock, an OCI layout directory or an image reference; both are read
// side by side, each within the rock read's bounds, and compared (compare.ts), then shown as text
// or as the job summary's section (render.ts).






/** Reads both sides side by side and compares them. Throws DiffError (NoSuchImage) for a side it cannot read. */
async function diffRocks(oldSide, newSide, opts = {}) {
    const { tempParent, ...sideOpts } = opts;
    // The SBOM's readers and the CycloneDX library load while the sides are read, not before.
    const sbom = Promise.all(/* import() */[__webpack_require__.e(571), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 7603));
    sbom.catch(() => undefined);
    const [a, b] = await readSides(oldSide, newSide, tempParent ?? external_node_os_.tmpdir(), sideOpts);
    return compareSides(a, b, (await sbom).buildSbom);
}
/** The diff as the JSON file the action writes (output `diff`) and `--format json` prints. */
function diffJson(d) {
    return JSON.stringify(d, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/diff/cli.ts
// `flask-rock diff OLD NEW`: what changes between two rocks. Loaded only for this subcommand; it
// imports no @actions/* package.



const DIFF_USAGE = `Usage: flask-rock diff OLD NEW [--format text|json] [--files N]

Show what changes from the rock OLD to the rock NEW: image size (compressed and unpacked) and
each layer's; the Python distributions, Ubuntu packages and Go modules added, removed and
changed (as the SBOM reads them); the config (user, entrypoint, env, exposed ports, labels);
the Pebble layer's services; the files under the app directory (/flask/app, /app on 26.04).
Each side is a .rock file, an OCI layout directory, or an image reference (pulled by skopeo
with your own registry login, e.g. ghcr.io/org/app:edge). Both are read at the same time.

  --format json     the whole diff as JSON (what the action writes as output \`diff\`)
  --files N         list the first N changed, added and removed files (default ${FILES_LISTED})

Exit status: 0 compared (whether or not they differ), 1 a side cannot be read, 2 usage error.
`;
class UsageError extends Error {
}
async function run(args) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            help: { type: 'boolean', short: 'h' },
            format: { type: 'string' },
            files: { type: 'string' }
        }
    });
    if (values.help) {
        process.stdout.write(DIFF_USAGE);
        return 0;
    }
    if (positionals.length !== 2) {
        throw new UsageError(`expected OLD and NEW, got ${positionals.length} argument(s)`);
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
        throw new UsageError(`--format must be text or json, not '${format}'`);
    }
    const files = values.files === undefined ? FILES_LISTED : Number(values.files);
    if (!Number.isSafeInteger(files) || files < 0) {
        throw new UsageError(`--files must be a whole number, not '${values.files}'`);
    }
    const diff = await diffRocks(positionals[0], positionals[1]);
    // Names and paths come from the rocks: never read as workflow commands on a runner.
    (0,untrusted/* writeUntrusted */.GP)(format === 'json' ? diffJson(diff) : diffText(diff, files), line => process.stdout.write(`${line}\n`));
    return 0;
}
async function diffCommand(args) {
    try {
        return await run(args);
    }
    catch (err) {
        if (err instanceof UsageError ||
            err.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`flask-rock diff: ${err.message}\n\n${DIFF_USAGE}`);
            return 2;
        }
        if (err instanceof DiffError) {
            process.stderr.write(`flask-rock diff: ${err.message.split('\n')[0]}\n`);
            return 1;
        }
        throw err;
    }
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   XK: () => (/* binding */ privateDir),
/* harmony export */   wi: () => (/* binding */ removePrivateFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Secrets a child program must read from a file (the smoke test's env file, the registry auth
// file) live in a directory of our own, made 0700 before the 0600 file is written: never
// readable by another user, not even for a moment.


/** A new directory under `parent` that only the runner user can enter. */
async function privateDir(parent, prefix) {
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1__.join(parent, prefix));
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod(dir, 0o700);
    return dir;
}
/** Writes a new file readable only by the runner user; refuses to replace one. */
async function writePrivateFile(file, text) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, text, { mode: 0o600, flag: 'wx' });
}
/**
 * Removes a secret file and, when it sits in a directory of ours (named with `prefix`), that
 * directory too. Never throws: what could not be removed is a warning naming `what`, given to
 * `warn` (core.warning in the action; the local CLI loads no @actions/*).
 */
async function removePrivateFile(file, prefix, what, warn) {
    try {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir).startsWith(prefix))
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(dir, { recursive: true, force: true });
        else
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(file, { force: true });
    }
    catch (err) {
        warn(`Could not remove ${what} ${file}: ${err.message}`);
    }
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ skopeoCommand),
/* harmony export */   gb: () => (/* binding */ explainDaemonRefusal),
/* harmony export */   j: () => (/* binding */ skopeoMessage),
/* harmony export */   oK: () => (/* binding */ refuseSkopeoTooOldForDaemon)
/* harmony export */ });
/* unused harmony exports parseSkopeoVersion, atLeast, PRESERVE_DIGESTS_SINCE, SPEAKS_API_1_22_BELOW, skopeoVersion, daemonApiProblem, daemonRefusal, tooOldMessage */
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9144);
// skopeo moves rocks (OCI archives) into Docker and registries. rockcraft ships its own as
// rockcraft.skopeo; use that when present so the rock is read by the skopeo that wrote it.
// Its version decides which flags it takes and which Docker daemons it can talk to.

async function skopeoCommand(env = process.env) {
    return (await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .onPath */ .L)('rockcraft.skopeo', env)) ? 'rockcraft.skopeo' : 'skopeo';
}
/** skopeo's own message, without the logrus decoration: `time=... level=fatal msg="..."`. */
function skopeoMessage(stderr) {
    const lines = (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .tailLines */ .os)(stderr, 50).split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const m = /level=(?:fatal|error) msg="((?:[^"\\]|\\.)*)"/.exec(lines[i]);
        if (m)
            return m[1].replace(/\\(.)/g, '$1');
    }
    return lines[lines.length - 1] ?? '';
}
/** `skopeo version 1.4.1 commit: ...` -> 1.4.1; anything else names no version. */
function parseSkopeoVersion(output) {
    const m = /\bversion v?([0-9]{1,4})\.([0-9]{1,4})\.([0-9]{1,4})\b/.exec(output);
    if (!m)
        return { text: output.trim().split('\n')[0].slice(0, 80) || 'no version' };
    const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
    return { text: parts.join('.'), parts };
}
/** Whether the version is at least `min`; an unknown version is not. */
function atLeast(version, min) {
    if (!version.parts)
        return false;
    for (let i = 0; i < 3; i++) {
        if (version.parts[i] !== min[i])
            return version.parts[i] > min[i];
    }
    return true;
}
/** `copy --preserve-digests` came with skopeo 1.6.0 (ubuntu-22.04 ships 1.4.1). */
const PRESERVE_DIGESTS_SINCE = (/* unused pure expression or super */ null && ([1, 6, 0]));
/**
 * Upstream skopeo spoke Docker API 1.22 to a daemon before 1.14.2 (containers/image#2260); Docker
 * 25 and later refuse below 1.24. Distributions patch it: Ubuntu 24.04's 1.13.3 speaks 1.41
 * (skopeo#2802). So only releases below 1.13 (ubuntu-22.04's 1.4.1, the 1.9 rockcraft shipped
 * until rockcraft#490) are refused before the load; any other refusal is the daemon's, named.
 */
const SPEAKS_API_1_22_BELOW = [1, 13, 0];
// Read once per command and PATH: every publish, merge and load of a run asks the same tool.
const versions = new Map();
/** What `<command> --version` says, read once; a tool that will not say has no known version. */
function skopeoVersion(command, env = process.env) {
    const key = `${command}\0${env.PATH ?? ''}`;
    let version = versions.get(key);
    if (!version) {
        version = (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(command, ['--version'], {
            what: `ask ${command} its version`,
            timeoutMs: 30_000,
            env
        })
            .then(r => (r.code === 0 ? parseSkopeoVersion(r.stdout) : { text: 'no version' }))
            .catch(() => ({ text: 'no version' }));
        versions.set(key, version);
    }
    return version;
}
/** Compares two Docker API versions ("1.22" < "1.24" < "1.100"). */
function apiBelow(a, b) {
    const [am, an] = a.split('.').map(Number);
    const [bm, bn] = b.split('.').map(Number);
    return am !== bm ? am < bm : an < bn;
}
/**
 * Why this skopeo cannot load into a daemon whose oldest API is `daemonMinApi`, or undefined:
 * a skopeo below 1.13 speaks API 1.22, which Docker 25 and later refuse.
 */
function daemonApiProblem(command, version, daemonMinApi, daemonVersion) {
    if (!version.parts || atLeast(version, SPEAKS_API_1_22_BELOW))
        return undefined;
    if (!/^[0-9]+\.[0-9]+$/.test(daemonMinApi) || !apiBelow('1.22', daemonMinApi))
        return undefined;
    return tooOldMessage(command, version.text, '1.22', daemonVersion, daemonMinApi);
}
/** The daemon's own refusal of an old client, when skopeo's message is one. */
function daemonRefusal(message) {
    const m = /client version ([0-9]+\.[0-9]+) is too old\. Minimum supported API version is ([0-9]+\.[0-9]+)/.exec(message);
    return m ? { client: m[1], min: m[2] } : undefined;
}
function tooOldMessage(command, skopeo, clientApi, daemonVersion, daemonMinApi) {
    return `${command} ${skopeo} speaks Docker API ${clientApi}, and this Docker daemon (${daemonVersion}) accepts ${daemonMinApi} and later: it cannot load the rock. Use a newer skopeo: the rockcraft snap's rockcraft.skopeo (install rockcraft, or let the action pack the rock), or run on ubuntu-24.04, whose skopeo speaks a newer API`;
}
/** The daemon's version and the oldest API it accepts; undefined when docker will not say. */
async function daemonApi(host) {
    const r = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('docker', [
        ...(host ? ['-H', host] : []),
        'version',
        '--format',
        '{{.Server.Version}} {{.Server.MinAPIVersion}}'
    ], { what: 'ask the Docker daemon its API versions', timeoutMs: 30_000 }).catch(() => undefined);
    const m = r?.code === 0 ? /^(\S+) ([0-9]+\.[0-9]+)\s*$/.exec(r.stdout.trim()) : null;
    return m ? { version: `Docker ${m[1]}`, minApi: m[2] } : undefined;
}
/**
 * Refuses, before a load into Docker, a skopeo that speaks an API the daemon refuses; the
 * message names both versions and the fix.
 */
async function refuseSkopeoTooOldForDaemon(command, host) {
    const version = await skopeoVersion(command);
    if (!version.parts || atLeast(version, SPEAKS_API_1_22_BELOW))
        return;
    const daemon = await daemonApi(host);
    const problem = daemon && daemonApiProblem(command, version, daemon.minApi, daemon.version);
    if (problem)
        throw new _process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(problem);
}
/** A failed load whose cause is the daemon refusing skopeo's API: the same clear message. */
async function explainDaemonRefusal(command, host, err) {
    if (!(err instanceof _process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd))
        return err;
    const refusal = daemonRefusal(`${err.message}\n${err.result?.stderr ?? ''}`);
    if (!refusal)
        return err;
    const [version, daemon] = await Promise.all([skopeoVersion(command), daemonApi(host)]);
    return new _process_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(tooOldMessage(command, version.text, refusal.client, daemon?.version ?? 'the Docker daemon', refusal.min), err.result);
}


/***/ })

};

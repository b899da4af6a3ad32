export const id = 33;
export const ids = [33,316];
export const modules = {

/***/ 7033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expansionForInstalledRockcraft: () => (/* reexport */ revision/* expansionForInstalledRockcraft */.w),
  packStage: () => (/* reexport */ packStage),
  savePackCache: () => (/* reexport */ savePackCache)
});

// EXTERNAL MODULE: ./src/action/runner-io.ts
var runner_io = __webpack_require__(923);
// EXTERNAL MODULE: ./src/core/index.ts + 20 modules
var core = __webpack_require__(9424);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 351 modules
var cache = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(645);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
// EXTERNAL MODULE: ./src/rock/error.ts
var error = __webpack_require__(8331);
// EXTERNAL MODULE: ./src/rock/tar.ts
var tar = __webpack_require__(8954);
;// CONCATENATED MODULE: ./src/pack/cache-archive.ts
// A pack cache archive, judged before root unpacks it. Anyone who can write a cache entry of the
// repository (any workflow run of it, a pull request's among them) chooses its bytes, and root's
// tar recreates what they hold; tar itself refuses only the classic escapes (absolute names, '..').
// So the archive is listed first, here, by its headers alone, and refused whole when it holds what
// the build's caches never hold:
// - a symbolic link whose target is absolute or leaves the cached tree (the root build would
//   write through it), a hard link to a name outside the tree, an entry below a link;
// - a device node, a FIFO, or any entry type the save never writes;
// - a setuid or setgid file. How we tell the build did not make it: the caches hold downloads only
//   (wheels, debs, chisel's slices, Go modules, the base image's blobs): archives, never installed
//   programs, which live in parts/ and prime/, never cached. So no setuid or setgid file in them
//   was made by the build;
// - a world-writable file, a world-writable directory without the sticky bit, or a cached tree's
//   root writable by group or others (a cache root made 0777 lets any user swap what root reads);
// - an extended attribute outside the user.* namespace (file capabilities are security.*): the
//   save archives user.* only, so anything else was not written by it;
// - an entry outside the tree the archive is for.
// The archive is read by the one tar grammar the rock's read uses (src/rock/tar.ts).




const MAX_ENTRIES = 5_000_000;
/** The entries of an uncompressed tar archive, headers only (bodies are skipped, not read). */
async function cacheEntries(archive) {
    const file = await (0,promises_.open)(archive, 'r');
    try {
        let count = 0;
        const headers = await (0,tar/* listTar */.wl)(file, {
            check: () => {
                if (++count > MAX_ENTRIES)
                    throw new error/* RockError */.O('it holds too many entries');
            },
            onEntry: h => {
                // Only a file has a body; any other entry with one is not the save's.
                if (h.type !== 'file' && h.declaredSize !== 0) {
                    throw new error/* RockError */.O(`${show(h.path)} is an entry of type '${h.flag}' with a body`);
                }
            }
        });
        return headers.map(h => ({
            path: normalName(h.path),
            type: h.flag === '\0' ? '0' : h.flag,
            mode: h.mode,
            linkname: h.linkname,
            xattrs: h.xattrs
        }));
    }
    finally {
        await file.close();
    }
}
function normalName(name) {
    let n = name;
    while (n.startsWith('./'))
        n = n.slice(2);
    n = n.replace(/\/+$/, '');
    return n === '' ? '.' : n;
}
/** A name for the log: quoted, control characters escaped, at most 200 characters. */
function show(name) {
    const quoted = JSON.stringify(name);
    return quoted.length > 200 ? `${quoted.slice(0, 197)}..."` : quoted;
}
/** Whether `p` (normalized, relative) is `root` or below it; root '.' holds every relative name. */
function within(p, root) {
    if (external_node_path_.posix.isAbsolute(p) || p === '..' || p.startsWith('../'))
        return false;
    return root === '.' || p === root || p.startsWith(`${root}/`);
}
const TYPES = {
    '3': 'a character device node',
    '4': 'a block device node',
    '6': 'a FIFO'
};
/**
 * Why root must not unpack this archive into the tree `member` ('.' for the whole directory), or
 * undefined. One reason, the first found.
 */
function cacheEntriesProblem(entries, member) {
    const links = new Set();
    for (const e of entries) {
        const name = show(e.path);
        if (external_node_path_.posix.isAbsolute(e.path) || e.path.split('/').includes('..')) {
            return `${name} names a place outside the cache`;
        }
        if (!within(e.path, member))
            return `${name} is outside ${member}, which this archive is for`;
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            if (links.has(parts.slice(0, i).join('/')))
                return `${name} lies below a link`;
        }
        if (TYPES[e.type])
            return `${name} is ${TYPES[e.type]}`;
        if (!['0', '1', '2', '5'].includes(e.type)) {
            return `${name} is an entry of type '${e.type}', which the cache save never writes`;
        }
        if (e.type === '2') {
            links.add(e.path);
            const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(e.path), e.linkname));
            if (external_node_path_.posix.isAbsolute(e.linkname) || !within(target, member)) {
                return `${name} is a link to ${show(e.linkname)}, outside the cache`;
            }
        }
        if (e.type === '1') {
            const target = normalName(e.linkname);
            if (target.split('/').includes('..') || !within(target, member)) {
                return `${name} is a hard link to ${show(e.linkname)}, outside the cache`;
            }
        }
        const foreign = e.xattrs.find(x => !x.startsWith('user.'));
        if (foreign !== undefined) {
            return `${name} carries the extended attribute ${show(foreign)} (the cache save keeps user.* only)`;
        }
        if (e.type === '2')
            continue; // a link's own mode means nothing
        if (e.type !== '5' && e.mode & 0o6000) {
            return `${name} is setuid or setgid (mode ${(e.mode & 0o7777).toString(8)}), which no download the build caches is`;
        }
        if (e.path === member && e.mode & 0o022) {
            return `the cache's root ${name} is writable by ${e.mode & 0o002 ? 'anyone' : 'its group'} (mode ${(e.mode & 0o7777).toString(8)})`;
        }
        if (e.mode & 0o002 && !(e.type === '5' && e.mode & 0o1000)) {
            return `${name} is writable by anyone (mode ${(e.mode & 0o7777).toString(8)})`;
        }
    }
    return undefined;
}
/** Lists the archive and judges it for `member`; an unreadable or malformed archive is refused too. */
async function cacheArchiveProblem(archive, member) {
    try {
        return cacheEntriesProblem(await cacheEntries(archive), member);
    }
    catch (err) {
        if (err instanceof error/* RockError */.O)
            return `it is no archive the cache save writes: ${err.message}`;
        throw err;
    }
}

// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/pack/pack.ts
var pack = __webpack_require__(7316);
;// CONCATENATED MODULE: ./src/pack/mode.ts
// Which way rockcraft builds on this runner, and why.


/** ubuntu:22.04 and ubuntu@22.04 are the same base. */
function normalizeBase(base) {
    return base.replace(/^ubuntu:/, 'ubuntu@');
}
/** The release the build runs on: build-base when given, else base ('bare' needs a build-base). */
function effectiveBuildBase(project) {
    const b = project.buildBase ?? (project.base === 'bare' ? undefined : project.base);
    return b === undefined ? undefined : normalizeBase(b);
}
function chooseBuildMode(requested, project, runner) {
    const buildBase = effectiveBuildBase(project);
    const host = runner.release ?? 'a non-Ubuntu host';
    const matches = buildBase !== undefined && runner.release === buildBase;
    if (requested === 'lxd') {
        return { mode: 'lxd', reason: 'build-mode lxd was requested' };
    }
    if (requested === 'destructive') {
        if (!matches) {
            throw new context/* InputError */.dz(`build-mode destructive builds on the runner itself, so the runner's release must equal the build base: this runner is ${host}, the project builds on ${buildBase ?? '(no build-base)'}. Use build-mode lxd or auto, or a runner of that release.`);
        }
        return { mode: 'destructive', reason: 'build-mode destructive was requested' };
    }
    if (!matches) {
        return {
            mode: 'lxd',
            reason: `auto: the runner is ${host} but the project builds on ${buildBase ?? '(no build-base)'}, so it needs an LXD instance of that release`
        };
    }
    if (!runner.ephemeral) {
        return {
            mode: 'lxd',
            reason: `auto: this runner is not a throw-away GitHub-hosted VM, and destructive mode would install build packages on it`
        };
    }
    return {
        mode: 'destructive',
        reason: `auto: the runner is a throw-away ${host} VM, the same release as the build base, so building on it directly is safe, skips installing LXD and lets the restored cache reach the build`
    };
}
/** Reads /etc/os-release (path injectable for tests) and the runner kind from the environment. */
async function detectRunner(env = process.env, osRelease = '/etc/os-release') {
    let release;
    try {
        const text = await (0,promises_.readFile)(osRelease, 'utf8');
        const field = (k) => text.match(new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm'))?.[1];
        if (field('ID') === 'ubuntu' && field('VERSION_ID'))
            release = `ubuntu@${field('VERSION_ID')}`;
    }
    catch {
        release = undefined;
    }
    return { release, ephemeral: env.RUNNER_ENVIRONMENT === 'github-hosted' };
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/pack/cache.ts
// The pack cache: what destructive builds download, carried from one run to the next.
//
// What is cached, and why no more (README, "Caching"):
// - XDG_CACHE_HOME of the build (destructiveCacheHome): pip's wheels and HTTP cache, rockcraft's
//   stage-package downloads, chisel's slices, Go's build cache and module cache (GOMODCACHE is
//   pointed there by packCommand).
// - The base image rockcraft downloads into images/<image> in the project (ubuntu bases; bare
//   has none).
// Not cached: parts/, stage/ and prime/. A checkout gives every project file a new mtime, so
//   craft-parts re-runs every part whose source is the project ("." in the dependencies and
//   install-app parts) anyway; and its local-source update copies changed files without removing
//   deleted ones, so a restored install-app part would ship files the commit no longer has.
//   bundles/ is removed and unpacked again by every pack. A managed (LXD) build reads nothing from
//   the host but the project, so nothing is cached there.
//
// How: the build runs as root and leaves root-owned files (pip uses a cache dir as root only when
// root owns it), so the runner user's tar inside @actions/cache cannot carry them faithfully. The
// post step archives them as root with numeric owners, modes, timestamps and user.* xattrs, and
// @actions/cache saves that archive; main lists it, refuses it when it holds what the build's
// caches never hold (cache-archive.ts), and otherwise unpacks it as root before packing.













const KEY_VERSION = 'flask-rock-pack-v2';
// Cache keys allow no commas and 512 characters: keep each part short and plain.
const sha = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
const safe = (s) => {
    const plain = s.replace(/[^A-Za-z0-9._@-]+/g, '_');
    return plain === s && s.length <= 48 ? s : `${plain.slice(0, 35)}~${sha(s).slice(0, 12)}`;
};
/** JSON with sorted keys, so that reordering a map does not change a hash. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .sort()
            .map(k => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v ?? null);
}
/**
 * key: runner OS, arch, mode, base/build-base, installed rockcraft revision, hash of the
 * dependencies: one entry per base/arch/dependency set, whatever the project's path.
 * restoreKeys, newest first: the same revision's other dependency sets, then any revision's
 * (downloads stay valid across both).
 */
function packCacheKey(input) {
    const platform = [
        KEY_VERSION,
        input.runnerOs,
        input.arch,
        input.mode,
        normalizeBase(input.base),
        normalizeBase(input.buildBase ?? input.base),
        // Always a segment, so that no prefix of one scope is a prefix of another's keys.
        input.scope ? `s.${input.scope}` : 'shared'
    ]
        .map(safe)
        .join('-');
    const withRevision = `${platform}-${safe(`rev${input.revision}`)}`;
    const key = `${withRevision}-${sha(canonicalJson(input.dependencies))}`;
    return { key, restoreKeys: [`${withRevision}-`, `${platform}-`] };
}
// Parts' fields that the extension fills from the project's top-level file names: they move
// app files around and download nothing. The part is flask-framework.install-app on 26.04.
const APP_FILE_FIELDS = {
    'flask-framework/install-app': ['organize', 'stage', 'prime'],
    'flask-framework.install-app': ['organize', 'stage', 'prime']
};
/**
 * What decides what a pack downloads and builds, by file: the bytes of each dependency file the
 * project check found (requirements.txt, pyproject.toml, and uv.lock when the uv plugin builds
 * from it), and for rockcraft.yaml the expanded
 * project's parts, platforms and package repositories (not its summary, version or services).
 */
async function cacheDependencies(project) {
    const out = {};
    for (const file of project.dependencyFiles) {
        if (external_node_path_.basename(file) === 'rockcraft.yaml')
            continue; // decided by the expansion, below
        out[external_node_path_.relative(project.dir, file)] = sha(await (0,promises_.readFile)(file));
    }
    const { expanded } = project;
    const parts = Object.fromEntries(Object.entries((expanded.parts ?? {})).map(([name, part]) => [
        name,
        Object.fromEntries(Object.entries(part ?? {}).filter(([k]) => !APP_FILE_FIELDS[name]?.includes(k)))
    ]));
    out['rockcraft.yaml'] = canonicalJson({
        parts,
        platforms: expanded.platforms,
        'package-repositories': expanded['package-repositories']
    });
    return out;
}
/** Where the archives that @actions/cache saves and restores live: one fixed path, since the
 * cache service ties an entry to the paths it was saved from. */
function cacheArchiveDir() {
    return external_node_path_.join((0,external_node_os_.homedir)(), '.cache', 'flask-rock-archive');
}
/**
 * The directory under images/ where rockcraft keeps the base image it downloads
 * (`ubuntu@24.04` -> `ubuntu:24.04`); undefined for bare, which downloads none.
 */
function baseImageDir(base) {
    const m = /^ubuntu[@:]([0-9]{2}\.[0-9]{2})$/.exec(base);
    return m ? `ubuntu:${m[1]}` : undefined;
}
/**
 * What the cache carries for a destructive build of `projectDir` on `base`: computed, never read
 * from the post state (a tampered state must not steer a root tar).
 */
function cacheTrees(projectDir, base, cacheHome) {
    const trees = [{ archive: 'downloads.tar', dir: cacheHome, member: '.' }];
    const image = baseImageDir(base);
    if (image) {
        trees.push({ archive: 'base-image.tar', dir: projectDir, member: `images/${image}` });
    }
    return trees;
}
// Root's tar, keeping everything that decides the rock: numeric owners (the build's 584792 has no
// name on the runner), every mode bit, timestamps to the nanosecond (POSIX format), and the user.*
// xattrs only: the restore refuses any other (a file capability is security.*).
const TAR_KEEP = [
    '--numeric-owner',
    '--preserve-permissions',
    '--xattrs',
    '--xattrs-include=user.*'
];
const TAR_TIMEOUT = 20 * 60_000;
/** tar's argv that archives a tree (run as root). */
function tarCreateArgs(archive, tree) {
    const at = ['--directory', tree.dir, tree.member];
    return ['tar', '--create', '--file', archive, '--format=posix', ...TAR_KEEP, ...at];
}
/** tar's argv that unpacks a tree's archive (run as root): only its member, owners kept. */
function tarExtractArgs(archive, tree) {
    // Only the member this archive is for: a cache entry cannot write elsewhere in the project.
    const only = tree.member === '.' ? [] : [tree.member];
    const at = ['--directory', tree.dir, ...only];
    return ['tar', '--extract', '--file', archive, ...TAR_KEEP, '--same-owner', ...at];
}
/** The build's cache home, owned by root as pip running as root requires, its parent ours. */
async function prepareCacheHome(cacheHome, env) {
    await (0,promises_.mkdir)(external_node_path_.dirname(cacheHome), { recursive: true });
    await (0,exec/* runOk */.uO)('sudo', ['install', '-d', '-o', '0', '-g', '0', cacheHome], {
        what: 'make the build cache directory, owned by root',
        timeoutMs: 60_000,
        env
    });
}
/** Restores the pack cache and records in the post state what to save. Never throws. */
async function restorePackCache(opts) {
    const skip = (why) => {
        runner_io/* info */.pq(`Pack cache: ${why}`);
        runner_io/* setOutput */.uH('cache-hit', 'false');
        return { skipped: why, exactHit: false, restored: [] };
    };
    if (!opts.enabled)
        return skip('off (input cache is false)');
    if (opts.mode !== 'destructive') {
        return skip(`not used in ${opts.mode} mode: a managed build keeps its downloads inside its LXD instance, where restored files cannot reach (build-mode auto picks destructive on a runner of the build base's release)`);
    }
    const { project } = opts;
    const env = opts.env ?? process.env;
    const archiveDir = opts.archiveDir ?? cacheArchiveDir();
    const trees = cacheTrees(project.dir, project.base, opts.cacheHome ?? (0,pack/* destructiveCacheHome */.Ez)());
    try {
        if (!cache/* isFeatureAvailable */.w3()) {
            return skip('no cache service here (a fork, GHES or a local run)');
        }
        const { key, restoreKeys } = packCacheKey({
            runnerOs: env.RUNNER_OS ?? process.platform,
            arch: env.RUNNER_ARCH ?? process.arch,
            mode: opts.mode,
            base: project.base,
            buildBase: project.buildBase,
            scope: opts.scope,
            revision: opts.revision,
            dependencies: await cacheDependencies(project)
        });
        (0,state/* saveState */.LZ)({ cacheKey: key, cacheBase: project.base });
        const started = Date.now();
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        const matchedKey = await cache/* restoreCache */.P3([archiveDir], key, restoreKeys);
        const restored = [];
        if (matchedKey !== undefined) {
            const present = new Set(await (0,promises_.readdir)(archiveDir).catch(() => []));
            const found = trees.filter(t => present.has(t.archive));
            // Every archive is judged before any is unpacked: one refused, none is used.
            for (const tree of found) {
                const problem = await refusal(external_node_path_.join(archiveDir, tree.archive), tree);
                if (problem) {
                    await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
                    runner_io/* warning */.$e(`Pack cache: refused ${matchedKey}, packing without it: ${tree.archive}: ${problem}`);
                    runner_io/* setOutput */.uH('cache-hit', 'false');
                    return { key, exactHit: false, restored: [], refused: `${tree.archive}: ${problem}` };
                }
            }
            (0,state/* saveState */.LZ)({ cacheMatchedKey: matchedKey });
            for (const tree of found) {
                await unpack(external_node_path_.join(archiveDir, tree.archive), tree, env);
                restored.push(`${tree.archive} -> ${external_node_path_.join(tree.dir, tree.member)}`);
            }
        }
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        const exactHit = matchedKey === key;
        const took = (0,report/* seconds */.YA)(Date.now() - started);
        if (matchedKey === undefined)
            runner_io/* info */.pq(`Pack cache: miss for ${key}`);
        else
            runner_io/* info */.pq(`Pack cache: ${exactHit ? 'exact hit' : `partial hit on ${matchedKey} for`} ${key}, unpacked ${restored.join(', ') || 'nothing'} (in ${took})`);
        runner_io/* setOutput */.uH('cache-hit', String(exactHit));
        return { key, matchedKey, exactHit, restored };
    }
    catch (err) {
        runner_io/* warning */.$e(`Pack cache: restore failed, packing without it: ${err.message}`);
        runner_io/* setOutput */.uH('cache-hit', 'false');
        return { exactHit: false, restored: [] };
    }
}
/** Why root must not unpack this archive into its tree, or undefined. */
async function refusal(archive, tree) {
    // The project decides what its images/ is: a link there would take root's tar elsewhere.
    const link = await linkOnTheWay(tree.dir, tree.member);
    if (link)
        return `${link} is a symbolic link or not a directory; the cache is never restored through one`;
    return cacheArchiveProblem(archive, tree.member);
}
/** The first step of `dir/member` that exists and is a symbolic link or no directory, or undefined. */
async function linkOnTheWay(dir, member) {
    const steps = member === '.' ? [] : member.split('/');
    for (let i = 0; i <= steps.length; i++) {
        const step = external_node_path_.join(dir, ...steps.slice(0, i));
        const st = await (0,promises_.lstat)(step).catch(() => undefined);
        if (!st)
            return undefined; // made by the restore, as a directory
        if (st.isSymbolicLink() || !st.isDirectory())
            return step;
    }
    return undefined;
}
async function unpack(archive, tree, env) {
    // Parents are ours (a root-owned ~/.cache would lock the runner user out); the tree is root's.
    await (0,promises_.mkdir)(external_node_path_.dirname(tree.dir), { recursive: true });
    await (0,exec/* runOk */.uO)('sudo', ['mkdir', '-p', tree.dir], {
        what: `make ${tree.dir} for the restored cache`,
        timeoutMs: 60_000,
        env
    });
    await (0,exec/* runOk */.uO)('sudo', tarExtractArgs(archive, tree), {
        what: `unpack the cached ${tree.archive} as root`,
        timeoutMs: TAR_TIMEOUT,
        env
    });
}
/** A real directory at `dir/member`, reached through no symbolic link. */
async function isPlainDir(dir, member) {
    const steps = member === '.' ? [] : member.split('/');
    for (let i = 0; i <= steps.length; i++) {
        const st = await (0,promises_.lstat)(external_node_path_.join(dir, ...steps.slice(0, i))).catch(() => undefined);
        if (!st || st.isSymbolicLink() || !st.isDirectory())
            return false;
    }
    return true;
}
/** For the post step: saves after a successful pack that had no exact hit. Never throws. */
async function savePackCache(state, opts = {}) {
    const archiveDir = opts.archiveDir ?? cacheArchiveDir();
    try {
        const { cacheKey: key, cacheBase: base } = state;
        if (!key || !base)
            return;
        if (!state.packSucceeded) {
            runner_io/* info */.pq('Pack cache: not saved, the pack did not succeed');
            return;
        }
        if (state.cacheMatchedKey === key) {
            runner_io/* info */.pq(`Pack cache: not saved, ${key} was an exact hit`);
            return;
        }
        if (!cache/* isFeatureAvailable */.w3()) {
            runner_io/* info */.pq('Pack cache: not saved, no cache service here');
            return;
        }
        const env = opts.env ?? process.env;
        // The places are the ones this code knows, from the inputs; the state only names the base,
        // which picks at most the ubuntu:NN.NN image directory.
        const projectDir = opts.projectDir ?? (0,context/* getInputs */.GP)().projectPath;
        const trees = cacheTrees(projectDir, base, opts.cacheHome ?? (0,pack/* destructiveCacheHome */.Ez)());
        const started = Date.now();
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(archiveDir, { recursive: true });
        const archived = [];
        for (const tree of trees) {
            if (!(await isPlainDir(tree.dir, tree.member)))
                continue;
            await (0,exec/* runOk */.uO)('sudo', tarCreateArgs(external_node_path_.join(archiveDir, tree.archive), tree), {
                what: `archive ${external_node_path_.join(tree.dir, tree.member)} as root`,
                timeoutMs: TAR_TIMEOUT,
                env
            });
            archived.push(tree.archive);
        }
        if (archived.length === 0) {
            runner_io/* info */.pq('Pack cache: nothing to save');
            return;
        }
        // @actions/cache reports most failures itself and answers -1.
        const id = await cache/* saveCache */.Io([archiveDir], key);
        const took = (0,report/* seconds */.YA)(Date.now() - started);
        if (id === -1)
            runner_io/* info */.pq(`Pack cache: ${key} was not saved (see the cache's message above)`);
        else
            runner_io/* info */.pq(`Pack cache: saved ${archived.join(', ')} as ${key} in ${took}`);
    }
    catch (err) {
        const e = err;
        if (e.name === 'ReserveCacheError') {
            runner_io/* info */.pq(`Pack cache: not saved, another job is saving the same key (${e.message})`);
        }
        else {
            runner_io/* warning */.$e(`Pack cache: save failed, the next run will start cold: ${e.message}`);
        }
    }
    finally {
        // Root-owned archives in our own directory: we may remove them.
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true }).catch(() => { });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/pack/crosscheck.ts
// Compares our rendering of the flask-framework expansion with rockcraft's own.



function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function sameValue(a, b) {
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    }
    if (isMap(a) && isMap(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every(k => k in b && sameValue(a[k], b[k]));
    }
    return a === b;
}
/**
 * Key paths where two expansions differ, dot-joined (keys may hold '/'), sorted:
 * e.g. "parts.flask-framework/dependencies.stage-packages". Maps are compared key by key;
 * any other value (lists included) as a whole. A key present on one side only is a difference.
 */
function diffExpansions(ours, theirs, prefix = '') {
    if (isMap(ours) && isMap(theirs)) {
        const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
        return keys.flatMap(k => {
            const at = prefix === '' ? k : `${prefix}.${k}`;
            if (!(k in ours) || !(k in theirs))
                return [at];
            return diffExpansions(ours[k], theirs[k], at);
        });
    }
    return sameValue(ours, theirs) ? [] : [prefix === '' ? '(the whole document)' : prefix];
}
/** What `rockcraft expand-extensions` prints for the project, parsed. Runs on the host, no LXD. */
async function rockcraftExpansion(projectDir, env = process.env) {
    const result = await (0,exec/* runOk */.uO)('rockcraft', ['expand-extensions'], {
        what: 'expand the extensions with rockcraft',
        timeoutMs: 5 * 60_000,
        cwd: projectDir,
        env
    });
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(result.stdout);
    }
    catch (err) {
        throw new Error(`rockcraft expand-extensions printed something that is not YAML: ${err.message.split('\n')[0]}`, { cause: err });
    }
    if (!isMap(doc))
        throw new Error('rockcraft expand-extensions printed no project');
    return doc;
}
/**
 * Cross-checks our expansion against rockcraft's; a difference is a warning naming the keys.
 * Returns the expansion the rest of the run must use: rockcraft's, since it is what gets built.
 */
async function crossCheckExpansion(ours, projectDir, env = process.env) {
    const theirs = await rockcraftExpansion(projectDir, env);
    const differences = diffExpansions(ours, theirs);
    if (differences.length === 0) {
        runner_io/* info */.pq('The expansion matches `rockcraft expand-extensions`');
    }
    else {
        runner_io/* warning */.$e(`Our flask-framework expansion differs from rockcraft's at: ${differences.join(', ')}. Using rockcraft's for the rest of the run.`);
    }
    return { expansion: theirs, differences };
}

// EXTERNAL MODULE: ./src/pack/install.ts + 1 modules
var pack_install = __webpack_require__(6700);
;// CONCATENATED MODULE: ./src/pack/stage.ts
// The pack stage of the action, in order: choose the build mode and the platforms, install,
// restore the cache, cross-check the expansion, pack. main.ts calls this after getInputs() has
// validated the inputs.








/**
 * Packs the project the check read and expanded (main's CheckResult): rockcraft.yaml is not
 * read again here. Sets the outputs rock and cache-hit and records packSucceeded for the post
 * step. Throws InputError for a project without an expansion, name, version or platforms, or a
 * build mode this runner cannot do (before installing anything), CommandError for a failed
 * install or pack, Error when no rock appears.
 */
async function packStage(inputs, checked, opts = {}) {
    const env = opts.env ?? process.env;
    const project = (0,pack/* packProject */.tA)(checked);
    const runner = await detectRunner(env, opts.osRelease);
    const { mode, reason } = chooseBuildMode(inputs.buildMode, project, runner);
    runner_io/* info */.pq(`Build mode: ${mode} (${reason})`);
    const plan = (0,pack/* planPlatforms */.CT)(project.platforms, mode, inputs.platform);
    runner_io/* info */.pq(`Platforms: ${plan.packed.map(p => p.name).join(', ')}${plan.select ? ` (--platform ${plan.select})` : ''}; smoke-testing ${plan.smoke.name}`);
    if (!plan.smoke.buildFor.includes((0,pack.hostArch)())) {
        runner_io/* warning */.$e(`No platform packed here is built for this ${(0,pack.hostArch)()} runner: the smoke test runs ${plan.smoke.name}, built for ${plan.smoke.buildFor.join(', ')}, which needs emulation`);
    }
    const install = await (0,pack_install/* installRockcraft */.$)({
        channel: inputs.rockcraftChannel,
        revision: inputs.rockcraftRevision,
        lxd: mode === 'lxd',
        env,
        retry: opts.retry,
        user: opts.user,
        rootOwnedByRoot: opts.rootOwnedByRoot
    });
    // The installed rockcraft names its revision in the config-files source: so do we from here on.
    const ours = (0,core/* withRockcraftRevision */.LY)(project.expanded, install.rockcraftRevision);
    const cacheHome = opts.cacheHome ?? (0,pack/* destructiveCacheHome */.Ez)();
    const cache = await restorePackCache({
        enabled: inputs.cache,
        mode,
        project: { ...project, expanded: ours },
        revision: install.rockcraftRevision,
        scope: inputs.cacheScope,
        env,
        cacheHome
    });
    let expansion = ours;
    let differences = [];
    try {
        ;
        ({ expansion, differences } = await crossCheckExpansion(ours, project.dir, env));
    }
    catch (err) {
        // The pack below will meet the same problem and report it in full.
        runner_io/* warning */.$e(`Could not cross-check the expansion: ${err.message}`);
    }
    if (mode === 'destructive')
        await prepareCacheHome(cacheHome, env);
    const packed = await (0,pack/* packRock */.$H)({
        projectDir: project.dir,
        name: project.name,
        version: project.version,
        packed: plan.packed,
        select: plan.select,
        mode,
        verbosity: inputs.verbosity,
        env,
        user: opts.user,
        cacheHome
    });
    (0,state/* saveState */.LZ)({ packSucceeded: true });
    const rock = packed.rocks.find(r => r.platform === plan.smoke.name)?.rock ?? packed.rocks[0].rock;
    runner_io/* setOutput */.uH('rock', rock);
    const rocks = packed.rocks.map(r => ({
        platform: r.platform,
        'build-for': r.buildFor,
        rock: r.rock
    }));
    runner_io/* setOutput */.uH('rocks', JSON.stringify(rocks));
    return {
        rock,
        rocks: packed.rocks,
        durationMs: packed.durationMs,
        mode,
        modeReason: reason,
        install,
        cache,
        expansion,
        differences
    };
}

// EXTERNAL MODULE: ./src/pack/revision.ts
var revision = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/pack/index.ts
// The pack stage's one door: main checks the expansion against the installed rockcraft and
// packs through packStage; the post step saves the cache through savePackCache. Everything else
// in this folder is its inside.





/***/ }),

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


/***/ }),

/***/ 8331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ RockError)
/* harmony export */ });
/** A rock that cannot be read, or should not be: the message is one line and never quotes the file. */
class RockError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RockError';
    }
}


/***/ }),

/***/ 8954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ isTarHeader),
/* harmony export */   RF: () => (/* binding */ TarReader),
/* harmony export */   wl: () => (/* binding */ listTar)
/* harmony export */ });
/* unused harmony export META_MAX */
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8331);

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
/** Pax and GNU long-name bodies: a path or a few records, never megabytes. */
const META_MAX = 1024 * 1024;
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '1': 'hardlink',
    '2': 'symlink',
    '3': 'device',
    '4': 'device',
    '5': 'dir',
    '6': 'fifo'
};
function text(b) {
    const end = b.indexOf(0);
    return b.toString('utf8', 0, end < 0 ? b.length : end);
}
/** A numeric header field: octal text, or base-256 when its first byte has the high bit set. */
function number(b, what) {
    let value;
    if (b[0] & 0x80) {
        value = b[0] & 0x7f;
        for (let i = 1; i < b.length; i++)
            value = value * 256 + b[i];
    }
    else {
        const digits = text(b).replace(/^[ ]+|[ \0]+$/g, '');
        if (digits !== '' && !/^[0-7]+$/.test(digits)) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`a tar header's ${what} is not a number`);
        }
        value = digits === '' ? 0 : parseInt(digits, 8);
    }
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`a tar header's ${what} is not a number`);
    }
    return value;
}
/** The header's checksum holds: the block is a tar header, not something else. */
function isTarHeader(block) {
    if (block.length < BLOCK)
        return false;
    let sum = 8 * 0x20;
    for (let i = 0; i < BLOCK; i++)
        if (i < 148 || i >= 156)
            sum += block[i];
    const stored = text(block.subarray(148, 156)).trim();
    return /^[0-7]+$/.test(stored) && parseInt(stored, 8) === sum;
}
/** Values Go's archive/tar refuses to hold a NUL (validPAXRecord); any other key's value may. */
const NUL_FREE = new Set(['path', 'linkpath', 'uname', 'gname']);
/** "<length> <key>=<value>\n" records of a pax extended header, strictly as Go parses them. */
function paxRecords(body) {
    const records = new Map();
    let pos = 0;
    while (pos < body.length) {
        const space = body.indexOf(0x20, pos);
        const digits = space < 0 ? '' : body.toString('latin1', pos, space);
        // Go reads the length with strconv.ParseInt(s, 10, 0): a sign, then decimal digits, any number
        // of leading zeros; no prefix, no underscore, no space. A negative length fails the next check.
        const length = /^[+-]?[0-9]+$/.test(digits) ? Number(digits) : NaN;
        if (!Number.isSafeInteger(length) ||
            length <= space - pos + 1 ||
            pos + length > body.length ||
            body[pos + length - 1] !== 0x0a) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar pax header is malformed');
        }
        const record = body.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar pax header is malformed');
        const key = record.slice(0, eq);
        const value = record.slice(eq + 1);
        if (key.includes('\0') || (NUL_FREE.has(key) && value.includes('\0'))) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar pax header is malformed');
        }
        records.set(key, value);
        pos += length;
    }
    return records;
}
const pad = (size) => (BLOCK - (size % BLOCK)) % BLOCK;
const META = { x: 'pax', g: 'global', L: 'longname', K: 'longlink' };
/** The header grammar both readers share: blocks in, entries out, the end marker enforced. */
class Grammar {
    /** 'zero': one zero block seen; 'ended': the marker seen (only zeros may follow). */
    state = 'entries';
    entries = 0;
    pax;
    longName;
    longLink;
    /** A header block; `offset` is where the bytes after it begin. */
    block(block, offset) {
        if (block.equals(ZERO_BLOCK)) {
            if (this.pax || this.longName !== undefined || this.longLink !== undefined) {
                throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar archive ends after an extended header, before its entry');
            }
            if (this.state === 'zero') {
                this.state = 'ended';
                return { kind: 'end' };
            }
            this.state = 'zero';
            return { kind: 'zero' };
        }
        if (this.state === 'zero') {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar archive has a lone zero block before an entry');
        }
        if (!isTarHeader(block))
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar header is damaged (bad checksum)');
        this.entries++;
        const flag = String.fromCharCode(block[156]);
        const declared = number(block.subarray(124, 136), 'size');
        const meta = META[flag];
        if (meta) {
            if (declared > META_MAX) {
                throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`a tar extended header claims ${declared} bytes (at most ${META_MAX} are read)`);
            }
            const twice = (meta === 'pax' && this.pax) ||
                (meta === 'longname' && this.longName !== undefined) ||
                (meta === 'longlink' && this.longLink !== undefined);
            if (twice)
                throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar entry has two extended headers of one kind');
            return { kind: 'meta', meta, size: declared };
        }
        const pax = this.pax ?? new Map();
        const paxNumber = (key) => {
            const value = pax.get(key);
            if (value === undefined)
                return undefined;
            if (!/^[0-9]{1,15}$/.test(value))
                throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`a tar pax header has a bad ${key}`);
            return Number(value);
        };
        if (pax.has('path') && this.longName !== undefined) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar entry is named twice (a pax path and a GNU long name)');
        }
        const type = TYPES[flag] ?? 'other';
        const size = paxNumber('size') ?? declared;
        const ustar = block.toString('latin1', 257, 263) === 'ustar\0';
        const prefix = ustar ? text(block.subarray(345, 500)) : '';
        const name = text(block.subarray(0, 100));
        const header = {
            path: pax.get('path') ?? this.longName ?? (prefix ? `${prefix}/${name}` : name),
            type,
            flag,
            uid: paxNumber('uid') ?? number(block.subarray(108, 116), 'uid'),
            mode: number(block.subarray(100, 108), 'mode'),
            // Links, directories, devices and FIFOs carry no data whatever their size says (as in Go).
            size: type === 'file' || type === 'other' ? size : 0,
            declaredSize: size,
            linkname: pax.get('linkpath') ?? this.longLink ?? text(block.subarray(157, 257)),
            xattrs: [...pax.keys()]
                .filter(k => /^(SCHILY|LIBARCHIVE)\.xattr\./.test(k))
                .map(k => k.replace(/^(SCHILY|LIBARCHIVE)\.xattr\./, '')),
            offset
        };
        this.pax = undefined;
        this.longName = undefined;
        this.longLink = undefined;
        return { kind: 'entry', header };
    }
    metaBody(kind, body) {
        if (kind === 'pax')
            this.pax = paxRecords(body);
        // A global header applies to nothing here (Docker ignores it), but is parsed as Go does.
        else if (kind === 'global')
            paxRecords(body);
        else if (kind === 'longname')
            this.longName = text(body);
        else
            this.longLink = text(body);
    }
    /** Throws when the archive stopped inside an entry's headers. */
    finish() {
        if (this.pax || this.longName !== undefined || this.longLink !== undefined) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar archive ends after an extended header, before its entry');
        }
    }
}
const AFTER_END = 'a tar archive has data after its end-of-archive marker';
/**
 * Feed it the archive's bytes in order (write), then end(). onEntry sees every entry's header and
 * returns a sink for its data, or undefined to skip it.
 */
class TarReader {
    onEntry;
    grammar = new Grammar();
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    /** Data bytes of the current entry still to come, then its padding. */
    dataLeft = 0;
    padLeft = 0;
    sink;
    meta;
    /** Archive bytes before the chunk being written. */
    taken = 0;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    get entries() {
        return this.grammar.entries;
    }
    async write(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            if (this.grammar.state === 'ended') {
                for (let i = pos; i < chunk.length; i++)
                    if (chunk[i] !== 0)
                        throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(AFTER_END);
                break;
            }
            if (this.dataLeft > 0) {
                const n = Math.min(this.dataLeft, chunk.length - pos);
                const part = chunk.subarray(pos, pos + n);
                pos += n;
                this.dataLeft -= n;
                if (this.meta) {
                    part.copy(this.meta.body, this.meta.fill);
                    this.meta.fill += n;
                }
                else if (this.sink) {
                    const held = this.sink.data(part);
                    if (held)
                        await held;
                }
                if (this.dataLeft === 0)
                    await this.finishData();
                continue;
            }
            if (this.padLeft > 0) {
                const n = Math.min(this.padLeft, chunk.length - pos);
                pos += n;
                this.padLeft -= n;
                continue;
            }
            const n = Math.min(BLOCK - this.headerFill, chunk.length - pos);
            chunk.copy(this.header, this.headerFill, pos, pos + n);
            pos += n;
            this.headerFill += n;
            if (this.headerFill === BLOCK) {
                this.headerFill = 0;
                await this.readHeader(this.taken + pos);
            }
        }
        this.taken += chunk.length;
    }
    /** Throws when the archive stopped inside an entry. */
    async end() {
        // Padding cut short at the very end is no error (Go: tryReadFull; umoci writes such layers).
        if (this.dataLeft > 0 || this.headerFill > 0 || this.meta) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar archive ends in the middle of an entry');
        }
        this.grammar.finish();
        if (this.sink)
            await this.finishData();
    }
    async finishData() {
        if (this.meta) {
            this.grammar.metaBody(this.meta.kind, this.meta.body);
            this.meta = undefined;
        }
        else if (this.sink) {
            const sink = this.sink;
            this.sink = undefined;
            await sink.end();
        }
    }
    async readHeader(offset) {
        const step = this.grammar.block(this.header, offset);
        if (step.kind === 'meta') {
            this.meta = { kind: step.meta, body: Buffer.alloc(step.size), fill: 0 };
            this.dataLeft = step.size;
            this.padLeft = pad(step.size);
            if (step.size === 0)
                await this.finishData();
            return;
        }
        if (step.kind !== 'entry')
            return;
        this.sink = this.onEntry(step.header);
        this.dataLeft = step.header.size;
        this.padLeft = pad(step.header.size);
        if (step.header.size === 0)
            await this.finishData();
    }
}
/** Reads a file at any offset through a window: the headers of small entries share one read. */
class Window {
    file;
    size;
    buffer = Buffer.alloc(0);
    start = 0;
    constructor(file, size = 1 << 20) {
        this.file = file;
        this.size = size;
    }
    /** `length` bytes at `position`, or fewer where the file ends. */
    async at(position, length) {
        const offset = position - this.start;
        if (offset >= 0 && offset + length <= this.buffer.length) {
            return this.buffer.subarray(offset, offset + length);
        }
        const buffer = Buffer.alloc(Math.max(length, this.size));
        const { bytesRead } = await this.file.read(buffer, 0, buffer.length, position);
        this.buffer = buffer.subarray(0, bytesRead);
        this.start = position;
        return this.buffer.subarray(0, Math.min(length, bytesRead));
    }
}
/**
 * The entries of a tar archive in a regular file, headers only: data is seeked past, never read.
 * The archive must end with its end-of-archive marker, and the rest of the file after it is read
 * to see it holds only zeros.
 */
async function listTar(file, options = {}) {
    const grammar = new Grammar();
    const window = new Window(file);
    const entries = [];
    let position = 0;
    let dataEnd = 0;
    const cut = () => {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar archive ends in the middle of an entry');
    };
    for (;;) {
        options.check?.();
        const block = await window.at(position, BLOCK);
        if (block.length === 0)
            break;
        if (block.length < BLOCK)
            cut();
        position += BLOCK;
        const step = grammar.block(block, position);
        if (step.kind === 'end') {
            for (;;) {
                options.check?.();
                const rest = await window.at(position, 1 << 20);
                if (rest.length === 0)
                    return entries;
                if (rest.some(b => b !== 0))
                    throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(AFTER_END);
                position += rest.length;
            }
        }
        if (step.kind === 'meta') {
            const body = await window.at(position, step.size);
            if (body.length < step.size)
                cut();
            grammar.metaBody(step.meta, Buffer.from(body));
            position += step.size + pad(step.size);
        }
        else if (step.kind === 'entry') {
            options.onEntry?.(step.header);
            entries.push(step.header);
            dataEnd = position + step.header.size;
            position = dataEnd + pad(step.header.size);
        }
    }
    grammar.finish();
    // The last entry's data must be there (Go: unexpected EOF); its padding may be cut short.
    if (dataEnd > (await file.stat()).size)
        cut();
    // Go reads an archive without its marker as complete; every writer (Go's, skopeo's, GNU tar)
    // writes it, so one without is a file cut short at an entry's end, and refused.
    throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O('a tar archive ends before its end-of-archive marker');
}


/***/ })

};

export const id = 534;
export const ids = [534,512,532];
export const modules = {

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expansionForInstalledRockcraft: () => (/* reexport */ revision/* expansionForInstalledRockcraft */.w),
  packStage: () => (/* reexport */ packStage),
  savePackCache: () => (/* reexport */ savePackCache)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/core/index.ts + 17 modules
var src_core = __webpack_require__(2161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/pack/group.ts
var group = __webpack_require__(8982);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(3254);
;// CONCATENATED MODULE: ./src/pack/pack.ts
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
        throw new context/* InputError */.dz(`cannot pack ${checked.dir}: it lacks ${missing.join(', ')}`);
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
    return external_node_path_.join((0,external_node_os_.homedir)(), '.cache', 'flask-rock');
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
            throw new context/* InputError */.dz(`Input 'platform': the project has no platform '${requested}' (it has ${names(platforms)})`);
        }
        if (!onHost.includes(chosen)) {
            throw new context/* InputError */.dz(`Input 'platform': '${requested}' builds on ${chosen.buildOn.join(', ')}, not on this ${host} runner`);
        }
        return { select: requested, packed: [chosen], smoke: chosen };
    }
    if (onHost.length === 0) {
        throw new context/* InputError */.dz(`no platform of the project builds on this ${host} runner (${platforms.map(p => `${p.name} builds on ${p.buildOn.join(', ')}`).join('; ')})`);
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
            `GOMODCACHE=${external_node_path_.join(cacheHome, 'go-mod')}`,
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
    const user = opts.user ?? (0,external_node_os_.userInfo)().username;
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
    const { durationMs } = await (0,group/* timedGroup */.R)(`Pack the rock (${opts.mode} mode)`, async () => {
        core/* info */.pq(`sudo ${args.join(' ')}`);
        await (0,exec/* runOk */.uO)('sudo', args, {
            what: `pack the rock in ${opts.mode} mode`,
            timeoutMs: opts.timeoutMs ?? 120 * 60_000,
            cwd: opts.projectDir,
            env,
            stream: true
        });
    });
    const rocks = await findRocks(opts, opts.packed, started);
    for (const r of rocks)
        (0,untrusted/* infoUntrusted */.z7)(`Packed ${r.rock} in ${(0,report/* seconds */.YA)(durationMs)} (${opts.mode} mode)`);
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
        const file = external_node_path_.join(opts.projectDir, fileOf(platform));
        // Whole-second file systems round down: allow a little slack.
        const fresh = await (0,promises_.stat)(file).then(st => st.mtimeMs >= since - 2000, () => false);
        if (fresh)
            rocks.push({ platform: platform.name, buildFor: platform.buildFor, rock: file });
        else
            missing.push(fileOf(platform));
    }
    if (missing.length === 0)
        return rocks;
    const present = (await (0,promises_.readdir)(opts.projectDir).catch(() => [])).filter(f => f.endsWith('.rock'));
    throw new Error(`rockcraft pack finished but wrote no ${missing.join(', ')} in ${opts.projectDir}` +
        (present.length > 0 ? ` (older or other .rock files there: ${present.join(', ')})` : ''));
}

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

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
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
// post step archives them as root with numeric owners, modes (setuid included), timestamps and
// xattrs, and @actions/cache saves that archive; main unpacks it as root before packing.












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
// app files around and download nothing.
const APP_FILE_FIELDS = {
    'flask-framework/install-app': ['organize', 'stage', 'prime']
};
/**
 * What decides what a pack downloads and builds, by file: the bytes of each dependency file the
 * project check found (requirements.txt, pyproject.toml), and for rockcraft.yaml the expanded
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
// name on the runner), every mode bit, timestamps to the nanosecond (POSIX format), xattrs.
const TAR_KEEP = ['--numeric-owner', '--preserve-permissions', '--xattrs', '--xattrs-include=*'];
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
        core/* info */.pq(`Pack cache: ${why}`);
        core/* setOutput */.uH('cache-hit', 'false');
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
    const trees = cacheTrees(project.dir, project.base, opts.cacheHome ?? destructiveCacheHome());
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
            (0,state/* saveState */.LZ)({ cacheMatchedKey: matchedKey });
            const present = new Set(await (0,promises_.readdir)(archiveDir).catch(() => []));
            for (const tree of trees.filter(t => present.has(t.archive))) {
                await unpack(external_node_path_.join(archiveDir, tree.archive), tree, env);
                restored.push(`${tree.archive} -> ${external_node_path_.join(tree.dir, tree.member)}`);
            }
        }
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        const exactHit = matchedKey === key;
        const took = (0,report/* seconds */.YA)(Date.now() - started);
        if (matchedKey === undefined)
            core/* info */.pq(`Pack cache: miss for ${key}`);
        else
            core/* info */.pq(`Pack cache: ${exactHit ? 'exact hit' : `partial hit on ${matchedKey} for`} ${key}, unpacked ${restored.join(', ') || 'nothing'} (in ${took})`);
        core/* setOutput */.uH('cache-hit', String(exactHit));
        return { key, matchedKey, exactHit, restored };
    }
    catch (err) {
        core/* warning */.$e(`Pack cache: restore failed, packing without it: ${err.message}`);
        core/* setOutput */.uH('cache-hit', 'false');
        return { exactHit: false, restored: [] };
    }
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
            core/* info */.pq('Pack cache: not saved, the pack did not succeed');
            return;
        }
        if (state.cacheMatchedKey === key) {
            core/* info */.pq(`Pack cache: not saved, ${key} was an exact hit`);
            return;
        }
        if (!cache/* isFeatureAvailable */.w3()) {
            core/* info */.pq('Pack cache: not saved, no cache service here');
            return;
        }
        const env = opts.env ?? process.env;
        // The places are the ones this code knows, from the inputs; the state only names the base,
        // which picks at most the ubuntu:NN.NN image directory.
        const projectDir = opts.projectDir ?? (0,context/* getInputs */.GP)().projectPath;
        const trees = cacheTrees(projectDir, base, opts.cacheHome ?? destructiveCacheHome());
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
            core/* info */.pq('Pack cache: nothing to save');
            return;
        }
        // @actions/cache reports most failures itself and answers -1.
        const id = await cache/* saveCache */.Io([archiveDir], key);
        const took = (0,report/* seconds */.YA)(Date.now() - started);
        if (id === -1)
            core/* info */.pq(`Pack cache: ${key} was not saved (see the cache's message above)`);
        else
            core/* info */.pq(`Pack cache: saved ${archived.join(', ')} as ${key} in ${took}`);
    }
    catch (err) {
        const e = err;
        if (e.name === 'ReserveCacheError') {
            core/* info */.pq(`Pack cache: not saved, another job is saving the same key (${e.message})`);
        }
        else {
            core/* warning */.$e(`Pack cache: save failed, the next run will start cold: ${e.message}`);
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
        core/* info */.pq('The expansion matches `rockcraft expand-extensions`');
    }
    else {
        core/* warning */.$e(`Our flask-framework expansion differs from rockcraft's at: ${differences.join(', ')}. Using rockcraft's for the rest of the run.`);
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
    const project = packProject(checked);
    const runner = await detectRunner(env, opts.osRelease);
    const { mode, reason } = chooseBuildMode(inputs.buildMode, project, runner);
    core/* info */.pq(`Build mode: ${mode} (${reason})`);
    const plan = planPlatforms(project.platforms, mode, inputs.platform);
    core/* info */.pq(`Platforms: ${plan.packed.map(p => p.name).join(', ')}${plan.select ? ` (--platform ${plan.select})` : ''}; smoke-testing ${plan.smoke.name}`);
    if (!plan.smoke.buildFor.includes(hostArch())) {
        core/* warning */.$e(`No platform packed here is built for this ${hostArch()} runner: the smoke test runs ${plan.smoke.name}, built for ${plan.smoke.buildFor.join(', ')}, which needs emulation`);
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
    const ours = (0,src_core/* withRockcraftRevision */.LY)(project.expanded, install.rockcraftRevision);
    const cacheHome = opts.cacheHome ?? destructiveCacheHome();
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
        core/* warning */.$e(`Could not cross-check the expansion: ${err.message}`);
    }
    if (mode === 'destructive')
        await prepareCacheHome(cacheHome, env);
    const packed = await packRock({
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
    core/* setOutput */.uH('rock', rock);
    const rocks = packed.rocks.map(r => ({
        platform: r.platform,
        'build-for': r.buildFor,
        rock: r.rock
    }));
    core/* setOutput */.uH('rocks', JSON.stringify(rocks));
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

/***/ 534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/smoke/docker.ts
var docker = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/owned.ts
// The post step reads its state from the runner, where anything could have rewritten it: a
// state naming `containerName: production-db` or `tempDir: /home/runner/work` must not make it
// remove them. It removes only what this run made: paths under the runner's temp dir inside a
// directory named with our prefix, and containers carrying this run's label.






/** Every directory this action makes in the temp dir is named with it. */
const TEMP_PREFIX = 'flask-rock-';
// A Docker container name (never an option to docker: no leading '-').
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** The runner's temp dir, where main made its files (the system one when run by hand). */
function tempRoot() {
    return process.env.RUNNER_TEMP || external_node_os_.tmpdir();
}
/**
 * `file` with its directories resolved (symbolic links followed), when it lies inside a
 * TEMP_PREFIX directory right under `root`; otherwise undefined, with a warning naming `what`.
 * A path whose directory is gone is undefined too: there is nothing to remove.
 */
async function ownedPath(file, what, root = tempRoot()) {
    if (!file)
        return undefined;
    if (external_node_path_.isAbsolute(file)) {
        const [realRoot, parent] = await Promise.all([
            (0,promises_.realpath)(root).catch(() => undefined),
            (0,promises_.realpath)(external_node_path_.dirname(file)).catch(() => undefined)
        ]);
        if (realRoot === undefined || parent === undefined)
            return undefined;
        const real = external_node_path_.join(parent, external_node_path_.basename(file));
        const inside = external_node_path_.relative(realRoot, real);
        const first = inside.split(external_node_path_.sep)[0];
        if (!inside.startsWith('..') && !external_node_path_.isAbsolute(inside) && first.startsWith(TEMP_PREFIX))
            return real;
    }
    core/* warning */.$e(`Post step: left ${what} ${file} alone: it is not a temporary path of this action`);
    return undefined;
}
/**
 * `name` when it is a container that carries this run's label (`runId`); otherwise
 * undefined, with a warning unless the container is already gone.
 */
async function ownedContainer(name, runId, dockerHost) {
    if (!name)
        return undefined;
    if (runId && CONTAINER_NAME.test(name)) {
        try {
            const state = await (0,docker/* inspectContainer */.aH)(name, dockerHost);
            if (state === undefined)
                return undefined;
            if (state.labels?.[src_state/* RUN_LABEL */.jQ] === runId)
                return name;
        }
        catch (err) {
            core/* warning */.$e(`Post step: cannot inspect container ${name}: ${err.message}`);
            return undefined;
        }
    }
    core/* warning */.$e(`Post step: left container ${name} alone: it does not carry this run's label`);
    return undefined;
}

// EXTERNAL MODULE: ./src/pack/index.ts + 5 modules
var pack = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/publish.ts
var publish = __webpack_require__(4496);
// EXTERNAL MODULE: ./src/smoke/index.ts + 7 modules
var smoke = __webpack_require__(4401);
// EXTERNAL MODULE: ./src/smoke/action-log.ts
var action_log = __webpack_require__(9532);
;// CONCATENATED MODULE: ./src/post-step.ts
// The post step: runs after the job's other steps, also when main failed or was cancelled.
// It removes what main may have left behind and saves the pack cache after a successful pack.
// Only what this run made is removed, whatever the state says (owned.ts).








/** The post step; a run by hand (no post step) calls it at its end with its own state. */
async function post(state = (0,src_state/* loadState */.C7)()) {
    if (!state.isPost)
        return;
    // Each of these never throws: one failing cleanup must not stop the others.
    await (0,smoke.cleanupSmoke)({
        containerName: await ownedContainer(state.containerName, state.runId),
        envFile: await ownedPath(state.envFile, 'the smoke test env file'),
        // cleanupSmoke removes only an image of this action's run-tag shape (NAME:VERSION-smoke-<hex>).
        smokeImage: state.smokeImage
    }, action_log.actionLog);
    await (0,publish.cleanupPublish)({ authFile: await ownedPath(state.authFile, 'the registry auth file') });
    await (0,pack.savePackCache)(state);
    const tempDir = await ownedPath(state.tempDir, 'the temporary directory');
    if (tempDir) {
        await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch((err) => core/* warning */.$e(`Could not remove ${tempDir}: ${err.message}`));
    }
}


/***/ }),

/***/ 4496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PublishError: () => (/* binding */ PublishError),
/* harmony export */   authFileContent: () => (/* binding */ authFileContent),
/* harmony export */   classifyFailure: () => (/* binding */ classifyFailure),
/* harmony export */   cleanupPublish: () => (/* binding */ cleanupPublish),
/* harmony export */   credentialsSkip: () => (/* binding */ credentialsSkip),
/* harmony export */   githubEvent: () => (/* binding */ githubEvent),
/* harmony export */   isForkPullRequest: () => (/* binding */ isForkPullRequest),
/* harmony export */   publishDir: () => (/* binding */ publishDir),
/* harmony export */   publishRock: () => (/* binding */ publishRock),
/* harmony export */   registryHost: () => (/* binding */ registryHost),
/* harmony export */   runRetrying: () => (/* binding */ runRetrying),
/* harmony export */   sha256: () => (/* binding */ sha256),
/* harmony export */   skopeoMessage: () => (/* binding */ skopeoMessage),
/* harmony export */   writeAuthFile: () => (/* binding */ writeAuthFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3838);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4981);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7206);
/* harmony import */ var _private_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6299);
/* harmony import */ var _skopeo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8442);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2462);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3254);
// Publish: copy the packed rock (an OCI archive) to one or more registries with skopeo and report
// the manifest digest the registry serves. A reference without tag (ghcr.io/org/app) is pushed by
// digest only: no tag is made or moved, as a per-architecture job of a multi-arch release wants.
//
// Contract: call publishRock only after the smoke test passed (or was turned off by the user); it
// pushes whatever rock it is given. Credentials reach skopeo only through a private auth file
// (0700 dir, 0600 file) that is removed before publishRock returns, and by cleanupPublish in the
// post step if the main step never got there. The password never goes on a command line, into a
// child's environment or into the log.











/** A publish failure a user can act on: one clear message, no stack trace needed. */
class PublishError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PublishError';
    }
}
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 5000;
// Our private dirs are named so; cleanup removes a dir only when it carries this prefix.
const DIR_PREFIX = 'flask-rock-publish-';
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The registry host of an image reference, as containers' auth files key it. */
function registryHost(ref) {
    return (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRef */ .rd)(ref).registry;
}
/** containers-auth.json for the given hosts, all with the same user and password. */
function authFileContent(hosts, username, password) {
    const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    const auths = {};
    for (const host of hosts)
        auths[host] = { auth };
    return JSON.stringify({ auths }) + '\n';
}
/** Sorts a failed skopeo call by its message: only transient registry trouble is worth a retry. */
function classifyFailure(stderr) {
    // Auth first: a 401 page may mention other words below.
    if (/unauthorized|authentication required|access denied|denied:|requested access to the resource is denied|invalid username\/password|\b401\b|\b403\b|forbidden/i.test(stderr)) {
        return 'auth';
    }
    if (/\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)|status ?(?:code)?:? 5\d\d|connection reset|connection refused|broken pipe|i\/o timeout|TLS handshake timeout|timeout awaiting response headers|unexpected EOF|: EOF\b|\b429\b|too many requests/i.test(stderr)) {
        return 'transient';
    }
    return 'other';
}
/** skopeo's own message, without the logrus decoration: `time=... level=fatal msg="..."`. */
function skopeoMessage(stderr) {
    const lines = (0,_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .tailLines */ .os)(stderr, 50).split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const m = /level=(?:fatal|error) msg="((?:[^"\\]|\\.)*)"/.exec(lines[i]);
        if (m)
            return m[1].replace(/\\(.)/g, '$1');
    }
    return lines[lines.length - 1] ?? '';
}
/** Whether this run is a pull request from a fork, from the runner's event payload. */
function isForkPullRequest(eventName, payload) {
    if (!['pull_request', 'pull_request_review', 'pull_request_review_comment'].includes(eventName)) {
        return false;
    }
    const pr = payload?.pull_request;
    const head = pr?.head?.repo;
    const base = pr?.base?.repo;
    // A deleted fork leaves head.repo null: still not the base repository.
    if (!head?.full_name || !base?.full_name)
        return true;
    return head.full_name !== base.full_name;
}
/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; not a fork when they are missing or unreadable. */
async function githubEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH ?? '';
    if (name === '' || file === '')
        return { isFork: false };
    try {
        return { isFork: isForkPullRequest(name, JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'))) };
    }
    catch {
        return { isFork: false };
    }
}
/**
 * Why nothing is pushed: a fork's pull request without credentials (GitHub withholds secrets
 * there). Throws for half the credentials, or a user name the auth file cannot carry.
 */
function credentialsSkip(username, password, isFork) {
    if (username === '' || password === '') {
        if (isFork) {
            return 'this is a pull request from a fork and no registry credentials were given (GitHub withholds secrets from forks)';
        }
        if (username !== '' || password !== '') {
            throw new PublishError(`Inputs 'registry-username' and 'registry-password' go together: give both or neither`);
        }
    }
    if (username.includes(':')) {
        throw new PublishError(`Input 'registry-username' cannot contain ':'`);
    }
    return undefined;
}
/** Our private dir for one publish or merge: the caller removes it (the post step too, when it holds an auth file). */
function publishDir(parent) {
    return (0,_private_file_js__WEBPACK_IMPORTED_MODULE_7__/* .privateDir */ .XK)(parent ?? node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), DIR_PREFIX);
}
/**
 * Writes the registry auth file for these references into our private dir, or returns
 * undefined without credentials (the tools then use the runner's own: docker or podman login).
 */
async function writeAuthFile(dir, refs, username, password) {
    if (username === '') {
        _actions_core__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq('No registry credentials given: using any from docker login or podman login');
        return undefined;
    }
    const authFile = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'auth.json');
    // Recorded before it is written, so a cancelled run's post step still removes it.
    (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ authFile });
    const hosts = [...new Set(refs.map(registryHost))];
    await (0,_private_file_js__WEBPACK_IMPORTED_MODULE_7__/* .writePrivateFile */ .Pl)(authFile, authFileContent(hosts, username, password));
    return authFile;
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/**
 * Pushes the rock to every reference and returns the digest the registry serves.
 * Skips (with a notice, `skipped` set) a fork's pull request that has no credentials.
 * Throws PublishError for a missing rock, a refused login, a push that keeps failing or times
 * out, or a registry that serves another digest than skopeo wrote.
 */
async function publishRock(opts) {
    const { rock, refs, username, password } = opts;
    const env = (0,_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .childEnv */ .gf)(opts.env ?? process.env);
    const isFork = opts.event?.isFork ?? false;
    if (refs.length === 0)
        return { digest: '', images: [], skipped: 'no image references to push' };
    const withDigest = refs.find(ref => ref.includes('@'));
    if (withDigest) {
        throw new PublishError(`Cannot push to '${withDigest}': a push reference names a tag, not a digest`);
    }
    const skip = credentialsSkip(username, password, isFork);
    if (skip) {
        _actions_core__WEBPACK_IMPORTED_MODULE_4__/* .notice */ .lm(`Not publishing the rock: ${skip}`);
        return { digest: '', images: [], skipped: skip };
    }
    // skopeo's oci-archive:PATH[:NAME] would read a ':' in the path as the start of an image name.
    if (rock.includes(':')) {
        throw new PublishError(`Cannot publish '${rock}': skopeo cannot read a path holding ':'`);
    }
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(rock)).isFile())
            throw new Error('not a file');
    }
    catch {
        throw new PublishError(`Cannot publish: the rock '${rock}' does not exist or is not a file`);
    }
    const skopeo = await (0,_skopeo_js__WEBPACK_IMPORTED_MODULE_8__/* .skopeoCommand */ .D)(env);
    const dir = await publishDir(opts.tempDir ?? env.RUNNER_TEMP);
    try {
        const authFile = await writeAuthFile(dir, refs, username, password);
        const session = {
            command: skopeo,
            env,
            isFork,
            attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
            timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            retryDelayMs: opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS
        };
        // The rock's own manifest digest names it in a repository pushed to without a tag.
        const rockDigest = refs.some(ref => (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRef */ .rd)(ref).tag === undefined)
            ? sha256((await runRetrying(session, `Reading the manifest of ${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(rock)}`, [
                'inspect',
                '--raw',
                `oci-archive:${rock}`
            ])).stdout)
            : '';
        let digest = '';
        const images = [];
        for (const [i, given] of refs.entries()) {
            const ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRef */ .rd)(given).tag === undefined ? `${given}@${rockDigest}` : given;
            const digestFile = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, `digest-${i}`);
            (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_10__/* .infoUntrusted */ .z7)(`Pushing ${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(rock)} to ${ref}`);
            // --preserve-digests: fail rather than convert the manifest, so the digest is the rock's own.
            await runRetrying(session, `Push to ${ref}`, [
                '--insecure-policy', // the source is the rock this job just built and tested
                'copy',
                '--preserve-digests',
                '--digestfile',
                digestFile,
                ...(authFile ? ['--dest-authfile', authFile] : []),
                `oci-archive:${rock}`,
                `docker://${ref}`
            ], { stream: true } // its progress lines belong in the log
            );
            const pushed = await readDigest(digestFile, ref);
            const manifest = await runRetrying(session, `Reading back the manifest of ${ref}`, ['inspect', '--raw', ...(authFile ? ['--authfile', authFile] : []), `docker://${ref}`], { stream: false } // the manifest itself is no log material
            );
            // The digest is over the exact bytes the registry serves.
            const served = sha256(manifest.stdout);
            if (served !== pushed) {
                throw new PublishError(`Pushed ${ref} as ${pushed} but the registry serves ${served}: the image may have been overwritten meanwhile`);
            }
            digest = served;
            images.push(ref);
            _actions_core__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(ref.includes('@') ? `Pushed ${ref} (by digest, no tag)` : `Pushed ${ref}@${digest}`);
        }
        return { digest, images };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
/** sha256:<hex> of a manifest as the registry serves it (JSON, so UTF-8). */
function sha256(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
/** Runs the tool, again after a pause when the registry failed transiently, up to the attempts. */
async function runRetrying(session, label, args, { stream } = { stream: false }) {
    const { attempts, timeoutMs } = session;
    for (let attempt = 1;; attempt++) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(session.command, args, {
            what: label,
            timeoutMs,
            env: session.env,
            stream
        });
        if (result.code === 0 && !result.timedOut)
            return result;
        const failure = describeFailure(result, label, timeoutMs, session);
        if (failure.kind !== 'transient' || attempt >= attempts)
            throw new PublishError(failure.message);
        const delay = session.retryDelayMs * 2 ** (attempt - 1);
        _actions_core__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`${failure.message}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${attempts})`);
        await sleep(delay);
    }
}
function describeFailure(result, label, timeoutMs, { isFork, message }) {
    if (result.timedOut) {
        return {
            kind: 'timeout',
            message: `${label} did not finish within ${Math.round(timeoutMs / 1000)} s`
        };
    }
    const detail = (message ?? skopeoMessage)(result.stderr || result.stdout);
    const kind = classifyFailure(detail);
    if (kind === 'auth') {
        const hint = isFork
            ? ' (a pull request from a fork gets a read-only GITHUB_TOKEN)'
            : ': check registry-username and registry-password, and that the user may push there';
        const tool = node_path__WEBPACK_IMPORTED_MODULE_3__.basename(result.command);
        return { kind, message: `${label} was refused by the registry${hint}. ${tool} said: ${detail}` };
    }
    return { kind, message: `${label} failed: ${detail}` };
}
async function readDigest(file, ref) {
    const digest = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => '')).trim();
    if (!DIGEST.test(digest)) {
        throw new PublishError(`Push to ${ref} reported success but skopeo wrote no digest`);
    }
    return digest;
}
/** Post step: removes an auth file (and our private dir around it) left by a cancelled run. */
async function cleanupPublish(state) {
    if (state.authFile)
        await (0,_private_file_js__WEBPACK_IMPORTED_MODULE_7__/* .removePrivateFile */ .wi)(state.authFile, DIR_PREFIX, 'the registry auth file', _actions_core__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e);
}


/***/ }),

/***/ 9532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionLog: () => (/* binding */ actionLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
// The smoke test's log on a runner: @actions/core's lines and log groups.

const actionLog = {
    info: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
    warning: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(line),
    group: async (title, body) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
        try {
            await body();
        }
        finally {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        }
    }
};


/***/ })

};

export const id = 576;
export const ids = [576];
export const modules = {

/***/ 2576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reuseRock: () => (/* binding */ reuseRock)
});

// EXTERNAL MODULE: ./src/action/runner-io.ts
var runner_io = __webpack_require__(923);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 351 modules
var cache = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
;// CONCATENATED MODULE: ./src/reuse/index.ts
// Input reuse-rock: an unchanged project is not packed twice. The key is what decides the rock:
// the project's content (the files the pack reads, not .git nor the pack's own leftovers), the
// expansion, the rockcraft revision, the architecture (and platform) and the cache scope. A rock
// that passed its smoke test is saved in the Actions cache under that key with who packed it and
// when; a later run with the same key restores it instead of packing, and still smoke-tests it.
// One older than reuse-rock-max-age is packed afresh (base security updates and unpinned
// requirements land only when packed).







/** Entries of a project hashed at most: more is no Flask project but a tree left in the way. */
const ENTRIES_MAX = 100_000;
/** What the pack leaves in the project (destructive mode), and this action's own files. */
const PACK_LEFTOVERS = new Set(['parts', 'stage', 'prime']);
const OWN_FILES = /\.(rock|cdx\.json)$/;
const META = 'reuse.json';
const ROCK_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,200}\.rock$/;
class ReuseError extends Error {
}
/**
 * The sha256 of the files the pack reads: every path under `dir` (sorted), its kind, its
 * executable bit, and its bytes (a link: its target); no `.git` anywhere, no parts/, stage/ or
 * prime/ at the top, no .rock or .cdx.json at the top.
 */
async function projectDigest(dir) {
    const records = [];
    const walk = async (rel) => {
        const entries = await promises_.readdir(external_node_path_.join(dir, rel), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.name === '.git')
                continue;
            if (rel === '' && (PACK_LEFTOVERS.has(e.name) || (e.isFile() && OWN_FILES.test(e.name)))) {
                continue;
            }
            if (records.length >= ENTRIES_MAX) {
                throw new ReuseError(`the project has more than ${ENTRIES_MAX} files`);
            }
            const full = external_node_path_.join(dir, p);
            if (e.isSymbolicLink())
                records.push(`l\0${p}\0${await promises_.readlink(full)}`);
            else if (e.isDirectory()) {
                records.push(`d\0${p}`);
                await walk(p);
            }
            else if (e.isFile()) {
                const { mode } = await promises_.stat(full);
                const hash = (0,external_node_crypto_.createHash)('sha256');
                for await (const chunk of (0,external_node_fs_.createReadStream)(full))
                    hash.update(chunk);
                records.push(`f\0${p}\0${mode & 0o111 ? 'x' : '-'}\0${hash.digest('hex')}`);
            }
            else
                records.push(`o\0${p}`);
        }
    };
    await walk('');
    return (0,external_node_crypto_.createHash)('sha256').update(records.join('\n')).digest('hex');
}
/** The key's prefix; a save adds the run, so that a fresh pack of an aged rock gets its own entry. */
function reuseKey(parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        parts.content,
        parts.expansion,
        parts.rockcraftRevision,
        parts.arch,
        parts.platform,
        parts.scope
    ]))
        .digest('hex')
        .slice(0, 40);
    return `flask-rock-reuse-v1-${parts.arch}-${hash}`;
}
/**
 * The rockcraft revision the pack would use: rockcraft-revision when pinned, else the installed
 * snap's, else the channel's as the store says (`snap info`); undefined when none can be known.
 */
async function rockcraftRevision(pinned, channel, env = process.env) {
    if (pinned !== '')
        return pinned;
    const { snapRevision } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6700));
    const installed = await snapRevision('rockcraft', env);
    if (installed)
        return installed;
    const info = await (0,exec/* run */.eF)('snap', ['info', '--unicode=never', 'rockcraft'], {
        what: 'ask the snap store for rockcraft',
        timeoutMs: 30_000,
        env
    }).catch(() => undefined);
    if (!info || info.code !== 0)
        return undefined;
    const wanted = channel.includes('/') ? channel : `latest/${channel}`;
    // A channel shown as ^ (↑) follows the one above it.
    let above;
    for (const line of info.stdout.split('\n')) {
        const m = /^\s*([^\s:]+):\s+(?:\S+\s+\S+\s+\(([0-9]{1,9})\)|(\^|↑)\s*$)/.exec(line);
        if (!m)
            continue;
        const revision = m[2] ?? above;
        if (m[1] === wanted)
            return revision;
        above = revision;
    }
    return undefined;
}
function packedBy(value) {
    const v = value;
    if (typeof v !== 'object' || v === null)
        return undefined;
    if (typeof v.rock !== 'string' || !ROCK_NAME.test(v.rock))
        return undefined;
    if (typeof v.packedAt !== 'string' || Number.isNaN(Date.parse(v.packedAt)))
        return undefined;
    if (typeof v.runId !== 'string' || !/^[0-9]{1,20}(-[0-9]{1,5})?$/.test(v.runId))
        return undefined;
    const runUrl = typeof v.runUrl === 'string' && /^https:\/\/[^\s"<>]{1,300}$/.test(v.runUrl)
        ? v.runUrl
        : undefined;
    const sha = typeof v.sha === 'string' && /^[0-9a-f]{40}$/.test(v.sha) ? v.sha : undefined;
    return {
        rock: v.rock,
        packedAt: v.packedAt,
        runId: v.runId,
        ...(runUrl ? { runUrl } : {}),
        ...(sha ? { sha } : {})
    };
}
/** "run 123 (https://...) on 2026-12-06T03:00:00Z, 2.5 h ago" */
function packedByText(by, ageMs) {
    const age = ageMs < 3_600_000 ? `${Math.round(ageMs / 60_000)} min` : `${(ageMs / 3_600_000).toFixed(1)} h`;
    return `run ${by.runId}${by.runUrl ? ` (${by.runUrl})` : ''}${by.sha ? ` at commit ${by.sha.slice(0, 12)}` : ''} on ${by.packedAt}, ${age} ago`;
}
const cacheDir = (tempDir) => external_node_path_.join(tempDir, 'reuse');
/** Restores the newest rock saved under `key`, when young enough. Never throws. */
async function restoreRock(opts) {
    const dir = cacheDir(opts.tempDir);
    try {
        if (!cache/* isFeatureAvailable */.w3()) {
            return { hit: false, why: 'no cache service here (a fork, GHES or a local run)' };
        }
        await promises_.rm(dir, { recursive: true, force: true });
        const matched = await cache/* restoreCache */.P3([dir], `${opts.key}-none`, [`${opts.key}-`]);
        if (matched === undefined)
            return { hit: false, key: opts.key, why: 'no rock packed from this content yet' };
        const by = packedBy(JSON.parse(await promises_.readFile(external_node_path_.join(dir, META), 'utf8').catch(() => 'null')));
        if (!by)
            return {
                hit: false,
                key: opts.key,
                why: `the cache entry ${matched} says nothing readable of its rock`
            };
        const ageMs = (opts.now ?? Date.now()) - Date.parse(by.packedAt);
        if (ageMs > opts.maxAgeMs) {
            return {
                hit: false,
                key: opts.key,
                why: `the rock packed by ${packedByText(by, ageMs)} is older than reuse-rock-max-age`
            };
        }
        const from = external_node_path_.join(dir, by.rock);
        const st = await promises_.lstat(from).catch(() => undefined);
        if (!st?.isFile())
            return { hit: false, key: opts.key, why: `the cache entry ${matched} holds no rock` };
        const rock = external_node_path_.join(opts.projectDir, by.rock);
        await promises_.rm(rock, { force: true });
        await promises_.copyFile(from, rock);
        return { hit: true, rock, by, ageMs, key: matched };
    }
    catch (err) {
        return {
            hit: false,
            key: opts.key,
            why: `the cache could not be read: ${err.message.split('\n')[0]}`
        };
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** Saves a rock that passed its smoke test under `key` and this run. Never throws: a warning. */
async function saveRock(key, rock, tempDir, env = process.env, now = Date.now()) {
    const dir = cacheDir(tempDir);
    const runId = `${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const name = external_node_path_.basename(rock);
    try {
        if (!ROCK_NAME.test(name))
            throw new ReuseError(`the rock's name ${name} is not one to keep`);
        await promises_.rm(dir, { recursive: true, force: true });
        await promises_.mkdir(dir, { recursive: true });
        await promises_.copyFile(rock, external_node_path_.join(dir, name));
        const by = {
            rock: name,
            packedAt: new Date(now).toISOString(),
            runId,
            ...(env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? {
                    runUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
                }
                : {}),
            ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {})
        };
        await promises_.writeFile(external_node_path_.join(dir, META), JSON.stringify(by) + '\n');
        const saved = `${key}-${runId}`;
        await cache/* saveCache */.Io([dir], saved);
        runner_io/* info */.pq(`Reuse: saved the rock as ${saved}`);
        return saved;
    }
    catch (err) {
        runner_io/* warning */.$e(`Reuse: could not save the rock for reuse: ${err.message.split('\n')[0]}`);
        return undefined;
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/reuse/action.ts



async function reuseRock(inputs, report, tempDir) {
    const reuse = await lookUp(inputs, report, tempDir);
    runner_io/* setOutput */.uH('rock-reused', reuse.rock ? 'true' : 'false');
    return reuse;
}
async function lookUp(inputs, report, tempDir) {
    const revision = await rockcraftRevision(inputs.rockcraftRevision, inputs.rockcraftChannel);
    if (revision === undefined) {
        runner_io/* info */.pq(`Reuse: off for this run: the rockcraft revision of ${inputs.rockcraftChannel} cannot be known here (pin rockcraft-revision)`);
        return {};
    }
    const { hostArch } = await __webpack_require__.e(/* import() */ 316).then(__webpack_require__.bind(__webpack_require__, 7316));
    let key;
    try {
        key = reuseKey({
            content: await projectDigest(inputs.projectPath),
            expansion: report.expandedYaml ?? '',
            rockcraftRevision: revision,
            arch: hostArch(),
            platform: inputs.platform,
            scope: inputs.cacheScope
        });
    }
    catch (err) {
        runner_io/* info */.pq(`Reuse: off for this run: ${err.message.split('\n')[0]}`);
        return {};
    }
    const outcome = await restoreRock({
        key,
        projectDir: inputs.projectPath,
        tempDir,
        maxAgeMs: inputs.reuseRockMaxAgeMs
    });
    if (outcome.hit) {
        const detail = `reused ${outcome.rock}: packed by ${packedByText(outcome.by, outcome.ageMs)} (the same content, expansion, rockcraft ${revision} and architecture)`;
        (0,untrusted/* infoUntrusted */.z7)(`Reuse: ${detail}; cache key ${outcome.key}`);
        runner_io/* setOutput */.uH('rock', outcome.rock);
        return { rock: outcome.rock, detail };
    }
    (0,untrusted/* infoUntrusted */.z7)(`Reuse: packing: ${outcome.why}`);
    if (outcome.key === undefined)
        return {};
    return {
        save: async (rock) => {
            await saveRock(key, rock, tempDir);
        }
    };
}


/***/ })

};

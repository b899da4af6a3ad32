export const id = 153;
export const ids = [153,529];
export const modules = {

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/action/runner-io.ts
var runner_io = __webpack_require__(923);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/smoke/docker.ts
var docker = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/action/state.ts
var action_state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/action/owned.ts
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
    runner_io/* warning */.$e(`Post step: left ${what} ${file} alone: it is not a temporary path of this action`);
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
            if (state.labels?.[action_state/* RUN_LABEL */.jQ] === runId)
                return name;
        }
        catch (err) {
            runner_io/* warning */.$e(`Post step: cannot inspect container ${name}: ${err.message}`);
            return undefined;
        }
    }
    runner_io/* warning */.$e(`Post step: left container ${name} alone: it does not carry this run's label`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/post-step.ts
// The post step: runs after the job's other steps, also when main failed or was cancelled.
// It removes what main may have left behind and saves the pack cache after a successful pack.
// Only what this run made is removed, whatever the state says (owned.ts).




/** The post step; a run by hand (no post step) calls it at its end with its own state. */
async function post(state = (0,action_state/* loadState */.C7)()) {
    if (!state.isPost)
        return;
    // Each of these never throws: one failing cleanup must not stop the others. Each stage's code
    // loads only when main left it something to do: after a check-only run, none does.
    if (state.containerName || state.envFile || state.smokeImage) {
        // The daemon main used: the input as main read it (never the state, which anything could write).
        const dockerHost = runner_io/* getInput */.V4('docker-host') || process.env.DOCKER_HOST || undefined;
        const [{ cleanupSmoke }, { actionLog }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(132), __webpack_require__.e(22)]).then(__webpack_require__.bind(__webpack_require__, 8022)),
            __webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 9532))
        ]);
        await cleanupSmoke({
            containerName: await ownedContainer(state.containerName, state.runId, dockerHost),
            envFile: await ownedPath(state.envFile, 'the smoke test env file'),
            // cleanupSmoke removes only an image of this action's run-tag shape (NAME:VERSION-smoke-<hex>).
            smokeImage: state.smokeImage
        }, actionLog, { dockerHost });
    }
    if (state.authFile) {
        const { cleanupPublish } = await __webpack_require__.e(/* import() */ 834).then(__webpack_require__.bind(__webpack_require__, 8453));
        await cleanupPublish({ authFile: await ownedPath(state.authFile, 'the registry auth file') });
    }
    if (state.cacheKey)
        await (await Promise.all(/* import() */[__webpack_require__.e(435), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 7033))).savePackCache(state);
    const tempDir = await ownedPath(state.tempDir, 'the temporary directory');
    if (tempDir) {
        await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch((err) => runner_io/* warning */.$e(`Could not remove ${tempDir}: ${err.message}`));
    }
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ skopeoCommand),
/* harmony export */   a7: () => (/* binding */ PRESERVE_DIGESTS_SINCE),
/* harmony export */   gb: () => (/* binding */ explainDaemonRefusal),
/* harmony export */   j: () => (/* binding */ skopeoMessage),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oK: () => (/* binding */ refuseSkopeoTooOldForDaemon),
/* harmony export */   wt: () => (/* binding */ skopeoVersion)
/* harmony export */ });
/* unused harmony exports parseSkopeoVersion, SPEAKS_API_1_22_BELOW, daemonApiProblem, daemonRefusal, tooOldMessage */
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
const PRESERVE_DIGESTS_SINCE = [1, 6, 0];
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


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ containerLogs),
/* harmony export */   I3: () => (/* binding */ runDetached),
/* harmony export */   Jj: () => (/* binding */ removeImage),
/* harmony export */   SI: () => (/* binding */ stopContainer),
/* harmony export */   US: () => (/* binding */ imageExists),
/* harmony export */   aH: () => (/* binding */ inspectContainer),
/* harmony export */   ax: () => (/* binding */ LOAD_TIMEOUT_MS),
/* harmony export */   jv: () => (/* binding */ loadedImage),
/* harmony export */   kj: () => (/* binding */ loadRock),
/* harmony export */   od: () => (/* binding */ removeContainer),
/* harmony export */   pq: () => (/* binding */ containerdStore),
/* harmony export */   ur: () => (/* binding */ execInContainer),
/* harmony export */   vb: () => (/* binding */ containerProcesses),
/* harmony export */   yv: () => (/* binding */ containerLogEntries)
/* harmony export */ });
/* unused harmony exports parseLogEntries, containersWithLabel */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9144);
/* harmony import */ var _process_interrupt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1690);
/* harmony import */ var _registry_skopeo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1290);
// The Docker edge of the smoke test: every docker and skopeo call, with a timeout and a clear
// failure message. `host` is a DOCKER_HOST-style address (unix:///path/docker.sock); undefined
// means the default socket, as on a GitHub runner.






function dockerArgs(host, args) {
    return host ? ['-H', host, ...args] : [...args];
}
async function docker(host, args, what, timeoutMs = 60_000) {
    return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runOk */ .uO)('docker', dockerArgs(host, args), { what, timeoutMs });
}
/** How long loading a rock into Docker may take, by skopeo or by `docker load`. */
const LOAD_TIMEOUT_MS = 10 * 60_000;
/** Copies an OCI archive (.rock) into the daemon as `ref` (which must carry a tag). */
async function loadRock(rock, ref, host) {
    const skopeo = await (0,_registry_skopeo_js__WEBPACK_IMPORTED_MODULE_5__/* .skopeoCommand */ .DV)();
    const args = ['--insecure-policy', 'copy'];
    // skopeo ignores DOCKER_HOST, which docker itself reads: both must talk to one daemon.
    const daemon = host || process.env.DOCKER_HOST;
    if (daemon)
        args.push('--dest-daemon-host', daemon);
    await (0,_registry_skopeo_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseSkopeoTooOldForDaemon */ .oK)(skopeo, daemon);
    // skopeo reads `oci-archive:PATH[:REF]` up to the first ':', so a path with one (a rock of
    // version `2:1.0`) goes through a link whose path has none.
    const linkDir = rock.includes(':')
        ? await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'flask-rock-load-'))
        : undefined;
    const forget = linkDir ? (0,_process_interrupt_js__WEBPACK_IMPORTED_MODULE_4__/* .removeOnInterrupt */ .vY)(linkDir) : () => { };
    try {
        let source = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(rock);
        if (linkDir) {
            source = node_path__WEBPACK_IMPORTED_MODULE_2__.join(linkDir, 'rock.rock');
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.symlink(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(rock), source);
        }
        args.push(`oci-archive:${source}`, `docker-daemon:${ref}`);
        await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runOk */ .uO)(skopeo, args, {
            what: `load ${rock} into Docker as ${ref}`,
            timeoutMs: LOAD_TIMEOUT_MS
        }).catch(async (err) => {
            throw await (0,_registry_skopeo_js__WEBPACK_IMPORTED_MODULE_5__/* .explainDaemonRefusal */ .gb)(skopeo, daemon, err);
        });
    }
    finally {
        if (linkDir)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(linkDir, { recursive: true, force: true });
        forget();
    }
}
/** What Docker holds under `ref`: its image ID and its layers (diff_ids), as `docker image inspect` says. */
async function loadedImage(ref, host) {
    const r = await docker(host, ['image', 'inspect', '--format', '{{.Id}} {{json .RootFS.Layers}}', ref], `inspect image ${ref}`, 30_000);
    const [id, ...rest] = r.stdout.trim().split(' ');
    const layers = JSON.parse(rest.join(' ') || 'null');
    return { id, layers: Array.isArray(layers) ? layers.map(String) : [] };
}
/** Whether the daemon keeps images in containerd's store, where an image ID is its manifest's digest. */
async function containerdStore(host) {
    const r = await docker(host, ['info', '--format', '{{json .DriverStatus}}'], 'ask Docker for its storage');
    return r.stdout.includes('io.containerd.snapshotter');
}
/** Removes an image reference (the image goes when no other reference holds it); gone is fine. */
async function removeImage(ref, host) {
    const r = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('docker', dockerArgs(host, ['image', 'rm', ref]), {
        what: `remove image ${ref}`,
        timeoutMs: 60_000
    });
    if (r.code !== 0 && !/no such image/i.test(r.stderr)) {
        throw new Error(`remove image ${ref}: docker exited with code ${r.code}: ${(0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .tailLines */ .os)(r.stderr, 3)}`);
    }
}
/** Whether the daemon has an image under this reference. */
async function imageExists(ref, host) {
    const r = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('docker', dockerArgs(host, ['image', 'inspect', '--format', '{{.Id}}', ref]), {
        what: `inspect image ${ref}`,
        timeoutMs: 30_000
    });
    return r.code === 0;
}
/** docker stop with a grace period; resolves when the container has stopped. */
async function stopContainer(name, graceSec, host) {
    await docker(host, ['stop', '--time', String(graceSec), name], `stop container ${name}`, (graceSec + 30) * 1000);
}
/** uid and command line of each process in the container (`docker top`), as the host sees them. */
async function containerProcesses(name, host) {
    const r = await docker(host, ['top', name, '-eo', 'pid,uid,args'], `list the processes of ${name}`, 30_000);
    return r.stdout
        .split('\n')
        .slice(1)
        .map(line => /^\s*\d+\s+(\d+)\s+(.*)$/.exec(line))
        .filter((m) => m !== null)
        .map(m => ({ uid: Number(m[1]), command: m[2] }));
}
/** docker run -d; resolves once the container exists (and was started). */
async function runDetached(spec, host) {
    const args = ['run', '--detach', '--name', spec.name, '--env-file', spec.envFile];
    for (const [k, v] of Object.entries(spec.labels))
        args.push('--label', `${k}=${v}`);
    for (const [k, v] of Object.entries(spec.env))
        args.push('--env', `${k}=${v}`);
    for (const port of spec.publish)
        args.push('--publish', `127.0.0.1::${port}`);
    args.push(spec.image, ...spec.args);
    await docker(host, args, `start the smoke test container from ${spec.image}`);
}
/** The container's state, or undefined when it does not exist. */
async function inspectContainer(name, host) {
    const r = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('docker', dockerArgs(host, ['container', 'inspect', name]), {
        what: `inspect container ${name}`,
        timeoutMs: 30_000
    });
    if (r.code !== 0) {
        if (/no such (container|object)/i.test(r.stderr))
            return undefined;
        throw new Error(`inspect container ${name}: docker exited with code ${r.code}: ${(0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .tailLines */ .os)(r.stderr, 3)}`);
    }
    const [info] = JSON.parse(r.stdout);
    const ports = {};
    for (const [port, bindings] of Object.entries(info.NetworkSettings.Ports ?? {})) {
        const bound = (bindings ?? []).find(b => b.HostIp === '127.0.0.1') ?? bindings?.[0];
        if (bound)
            ports[port] = Number(bound.HostPort);
    }
    return {
        status: info.State.Status,
        running: info.State.Running,
        exitCode: info.State.ExitCode,
        oomKilled: info.State.OOMKilled,
        error: info.State.Error,
        ports,
        labels: info.Config?.Labels ?? {},
        path: info.Path
    };
}
/** The container's output (stdout and stderr), the last `tail` lines of each. */
async function containerLogs(name, host, tail) {
    const args = ['logs', ...(tail ? ['--tail', String(tail)] : []), name];
    const r = await docker(host, args, `read the log of container ${name}`, 30_000);
    return r.stdout + r.stderr;
}
const DOCKER_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/;
/**
 * Entries of `docker logs --timestamps` output (one stream), in order. Times are made fixed-width
 * (`...:05.5Z` -> `...:05.500000000Z`) so that they sort as text; a line without a time (not
 * expected from Docker) keeps the time of the line before it.
 */
function parseLogEntries(text) {
    const entries = [];
    let time = '';
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const space = line.indexOf(' ');
        const m = DOCKER_TIME.exec(space < 0 ? line : line.slice(0, space));
        if (!m) {
            entries.push({ time, text: line });
            continue;
        }
        time = `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}Z`;
        entries.push({ time, text: space < 0 ? '' : line.slice(space + 1) });
    }
    return entries;
}
/**
 * The container's log entries taken at or after `since` (a LogEntry time; all when undefined),
 * stdout and stderr merged in time order.
 */
async function containerLogEntries(name, host, since, tail) {
    const args = [
        'logs',
        '--timestamps',
        ...(since ? ['--since', since] : []),
        ...(tail ? ['--tail', String(tail)] : []),
        name
    ];
    const r = await docker(host, args, `read the log of container ${name}`, 30_000);
    // A stable sort keeps each stream's own order among entries with the same time.
    return [...parseLogEntries(r.stdout), ...parseLogEntries(r.stderr)].sort((a, b) => a.time < b.time ? -1 : a.time > b.time ? 1 : 0);
}
/**
 * `docker exec` of an argument array (no shell), stdin closed (no -i: a read gets end of file),
 * the container's own environment; resolves with the result whatever the exit code. A timeout
 * stops the docker client only: the process inside goes with the container.
 */
async function execInContainer(name, command, what, spec, host) {
    const args = ['exec'];
    if (spec.user)
        args.push('--user', spec.user);
    if (spec.workdir)
        args.push('--workdir', spec.workdir);
    args.push(name, ...command);
    return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('docker', dockerArgs(host, args), {
        what,
        timeoutMs: spec.timeoutMs,
        keepBytes: spec.keepBytes
    });
}
/** Removes the container and its anonymous volumes; a container already gone is fine. */
async function removeContainer(name, host) {
    const r = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('docker', dockerArgs(host, ['rm', '--force', '--volumes', name]), {
        what: `remove container ${name}`,
        timeoutMs: 60_000
    });
    if (r.code !== 0 && !/no such container/i.test(r.stderr)) {
        throw new Error(`remove container ${name}: docker exited with code ${r.code}: ${(0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .tailLines */ .os)(r.stderr, 3)}`);
    }
}
/** Names of the containers carrying a label (running or not). */
async function containersWithLabel(label, host) {
    const r = await docker(host, ['ps', '--all', '--filter', `label=${label}`, '--format', '{{.Names}}'], 'list containers');
    return r.stdout.split('\n').filter(s => s !== '');
}


/***/ })

};

export const id = 339;
export const ids = [339];
export const modules = {

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


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SMOKE_USAGE: () => (/* binding */ SMOKE_USAGE),
  parseEnvFile: () => (/* binding */ parseEnvFile),
  smokeCommand: () => (/* binding */ smokeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cli/cli-args.ts
var cli_args = __webpack_require__(3972);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
// EXTERNAL MODULE: ./src/process/interrupt.ts + 1 modules
var interrupt = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
;// CONCATENATED MODULE: ./src/smoke/error.ts
/** The smoke test failed: the message is one line saying why (details were logged before). */
class SmokeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SmokeError';
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/smoke/probes.ts
// What the smoke test asks the app: probes (`[METHOD] PATH [=STATUS] [~TEXT]` lines, input
// smoke-probes), and the concurrency proof of the worker (N requests at once to one path).
// An answer is the app's, hence hostile: its body is kept up to a cap, the rest is read and thrown
// away up to a limit, and every request has one deadline for the whole answer, body included.


const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const PROBE_LINE = /^(?:([A-Z]+)\s+)?(\/\S*)(?:\s+=(\d{3}))?(?:\s+~(.+))?$/;
const PROBE_SYNTAX = '[METHOD] PATH [=STATUS] [~TEXT]';
/** The body a request keeps (what a body check and a failure's excerpt see). */
const BODY_KEEP_BYTES = 64 * 1024;
/** Beyond this a body is not read on: an app streaming without end fails the probe at once. */
const BODY_READ_LIMIT = 32 * 1024 * 1024;
const CONTAINS_MAX = 1024;
const EXCERPT_CHARS = 200;
// No spaces or control characters in a path: it goes on the request line as is.
// eslint-disable-next-line no-control-regex
const BAD_PATH = /[\s\x00-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex
const BAD_TEXT = /[\x00-\x1f\x7f]/;
/** One probe line; throws SmokeError naming what is wrong with it. */
function parseProbe(line) {
    const text = line.trim();
    const m = PROBE_LINE.exec(text);
    const shown = JSON.stringify(text);
    if (!m) {
        throw new SmokeError(`probe ${shown} is not '${PROBE_SYNTAX}' (e.g. 'GET /health =200 ~ok')`);
    }
    const method = m[1] ?? 'GET';
    if (!METHODS.includes(method)) {
        throw new SmokeError(`probe ${shown}: method must be one of ${METHODS.join(', ')}`);
    }
    if (m[2].length > 2048 || BAD_PATH.test(m[2])) {
        throw new SmokeError(`probe ${shown}: the path is too long or has control characters`);
    }
    const expect = m[3] === undefined ? undefined : Number(m[3]);
    if (expect !== undefined && (expect < 100 || expect > 599)) {
        throw new SmokeError(`probe ${shown}: the status must be between 100 and 599`);
    }
    const contains = m[4]?.trim();
    if (contains !== undefined && (contains.length > CONTAINS_MAX || BAD_TEXT.test(contains))) {
        throw new SmokeError(`probe ${shown}: the ~TEXT is longer than ${CONTAINS_MAX} characters or has control characters`);
    }
    if (method === 'HEAD' && contains !== undefined) {
        throw new SmokeError(`probe ${shown}: a HEAD answer has no body to look for ~TEXT in`);
    }
    return { method, path: m[2], expect, ...(contains === undefined ? {} : { contains }) };
}
/** Probe lines (blank lines and `#` comments skipped). */
function parseProbes(text) {
    return text
        .split(/\r\n|\r|\n/)
        .filter(l => l.trim() !== '' && !l.trim().startsWith('#'))
        .map(parseProbe);
}
/** `GET /health =200 ~healthy` */
function probeText(p) {
    return `${p.method} ${p.path}${p.expect === undefined ? '' : ` =${p.expect}`}${p.contains === undefined ? '' : ` ~${p.contains}`}`;
}
/**
 * A bounded, printable excerpt of a body for a one-line message: control characters (newlines
 * included) become spaces, runs of space one, at most EXCERPT_CHARS characters, quoted.
 */
function bodyExcerpt(body) {
    const flat = body
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
    const cut = [...flat];
    return JSON.stringify(cut.length > EXCERPT_CHARS ? `${cut.slice(0, EXCERPT_CHARS).join('')}...` : flat);
}
/** The body check of a probe: undefined when it passes, else why not (one line). */
function bodyProblem(probe, answer) {
    if (probe.contains === undefined || answer.body.includes(probe.contains))
        return undefined;
    const where = answer.truncated
        ? `the first ${BODY_KEEP_BYTES / 1024} KiB of its body`
        : 'its body';
    return `probe '${probeText(probe)}' answered ${answer.status} without ${JSON.stringify(probe.contains)} in ${where}: ${answer.body === '' ? 'the body is empty' : bodyExcerpt(answer.body)}`;
}
/** Status check: the expected one, or any status below 500. */
function statusOk(status, expect) {
    return expect === undefined ? status < 500 : status === expect;
}
function expectedText(expect) {
    return expect === undefined ? 'a status below 500' : `status ${expect}`;
}
/** The app sent a status, then a body that did not end in time or within BODY_READ_LIMIT. */
class BodyError extends Error {
    status;
    body;
    constructor(message, status, body) {
        super(message);
        this.status = status;
        this.body = body;
    }
}
/**
 * One request without keep-alive, so no socket outlives the probe. `deadlineMs` bounds the whole
 * of it, from connecting to the body's last byte (not only the time between two packets).
 */
function request(url, method, deadlineMs, signal, limits = {}) {
    const keepBytes = limits.keepBytes ?? BODY_KEEP_BYTES;
    const readLimit = limits.readLimit ?? BODY_READ_LIMIT;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        let status;
        const kept = [];
        let keptBytes = 0;
        let read = 0;
        const bodyError = (why) => new BodyError(`answered ${status} but ${why} (${read} bytes read)`, status ?? 0, Buffer.concat(kept).toString('utf8'));
        const req = external_node_http_.request(url, { method, agent: false, signal }, res => {
            status = res.statusCode ?? 0;
            res.on('data', (c) => {
                read += c.length;
                if (keptBytes < keepBytes) {
                    const part = c.subarray(0, keepBytes - keptBytes);
                    kept.push(part);
                    keptBytes += part.length;
                }
                if (read > readLimit) {
                    req.destroy(bodyError(`its body goes on beyond ${readLimit / 1024 / 1024} MiB`));
                }
            });
            res.on('end', () => {
                clearTimeout(timer);
                resolve({
                    status: status ?? 0,
                    ms: performance.now() - started,
                    body: Buffer.concat(kept).toString('utf8'),
                    truncated: read > keptBytes
                });
            });
            res.on('error', fail);
        });
        function fail(err) {
            clearTimeout(timer);
            reject(err);
        }
        const timer = setTimeout(() => {
            req.destroy(status === undefined
                ? new Error(`no answer within ${deadlineMs} ms`)
                : bodyError(`its body did not end within ${deadlineMs} ms`));
        }, deadlineMs);
        req.on('error', fail);
        req.end();
    });
}
/** `N` or `N PATH` (input smoke-concurrency); undefined for '' or '0'. */
function parseConcurrency(text) {
    const m = /^(\d{1,4})(?:\s+(\/\S*))?$/.exec(text.trim());
    if (!m || Number(m[1]) > 1000 || (m[2] !== undefined && BAD_PATH.test(m[2]))) {
        throw new SmokeError(`concurrency ${JSON.stringify(text.trim())} is not 'N' or 'N PATH' with N from 0 to 1000`);
    }
    const requests = Number(m[1]);
    return requests === 0 ? undefined : { requests, path: m[2] };
}
/** The p-th percentile (nearest rank) of the values. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** Sends `requests` GETs at once; each gets up to `timeoutMs`. */
async function concurrentGets(baseUrl, path, requests, timeoutMs) {
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: requests }, () => request(baseUrl + path, 'GET', timeoutMs).catch(() => undefined)));
    const good = answers.filter((a) => a !== undefined && a.status < 500);
    const ms = good.map(a => a.ms);
    return {
        path,
        requests,
        errors: requests - good.length,
        p50Ms: Math.round(percentile(ms, 50)),
        p95Ms: Math.round(percentile(ms, 95)),
        wallMs: Math.round(performance.now() - started)
    };
}

// EXTERNAL MODULE: ./src/process/private-file.ts
var private_file = __webpack_require__(9077);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/registry/skopeo.ts
var registry_skopeo = __webpack_require__(1290);
;// CONCATENATED MODULE: ./src/smoke/docker.ts
// The Docker edge of the smoke test: every docker and skopeo call, with a timeout and a clear
// failure message. `host` is a DOCKER_HOST-style address (unix:///path/docker.sock); undefined
// means the default socket, as on a GitHub runner.






function dockerArgs(host, args) {
    return host ? ['-H', host, ...args] : [...args];
}
async function docker(host, args, what, timeoutMs = 60_000) {
    return (0,exec/* runOk */.uO)('docker', dockerArgs(host, args), { what, timeoutMs });
}
/** How long loading a rock into Docker may take, by skopeo or by `docker load`. */
const LOAD_TIMEOUT_MS = 10 * 60_000;
/** Copies an OCI archive (.rock) into the daemon as `ref` (which must carry a tag). */
async function loadRock(rock, ref, host) {
    const skopeo = await (0,registry_skopeo/* skopeoCommand */.DV)();
    const args = ['--insecure-policy', 'copy'];
    // skopeo ignores DOCKER_HOST, which docker itself reads: both must talk to one daemon.
    const daemon = host || process.env.DOCKER_HOST;
    if (daemon)
        args.push('--dest-daemon-host', daemon);
    await (0,registry_skopeo/* refuseSkopeoTooOldForDaemon */.oK)(skopeo, daemon);
    // skopeo reads `oci-archive:PATH[:REF]` up to the first ':', so a path with one (a rock of
    // version `2:1.0`) goes through a link whose path has none.
    const linkDir = rock.includes(':')
        ? await promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'flask-rock-load-'))
        : undefined;
    const forget = linkDir ? (0,interrupt/* removeOnInterrupt */.vY)(linkDir) : () => { };
    try {
        let source = external_node_path_.resolve(rock);
        if (linkDir) {
            source = external_node_path_.join(linkDir, 'rock.rock');
            await promises_.symlink(external_node_path_.resolve(rock), source);
        }
        args.push(`oci-archive:${source}`, `docker-daemon:${ref}`);
        await (0,exec/* runOk */.uO)(skopeo, args, {
            what: `load ${rock} into Docker as ${ref}`,
            timeoutMs: LOAD_TIMEOUT_MS
        }).catch(async (err) => {
            throw await (0,registry_skopeo/* explainDaemonRefusal */.gb)(skopeo, daemon, err);
        });
    }
    finally {
        if (linkDir)
            await promises_.rm(linkDir, { recursive: true, force: true });
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
    const r = await (0,exec/* run */.eF)('docker', dockerArgs(host, ['image', 'rm', ref]), {
        what: `remove image ${ref}`,
        timeoutMs: 60_000
    });
    if (r.code !== 0 && !/no such image/i.test(r.stderr)) {
        throw new Error(`remove image ${ref}: docker exited with code ${r.code}: ${(0,exec/* tailLines */.os)(r.stderr, 3)}`);
    }
}
/** Whether the daemon has an image under this reference. */
async function imageExists(ref, host) {
    const r = await (0,exec/* run */.eF)('docker', dockerArgs(host, ['image', 'inspect', '--format', '{{.Id}}', ref]), {
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
    const r = await (0,exec/* run */.eF)('docker', dockerArgs(host, ['container', 'inspect', name]), {
        what: `inspect container ${name}`,
        timeoutMs: 30_000
    });
    if (r.code !== 0) {
        if (/no such (container|object)/i.test(r.stderr))
            return undefined;
        throw new Error(`inspect container ${name}: docker exited with code ${r.code}: ${(0,exec/* tailLines */.os)(r.stderr, 3)}`);
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
    return (0,exec/* run */.eF)('docker', dockerArgs(host, args), {
        what,
        timeoutMs: spec.timeoutMs,
        keepBytes: spec.keepBytes
    });
}
/** Removes the container and its anonymous volumes; a container already gone is fine. */
async function removeContainer(name, host) {
    const r = await (0,exec/* run */.eF)('docker', dockerArgs(host, ['rm', '--force', '--volumes', name]), {
        what: `remove container ${name}`,
        timeoutMs: 60_000
    });
    if (r.code !== 0 && !/no such container/i.test(r.stderr)) {
        throw new Error(`remove container ${name}: docker exited with code ${r.code}: ${(0,exec/* tailLines */.os)(r.stderr, 3)}`);
    }
}
/** Names of the containers carrying a label (running or not). */
async function containersWithLabel(label, host) {
    const r = await docker(host, ['ps', '--all', '--filter', `label=${label}`, '--format', '{{.Names}}'], 'list containers');
    return r.stdout.split('\n').filter(s => s !== '');
}

;// CONCATENATED MODULE: ./src/smoke/archive-load.ts
// Loads a rock into Docker from the smoke test's own read of it. The read hands over each blob as
// it streams by (a layer decompressed, as the owner check decompresses it anyway) and this writes
// them to `docker load` as a docker-archive, so the daemon gets no gzip to undo and skopeo no
// archive to unpack first. The image's reference goes in last (manifest.json), once the rock has
// passed its checks: a refused rock is never tagged, and a cut-off archive loads nothing. The
// daemon checks each layer against the config's diff_ids, so a blob that is not what the rock's
// config says fails the load; whatever cannot go this way is loaded by skopeo instead (loadRock).




/** How long a write may wait for `docker load` to take more before the copy gives up. */
const STALL_MS = 60_000;
/** How `docker load` ended, in its exit code and its own last line. */
function ended(how, r) {
    const said = (0,exec/* tailLines */.os)(r.stderr, 1);
    return `docker load ${how} (exit code ${r.code})${said ? `: ${said}` : ''}`;
}
/**
 * References whose whole archive went to `docker load` but whose load was not seen to end (a
 * Ctrl-C stopped the client): the daemon may still tag them a moment later.
 */
const unsettled = new Set();
/** How long an interrupted run's cleanup waits for such a load to tag its image. */
const LOAD_SETTLE_MS = 20_000;
/**
 * Waits (at most `boundMs`) until a load of `ref` this process handed whole to the daemon shows
 * its image, so that the cleanup's `docker image rm` finds it; at once for any other reference.
 */
async function loadSettled(ref, host, boundMs = LOAD_SETTLE_MS) {
    if (!unsettled.has(ref))
        return;
    const until = Date.now() + boundMs;
    while (Date.now() < until) {
        if (await imageExists(ref, host))
            break;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    unsettled.delete(ref);
}
class ArchiveLoad {
    rock;
    host;
    pack;
    loading;
    failure;
    /** Settles when the copy fails or `docker load` ends: no write waits past it. */
    over;
    endOver;
    stop = new AbortController();
    /** Blobs copied whole, by sha256 hex: their names in the archive. */
    names = new Map();
    constructor(rock, host) {
        this.rock = rock;
        this.host = host;
        this.over = new Promise(resolve => (this.endOver = resolve));
    }
    /** Starts `docker load` on the first blob: a rock that is no archive runs nothing. */
    start() {
        if (this.pack)
            return this.pack;
        const pack = tar_stream.pack();
        const stdin = new external_node_stream_.PassThrough();
        pack.on('error', () => stdin.destroy());
        pack.pipe(stdin);
        this.pack = pack;
        this.loading = (0,exec/* run */.eF)('docker', [...(this.host ? ['-H', this.host] : []), 'load'], {
            what: `load ${this.rock} into Docker`,
            timeoutMs: LOAD_TIMEOUT_MS,
            input: stdin,
            signal: this.stop.signal
        });
        // Ended before the archive did (a daemon it cannot reach): no write waits for it any more.
        this.loading.then(r => this.fail(ended('ended early', r)), (err) => this.fail(err.message.split('\n')[0]));
        return pack;
    }
    fail(why) {
        this.failure ??= why;
        this.endOver();
    }
    blob(hex, form, size) {
        if (this.failure)
            return undefined;
        const name = form === 'tar' ? `${hex}.tar` : `${hex}.blob`;
        const entry = this.start().entry({ name, size, mode: 0o644 });
        // tar-stream's own check: an entry that ends short of its size.
        entry.on('error', (err) => this.fail(`writing ${name}: ${err.message}`));
        let written = 0;
        return {
            data: async (chunk) => {
                if (this.failure)
                    return;
                written += chunk.length;
                if (written > size) {
                    this.fail(`a blob ${hex.slice(0, 12)} is longer than its size said (${size} bytes)`);
                    return;
                }
                if (entry.write(chunk))
                    return;
                let timer;
                await Promise.race([
                    new Promise(resolve => entry.once('drain', () => resolve())),
                    this.over,
                    new Promise(resolve => {
                        timer = setTimeout(() => {
                            this.fail(`docker load took no input for ${STALL_MS / 1000} s`);
                            resolve();
                        }, STALL_MS);
                    })
                ]);
                clearTimeout(timer);
            },
            end: () => {
                if (this.failure)
                    return;
                entry.end(null);
                this.names.set(hex, name);
            }
        };
    }
    /**
     * Names the image `ref` and ends the archive; resolves when Docker has it, or says why not (the
     * caller loads it another way). `blobs`: the image's config and layers, as the read found them.
     */
    async finish(ref, blobs) {
        if (!this.pack)
            return { loaded: false, why: 'this process read the rock before, so no blob streamed to it' };
        if (this.failure) {
            const why = this.failure;
            await this.abort();
            return { loaded: false, why };
        }
        // Every blob the read found went whole into the archive (a blob it could not copy is a
        // failure above); a name missing here is Docker's to refuse.
        const manifest = [
            {
                Config: this.names.get(blobs.config),
                RepoTags: [ref],
                Layers: blobs.layers.map(h => this.names.get(h))
            }
        ];
        this.pack.entry({ name: 'manifest.json', mode: 0o644 }, JSON.stringify(manifest));
        this.pack.finalize();
        unsettled.add(ref);
        const result = await this.loading.catch((err) => err);
        // Killed (an interrupt: the docker client exits 130 or 143 on SIGINT or SIGTERM), the daemon
        // may finish the load anyway: left unsettled for the cleanup.
        const killed = !(result instanceof Error) &&
            (result.signal !== null || [130, 143].includes(result.code ?? 0));
        if (!killed)
            unsettled.delete(ref);
        if (result instanceof Error)
            return { loaded: false, why: result.message.split('\n')[0] };
        if (result.code !== 0 || result.timedOut) {
            return {
                loaded: false,
                why: result.timedOut
                    ? `docker load did not finish within ${LOAD_TIMEOUT_MS / 60_000} minutes`
                    : ended('failed', result)
            };
        }
        return { loaded: true };
    }
    /** Stops the load (the archive never named an image: nothing is tagged). */
    async abort() {
        this.fail('stopped');
        if (!this.loading)
            return;
        this.stop.abort();
        this.pack?.destroy();
        await this.loading.catch(() => undefined);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/smoke/image.ts
// The Docker image a smoke test loads the rock as. Unless the user names one (input `image`), the
// reference is unique to the run, so that runs sharing a daemon never test each other's rock, and
// it is removed when the job ends (the post step), so that images do not pile up on a runner.


/** Adds ':latest' to a reference without tag or digest (docker-daemon: needs a tag). */
function taggedImage(image) {
    if (image.includes('@')) {
        throw new SmokeError(`image '${image}' has a digest; the smoke test needs a name:tag`);
    }
    const lastPart = image.slice(image.lastIndexOf('/') + 1);
    return lastPart.includes(':') ? image : `${image}:latest`;
}
// The tail that marks a reference as one a run made for itself (and may remove).
const RUN_SUFFIX = /-smoke-[0-9a-f]{12}$/;
/**
 * A Docker tag for a rock version. rockcraft takes versions Docker refuses as tags (`1.0+git`,
 * `1.0~rc1`, `2:1.0`): every character outside [A-Za-z0-9_.-] becomes '-', and a tag must start
 * with a letter, digit or '_' and have at most 128 characters.
 */
function dockerTag(version, room = 128) {
    let tag = version.replace(/[^A-Za-z0-9_.-]/g, '-');
    if (!/^[A-Za-z0-9_]/.test(tag))
        tag = `v${tag}`;
    return tag.slice(0, room);
}
/** `<name>:<version as a tag>-smoke-<random>`: a reference no other run uses. */
function runImage(name, version) {
    const suffix = `-smoke-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    return `${name}:${dockerTag(version ?? 'latest', 128 - suffix.length)}${suffix}`;
}
/** A reference runImage() made: only such images does the post step remove. */
function isRunImage(ref) {
    return RUN_SUFFIX.test(ref);
}

;// CONCATENATED MODULE: ./src/smoke/cleanup.ts
// The smoke test's cleanup: the container, the env file with the project's secrets, and an image
// the run named for itself; after the run, in the post step, or after an interrupt.





const ENV_FILE = 'smoke.env';
const ENV_DIR_PREFIX = 'flask-rock-smoke-';
/**
 * Removes what a smoke test left (post step, or after main was cancelled). Never throws:
 * anything it cannot remove is reported as a warning. An image goes only when a run made its
 * reference for itself (runImage): never one the user named.
 */
async function cleanupSmoke(state, log, where = {}) {
    const host = where.dockerHost;
    if (state.containerName) {
        try {
            await removeContainer(state.containerName, host);
        }
        catch (err) {
            log.warning(`Could not remove smoke test container ${state.containerName}: ${err.message}`);
        }
    }
    if (state.envFile) {
        await (0,private_file/* removePrivateFile */.wi)(state.envFile, ENV_DIR_PREFIX, 'the smoke test env file', line => log.warning(line));
    }
    if (state.smokeImage && isRunImage(state.smokeImage)) {
        try {
            // A load cut short by Ctrl-C after its archive went whole may tag the image only now.
            await loadSettled(state.smokeImage, host);
            await removeImage(state.smokeImage, host);
        }
        catch (err) {
            log.warning(`Could not remove image ${state.smokeImage}: ${err.message}`);
        }
    }
}
async function removeSmoke(name, envDir, opts) {
    await cleanupSmoke({ containerName: name, envFile: external_node_path_.join(envDir, ENV_FILE) }, opts.log, {
        dockerHost: opts.dockerHost
    });
    try {
        opts.remember?.({ containerName: undefined, envFile: undefined });
    }
    catch {
        // Only means the post step will try the same (harmless) cleanup again.
    }
}

;// CONCATENATED MODULE: ./src/smoke/layout.ts
// Where a flask-framework rock keeps its files, by extension version, as data: the V1 extension
// (bases up to ubuntu@24.04) puts everything under /flask; the V2 extension (ubuntu@26.04, rockcraft
// pull request #1348) puts the app in /app and the mutable gunicorn config in /var/lib/gunicorn.
// The smoke test tells them apart by the gunicorn config the rock carries, not by the base it was
// meant for: a rock handed over as input `rock` has no project beside it.
const V1_LAYOUT = {
    name: 'v1',
    appDir: '/flask/app',
    gunicornConf: '/flask/gunicorn.conf.py',
    logDir: '/var/log/flask',
    ownedRoots: ['flask', 'opt/promtail', 'etc/promtail', 'var/log/flask']
};
const V2_LAYOUT = {
    name: 'v2',
    appDir: '/app',
    gunicornConf: '/var/lib/gunicorn/gunicorn.conf.py',
    logDir: '/var/log/app',
    // The V2 extension's config-files part gives var/lib/gunicorn (and the config in it) to _daemon_
    // because paas-charm 2 rewrites that config; install-app gives it /app.
    ownedRoots: ['app', 'var/lib/gunicorn', 'opt/promtail', 'etc/promtail', 'var/log/app']
};
const ROCK_LAYOUTS = [V1_LAYOUT, V2_LAYOUT];
/** Every path the layouts care about (owners, markers, migration scripts): read once from the rock. */
const LAYOUT_ROOTS = [...new Set(ROCK_LAYOUTS.flatMap(l => l.ownedRoots))];
const rel = (p) => p.replace(/^\/+/, '');
/**
 * The layout of a rock from the paths it holds (no leading '/'): the one whose gunicorn config is
 * there; V1 when none is (a rock whose flask command names its own config).
 */
function layoutOf(paths) {
    const has = (p) => paths.has(rel(p));
    return ROCK_LAYOUTS.find(l => has(l.gunicornConf)) ?? V1_LAYOUT;
}
/**
 * paas-charm's migration command for an app directory holding `present` (App._run_migrations, in
 * that order, the later found winning): migrate (run by absolute path), migrate.sh through
 * `bash -eo pipefail`, migrate.py through `python3`, and manage.py through
 * `python3 manage.py migrate` (the charm's base class checks for it whatever the framework).
 */
const MIGRATION_CHOICES = [
    { file: 'migrate', command: appDir => [`${appDir}/migrate`] },
    { file: 'migrate.sh', command: () => ['bash', '-eo', 'pipefail', 'migrate.sh'] },
    { file: 'migrate.py', command: () => ['python3', 'migrate.py'] },
    { file: 'manage.py', command: () => ['python3', 'manage.py', 'migrate'] }
];
function migrationCommand(layout, paths) {
    let chosen;
    for (const choice of MIGRATION_CHOICES) {
        if (paths.has(`${rel(layout.appDir)}/${choice.file}`))
            chosen = choice.command(layout.appDir);
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/smoke/migration.ts




// The migration's output kept (its tail, per stream) and shown in its log group.
const MIGRATION_KEEP_BYTES = 256 * 1024;
const MIGRATION_LOG_LINES = 200;
// Lines of the migration's output quoted in the verdict when it fails.
const MIGRATION_QUOTE_LINES = 3;
// `pebble replan`, `pebble plan`, `pebble services`: each answers within a second or two.
const PEBBLE_CALL_MS = 60_000;
/** A single line of the project's words, for a verdict. */
function oneLine(text) {
    return (text
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l !== '')
        .join(' | ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x1f\x7f]/g, ' '));
}
/** The migration to run for smoke-migrate, or undefined; throws when `true` finds none. */
function planMigration(choice, layout, paths) {
    if (choice === 'false')
        return undefined;
    const command = migrationCommand(layout, paths);
    if (!command && choice === 'true') {
        throw new SmokeError(`a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in ${layout.appDir}`);
    }
    return command;
}
/**
 * Runs the migration as paas-charm does before it starts the app: in the container, from the
 * app directory, as _daemon_, with the app's environment (the container's), no stdin; bounded by
 * smoke-timeout. Its output is the project's: fenced in its log group.
 */
async function migrate(run, command) {
    const workdir = run.setup.layout.appDir;
    const shown = command.join(' ');
    const left = run.deadline - Date.now();
    if (left <= 0)
        throw new SmokeError(`no time left for the migration within ${run.opts.timeoutSec} s`);
    let result;
    await run.log.group(`Migration: ${shown} (in ${workdir} as _daemon_)`, async () => {
        result = await execInContainer(run.name, command, `run the migration ${shown}`, { user: '_daemon_', workdir, timeoutMs: left, keepBytes: MIGRATION_KEEP_BYTES }, run.opts.dockerHost);
        for (const [stream, text] of [
            ['stdout', result.stdout],
            ['stderr', result.stderr]
        ]) {
            const lines = (0,exec/* tailLines */.os)(text, MIGRATION_LOG_LINES);
            if (lines === '')
                continue;
            run.log.info(`${stream} (last lines, as the migration wrote them):`);
            run.log.info(lines);
        }
        run.log.info(result.timedOut
            ? `Stopped after ${(result.durationMs / 1000).toFixed(1)} s: smoke-timeout`
            : `Exit code ${result.code} after ${(result.durationMs / 1000).toFixed(1)} s`);
    });
    if (result.timedOut) {
        throw new SmokeError(`the migration (${shown}) did not finish within the smoke timeout (${run.opts.timeoutSec} s)`);
    }
    if (result.code !== 0) {
        const quoted = oneLine((0,exec/* tailLines */.os)(result.stderr || result.stdout, MIGRATION_QUOTE_LINES));
        throw new SmokeError(`the migration (${shown}, in ${workdir} as _daemon_) failed with exit code ${result.code}${quoted ? `: ${quoted}` : ' and printed nothing'}`);
    }
    run.log.info(`Migration ${shown} passed in ${result.durationMs} ms`);
    return { command, workdir, ms: result.durationMs, exitCode: 0 };
}
/**
 * After the migration, Pebble (held until then) starts the default services, as the charm's
 * replan does. Whether they stay up is for the probe and the boot watch to tell: replan's own
 * failure (a worker that exits at once) is logged, not a verdict.
 */
async function startServices(run) {
    const at = Date.now();
    const result = await execInContainer(run.name, [run.setup.pebble, 'replan'], 'start the services (pebble replan)', { timeoutMs: PEBBLE_CALL_MS }, run.opts.dockerHost);
    if (result.code !== 0 || result.timedOut) {
        run.log.info('pebble replan did not start every service:');
        run.log.info((0,exec/* tailLines */.os)(result.stderr || result.stdout, 20) || '(no output)');
    }
    return at;
}

;// CONCATENATED MODULE: ./src/smoke/boot-watch.ts
/**
 * The entries of a `docker logs --since cursor.since` read that were not read before: Docker keeps
 * entries taken exactly at `since`, so the first `readAtSince` of those are skipped.
 */
function freshEntries(entries, cursor) {
    let skip = cursor.readAtSince;
    const fresh = entries.filter(e => !(e.time === cursor.since && skip-- > 0));
    if (entries.length === 0)
        return { fresh, cursor };
    const since = entries[entries.length - 1].time;
    return { fresh, cursor: { since, readAtSince: entries.filter(e => e.time === since).length } };
}
// Pebble prefixes every line with a timestamp and its source: `[pebble]` for its own notices (real
// Pebble, on stderr), the service's name for service output (on stdout). The stand-in writes its
// notices with no source at all (internals/servicelog/formatter.go, internals/logger/logger.go).
const PEBBLE_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (?:\[([^\]]+)\] )?(.*)$/;
const FLASK_STOPPED = /^Service "flask" stopped unexpectedly with code (-?\d+)/;
// A start Pebble will not retry (a missing program, a user it cannot switch to).
const FLASK_NOT_STARTED = /^Change \d+ task \(Start service "flask"\) failed: cannot start service: /;
// Real Pebble from v1.2x logs the uid it runs as when it starts.
const PEBBLE_STARTUP = /"event":"sys_startup:(\d+)"/;
// gunicorn's arbiter halts with one of these when a worker cannot boot (gunicorn 20-23).
const GUNICORN_HALT = /\bReason: (Worker failed to boot\.|App failed to load\.)\s*$/;
// gunicorn's own one-line errors: a bad config ("Error: ..."), an app object it cannot find.
const GUNICORN_ERROR = /^(?:Error: .+|Failed to find .+)$/;
// gunicorn's routine lines ("[2026-11-25 12:28:49 +0000] [14] [INFO] ..."): not last words.
const GUNICORN_INFO = /^\[[^\]]+\] \[\d+\] \[INFO\] /;
/**
 * Reads the container log, line by line, for the flask service failing to boot: Pebble saying it
 * stopped (or could not start it at all), or gunicorn halting because a worker could not boot
 * (either one counts each failure, whichever Pebble or gunicorn version wrote the log), and the
 * last words of Pebble and of the app about why.
 */
class BootWatch {
    pebbleStops = 0;
    gunicornHalts = 0;
    notStarted = false;
    inTraceback = false;
    lastException;
    lastError;
    lastHalt;
    lastAppLine;
    pebbleWords;
    /** The uid Pebble said it started as (real Pebble from v1.2x), if it said so. */
    pebbleUid;
    /** The last line without Pebble's timestamp: how Pebble words a fatal error before it exits. */
    lastBareLine;
    add(line) {
        const pebble = PEBBLE_LINE.exec(line);
        if (pebble && (pebble[1] === undefined || pebble[1] === 'pebble')) {
            this.addNotice(pebble[2]);
            return;
        }
        if (pebble && pebble[1] !== 'flask')
            return; // another service's output
        if (!pebble && line.trim() !== '')
            this.lastBareLine = line.trim();
        // Lines without Pebble's prefix are taken as the app's too (a Pebble that copies output as is).
        this.addAppLine(pebble ? pebble[2] : line);
    }
    addNotice(text) {
        const uid = PEBBLE_STARTUP.exec(text);
        if (uid)
            this.pebbleUid = Number(uid[1]);
        if (FLASK_STOPPED.test(text)) {
            this.pebbleStops++;
            this.pebbleWords = text.trim();
        }
        else if (FLASK_NOT_STARTED.test(text)) {
            this.notStarted = true;
            this.pebbleWords = text.trim();
        }
    }
    addAppLine(text) {
        if (this.inTraceback) {
            // Frames are indented; the first line that is not ends the traceback: the exception.
            if (/^\s/.test(text))
                return;
            this.inTraceback = false;
            if (/^[A-Za-z_][\w.]*(?::|$)/.test(text))
                this.lastException = text.trim();
        }
        if (text.startsWith('Traceback (most recent call last):')) {
            this.inTraceback = true;
            return;
        }
        const halt = GUNICORN_HALT.exec(text);
        if (halt) {
            this.gunicornHalts++;
            this.lastHalt = halt[1];
        }
        else if (GUNICORN_ERROR.test(text.trim())) {
            this.lastError = text.trim();
        }
        else if (text.trim() !== '' && !GUNICORN_INFO.test(text)) {
            this.lastAppLine = text.trim();
        }
    }
    /** The exception of the last traceback the app wrote (its last line), if any. */
    get exception() {
        return this.lastException;
    }
    /** Failed boots so far. */
    get failures() {
        return Math.max(this.pebbleStops, this.gunicornHalts);
    }
    /** Pebble will not try again: the verdict needs no second failure. */
    get final() {
        return this.notStarted;
    }
    /** Why, in one line: the app's last words (its exception, gunicorn's error), then Pebble's. */
    get reason() {
        const app = this.lastException ??
            this.lastError ??
            (this.lastHalt ? `gunicorn: ${this.lastHalt}` : undefined) ??
            this.lastAppLine;
        const pebble = this.pebbleWords && `Pebble: ${this.pebbleWords}`;
        if (app && pebble)
            return `${app} (${pebble})`;
        return app ?? pebble ?? 'the flask service stopped';
    }
}
// gunicorn's arbiter, once its socket is bound: what comes after is the serving app's.
const GUNICORN_LISTENING = /\[INFO\] Listening at: /;
/**
 * The exception the serving app raised, from the log lines (oldest first): the last traceback
 * after gunicorn's last `Listening at:` line (a traceback of an earlier, failed boot is not the
 * answer's), or in all of them when no such line is there.
 */
function servingException(lines) {
    let from = 0;
    lines.forEach((line, i) => {
        if (GUNICORN_LISTENING.test(line))
            from = i + 1;
    });
    const watch = new BootWatch();
    for (const line of lines.slice(from))
        watch.add(line);
    return watch.exception;
}
/** `docker logs` lines as the log shows them: each stream's entries interleaved by time. */
function logText(entries) {
    return entries.map(e => e.text).join('\n');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/smoke/deployer.ts
// What the rock's deployer (Canonical's 12-factor flask charm, canonical/paas-charm) gives the app
// that a bare `docker run` does not: its environment, and the extra Pebble services it starts.
// Read from paas-charm's App.gen_environment and App._app_layer (src/paas_charm/app.py) and the
// gunicorn workload config (src/paas_charm/_gunicorn/workload_config.py), commit 2975c3aa.



/**
 * The environment the charm gives the flask service (and its workers) with no configuration and
 * no relations: FLASK_METRICS_PORT and FLASK_METRICS_PATH (always), FLASK_BASE_URL (the charm's
 * is http://<app>.<model>:8000 or the ingress URL; here the address the app answers on in its
 * container), FLASK_SECRET_KEY (the charm's secret storage makes it with Python's
 * secrets.token_urlsafe(64): 64 random bytes, URL-safe base64 without padding; fresh each run).
 * Proxy variables and FLASK_PEER_FQDNS come only from model settings and peers, so not here.
 */
function deployerEnv(ports) {
    return {
        FLASK_METRICS_PORT: String(ports.metrics),
        FLASK_METRICS_PATH: '/metrics',
        FLASK_BASE_URL: `http://localhost:${ports.app}`,
        FLASK_SECRET_KEY: (0,external_node_crypto_.randomBytes)(64).toString('base64url')
    };
}
/** Names whose values are secrets: masked in the log, never printed. */
const DEPLOYER_SECRETS = ['FLASK_SECRET_KEY'];
/** The variables the deployer always sets, each to a value that is never empty. */
const DEPLOYER_VARIABLES = Object.keys(deployerEnv({ app: 0, metrics: 0 }));
/**
 * Refuses smoke-env setting a variable the deployer always sets to an empty value: it would
 * replace the deployer's (a random FLASK_SECRET_KEY) with nothing, which the deployer never does.
 * A workflow's `${{ secrets.X }}` is empty wherever the secret is missing (forks, new repositories).
 */
function refuseEmptyDeployerValues(smokeEnv) {
    const empty = DEPLOYER_VARIABLES.find(name => name in smokeEnv && smokeEnv[name] === '');
    if (empty) {
        throw new SmokeError(`${empty} is empty, which the deployer never sets it to: a missing secret gives an empty value (forks, new repositories). Leave ${empty} out (the smoke test sets ${empty === 'FLASK_SECRET_KEY' ? 'a random key' : 'the value the deployer would'}), or give it a value`);
    }
}
/** The container's environment: the deployer's, then smoke-env (which wins), and what came from where. */
function smokeEnvironment(smokeEnv, deployer) {
    refuseEmptyDeployerValues(smokeEnv);
    const fromDeployer = Object.keys(deployer).filter(k => !(k in smokeEnv));
    return {
        env: { ...deployer, ...smokeEnv },
        fromDeployer,
        fromSmokeEnv: Object.keys(smokeEnv)
    };
}
// paas-charm gives its environment to, and starts, the services whose lower-cased names end so.
const EXTRA_SERVICE = /-(worker|scheduler)$/;
/** The extra services (workers and schedulers) of a Pebble plan (`pebble plan` output), in plan order. */
function extraServicesOfPlan(planYaml) {
    let plan;
    try {
        plan = (0,dist/* parse */.qg)(planYaml);
    }
    catch {
        return [];
    }
    return Object.keys(plan?.services ?? {}).filter(name => EXTRA_SERVICE.test(name.toLowerCase()));
}
// A name Pebble's table can show on one row and the smoke test can match exactly.
// eslint-disable-next-line no-control-regex
const PLAIN_NAME = /^[^\s\x00-\x1f\x7f]+$/;
/**
 * The states of `names` in `pebble services` output (a table: Service, Startup, Current, Since).
 * Rows are matched by the exact name (a name is never split at spaces); a name with whitespace
 * or control characters, or without a row, is `unknown`.
 */
function serviceStates(table, names) {
    const rows = table.split('\n').slice(1);
    return names.map(name => {
        if (PLAIN_NAME.test(name)) {
            const row = rows.find(r => r.startsWith(name) && /^\s/.test(r.slice(name.length)));
            const cells = row?.slice(name.length).trim().split(/\s+/);
            if (cells && cells.length >= 2)
                return { name, startup: cells[0], current: cells[1] };
        }
        return { name, startup: 'unknown', current: 'unknown' };
    });
}
/** One line for the log and the summary: `mail-worker active, cron-scheduler backoff`. */
function servicesText(states) {
    return states.map(s => `${s.name} ${s.current}`).join(', ');
}

// EXTERNAL MODULE: ./src/rock/index.ts + 4 modules
var src_rock = __webpack_require__(5158);
;// CONCATENATED MODULE: ./src/smoke/ownership.ts
// File owners as rockcraft's own spread test checks them: everything under the roots of the rock's
// layout (src/smoke/layout.ts: /flask or /app, the promtail and log dirs) belongs to _daemon_
// (584792). Bare rocks have no shell or find, so
// the owners are read from the rock's layer archives themselves (their tar headers), not from a
// container. A warm rock whose cache changed its owners is caught here too.


const DAEMON_UID = 584792;
/**
 * The image a rock (an OCI archive) holds: its architecture, and the owners of the files under
 * `roots`, layers applied in order (later entries win, whiteouts remove). The rock is read once
 * (the SBOM shares the read; `copy` gets its blobs when this call starts it); a rock it will not
 * read throws RockError.
 */
async function rockImage(rock, roots = LAYOUT_ROOTS, copy) {
    const contents = await (0,src_rock/* readRockOnce */.tU)(rock, copy);
    const under = (p) => roots.some(r => p === r || p.startsWith(`${r}/`));
    const layers = [...contents.files].filter(([, f]) => f.kind === 'pebble-layer');
    return {
        architecture: contents.architecture,
        labels: contents.labels,
        owners: new Map([...contents.owners].filter(([p]) => under(p))),
        pebbleLayers: layers.map(([p, f]) => ({
            name: p.slice(p.lastIndexOf('/') + 1),
            text: f.data.toString('utf8')
        })),
        blobs: contents.blobs,
        diffIds: contents.diffIds
    };
}
/** Paths under the roots not owned by _daemon_, as `/path (uid N)`, sorted. */
function foreignOwners(owners) {
    return [...owners]
        .filter(([, uid]) => uid !== DAEMON_UID)
        .map(([p, uid]) => `/${p} (uid ${uid})`)
        .sort();
}

;// CONCATENATED MODULE: ./src/smoke/load.ts
// The smoke test's load: read the rock (architecture, owners, layout, name and version) and load
// it into Docker in the same pass, then check Docker holds the image the read checked.








const DOCKER_ARCH = {
    x64: 'amd64',
    arm64: 'arm64',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64'
};
// rockcraft's project names: lower-case letters, digits and single hyphens, at most 40 characters.
const ROCK_NAME = /^[a-z0-9](?:-?[a-z0-9])*$/;
const PEBBLE_LAYER_FILE = /^\d{3}-(.+)\.yaml$/;
/** The name and version a rock carries; anything else in its (untrusted) files is ignored. */
function rockIdentity(layerFiles, labels) {
    const name = layerFiles
        .map(f => PEBBLE_LAYER_FILE.exec(external_node_path_.posix.basename(f))?.[1])
        .find((n) => n !== undefined && n.length <= 40 && ROCK_NAME.test(n));
    const version = labels['org.opencontainers.image.version'];
    return {
        name: name ?? 'rock',
        ...(typeof version === 'string' && version.trim() !== '' ? { version } : {})
    };
}
/**
 * Reads the rock itself: an OCI archive for this machine's architecture, its files owned right
 * where its layout says; returns the layout and the paths under it.
 */
async function checkRockFile(rock, copy) {
    let image;
    try {
        image = await rockImage(rock, LAYOUT_ROOTS, copy);
    }
    catch (err) {
        // The reader's one line ("cannot read <rock>: <why>"); anything else is a bug, not the rock.
        if (err instanceof src_rock/* RockError */.OL)
            throw new SmokeError(err.message);
        throw err;
    }
    const here = DOCKER_ARCH[process.arch] ?? process.arch;
    if (image.architecture && image.architecture !== here) {
        throw new SmokeError(`${rock} is built for ${image.architecture}; this machine runs ${here}`);
    }
    const layout = layoutOf(image.owners);
    const under = (p) => layout.ownedRoots.some(r => p === r || p.startsWith(`${r}/`));
    const foreign = foreignOwners(new Map([...image.owners].filter(([p]) => under(p))));
    if (foreign.length > 0) {
        throw new SmokeError(`files in the rock are not owned by _daemon_ (${DAEMON_UID}), as rockcraft makes them: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`);
    }
    return { ...image, layout, paths: image.owners };
}
/**
 * Reads the rock (architecture, owners) and loads it into Docker in the same pass: the read hands
 * its blobs to `docker load` as they stream by (ArchiveLoad), and the image is named only once
 * the read and the plan passed, so a refused rock never takes a tag (not the user's, not the
 * run's). Unnamed (flask-rock smoke), the image is named after the rock's own name and version,
 * which only the read knows. Whatever the streamed load cannot take, skopeo loads afterwards.
 */
async function checkAndLoad(opts, named, plan) {
    const load = new ArchiveLoad(opts.rock, opts.dockerHost);
    let read;
    let planned;
    try {
        read = await checkRockFile(opts.rock, load);
        planned = plan(read);
    }
    catch (err) {
        await load.abort();
        throw err;
    }
    const identity = rockIdentity(read.pebbleLayers.map(l => l.name), read.labels);
    const image = named ?? runImage(identity.name, identity.version);
    // Remembered before it is tagged: whatever a killed run leaves is removed by the cleanup.
    if (isRunImage(image))
        opts.remember?.({ smokeImage: image });
    opts.log.info(`Loading ${opts.rock} into Docker as ${image}`);
    const streamed = await load.finish(image, read.blobs);
    if (!streamed.loaded) {
        opts.log.info(`The load alongside the read did not complete (${streamed.why}): loading with skopeo`);
        await loadRock(opts.rock, image, opts.dockerHost);
    }
    await sameImage(image, read, opts.dockerHost);
    return { read, planned, image };
}
/**
 * The image Docker loaded is the image the read checked (and the SBOM describes): its layers are
 * the config's diff_ids and its ID the config's digest (the manifest's in containerd's store,
 * where the layers alone are compared). Otherwise it is removed and the step fails saying which.
 */
async function sameImage(image, read, host) {
    const loaded = await loadedImage(image, host);
    const config = `sha256:${read.blobs.config}`;
    let differs;
    if (JSON.stringify(loaded.layers) !== JSON.stringify(read.diffIds)) {
        differs = `its layers (${loaded.layers.length}: ${loaded.layers.map(l => l.slice(7, 19)).join(', ')}) are not the ones the read checked (${read.diffIds.length}: ${read.diffIds.map(l => l.slice(7, 19)).join(', ')})`;
    }
    else if (loaded.id !== config && !(await containerdStore(host))) {
        differs = `its ID ${loaded.id.slice(0, 19)} is not the config digest the read checked, ${config.slice(0, 19)}`;
    }
    if (!differs)
        return;
    await removeImage(image, host).catch(() => undefined);
    throw new SmokeError(`Docker loaded another image than the rock's read: ${differs}; not testing an image other than the one checked and described by the SBOM`);
}

;// CONCATENATED MODULE: ./src/smoke/worker.ts
// Which gunicorn worker the rock runs, and how to make it run the one asked for.


/** What to run for a worker choice; throws SmokeError when the choice cannot work. */
function workerPlan(choice, rock) {
    if (choice === 'auto' || choice === rock.worker)
        return { worker: rock.worker, args: [] };
    if (choice === 'gevent') {
        throw new SmokeError("worker 'gevent' needs gevent in the project's requirements (requirements.txt or pyproject.toml); add it or use worker 'sync' or 'auto'");
    }
    if (!rock.switchable) {
        throw new SmokeError(`worker '${choice}' cannot be forced: the rock's flask service command sets its worker without Pebble default arguments ('-k [ ${rock.worker} ]'); use worker 'auto'`);
    }
    return { worker: 'sync', args: ['--args', 'flask', 'sync'] };
}
/**
 * The flask service's worker from the rock's Pebble layers (file name -> YAML), applied in name
 * order like Pebble. A command without `-k` runs gunicorn's default, sync.
 */
function workerOfLayers(layers) {
    let command;
    for (const layer of [...layers].sort((a, b) => a.name.localeCompare(b.name))) {
        if (!/\.ya?ml$/.test(layer.name))
            continue;
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(layer.text);
        }
        catch {
            throw new SmokeError(`the rock's Pebble layer ${layer.name} is not valid YAML`);
        }
        const flask = doc?.services?.flask;
        if (flask?.command !== undefined || flask?.override === 'replace')
            command = flask.command;
    }
    if (command === undefined) {
        throw new SmokeError("the rock has no Pebble service 'flask': is it a flask-framework rock?");
    }
    return workerOfCommand(command);
}
/** The worker of a flask service command. A command without `-k` runs gunicorn's default, sync. */
function workerOfCommand(command) {
    const bracketed = /(?:^|\s)(?:-k|--worker-class)\s+\[\s*(\S+)\s*\]/.exec(command);
    const plain = /(?:^|\s)(?:-k|--worker-class)[\s=]+(\S+)/.exec(command);
    const worker = (bracketed?.[1] ?? plain?.[1] ?? 'sync').replace(/^['"]|['"]$/g, '');
    if (worker !== 'sync' && worker !== 'gevent') {
        throw new SmokeError(`the rock's flask service uses gunicorn worker '${worker}'; the smoke test knows sync and gevent`);
    }
    return { worker, switchable: bracketed !== null };
}
/** The worker class gunicorn reported ("Using worker: gevent"), or undefined. */
function workerFromLog(log) {
    return /Using worker: (\S+)/.exec(log)?.[1];
}

;// CONCATENATED MODULE: ./src/smoke/start.ts
// The smoke test's start: the container's environment (the deployer's and smoke-env, through a
// private env file), the worker plan, and `docker run` of the loaded rock; and how a failed
// container is explained (its log tail and state).














const APP_PORT = 8000;
const METRICS_PORT = 9102;
/** Every smoke container carries this label (cleanup, and tests checking for leftovers). */
const SMOKE_LABEL = 'flask-rock-action.smoke';
const LOG_TAIL_LINES = 100;
function describeState(state) {
    if (!state)
        return 'the container is gone';
    const parts = [`status ${state.status}`];
    if (!state.running)
        parts.push(`exit code ${state.exitCode}`);
    parts.push(state.oomKilled ? 'OOM-killed' : 'not OOM-killed');
    if (state.error)
        parts.push(`error: ${state.error}`);
    return parts.join(', ');
}
/** Docker env-file text. Values are taken literally (no quotes, no expansion). */
function envFileText(env) {
    return Object.entries(env)
        .map(([k, v]) => {
        if (/[\r\n\0]/.test(v))
            throw new SmokeError(`smoke-env: the value of ${k} spans lines`);
        return `${k}=${v}\n`;
    })
        .join('');
}
/** The failure's one line, then the container's log tail (both streams, by time) and state. */
async function explainFailure(name, reason, log, host) {
    // The reason may quote the app (its exception, its body): the log fences what it prints.
    log.info(`Smoke test failed: ${reason}`);
    await log.group(`Smoke test container ${name}: log tail and state`, async () => {
        const entries = await containerLogEntries(name, host, undefined, LOG_TAIL_LINES).catch((e) => `(cannot read the log: ${e.message.split('\n')[0]})`);
        // The container's words are the app's: the log keeps them from the runner and the terminal.
        if (typeof entries === 'string')
            log.info(entries);
        else
            log.info(logText(entries.slice(-LOG_TAIL_LINES)));
        const state = await inspectContainer(name, host).catch(() => undefined);
        log.info(`Container state: ${describeState(state)}`);
    });
}
async function writeEnvFile(text, tempDir) {
    const dir = await (0,private_file/* privateDir */.XK)(tempDir, ENV_DIR_PREFIX);
    // Its secrets go on an interrupt even before the run records it (remember): the handler's list.
    (0,interrupt/* removeOnInterrupt */.vY)(dir);
    await (0,private_file/* writePrivateFile */.Pl)(external_node_path_.join(dir, ENV_FILE), text);
    return dir;
}
/** The log line naming the container's variables (never their values). */
function environmentText(environment) {
    const deployer = environment.deployer.map(k => DEPLOYER_SECRETS.includes(k) ? `${k} (random, masked)` : k);
    const parts = [
        `Environment as paas-charm gives the app without configuration or relations: ${deployer.join(', ') || 'none left'}`
    ];
    if (environment.smokeEnv.length > 0)
        parts.push(`from smoke-env: ${environment.smokeEnv.join(', ')}`);
    return parts.join('; ');
}
/**
 * Loads the rock and starts its container, for startSmoke's run (which removes it).
 * Throws SmokeError for a choice or rock that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
async function startContainer(opts) {
    const log = opts.log;
    // Bad choices and values fail before anything runs.
    const known = opts.projectWorker && workerPlan(opts.worker, { worker: opts.projectWorker, switchable: true });
    const named = opts.image === undefined ? undefined : taggedImage(opts.image);
    const deployer = deployerEnv({ app: APP_PORT, metrics: METRICS_PORT });
    const { env, fromDeployer, fromSmokeEnv } = smokeEnvironment(opts.env, deployer);
    for (const k of DEPLOYER_SECRETS)
        if (fromDeployer.includes(k))
            log.mask?.(env[k]);
    const envText = envFileText(env);
    if (opts.probes.length === 0)
        throw new SmokeError('no probe to ask the app');
    // The migration is planned from the read, before the load is awaited: a rock that cannot
    // give the migration asked for is refused like a rock that cannot be read.
    const { read, planned: migration, image } = await checkAndLoad(opts, named, r => planMigration(opts.migrate ?? 'false', r.layout, r.paths));
    const setup = {
        layout: read.layout,
        migration,
        environment: { deployer: fromDeployer, smokeEnv: fromSmokeEnv }
    };
    log.info(environmentText(setup.environment));
    if (opts.migrate && opts.migrate !== 'false' && !setup.migration) {
        log.info(`No migration script in ${setup.layout.appDir} (migrate, migrate.sh, migrate.py, manage.py): nothing to run, as the charm would run none`);
    }
    const plan = known ||
        workerPlan(opts.worker, workerOfLayers(
        // The rock's own Pebble layers (from the read), not a container's copy of them.
        read.pebbleLayers));
    const name = `flask-rock-smoke-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const envDir = await writeEnvFile(envText, opts.tempDir ?? external_node_os_.tmpdir());
    const envFile = external_node_path_.join(envDir, ENV_FILE);
    let started = false;
    try {
        // Recorded before the container exists, so that a killed main step leaves nothing behind.
        opts.remember?.({ containerName: name, envFile });
        const startedAt = Date.now();
        // --verbose copies service output to the container log on every Pebble version (PEBBLE_VERBOSE
        // only from v1.20); it must come before --args, which takes every word after it.
        // --hold: with a migration to run first, Pebble starts no service until replan, as under the charm.
        const args = ['--verbose', ...(setup.migration ? ['--hold'] : []), ...plan.args];
        log.info(`Starting ${name} from ${image} (worker ${plan.worker}: pebble enter ${args.join(' ')})`);
        await runDetached({
            image,
            name,
            labels: { ...opts.labels, [SMOKE_LABEL]: 'true' },
            envFile,
            env: {},
            publish: [APP_PORT, METRICS_PORT],
            args
        }, opts.dockerHost);
        const state = await inspectContainer(name, opts.dockerHost);
        if (state && !state.running) {
            // Pebble itself gave up (a directory it cannot write, a bad layer): its own words say why.
            const entries = await containerLogEntries(name, opts.dockerHost).catch(() => []);
            const words = entries.map(e => e.text.trim()).filter(t => t !== '');
            throw new SmokeError(`the rock's entrypoint (Pebble) exited at once with code ${state.exitCode}: ${words[words.length - 1] ?? 'it wrote nothing'}`);
        }
        const ports = state?.ports ?? {};
        if (!ports[`${APP_PORT}/tcp`] || !ports[`${METRICS_PORT}/tcp`]) {
            throw new SmokeError(`the container's ports ${APP_PORT} and ${METRICS_PORT} were not published (${describeState(state)})`);
        }
        started = true;
        return {
            name,
            image,
            plan,
            startedAt,
            ports,
            envDir,
            setup: { ...setup, pebble: state?.path || '/usr/bin/pebble' }
        };
    }
    catch (err) {
        // docker run can fail after creating the container (a port, a bad entrypoint).
        if (await inspectContainer(name, opts.dockerHost).catch(() => undefined)) {
            await explainFailure(name, err.message.split('\n')[0], log, opts.dockerHost);
        }
        throw err;
    }
    finally {
        if (!started)
            await removeSmoke(name, envDir, opts);
    }
}

;// CONCATENATED MODULE: ./src/smoke/ready.ts
// The smoke test's probes: the first probe until the app answers it well, with the container's
// state and log watched alongside for a boot that cannot succeed; then every other probe once.





// Short sleeps between tries: the verdict should follow the first good answer within ~0.5 s.
const PROBE_EVERY_MS = 100;
/** A try the deadline leaves less time than this says nothing of the app when it times out. */
const CUT_SHORT_MS = 250;
// The container's state and new log lines are read this often while the probe waits (two docker
// calls a second: cheap, and a boot failure is seen within about a second).
const STATE_EVERY_MS = 1000;
// A first failed boot may be a race (a database or other service not up yet) that Pebble's
// restart 0.5 s later gets past; a second one before the app ever answered is the app itself.
// Waiting for it costs about a second and a half, against the smoke-timeout (2 minutes) it saves.
const BOOT_FAILURES_TO_FAIL = 2;
// A server error the app keeps giving is its verdict, not a boot: the same status and body for this
// long, or a traceback in the log, ends the probe. 502 and 503 are what a proxy or a starting
// server answers: those are retried until smoke-timeout.
const SAME_ERROR_MS = 3000;
const STARTING_STATUSES = new Set([502, 503]);
// Log lines read for the app's exception after a server error (a deep traceback fits).
const EXCEPTION_TAIL_LINES = 400;
/** A probe whose answer's body did not end: its one line, with what the body began with. */
function endlessBody(probe, err) {
    return new SmokeError(`probe '${probeText(probe)}' ${err.message}; it began ${bodyExcerpt(err.body)}`);
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
function errorText(err) {
    const e = err;
    return e.code ? `${e.code}` : e.message || String(err);
}
function count(run, status) {
    run.answers++;
    run.byStatus[status] = (run.byStatus[status] ?? 0) + 1;
}
/**
 * Probes until a good answer, while the container is watched alongside: a probe request can
 * hang (gunicorn's listening socket takes connections while its worker boots), so the watch
 * must not wait for it.
 */
async function firstGoodAnswer(run, probe) {
    const done = new AbortController();
    try {
        return await Promise.race([
            probeApp(run, probe, done.signal),
            watchBoot(run, probe, done.signal)
        ]);
    }
    finally {
        done.abort();
    }
}
async function probeApp(run, probe, signal) {
    let last = 'no answer yet';
    // The last server error (status and body) and since when the app has given it unchanged.
    let lastError = '';
    let lastErrorSince = 0;
    while (!signal.aborted) {
        const left = run.deadline - Date.now();
        if (left <= 0) {
            throw new SmokeError(`${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} did not answer with ${expectedText(probe.expect)} within ${run.opts.timeoutSec} s (last try: ${last})`);
        }
        let answer;
        try {
            answer = await request(run.baseUrl + probe.path, probe.method, left, signal);
        }
        catch (err) {
            if (err instanceof BodyError) {
                // smoke-timeout ran out while the body of a status this probe retries came (the request
                // had only what was left of it): that status is the last try, and the time-out says so.
                if (Date.now() >= run.deadline && !statusOk(err.status, probe.expect)) {
                    last = `HTTP ${err.status}`;
                    continue;
                }
                // The app answered, but with a body without end: asking again cannot end otherwise.
                throw endlessBody(probe, err);
            }
            // Timed out in the few ms the deadline left it ("no answer within 1 ms"): the try before
            // it says why the app did not answer.
            if (left >= CUT_SHORT_MS || last === 'no answer yet' || Date.now() < run.deadline) {
                last = errorText(err);
            }
            await sleep(PROBE_EVERY_MS);
            continue;
        }
        count(run, answer.status);
        if (statusOk(answer.status, probe.expect)) {
            // The app is up and answered as asked: a body without the text is its verdict, not a boot.
            const problem = bodyProblem(probe, answer);
            if (problem)
                throw new SmokeError(problem);
            return answer;
        }
        last = `HTTP ${answer.status}`;
        if (answer.status >= 500 && !STARTING_STATUSES.has(answer.status)) {
            const same = `${answer.status} ${answer.body}`;
            if (same !== lastError)
                [lastError, lastErrorSince] = [same, Date.now()];
            await failOnServerError(run, probe, answer, Date.now() - lastErrorSince);
        }
        await sleep(PROBE_EVERY_MS);
    }
    throw new Error('probe stopped'); // the race is decided already: nobody sees this
}
/**
 * A server error is the app's own when its log shows the exception it raised, or when the same
 * answer has come for SAME_ERROR_MS: the probe fails at once, saying which.
 */
async function failOnServerError(run, probe, answer, sameForMs) {
    const what = `${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} answered ${answer.status}`;
    const entries = await containerLogEntries(run.name, run.opts.dockerHost, undefined, EXCEPTION_TAIL_LINES).catch(() => []);
    const exception = servingException(entries.map(e => e.text));
    if (exception !== undefined)
        throw new SmokeError(`${what}: the app raised ${exception}`);
    if (sameForMs >= SAME_ERROR_MS) {
        const body = answer.body === '' ? 'an empty body' : bodyExcerpt(answer.body);
        throw new SmokeError(`${what} with the same body for ${Math.round(sameForMs / 1000)} s (a server error is retried only while it changes, unless it is 502 or 503): ${body}`);
    }
}
/** Once the app answers, every other probe is asked once. */
async function probeOnce(run, probe) {
    let answer;
    try {
        answer = await request(run.baseUrl + probe.path, probe.method, Math.max(run.deadline - Date.now(), 5000));
    }
    catch (err) {
        if (err instanceof BodyError)
            throw endlessBody(probe, err);
        throw new SmokeError(`probe '${probeText(probe)}' got no answer: ${errorText(err)}`);
    }
    count(run, answer.status);
    if (!statusOk(answer.status, probe.expect)) {
        throw new SmokeError(`probe '${probeText(probe)}' answered ${answer.status}, expected ${expectedText(probe.expect)}`);
    }
    const problem = bodyProblem(probe, answer);
    if (problem)
        throw new SmokeError(problem);
    return { ...probe, status: answer.status, ms: Math.round(answer.ms) };
}
/** Throws SmokeError once the log proves the app cannot boot or the container stops. */
async function watchBoot(run, probe, signal) {
    const boots = new BootWatch();
    let cursor = { readAtSince: 0 };
    for (;;) {
        await sleep(STATE_EVERY_MS);
        if (signal.aborted)
            throw new Error('watch stopped'); // as above: nobody sees this
        const [state, entries] = await Promise.all([
            inspectContainer(run.name, run.opts.dockerHost),
            containerLogEntries(run.name, run.opts.dockerHost, cursor.since)
        ]);
        const read = freshEntries(entries, cursor);
        cursor = read.cursor;
        for (const entry of read.fresh)
            boots.add(entry.text);
        if (signal.aborted)
            throw new Error('watch stopped');
        if (boots.final)
            throw new SmokeError(`the app could not start: ${boots.reason}`);
        if (boots.failures >= BOOT_FAILURES_TO_FAIL) {
            throw new SmokeError(`the app failed to boot: ${boots.reason}`);
        }
        if (!state?.running) {
            // No restart comes after this: one failed boot in the log is the reason.
            const why = boots.failures > 0 ? `the app failed to boot: ${boots.reason}; ` : '';
            const last = boots.lastBareLine ? `: ${boots.lastBareLine}` : '';
            throw new SmokeError(`${why}the container stopped before ${probe.path} answered (${describeState(state)})${last}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/smoke/metrics.ts
// The flask-framework's metrics, as the rock's statsd_exporter serves them on :9102/metrics.
/** flask_requests and flask_response_code{status=...} from Prometheus text (others ignored). */
function parseMetrics(text) {
    const metrics = { requests: 0, responseCodes: {} };
    for (const line of text.split('\n')) {
        const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
        if (!m)
            continue;
        const value = Number(m[3]);
        if (!Number.isFinite(value))
            continue;
        if (m[1] === 'flask_requests' && !m[2])
            metrics.requests = value;
        if (m[1] === 'flask_response_code') {
            const status = /status="([^"]*)"/.exec(m[2] ?? '')?.[1];
            if (status)
                metrics.responseCodes[status] = value;
        }
    }
    return metrics;
}

;// CONCATENATED MODULE: ./src/smoke/verdict.ts
// The smoke test's verdict once the app answered: the worker gunicorn uses, the metrics that
// counted the probes' answers, the app's uid, the extra services, the concurrency proof and a
// clean `docker stop`.











// Short sleeps between tries: the verdict should follow the first good answer within ~0.5 s.
const METRICS_EVERY_MS = 50;
// Enough time for the log and the metrics to catch up after a good answer even when the probe
// used up nearly all of smoke-timeout.
const CATCH_UP_MS = 10_000;
// Docker's own default grace period for `docker stop`.
const STOP_GRACE_SEC = 10;
// The whole exposition is read; the exporter's is tens of KiB.
const METRICS_KEEP_BYTES = 4 * 1024 * 1024;
/**
 * The *-worker and *-scheduler services' states, their names from Pebble's plan (YAML: exact,
 * whatever characters they hold) and their states from `pebble services` (all of them: no name
 * goes on a command line). Require mode fails on one not active, or on states it cannot read.
 */
async function extraServices(run) {
    const require = run.opts.services === 'require';
    const pebble = async (args, what) => {
        const r = await execInContainer(run.name, [run.setup.pebble, ...args], what, { timeoutMs: PEBBLE_CALL_MS }, run.opts.dockerHost);
        if (r.code === 0 && !r.timedOut)
            return r.stdout;
        const why = `${what} failed: ${oneLine((0,exec/* tailLines */.os)(r.stderr || r.stdout, 1)) || `exit code ${r.code}`}`;
        if (require)
            throw new SmokeError(why);
        run.log.warning(`${why}; the extra services are not reported`);
        return undefined;
    };
    const plan = await pebble(['plan'], "read Pebble's plan (pebble plan)");
    const names = plan === undefined ? [] : extraServicesOfPlan(plan);
    if (names.length === 0)
        return [];
    const table = await pebble(['services'], "read the services' states (pebble services)");
    if (table === undefined)
        return [];
    const states = serviceStates(table, names);
    run.log.info(`Extra services (as paas-charm starts them): ${servicesText(states)}`);
    const down = states.filter(s => s.current !== 'active');
    if (run.opts.services === 'require' && down.length > 0) {
        throw new SmokeError(`smoke-services is require, and ${down.map(s => `${s.name} is ${s.current}`).join(', ')} (not active)`);
    }
    return states;
}
function catchUpDeadline(run) {
    return Math.max(run.deadline, Date.now() + CATCH_UP_MS);
}
async function proveWorker(run) {
    const until = catchUpDeadline(run);
    for (;;) {
        const seen = workerFromLog(await containerLogs(run.name, run.opts.dockerHost));
        if (seen !== undefined) {
            if (seen !== run.plan.worker) {
                throw new SmokeError(`gunicorn uses worker '${seen}', expected '${run.plan.worker}'`);
            }
            return;
        }
        if (Date.now() >= until || run.settled) {
            throw new SmokeError(`the container log never said which worker gunicorn uses ('Using worker: ...')`);
        }
        await sleep(METRICS_EVERY_MS);
    }
}
async function awaitMetrics(run) {
    const until = catchUpDeadline(run);
    let last;
    for (;;) {
        try {
            const answer = await request(run.metricsUrl, 'GET', Math.max(until - Date.now(), 1000), undefined, 
            // The whole exposition is needed; the exporter's is tens of KiB.
            { keepBytes: METRICS_KEEP_BYTES });
            if (answer.status !== 200) {
                last = `HTTP ${answer.status}`;
            }
            else {
                const metrics = parseMetrics(answer.body);
                const counted = metrics.requests >= run.answers &&
                    Object.entries(run.byStatus).every(([s, n]) => (metrics.responseCodes[s] ?? 0) >= n);
                if (counted)
                    return metrics;
                last = `flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}`;
            }
        }
        catch (err) {
            last = errorText(err);
        }
        if (Date.now() >= until || run.settled) {
            throw new SmokeError(`the metrics endpoint (:${METRICS_PORT}/metrics) never counted the probes' ${run.answers} answer(s) with status ${Object.keys(run.byStatus).join(', ')} (last: ${last})`);
        }
        await sleep(METRICS_EVERY_MS);
    }
}
/** The uid of the app's processes as `docker top` sees them: root fails the smoke test. */
async function readAppUid(run) {
    const processes = await containerProcesses(run.name, run.opts.dockerHost);
    const app = processes.filter(p => /gunicorn/.test(p.command));
    const uids = [...new Set((app.length ? app : processes).map(p => p.uid))];
    if (uids.includes(0)) {
        throw new SmokeError(`the app runs as root (uid 0), not as _daemon_ (${DAEMON_UID}) as a flask-framework rock does`);
    }
    return uids[0] ?? -1;
}
async function concurrencyProof(run) {
    const plan = run.opts.concurrency;
    const probePath = plan.path ?? run.opts.probes[0].path;
    const result = await concurrentGets(run.baseUrl, probePath, plan.requests, Math.max(run.deadline - Date.now(), 60_000));
    if (result.errors > 0) {
        throw new SmokeError(`${result.errors} of ${plan.requests} concurrent GET ${probePath} failed or answered 500 or above (worker ${run.plan.worker})`);
    }
    return result;
}
/** `docker stop`: Pebble must stop gunicorn and exit 0 within the grace period. */
async function gracefulStop(run) {
    const started = performance.now();
    await stopContainer(run.name, STOP_GRACE_SEC, run.opts.dockerHost);
    const ms = Math.round(performance.now() - started);
    const state = await inspectContainer(run.name, run.opts.dockerHost);
    const exitCode = state?.exitCode ?? -1;
    if (exitCode !== 0) {
        throw new SmokeError(`docker stop did not end the container cleanly: exit code ${exitCode} after ${(ms / 1000).toFixed(1)} s (grace period ${STOP_GRACE_SEC} s)`);
    }
    return { ms, exitCode };
}

;// CONCATENATED MODULE: ./src/smoke/run.ts








/** A running smoke container: verify() it, then close() it (always). */
class SmokeRun {
    name;
    image;
    plan;
    startedAt;
    opts;
    envDir;
    setup;
    baseUrl;
    metricsUrl;
    log;
    /** The state its phases share. */
    run;
    constructor(name, image, plan, startedAt, ports, opts, envDir, setup) {
        this.name = name;
        this.image = image;
        this.plan = plan;
        this.startedAt = startedAt;
        this.opts = opts;
        this.envDir = envDir;
        this.setup = setup;
        this.baseUrl = `http://127.0.0.1:${ports[`${APP_PORT}/tcp`]}`;
        this.metricsUrl = `http://127.0.0.1:${ports[`${METRICS_PORT}/tcp`]}/metrics`;
        this.log = opts.log;
        this.run = {
            name,
            plan,
            baseUrl: this.baseUrl,
            metricsUrl: this.metricsUrl,
            opts,
            setup,
            log: this.log,
            deadline: startedAt + opts.timeoutSec * 1000,
            answers: 0,
            byStatus: {},
            settled: false
        };
    }
    /** The first probe's URL. */
    get appUrl() {
        return this.baseUrl + this.opts.probes[0].path;
    }
    /** Probes, proves the worker and the metrics; throws SmokeError after logging the details. */
    async verify() {
        try {
            return await this.check();
        }
        catch (err) {
            this.run.settled = true;
            // Stopped by Ctrl-C or a kill (a run by hand): no verdict to explain, no log tail to read.
            if ((0,interrupt/* interrupted */.VM)())
                throw err;
            const reason = err instanceof SmokeError ? err.message : errorText(err).split('\n')[0];
            await explainFailure(this.name, reason, this.log, this.opts.dockerHost);
            throw err instanceof SmokeError ? err : new SmokeError(reason);
        }
    }
    async check() {
        const [first, ...others] = this.opts.probes;
        const migration = this.setup.migration && (await migrate(this.run, this.setup.migration));
        // With a migration, the services start when it is done: ready counts from then.
        const servicesFrom = migration ? await startServices(this.run) : this.startedAt;
        const good = await firstGoodAnswer(this.run, first);
        const readyMs = Date.now() - servicesFrom;
        const readyAt = performance.now();
        const probes = [{ ...first, status: good.status, ms: Math.round(good.ms) }];
        for (const probe of others)
            probes.push(await probeOnce(this.run, probe));
        // Both wait on the same app (its log, its metrics): side by side, the verdict comes sooner.
        // The extra services' states and the app's uid are read meanwhile (docker exec and docker top).
        const [, metrics, services, appUid] = await Promise.all([
            proveWorker(this.run),
            awaitMetrics(this.run),
            extraServices(this.run),
            readAppUid(this.run)
        ]);
        const verdictMs = Math.round(performance.now() - readyAt);
        const concurrency = this.opts.concurrency && (await concurrencyProof(this.run));
        const stop = await gracefulStop(this.run);
        const result = {
            image: this.image,
            worker: this.plan.worker,
            status: good.status,
            readyMs,
            latencyMs: Math.round(good.ms),
            verdictMs,
            answers: this.run.answers,
            metrics,
            probes,
            appUid,
            ...(concurrency ? { concurrency } : {}),
            stop,
            layout: this.setup.layout.name,
            environment: this.setup.environment,
            ...(migration ? { migration } : {}),
            services
        };
        for (const p of probes)
            this.log.info(`Probe ${probeText(p)}: ${p.status} in ${p.ms} ms`);
        if (concurrency) {
            this.log.info(`Concurrency: ${concurrency.requests} GET ${concurrency.path} at once: p50 ${concurrency.p50Ms} ms, p95 ${concurrency.p95Ms} ms, ${concurrency.errors} errors, all in ${concurrency.wallMs} ms`);
        }
        this.log.info(`Smoke test passed: ${first.path} answered ${good.status} in ${result.latencyMs} ms, ready ${readyMs} ms after start; ` +
            `worker ${result.worker}; flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}; ` +
            `app uid ${appUid}; docker stop took ${stop.ms} ms (exit code ${stop.exitCode})`);
        return result;
    }
    /** Removes the container and the env file; never throws (a warning says what was left). */
    close() {
        return removeSmoke(this.name, this.envDir, this.opts);
    }
}
/**
 * Loads the rock and starts its container. The caller must close() the returned run.
 * Throws SmokeError for a choice or rock that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
async function startSmoke(opts) {
    const started = await startContainer(opts);
    return new SmokeRun(started.name, started.image, started.plan, started.startedAt, started.ports, opts, started.envDir, started.setup);
}
/** The whole smoke test; the container and env file are removed whatever happens. */
async function smokeTest(opts) {
    let loaded;
    const remember = (left) => {
        if ('smokeImage' in left)
            loaded = left.smokeImage;
        opts.remember?.(left);
    };
    try {
        const smoke = await startSmoke({ ...opts, remember });
        try {
            return await smoke.verify();
        }
        finally {
            await smoke.close();
        }
    }
    finally {
        if (opts.removeRunImage && loaded) {
            await cleanupSmoke({ smokeImage: loaded }, opts.log, { dockerHost: opts.dockerHost });
        }
    }
}

;// CONCATENATED MODULE: ./src/smoke/cli.ts
// `flask-rock smoke ROCK ...`: the action's smoke test on a developer's machine, same verdicts and
// messages, plain output. Loaded only for this subcommand; it imports no @actions/* package.











const SMOKE_USAGE = `Usage: flask-rock smoke ROCK [--worker auto|sync|gevent] [--probe LINE]...
                        [--concurrency N[ PATH]] [--timeout S] [--env-file FILE]
                        [--docker-host URL] [--format text|json] [--migrate]
                        [--services report|require]

Run the rock in Docker and prove it serves, as the action's smoke test does: the probes answer,
gunicorn runs the worker asked for, the metrics count the answers, the app runs as _daemon_ and
docker stop ends it cleanly. The rock is loaded as NAME:VERSION-smoke-<random>, from the name and
version the rock carries; the container, the env file and that image are removed, also on Ctrl-C.

  --probe LINE        [METHOD] PATH [=STATUS] [~TEXT], repeatable (default: GET /); ~TEXT: the
                      body must contain TEXT
  --concurrency N[ PATH]
                      N GETs at once (default path: the first probe's), p50/p95 and errors
  --env-file FILE     KEY=VALUE lines for the container (handed over in a private file)
  --docker-host URL   the daemon (default: DOCKER_HOST, else Docker's own default)
  --migrate           run the migration script paas-charm would run (migrate, migrate.sh,
                      migrate.py, manage.py) before the app starts; fail when the rock has none
  --services MODE     the rock's *-worker/*-scheduler services: report (default) their state,
                      or require them active

Exit status: 0 passed, 1 failed, 2 usage error, 130/143 interrupted (SIGINT/SIGTERM).
`;
class UsageError extends Error {
}
const RUN_SETTLE_MS = 1000;
/** The run's log; silent once interrupted (the interrupt handler alone speaks then). */
function streamLog(out) {
    // What the rock and its app say reaches a terminal: no escape sequences.
    const write = (stream, line) => {
        if (!(0,interrupt/* interrupted */.VM)())
            stream.write(`${(0,untrusted/* printable */.g$)(line)}\n`);
    };
    return {
        info: line => write(out, line),
        warning: line => write(process.stderr, `warning: ${line}`),
        group: async (title, body) => {
            write(out, `--- ${title}`);
            try {
                await body();
            }
            finally {
                write(out, '---');
            }
        }
    };
}
/** KEY=VALUE lines (blank lines and # comments skipped); a bad line is named by number only. */
function parseEnvFile(text, file) {
    const env = {};
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        // The value may be a secret: never echoed.
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || line.slice(eq + 1).includes('\r')) {
            throw new UsageError(`${file}:${i + 1}: not a KEY=VALUE line`);
        }
        env[key] = line.slice(eq + 1);
    });
    return env;
}
async function smokeCommand(argv) {
    let options;
    try {
        options = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                help: { type: 'boolean', short: 'h' },
                worker: { type: 'string', default: 'auto' },
                probe: { type: 'string', multiple: true },
                concurrency: { type: 'string', default: '0' },
                timeout: { type: 'string', default: '120' },
                'env-file': { type: 'string' },
                'docker-host': { type: 'string' },
                format: { type: 'string', default: 'text' },
                migrate: { type: 'boolean', default: false },
                services: { type: 'string', default: 'report' }
            }
        });
    }
    catch (err) {
        return usage((0,cli_args/* argsErrorText */.b)(err));
    }
    const { values, positionals } = options;
    if (values.help) {
        process.stdout.write(SMOKE_USAGE);
        return 0;
    }
    let probes;
    let concurrency;
    let env = {};
    try {
        if (positionals.length !== 1)
            throw new UsageError(`expected one ROCK, got ${positionals.length}`);
        if (!['auto', 'sync', 'gevent'].includes(values.worker)) {
            throw new UsageError(`--worker must be auto, sync or gevent, not '${values.worker}'`);
        }
        if (!/^[1-9]\d{0,3}$/.test(values.timeout)) {
            throw new UsageError(`--timeout must be a number of seconds from 1 to 9999`);
        }
        if (values.services !== 'report' && values.services !== 'require') {
            throw new UsageError(`--services must be report or require, not '${values.services}'`);
        }
        if (values.format !== 'text' && values.format !== 'json') {
            throw new UsageError(`--format must be text or json, not '${values.format}'`);
        }
        probes = (values.probe ?? ['GET /']).map(line => {
            try {
                return parseProbe(line);
            }
            catch (err) {
                throw new UsageError(err.message);
            }
        });
        try {
            concurrency = parseConcurrency(values.concurrency);
        }
        catch (err) {
            throw new UsageError(`--${err.message}`);
        }
        if (values['env-file']) {
            const file = values['env-file'];
            const text = await promises_.readFile(file, 'utf8').catch((err) => {
                throw new UsageError(`cannot read --env-file ${file}: ${err.code ?? err.message}`);
            });
            env = parseEnvFile(text, file);
        }
        const rockStat = await promises_.stat(positionals[0]).catch(() => undefined);
        if (!rockStat?.isFile())
            throw new UsageError(`${positionals[0]}: no such file`);
    }
    catch (err) {
        if (err instanceof UsageError)
            return usage(err.message);
        throw err;
    }
    const json = values.format === 'json';
    // With --format json, stdout holds the JSON alone; the log goes to stderr.
    const log = streamLog(json ? process.stderr : process.stdout);
    const rock = external_node_path_.resolve(positionals[0]);
    const dockerHost = values['docker-host'] || process.env.DOCKER_HOST || undefined;
    const left = {};
    // Ctrl-C or a kill: say so, stop the children, remove what this run made, exit 130 or 143.
    const unhandle = (0,interrupt/* handleInterrupts */.Bx)({
        who: 'flask-rock smoke',
        stopChildren: exec/* stopChildren */.OD,
        async cleanup() {
            const quiet = {
                info: () => { },
                warning: line => void process.stderr.write(`warning: ${(0,untrusted/* printable */.g$)(line)}\n`),
                group: (_title, body) => body()
            };
            const container = left.containerName;
            await cleanupSmoke(left, quiet, { dockerHost });
            // A `docker run` cut short may still have the daemon make its container a moment later.
            if (container) {
                await new Promise(r => setTimeout(r, RUN_SETTLE_MS));
                await cleanupSmoke({ containerName: container }, quiet, { dockerHost });
            }
        }
    });
    try {
        const result = await smokeTest({
            rock,
            concurrency,
            worker: values.worker,
            probes,
            timeoutSec: Number(values.timeout),
            env,
            dockerHost,
            log,
            remember: patch => Object.assign(left, patch),
            removeRunImage: true,
            migrate: values.migrate ? 'true' : 'false',
            services: values.services
        });
        if ((0,interrupt/* interrupted */.VM)())
            return new Promise(() => { });
        if (json)
            process.stdout.write(`${JSON.stringify({ verdict: 'pass', ...result }, null, 2)}\n`);
        return 0;
    }
    catch (err) {
        // The handler reports and exits; what failed because of the interrupt is no verdict.
        if ((0,interrupt/* interrupted */.VM)())
            return new Promise(() => { });
        const reason = err.message.split('\n')[0];
        if (json)
            process.stdout.write(`${JSON.stringify({ verdict: 'fail', reason }, null, 2)}\n`);
        process.stderr.write(`flask-rock smoke: ${err instanceof SmokeError ? '' : 'error: '}${(0,untrusted/* printable */.g$)(reason)}\n`);
        return 1;
    }
    finally {
        if (!(0,interrupt/* interrupted */.VM)())
            unhandle();
    }
}
function usage(message) {
    process.stderr.write(`flask-rock smoke: ${message}\nTry 'flask-rock smoke --help'.\n`);
    return 2;
}


/***/ })

};

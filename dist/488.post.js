export const id = 488;
export const ids = [488];
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

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APP_PORT: () => (/* reexport */ APP_PORT),
  METRICS_PORT: () => (/* reexport */ METRICS_PORT),
  SMOKE_LABEL: () => (/* reexport */ SMOKE_LABEL),
  SmokeError: () => (/* reexport */ error/* SmokeError */.M),
  cleanupSmoke: () => (/* reexport */ cleanupSmoke),
  consoleLog: () => (/* reexport */ consoleLog),
  dockerTag: () => (/* reexport */ dockerTag),
  isRunImage: () => (/* reexport */ isRunImage),
  parseConcurrency: () => (/* reexport */ smoke_probes/* parseConcurrency */.nY),
  parseProbe: () => (/* reexport */ smoke_probes/* parseProbe */.u5),
  parseProbes: () => (/* reexport */ smoke_probes/* parseProbes */.f4),
  probeText: () => (/* reexport */ smoke_probes/* probeText */.Qc),
  runImage: () => (/* reexport */ runImage),
  smokeTest: () => (/* reexport */ smokeTest),
  startSmoke: () => (/* reexport */ startSmoke),
  taggedImage: () => (/* reexport */ taggedImage),
  workerOfCommand: () => (/* reexport */ workerOfCommand),
  workerOfLayers: () => (/* reexport */ workerOfLayers),
  workerPlan: () => (/* reexport */ workerPlan)
});

// EXTERNAL MODULE: ./src/smoke/error.ts
var error = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
;// CONCATENATED MODULE: ./src/smoke/log.ts
// The smoke test's one way to speak: the action logs through core.info, `flask-rock smoke`
// through plain stdout. The smoke code itself imports neither, so the CLI loads no @actions/*.

/** Plain lines on stdout, warnings on stderr: for a terminal (`flask-rock smoke`). */
const consoleLog = {
    info: text => void process.stdout.write(`${(0,untrusted/* printable */.g$)(text)}\n`),
    warning: line => void process.stderr.write(`warning: ${(0,untrusted/* printable */.g$)(line)}\n`),
    group: async (title, body) => {
        process.stdout.write(`--- ${(0,untrusted/* printable */.g$)(title)}\n`);
        try {
            await body();
        }
        finally {
            process.stdout.write(`---\n`);
        }
    }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/smoke/image.ts
// The Docker image a smoke test loads the rock as. Unless the user names one (input `image`), the
// reference is unique to the run, so that runs sharing a daemon never test each other's rock, and
// it is removed when the job ends (the post step), so that images do not pile up on a runner.


/** Adds ':latest' to a reference without tag or digest (docker-daemon: needs a tag). */
function taggedImage(image) {
    if (image.includes('@')) {
        throw new error/* SmokeError */.M(`image '${image}' has a digest; the smoke test needs a name:tag`);
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

// EXTERNAL MODULE: ./src/smoke/probes.ts
var smoke_probes = __webpack_require__(7294);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/smoke/worker.ts
// Which gunicorn worker the rock runs, and how to make it run the one asked for.


/** What to run for a worker choice; throws SmokeError when the choice cannot work. */
function workerPlan(choice, rock) {
    if (choice === 'auto' || choice === rock.worker)
        return { worker: rock.worker, args: [] };
    if (choice === 'gevent') {
        throw new error/* SmokeError */.M("worker 'gevent' needs gevent in the project's requirements (requirements.txt or pyproject.toml); add it or use worker 'sync' or 'auto'");
    }
    if (!rock.switchable) {
        throw new error/* SmokeError */.M(`worker '${choice}' cannot be forced: the rock's flask service command sets its worker without Pebble default arguments ('-k [ ${rock.worker} ]'); use worker 'auto'`);
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
            throw new error/* SmokeError */.M(`the rock's Pebble layer ${layer.name} is not valid YAML`);
        }
        const flask = doc?.services?.flask;
        if (flask?.command !== undefined || flask?.override === 'replace')
            command = flask.command;
    }
    if (command === undefined) {
        throw new error/* SmokeError */.M("the rock has no Pebble service 'flask': is it a flask-framework rock?");
    }
    return workerOfCommand(command);
}
/** The worker of a flask service command. A command without `-k` runs gunicorn's default, sync. */
function workerOfCommand(command) {
    const bracketed = /(?:^|\s)(?:-k|--worker-class)\s+\[\s*(\S+)\s*\]/.exec(command);
    const plain = /(?:^|\s)(?:-k|--worker-class)[\s=]+(\S+)/.exec(command);
    const worker = (bracketed?.[1] ?? plain?.[1] ?? 'sync').replace(/^['"]|['"]$/g, '');
    if (worker !== 'sync' && worker !== 'gevent') {
        throw new error/* SmokeError */.M(`the rock's flask service uses gunicorn worker '${worker}'; the smoke test knows sync and gevent`);
    }
    return { worker, switchable: bracketed !== null };
}
/** The worker class gunicorn reported ("Using worker: gevent"), or undefined. */
function workerFromLog(log) {
    return /Using worker: (\S+)/.exec(log)?.[1];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/process/private-file.ts
var private_file = __webpack_require__(9077);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
// EXTERNAL MODULE: ./src/smoke/docker.ts
var docker = __webpack_require__(1529);
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
        if (await (0,docker/* imageExists */.US)(ref, host))
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
            timeoutMs: docker/* LOAD_TIMEOUT_MS */.ax,
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
                    ? `docker load did not finish within ${docker/* LOAD_TIMEOUT_MS */.ax / 60_000} minutes`
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
            await (0,docker/* removeContainer */.od)(state.containerName, host);
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
            await (0,docker/* removeImage */.Jj)(state.smokeImage, host);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/process/interrupt.ts
var interrupt = __webpack_require__(1690);
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

// EXTERNAL MODULE: ./src/smoke/deployer.ts
var smoke_deployer = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/rock/error.ts
var rock_error = __webpack_require__(8331);
;// CONCATENATED MODULE: ./src/rock/limits.ts
// One deadline and one memory bound for a whole read of a rock: a rock is an archive anybody can
// hand the action (input `rock`), so nothing in it may make the read run or grow without end.

const DEFAULT_LIMITS = {
    deadlineMs: 5 * 60_000,
    memoryBytes: 256 * 1024 * 1024,
    unpackedBytes: 32 * 1024 * 1024 * 1024
};
const MIB = 1024 * 1024;
function sizeText(bytes) {
    return bytes >= MIB ? `${Math.round(bytes / MIB)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
/** The running account of one read against its limits. */
class ReadBudget {
    limits;
    kept = 0;
    unpacked = 0;
    until;
    constructor(limits) {
        this.limits = limits;
        this.until = Date.now() + limits.deadlineMs;
    }
    /** Throws once the deadline has passed. */
    checkTime() {
        if (Date.now() > this.until) {
            throw new rock_error/* RockError */.O(`the read took longer than ${Math.round(this.limits.deadlineMs / 1000)} s`);
        }
    }
    msLeft() {
        return Math.max(this.until - Date.now(), 0);
    }
    /** Counts bytes kept in memory; throws beyond the memory bound. */
    keep(bytes) {
        this.kept += bytes;
        if (this.kept > this.limits.memoryBytes) {
            throw new rock_error/* RockError */.O(`the read would keep more than ${sizeText(this.limits.memoryBytes)} in memory`);
        }
    }
    release(bytes) {
        this.kept -= bytes;
    }
    /** Counts bytes a layer's decompressor gave; throws beyond the bound. */
    unpack(bytes) {
        this.unpacked += bytes;
        if (this.unpacked > this.limits.unpackedBytes) {
            throw new rock_error/* RockError */.O(`its layers unpack to more than ${sizeText(this.limits.unpackedBytes)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/rock/go-version-scan.ts
// The version a Go program holds in a string variable, read from its ELF as the bytes stream by.
// A program built from a source tree says `mod ... (devel)` in its build info, and a -trimpath
// build records no -ldflags; what it prints for --version is then a Go string variable: Pebble's
// `cmd.Version = "v1.32.1"` (a literal each release commits), statsd_exporter's
// prometheus/common/version.Version (set with -X). A Go string is a (pointer, length) pair in the
// writable data whose pointer lands in the read-only data. Go's linker lays the read-only segment
// out before the writable one, so one pass does: version-like runs of the read-only segment are
// noted (bounded), then each aligned pair of the writable segment that points exactly at one is
// a string variable holding a version. A bare string in the data (help text, a decoy) has no
// such pair and is not taken.
/** What the scan keeps and reads at most: a hostile binary makes it give up, never grow. */
const VERSION_SCAN = {
    /** The ELF header and program headers must lie in the first bytes. */
    headerBytes: 4096,
    /** Version-like runs of the read-only segment noted. */
    candidates: 4096,
    /** Bytes of the read-only segment looked through (Pebble's: 4.6 MiB). */
    readOnlyBytes: 64 * 1024 * 1024,
    /** Bytes of the writable segment looked through (Pebble's: 0.4 MiB). */
    writableBytes: 16 * 1024 * 1024,
    /** Different versions kept: more than one already means the binary does not say which. */
    versions: 8
};
// Three dot-separated numbers and what may follow in a version (-rc.1, +git...).
const RUN = /v?[0-9]{1,9}\.[0-9]{1,9}\.[0-9]{1,9}[0-9A-Za-z.+~-]{0,48}/g;
const RUN_MAX = 1 + 3 * 9 + 2 + 48;
/** A whole Go string that is a version, as Go programs spell theirs. */
const VERSION = /^v?[0-9]{1,9}\.[0-9]{1,9}\.[0-9]{1,9}(?:[-+~][0-9A-Za-z.+~-]{0,47})?$/;
const PT_LOAD = 1;
const PF_W = 2;
const PF_X = 1;
class GoVersionScan {
    budget;
    head = [];
    headLength = 0;
    /** undefined: header not read yet; null: not a layout the scan reads (problem says why). */
    layout;
    /** Version-like runs of the read-only segment, by address, ascending. */
    runs = [];
    kept = 0;
    /** The runs noted reached their bound: the rest of the read-only segment is not looked at. */
    full = false;
    roTail = Buffer.alloc(0);
    rwCarry = Buffer.alloc(0);
    versions = new Set();
    problem;
    constructor(budget) {
        this.budget = budget;
    }
    /** The next bytes of the file, which start at `offset`. */
    feed(chunk, offset) {
        if (this.layout === null)
            return;
        if (this.layout === undefined) {
            if (this.headLength < VERSION_SCAN.headerBytes) {
                const part = chunk.subarray(0, VERSION_SCAN.headerBytes - this.headLength);
                this.head.push(Buffer.from(part));
                this.headLength += part.length;
            }
            if (this.headLength < VERSION_SCAN.headerBytes)
                return;
            this.readHeader();
            if (!this.layout)
                return;
        }
        const { ro, rw } = this.layout;
        const end = offset + chunk.length;
        if (end > ro.offset && offset < ro.offset + ro.size) {
            const from = Math.max(ro.offset - offset, 0);
            const to = Math.min(ro.offset + ro.size - offset, chunk.length);
            this.readOnly(chunk.subarray(from, to), offset + from);
        }
        if (end > rw.offset && offset < rw.offset + rw.size) {
            const from = Math.max(rw.offset - offset, 0);
            const to = Math.min(rw.offset + rw.size - offset, chunk.length);
            this.writable(chunk.subarray(from, to));
        }
    }
    /** What was found; frees what the scan kept. */
    finish() {
        if (this.layout === undefined && this.headLength > 0)
            this.readHeader();
        this.budget.release(this.kept);
        this.kept = 0;
        this.runs.length = 0;
        const versions = [...this.versions];
        if (this.layout === undefined)
            this.problem ??= 'the file is too short for an ELF program';
        return { versions, ...(this.problem ? { problem: this.problem } : {}) };
    }
    refuse(why) {
        this.layout = null;
        this.problem = why;
        this.head = [];
    }
    readHeader() {
        const h = Buffer.concat(this.head);
        this.head = [];
        if (h.length < 64 || h.readUInt32BE(0) !== 0x7f454c46)
            return this.refuse('not an ELF program');
        if (h[4] !== 2) {
            return this.refuse(h[4] === 1
                ? 'a 32-bit ELF program, which the scan does not read'
                : 'an ELF header of no known class');
        }
        if (h[5] !== 1 && h[5] !== 2)
            return this.refuse('an ELF program of no known byte order');
        const little = h[5] === 1;
        const u16 = (at) => (little ? h.readUInt16LE(at) : h.readUInt16BE(at));
        const u64 = (at) => word(h, at, little);
        const phoff = u64(32);
        const phentsize = u16(54);
        const phnum = u16(56);
        if (phentsize !== 56 || phnum > 64 || phoff + phnum * 56 > h.length) {
            return this.refuse('its ELF program headers are not in its first 4 KiB');
        }
        let ro;
        let rw;
        for (let i = 0; i < phnum; i++) {
            const at = phoff + i * 56;
            const type = little ? h.readUInt32LE(at) : h.readUInt32BE(at);
            const flags = little ? h.readUInt32LE(at + 4) : h.readUInt32BE(at + 4);
            if (type !== PT_LOAD)
                continue;
            const segment = { offset: u64(at + 8), vaddr: u64(at + 16), size: u64(at + 32) };
            if (!Number.isSafeInteger(segment.offset + segment.vaddr + segment.size))
                continue;
            if (!(flags & (PF_W | PF_X)))
                ro ??= segment;
            else if (flags & PF_W)
                rw ??= segment;
        }
        // Go's linker: text, then read-only data, then writable data, in the file as in memory.
        if (!ro || !rw || ro.offset + ro.size > rw.offset || ro.offset < this.headLength) {
            return this.refuse('its ELF segments are not laid out as a Go program lays them out');
        }
        ro.size = Math.min(ro.size, VERSION_SCAN.readOnlyBytes);
        rw.size = Math.min(rw.size, VERSION_SCAN.writableBytes);
        this.layout = { ro, rw, little };
    }
    readOnly(part, offset) {
        const { ro } = this.layout;
        if (this.full)
            return;
        const view = this.roTail.length ? Buffer.concat([this.roTail, part]) : part;
        const viewOffset = offset - this.roTail.length;
        const last = offset + part.length >= ro.offset + ro.size;
        // A run that may go on in the next chunk waits for it (the tail is read again then).
        const limit = last ? view.length : Math.max(view.length - RUN_MAX, 0);
        const text = view.toString('latin1');
        RUN.lastIndex = 0;
        for (let m = RUN.exec(text); m && m.index < limit; m = RUN.exec(text)) {
            if (this.runs.length >= VERSION_SCAN.candidates) {
                this.full = true;
                this.problem = `more than ${VERSION_SCAN.candidates} version-like strings in its read-only data; the rest not looked at`;
                break;
            }
            const vaddr = ro.vaddr + viewOffset + m.index - ro.offset;
            const previous = this.runs[this.runs.length - 1];
            // The tail read again finds the end of a run already noted.
            if (previous && vaddr < previous.vaddr + previous.text.length)
                continue;
            this.budget.keep(64 + 2 * m[0].length);
            this.kept += 64 + 2 * m[0].length;
            this.runs.push({ vaddr, text: m[0] });
        }
        this.roTail = last || this.full ? Buffer.alloc(0) : Buffer.from(view.subarray(limit));
    }
    writable(part) {
        const { ro, little } = this.layout;
        // Go aligns a string variable to 8 bytes; the segment starts on a page.
        const view = this.rwCarry.length ? Buffer.concat([this.rwCarry, part]) : part;
        let i = 0;
        for (; i + 16 <= view.length; i += 8) {
            const length = word(view, i + 8, little);
            if (length < 5 || length > 64)
                continue;
            const pointer = word(view, i, little);
            if (pointer < ro.vaddr || pointer + length > ro.vaddr + ro.size)
                continue;
            const run = this.runAt(pointer, length);
            if (!run)
                continue;
            const value = run.text.slice(pointer - run.vaddr, pointer - run.vaddr + length);
            if (!VERSION.test(value) || this.versions.has(value))
                continue;
            if (this.versions.size >= VERSION_SCAN.versions) {
                this.problem = `more than ${VERSION_SCAN.versions} version strings in its data`;
                break;
            }
            this.versions.add(value);
        }
        this.rwCarry = Buffer.from(view.subarray(i));
    }
    /** The noted run that holds [pointer, pointer + length), if any. */
    runAt(pointer, length) {
        let lo = 0;
        let hi = this.runs.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (this.runs[mid].vaddr <= pointer)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        const run = this.runs[hi];
        return run && pointer + length <= run.vaddr + run.text.length ? run : undefined;
    }
}
/** An unsigned 64-bit word; beyond 2^53 it is no address or length a scan uses (Infinity). */
function word(data, at, little) {
    const lo = little ? data.readUInt32LE(at) : data.readUInt32BE(at + 4);
    const hi = little ? data.readUInt32LE(at + 4) : data.readUInt32BE(at);
    return hi >= 0x200000 ? Infinity : hi * 0x1_0000_0000 + lo;
}

// EXTERNAL MODULE: ./src/rock/tar.ts
var tar = __webpack_require__(8954);
;// CONCATENATED MODULE: ./src/rock/layers.ts
// What one layer holds that the smoke test and the SBOM ask about, read from its tar stream as it
// goes by: every entry's owner, the whiteouts, and a few files' bytes (bounded each). Layers are
// applied in order afterwards (applyLayer): one pass over what is kept per layer with whiteouts,
// a parent lookup per path, not a scan per whiteout.




const KEEP_BYTES = {
    // The headers come first; the long description after them is not needed.
    'python-metadata': 64 * 1024,
    'dpkg-status': 32 * 1024 * 1024,
    'dpkg-status-d': 1024 * 1024,
    'chisel-manifest': 32 * 1024 * 1024,
    'rock-metadata': 64 * 1024,
    'os-release': 16 * 1024,
    'pebble-layer': 64 * 1024,
    // From the build info's magic on: its header and the module list that follows.
    'go-binary': 64 * 1024
};
/** Executables of a flask-framework rock that are Go programs: said even without build info. */
const GO_PROGRAMS = ['pebble', 'statsd_exporter'];
function fileKind(p) {
    if (/\.dist-info\/METADATA$/.test(p) || /\.egg-info\/PKG-INFO$/.test(p))
        return 'python-metadata';
    if (p === 'var/lib/dpkg/status')
        return 'dpkg-status';
    if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(p))
        return 'dpkg-status-d';
    if (p === 'var/lib/chisel/manifest.wall')
        return 'chisel-manifest';
    if (p === '.rock/metadata.yaml')
        return 'rock-metadata';
    if (p === 'etc/os-release' || p === 'usr/lib/os-release')
        return 'os-release';
    if (/^var\/lib\/pebble\/default\/layers\/[^/]+$/.test(p))
        return 'pebble-layer';
    return undefined;
}
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
/** Keeps a file's first bytes. */
class KeepSink {
    kind;
    budget;
    done;
    chunks = [];
    kept = 0;
    size = 0;
    constructor(kind, budget, done) {
        this.kind = kind;
        this.budget = budget;
        this.done = done;
    }
    data(chunk) {
        this.size += chunk.length;
        const room = KEEP_BYTES[this.kind] - this.kept;
        if (room <= 0)
            return;
        const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
        this.budget.keep(part.length);
        // A copy: the chunk's memory is the decompressor's.
        this.chunks.push(Buffer.from(part));
        this.kept += part.length;
    }
    end() {
        this.done({
            kind: this.kind,
            data: Buffer.concat(this.chunks),
            size: this.size,
            truncated: this.size > this.kept
        });
    }
}
/**
 * Looks through an executable for the Go build info: ELF, then the magic at a 16-byte aligned
 * offset (the .go.buildinfo section's alignment); keeps KEEP_BYTES from there on. One of the
 * rock's own Go programs is also scanned for the version it holds (GoVersionScan), in the same pass.
 */
class GoSink {
    program;
    budget;
    done;
    offset = 0;
    scan;
    tail = Buffer.alloc(0);
    elf;
    found;
    kept = 0;
    size = 0;
    constructor(program, budget, 
    /** Called with the file's record, if it has one: a Go program of the rock always does. */
    done) {
        this.program = program;
        this.budget = budget;
        this.done = done;
        this.scan = program ? new GoVersionScan(budget) : undefined;
    }
    data(chunk) {
        this.scan?.feed(chunk, this.size);
        this.size += chunk.length;
        if (this.elf === false)
            return;
        if (this.found)
            return this.keep(chunk);
        // The tail keeps a magic that straddles two chunks findable.
        const view = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
        const viewStart = this.offset - this.tail.length;
        this.offset += chunk.length;
        if (this.elf === undefined) {
            if (view.length < ELF.length) {
                this.tail = Buffer.from(view);
                return;
            }
            this.elf = view.subarray(0, 4).equals(ELF);
            if (!this.elf)
                return;
        }
        let at = view.indexOf(GO_BUILDINFO_MAGIC);
        while (at >= 0 && (viewStart + at) % 16 !== 0)
            at = view.indexOf(GO_BUILDINFO_MAGIC, at + 1);
        if (at >= 0) {
            this.found = [];
            this.keep(view.subarray(at));
            return;
        }
        this.tail = Buffer.from(view.subarray(Math.max(view.length - GO_BUILDINFO_MAGIC.length + 1, 0)));
    }
    keep(chunk) {
        const room = KEEP_BYTES['go-binary'] - this.kept;
        if (room <= 0)
            return;
        const part = Buffer.from(chunk.subarray(0, room));
        this.budget.keep(part.length);
        this.found.push(part);
        this.kept += part.length;
    }
    end() {
        const scan = this.scan?.finish();
        const stated = scan
            ? {
                goVersionStrings: scan.versions,
                ...(scan.problem ? { goVersionScanProblem: scan.problem } : {})
            }
            : {};
        if (this.found) {
            this.done({
                kind: 'go-binary',
                data: Buffer.concat(this.found),
                size: this.size,
                truncated: false,
                goBuildInfo: true,
                ...stated
            });
        }
        else if (this.program) {
            this.done({
                kind: 'go-binary',
                data: Buffer.alloc(0),
                size: this.size,
                truncated: false,
                goBuildInfo: false,
                ...stated
            });
        }
    }
}
// What keeping one owner record costs, roughly: the key's characters and the map's entry.
const OWNER_COST = 64;
/** A name as Go's filepath.Clean makes it: what Docker's tar-split keys entries by, and extracts to. */
function goClean(name) {
    if (name === '')
        return '.';
    const clean = external_node_path_.posix.normalize(name);
    return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}
/** Reads one layer's tar stream; feed it with tar.write()/tar.end(), then take layer. */
class LayerReader {
    budget;
    layer = { owners: new Map(), files: new Map(), whiteouts: [], opaque: [] };
    tar;
    /** Every entry's name, cleaned: Docker refuses a layer that names one path twice. */
    seen = new Set();
    constructor(budget) {
        this.budget = budget;
        this.tar = new tar/* TarReader */.RF(header => this.entry(header));
    }
    entry(header) {
        const cleaned = goClean(header.path);
        if (this.seen.has(cleaned)) {
            throw new rock_error/* RockError */.O('a layer names one path twice, which Docker refuses to load (duplicates of file paths not supported)');
        }
        this.seen.add(cleaned);
        this.budget.keep(OWNER_COST + cleaned.length);
        // Docker extracts an entry where its cleaned name says (UnpackLayer: filepath.Clean), so that is
        // its key: "etc/./os-release" is etc/os-release, not a file the SBOM would overlook.
        const p = cleaned.startsWith('/') ? cleaned.slice(1) : cleaned;
        const dir = external_node_path_.posix.dirname(p);
        const base = external_node_path_.posix.basename(p);
        if (base.startsWith('.wh.')) {
            const list = base === '.wh..wh..opq' ? this.layer.opaque : this.layer.whiteouts;
            list.push(base === '.wh..wh..opq' ? (dir === '.' ? '' : dir) : external_node_path_.posix.join(dir, base.slice(4)));
            this.budget.keep(OWNER_COST + p.length);
            return undefined;
        }
        if (p === '' || p === '.')
            return undefined;
        if (!this.layer.owners.has(p))
            this.budget.keep(OWNER_COST + p.length);
        this.layer.owners.set(p, header.uid);
        const files = this.layer.files;
        // "/a" then "a": two names to Docker's duplicate check, one file, the later entry's.
        files.delete(p);
        if (header.type !== 'file')
            return undefined;
        const kind = fileKind(p);
        if (kind)
            return new KeepSink(kind, this.budget, file => void files.set(p, file));
        if (header.mode & 0o111) {
            return new GoSink(GO_PROGRAMS.includes(base), this.budget, file => void files.set(p, file));
        }
        return undefined;
    }
}
/** The image so far, with one more layer on top: its whiteouts first, then its entries. */
function applyLayer(image, layer) {
    if (layer.whiteouts.length > 0 || layer.opaque.length > 0) {
        const gone = new Set(layer.whiteouts);
        const opaque = new Set(layer.opaque);
        const removed = (p) => {
            if (gone.has(p) || opaque.has(''))
                return true;
            for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
                const parent = p.slice(0, i);
                if (gone.has(parent) || opaque.has(parent))
                    return true;
            }
            return false;
        };
        for (const p of image.owners.keys())
            if (removed(p))
                image.owners.delete(p);
        for (const p of image.files.keys())
            if (removed(p))
                image.files.delete(p);
    }
    // An entry replaces what lower layers had at its path: their kept file goes, whatever it is now.
    for (const [p, uid] of layer.owners) {
        image.owners.set(p, uid);
        image.files.delete(p);
    }
    for (const [p, file] of layer.files)
        image.files.set(p, file);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/rock/read.ts
// Reads a rock (an OCI archive: a plain tar of index.json and blobs/sha256/<hex>) as the untrusted
// archive it is: nothing is unpacked to disk and no path inside it is ever opened. A rock is a
// regular file, so its headers are listed first (data seeked past, Go's tar grammar: src/rock/tar.ts)
// and only the blobs index.json names are read after that: the manifest and config whole, each
// layer streamed once. Every byte is hashed as it goes by: each blob against its digest, each
// decompressed layer against the config's diff_ids, so the image read is the image Docker and
// skopeo see, or the rock is refused. Digests must be sha256 and 64 lower-case hex, only regular
// entries count, an index may not name itself, and one deadline and one memory bound hold.








const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** index.json, manifests and configs: kilobytes in practice. */
const JSON_MAX = 4 * 1024 * 1024;
/** Indexes inside indexes: more than this is a loop or an attack. */
const INDEX_DEPTH = 4;
/** Decompressor output chunks: fewer, larger steps through the tar reader (measured ~1.7x faster). */
const CHUNK = 256 * 1024;
/** Reads of a layer from the rock. */
const READ_SIZE = 1024 * 1024;
/** An OCI archive's outer tar: a layout file, an index and blobs; a dozen entries in practice. */
const OUTER_MAX = 100_000;
const TYPE_TEXT = {
    file: 'a regular file',
    hardlink: 'a hard link',
    symlink: 'a symbolic link',
    device: 'a device node',
    dir: 'a directory',
    fifo: 'a FIFO',
    other: 'an entry of an unknown type'
};
function sniff(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])))
        return 'zstd';
    if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
        return 'xz';
    if (head.subarray(0, 3).toString('latin1') === 'BZh')
        return 'bzip2';
    const first = head.toString('latin1').trimStart()[0];
    if (first === '{' || first === '[')
        return 'json';
    if (head.length >= 512 && ((0,tar/* isTarHeader */.FY)(head) || head.subarray(0, 512).every(b => b === 0))) {
        return 'tar';
    }
    return 'unknown';
}
/** The platform's zstd decompressor (Node 22.15 and later), if it has one. */
function zstdDecompressor() {
    const make = external_node_zlib_.createZstdDecompress;
    return make?.();
}
const read_short = (digest) => digest.slice(0, 19);
/**
 * The outer archive's grammar: the names skopeo writes, each once, and the layout's own directory
 * ('./', as `tar -C layout .` writes it; skopeo reads that). A leading './' is the same name
 * (refused twice); a trailing '/' ends only a directory's name; a name Docker or skopeo would
 * clean into another ('/index.json', 'blobs//sha256/x', '..', 'index.json/') is no name of the
 * grammar, so refused.
 */
const OUTER_NAME = /^(?:\.\/)*(\.\/?|oci-layout|index\.json|blobs\/?|blobs\/sha256\/?|blobs\/sha256\/[0-9a-f]{64})$/;
/** The outer entries by name (no './', no trailing '/'), each listed once. */
function outerEntries(headers) {
    const byName = new Map();
    for (const h of headers) {
        const match = OUTER_NAME.exec(h.path);
        if (!match) {
            throw new rock_error/* RockError */.O('it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)');
        }
        const name = match[1].replace(/\/$/, '');
        const shown = name.startsWith('blobs/sha256/')
            ? `blob ${read_short(`sha256:${name.slice(13)}`)}`
            : name;
        if (byName.has(name))
            throw new rock_error/* RockError */.O(`${shown} is in the archive twice`);
        const dir = name === '.' || name === 'blobs' || name === 'blobs/sha256';
        if (dir && h.type !== 'dir') {
            throw new rock_error/* RockError */.O(`${name}/ is ${TYPE_TEXT[h.type]}, not a directory`);
        }
        byName.set(name, h);
    }
    return byName;
}
function parseJson(data, what) {
    let value;
    try {
        value = JSON.parse(data.toString('utf8'));
    }
    catch {
        // JSON.parse's message quotes the text: never shown.
        throw new rock_error/* RockError */.O(`${what} is not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new rock_error/* RockError */.O(`${what} is not a JSON object`);
    }
    return value;
}
function descriptor(value, where) {
    const d = value;
    if (typeof d !== 'object' || d === null || typeof d.digest !== 'string') {
        throw new rock_error/* RockError */.O(`${where} has a descriptor without a digest`);
    }
    if (!DIGEST.test(d.digest)) {
        // The digest is the archive's text: not echoed.
        throw new rock_error/* RockError */.O(`${where} names a digest that is not sha256: and 64 lower-case hex digits`);
    }
    return d;
}
function strings(value) {
    const out = {};
    if (typeof value !== 'object' || value === null)
        return out;
    for (const [k, v] of Object.entries(value))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}
/** Opens the rock itself: it must be a regular file (a FIFO or a device never blocks the read). */
async function openRock(rock) {
    let handle;
    try {
        handle = await promises_.open(rock, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        throw new rock_error/* RockError */.O(code === 'ENOENT' ? 'no such file' : (code ?? 'cannot open it'));
    }
    const stat = await handle.stat();
    if (!stat.isFile()) {
        await handle.close();
        throw new rock_error/* RockError */.O('not a regular file');
    }
    return handle;
}
/**
 * Reads the rock once, within the limits. Throws RockError ("cannot read <rock>: <why>") for
 * anything it will not read; the message never quotes the archive's content.
 */
async function readRock(rock, limits = DEFAULT_LIMITS, copy, shared) {
    try {
        return await readArchive(rock, limits, copy, shared);
    }
    catch (err) {
        if (err instanceof rock_error/* RockError */.O)
            throw new rock_error/* RockError */.O(`cannot read ${rock}: ${err.message}`);
        // Anything else (an I/O error) is said by its code only.
        const code = err.code;
        throw new rock_error/* RockError */.O(`cannot read ${rock}: ${code ?? 'the read failed'}`);
    }
}
/** A gzip member's trailer: its decompressed size (mod 2^32), or undefined if it has none. */
async function gzipSize(handle, entry) {
    // 10 bytes of header, 8 of trailer: anything shorter is no gzip member.
    if (entry.size < 18)
        return undefined;
    const trailer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(trailer, 0, 4, entry.offset + entry.size - 4);
    return bytesRead === 4 ? trailer.readUInt32LE(0) : undefined;
}
/** Exactly the entry's bytes, or a RockError. */
async function readExactly(handle, entry) {
    const data = Buffer.alloc(entry.size);
    let got = 0;
    while (got < entry.size) {
        const { bytesRead } = await handle.read(data, got, entry.size - got, entry.offset + got);
        if (bytesRead === 0)
            throw new rock_error/* RockError */.O('a tar archive ends in the middle of an entry');
        got += bytesRead;
    }
    return data;
}
const hexOf = (hash) => hash.digest('hex');
/** The entry's stored bytes' digest (sha256:hex), read in READ_SIZE steps within the deadline. */
async function storedDigest(handle, entry, budget) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const chunk = Buffer.allocUnsafe(Math.min(READ_SIZE, Math.max(entry.size, 1)));
    for (let at = 0; at < entry.size;) {
        budget.checkTime();
        const want = Math.min(chunk.length, entry.size - at);
        const { bytesRead } = await handle.read(chunk, 0, want, entry.offset + at);
        if (bytesRead === 0)
            throw new rock_error/* RockError */.O('a tar archive ends in the middle of an entry');
        hash.update(chunk.subarray(0, bytesRead));
        at += bytesRead;
    }
    return `sha256:${hexOf(hash)}`;
}
/** One layer: its bytes hashed as stored and decompressed, read into a LayerReader, copied. */
async function readLayer(handle, entry, name, budget, copy, hex) {
    const head = Buffer.alloc(Math.min(entry.size, 512));
    await handle.read(head, 0, head.length, entry.offset);
    const format = sniff(head);
    let decompressor;
    let sink;
    if (format === 'gzip') {
        decompressor = external_node_zlib_.createGunzip({ chunkSize: CHUNK });
        // The copy gets the layer decompressed, as the read decompresses it anyway; its size is the
        // trailer's word, which the copy holds the bytes to. No trailer: the blob as stored.
        const size = copy && (await gzipSize(handle, entry));
        sink = size === undefined ? copy?.blob(hex, 'raw', entry.size) : copy?.blob(hex, 'tar', size);
        if (size === undefined)
            return streamLayer(handle, entry, budget, decompressor, undefined, sink);
        return streamLayer(handle, entry, budget, decompressor, sink, undefined);
    }
    if (format === 'tar') {
        return streamLayer(handle, entry, budget, undefined, copy?.blob(hex, 'tar', entry.size));
    }
    if (format === 'zstd') {
        decompressor = zstdDecompressor();
        if (decompressor) {
            const raw = copy?.blob(hex, 'raw', entry.size);
            return streamLayer(handle, entry, budget, decompressor, undefined, raw);
        }
        throw new rock_error/* RockError */.O(`${name} is zstd-compressed and this Node has no zstd decompressor (Node 22.15 or later has)`);
    }
    throw new rock_error/* RockError */.O(format === 'unknown' || format === 'json'
        ? `${name} is not a tar archive`
        : `${name} is compressed with ${format}, which OCI layers are not`);
}
/**
 * Streams the entry's bytes from the rock: each chunk hashed as stored, then (decompressed, if
 * it is) hashed again, read by a LayerReader and handed to `tarCopy`; `rawCopy` gets it as stored.
 */
async function streamLayer(handle, entry, budget, decompressor, tarCopy, rawCopy) {
    const stored = (0,external_node_crypto_.createHash)('sha256');
    const diff = decompressor ? (0,external_node_crypto_.createHash)('sha256') : stored;
    const reader = new LayerReader(budget);
    const take = async (out) => {
        budget.unpack(out.length);
        budget.checkTime();
        if (decompressor)
            diff.update(out);
        await reader.tar.write(out);
        await tarCopy?.data(out);
    };
    let consumer;
    if (decompressor) {
        consumer = (async () => {
            try {
                for await (const out of decompressor)
                    await take(out);
            }
            catch (err) {
                if (err instanceof rock_error/* RockError */.O)
                    throw err;
                throw new rock_error/* RockError */.O('a layer is not valid compressed data');
            }
        })();
        // Seen below; never left unhandled.
        consumer.catch(() => undefined);
    }
    try {
        // Positional reads of the entry's range (the file's offset is nobody's, nothing is left
        // open), the next one under way while this one is hashed and decompressed.
        const readAt = async (at) => {
            const chunk = Buffer.allocUnsafe(Math.min(READ_SIZE, entry.size - at));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, entry.offset + at);
            if (bytesRead === 0)
                throw new rock_error/* RockError */.O('a tar archive ends in the middle of an entry');
            return bytesRead < chunk.length ? chunk.subarray(0, bytesRead) : chunk;
        };
        let ahead = entry.size > 0 ? readAt(0) : undefined;
        for (let at = 0; ahead;) {
            budget.checkTime();
            const part = await ahead;
            at += part.length;
            ahead = at < entry.size ? readAt(at) : undefined;
            // Seen by the await above, or left unhandled when this loop throws first.
            ahead?.catch(() => undefined);
            stored.update(part);
            await rawCopy?.data(part);
            if (!decompressor) {
                await take(part);
            }
            else if (!decompressor.write(part)) {
                await Promise.race([new Promise(resolve => decompressor.once('drain', resolve)), consumer]);
            }
        }
        if (decompressor) {
            decompressor.end();
            await consumer;
            // Node's gunzip takes zeros after the last member as padding and stops; Go's gzip reader
            // (skopeo's, Docker's) reads them as another member's header and fails: no Docker loads it.
            const after = decompressor instanceof external_node_zlib_.Gunzip ? entry.size - decompressor.bytesWritten : 0;
            if (after > 0) {
                throw new rock_error/* RockError */.O(`a gzip layer has ${after} bytes after its last member, which Go's gzip reader (skopeo's, Docker's) refuses`);
            }
        }
        await reader.tar.end();
        await tarCopy?.end();
        await rawCopy?.end();
        const digest = `sha256:${hexOf(stored)}`;
        return {
            layer: reader.layer,
            digest,
            diffId: diff === stored ? digest : `sha256:${hexOf(diff)}`
        };
    }
    finally {
        decompressor?.destroy();
    }
}
async function readArchive(rock, limits, copy, shared) {
    const budget = new ReadBudget(limits);
    const handle = await openRock(rock);
    let timer;
    try {
        // The deadline holds even while a step waits (nothing should, but a rock is hostile).
        const expired = new Promise((_, reject) => {
            timer = setTimeout(() => {
                try {
                    budget.checkTime();
                    reject(new rock_error/* RockError */.O('the read took longer than its deadline'));
                }
                catch (err) {
                    reject(err);
                }
            }, budget.msLeft() + 50);
        });
        expired.catch(() => undefined);
        const read = readImage(rock, handle, budget, copy, shared);
        read.catch(() => undefined);
        return await Promise.race([read, expired]);
    }
    finally {
        clearTimeout(timer);
        await handle.close().catch(() => undefined);
    }
}
async function readImage(rock, handle, budget, copy, shared) {
    budget.checkTime();
    const first = Buffer.alloc(512);
    const { bytesRead } = await handle.read(first, 0, 512, 0);
    const format = sniff(first.subarray(0, bytesRead));
    if (format !== 'tar') {
        throw new rock_error/* RockError */.O(format === 'unknown' || format === 'json'
            ? 'not an OCI archive (a tar)'
            : `compressed with ${format}; a rock is a plain tar (OCI archive)`);
    }
    let listed = 0;
    const outer = outerEntries(await (0,tar/* listTar */.wl)(handle, {
        check: () => budget.checkTime(),
        // Entries, not blocks read (check() also runs for the end marker and meta headers).
        onEntry: () => {
            if (++listed > OUTER_MAX)
                throw new rock_error/* RockError */.O(`it holds more than ${OUTER_MAX} entries`);
        }
    }));
    const indexEntry = outer.get('index.json');
    if (!indexEntry)
        throw new rock_error/* RockError */.O('no index.json: not an OCI archive');
    if (indexEntry.type !== 'file') {
        throw new rock_error/* RockError */.O(`index.json is ${TYPE_TEXT[indexEntry.type]}, not a regular file`);
    }
    /** The named blob's entry: there, and a regular file. */
    const blobEntry = (d, what) => {
        const name = `${what} ${read_short(d.digest)}`;
        const entry = outer.get(`blobs/sha256/${d.digest.slice(7)}`);
        if (!entry)
            throw new rock_error/* RockError */.O(`${name} is not in the archive`);
        if (entry.type !== 'file') {
            throw new rock_error/* RockError */.O(`${name} is ${TYPE_TEXT[entry.type]} in the archive, not a regular file`);
        }
        return entry;
    };
    const json = async (entry, what, digest) => {
        if (entry.size > JSON_MAX)
            throw new rock_error/* RockError */.O(`${what} is larger than ${sizeText(JSON_MAX)}`);
        budget.keep(entry.size);
        const data = await readExactly(handle, entry);
        if (digest && `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}` !== digest) {
            throw new rock_error/* RockError */.O(`${what} does not match its digest`);
        }
        return data;
    };
    const blobJson = async (d, what) => {
        const name = `${what} ${read_short(d.digest)}`;
        const data = await json(blobEntry(d, what), name, d.digest);
        if (sniff(data) !== 'json')
            throw new rock_error/* RockError */.O(`${name} is not JSON`);
        return parseJson(data, name);
    };
    const manifestsOf = (doc, where) => {
        if (!Array.isArray(doc.manifests) || doc.manifests.length === 0) {
            throw new rock_error/* RockError */.O(`${where} lists no image`);
        }
        return doc.manifests.map(m => descriptor(m, where));
    };
    const index = parseJson(await json(indexEntry, 'index.json'), 'index.json');
    const annotations = {};
    let desc = manifestsOf(index, 'index.json')[0];
    const seen = new Set();
    // A multi-platform index: the first image for linux.
    while (desc.mediaType?.endsWith('image.index.v1+json')) {
        if (seen.has(desc.digest) || seen.size >= INDEX_DEPTH) {
            throw new rock_error/* RockError */.O(`its indexes name each other (or nest deeper than ${INDEX_DEPTH})`);
        }
        seen.add(desc.digest);
        const where = `index ${read_short(desc.digest)}`;
        const inner = manifestsOf(await blobJson(desc, 'index'), where);
        desc = inner.find(m => (m.platform?.os ?? 'linux') === 'linux') ?? inner[0];
    }
    Object.assign(annotations, strings(desc.annotations));
    const manifestName = `manifest ${read_short(desc.digest)}`;
    const manifest = await blobJson(desc, 'manifest');
    Object.assign(annotations, strings(manifest.annotations));
    if (!Array.isArray(manifest.layers))
        throw new rock_error/* RockError */.O(`${manifestName} lists no layers`);
    const layerDescs = manifest.layers.map(l => descriptor(l, manifestName));
    const configDesc = descriptor(manifest.config, manifestName);
    const configName = `config ${read_short(configDesc.digest)}`;
    const configEntry = blobEntry(configDesc, 'config');
    const configData = await json(configEntry, configName, configDesc.digest);
    if (sniff(configData) !== 'json')
        throw new rock_error/* RockError */.O(`${configName} is not JSON`);
    const config = parseJson(configData, configName);
    const rootfs = config.rootfs;
    const diffIds = rootfs?.diff_ids;
    if (!Array.isArray(diffIds) ||
        diffIds.length !== layerDescs.length ||
        !diffIds.every(d => typeof d === 'string' && DIGEST.test(d))) {
        throw new rock_error/* RockError */.O(`${configName} does not list one sha256 diff_id for each of the manifest's ${layerDescs.length} layers`);
    }
    // Named blobs only, and only now that they are known to be named: the config, then the layers.
    const configCopy = copy?.blob(configDesc.digest.slice(7), 'raw', configData.length);
    if (configCopy) {
        await configCopy.data(configData);
        await configCopy.end();
    }
    const image = { owners: new Map(), files: new Map() };
    const done = new Map();
    for (const [i, layerDesc] of layerDescs.entries()) {
        const name = `layer ${read_short(layerDesc.digest)}`;
        const hex = layerDesc.digest.slice(7);
        let read = done.get(hex);
        const entry = blobEntry(layerDesc, 'layer');
        // Looked up and claimed with no await between: two reads never both walk a layer.
        const other = read ? undefined : shared?.get(hex);
        const theirs = other && (await other.catch(() => undefined));
        if (!read && theirs) {
            if ((await storedDigest(handle, entry, budget)) !== layerDesc.digest) {
                throw new rock_error/* RockError */.O(`${name} does not match its digest`);
            }
            read = theirs;
            done.set(hex, read);
        }
        if (!read) {
            const streaming = readLayer(handle, entry, name, budget, copy, hex).then(streamed => {
                if (streamed.digest !== layerDesc.digest) {
                    throw new rock_error/* RockError */.O(`${name} does not match its digest`);
                }
                return streamed;
            });
            if (shared) {
                shared.set(hex, streaming);
                streaming.catch(() => undefined);
            }
            read = await streaming;
            done.set(hex, read);
        }
        if (read.diffId !== diffIds[i]) {
            throw new rock_error/* RockError */.O(`${name} does not match the config's diff_id for layer ${i + 1} (${read_short(diffIds[i])})`);
        }
        applyLayer(image, read.layer);
    }
    const imageConfig = config.config;
    return {
        rock,
        digest: desc.digest,
        architecture: typeof config.architecture === 'string' ? config.architecture : undefined,
        os: typeof config.os === 'string' ? config.os : undefined,
        annotations,
        labels: strings(imageConfig?.Labels),
        layers: layerDescs.length,
        owners: image.owners,
        files: image.files,
        blobs: { config: configDesc.digest.slice(7), layers: layerDescs.map(l => l.digest.slice(7)) },
        diffIds: diffIds,
        manifest
    };
}
// (no await first), so that whoever asks first starts the read, and with its copy.
const reads = new Map();
const underway = new Map();
/**
 * readRock() once per rock: later callers get the same read, finished or under way. `copy` is
 * fed only by the read this call starts (none when one was under way or done already). A failed
 * read is not kept.
 */
function readRockOnce(rock, copy) {
    const joined = underway.get(rock);
    if (joined)
        return joined;
    const read = (async () => {
        const stat = await promises_.stat(rock).catch(() => undefined);
        const key = JSON.stringify([rock, stat?.size, stat?.mtimeMs, stat?.ino]);
        let done = reads.get(key);
        if (!done) {
            done = readRock(rock, DEFAULT_LIMITS, copy);
            reads.set(key, done);
            done.catch(() => reads.delete(key));
        }
        return done;
    })();
    underway.set(rock, read);
    const settle = () => {
        if (underway.get(rock) === read)
            underway.delete(rock);
    };
    read.then(settle, settle);
    return read;
}

;// CONCATENATED MODULE: ./src/rock/index.ts
// A rock's contents, read once as the untrusted archive it is: what the smoke test's owner check
// and the SBOM read.






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
    const contents = await readRockOnce(rock, copy);
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
        if (err instanceof rock_error/* RockError */.O)
            throw new error/* SmokeError */.M(err.message);
        throw err;
    }
    const here = DOCKER_ARCH[process.arch] ?? process.arch;
    if (image.architecture && image.architecture !== here) {
        throw new error/* SmokeError */.M(`${rock} is built for ${image.architecture}; this machine runs ${here}`);
    }
    const layout = layoutOf(image.owners);
    const under = (p) => layout.ownedRoots.some(r => p === r || p.startsWith(`${r}/`));
    const foreign = foreignOwners(new Map([...image.owners].filter(([p]) => under(p))));
    if (foreign.length > 0) {
        throw new error/* SmokeError */.M(`files in the rock are not owned by _daemon_ (${DAEMON_UID}), as rockcraft makes them: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`);
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
        await (0,docker/* loadRock */.kj)(opts.rock, image, opts.dockerHost);
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
    const loaded = await (0,docker/* loadedImage */.jv)(image, host);
    const config = `sha256:${read.blobs.config}`;
    let differs;
    if (JSON.stringify(loaded.layers) !== JSON.stringify(read.diffIds)) {
        differs = `its layers (${loaded.layers.length}: ${loaded.layers.map(l => l.slice(7, 19)).join(', ')}) are not the ones the read checked (${read.diffIds.length}: ${read.diffIds.map(l => l.slice(7, 19)).join(', ')})`;
    }
    else if (loaded.id !== config && !(await (0,docker/* containerdStore */.pq)(host))) {
        differs = `its ID ${loaded.id.slice(0, 19)} is not the config digest the read checked, ${config.slice(0, 19)}`;
    }
    if (!differs)
        return;
    await (0,docker/* removeImage */.Jj)(image, host).catch(() => undefined);
    throw new error/* SmokeError */.M(`Docker loaded another image than the rock's read: ${differs}; not testing an image other than the one checked and described by the SBOM`);
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
        throw new error/* SmokeError */.M(`a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in ${layout.appDir}`);
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
        throw new error/* SmokeError */.M(`no time left for the migration within ${run.opts.timeoutSec} s`);
    let result;
    await run.log.group(`Migration: ${shown} (in ${workdir} as _daemon_)`, async () => {
        result = await (0,docker/* execInContainer */.ur)(run.name, command, `run the migration ${shown}`, { user: '_daemon_', workdir, timeoutMs: left, keepBytes: MIGRATION_KEEP_BYTES }, run.opts.dockerHost);
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
        throw new error/* SmokeError */.M(`the migration (${shown}) did not finish within the smoke timeout (${run.opts.timeoutSec} s)`);
    }
    if (result.code !== 0) {
        const quoted = oneLine((0,exec/* tailLines */.os)(result.stderr || result.stdout, MIGRATION_QUOTE_LINES));
        throw new error/* SmokeError */.M(`the migration (${shown}, in ${workdir} as _daemon_) failed with exit code ${result.code}${quoted ? `: ${quoted}` : ' and printed nothing'}`);
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
    const result = await (0,docker/* execInContainer */.ur)(run.name, [run.setup.pebble, 'replan'], 'start the services (pebble replan)', { timeoutMs: PEBBLE_CALL_MS }, run.opts.dockerHost);
    if (result.code !== 0 || result.timedOut) {
        run.log.info('pebble replan did not start every service:');
        run.log.info((0,exec/* tailLines */.os)(result.stderr || result.stdout, 20) || '(no output)');
    }
    return at;
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
            throw new error/* SmokeError */.M(`smoke-env: the value of ${k} spans lines`);
        return `${k}=${v}\n`;
    })
        .join('');
}
/** The failure's one line, then the container's log tail (both streams, by time) and state. */
async function explainFailure(name, reason, log, host) {
    // The reason may quote the app (its exception, its body): the log fences what it prints.
    log.info(`Smoke test failed: ${reason}`);
    await log.group(`Smoke test container ${name}: log tail and state`, async () => {
        const entries = await (0,docker/* containerLogEntries */.yv)(name, host, undefined, LOG_TAIL_LINES).catch((e) => `(cannot read the log: ${e.message.split('\n')[0]})`);
        // The container's words are the app's: the log keeps them from the runner and the terminal.
        if (typeof entries === 'string')
            log.info(entries);
        else
            log.info(logText(entries.slice(-LOG_TAIL_LINES)));
        const state = await (0,docker/* inspectContainer */.aH)(name, host).catch(() => undefined);
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
    const deployer = environment.deployer.map(k => smoke_deployer/* DEPLOYER_SECRETS */.R1.includes(k) ? `${k} (random, masked)` : k);
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
    const deployer = (0,smoke_deployer/* deployerEnv */.CQ)({ app: APP_PORT, metrics: METRICS_PORT });
    const { env, fromDeployer, fromSmokeEnv } = (0,smoke_deployer/* smokeEnvironment */.tr)(opts.env, deployer);
    for (const k of smoke_deployer/* DEPLOYER_SECRETS */.R1)
        if (fromDeployer.includes(k))
            log.mask?.(env[k]);
    const envText = envFileText(env);
    if (opts.probes.length === 0)
        throw new error/* SmokeError */.M('no probe to ask the app');
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
        await (0,docker/* runDetached */.I3)({
            image,
            name,
            labels: { ...opts.labels, [SMOKE_LABEL]: 'true' },
            envFile,
            env: {},
            publish: [APP_PORT, METRICS_PORT],
            args
        }, opts.dockerHost);
        const state = await (0,docker/* inspectContainer */.aH)(name, opts.dockerHost);
        if (state && !state.running) {
            // Pebble itself gave up (a directory it cannot write, a bad layer): its own words say why.
            const entries = await (0,docker/* containerLogEntries */.yv)(name, opts.dockerHost).catch(() => []);
            const words = entries.map(e => e.text.trim()).filter(t => t !== '');
            throw new error/* SmokeError */.M(`the rock's entrypoint (Pebble) exited at once with code ${state.exitCode}: ${words[words.length - 1] ?? 'it wrote nothing'}`);
        }
        const ports = state?.ports ?? {};
        if (!ports[`${APP_PORT}/tcp`] || !ports[`${METRICS_PORT}/tcp`]) {
            throw new error/* SmokeError */.M(`the container's ports ${APP_PORT} and ${METRICS_PORT} were not published (${describeState(state)})`);
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
        if (await (0,docker/* inspectContainer */.aH)(name, opts.dockerHost).catch(() => undefined)) {
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
    return new error/* SmokeError */.M(`probe '${(0,smoke_probes/* probeText */.Qc)(probe)}' ${err.message}; it began ${(0,smoke_probes/* bodyExcerpt */.kG)(err.body)}`);
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
            throw new error/* SmokeError */.M(`${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} did not answer with ${(0,smoke_probes/* expectedText */.GD)(probe.expect)} within ${run.opts.timeoutSec} s (last try: ${last})`);
        }
        let answer;
        try {
            answer = await (0,smoke_probes/* request */.Em)(run.baseUrl + probe.path, probe.method, left, signal);
        }
        catch (err) {
            if (err instanceof smoke_probes/* BodyError */.Ru) {
                // smoke-timeout ran out while the body of a status this probe retries came (the request
                // had only what was left of it): that status is the last try, and the time-out says so.
                if (Date.now() >= run.deadline && !(0,smoke_probes/* statusOk */.jp)(err.status, probe.expect)) {
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
        if ((0,smoke_probes/* statusOk */.jp)(answer.status, probe.expect)) {
            // The app is up and answered as asked: a body without the text is its verdict, not a boot.
            const problem = (0,smoke_probes/* bodyProblem */.ao)(probe, answer);
            if (problem)
                throw new error/* SmokeError */.M(problem);
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
    const entries = await (0,docker/* containerLogEntries */.yv)(run.name, run.opts.dockerHost, undefined, EXCEPTION_TAIL_LINES).catch(() => []);
    const exception = servingException(entries.map(e => e.text));
    if (exception !== undefined)
        throw new error/* SmokeError */.M(`${what}: the app raised ${exception}`);
    if (sameForMs >= SAME_ERROR_MS) {
        const body = answer.body === '' ? 'an empty body' : (0,smoke_probes/* bodyExcerpt */.kG)(answer.body);
        throw new error/* SmokeError */.M(`${what} with the same body for ${Math.round(sameForMs / 1000)} s (a server error is retried only while it changes, unless it is 502 or 503): ${body}`);
    }
}
/** Once the app answers, every other probe is asked once. */
async function probeOnce(run, probe) {
    let answer;
    try {
        answer = await (0,smoke_probes/* request */.Em)(run.baseUrl + probe.path, probe.method, Math.max(run.deadline - Date.now(), 5000));
    }
    catch (err) {
        if (err instanceof smoke_probes/* BodyError */.Ru)
            throw endlessBody(probe, err);
        throw new error/* SmokeError */.M(`probe '${(0,smoke_probes/* probeText */.Qc)(probe)}' got no answer: ${errorText(err)}`);
    }
    count(run, answer.status);
    if (!(0,smoke_probes/* statusOk */.jp)(answer.status, probe.expect)) {
        throw new error/* SmokeError */.M(`probe '${(0,smoke_probes/* probeText */.Qc)(probe)}' answered ${answer.status}, expected ${(0,smoke_probes/* expectedText */.GD)(probe.expect)}`);
    }
    const problem = (0,smoke_probes/* bodyProblem */.ao)(probe, answer);
    if (problem)
        throw new error/* SmokeError */.M(problem);
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
            (0,docker/* inspectContainer */.aH)(run.name, run.opts.dockerHost),
            (0,docker/* containerLogEntries */.yv)(run.name, run.opts.dockerHost, cursor.since)
        ]);
        const read = freshEntries(entries, cursor);
        cursor = read.cursor;
        for (const entry of read.fresh)
            boots.add(entry.text);
        if (signal.aborted)
            throw new Error('watch stopped');
        if (boots.final)
            throw new error/* SmokeError */.M(`the app could not start: ${boots.reason}`);
        if (boots.failures >= BOOT_FAILURES_TO_FAIL) {
            throw new error/* SmokeError */.M(`the app failed to boot: ${boots.reason}`);
        }
        if (!state?.running) {
            // No restart comes after this: one failed boot in the log is the reason.
            const why = boots.failures > 0 ? `the app failed to boot: ${boots.reason}; ` : '';
            const last = boots.lastBareLine ? `: ${boots.lastBareLine}` : '';
            throw new error/* SmokeError */.M(`${why}the container stopped before ${probe.path} answered (${describeState(state)})${last}`);
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
        const r = await (0,docker/* execInContainer */.ur)(run.name, [run.setup.pebble, ...args], what, { timeoutMs: PEBBLE_CALL_MS }, run.opts.dockerHost);
        if (r.code === 0 && !r.timedOut)
            return r.stdout;
        const why = `${what} failed: ${oneLine((0,exec/* tailLines */.os)(r.stderr || r.stdout, 1)) || `exit code ${r.code}`}`;
        if (require)
            throw new error/* SmokeError */.M(why);
        run.log.warning(`${why}; the extra services are not reported`);
        return undefined;
    };
    const plan = await pebble(['plan'], "read Pebble's plan (pebble plan)");
    const names = plan === undefined ? [] : (0,smoke_deployer/* extraServicesOfPlan */.d7)(plan);
    if (names.length === 0)
        return [];
    const table = await pebble(['services'], "read the services' states (pebble services)");
    if (table === undefined)
        return [];
    const states = (0,smoke_deployer/* serviceStates */._H)(table, names);
    run.log.info(`Extra services (as paas-charm starts them): ${(0,smoke_deployer/* servicesText */.sC)(states)}`);
    const down = states.filter(s => s.current !== 'active');
    if (run.opts.services === 'require' && down.length > 0) {
        throw new error/* SmokeError */.M(`smoke-services is require, and ${down.map(s => `${s.name} is ${s.current}`).join(', ')} (not active)`);
    }
    return states;
}
function catchUpDeadline(run) {
    return Math.max(run.deadline, Date.now() + CATCH_UP_MS);
}
async function proveWorker(run) {
    const until = catchUpDeadline(run);
    for (;;) {
        const seen = workerFromLog(await (0,docker/* containerLogs */.BX)(run.name, run.opts.dockerHost));
        if (seen !== undefined) {
            if (seen !== run.plan.worker) {
                throw new error/* SmokeError */.M(`gunicorn uses worker '${seen}', expected '${run.plan.worker}'`);
            }
            return;
        }
        if (Date.now() >= until || run.settled) {
            throw new error/* SmokeError */.M(`the container log never said which worker gunicorn uses ('Using worker: ...')`);
        }
        await sleep(METRICS_EVERY_MS);
    }
}
async function awaitMetrics(run) {
    const until = catchUpDeadline(run);
    let last;
    for (;;) {
        try {
            const answer = await (0,smoke_probes/* request */.Em)(run.metricsUrl, 'GET', Math.max(until - Date.now(), 1000), undefined, 
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
            throw new error/* SmokeError */.M(`the metrics endpoint (:${METRICS_PORT}/metrics) never counted the probes' ${run.answers} answer(s) with status ${Object.keys(run.byStatus).join(', ')} (last: ${last})`);
        }
        await sleep(METRICS_EVERY_MS);
    }
}
/** The uid of the app's processes as `docker top` sees them: root fails the smoke test. */
async function readAppUid(run) {
    const processes = await (0,docker/* containerProcesses */.vb)(run.name, run.opts.dockerHost);
    const app = processes.filter(p => /gunicorn/.test(p.command));
    const uids = [...new Set((app.length ? app : processes).map(p => p.uid))];
    if (uids.includes(0)) {
        throw new error/* SmokeError */.M(`the app runs as root (uid 0), not as _daemon_ (${DAEMON_UID}) as a flask-framework rock does`);
    }
    return uids[0] ?? -1;
}
async function concurrencyProof(run) {
    const plan = run.opts.concurrency;
    const probePath = plan.path ?? run.opts.probes[0].path;
    const result = await (0,smoke_probes/* concurrentGets */.Dv)(run.baseUrl, probePath, plan.requests, Math.max(run.deadline - Date.now(), 60_000));
    if (result.errors > 0) {
        throw new error/* SmokeError */.M(`${result.errors} of ${plan.requests} concurrent GET ${probePath} failed or answered 500 or above (worker ${run.plan.worker})`);
    }
    return result;
}
/** `docker stop`: Pebble must stop gunicorn and exit 0 within the grace period. */
async function gracefulStop(run) {
    const started = performance.now();
    await (0,docker/* stopContainer */.SI)(run.name, STOP_GRACE_SEC, run.opts.dockerHost);
    const ms = Math.round(performance.now() - started);
    const state = await (0,docker/* inspectContainer */.aH)(run.name, run.opts.dockerHost);
    const exitCode = state?.exitCode ?? -1;
    if (exitCode !== 0) {
        throw new error/* SmokeError */.M(`docker stop did not end the container cleanly: exit code ${exitCode} after ${(ms / 1000).toFixed(1)} s (grace period ${STOP_GRACE_SEC} s)`);
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
            const reason = err instanceof error/* SmokeError */.M ? err.message : errorText(err).split('\n')[0];
            await explainFailure(this.name, reason, this.log, this.opts.dockerHost);
            throw err instanceof error/* SmokeError */.M ? err : new error/* SmokeError */.M(reason);
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
            this.log.info(`Probe ${(0,smoke_probes/* probeText */.Qc)(p)}: ${p.status} in ${p.ms} ms`);
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

;// CONCATENATED MODULE: ./src/smoke/index.ts
// The smoke test: what the action (main, post) and `flask-rock smoke` use.










/***/ })

};

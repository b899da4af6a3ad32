export const id = 782;
export const ids = [782];
export const modules = {

/***/ 4401:
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
  logUntrusted: () => (/* reexport */ logUntrusted),
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
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(3254);
;// CONCATENATED MODULE: ./src/smoke/log.ts
// The smoke test's one way to speak: the action logs through core.info, `flask-rock smoke`
// through plain stdout. The smoke code itself imports neither, so the CLI loads no @actions/*.

/** Text the container wrote (the app's own words): never read as a workflow command. */
function logUntrusted(log, text) {
    (0,untrusted/* writeUntrusted */.GP)(text, line => log.info(line));
}
/** Plain lines on stdout, warnings on stderr: for a terminal (`flask-rock smoke`). */
const consoleLog = {
    info: line => void process.stdout.write(`${line}\n`),
    warning: line => void process.stderr.write(`warning: ${line}\n`),
    group: async (title, body) => {
        process.stdout.write(`--- ${title}\n`);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/private-file.ts
var private_file = __webpack_require__(6299);
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
/** `docker logs` lines as the log shows them: each stream's entries interleaved by time. */
function logText(entries) {
    return entries.map(e => e.text).join('\n');
}

// EXTERNAL MODULE: ./src/smoke/docker.ts
var docker = __webpack_require__(3910);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
;// CONCATENATED MODULE: ./src/smoke/ownership.ts
// File owners as rockcraft's own spread test checks them: everything under /flask (and
// /opt/promtail, /etc/promtail) belongs to _daemon_ (584792). Bare rocks have no shell or find, so
// the owners are read from the rock's layer archives themselves (their tar headers), not from a
// container. A warm rock whose cache changed its owners is caught here too.







const DAEMON_UID = 584792;
const OWNED_ROOTS = ['flask', 'opt/promtail', 'etc/promtail'];
function field(header, start, length) {
    return header.subarray(start, start + length);
}
function ownership_text(b) {
    const end = b.indexOf(0);
    return b.toString('utf8', 0, end < 0 ? b.length : end);
}
/** A numeric header field: octal text, or base-256 when its first byte has the high bit set. */
function number(b) {
    if (b[0] & 0x80) {
        let value = b[0] & 0x7f;
        for (let i = 1; i < b.length; i++)
            value = value * 256 + b[i];
        return value;
    }
    const digits = ownership_text(b).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
/** key=value records of a pax extended header ("<length> <key>=<value>\n"). */
function paxRecords(body) {
    const records = {};
    let pos = 0;
    while (pos < body.length) {
        const space = body.indexOf(0x20, pos);
        if (space < 0)
            break;
        const length = Number(body.toString('latin1', pos, space));
        if (!Number.isInteger(length) || length <= 0)
            break;
        const record = body.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        pos += length;
    }
    return records;
}
const pad = (size) => Math.ceil(size / 512) * 512;
/** The entries of a tar stream (ustar, pax and GNU long names), headers only. */
async function tarEntries(chunks) {
    const entries = [];
    let buffer = Buffer.alloc(0);
    let skip = 0;
    // A pax ('x') or GNU long-name ('L') header's body applies to the next entry.
    let bodyFor;
    let bodySize = 0;
    let next = {};
    for await (const chunk of chunks) {
        buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
        for (;;) {
            if (skip > 0) {
                const n = Math.min(skip, buffer.length);
                buffer = buffer.subarray(n);
                skip -= n;
                if (skip > 0)
                    break;
            }
            if (bodyFor) {
                if (buffer.length < pad(bodySize))
                    break;
                const body = buffer.subarray(0, bodySize);
                if (bodyFor === 'x') {
                    const pax = paxRecords(body);
                    if (pax.path !== undefined)
                        next.path = pax.path;
                    if (pax.uid !== undefined)
                        next.uid = Number(pax.uid);
                }
                else if (bodyFor === 'L') {
                    next.path = ownership_text(body);
                }
                buffer = buffer.subarray(pad(bodySize));
                bodyFor = undefined;
                continue;
            }
            if (buffer.length < 512)
                break;
            const header = buffer.subarray(0, 512);
            buffer = buffer.subarray(512);
            if (header.every(b => b === 0))
                continue;
            const type = String.fromCharCode(header[156] || 0x30);
            const size = number(field(header, 124, 12));
            if (type === 'x' || type === 'L' || type === 'g') {
                bodyFor = type;
                bodySize = size;
                continue;
            }
            const prefix = ownership_text(field(header, 345, 155));
            const name = ownership_text(field(header, 0, 100));
            entries.push({
                path: next.path ?? (prefix ? `${prefix}/${name}` : name),
                uid: next.uid ?? number(field(header, 108, 8)),
                type
            });
            next = {};
            // Links and directories carry no data whatever their size field says.
            skip = type === '1' || type === '2' || type === '5' ? 0 : pad(size);
        }
    }
    return entries;
}
async function readJson(file) {
    return JSON.parse(await promises_.readFile(file, 'utf8'));
}
function normal(p) {
    return p.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
}
/**
 * The image a rock (an OCI archive) holds: its architecture, and the owners of the files under
 * `roots`, layers applied in order (later entries win, whiteouts remove).
 */
async function rockImage(rock, roots = OWNED_ROOTS) {
    const dir = await promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'flask-rock-owners-'));
    try {
        // --force-local: a ':' in the rock's path is a file name, not a remote host.
        await (0,exec/* runOk */.uO)('tar', ['--force-local', '-xf', rock, '-C', dir, 'index.json', 'blobs'], {
            what: `read the layers of ${rock}`,
            timeoutMs: 5 * 60_000
        });
        const blob = (d) => external_node_path_.join(dir, 'blobs', ...d.split(':'));
        let manifest = (await readJson(external_node_path_.join(dir, 'index.json')))
            .manifests[0];
        // A multi-platform index: take the first image for linux.
        while (manifest?.mediaType?.endsWith('image.index.v1+json')) {
            const index = await readJson(blob(manifest.digest));
            manifest = index.manifests.find(m => (m.platform?.os ?? 'linux') === 'linux');
        }
        if (!manifest)
            throw new error/* SmokeError */.M(`${rock} holds no image`);
        const { config, layers } = await readJson(blob(manifest.digest));
        const { architecture } = await readJson(blob(config.digest));
        const owners = new Map();
        const under = (p) => roots.some(r => p === r || p.startsWith(`${r}/`));
        for (const layer of layers) {
            const gzipped = /gzip/.test(layer.mediaType ?? '');
            const file = (0,external_node_fs_.createReadStream)(blob(layer.digest));
            const stream = gzipped ? file.pipe((0,external_node_zlib_.createGunzip)()) : file;
            for (const entry of await tarEntries(stream)) {
                const p = normal(entry.path);
                const base = external_node_path_.posix.basename(p);
                if (base.startsWith('.wh.')) {
                    const gone = external_node_path_.posix.join(external_node_path_.posix.dirname(p), base.slice(4));
                    for (const key of [...owners.keys()]) {
                        if (key === gone || key.startsWith(`${gone}/`))
                            owners.delete(key);
                    }
                }
                else if (under(p)) {
                    owners.set(p, entry.uid);
                }
            }
        }
        return { architecture, owners };
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true });
    }
}
/** Paths under the roots not owned by _daemon_, as `/path (uid N)`, sorted. */
function foreignOwners(owners) {
    return [...owners]
        .filter(([, uid]) => uid !== DAEMON_UID)
        .map(([p, uid]) => `/${p} (uid ${uid})`)
        .sort();
}

;// CONCATENATED MODULE: ./src/smoke/run.ts
// The smoke test's run: load the rock into Docker, start it in the chosen worker mode, and prove
// it serves: the probes answer, gunicorn uses the expected worker, the statsd exporter counts the
// answers, the app runs as _daemon_, and `docker stop` ends it cleanly.













const APP_PORT = 8000;
const METRICS_PORT = 9102;
/** Every smoke container carries this label (cleanup, and tests checking for leftovers). */
const SMOKE_LABEL = 'flask-rock-action.smoke';
// Short sleeps between tries: the verdict should follow the first good answer within ~0.5 s.
const PROBE_EVERY_MS = 100;
const METRICS_EVERY_MS = 50;
// The container's state and new log lines are read this often while the probe waits (two docker
// calls a second: cheap, and a boot failure is seen within about a second).
const STATE_EVERY_MS = 1000;
// A first failed boot may be a race (a database or other service not up yet) that Pebble's
// restart 0.5 s later gets past; a second one before the app ever answered is the app itself.
// Waiting for it costs about a second and a half, against the smoke-timeout (2 minutes) it saves.
const BOOT_FAILURES_TO_FAIL = 2;
// Enough time for the log and the metrics to catch up after a good answer even when the probe
// used up nearly all of smoke-timeout.
const CATCH_UP_MS = 10_000;
// Docker's own default grace period for `docker stop`.
const STOP_GRACE_SEC = 10;
const LOG_TAIL_LINES = 100;
const ENV_FILE = 'smoke.env';
const ENV_DIR_PREFIX = 'flask-rock-smoke-';
const PEBBLE_LAYERS = '/var/lib/pebble/default/layers';
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
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
function errorText(err) {
    const e = err;
    return e.code ? `${e.code}` : e.message || String(err);
}
/** The failure's one line, then the container's log tail (both streams, by time) and state. */
async function explainFailure(name, reason, log, host) {
    log.info(`Smoke test failed: ${reason}`);
    await log.group(`Smoke test container ${name}: log tail and state`, async () => {
        const entries = await (0,docker/* containerLogEntries */.yv)(name, host, undefined, LOG_TAIL_LINES).catch((e) => `(cannot read the log: ${e.message.split('\n')[0]})`);
        // The container's words are the app's: never read as workflow commands.
        if (typeof entries === 'string')
            log.info(entries);
        else
            logUntrusted(log, logText(entries.slice(-LOG_TAIL_LINES)));
        const state = await (0,docker/* inspectContainer */.aH)(name, host).catch(() => undefined);
        log.info(`Container state: ${describeState(state)}`);
    });
}
/** A running smoke container: verify() it, then close() it (always). */
class SmokeRun {
    name;
    image;
    plan;
    startedAt;
    opts;
    envDir;
    baseUrl;
    metricsUrl;
    answers = 0;
    /** The verdict is in: loops still waiting (the other of two side-by-side waits) give up. */
    settled = false;
    byStatus = {};
    log;
    constructor(name, image, plan, startedAt, ports, opts, envDir) {
        this.name = name;
        this.image = image;
        this.plan = plan;
        this.startedAt = startedAt;
        this.opts = opts;
        this.envDir = envDir;
        this.baseUrl = `http://127.0.0.1:${ports[`${APP_PORT}/tcp`]}`;
        this.metricsUrl = `http://127.0.0.1:${ports[`${METRICS_PORT}/tcp`]}/metrics`;
        this.log = opts.log;
    }
    /** The first probe's URL. */
    get appUrl() {
        return this.baseUrl + this.opts.probes[0].path;
    }
    get deadline() {
        return this.startedAt + this.opts.timeoutSec * 1000;
    }
    /** Probes, proves the worker and the metrics; throws SmokeError after logging the details. */
    async verify() {
        try {
            return await this.check();
        }
        catch (err) {
            this.settled = true;
            const reason = err instanceof error/* SmokeError */.M ? err.message : errorText(err).split('\n')[0];
            await explainFailure(this.name, reason, this.log, this.opts.dockerHost);
            throw err instanceof error/* SmokeError */.M ? err : new error/* SmokeError */.M(reason);
        }
    }
    async check() {
        const [first, ...others] = this.opts.probes;
        const good = await this.probe(first);
        const readyMs = Date.now() - this.startedAt;
        const readyAt = performance.now();
        const probes = [{ ...first, status: good.status, ms: Math.round(good.ms) }];
        for (const probe of others)
            probes.push(await this.probeOnce(probe));
        // Both wait on the same app (its log, its metrics): side by side, the verdict comes sooner.
        const [, metrics] = await Promise.all([this.proveWorker(), this.awaitMetrics()]);
        const verdictMs = Math.round(performance.now() - readyAt);
        const appUid = await this.appUid();
        const concurrency = this.opts.concurrency && (await this.concurrencyProof());
        const stop = await this.gracefulStop();
        const result = {
            image: this.image,
            worker: this.plan.worker,
            status: good.status,
            readyMs,
            latencyMs: Math.round(good.ms),
            verdictMs,
            answers: this.answers,
            metrics,
            probes,
            appUid,
            ...(concurrency ? { concurrency } : {}),
            stop
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
    count(status) {
        this.answers++;
        this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    }
    /**
     * Probes until a good answer, while the container is watched alongside: a probe request can
     * hang (gunicorn's listening socket takes connections while its worker boots), so the watch
     * must not wait for it.
     */
    async probe(probe) {
        const done = new AbortController();
        try {
            return await Promise.race([
                this.probeApp(probe, done.signal),
                this.watchBoot(probe, done.signal)
            ]);
        }
        finally {
            done.abort();
        }
    }
    async probeApp(probe, signal) {
        let last = 'no answer yet';
        while (!signal.aborted) {
            const left = this.deadline - Date.now();
            if (left <= 0) {
                throw new error/* SmokeError */.M(`${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} did not answer with ${(0,smoke_probes/* expectedText */.GD)(probe.expect)} within ${this.opts.timeoutSec} s (last try: ${last})`);
            }
            try {
                const answer = await (0,smoke_probes/* request */.Em)(this.baseUrl + probe.path, probe.method, left, signal);
                this.count(answer.status);
                if ((0,smoke_probes/* statusOk */.jp)(answer.status, probe.expect))
                    return answer;
                last = `HTTP ${answer.status}`;
            }
            catch (err) {
                last = errorText(err);
            }
            await sleep(PROBE_EVERY_MS);
        }
        throw new Error('probe stopped'); // the race is decided already: nobody sees this
    }
    /** Once the app answers, every other probe is asked once. */
    async probeOnce(probe) {
        let answer;
        try {
            answer = await (0,smoke_probes/* request */.Em)(this.baseUrl + probe.path, probe.method, Math.max(this.deadline - Date.now(), 5000));
        }
        catch (err) {
            throw new error/* SmokeError */.M(`probe '${(0,smoke_probes/* probeText */.Qc)(probe)}' got no answer: ${errorText(err)}`);
        }
        this.count(answer.status);
        if (!(0,smoke_probes/* statusOk */.jp)(answer.status, probe.expect)) {
            throw new error/* SmokeError */.M(`probe '${(0,smoke_probes/* probeText */.Qc)(probe)}' answered ${answer.status}, expected ${(0,smoke_probes/* expectedText */.GD)(probe.expect)}`);
        }
        return { ...probe, status: answer.status, ms: Math.round(answer.ms) };
    }
    /** Throws SmokeError once the log proves the app cannot boot or the container stops. */
    async watchBoot(probe, signal) {
        const boots = new BootWatch();
        let cursor = { readAtSince: 0 };
        for (;;) {
            await sleep(STATE_EVERY_MS);
            if (signal.aborted)
                throw new Error('watch stopped'); // as above: nobody sees this
            const [state, entries] = await Promise.all([
                (0,docker/* inspectContainer */.aH)(this.name, this.opts.dockerHost),
                (0,docker/* containerLogEntries */.yv)(this.name, this.opts.dockerHost, cursor.since)
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
    catchUpDeadline() {
        return Math.max(this.deadline, Date.now() + CATCH_UP_MS);
    }
    async proveWorker() {
        const until = this.catchUpDeadline();
        for (;;) {
            const seen = workerFromLog(await (0,docker/* containerLogs */.BX)(this.name, this.opts.dockerHost));
            if (seen !== undefined) {
                if (seen !== this.plan.worker) {
                    throw new error/* SmokeError */.M(`gunicorn uses worker '${seen}', expected '${this.plan.worker}'`);
                }
                return;
            }
            if (Date.now() >= until || this.settled) {
                throw new error/* SmokeError */.M(`the container log never said which worker gunicorn uses ('Using worker: ...')`);
            }
            await sleep(METRICS_EVERY_MS);
        }
    }
    async awaitMetrics() {
        const until = this.catchUpDeadline();
        let last;
        for (;;) {
            try {
                const answer = await (0,smoke_probes/* request */.Em)(this.metricsUrl, 'GET', Math.max(until - Date.now(), 1000));
                if (answer.status !== 200) {
                    last = `HTTP ${answer.status}`;
                }
                else {
                    const metrics = parseMetrics(answer.body);
                    const counted = metrics.requests >= this.answers &&
                        Object.entries(this.byStatus).every(([s, n]) => (metrics.responseCodes[s] ?? 0) >= n);
                    if (counted)
                        return metrics;
                    last = `flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}`;
                }
            }
            catch (err) {
                last = errorText(err);
            }
            if (Date.now() >= until || this.settled) {
                throw new error/* SmokeError */.M(`the metrics endpoint (:${METRICS_PORT}/metrics) never counted the probes' ${this.answers} answer(s) with status ${Object.keys(this.byStatus).join(', ')} (last: ${last})`);
            }
            await sleep(METRICS_EVERY_MS);
        }
    }
    /** The uid of the app's processes as `docker top` sees them: root fails the smoke test. */
    async appUid() {
        const processes = await (0,docker/* containerProcesses */.vb)(this.name, this.opts.dockerHost);
        const app = processes.filter(p => /gunicorn/.test(p.command));
        const uids = [...new Set((app.length ? app : processes).map(p => p.uid))];
        if (uids.includes(0)) {
            throw new error/* SmokeError */.M(`the app runs as root (uid 0), not as _daemon_ (${DAEMON_UID}) as a flask-framework rock does`);
        }
        return uids[0] ?? -1;
    }
    async concurrencyProof() {
        const plan = this.opts.concurrency;
        const probePath = plan.path ?? this.opts.probes[0].path;
        const result = await (0,smoke_probes/* concurrentGets */.Dv)(this.baseUrl, probePath, plan.requests, Math.max(this.deadline - Date.now(), 60_000));
        if (result.errors > 0) {
            throw new error/* SmokeError */.M(`${result.errors} of ${plan.requests} concurrent GET ${probePath} failed or answered 500 or above (worker ${this.plan.worker})`);
        }
        return result;
    }
    /** `docker stop`: Pebble must stop gunicorn and exit 0 within the grace period. */
    async gracefulStop() {
        const started = performance.now();
        await (0,docker/* stopContainer */.SI)(this.name, STOP_GRACE_SEC, this.opts.dockerHost);
        const ms = Math.round(performance.now() - started);
        const state = await (0,docker/* inspectContainer */.aH)(this.name, this.opts.dockerHost);
        const exitCode = state?.exitCode ?? -1;
        if (exitCode !== 0) {
            throw new error/* SmokeError */.M(`docker stop did not end the container cleanly: exit code ${exitCode} after ${(ms / 1000).toFixed(1)} s (grace period ${STOP_GRACE_SEC} s)`);
        }
        return { ms, exitCode };
    }
    /** Removes the container and the env file; never throws (a warning says what was left). */
    close() {
        return removeSmoke(this.name, this.envDir, this.opts);
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
async function writeEnvFile(text, tempDir) {
    const dir = await (0,private_file/* privateDir */.XK)(tempDir, ENV_DIR_PREFIX);
    await (0,private_file/* writePrivateFile */.Pl)(external_node_path_.join(dir, ENV_FILE), text);
    return dir;
}
const DOCKER_ARCH = {
    x64: 'amd64',
    arm64: 'arm64',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64'
};
/** Reads the rock itself: an OCI archive for this machine's architecture, its files owned right. */
async function checkRockFile(rock) {
    let image;
    try {
        image = await rockImage(rock);
    }
    catch (err) {
        if (err instanceof error/* SmokeError */.M)
            throw err;
        throw new error/* SmokeError */.M(`${rock} is not a rock (an OCI archive): ${err.message.split('\n')[0]}`);
    }
    const here = DOCKER_ARCH[process.arch] ?? process.arch;
    if (image.architecture && image.architecture !== here) {
        throw new error/* SmokeError */.M(`${rock} is built for ${image.architecture}; this machine runs ${here}`);
    }
    const foreign = foreignOwners(image.owners);
    if (foreign.length > 0) {
        throw new error/* SmokeError */.M(`files in the rock are not owned by _daemon_ (${DAEMON_UID}), as rockcraft makes them: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`);
    }
}
/**
 * Loads the rock and starts its container. The caller must close() the returned run.
 * Throws SmokeError for a choice or rock that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
async function startSmoke(opts) {
    const log = opts.log;
    // Bad choices and values fail before anything runs.
    const known = opts.projectWorker && workerPlan(opts.worker, { worker: opts.projectWorker, switchable: true });
    const image = taggedImage(opts.image);
    const envText = envFileText(opts.env);
    if (opts.probes.length === 0)
        throw new error/* SmokeError */.M('no probe to ask the app');
    await checkRockFile(opts.rock);
    logUntrusted(log, `Loading ${opts.rock} into Docker as ${image}`);
    if (isRunImage(image))
        opts.remember?.({ smokeImage: image });
    await (0,docker/* loadRock */.kj)(opts.rock, image, opts.dockerHost);
    const plan = known ||
        workerPlan(opts.worker, workerOfLayers(await (0,docker/* readImageDir */.lK)(image, PEBBLE_LAYERS, { [SMOKE_LABEL]: 'true' }, opts.dockerHost)));
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
        const args = ['--verbose', ...plan.args];
        logUntrusted(log, `Starting ${name} from ${image} (worker ${plan.worker}: pebble enter ${args.join(' ')})`);
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
        return new SmokeRun(name, image, plan, startedAt, ports, opts, envDir);
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
/** The whole smoke test; the container and env file are removed whatever happens. */
async function smokeTest(opts) {
    let loaded;
    const remember = (left) => {
        if (left.smokeImage)
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
            await (0,docker/* removeImage */.Jj)(state.smokeImage, host);
        }
        catch (err) {
            log.warning(`Could not remove image ${state.smokeImage}: ${err.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/smoke/index.ts
// The smoke test: what the action (main, post) and `flask-rock smoke` use.








/***/ })

};

export const id = 3;
export const ids = [3];
export const modules = {

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ writeUntrusted),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   z7: () => (/* binding */ infoUntrusted)
/* harmony export */ });
/* unused harmony exports fencedLines, mayHoldCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Text that strangers wrote (project files, rockcraft.yaml, the container's own log) must never reach
// the runner as a workflow command: the runner reads any stdout line starting with `::` as one, and
// the legacy form `##[command]` anywhere in a line.
// Printing it between `::stop-commands::<token>` and `::<token>::` makes the runner ignore commands in
// it; the token is fresh and random each time, so the text cannot end the fence itself.

/** The lines to print for `text` so that no line of it is read as a workflow command. */
function fencedLines(text, token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')) {
    return [`::stop-commands::${token}`, ...text.split(/\r\n|\r|\n/), `::${token}::`];
}
/**
 * Whether the runner could read a command in `text`: a line break (the runner splits lines at
 * \r and \n), a `::` (a command starts a line after spaces; any `::` is treated as suspect, to
 * stay clear of what counts as a space) or the legacy `##[`.
 */
function mayHoldCommand(text) {
    return /[\r\n]|::|##\[/.test(text);
}
/**
 * Prints untrusted text through `write` (one call a line): on a runner, fenced whenever it could
 * hold a command (a plain line is printed as it is); elsewhere, as it is.
 */
function writeUntrusted(text, write, onRunner = process.env.GITHUB_ACTIONS === 'true') {
    const body = text.replace(/(\r\n|\r|\n)$/, ''); // a final line break ends the last line
    const lines = onRunner && mayHoldCommand(body) ? fencedLines(body) : body.split(/\r\n|\r|\n/);
    for (const line of lines)
        write(line);
}
/**
 * core.info for a message that carries text from the project or its tools. It writes stdout as
 * core.info does, without loading the actions toolkit: the CLI shares this file.
 */
function infoUntrusted(text) {
    writeUntrusted(text, line => process.stdout.write(`${line}\n`));
}
// C0 and C1 control characters (Unicode's Cc) but tab and line feed: a terminal reads ESC, CSI
// (also its one-byte form, U+009B), BEL, backspace and a lone carriage return as commands.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Text from a rock or an app as a terminal should print it: its control characters removed. */
function printable(text) {
    return text.replace(/\r\n/g, '\n').replace(CONTROL, '');
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


/***/ }),

/***/ 5365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ deployerEnv),
/* harmony export */   E9: () => (/* binding */ refuseEmptyDeployerValues),
/* harmony export */   R1: () => (/* binding */ DEPLOYER_SECRETS),
/* harmony export */   _H: () => (/* binding */ serviceStates),
/* harmony export */   d7: () => (/* binding */ extraServicesOfPlan),
/* harmony export */   sC: () => (/* binding */ servicesText),
/* harmony export */   tr: () => (/* binding */ smokeEnvironment)
/* harmony export */ });
/* unused harmony export DEPLOYER_VARIABLES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6803);
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
        FLASK_SECRET_KEY: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(64).toString('base64url')
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
        throw new _error_js__WEBPACK_IMPORTED_MODULE_2__/* .SmokeError */ .M(`${empty} is empty, which the deployer never sets it to: a missing secret gives an empty value (forks, new repositories). Leave ${empty} out (the smoke test sets ${empty === 'FLASK_SECRET_KEY' ? 'a random key' : 'the value the deployer would'}), or give it a value`);
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
        plan = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(planYaml);
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


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SmokeError)
/* harmony export */ });
/** The smoke test failed: the message is one line saying why (details were logged before). */
class SmokeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SmokeError';
    }
}


/***/ }),

/***/ 7294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ concurrentGets),
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   GD: () => (/* binding */ expectedText),
/* harmony export */   Qc: () => (/* binding */ probeText),
/* harmony export */   Ru: () => (/* binding */ BodyError),
/* harmony export */   ao: () => (/* binding */ bodyProblem),
/* harmony export */   f4: () => (/* binding */ parseProbes),
/* harmony export */   jp: () => (/* binding */ statusOk),
/* harmony export */   kG: () => (/* binding */ bodyExcerpt),
/* harmony export */   nY: () => (/* binding */ parseConcurrency),
/* harmony export */   u5: () => (/* binding */ parseProbe)
/* harmony export */ });
/* unused harmony exports BODY_KEEP_BYTES, BODY_READ_LIMIT, percentile */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6803);
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
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown} is not '${PROBE_SYNTAX}' (e.g. 'GET /health =200 ~ok')`);
    }
    const method = m[1] ?? 'GET';
    if (!METHODS.includes(method)) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: method must be one of ${METHODS.join(', ')}`);
    }
    if (m[2].length > 2048 || BAD_PATH.test(m[2])) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: the path is too long or has control characters`);
    }
    const expect = m[3] === undefined ? undefined : Number(m[3]);
    if (expect !== undefined && (expect < 100 || expect > 599)) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: the status must be between 100 and 599`);
    }
    const contains = m[4]?.trim();
    if (contains !== undefined && (contains.length > CONTAINS_MAX || BAD_TEXT.test(contains))) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: the ~TEXT is longer than ${CONTAINS_MAX} characters or has control characters`);
    }
    if (method === 'HEAD' && contains !== undefined) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: a HEAD answer has no body to look for ~TEXT in`);
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
        const req = node_http__WEBPACK_IMPORTED_MODULE_0__.request(url, { method, agent: false, signal }, res => {
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
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`concurrency ${JSON.stringify(text.trim())} is not 'N' or 'N PATH' with N from 0 to 1000`);
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


/***/ })

};

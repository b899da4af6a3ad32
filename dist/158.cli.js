export const id = 158;
export const ids = [158];
export const modules = {

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

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ rock_limits/* DEFAULT_LIMITS */.dR),
  OL: () => (/* reexport */ error/* RockError */.O),
  RF: () => (/* reexport */ TarReader),
  ue: () => (/* reexport */ readRock),
  tU: () => (/* reexport */ readRockOnce)
});

// UNUSED EXPORTS: GO_PROGRAMS, KEEP_BYTES

// EXTERNAL MODULE: ./src/rock/error.ts
var error = __webpack_require__(8331);
// EXTERNAL MODULE: ./src/rock/limits.ts
var rock_limits = __webpack_require__(8493);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

;// CONCATENATED MODULE: ./src/rock/tar.ts

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
function tar_text(b) {
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
        const digits = tar_text(b).replace(/^[ ]+|[ \0]+$/g, '');
        if (digits !== '' && !/^[0-7]+$/.test(digits)) {
            throw new error/* RockError */.O(`a tar header's ${what} is not a number`);
        }
        value = digits === '' ? 0 : parseInt(digits, 8);
    }
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new error/* RockError */.O(`a tar header's ${what} is not a number`);
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
    const stored = tar_text(block.subarray(148, 156)).trim();
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
            throw new error/* RockError */.O('a tar pax header is malformed');
        }
        const record = body.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new error/* RockError */.O('a tar pax header is malformed');
        const key = record.slice(0, eq);
        const value = record.slice(eq + 1);
        if (key.includes('\0') || (NUL_FREE.has(key) && value.includes('\0'))) {
            throw new error/* RockError */.O('a tar pax header is malformed');
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
                throw new error/* RockError */.O('a tar archive ends after an extended header, before its entry');
            }
            if (this.state === 'zero') {
                this.state = 'ended';
                return { kind: 'end' };
            }
            this.state = 'zero';
            return { kind: 'zero' };
        }
        if (this.state === 'zero') {
            throw new error/* RockError */.O('a tar archive has a lone zero block before an entry');
        }
        if (!isTarHeader(block))
            throw new error/* RockError */.O('a tar header is damaged (bad checksum)');
        this.entries++;
        const flag = String.fromCharCode(block[156]);
        const declared = number(block.subarray(124, 136), 'size');
        const meta = META[flag];
        if (meta) {
            if (declared > META_MAX) {
                throw new error/* RockError */.O(`a tar extended header claims ${declared} bytes (at most ${META_MAX} are read)`);
            }
            const twice = (meta === 'pax' && this.pax) ||
                (meta === 'longname' && this.longName !== undefined) ||
                (meta === 'longlink' && this.longLink !== undefined);
            if (twice)
                throw new error/* RockError */.O('a tar entry has two extended headers of one kind');
            return { kind: 'meta', meta, size: declared };
        }
        const pax = this.pax ?? new Map();
        const paxNumber = (key) => {
            const value = pax.get(key);
            if (value === undefined)
                return undefined;
            if (!/^[0-9]{1,15}$/.test(value))
                throw new error/* RockError */.O(`a tar pax header has a bad ${key}`);
            return Number(value);
        };
        if (pax.has('path') && this.longName !== undefined) {
            throw new error/* RockError */.O('a tar entry is named twice (a pax path and a GNU long name)');
        }
        const type = TYPES[flag] ?? 'other';
        const size = paxNumber('size') ?? declared;
        const ustar = block.toString('latin1', 257, 263) === 'ustar\0';
        const prefix = ustar ? tar_text(block.subarray(345, 500)) : '';
        const name = tar_text(block.subarray(0, 100));
        const header = {
            path: pax.get('path') ?? this.longName ?? (prefix ? `${prefix}/${name}` : name),
            type,
            flag,
            uid: paxNumber('uid') ?? number(block.subarray(108, 116), 'uid'),
            mode: number(block.subarray(100, 108), 'mode'),
            // Links, directories, devices and FIFOs carry no data whatever their size says (as in Go).
            size: type === 'file' || type === 'other' ? size : 0,
            declaredSize: size,
            linkname: pax.get('linkpath') ?? this.longLink ?? tar_text(block.subarray(157, 257)),
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
            this.longName = tar_text(body);
        else
            this.longLink = tar_text(body);
    }
    /** Throws when the archive stopped inside an entry's headers. */
    finish() {
        if (this.pax || this.longName !== undefined || this.longLink !== undefined) {
            throw new error/* RockError */.O('a tar archive ends after an extended header, before its entry');
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
                        throw new error/* RockError */.O(AFTER_END);
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
            throw new error/* RockError */.O('a tar archive ends in the middle of an entry');
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
        throw new error/* RockError */.O('a tar archive ends in the middle of an entry');
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
                    throw new error/* RockError */.O(AFTER_END);
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
    throw new error/* RockError */.O('a tar archive ends before its end-of-archive marker');
}

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
        this.tar = new TarReader(header => this.entry(header));
    }
    entry(header) {
        const cleaned = goClean(header.path);
        if (this.seen.has(cleaned)) {
            throw new error/* RockError */.O('a layer names one path twice, which Docker refuses to load (duplicates of file paths not supported)');
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    if (head.length >= 512 && (isTarHeader(head) || head.subarray(0, 512).every(b => b === 0))) {
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
            throw new error/* RockError */.O('it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)');
        }
        const name = match[1].replace(/\/$/, '');
        const shown = name.startsWith('blobs/sha256/')
            ? `blob ${read_short(`sha256:${name.slice(13)}`)}`
            : name;
        if (byName.has(name))
            throw new error/* RockError */.O(`${shown} is in the archive twice`);
        const dir = name === '.' || name === 'blobs' || name === 'blobs/sha256';
        if (dir && h.type !== 'dir') {
            throw new error/* RockError */.O(`${name}/ is ${TYPE_TEXT[h.type]}, not a directory`);
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
        throw new error/* RockError */.O(`${what} is not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new error/* RockError */.O(`${what} is not a JSON object`);
    }
    return value;
}
function descriptor(value, where) {
    const d = value;
    if (typeof d !== 'object' || d === null || typeof d.digest !== 'string') {
        throw new error/* RockError */.O(`${where} has a descriptor without a digest`);
    }
    if (!DIGEST.test(d.digest)) {
        // The digest is the archive's text: not echoed.
        throw new error/* RockError */.O(`${where} names a digest that is not sha256: and 64 lower-case hex digits`);
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
        throw new error/* RockError */.O(code === 'ENOENT' ? 'no such file' : (code ?? 'cannot open it'));
    }
    const stat = await handle.stat();
    if (!stat.isFile()) {
        await handle.close();
        throw new error/* RockError */.O('not a regular file');
    }
    return handle;
}
/**
 * Reads the rock once, within the limits. Throws RockError ("cannot read <rock>: <why>") for
 * anything it will not read; the message never quotes the archive's content.
 */
async function readRock(rock, limits = rock_limits/* DEFAULT_LIMITS */.dR, copy, shared) {
    try {
        return await readArchive(rock, limits, copy, shared);
    }
    catch (err) {
        if (err instanceof error/* RockError */.O)
            throw new error/* RockError */.O(`cannot read ${rock}: ${err.message}`);
        // Anything else (an I/O error) is said by its code only.
        const code = err.code;
        throw new error/* RockError */.O(`cannot read ${rock}: ${code ?? 'the read failed'}`);
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
            throw new error/* RockError */.O('a tar archive ends in the middle of an entry');
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
            throw new error/* RockError */.O('a tar archive ends in the middle of an entry');
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
        throw new error/* RockError */.O(`${name} is zstd-compressed and this Node has no zstd decompressor (Node 22.15 or later has)`);
    }
    throw new error/* RockError */.O(format === 'unknown' || format === 'json'
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
                if (err instanceof error/* RockError */.O)
                    throw err;
                throw new error/* RockError */.O('a layer is not valid compressed data');
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
                throw new error/* RockError */.O('a tar archive ends in the middle of an entry');
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
                throw new error/* RockError */.O(`a gzip layer has ${after} bytes after its last member, which Go's gzip reader (skopeo's, Docker's) refuses`);
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
    const budget = new rock_limits/* ReadBudget */.QT(limits);
    const handle = await openRock(rock);
    let timer;
    try {
        // The deadline holds even while a step waits (nothing should, but a rock is hostile).
        const expired = new Promise((_, reject) => {
            timer = setTimeout(() => {
                try {
                    budget.checkTime();
                    reject(new error/* RockError */.O('the read took longer than its deadline'));
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
        throw new error/* RockError */.O(format === 'unknown' || format === 'json'
            ? 'not an OCI archive (a tar)'
            : `compressed with ${format}; a rock is a plain tar (OCI archive)`);
    }
    let listed = 0;
    const outer = outerEntries(await listTar(handle, {
        check: () => budget.checkTime(),
        // Entries, not blocks read (check() also runs for the end marker and meta headers).
        onEntry: () => {
            if (++listed > OUTER_MAX)
                throw new error/* RockError */.O(`it holds more than ${OUTER_MAX} entries`);
        }
    }));
    const indexEntry = outer.get('index.json');
    if (!indexEntry)
        throw new error/* RockError */.O('no index.json: not an OCI archive');
    if (indexEntry.type !== 'file') {
        throw new error/* RockError */.O(`index.json is ${TYPE_TEXT[indexEntry.type]}, not a regular file`);
    }
    /** The named blob's entry: there, and a regular file. */
    const blobEntry = (d, what) => {
        const name = `${what} ${read_short(d.digest)}`;
        const entry = outer.get(`blobs/sha256/${d.digest.slice(7)}`);
        if (!entry)
            throw new error/* RockError */.O(`${name} is not in the archive`);
        if (entry.type !== 'file') {
            throw new error/* RockError */.O(`${name} is ${TYPE_TEXT[entry.type]} in the archive, not a regular file`);
        }
        return entry;
    };
    const json = async (entry, what, digest) => {
        if (entry.size > JSON_MAX)
            throw new error/* RockError */.O(`${what} is larger than ${(0,rock_limits/* sizeText */.lP)(JSON_MAX)}`);
        budget.keep(entry.size);
        const data = await readExactly(handle, entry);
        if (digest && `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}` !== digest) {
            throw new error/* RockError */.O(`${what} does not match its digest`);
        }
        return data;
    };
    const blobJson = async (d, what) => {
        const name = `${what} ${read_short(d.digest)}`;
        const data = await json(blobEntry(d, what), name, d.digest);
        if (sniff(data) !== 'json')
            throw new error/* RockError */.O(`${name} is not JSON`);
        return parseJson(data, name);
    };
    const manifestsOf = (doc, where) => {
        if (!Array.isArray(doc.manifests) || doc.manifests.length === 0) {
            throw new error/* RockError */.O(`${where} lists no image`);
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
            throw new error/* RockError */.O(`its indexes name each other (or nest deeper than ${INDEX_DEPTH})`);
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
        throw new error/* RockError */.O(`${manifestName} lists no layers`);
    const layerDescs = manifest.layers.map(l => descriptor(l, manifestName));
    const configDesc = descriptor(manifest.config, manifestName);
    const configName = `config ${read_short(configDesc.digest)}`;
    const configEntry = blobEntry(configDesc, 'config');
    const configData = await json(configEntry, configName, configDesc.digest);
    if (sniff(configData) !== 'json')
        throw new error/* RockError */.O(`${configName} is not JSON`);
    const config = parseJson(configData, configName);
    const rootfs = config.rootfs;
    const diffIds = rootfs?.diff_ids;
    if (!Array.isArray(diffIds) ||
        diffIds.length !== layerDescs.length ||
        !diffIds.every(d => typeof d === 'string' && DIGEST.test(d))) {
        throw new error/* RockError */.O(`${configName} does not list one sha256 diff_id for each of the manifest's ${layerDescs.length} layers`);
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
                throw new error/* RockError */.O(`${name} does not match its digest`);
            }
            read = theirs;
            done.set(hex, read);
        }
        if (!read) {
            const streaming = readLayer(handle, entry, name, budget, copy, hex).then(streamed => {
                if (streamed.digest !== layerDesc.digest) {
                    throw new error/* RockError */.O(`${name} does not match its digest`);
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
            throw new error/* RockError */.O(`${name} does not match the config's diff_id for layer ${i + 1} (${read_short(diffIds[i])})`);
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
            done = readRock(rock, rock_limits/* DEFAULT_LIMITS */.dR, copy);
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







/***/ }),

/***/ 8493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ ReadBudget),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   lP: () => (/* binding */ sizeText)
/* harmony export */ });
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8331);
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
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`the read took longer than ${Math.round(this.limits.deadlineMs / 1000)} s`);
        }
    }
    msLeft() {
        return Math.max(this.until - Date.now(), 0);
    }
    /** Counts bytes kept in memory; throws beyond the memory bound. */
    keep(bytes) {
        this.kept += bytes;
        if (this.kept > this.limits.memoryBytes) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`the read would keep more than ${sizeText(this.limits.memoryBytes)} in memory`);
        }
    }
    release(bytes) {
        this.kept -= bytes;
    }
    /** Counts bytes a layer's decompressor gave; throws beyond the bound. */
    unpack(bytes) {
        this.unpacked += bytes;
        if (this.unpacked > this.limits.unpackedBytes) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_0__/* .RockError */ .O(`its layers unpack to more than ${sizeText(this.limits.unpackedBytes)}`);
        }
    }
}


/***/ })

};

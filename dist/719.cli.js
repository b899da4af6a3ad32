export const id = 719;
export const ids = [719];
export const modules = {

/***/ 7719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OL: () => (/* reexport */ RockError),
  tU: () => (/* reexport */ readRockOnce)
});

// UNUSED EXPORTS: DEFAULT_LIMITS, GO_PROGRAMS, KEEP_BYTES, readRock

;// CONCATENATED MODULE: ./src/rock/error.ts
/** A rock that cannot be read, or should not be: the message is one line and never quotes the file. */
class RockError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RockError';
    }
}

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
            throw new RockError(`the read took longer than ${Math.round(this.limits.deadlineMs / 1000)} s`);
        }
    }
    msLeft() {
        return Math.max(this.until - Date.now(), 0);
    }
    /** Counts bytes kept in memory; throws beyond the memory bound. */
    keep(bytes) {
        this.kept += bytes;
        if (this.kept > this.limits.memoryBytes) {
            throw new RockError(`the read would keep more than ${sizeText(this.limits.memoryBytes)} in memory`);
        }
    }
    release(bytes) {
        this.kept -= bytes;
    }
    /** Counts bytes a layer's decompressor gave; throws beyond the bound. */
    unpack(bytes) {
        this.unpacked += bytes;
        if (this.unpacked > this.limits.unpackedBytes) {
            throw new RockError(`its layers unpack to more than ${sizeText(this.limits.unpackedBytes)}`);
        }
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/rock/tar.ts
// A streaming tar reader (ustar, pax, GNU long names): headers are parsed as the bytes arrive and
// each entry's data goes to a sink the caller picks, or nowhere. Nothing is written to disk, and
// only an extended header's body is ever held whole: one beyond META_MAX is refused, whatever size
// its header claims.

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
function number(b) {
    let value;
    if (b[0] & 0x80) {
        value = b[0] & 0x7f;
        for (let i = 1; i < b.length; i++)
            value = value * 256 + b[i];
    }
    else {
        const digits = tar_text(b).trim();
        value = digits === '' ? 0 : parseInt(digits, 8);
    }
    if (!Number.isSafeInteger(value) || value < 0)
        throw new RockError('a tar header has a bad number');
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
    const stored = parseInt(tar_text(block.subarray(148, 156)).trim(), 8);
    return stored === sum;
}
/** key=value records of a pax extended header ("<length> <key>=<value>\n"). */
function paxRecords(body) {
    const records = new Map();
    let pos = 0;
    while (pos < body.length) {
        const space = body.indexOf(0x20, pos);
        if (space < 0 || space - pos > 20)
            break;
        const length = Number(body.toString('latin1', pos, space));
        if (!Number.isInteger(length) || length <= space - pos || pos + length > body.length)
            break;
        const record = body.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            records.set(record.slice(0, eq), record.slice(eq + 1));
        pos += length;
    }
    return records;
}
const pad = (size) => (BLOCK - (size % BLOCK)) % BLOCK;
/**
 * Feed it the archive's bytes in order (write), then end(). onEntry sees every entry's header and
 * returns a sink for its data, or undefined to skip it.
 */
class TarReader {
    onEntry;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    /** Data bytes of the current entry still to come, then its padding. */
    dataLeft = 0;
    padLeft = 0;
    sink;
    meta;
    next = {};
    /** Archive bytes before the chunk being written. */
    taken = 0;
    entries = 0;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    async write(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
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
        if (this.dataLeft > 0 || this.headerFill > 0 || this.meta) {
            throw new RockError('a tar archive ends in the middle of an entry');
        }
        if (this.sink)
            await this.finishData();
    }
    async finishData() {
        if (this.meta) {
            this.takeMeta(this.meta.kind, this.meta.body);
            this.meta = undefined;
        }
        else if (this.sink) {
            const sink = this.sink;
            this.sink = undefined;
            await sink.end();
        }
    }
    takeMeta(kind, body) {
        if (kind === 'pax') {
            const pax = paxRecords(body);
            const p = pax.get('path');
            if (p !== undefined)
                this.next.path = p;
            const uid = pax.get('uid');
            if (uid !== undefined && /^\d{1,15}$/.test(uid))
                this.next.uid = Number(uid);
            const size = pax.get('size');
            if (size !== undefined) {
                if (!/^\d{1,15}$/.test(size))
                    throw new RockError('a pax header has a bad size');
                this.next.size = Number(size);
            }
        }
        else if (kind === 'longname') {
            this.next.path = tar_text(body);
        }
    }
    /** `offset`: where the bytes after this header begin in the archive. */
    async readHeader(offset) {
        const block = this.header;
        if (block.equals(ZERO_BLOCK))
            return;
        if (!isTarHeader(block))
            throw new RockError('a tar header is damaged (bad checksum)');
        this.entries++;
        const flag = String.fromCharCode(block[156]);
        let size = number(block.subarray(124, 136));
        const meta = flag === 'x'
            ? 'pax'
            : flag === 'g'
                ? 'global'
                : flag === 'L'
                    ? 'longname'
                    : flag === 'K'
                        ? 'longlink'
                        : undefined;
        if (meta) {
            if (size > META_MAX) {
                throw new RockError(`a tar extended header claims ${size} bytes (at most ${META_MAX} are read)`);
            }
            this.meta = { kind: meta, body: Buffer.alloc(size), fill: 0 };
            this.dataLeft = size;
            this.padLeft = pad(size);
            if (size === 0) {
                this.meta = undefined;
            }
            return;
        }
        const type = TYPES[flag] ?? 'other';
        if (this.next.size !== undefined)
            size = this.next.size;
        const prefix = tar_text(block.subarray(345, 500));
        const name = tar_text(block.subarray(0, 100));
        const header = {
            path: this.next.path ?? (prefix ? `${prefix}/${name}` : name),
            type,
            uid: this.next.uid ?? number(block.subarray(108, 116)),
            mode: number(block.subarray(100, 108)),
            // Links, directories and devices carry no data whatever their size field says.
            size: type === 'file' || type === 'other' ? size : 0,
            offset
        };
        this.next = {};
        this.sink = this.onEntry(header);
        this.dataLeft = header.size;
        this.padLeft = pad(header.size);
        if (header.size === 0)
            await this.finishData();
    }
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
/** A layer path as a key: no leading './' or '/', no trailing '/'. */
function normalPath(p) {
    return p.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
}
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
 * offset (the .go.buildinfo section's alignment); keeps KEEP_BYTES from there on.
 */
class GoSink {
    program;
    budget;
    done;
    offset = 0;
    tail = Buffer.alloc(0);
    elf;
    found;
    kept = 0;
    size = 0;
    constructor(program, budget, done) {
        this.program = program;
        this.budget = budget;
        this.done = done;
    }
    data(chunk) {
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
        if (this.found) {
            this.done({
                kind: 'go-binary',
                data: Buffer.concat(this.found),
                size: this.size,
                truncated: false,
                goBuildInfo: true
            });
        }
        else if (this.program) {
            this.done({
                kind: 'go-binary',
                data: Buffer.alloc(0),
                size: this.size,
                truncated: false,
                goBuildInfo: false
            });
        }
        else {
            this.done(null);
        }
    }
}
// What keeping one owner record costs, roughly: the key's characters and the map's entry.
const OWNER_COST = 64;
/** Reads one layer's tar stream; feed it with tar.write()/tar.end(), then take layer. */
class LayerReader {
    budget;
    layer = { owners: new Map(), files: new Map(), whiteouts: [], opaque: [] };
    tar;
    constructor(budget) {
        this.budget = budget;
        this.tar = new TarReader(header => this.entry(header));
    }
    entry(header) {
        const p = normalPath(header.path);
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
        const kind = fileKind(p);
        const program = GO_PROGRAMS.includes(base);
        if (header.type !== 'file') {
            if (kind || program)
                files.set(p, null);
            return undefined;
        }
        if (kind)
            return new KeepSink(kind, this.budget, file => void files.set(p, file));
        if (header.mode & 0o111) {
            return new GoSink(program, this.budget, file => {
                // Only a path that is, or was, a Go program needs a record.
                if (file || files.has(p))
                    files.set(p, file);
                else if (program)
                    files.set(p, null);
            });
        }
        if (program)
            files.set(p, null);
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
    for (const [p, uid] of layer.owners)
        image.owners.set(p, uid);
    for (const [p, file] of layer.files) {
        if (file)
            image.files.set(p, file);
        else
            image.files.delete(p);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/rock/read.ts
// Reads a rock (an OCI archive: a plain tar of index.json and blobs/sha256/<hex>) in one pass, as
// the untrusted archive it is: nothing is unpacked to disk and no path inside it is ever opened.
// skopeo writes the blobs before index.json, so every blob is read as what its first bytes say
// (JSON kept, layers read as they stream by) and the image is put together once index.json is in:
// digests must be sha256 and 64 lower-case hex, only regular entries count, an index may not name
// itself, and one deadline and one memory bound hold for the whole read.







const DIGEST = /^sha256:[0-9a-f]{64}$/;
const HEX64 = /^[0-9a-f]{64}$/;
/** index.json, manifests and configs: kilobytes in practice. */
const JSON_MAX = 4 * 1024 * 1024;
/** Indexes inside indexes: more than this is a loop or an attack. */
const INDEX_DEPTH = 4;
/** Decompressor output chunks: fewer, larger steps through the tar reader (measured ~1.7x faster). */
const CHUNK = 256 * 1024;
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
/** Keeps a JSON blob (up to JSON_MAX; a bigger one is remembered as too big). */
class JsonSink {
    budget;
    done;
    chunks = [];
    size = 0;
    constructor(budget, done) {
        this.budget = budget;
        this.done = done;
    }
    data(chunk) {
        this.size += chunk.length;
        if (this.size > JSON_MAX)
            return;
        this.budget.keep(chunk.length);
        this.chunks.push(Buffer.from(chunk));
    }
    end() {
        this.done(this.size > JSON_MAX ? undefined : Buffer.concat(this.chunks));
    }
}
/** A layer blob: decompressed (bounded) into a LayerReader as it streams by. */
class LayerSink {
    budget;
    decompressor;
    done;
    copy;
    reader;
    consumer;
    /** `copy` gets the layer's tar as the reader does (decompressed). */
    constructor(budget, decompressor, done, open, copy) {
        this.budget = budget;
        this.decompressor = decompressor;
        this.done = done;
        this.copy = copy;
        const reader = new LayerReader(budget);
        this.reader = reader;
        if (decompressor) {
            open.add(decompressor);
            this.consumer = (async () => {
                try {
                    for await (const out of decompressor) {
                        budget.unpack(out.length);
                        budget.checkTime();
                        await reader.tar.write(out);
                        await copy?.data(out);
                    }
                }
                catch (err) {
                    if (err instanceof RockError)
                        throw err;
                    throw new RockError('a layer is not valid compressed data');
                }
                finally {
                    open.delete(decompressor);
                }
            })();
            // Seen by write() or end(); never left unhandled.
            this.consumer.catch(() => undefined);
        }
    }
    async data(chunk) {
        if (!this.decompressor) {
            this.budget.unpack(chunk.length);
            await this.reader.tar.write(chunk);
            await this.copy?.data(chunk);
            return;
        }
        if (!this.decompressor.write(chunk)) {
            await Promise.race([
                new Promise(resolve => this.decompressor.once('drain', resolve)),
                this.consumer
            ]);
        }
    }
    async end() {
        if (this.decompressor) {
            this.decompressor.end();
            await this.consumer;
        }
        await this.reader.tar.end();
        await this.copy?.end();
        this.done(this.reader.layer);
    }
}
/** Both sinks get every chunk: the read's, then the copy's. */
function tee(sink, copy) {
    if (!copy)
        return sink;
    return {
        data: async (chunk) => {
            await sink.data(chunk);
            await copy.data(chunk);
        },
        end: async () => {
            await sink.end();
            await copy.end();
        }
    };
}
/** Holds an entry's first 512 bytes to decide what it is, then hands everything to that sink. */
class SniffSink {
    decide;
    head = Buffer.alloc(0);
    sink;
    constructor(decide) {
        this.decide = decide;
    }
    async data(chunk) {
        if (this.sink)
            return this.sink.data(chunk);
        this.head = Buffer.concat([this.head, chunk]);
        if (this.head.length >= 512)
            await this.start();
    }
    async start() {
        const head = this.head;
        this.sink = (await this.decide(sniff(head))) ?? { data: () => undefined, end: () => undefined };
        if (head.length > 0)
            await this.sink.data(head);
    }
    async end() {
        if (!this.sink)
            await this.start();
        await this.sink.end();
    }
}
function parseJson(data, what) {
    let value;
    try {
        value = JSON.parse(data.toString('utf8'));
    }
    catch {
        // JSON.parse's message quotes the text: never shown.
        throw new RockError(`${what} is not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new RockError(`${what} is not a JSON object`);
    }
    return value;
}
function descriptor(value, where) {
    const d = value;
    if (typeof d !== 'object' || d === null || typeof d.digest !== 'string') {
        throw new RockError(`${where} has a descriptor without a digest`);
    }
    if (!DIGEST.test(d.digest)) {
        // The digest is the archive's text: not echoed.
        throw new RockError(`${where} names a digest that is not sha256: and 64 lower-case hex digits`);
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
/** Puts the image together from the blobs read. */
function assemble(indexJson, blobs) {
    const blobJson = (d, what) => {
        const name = `${what} ${read_short(d.digest)}`;
        const blob = blobs.get(d.digest.slice(7));
        if (!blob)
            throw new RockError(`${name} is not in the archive`);
        if (blob.kind === 'not-regular') {
            throw new RockError(`${name} is ${TYPE_TEXT[blob.type]} in the archive, not a regular file`);
        }
        if (blob.kind !== 'json')
            throw new RockError(`${name} is not JSON`);
        if (!blob.data)
            throw new RockError(`${name} is larger than ${sizeText(JSON_MAX)}`);
        return parseJson(blob.data, name);
    };
    const manifestsOf = (doc, where) => {
        if (!Array.isArray(doc.manifests) || doc.manifests.length === 0) {
            throw new RockError(`${where} lists no image`);
        }
        return doc.manifests.map(m => descriptor(m, where));
    };
    const index = parseJson(indexJson, 'index.json');
    const annotations = {};
    let desc = manifestsOf(index, 'index.json')[0];
    const seen = new Set();
    // A multi-platform index: the first image for linux.
    while (desc.mediaType?.endsWith('image.index.v1+json')) {
        if (seen.has(desc.digest) || seen.size >= INDEX_DEPTH) {
            throw new RockError(`its indexes name each other (or nest deeper than ${INDEX_DEPTH})`);
        }
        seen.add(desc.digest);
        const where = `index ${read_short(desc.digest)}`;
        const inner = manifestsOf(blobJson(desc, 'index'), where);
        desc = inner.find(m => (m.platform?.os ?? 'linux') === 'linux') ?? inner[0];
    }
    Object.assign(annotations, strings(desc.annotations));
    const manifest = blobJson(desc, 'manifest');
    Object.assign(annotations, strings(manifest.annotations));
    if (!Array.isArray(manifest.layers)) {
        throw new RockError(`manifest ${read_short(desc.digest)} lists no layers`);
    }
    const config = blobJson(descriptor(manifest.config, `manifest ${read_short(desc.digest)}`), 'config');
    const image = { owners: new Map(), files: new Map() };
    for (const value of manifest.layers) {
        const layer = descriptor(value, `manifest ${read_short(desc.digest)}`);
        const blob = blobs.get(layer.digest.slice(7));
        const name = `layer ${read_short(layer.digest)}`;
        if (!blob)
            throw new RockError(`${name} is not in the archive`);
        if (blob.kind === 'not-regular') {
            throw new RockError(`${name} is ${TYPE_TEXT[blob.type]} in the archive, not a regular file`);
        }
        if (blob.kind === 'other') {
            throw new RockError(blob.format === 'zstd'
                ? `${name} is zstd-compressed and this Node has no zstd decompressor (Node 22.15 or later has)`
                : `${name} is ${blob.format === 'unknown' ? 'not a tar archive' : `compressed with ${blob.format}, which OCI layers are not`}`);
        }
        if (blob.kind !== 'layer')
            throw new RockError(`${name} is not a tar archive`);
        applyLayer(image, blob.layer);
    }
    const imageConfig = config.config;
    return {
        digest: desc.digest,
        architecture: typeof config.architecture === 'string' ? config.architecture : undefined,
        os: typeof config.os === 'string' ? config.os : undefined,
        annotations,
        labels: strings(imageConfig?.Labels),
        layers: manifest.layers.length,
        owners: image.owners,
        files: image.files,
        blobs: {
            config: manifest.config.digest.slice(7),
            layers: manifest.layers.map(l => l.digest.slice(7))
        }
    };
}
/** Opens the rock itself: it must be a regular file (a FIFO or a device never blocks the read). */
async function openRock(rock) {
    let handle;
    try {
        handle = await promises_.open(rock, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        throw new RockError(code === 'ENOENT' ? 'no such file' : (code ?? 'cannot open it'));
    }
    const stat = await handle.stat();
    if (!stat.isFile()) {
        await handle.close();
        throw new RockError('not a regular file');
    }
    return handle;
}
/**
 * Reads the rock once, within the limits. Throws RockError ("cannot read <rock>: <why>") for
 * anything it will not read; the message never quotes the archive's content.
 */
async function readRock(rock, limits = DEFAULT_LIMITS, copy) {
    try {
        return await readArchive(rock, limits, copy);
    }
    catch (err) {
        if (err instanceof RockError)
            throw new RockError(`cannot read ${rock}: ${err.message}`);
        // Anything else (an I/O error) is said by its code only.
        const code = err.code;
        throw new RockError(`cannot read ${rock}: ${code ?? 'the read failed'}`);
    }
}
/** A gzip member's trailer: its decompressed size (mod 2^32), or undefined if it has none. */
async function gzipSize(handle, offset, size) {
    // 10 bytes of header, 8 of trailer: anything shorter is no gzip member.
    if (size < 18)
        return undefined;
    const trailer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(trailer, 0, 4, offset + size - 4);
    return bytesRead === 4 ? trailer.readUInt32LE(0) : undefined;
}
async function readArchive(rock, limits, copy) {
    const budget = new ReadBudget(limits);
    const handle = await openRock(rock);
    const open = new Set();
    let stream;
    let timer;
    try {
        const blobs = new Map();
        let indexJson;
        let indexType;
        const outer = new TarReader(header => {
            budget.checkTime();
            const p = header.path.replace(/^(\.\/)+/, '');
            if (p === 'index.json') {
                indexType = header.type;
                if (header.type !== 'file')
                    return undefined;
                return new JsonSink(budget, data => void (indexJson = data ?? Buffer.alloc(0)));
            }
            const hex = /^blobs\/sha256\/([^/]+)$/.exec(p)?.[1];
            // Other names are never looked up: digests are checked before use.
            if (!hex || !HEX64.test(hex))
                return undefined;
            if (header.type !== 'file') {
                blobs.set(hex, { kind: 'not-regular', type: header.type });
                return undefined;
            }
            const raw = () => copy?.blob(hex, 'raw', header.size);
            return new SniffSink(async (format) => {
                if (format === 'json') {
                    const json = new JsonSink(budget, data => void blobs.set(hex, { kind: 'json', data }));
                    return tee(json, raw());
                }
                const layerDone = (layer) => void blobs.set(hex, { kind: 'layer', layer });
                if (format === 'tar') {
                    const tar = copy?.blob(hex, 'tar', header.size);
                    return new LayerSink(budget, undefined, layerDone, open, tar);
                }
                if (format === 'gzip') {
                    // The copy gets the layer decompressed, as the read decompresses it anyway; its size is
                    // the trailer's word, which the copy holds the bytes to.
                    const size = copy && (await gzipSize(handle, header.offset, header.size));
                    const gunzip = external_node_zlib_.createGunzip({ chunkSize: CHUNK });
                    // No trailer to size it by: the copy gets the blob as stored.
                    if (size === undefined)
                        return tee(new LayerSink(budget, gunzip, layerDone, open), raw());
                    return new LayerSink(budget, gunzip, layerDone, open, copy?.blob(hex, 'tar', size));
                }
                const zstd = format === 'zstd' ? zstdDecompressor() : undefined;
                if (zstd)
                    return tee(new LayerSink(budget, zstd, layerDone, open), raw());
                blobs.set(hex, { kind: 'other', format });
                return undefined;
            });
        });
        stream = handle.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false });
        // The deadline holds even while a step waits (nothing should, but a rock is hostile).
        const expired = new Promise((_, reject) => {
            timer = setTimeout(() => {
                try {
                    budget.checkTime();
                    reject(new RockError('the read took longer than its deadline'));
                }
                catch (err) {
                    reject(err);
                }
            }, budget.msLeft() + 50);
        });
        expired.catch(() => undefined);
        const read = (async () => {
            let first = true;
            for await (const chunk of stream) {
                budget.checkTime();
                if (first) {
                    first = false;
                    const format = sniff(chunk.subarray(0, 512));
                    if (format !== 'tar') {
                        throw new RockError(format === 'unknown' || format === 'json'
                            ? 'not an OCI archive (a tar)'
                            : `compressed with ${format}; a rock is a plain tar (OCI archive)`);
                    }
                }
                await outer.write(chunk);
            }
            await outer.end();
        })();
        read.catch(() => undefined);
        await Promise.race([read, expired]);
        if (indexType !== undefined && indexType !== 'file') {
            throw new RockError(`index.json is ${TYPE_TEXT[indexType]}, not a regular file`);
        }
        if (!indexJson)
            throw new RockError('no index.json: not an OCI archive');
        return { rock, ...assemble(indexJson, blobs) };
    }
    finally {
        clearTimeout(timer);
        for (const d of open)
            d.destroy();
        stream?.destroy();
        await handle.close().catch(() => undefined);
    }
}
// One read per rock file and process: the smoke test's owner check (and load) and the SBOM share
// it. Finished reads by path, size and modification time; reads under way by path, taken at once
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






/***/ })

};

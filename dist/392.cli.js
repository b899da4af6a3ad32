export const id = 392;
export const ids = [392];
export const modules = {

/***/ 8392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFix: () => (/* binding */ writeFix)
/* harmony export */ });
/* unused harmony export fixPrime */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8815);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3162);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7235);
// `flask-rock check --fix`: writes the install-app prime list the boot prediction asks for into
// rockcraft.yaml. The file is edited as text at the places the yaml library's document locates:
// a round trip through the library would keep the comments but move some of them (it re-indents
// a comment under a key with no value), and the user's file should change only where it must.







function yamlText(entry) {
    return /^[A-Za-z0-9_][\w./-]*$/.test(entry) ? entry : JSON.stringify(entry);
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset just past the line holding offset (after its newline, or the text's end). */
function nextLine(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
}
function column(text, offset) {
    return offset - lineStart(text, offset);
}
function pairOf(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(node))
        return undefined;
    return node.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
function isEmpty(node) {
    return node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(node) && node.value === null);
}
/** Block lines for `keys` (nested, the last holding the list), each `indent` deeper than the last. */
function block(keys, entries, indent, eol) {
    const pad = (n) => ' '.repeat(indent + 2 * n);
    return (keys.map((k, i) => `${pad(i)}${k}:${eol}`).join('') +
        entries.map(e => `${pad(keys.length)}- ${yamlText(e)}${eol}`).join(''));
}
/** Inserts `lines` (whole lines) at offset, which is a line start or the end of the text. */
function insertLines(text, offset, lines, eol) {
    const before = text.slice(0, offset);
    const sep = before.length > 0 && !before.endsWith('\n') ? eol : '';
    return before + sep + lines + text.slice(offset);
}
// The templates of `rockcraft init --profile flask-framework` and `flask-rock init`: a commented
// `# parts:` line, then the install-app part commented out under it. Lines are split at \n only,
// so a CRLF file's lines keep their \r and the block's last \n alone is dropped before the join.
const TEMPLATE_PARTS = /^#\s*parts:(?:\s.*)?$/;
const TEMPLATE_INSTALL_APP = /^#(\s+)flask-framework[./]install-app:\s*(?:#.*)?$/;
/**
 * Without a parts key, the template's commented `# parts:` line becomes the real one and the
 * commented install-app section under it gives way to the block: the fix then reads where the
 * user would have uncommented it, and no second `parts:` follows the commented one.
 */
function intoTemplate(text, lines, eol) {
    const all = text.split('\n');
    const at = all.findIndex(l => TEMPLATE_PARTS.test(l.replace(/\r$/, '')));
    if (at === -1)
        return undefined;
    let part = -1;
    let indent = 0;
    for (let i = at + 1; i < all.length; i++) {
        const line = all[i].replace(/\r$/, '');
        if (line.trim() !== '' && !line.startsWith('#'))
            break;
        const m = TEMPLATE_INSTALL_APP.exec(line);
        if (m) {
            part = i;
            indent = m[1].length;
            break;
        }
    }
    const real = `parts:${eol}`;
    if (part === -1) {
        return [...all.slice(0, at), real + lines(2).replace(/\n$/, ''), ...all.slice(at + 1)].join('\n');
    }
    // The section: the commented lines indented deeper than its key.
    let end = part + 1;
    while (end < all.length) {
        const m = /^#(\s*)\S/.exec(all[end]);
        if (!m || m[1].length <= indent)
            break;
        end++;
    }
    return [
        ...all.slice(0, at),
        real.replace(/\n$/, ''),
        ...all.slice(at + 1, part),
        lines(2).replace(/\n$/, ''),
        ...all.slice(end)
    ].join('\n');
}
/**
 * rockcraft.yaml with the prime list the fix asks for. The file's other lines stay as they are;
 * a layout this cannot edit in place (a flow mapping on the way) is a ProjectError naming the fix.
 */
function fixPrime(text, fix) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)(text, { version: '1.1', keepSourceTokens: true });
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(doc.contents)) {
        throw new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`cannot fix ${_check_js__WEBPACK_IMPORTED_MODULE_5__/* .PROJECT_FILE */ .Dp}: it does not parse as a mapping`);
    }
    // The part's name as the base's extension spells it (flask-framework.install-app on 26.04).
    const INSTALL_APP = (0,_expand_js__WEBPACK_IMPORTED_MODULE_6__/* .partName */ .pn)(doc.toJS(), 'install-app');
    const where = `parts.${INSTALL_APP}.prime`;
    const cannot = (why) => new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`cannot fix ${_check_js__WEBPACK_IMPORTED_MODULE_5__/* .PROJECT_FILE */ .Dp} in place (${why}); set ${where} to [${(fix.prime ?? []).join(', ')}] yourself`);
    const parts = pairOf(doc.contents, 'parts');
    const part = pairOf(parts?.value, INSTALL_APP);
    const prime = pairOf(part?.value, 'prime');
    const existing = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(prime?.value)
        ? prime.value.items.map(i => ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(i) ? String(i.value) : ''))
        : [];
    let out = text;
    const changes = [];
    // Every entry of the list removed: prime: would be empty, which is the part's default list
    // (without the module the fix is for), so the whole include list takes the entries' place.
    let replaced = false;
    if (fix.remove && fix.remove.length > 0) {
        const seq = prime?.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(seq) || seq.flow)
            throw cannot('its prime list is not a block list');
        const remove = fix.remove;
        const removed = (i) => (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(i) && remove.includes(String(i.value));
        replaced = seq.items.every(removed) && (fix.prime?.length ?? 0) > 0;
        // from the last, so that earlier offsets stay valid
        for (const item of [...seq.items].reverse()) {
            if (!removed(item))
                continue;
            const range = item.range;
            out = out.slice(0, lineStart(out, range[0])) + out.slice(nextLine(out, range[1] - 1));
        }
        if (replaced) {
            const first = lineStart(out, seq.items[0].range[0]);
            out = insertLines(out, first, block([], fix.prime, column(text, seq.range[0]), eol), eol);
            changes.push(`replaced ${remove.join(', ')} in ${where} by what ships: ${fix.prime.join(', ')} (an empty prime list would ship the default list)`);
        }
        else
            changes.push(`removed ${remove.join(', ')} from ${where}`);
    }
    const added = replaced ? [] : (fix.prime ?? []).filter(e => !existing.includes(e));
    if (added.length > 0) {
        for (const node of [parts?.value, part?.value]) {
            if (((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(node)) && node.flow)
                throw cannot('it is written in flow style');
        }
        if (!parts) {
            out =
                intoTemplate(out, indent => block([INSTALL_APP, 'prime'], added, indent, eol), eol) ??
                    insertLines(out, out.length, block(['parts', INSTALL_APP, 'prime'], added, 0, eol), eol);
        }
        else if (isEmpty(parts.value)) {
            const at = nextLine(out, parts.key.range[1]);
            const indent = column(out, parts.key.range[0]) + 2;
            out = insertLines(out, at, block([INSTALL_APP, 'prime'], added, indent, eol), eol);
        }
        else if (!part) {
            const map = parts.value;
            const first = ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(map) ? map.items[0]?.key : undefined);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(map) || !first)
                throw cannot('parts is not a mapping');
            const indent = column(out, first.range[0]);
            out = insertLines(out, nextLine(out, map.range[1] - 1), block([INSTALL_APP, 'prime'], added, indent, eol), eol);
        }
        else if (isEmpty(part.value)) {
            const at = nextLine(out, part.key.range[1]);
            const indent = column(out, part.key.range[0]) + 2;
            out = insertLines(out, at, block(['prime'], added, indent, eol), eol);
        }
        else if (!prime) {
            const map = part.value;
            const first = ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(map) ? map.items[0]?.key : undefined);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(map) || !first)
                throw cannot(`${INSTALL_APP} is not a mapping`);
            const indent = column(out, first.range[0]);
            out = insertLines(out, nextLine(out, map.range[1] - 1), block(['prime'], added, indent, eol), eol);
        }
        else if (isEmpty(prime.value)) {
            const at = nextLine(out, prime.key.range[1]);
            const indent = column(out, prime.key.range[0]) + 2;
            out = insertLines(out, at, block([], added, indent, eol), eol);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(prime.value) && prime.value.flow) {
            // [a, b]: the new entries before the closing bracket
            const close = out.lastIndexOf(']', prime.value.range[1]);
            const joined = added.map(yamlText).join(', ');
            out = `${out.slice(0, close).trimEnd()}${existing.length > 0 ? ', ' : ''}${joined}${out.slice(close)}`;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(prime.value) && prime.value.items.length > 0) {
            const seq = prime.value;
            const indent = column(out, seq.range[0]);
            const last = seq.items[seq.items.length - 1];
            out = insertLines(out, nextLine(out, last.range[1] - 1), block([], added, indent, eol), eol);
        }
        else
            throw cannot('its prime entry is not a list');
        changes.push(prime && existing.length > 0
            ? `added ${added.join(', ')} to ${where}`
            : `wrote ${where}: ${added.join(', ')} (what ships today and what the rock lacks)`);
    }
    // The edit must say what the fix asked, read as the check reads the file.
    const loaded = (0,_check_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProjectYaml */ .ty)(out, _check_js__WEBPACK_IMPORTED_MODULE_5__/* .PROJECT_FILE */ .Dp);
    const parts2 = loaded.data?.parts;
    const part2 = (0,_expand_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .pi)(parts2) ? parts2[INSTALL_APP] : undefined;
    const got = (0,_expand_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .pi)(part2) && Array.isArray(part2.prime) ? part2.prime : [];
    const want = replaced
        ? fix.prime
        : [...existing.filter(e => !(fix.remove ?? []).includes(e)), ...added];
    if (loaded.problem || JSON.stringify(got) !== JSON.stringify(want)) {
        throw cannot('the edit would not read back as that list');
    }
    return { text: out, changes };
}
function errnoText(err) {
    const e = err;
    const why = {
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'read-only file system',
        ELOOP: 'it is a symlink'
    };
    return e.code ? `${e.code}${why[e.code] ? ` (${why[e.code]})` : ''}` : e.message;
}
/**
 * `check --fix`'s write: the fix applied to the file the check read, which must still hold what
 * the check read (`checked`) and be a regular file, not a symlink. The new text goes to a
 * temporary file beside it (same mode), synced, then renamed over it: a full disk or a crash
 * leaves the original whole, and the rename replaces the directory entry, never writing through
 * a symlink swapped in since. Throws ProjectError (one line) on any failure, the file unchanged.
 */
async function writeFix(file, checked, fix) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file);
    const unchanged = `${name} is unchanged`;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`cannot fix ${name}: ${errnoText(err)}; edit it yourself`);
    }
    let info;
    let now;
    try {
        info = await handle.stat();
        if (!info.isFile())
            throw new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`cannot fix ${name}: it is not a regular file`);
        now = await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
    if (now !== checked) {
        throw new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`${name} changed since the check read it; run flask-rock check --fix again (${unchanged})`);
    }
    const { text, changes } = fixPrime(now, fix);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), `.${name}.flask-rock-fix-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    try {
        const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o600);
        try {
            await out.writeFile(text);
            await out.chmod(info.mode & 0o7777);
            await out.sync();
        }
        finally {
            await out.close();
        }
        // The same file as the check read, still: nothing swapped in, nothing written since.
        const again = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file);
        if (!again.isFile() ||
            again.ino !== info.ino ||
            again.dev !== info.dev ||
            again.mtimeMs !== info.mtimeMs ||
            again.size !== info.size) {
            throw new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`${name} changed since the check read it; run flask-rock check --fix again (${unchanged})`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        if (err instanceof _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB)
            throw err;
        throw new _check_js__WEBPACK_IMPORTED_MODULE_5__/* .ProjectError */ .wB(`cannot write the fix to ${name}: ${errnoText(err)} (${unchanged})`);
    }
    // The rename itself made durable; a directory that cannot be synced changes nothing above.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY).catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
    return changes;
}


/***/ })

};

#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ argsErrorText)
/* harmony export */ });
// node:util parseArgs's own messages, in the CLI's words: its unknown-option message ends with an
// unbalanced quote (`as in '-- "--bogus"`) and explains '--' at more length than a usage line needs.
/** One line for a parseArgs error (ERR_PARSE_ARGS_*); other errors keep their message. */
function argsErrorText(err) {
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /^Unknown option '(.*?)'\./.exec(err.message)?.[1];
        if (option !== undefined) {
            return `unknown option '${option}'`;
        }
    }
    return err.message;
}


/***/ }),

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dp: () => (/* binding */ PROJECT_FILE),
  wB: () => (/* binding */ ProjectError),
  bX: () => (/* binding */ ProjectUsageError),
  sh: () => (/* binding */ checkProject),
  jS: () => (/* binding */ installedLine),
  ty: () => (/* binding */ loadProjectYaml),
  qg: () => (/* binding */ packProblems),
  W1: () => (/* binding */ renderExpansion)
});

// UNUSED EXPORTS: EXPERIMENTAL_HERE, IGNORE_BOOT_MARKER, MAX_PROJECT_FILE_BYTES, MAX_REQUIREMENTS_BYTES, MAX_UV_LOCK_BYTES, MISSING_FLASK, MISSING_REQUIREMENTS, pyFloatStr

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __nccwpck_require__(9144);
;// CONCATENATED MODULE: ./src/core/python-path.ts
// The python3 the check runs, without paying for a pyenv shim: the shim is a bash script that runs
// `pyenv exec`, about 0.4 s of CPU before Python starts, more than the whole check. pyenv's own
// choice is read from the same places pyenv reads it (PYENV_VERSION, the nearest .python-version,
// $PYENV_ROOT/version) and the interpreter it would exec is run directly; anything this does not
// follow (a version pyenv would resolve by prefix, a virtualenv, a missing interpreter) keeps the
// shim, which is slow but right.


async function executable(file) {
    return (0,promises_.access)(file, promises_.constants.X_OK).then(() => true, () => false);
}
/** The first `name` on PATH, as execvp would find it. */
async function onPath(name, pathVar, skip) {
    for (const dir of pathVar.split(external_node_path_.delimiter)) {
        if (!dir || (skip && external_node_path_.resolve(dir) === external_node_path_.resolve(skip)))
            continue;
        const file = external_node_path_.join(dir, name);
        if (await executable(file))
            return file;
    }
    return undefined;
}
async function head(file, bytes = 1024) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead).toString('latin1');
    }
    finally {
        await handle.close();
    }
}
/** pyenv's version names for `dir`, in its order of precedence; undefined when none is set. */
async function pyenvVersions(root, env, dir) {
    if (env.PYENV_VERSION)
        return env.PYENV_VERSION.split(':').filter(Boolean);
    const files = [];
    for (let d = external_node_path_.resolve(env.PYENV_DIR || dir);; d = external_node_path_.dirname(d)) {
        files.push(external_node_path_.join(d, '.python-version'));
        if (external_node_path_.dirname(d) === d)
            break;
    }
    files.push(external_node_path_.join(root, 'version'));
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const names = text
            .split('\n')
            .map(l => l.trim().split(/\s+/)[0])
            .filter(w => w && !w.startsWith('#') && w !== '..' && !w.includes('/'));
        return names.length > 0 ? names : undefined;
    }
    return ['system'];
}
/**
 * The interpreter `command` runs: itself, unless it is a pyenv shim whose choice can be read
 * without running pyenv, then the interpreter pyenv would exec.
 */
async function resolvePython(command, env, cwd = process.cwd()) {
    if (command.includes('/'))
        return command;
    const pathVar = env.PATH ?? '';
    const found = await onPath(command, pathVar);
    if (!found)
        return command;
    const text = await head(found).catch(() => '');
    const shim = /^#!.*\b(ba)?sh\b[\s\S]*exec "([^"]*\/libexec\/pyenv)" exec "\$program"/.exec(text);
    if (!shim)
        return command;
    const root = /export PYENV_ROOT="([^"]+)"/.exec(text)?.[1] ??
        env.PYENV_ROOT ??
        external_node_path_.dirname(external_node_path_.dirname(shim[2]));
    const versions = await pyenvVersions(root, env, cwd);
    for (const version of versions ?? []) {
        // a version pyenv does not have is pyenv's own error to give: the shim gives it
        if (version !== 'system' && !(await executable(external_node_path_.join(root, 'versions', version)))) {
            return command;
        }
        const exe = version === 'system'
            ? await onPath(command, pathVar, external_node_path_.dirname(found))
            : external_node_path_.join(root, 'versions', version, 'bin', command);
        if (exe && (await executable(exe))) {
            // a system python3 that is itself a shim of another root: leave it to that shim
            return version === 'system' && /libexec\/pyenv/.test(await head(exe).catch(() => ''))
                ? command
                : exe;
        }
    }
    return command;
}

;// CONCATENATED MODULE: ./src/core/entrypoint.ts
// WSGI entrypoint discovery the way rockcraft's flask-framework does it, decided by Python's own
// parser: one python3 process reads every candidate file, so both the answer and the text of a
// syntax error are the ones rockcraft would give.


/** Candidate files in rockcraft's search order, relative to the project. */
function entrypointCandidates(projectName) {
    const dirs = ['app', 'src'];
    if (projectName)
        dirs.push(projectName.replace(/-/g, '_').toLowerCase());
    const out = ['app.py', 'main.py'];
    for (const dir of dirs) {
        for (const file of ['__init__.py', 'app.py', 'main.py'])
            out.push(`${dir}/${file}`);
    }
    return out;
}
// Ours, written from rockcraft's rules (flask-framework, _python_utils): a module-level
// `app`/`application` (plain assignment to a bare name, or `from x import name [as name]`) in the
// first existing candidate that has one; failing that, a module-level `def create_app`/`make_app`.
// Files are parsed lazily in that order; the first one that cannot be read or parsed ends the search.
// Then the boot prediction: from the WSGI module (and the factory's body, which gunicorn calls at
// boot), the imports Python runs, resolved against what the expanded install-app part puts under
// /flask/app; a project module the rock lacks is recorded. Each module is parsed once.
const PROJECT_PY = String.raw `
import ast, fnmatch, gc, json, os, stat, sys

# Every parsed module is kept until the answer is printed, so the cycle collector would only walk
# the growing trees again and again (a sixth of the parse time on 2,000 modules).
gc.disable()

MAX_BYTES = int(sys.argv[1])
MAX_MODULES = int(sys.argv[2])
MAX_MEMORY = int(sys.argv[3])
# A bound on the whole process before any project file is read: a 16 MB list literal alone grows
# the parser to gigabytes. Hitting it is this check's limit, not a fault of the project.
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MAX_MEMORY, MAX_MEMORY))
except (ImportError, ValueError, OSError):
    pass  # a system without RLIMIT_AS (macOS refuses it): the 30 s timeout still bounds the run
req = json.load(sys.stdin)
if req is None:
    sys.exit(0)
root = req["root"]
REAL_ROOT = os.path.realpath(root)
STDLIB = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names)
PROVIDED = set(req.get("provided") or ())
hints = []
trees = {}

class Stop(Exception):
    pass

class OutOfMemory(Exception):
    pass

class Unreadable(Exception):
    def __init__(self, message, line=None, column=None):
        Exception.__init__(self, message)
        self.message, self.line, self.column = message, line, column

def located(message, rel, line=None, column=None):
    out = {"message": message, "file": rel}
    if line:
        out["line"] = line
    if column:
        out["column"] = column
    return out

def read_tree(rel, as_rockcraft=False):
    """The parsed module, or Unreadable with one clear line. Never opens anything but a regular file.
    as_rockcraft: read as rockcraft reads its candidates, else as Python's import reads a module
    (rockcraft's search runs first, so a candidate's tree in the cache was read its way)."""
    if rel in trees:
        if isinstance(trees[rel], Unreadable):
            raise trees[rel]
        return trees[rel]
    try:
        trees[rel] = parse(rel, as_rockcraft)
    except Unreadable as e:
        trees[rel] = e
        raise
    return trees[rel]

# The project's directories, each listed once: following 2,000 modules asks about the same few
# hundred directories again and again, and a kept listing answers without a system call.
listings = {}

def entry(rel):
    """The os.DirEntry of project path rel, None when there is none, False when rel is not a plain
    path below the root (the caller then asks the file system)."""
    if not rel or rel.startswith("/") or rel != os.path.normpath(rel) or rel.split("/")[0] == "..":
        return False
    head, _, name = rel.rpartition("/")
    if head not in listings:
        try:
            with os.scandir(os.path.join(root, head)) as it:
                listings[head] = {e.name: e for e in it}
        except OSError:
            listings[head] = {}
    return listings[head].get(name)

def lexists(rel):
    e = entry(rel)
    return os.path.lexists(os.path.join(root, rel)) if e is False else e is not None

def isdir(rel):
    """Follows symlinks, as os.path.isdir does."""
    e = entry(rel)
    return os.path.isdir(os.path.join(root, rel)) if e is False else e is not None and e.is_dir()

real_dirs = {}

def realpath(path, e):
    """realpath with the directories' answers kept: no system call for a file that is no symlink."""
    head, tail = os.path.split(path)
    if head not in real_dirs:
        real_dirs[head] = os.path.realpath(head)
    real = os.path.join(real_dirs[head], tail)
    link = os.path.islink(real) if e is None or e is False else e.is_symlink()
    return os.path.realpath(real) if link else real

def declared_encoding(data):
    """The source encoding Python's import would use (PEP 263 coding line, BOM), or None."""
    import io, tokenize  # only for a module that is not UTF-8
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        return None

def parse(rel, as_rockcraft):
    path = os.path.join(root, rel)
    e = entry(rel)
    real = realpath(path, e)
    if real != REAL_ROOT and not real.startswith(REAL_ROOT + os.sep):
        raise Unreadable("%s is a symlink to %s, outside the project; the rock build sees only the project directory" % (rel, real))
    try:
        # A regular file by its listing, else by stat (which also words the error for a missing one);
        # never opened otherwise: a FIFO would block the read.
        if not (e and e.is_file()) and not stat.S_ISREG(os.stat(path).st_mode):
            raise Unreadable("%s is not a regular file" % rel)
        with open(path, "rb", buffering=0) as f:
            if os.fstat(f.fileno()).st_size > MAX_BYTES:
                raise Unreadable("%s is larger than %d MB; not parsing it" % (rel, MAX_BYTES >> 20))
            data = f.read()
    except OSError as e:
        raise Unreadable("error reading %s: %s" % (rel, e.strerror or e))
    # rockcraft reads a candidate with read_text(encoding="utf-8") and parses the text, BOM and all;
    # Python's import honours a BOM or a coding line (latin-1 modules boot fine).
    try:
        source = data.decode("utf-8")
        if not as_rockcraft and source.startswith("\ufeff"):
            source = source[1:]
    except UnicodeDecodeError as e:
        encoding = None if as_rockcraft else declared_encoding(data)
        if encoding is None or encoding.startswith("utf-8"):
            raise Unreadable("error reading %s: not valid UTF-8 (line %d)" % (rel, data.count(b"\n", 0, e.start) + 1), data.count(b"\n", 0, e.start) + 1)
        try:
            source = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise Unreadable("error reading %s: not valid %s, the encoding its coding line declares" % (rel, encoding))
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        raise Unreadable("error parsing %s: %s" % (os.path.basename(rel), e.msg), e.lineno, e.offset)
    except (ValueError, TypeError) as e:
        raise Unreadable("error parsing %s: %s" % (os.path.basename(rel), e))
    except RecursionError:
        raise Unreadable("error parsing %s: too deeply nested" % os.path.basename(rel))
    except MemoryError:
        raise OutOfMemory(rel)
    tree.lines = source.splitlines()
    return tree

def tree_of(rel):
    """For rockcraft's own search: an unreadable candidate ends it, as it ends rockcraft's."""
    try:
        return read_tree(rel, as_rockcraft=True)
    except Unreadable as e:
        print(json.dumps({"problem": located(e.message, rel, e.line, e.column), "hints": hints}))
        raise Stop()

def module_of(rel):
    parts = [p for p in rel.split("/") if p != "__init__.py"]
    return ".".join(p[:-3] if p.endswith(".py") else p for p in parts)

def defines(tree, name):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                return True
        if isinstance(node, ast.ImportFrom):
            if any((a.asname or a.name) == name for a in node.names):
                return True
    return False

def near_misses(rel, tree):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id in ("app", "application"):
            hints.append(located("the annotated assignment '%s: ...' is not found by rockcraft's entrypoint discovery; write '%s = ...' without the annotation" % (node.target.id, node.target.id), rel, node.lineno))
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, (ast.Tuple, ast.List)) and any(isinstance(e, ast.Name) and e.id in ("app", "application") for e in t.elts):
                    hints.append(located("'app' assigned by unpacking is not found by rockcraft's entrypoint discovery; assign it on its own line", rel, node.lineno))
        if isinstance(node, ast.AsyncFunctionDef) and node.name in ("create_app", "make_app"):
            hints.append(located("'async def %s' is not found by rockcraft's entrypoint discovery" % node.name, rel, node.lineno))

def search(candidates):
    existing = [rel for rel in candidates if lexists(rel)]
    for rel in existing:
        tree = tree_of(rel)
        found = [n for n in ("app", "application") if defines(tree, n)]
        if found:
            if len(found) > 1:
                hints.append(located("defines both 'app' and 'application'; rockcraft may pick either (it searches an unordered set)", rel))
            return module_of(rel) + ":" + found[0]
    for rel in existing:
        tree = tree_of(rel)
        for factory in ("create_app", "make_app"):
            if any(isinstance(n, ast.FunctionDef) and n.name == factory for n in ast.iter_child_nodes(tree)):
                return module_of(rel) + ":" + factory + "()"
    for rel in existing:
        near_misses(rel, trees[rel])
    return None

# --- Where Flask apps are, when rockcraft finds none: a bounded scan of the project's Python files.
SKIP_DIRS = {"node_modules", "__pycache__", "site-packages", "venv", "env", "build", "dist", "tests", "test"}

def flask_apps(limit_files=3000, limit_depth=3):
    found, seen = [], 0
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        depth = 0 if rel_dir == "." else rel_dir.count(os.sep) + 1
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS
                             and depth < limit_depth and not os.path.exists(os.path.join(dirpath, d, "pyvenv.cfg")))
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            seen += 1
            if seen > limit_files:
                return found
            rel = name if rel_dir == "." else os.path.join(rel_dir, name).replace(os.sep, "/")
            try:
                info = os.lstat(os.path.join(dirpath, name))
                if not stat.S_ISREG(info.st_mode) or info.st_size > (1 << 20):
                    continue
                with open(os.path.join(dirpath, name), "rb") as f:
                    data = f.read()
            except OSError:
                continue
            if b"Flask(" not in data and b"create_app" not in data and b"make_app" not in data:
                continue
            try:
                tree = ast.parse(data.decode("utf-8"))
            except Exception:
                continue
            for node in ast.iter_child_nodes(tree):
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                    f = node.value.func
                    fname = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                    if fname in ("Flask", "create_app", "make_app") and names:
                        found.append({"file": rel, "line": node.lineno, "module": module_of(rel), "attr": names[0]})
                        break
                if isinstance(node, ast.FunctionDef) and node.name in ("create_app", "make_app"):
                    found.append({"file": rel, "line": node.lineno, "module": module_of(rel), "attr": node.name + "()"})
                    break
            if len(found) >= 5:
                return found
    return found

# --- What the rock holds under /flask/app, from the expanded install-app part.
class Rock:
    def __init__(self, part, app_dir="flask/app", installed=None):
        self.app = app_dir + "/"
        # What pip install . puts into the venv (src/core/installed.ts): top-level name -> project path.
        self.installed = installed or {}
        self.used_installed = set()
        self.organize = []
        self.cache = {}
        self.unsure = False
        for src, dst in (part.get("organize") or {}).items():
            if not isinstance(src, str) or not isinstance(dst, str):
                continue
            if any(c in src + dst for c in "*?["):
                self.unsure = True
                continue
            src = os.path.normpath(src)
            self.organize.append(("" if src == "." else src, os.path.normpath(dst)))
        # longest destination first: the most specific move wins
        self.organize.sort(key=lambda p: -len(p[1]))
        self.stage = [s for s in (part.get("stage") or []) if isinstance(s, str)]
        self.prime = [s for s in (part.get("prime") or []) if isinstance(s, str)]

    @staticmethod
    def _match(entry, path):
        entry = entry.strip().rstrip("/")
        return path == entry or path.startswith(entry + "/") or fnmatch.fnmatchcase(path, entry)

    @classmethod
    def _keeps(cls, entries, path, as_dir):
        include = [e for e in entries if not e.startswith("-")]
        exclude = [e[1:].strip() for e in entries if e.startswith("-")]
        if include and not any(cls._match(e, path) for e in include):
            # a directory holding an included path is there too
            if not (as_dir and any(e.strip().startswith(path + "/") for e in include)):
                return False
        return not any(cls._match(e, path) for e in exclude)

    def source(self, rock_rel, as_dir=False):
        """The project path that becomes /flask/app/<rock_rel>, or None when the rock lacks it;
        for an import path, also one pip install . put into the venv (see _installed)."""
        key = (rock_rel, as_dir)
        if key not in self.cache:
            self.cache[key] = self._source(rock_rel, as_dir) or self._installed(rock_rel, as_dir)
        return self.cache[key]

    def _installed(self, rel, as_dir):
        """The project path Python finds for rel in the venv's site-packages, where /flask/app (first
        on sys.path) has no module or regular package of that top-level name."""
        top, _, rest = rel.partition("/")
        name = top[:-3] if not rest and top.endswith(".py") else top
        where = self.installed.get(name)
        if where is None or self._source(name + ".py", False) or self._source(name + "/__init__.py", False):
            return None
        if where.endswith(".py") != (not rest and not as_dir and top.endswith(".py")):
            return None
        src = where + ("/" + rest if rest else "")
        found = (isdir(src) if as_dir else lexists(src) and not isdir(src)) and src
        if found:
            self.used_installed.add(name)
        return found or None

    def _source(self, rock_rel, as_dir):
        dst = self.app + rock_rel
        if not self._keeps(self.stage, dst, as_dir) or not self._keeps(self.prime, dst, as_dir):
            return None
        src = dst
        for key, value in self.organize:
            if dst == value or dst.startswith(value + "/"):
                rest = dst[len(value):].lstrip("/")
                src = "/".join(x for x in (key, rest) if x)
                break
        if not src or src.startswith(".."):
            return None
        if as_dir and isdir(src):
            return src
        if not as_dir and lexists(src) and not isdir(src):
            return src
        return None

    def ships(self):
        out = []
        for key, value in sorted(self.organize, key=lambda p: p[1]):
            if not value.startswith(self.app):
                continue
            rel = value[len(self.app):]
            if not lexists(key):
                continue
            is_dir = isdir(key)
            if is_dir and not self._keeps(self.prime, value, True):
                continue
            if not is_dir and not (self._keeps(self.stage, value, False) and self._keeps(self.prime, value, False)):
                continue
            out.append(rel + ("/" if is_dir else ""))
        return out

def find_module(name, lookup):
    """'a.b' -> (file, is_package) through lookup(rel, as_dir), or None. In Python's own order
    (importlib's FileFinder): a regular package wins over a module of the same name in the same
    directory, and a namespace package (a directory without __init__.py) loses to both."""
    base = name.replace(".", "/")
    f = lookup(base + "/__init__.py", False)
    if f:
        return f, True
    f = lookup(base + ".py", False)
    if f:
        return f, False
    d = lookup(base, True)
    if d:
        return d, True  # a namespace package: a directory without __init__.py
    return None

project_paths = {}

def in_project(rel, as_dir):
    if (rel, as_dir) not in project_paths:
        project_paths[(rel, as_dir)] = _in_project(rel, as_dir)
    return project_paths[(rel, as_dir)]

def _in_project(rel, as_dir):
    return rel if (isdir(rel) if as_dir else (lexists(rel) and not isdir(rel))) else None

GUARD_NAMES = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}

def catches_import_error(handler):
    t = handler.type
    if t is None:
        return True
    names = t.elts if isinstance(t, ast.Tuple) else [t]
    return any((n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else "") in GUARD_NAMES for n in names)

def is_type_checking(test):
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")

# Calls that run at import time, and Flask's string imports: the calls a boot module makes at module
# level (and the functions they reach, MAX_CALL_DEPTH deep) run at boot, so their imports do too.
MAX_CALL_DEPTH = 4
STRING_IMPORTS = ("from_object", "import_string")
BODY_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")

def is_main_guard(test):
    """if __name__ == "__main__" (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    return (any(isinstance(x, ast.Name) and x.id == "__name__" for x in sides)
            and any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))

def calls_in(node):
    """The calls an expression makes when it is evaluated (not those inside a lambda)."""
    todo = [node]
    while todo:
        n = todo.pop()
        t = type(n)
        if t is ast.Name or t is ast.Constant or t is ast.Lambda:
            continue
        if t is ast.Call:
            yield n
            todo.append(n.func)
            todo.extend(n.args)
            todo.extend(k.value for k in n.keywords)
        elif t is ast.Attribute:
            todo.append(n.value)
        else:
            todo.extend(ast.iter_child_nodes(n))

def statement_calls(node):
    """The calls a statement makes itself, not those of the statements it holds."""
    t = type(node)
    if t is ast.Expr or t is ast.Return:
        return calls_in(node.value) if node.value is not None else ()
    if t is ast.Assign and all(type(x) is ast.Name for x in node.targets):
        return calls_in(node.value)
    return _statement_calls(node)

def _statement_calls(node):
    for field, value in ast.iter_fields(node):
        if field in BODY_FIELDS:
            continue
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, ast.AST):
                yield from calls_in(v)

IMPORTS = (ast.Import, ast.ImportFrom)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
# statements that hold no other statements: only their calls matter
SIMPLE = (ast.Assign, ast.Expr, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Raise, ast.Assert,
          ast.Delete, ast.Pass, ast.Global, ast.Nonlocal, ast.Break, ast.Continue)

def events(body, at_boot, guarded, calls=True):
    """('import', node, at_boot, guarded) for each import Python runs: module level and class bodies
    at import, function bodies only when called (request time), try/except ImportError as guarded;
    ('call', node, True, guarded) for each call made while the body runs, when it runs at boot."""
    calls = calls and at_boot
    for node in body:
        t = type(node)
        if t in IMPORTS:
            yield "import", node, at_boot, guarded
        elif t in SIMPLE:
            if calls:
                for c in statement_calls(node):
                    yield "call", c, True, guarded
        elif t in FUNCTIONS:
            if calls:  # decorators and defaults run when the def does
                for d in node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d]:
                    for c in calls_in(d):
                        yield "call", c, True, guarded
            yield from events(node.body, False, guarded, False)
        elif t is ast.ClassDef:
            if calls:
                for d in node.decorator_list + node.bases + [k.value for k in node.keywords]:
                    for c in calls_in(d):
                        yield "call", c, True, guarded
            yield from events(node.body, at_boot, guarded, calls)
        elif t is ast.If and (is_type_checking(node.test) or is_main_guard(node.test)):
            # under gunicorn a module is imported by its name: an "if __name__ == '__main__'"
            # body never runs, no more than a TYPE_CHECKING one
            yield from events(node.orelse, at_boot, guarded, calls)
        elif t is ast.Try or t.__name__ == "TryStar":
            inner = guarded or any(catches_import_error(h) for h in node.handlers)
            yield from events(node.body, at_boot, inner, calls)
            for h in node.handlers:
                yield from events(h.body, at_boot, guarded, calls)
            yield from events(node.orelse, at_boot, guarded, calls)
            yield from events(node.finalbody, at_boot, guarded, calls)
        else:
            if calls:
                for c in statement_calls(node):
                    yield "call", c, True, guarded
            for field in ("body", "orelse", "finalbody"):
                sub = getattr(node, field, None)
                if isinstance(sub, list):
                    yield from events(sub, at_boot, guarded, calls)
            for case in getattr(node, "cases", None) or []:
                yield from events(case.body, at_boot, guarded, calls)

def dotted(expr):
    """'a.b.c' for the expression a.b.c, else None."""
    parts = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return None
    parts.append(expr.id)
    return ".".join(reversed(parts))

def text_of(node):
    try:
        return ast.unparse(node)[:200]
    except Exception:
        return "..."

def computed_string(arg):
    """An argument that builds its string at run time (an f-string, +, %, .format, the environment)."""
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Mod)):
        return any(isinstance(s, ast.Constant) and isinstance(s.value, str) or computed_string(s) for s in (arg.left, arg.right))
    if isinstance(arg, ast.Call):
        name = dotted(arg.func) or ""
        if isinstance(arg.func, ast.Attribute) and arg.func.attr == "format" and isinstance(arg.func.value, ast.Constant):
            return True
        return name in ("os.getenv", "getenv", "os.environ.get", "environ.get")
    if isinstance(arg, ast.Subscript):
        return (dotted(arg.value) or "") in ("os.environ", "environ")
    return False

MARKER = "flask-rock: ignore-boot"

def predict(rock, wsgi_module, factory, served_name):
    modules = {}   # module name -> {"module", "file", "package", "boot", "shipped"}
    records = []
    problems = []  # unreadable modules on the way
    app_problems = []
    queue = []
    truncated = False
    edges = []
    bindings_cache = {}
    functions = {}
    walked = set()
    calls = []  # (owner, tree, def, via, depth): function bodies that run at boot, to walk
    called_lines = set()  # (file, module, line) of the imports in those bodies

    def enqueue(name, file, is_pkg, boot, shipped=True):
        m = modules.get(name)
        if m is None:
            modules[name] = {"module": name, "file": file, "package": is_pkg, "boot": boot, "shipped": shipped}
            queue.append(name)
        elif boot and not m["boot"]:
            m["boot"] = True
            queue.append(name)

    def record(importer, node, name, where, status, at_boot, guarded, ignored, via, kind="import", text=None, literal=None):
        records.append({
            "literal": literal,
            "file": importer["file"] if importer else None,
            "line": getattr(node, "lineno", None),
            "column": (node.col_offset + 1) if node is not None else None,
            "module": name,
            "projectPath": where,
            "status": "unsure" if rock.unsure and status in ("missing", "sibling") else status,
            "boot": at_boot,
            "guarded": guarded,
            "ignored": ignored,
            "kind": kind,
            "call": text,
            "via": via,
            "attribute": None,
            "initializing": False,
            "selector": None,
        })

    def resolve(chain, importer, node, at_boot, guarded, ignored, via=None, kind="import", text=None, literal=None):
        """Follows 'a', 'a.b', 'a.b.c' as Python imports them; records the first that the rock lacks
        and follows the project's own copy on, so that one pass finds every module the rock lacks."""
        shipped = True
        for i, name in enumerate(chain):
            found = find_module(name, rock.source) if shipped else None
            if found:
                enqueue(name, found[0], found[1], at_boot)
                continue
            top = name.split(".")[0]
            if i == 0 and top in STDLIB:
                return "stdlib"
            if i == 0 and top in PROVIDED:
                # /flask/app has no such module: Python finds the library the requirements
                # installed, whatever project file shares its name elsewhere
                return "third-party"
            proj = find_module(name, in_project)
            if proj and not shipped:
                # a submodule of a package the rock lacks: shipping the package ships it
                if not guarded and not ignored:
                    enqueue(name, proj[0], proj[1], at_boot, False)
                continue
            status, where = None, None
            if proj:
                status, where = "missing", proj[0]
            elif i == 0 and importer and "/" in importer["file"]:
                pkg_dir = importer["file"].rsplit("/", 1)[0]
                sib = find_module(name, lambda rel, d: in_project(pkg_dir + "/" + rel, d))
                if sib:
                    status, where = "sibling", sib[0]
            if status is None:
                if not shipped:
                    return "missing"
                return "third-party" if i == 0 else "missing-submodule"
            if importer and (importer["module"] + ".").startswith(name + "."):
                return "missing"  # the package the rock lacks, importing its own parts
            record(importer, node, name, where, status, at_boot, guarded, ignored, via, kind, text, literal)
            if status != "missing" or guarded or ignored:
                return status
            # Python would stop here; the walk goes on through the project's copy.
            enqueue(name, proj[0], proj[1], at_boot, False)
            shipped = False
        return "project" if shipped else "missing"

    def locate(name):
        """(file, is_package) of a project module, shipped or not, or None."""
        return find_module(name, rock.source) or find_module(name, in_project)

    def package_of(m):
        if m["module"].startswith("<"):
            return ""  # a file from_pyfile runs: no package
        return m["module"] if m["package"] else m["module"].rpartition(".")[0]

    def absolute(m, node):
        """The module an ImportFrom names, or None for a relative import beyond the top level."""
        return import_base(package_of(m), node)

    def bindings(m, tree):
        """Module-level names bound by imports: ('module', name) or ('attr', module, name)."""
        if m["file"] not in bindings_cache:
            out = {}
            for kind, node, boot, _ in events(tree.body, True, False, False):
                if boot:
                    bind(m, node, out)
            bindings_cache[m["file"]] = out
        return bindings_cache[m["file"]]

    def bind(m, node, out):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    out[a.asname] = ("module", a.name)
                else:
                    out[a.name.split(".")[0]] = ("module", a.name.split(".")[0])
        else:
            base = absolute(m, node)
            if base:
                for a in node.names:
                    if a.name != "*":
                        out[a.asname or a.name] = ("attr", base, a.name)

    def function(module, fname, hops=0):
        """(importer, tree, FunctionDef) of the project function module.fname, or None."""
        key = (module, fname)
        if key in functions:
            return functions[key]
        functions[key] = None
        found = locate(module)
        if found and found[0].endswith(".py"):
            try:
                tree = read_tree(found[0])
            except Unreadable:
                tree = None
            if tree is not None:
                owner = {"module": module, "file": found[0], "package": found[1]}
                fdef = defs_of(tree).get(fname)
                if fdef:
                    functions[key] = (owner, tree, fdef)
                elif hops < 3:
                    b = bindings(owner, tree).get(fname)
                    if b and b[0] == "attr" and not locate(b[1] + "." + b[2]):
                        functions[key] = function(b[1], b[2], hops + 1)
        return functions[key]

    def callee(m, tree, local, call):
        """The project function a call runs, or None."""
        name = dotted(call.func)
        if not name:
            return None
        head, _, rest = name.partition(".")
        b = local.get(head)
        if b is None:
            return function(m["module"], head) if not rest and head in defs_of(tree) else None
        module = b[1] if b[0] == "module" else b[1] + "." + b[2]
        if b[0] == "attr" and not rest:
            return function(b[1], b[2])
        if b[0] == "attr" and not locate(module):
            return None
        path, _, fname = rest.rpartition(".")
        return function(module + ("." + path if path else ""), fname)

    def flask_root(m, scope):
        """The app's root path under /flask/app ('' for the top), for from_pyfile: the directory of
        the module that makes the Flask app, its instance folder with instance_relative_config; None
        when this module makes no Flask app or names its paths."""
        for stmt in scope:
            for c in ast.walk(stmt):
                if isinstance(c, ast.Call) and (dotted(c.func) or "").split(".")[-1] == "Flask":
                    kw = {k.arg: k.value for k in c.keywords}
                    if "root_path" in kw or "instance_path" in kw:
                        return None
                    rel = kw.get("instance_relative_config")
                    if isinstance(rel, ast.Constant) and rel.value is True:
                        return "instance"
                    if rel is not None and not isinstance(rel, ast.Constant):
                        return None
                    return m["module"].replace(".", "/") if m["package"] else "/".join(m["module"].split(".")[:-1])
        return None

    def string_import(m, tree, call, guarded, ignored, via, text):
        arg = call.args[0] if call.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            string_target(m, call, arg.value, guarded, ignored, via, text)
            return
        choice = env_choice(m, tree, arg) if isinstance(arg, ast.Subscript) else None
        if choice:
            # a settings dict keyed by an environment variable: each string it holds is a candidate,
            # the one the variable's default selects is the one the rock imports
            variable, default, entries = choice
            for key, value in entries:
                if value is None:
                    continue  # a class or other object: imported as the module imports it
                first = len(records)
                string_target(m, call, value, guarded, ignored, via, text)
                for r in records[first:]:
                    r["selector"] = {"variable": variable, "key": key, "default": key == default}
        elif arg is not None and computed_string(arg):
            record(m, call, None, None, "computed", True, guarded, ignored, via, "string", text)

    def string_target(m, call, value, guarded, ignored, via, text):
        """werkzeug's import_string(value), followed part by part against what ships."""
        literal = target = value.replace(":", ".")
        if not target or not all(p.isidentifier() for p in target.split(".")):
            return
        attr = None
        if "." in target and not locate(target):
            # werkzeug's import_string: not a module, so module.attribute
            target, _, attr = target.rpartition(".")
        chain = target.split(".")
        prefixes = [".".join(chain[: i + 1]) for i in range(len(chain))]
        status = resolve(prefixes, m, call, True, guarded, ignored, via, "string", text, literal)
        if status == "missing-submodule":
            # the top-level package ships, a module under it exists nowhere: ModuleNotFoundError
            absent = next(p for p in prefixes if not find_module(p, rock.source))
            record(m, call, absent, None, "absent", True, guarded, ignored, via, "string", text, literal)
        elif status == "project" and attr is not None:
            found = find_module(target, rock.source)
            try:
                target_tree = read_tree(found[0]) if found[0].endswith(".py") else None
            except Unreadable:
                target_tree = False  # its own problem is reported when the walk reads it
            if target_tree is None or (target_tree is not False and not may_bind(target_tree, attr)):
                # getattr fails: werkzeug raises ImportError(AttributeError); a module whose own
                # import is still running says so (the boot imports it, the call is not gunicorn's)
                initializing = (m["module"] == target or m["module"].startswith(target + ".")) and (via is None or via["file"] is not None)
                record(m, call, target, None, "absent", True, guarded, ignored, via, "string", text, literal)
                records[-1]["attribute"] = attr
                records[-1]["initializing"] = initializing
        edges.append({"from": m["module"], "to": target, "line": call.lineno, "boot": True, "status": status, "via": via, "call": text})

    def env_choice(m, tree, sub):
        """(variable, default key or None, [(key, string or None)]) for settings[<env read>], where
        settings is a dict literal bound at module level here or in the project module it is
        imported from, and the key reads an environment variable (directly or through a name)."""
        key = sub.slice
        if isinstance(key, ast.Name):
            key = module_value(tree, key.id)
        read = env_read(key) if key is not None else None
        if not read or not isinstance(sub.value, ast.Name):
            return None
        name = sub.value.id
        value = module_value(tree, name)
        if value is None:
            b = bindings(m, tree).get(name)
            found = locate(b[1]) if b and b[0] == "attr" else None
            if found and found[0].endswith(".py"):
                try:
                    value = module_value(read_tree(found[0]), b[2])
                except Unreadable:
                    value = None
        entries = string_dict(value) if value is not None else None
        return (read[0], read[1], entries) if entries else None

    def pyfile(m, tree, scope, call, guarded, ignored, via, text):
        arg = call.args[0] if call.args else None
        silent = any(k.arg == "silent" and isinstance(k.value, ast.Constant) and k.value.value for k in call.keywords) \
            or (len(call.args) > 1 and isinstance(call.args[1], ast.Constant) and bool(call.args[1].value))
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            if arg is not None:
                record(m, call, None, None, "computed", True, guarded, ignored, via, "pyfile", text)
            return
        root = flask_root(m, scope)
        if root is None:
            root = flask_root(m, tree.body)
        rel = os.path.normpath(os.path.join(root or "", arg.value)) if root is not None else None
        if rel is None or os.path.isabs(arg.value) or rel.startswith(".."):
            record(m, call, arg.value, None, "computed", True, guarded, ignored, via, "pyfile", text)
            return
        src = rock.source(rel)
        if src and src.endswith(".py"):
            # executed as a module: its imports run at boot
            enqueue("<%s>" % rel, src, False, True)
            edges.append({"from": m["module"], "to": rel, "line": call.lineno, "boot": True, "status": "project", "via": via, "call": text})
            return
        if src:
            return
        where = rel if in_project(rel, False) else None
        status = ("missing" if where else "absent")
        if silent:
            status = "skipped" if where else None
        if status:
            record(m, call, rel, where, status, True, guarded, ignored, via, "pyfile", text)
        edges.append({"from": m["module"], "to": rel, "line": call.lineno, "boot": True, "status": status or "absent", "via": via, "call": text})

    def walk(m, tree, body, at_boot, via, depth, scope=None):
        """Follows the imports and calls of a body that runs (at boot when at_boot); scope: the
        body of the function being called, None for a module's own body."""
        local = dict(bindings(m, tree)) if scope is not None else {}
        lines = tree.lines
        for kind, node, boot, guarded in events(body, at_boot, False):
            if kind == "import":
                ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")
                if not boot and scope is not None:
                    continue  # request-time code in a called function: its module's walk has it
                if boot:
                    bind(m, node, local)
                    if scope is not None:
                        called_lines.add((m["file"], m["module"], node.lineno))
                follow_import(m, tree, node, boot, guarded, ignored, via)
                continue
            func = node.func
            attr = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if attr in STRING_IMPORTS or attr == "from_pyfile":
                ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")
            if attr in STRING_IMPORTS:
                string_import(m, tree, node, guarded, ignored, via, text_of(node))
            elif attr == "from_pyfile":
                pyfile(m, tree, scope if scope is not None else tree.body, node, guarded, ignored, via, text_of(node))
            elif depth < MAX_CALL_DEPTH:
                target = callee(m, tree, local, node)
                if target and (target[0]["file"], target[2].name) not in walked:
                    owner, ftree, fdef = target
                    walked.add((owner["file"], fdef.name))
                    step = via or {"file": m["file"], "line": node.lineno, "call": text_of(func) + "()"}
                    # walked once the modules imported so far are: Python runs an imported
                    # module's body before the importer's next line calls into it
                    calls.append((owner, ftree, fdef, step, depth + 1))

    def follow_import(m, tree, node, at_boot, guarded, ignored, via):
        name = m["module"]
        if isinstance(node, ast.Import):
            targets = [(a.name, []) for a in node.names]
        else:
            target = absolute(m, node)
            if target is None:
                problems.append(dict(located("%s:%d: relative import beyond the top-level package" % (m["file"], node.lineno), m["file"], node.lineno), boot=at_boot))
                return
            targets = [(target, [a.name for a in node.names if a.name != "*"])]
        for target, subs in targets:
            chain = target.split(".")
            status = resolve([".".join(chain[: i + 1]) for i in range(len(chain))], m, node, at_boot, guarded, ignored, via)
            edges.append({"from": name, "to": target, "line": node.lineno, "boot": at_boot, "status": status, "via": via})
            if status == "project":
                for sub in subs:
                    full = target + "." + sub
                    found = find_module(full, rock.source)
                    if found:
                        enqueue(full, found[0], found[1], at_boot)
                        edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": "project", "via": via})
                    elif find_module(full, in_project):
                        sub_status = resolve([full], m, node, at_boot, guarded, ignored, via)
                        edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": sub_status, "via": via})
            elif status == "missing" and not guarded and not ignored:
                # submodules of a package the rock lacks: shipping the package ships them
                for sub in subs:
                    found = find_module(target + "." + sub, in_project)
                    if found:
                        enqueue(target + "." + sub, found[0], found[1], at_boot, False)

    chain = wsgi_module.split(".")
    resolve([".".join(chain[: i + 1]) for i in range(len(chain))], None, None, True, False, False)
    while queue or calls:
        if len(modules) > MAX_MODULES:
            truncated = True
            break
        if not queue:
            owner, ftree, fdef, step, depth = calls.pop(0)
            walk(owner, ftree, fdef.body, True, step, depth, fdef.body)
            continue
        name = queue.pop(0)
        m = modules[name]
        try:
            tree = read_tree(m["file"]) if m["file"].endswith(".py") else None
        except Unreadable as e:
            problems.append(dict(located(e.message, m["file"], e.line, e.column), boot=m["boot"]))
            continue
        if tree is None:
            continue
        walk(m, tree, tree.body, m["boot"], None, 0)
        if name == wsgi_module and m["boot"]:
            app_problems.extend(served(m, tree, factory, served_name))
            if factory:
                target = function(name, factory)
                if target and (target[0]["file"], factory) not in walked:
                    walked.add((target[0]["file"], factory))
                    owner, ftree, fdef = target
                    calls.append((owner, ftree, fdef, {"file": None, "line": None, "call": factory + "()"}, 1))

    # An import in a function body was first seen as request-time code; a call made at boot runs it.
    if called_lines:
        by_file = {(f, line) for f, _, line in called_lines}
        by_module = {(name, line) for _, name, line in called_lines}
        records = [r for r in records if r["boot"] or (r["file"], r["line"]) not in by_file]
        edges = [e for e in edges if e["boot"] or (e["from"], e["line"]) not in by_module]
    return {
        "modules": sorted(modules.values(), key=lambda x: x["module"]),
        "imports": edges,
        "missing": records,
        "unreadable": problems,
        "app": app_problems,
        "truncated": truncated,
    }

def env_read(expr):
    """(variable, default or None) for os.getenv("V"[, "d"]), os.environ.get(...), os.environ["V"]
    and os.getenv("V") or "d"; None for anything else."""
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or) and len(expr.values) == 2:
        read, d = env_read(expr.values[0]), expr.values[1]
        if read and isinstance(d, ast.Constant) and isinstance(d.value, str):
            return read[0], d.value
        return None
    if isinstance(expr, ast.Subscript) and (dotted(expr.value) or "") in ("os.environ", "environ"):
        k = expr.slice
        return (k.value, None) if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
    if not (isinstance(expr, ast.Call) and (dotted(expr.func) or "") in ("os.getenv", "getenv", "os.environ.get", "environ.get")):
        return None
    if not (expr.args and isinstance(expr.args[0], ast.Constant) and isinstance(expr.args[0].value, str)):
        return None
    d = expr.args[1] if len(expr.args) > 1 else next((k.value for k in expr.keywords if k.arg == "default"), None)
    if d is None:
        return expr.args[0].value, None
    return (expr.args[0].value, d.value) if isinstance(d, ast.Constant) and isinstance(d.value, str) else None

def module_value(tree, name):
    """The expression last assigned to name at module level, or None."""
    last = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            last = node.value
    return last

def string_dict(expr):
    """[(key, string value or None)] of a dict literal or dict(k=...) call with constant keys."""
    if isinstance(expr, ast.Dict):
        pairs = list(zip(expr.keys, expr.values))
        if any(not (isinstance(k, ast.Constant) and isinstance(k.value, str)) for k, _ in pairs):
            return None
        pairs = [(k.value, v) for k, v in pairs]
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "dict" and not expr.args:
        if any(k.arg is None for k in expr.keywords):
            return None
        pairs = [(k.arg, k.value) for k in expr.keywords]
    else:
        return None
    return [(k, v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else None) for k, v in pairs]

def import_base(pkg, node):
    """The module 'from ... import' names, relative to package pkg; None beyond the top level."""
    if not node.level:
        return node.module
    parts = pkg.split(".") if pkg else []
    if node.level - 1 > len(parts) or (node.level > 1 and node.level - 1 == len(parts)) or not pkg:
        return None
    base = parts[: len(parts) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))

def python_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]

def missing_arguments(fdef):
    """Python's TypeError for calling fdef with no arguments and the parameters it names, or None."""
    a = fdef.args
    positional = a.posonlyargs + a.args
    required = [p.arg for p in positional[: len(positional) - len(a.defaults)]]
    kind = "positional"
    if not required:
        required = [p.arg for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is None]
        kind = "keyword-only"
    if not required:
        return None
    n = len(required)
    return "TypeError: %s() missing %d required %s argument%s: %s" % (fdef.name, n, kind, "" if n == 1 else "s", python_list(required)), required

def may_bind(tree, name):
    """False only when the module plainly never binds name at module level: no assignment, def,
    class, import, loop or with target of it, no star import, no module __getattr__, no global
    statement, no globals()/vars()/setattr/exec call (any of those: it may)."""
    todo = list(tree.body)
    while todo:
        n = todo.pop()
        t = type(n)
        if t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            if n.name in (name, "__getattr__"):
                return True
            for inner in ast.walk(n):
                if isinstance(inner, ast.Global) and name in inner.names:
                    return True
            todo.extend(n.decorator_list)
            continue
        if t in (ast.Import, ast.ImportFrom):
            for a in n.names:
                if a.name == "*" or (a.asname or a.name.split(".")[0]) == name:
                    return True
            continue
        if t is ast.Name and n.id == name and not isinstance(n.ctx, ast.Load):
            return True
        if t is ast.Call and (dotted(n.func) or "").split(".")[-1] in ("globals", "vars", "setattr", "exec", "eval", "locals", "__import__"):
            return True
        todo.extend(ast.iter_child_nodes(n))
    return False

def served(m, tree, factory, attr):
    """What gunicorn does with the object it serves (attr: "app", "create_app()"): finds the name in
    the module, calls a factory with the arguments written there, then needs a callable. Only what
    is plain from the source: a name the module never binds, a factory's signature when called with
    none, a literal, a module."""
    name = factory or attr
    if not may_bind(tree, name) and not (m["package"] and find_module(m["module"] + "." + name, in_project)):
        out = {"message": "Failed to find attribute %r in %r." % (name, m["module"]), "file": m["file"], "line": 1, "kind": "attribute", "name": name}
        shadowed = m["module"].replace(".", "/") + ".py"
        if m["package"] and in_project(shadowed, False):
            out["shadows"] = shadowed
        return [out]
    if factory:
        if attr != factory + "()":
            return []
        defs = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == factory]
        missing = missing_arguments(defs[-1]) if defs else None
        if missing is None:
            return []
        return [{"message": missing[0], "file": m["file"], "line": defs[-1].lineno, "kind": "factory", "name": factory, "params": missing[1]}]
    last = None  # the last module-level binding of the served name decides
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == attr for t in node.targets):
            last = node
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and any((a.asname or a.name.split(".")[0]) == attr for a in node.names):
            last = node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == attr:
            last = None
    what = None
    if isinstance(last, ast.Assign):
        v = last.value
        if isinstance(v, ast.Constant):
            kind = type(v.value).__name__
            what = "None" if v.value is None else "%s %s literal" % ("an" if kind[0] in "aeiou" else "a", kind)
        elif isinstance(v, ast.JoinedStr):
            what = "a str literal"
        elif isinstance(v, (ast.List, ast.ListComp)):
            what = "a list"
        elif isinstance(v, (ast.Tuple,)):
            what = "a tuple"
        elif isinstance(v, (ast.Dict, ast.DictComp)):
            what = "a dict"
        elif isinstance(v, (ast.Set, ast.SetComp)):
            what = "a set"
    elif isinstance(last, ast.Import):
        what = "a module"
    elif isinstance(last, ast.ImportFrom):
        a = [a for a in last.names if (a.asname or a.name) == attr][-1]
        base = import_base(m["module"] if m["package"] else m["module"].rpartition(".")[0], last)
        if base and find_module(base + "." + a.name, in_project) and not defines_name(base, a.name):
            what = "a module"
    if what is None:
        return []
    if what == "None":
        return [{"message": "Failed to find application object: %r" % attr, "file": m["file"], "line": last.lineno, "kind": "object", "what": "None"}]
    return [{"message": "Application object must be callable.", "file": m["file"], "line": last.lineno, "kind": "object", "what": what}]

def defs_of(tree):
    """The module-level functions of a module, by name (the last def wins, as in Python)."""
    if not hasattr(tree, "defs"):
        tree.defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return tree.defs

def defines_name(module, name):
    """module's __init__ binds name itself (then 'from module import name' is not the submodule)."""
    found = find_module(module, in_project)
    if not found or not found[0].endswith(".py"):
        return False
    try:
        tree = read_tree(found[0])
    except Unreadable:
        return False
    return defines(tree, name) or any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name for n in tree.body)

out = {"hints": hints}
try:
    wsgi = req.get("wsgi")
    if req.get("candidates") is not None:
        wsgi = search(req["candidates"])
        if wsgi is None:
            out["problem"] = {"message": "Missing WSGI entrypoint in default search locations"}
            out["apps"] = flask_apps()
        else:
            out["wsgi"] = wsgi
    if wsgi and req.get("install") is not None:
        rock = Rock(req["install"], req.get("appDir") or "flask/app", req.get("installed"))
        module, _, attr = wsgi.partition(":")
        factory = attr.split("(")[0] if "(" in attr else None
        out["boot"] = predict(rock, module, factory, attr)
        out["ships"] = rock.ships()
        out["installed"] = sorted(rock.used_installed)
    print(json.dumps(out))
except Stop:
    pass
except (OutOfMemory, MemoryError) as e:
    where = " parsing %s" % e.args[0] if isinstance(e, OutOfMemory) else ""
    print(json.dumps({"error": "Python needed more than the %d MB this check allows it%s; the check stops there (the rock itself is not limited so)" % (MAX_MEMORY >> 20, where)}))
# Freeing thousands of syntax trees one by one at exit took longer than parsing them.
sys.stdout.flush()
os._exit(0)
`;
const MAX_SOURCE_BYTES = 16 << 20;
/** The python3 bridge's address space (RLIMIT_AS): some 25 MB of real source parsed and kept fits
 * (4 MB of the standard library took 170 MB), a 16 MB list literal (gigabytes) does not. */
const MAX_BRIDGE_MEMORY = 1 << 30;
/** Modules the boot prediction follows before it stops (a bound, not a real project's size). */
const MAX_BOOT_MODULES = 20_000;
/** Thrown when no Python can be run: the caller turns it into a clear user-facing error. */
class PythonMissingError extends Error {
}
/**
 * Finds the entrypoint and predicts the boot. `question` may be a promise: python3 starts at once
 * and gets the question when rockcraft.yaml is read; a promise of null ends it quietly.
 */
async function analyzeProject(root, question, python = 'python3', env = process.env) {
    let result;
    const request = Promise.resolve(question).then(q => q === null ? 'null' : JSON.stringify({ root, ...q }));
    try {
        // -I: nothing from the environment or the user's site; -S: no site module at all (the script
        // needs only the standard library, and site's .pth processing is half of python3's start).
        result = await (0,exec/* run */.eF)(await resolvePython(python, env), [
            '-I',
            '-S',
            '-c',
            PROJECT_PY,
            String(MAX_SOURCE_BYTES),
            String(MAX_BOOT_MODULES),
            String(MAX_BRIDGE_MEMORY)
        ], {
            what: 'find the WSGI entrypoint',
            timeoutMs: 30_000,
            env,
            input: request,
            keepBytes: 256 << 20
        });
    }
    catch (err) {
        if (err instanceof exec/* CommandError */.Qd) {
            throw new PythonMissingError(`finding the WSGI entrypoint needs Python 3 (rockcraft parses your code with Python's own parser): ${err.message}. Install python3, or set services.flask.command in rockcraft.yaml`);
        }
        throw err;
    }
    if (result.timedOut) {
        throw new PythonMissingError(`finding the WSGI entrypoint: ${python} did not finish within 30 s`);
    }
    const line = result.stdout.trim().split('\n').pop() ?? '';
    let parsed;
    try {
        parsed = JSON.parse(line);
    }
    catch {
        const tail = result.stderr.trim().split('\n').slice(-3).join(' / ');
        throw new PythonMissingError(`finding the WSGI entrypoint: ${python} did not answer (exit ${result.code})${tail ? `: ${tail}` : ''}; it must be Python 3.8 or newer`);
    }
    if (parsed.error)
        throw new PythonMissingError(`finding the WSGI entrypoint: ${parsed.error}`);
    return { ...parsed, hints: parsed.hints ?? [] };
}
/**
 * The WSGI app a user's services.flask.command gives gunicorn (`module:attr`), when the command
 * runs gunicorn from the app directory the way the extension's does (its `-c` config, if any, is
 * the extension's: /flask/gunicorn.conf.py, /var/lib/gunicorn/gunicorn.conf.py on 26.04);
 * undefined when it cannot be read.
 */
function wsgiOfCommand(command, config = '/flask/gunicorn.conf.py') {
    if (typeof command !== 'string' || !/\bgunicorn\b/.test(command))
        return undefined;
    // --chdir, --pythonpath or another config move the import root: not predictable from here.
    if (/--chdir|--pythonpath|--paste/.test(command))
        return undefined;
    const configs = [...command.matchAll(/(?:^|\s)-c\s+(\S+)/g)].map(m => m[1]);
    if (configs.some(c => c !== config))
        return undefined;
    const tokens = command.replace(/\[.*\]/s, ' ').split(/\s+/);
    const apps = tokens
        .map(t => t.replace(/^['"]|['"]$/g, ''))
        .filter(t => /^[A-Za-z_][\w.]*:[A-Za-z_]\w*(?:\(.*\))?$/.test(t));
    return apps.length === 1 ? apps[0] : undefined;
}

// EXTERNAL MODULE: ./src/core/expand.ts
var expand = __nccwpck_require__(7235);
;// CONCATENATED MODULE: ./src/core/installed.ts



/** Larger than any real build configuration. */
const MAX_CONFIG_BYTES = 1 << 20;
/** Directory entries a package search visits before the answer is called unsure. */
const MAX_WALK_ENTRIES = 20_000;
class Unsure extends Error {
    file;
    constructor(message, file) {
        super(message);
        this.file = file;
    }
}
class Refusal extends Error {
    file;
    constructor(message, file) {
        super(message);
        this.file = file;
    }
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function stringList(v, what, file) {
    if (v === undefined)
        return undefined;
    if (Array.isArray(v) && v.every(x => typeof x === 'string'))
        return v;
    throw new Unsure(`${what} is not a list of strings`, file);
}
// Python's str.isidentifier for the names build backends test.
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
const isIdentifier = (name) => IDENTIFIER.test(name);
/** fnmatch.fnmatchcase: "*" and "?" match any character, dots and slashes included. */
function fnmatchcase(name, pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                re += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, end);
            const negate = body.startsWith('!');
            if (negate)
                body = body.slice(1);
            re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, m => `\\${m}`)}]`;
            i = end;
        }
        else
            re += c.replace(/[.+^${}()|\\/]/g, m => `\\${m}`);
    }
    return new RegExp(`^${re}$`, 's').test(name);
}
/** One project's files as the backends see them, read once, bounded, never outside the project. */
class ProjectFiles {
    root;
    listings = new Map();
    visited = 0;
    realRoot;
    constructor(root) {
        this.root = root;
    }
    /** Entries of a project directory ("" is the root); null when there is none. */
    async list(rel) {
        const key = rel === '.' ? '' : rel;
        if (!this.listings.has(key)) {
            let entries;
            try {
                entries = await (0,promises_.readdir)(external_node_path_.join(this.root, key), { withFileTypes: true });
                entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            }
            catch {
                entries = null;
            }
            this.visited += entries?.length ?? 0;
            if (this.visited > MAX_WALK_ENTRIES) {
                throw new Unsure(`stopped after ${MAX_WALK_ENTRIES} files looking for packages`);
            }
            this.listings.set(key, entries);
        }
        return this.listings.get(key) ?? null;
    }
    /** Follows symlinks, as os.path.isdir does. */
    async isDir(rel) {
        return (0,promises_.stat)(external_node_path_.join(this.root, rel)).then(s => s.isDirectory(), () => false);
    }
    async isFile(rel) {
        return (0,promises_.stat)(external_node_path_.join(this.root, rel)).then(s => s.isFile(), () => false);
    }
    /** A text file of the project, or undefined when there is none; Unsure when it cannot be used. */
    async text(rel) {
        const file = external_node_path_.join(this.root, rel);
        const link = await (0,promises_.lstat)(file).catch(() => undefined);
        if (!link)
            return undefined;
        if (link.isSymbolicLink()) {
            this.realRoot ??= await (0,promises_.realpath)(this.root);
            const target = await (0,promises_.realpath)(file).catch(() => '');
            if (!target.startsWith(this.realRoot + external_node_path_.sep)) {
                throw new Unsure(`${rel} is a symlink out of the project`, rel);
            }
        }
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (!info?.isFile())
            throw new Unsure(`${rel} is not a regular file`, rel);
        if (info.size > MAX_CONFIG_BYTES) {
            throw new Unsure(`${rel} is over ${MAX_CONFIG_BYTES >> 20} MB; not reading it`, rel);
        }
        const bytes = await (0,promises_.readFile)(file);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new Unsure(`${rel} is not valid UTF-8`, rel);
        }
    }
}
const join = (...parts) => parts.filter(p => p && p !== '.').join('/');
// --- setup.cfg: the INI dialect of Python's configparser (keys lowercased, indented continuation
// lines, whole-line comments only).
function parseSetupCfg(text) {
    const sections = new Map();
    let current;
    let key;
    text.split(/\r\n|\r|\n/).forEach((line, i) => {
        if (/^\s*([#;]|$)/.test(line))
            return;
        if (/^\s/.test(line) && current && key !== undefined) {
            current.set(key, `${current.get(key)}\n${line.trim()}`);
            return;
        }
        const section = /^\[([^\]]+)\]/.exec(line);
        if (section) {
            current = sections.get(section[1]) ?? new Map();
            sections.set(section[1], current);
            key = undefined;
            return;
        }
        const pair = /^([^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
        if (!pair || !current) {
            throw new Unsure(`setup.cfg line ${i + 1} is not "key = value" in a [section]`, 'setup.cfg');
        }
        key = pair[1].trim().toLowerCase();
        current.set(key, pair[2].trim());
    });
    return sections;
}
const cfgList = (v) => v
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean);
function cfgPackageDir(v) {
    const out = {};
    for (const line of cfgList(v)) {
        const eq = line.indexOf('=');
        if (eq < 0)
            out[''] = line;
        else
            out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}
class Tokens {
    s;
    pos = 0;
    constructor(s) {
        this.s = s;
    }
    ws() {
        for (;;) {
            const m = /^(\s+|#[^\n]*|\\\n)/.exec(this.s.slice(this.pos, this.pos + 4096));
            if (!m)
                return;
            this.pos += m[0].length;
        }
    }
    peek(re) {
        this.ws();
        return re.exec(this.s.slice(this.pos, this.pos + 4096));
    }
    take(re) {
        const m = this.peek(re);
        if (m)
            this.pos += m[0].length;
        return m;
    }
    string() {
        const m = this.take(/^[rRuU]?("([^"\\\n]*)"|'([^'\\\n]*)')/);
        return m ? (m[2] ?? m[3]) : undefined;
    }
    strings() {
        const open = this.take(/^[[(]/);
        if (!open) {
            const one = this.string();
            return one === undefined ? undefined : [one];
        }
        const close = open[0] === '[' ? /^\]/ : /^\)/;
        const out = [];
        while (!this.take(close)) {
            const s = this.string();
            if (s === undefined)
                return undefined;
            out.push(s);
            if (!this.take(/^,/) && !this.peek(close))
                return undefined;
        }
        return out;
    }
}
function readSetupPy(text) {
    const computed = (what) => new Unsure(`setup.py computes ${what}; not run, so what pip install . installs is unsure`, 'setup.py');
    if (/\*\*\s*[A-Za-z_(]/.test(text))
        throw computed('its setup() arguments (**)');
    const out = {};
    for (const m of text.matchAll(/\b(packages|py_modules|package_dir)\s*=(?!=)/g)) {
        const t = new Tokens(text);
        t.pos = (m.index ?? 0) + m[0].length;
        const field = m[1];
        if (field === 'package_dir') {
            if (!t.take(/^\{/))
                throw computed('package_dir');
            const dirs = {};
            while (!t.take(/^\}/)) {
                const k = t.string();
                if (k === undefined || !t.take(/^:/))
                    throw computed('package_dir');
                const v = t.string();
                if (v === undefined)
                    throw computed('package_dir');
                dirs[k] = v;
                if (!t.take(/^,/) && !t.peek(/^\}/))
                    throw computed('package_dir');
            }
            out.packageDir = dirs;
            continue;
        }
        if (field === 'py_modules') {
            const list = t.strings();
            if (!list || !t.peek(/^[,)]/))
                throw computed('py_modules');
            out.pyModules = list;
            continue;
        }
        const call = t.take(/^(?:setuptools\.)?(find_packages|find_namespace_packages)\s*\(/);
        if (call) {
            const find = {
                where: ['.'],
                include: ['*'],
                exclude: [],
                namespaces: call[1] === 'find_namespace_packages'
            };
            let positional = 0;
            while (!t.take(/^\)/)) {
                const kw = t.take(/^(where|include|exclude)\s*=/);
                const name = kw ? kw[1] : (['where', 'exclude', 'include'][positional++] ?? '');
                const value = name === 'where' ? t.string() : t.strings();
                if (value === undefined || !name)
                    throw computed('packages');
                if (name === 'where')
                    find.where = [value];
                else
                    find[name] = value;
                if (!t.take(/^,/) && !t.peek(/^\)/))
                    throw computed('packages');
            }
            if (!t.peek(/^[,)]/))
                throw computed('packages');
            out.packages = { find };
            continue;
        }
        const list = t.strings();
        if (!list || !t.peek(/^[,)]/))
            throw computed('packages');
        out.packages = { list };
    }
    return out;
}
// --- setuptools
const FLAT_PACKAGE_EXCLUDE = [
    'ci', 'bin', 'debian', 'doc', 'docs', 'documentation', 'manpages', 'news', 'newsfragments',
    'changelog', 'test', 'tests', 'unit_test', 'unit_tests', 'example', 'examples', 'scripts',
    'tools', 'util', 'utils', 'python', 'build', 'dist', 'venv', 'env', 'requirements', 'tasks',
    'fabfile', 'site_scons', 'benchmark', 'benchmarks', 'exercise', 'exercises', 'htmlcov', '[._]*'
]; // prettier-ignore
const FLAT_MODULE_EXCLUDE = [
    'setup', 'conftest', 'test', 'tests', 'example', 'examples', 'build', 'toxfile', 'noxfile',
    'pavement', 'dodo', 'tasks', 'fabfile', '[Ss][Cc]onstruct', 'conanfile', 'manage', 'benchmark',
    'benchmarks', 'exercise', 'exercises', '[._]*'
]; // prettier-ignore
const ALWAYS_EXCLUDE = ['ez_setup', '*__pycache__'];
/** setuptools' PackageFinder (namespaces: PEP420PackageFinder) below `where`. */
async function findPackages(files, where, include, exclude, namespaces, looksLike = () => true) {
    const out = { packages: [], withCode: new Set() };
    const excluded = [...exclude, ...ALWAYS_EXCLUDE];
    const walk = async (rel, prefix) => {
        for (const e of (await files.list(rel)) ?? []) {
            const dirRel = join(rel, e.name);
            if (!(e.isDirectory() || (e.isSymbolicLink() && (await files.isDir(dirRel)))))
                continue;
            const name = prefix ? `${prefix}.${e.name}` : e.name;
            if (e.name.includes('.') || !looksLike(name))
                continue;
            const listing = (await files.list(dirRel)) ?? [];
            if (!namespaces && !listing.some(x => x.name === '__init__.py'))
                continue;
            if (include.some(p => fnmatchcase(name, p)) && !excluded.some(p => fnmatchcase(name, p))) {
                out.packages.push(name);
                if (listing.some(x => x.name.endsWith('.py')))
                    out.withCode.add(name);
            }
            if (prefix.split('.').length < 12)
                await walk(dirRel, name);
        }
    };
    await walk(where, '');
    return out;
}
async function findModules(files, where, exclude = []) {
    const out = [];
    for (const e of (await files.list(where)) ?? []) {
        if (!e.name.endsWith('.py'))
            continue;
        const name = e.name.slice(0, -3);
        if (!isIdentifier(name) || exclude.some(p => fnmatchcase(name, p)))
            continue;
        if (await files.isFile(join(where, e.name)))
            out.push(name);
    }
    return out;
}
function findPackagePath(name, packageDir) {
    const parts = name.split('.');
    for (let i = parts.length; i > 0; i--) {
        const partial = parts.slice(0, i).join('.');
        if (partial in packageDir)
            return join(packageDir[partial], ...parts.slice(i));
    }
    return join(packageDir[''] ?? '', ...parts);
}
const pyList = (names) => `[${names.map(n => `'${n}'`).join(', ')}]`;
async function setuptoolsConfig(files, pyproject, notes) {
    const cfg = { packageDir: {}, source: '' };
    const fromSetupPy = await files
        .text('setup.py')
        .then(t => (t === undefined ? undefined : readSetupPy(t)));
    if (fromSetupPy) {
        if (fromSetupPy.packages)
            cfg.packages = fromSetupPy.packages;
        if (fromSetupPy.pyModules)
            cfg.pyModules = fromSetupPy.pyModules;
        if (fromSetupPy.packageDir)
            cfg.packageDir = fromSetupPy.packageDir;
        if (fromSetupPy.packages || fromSetupPy.pyModules)
            cfg.source = 'setup.py';
    }
    const cfgText = await files.text('setup.cfg');
    const options = cfgText === undefined ? undefined : parseSetupCfg(cfgText).get('options');
    if (options) {
        const found = parseSetupCfg(cfgText).get('options.packages.find');
        const pkgs = options.get('packages');
        if (pkgs !== undefined) {
            if (pkgs === 'find:' || pkgs === 'find_namespace:') {
                cfg.packages = {
                    find: {
                        where: cfgList(found?.get('where') ?? '.'),
                        include: cfgList(found?.get('include') ?? '*'),
                        exclude: cfgList(found?.get('exclude') ?? ''),
                        namespaces: pkgs === 'find_namespace:'
                    }
                };
            }
            else if (/^(find|find_namespace):/.test(pkgs) || pkgs.startsWith('attr:')) {
                throw new Unsure(`setup.cfg: packages = ${pkgs.split('\n')[0]} is not read here`, 'setup.cfg');
            }
            else
                cfg.packages = { list: cfgList(pkgs) };
            cfg.source = 'setup.cfg';
        }
        const mods = options.get('py_modules');
        if (mods !== undefined) {
            cfg.pyModules = cfgList(mods);
            cfg.source = 'setup.cfg';
        }
        const dirs = options.get('package_dir');
        if (dirs !== undefined)
            cfg.packageDir = cfgPackageDir(dirs);
    }
    const tool = isTable(pyproject?.tool) && isTable(pyproject.tool.setuptools)
        ? pyproject.tool.setuptools
        : undefined;
    if (tool) {
        const file = 'pyproject.toml';
        if (tool['package-dir'] !== undefined) {
            const dirs = tool['package-dir'];
            if (!isTable(dirs) || !Object.values(dirs).every(v => typeof v === 'string')) {
                throw new Unsure('[tool.setuptools] package-dir is not a table of strings', file);
            }
            cfg.packageDir = dirs;
        }
        const pkgs = tool.packages;
        if (pkgs !== undefined) {
            if (Array.isArray(pkgs))
                cfg.packages = { list: stringList(pkgs, '[tool.setuptools] packages', file) };
            else if (isTable(pkgs) && isTable(pkgs.find)) {
                const f = pkgs.find;
                cfg.packages = {
                    find: {
                        where: stringList(f.where, '[tool.setuptools.packages.find] where', file) ?? ['.'],
                        include: stringList(f.include, '[tool.setuptools.packages.find] include', file) ?? [
                            '*'
                        ],
                        exclude: stringList(f.exclude, '[tool.setuptools.packages.find] exclude', file) ?? [],
                        namespaces: f.namespaces !== false
                    }
                };
            }
            else
                throw new Unsure('[tool.setuptools] packages is neither a list nor {find = ...}', file);
            cfg.source = file;
        }
        const mods = tool['py-modules'];
        if (mods !== undefined) {
            cfg.pyModules = stringList(mods, '[tool.setuptools] py-modules', file);
            cfg.source = file;
        }
    }
    if (cfg.source &&
        cfg.source !== 'setup.py' &&
        (fromSetupPy?.packages || fromSetupPy?.pyModules)) {
        notes.push({
            message: `setup.py and ${cfg.source} both list packages or modules; ${cfg.source} is the one read`,
            file: 'setup.py'
        });
    }
    return cfg;
}
async function setuptools(files, pyproject, notes) {
    const cfg = await setuptoolsConfig(files, pyproject, notes);
    const file = cfg.source || (pyproject ? 'pyproject.toml' : 'setup.py');
    const modules = new Map();
    const addPackages = async (packages, withCode, pathOf) => {
        for (const p of packages) {
            if (!withCode(p))
                continue;
            const top = p.split('.')[0];
            if (!modules.has(top))
                modules.set(top, { name: top, path: pathOf(top), package: true });
        }
    };
    const explicit = cfg.packages !== undefined || cfg.pyModules !== undefined;
    if (cfg.packages && 'list' in cfg.packages) {
        for (const p of cfg.packages.list) {
            const dir = findPackagePath(p, cfg.packageDir);
            if (!(await files.isDir(dir))) {
                throw new Refusal((await files.isFile(dir)) || (await files.list(dir)) !== null
                    ? `error: supposed package directory '${dir}' exists, but is not a directory`
                    : `error: package directory '${dir}' does not exist`, file);
            }
        }
        await addPackages(cfg.packages.list, () => true, top => findPackagePath(top, cfg.packageDir));
    }
    else if (cfg.packages) {
        const f = cfg.packages.find;
        for (const where of f.where) {
            const found = await findPackages(files, where, f.include, f.exclude, f.namespaces);
            await addPackages(found.packages, p => found.withCode.has(p) ||
                found.packages.some(q => q.startsWith(`${p}.`) && found.withCode.has(q)), top => join(where, top));
        }
    }
    for (const m of cfg.pyModules ?? []) {
        const [top] = m.split('.');
        const rel = m.includes('.')
            ? findPackagePath(top, cfg.packageDir)
            : join(cfg.packageDir[''] ?? '', `${m}.py`);
        // build_py only warns about a listed module it cannot find
        if (m.includes('.') ? await files.isDir(rel) : await files.isFile(rel)) {
            if (!modules.has(top))
                modules.set(top, { name: top, path: rel, package: m.includes('.') });
        }
    }
    if (explicit)
        return [...modules.values()];
    // Automatic discovery: explicit package_dir, then src-layout, then flat-layout.
    const named = Object.entries(cfg.packageDir).filter(([k]) => k !== '');
    if (named.length > 0) {
        for (const [pkg, dir] of named) {
            const top = pkg.split('.')[0];
            if (!modules.has(top))
                modules.set(top, {
                    name: top,
                    path: pkg.includes('.') ? findPackagePath(top, cfg.packageDir) : dir,
                    package: true
                });
        }
        return [...modules.values()];
    }
    const src = cfg.packageDir[''] ?? 'src';
    if (await files.isDir(src)) {
        const found = await findPackages(files, src, ['*'], [], true);
        await addPackages(found.packages, p => found.withCode.has(p) ||
            found.packages.some(q => q.startsWith(`${p}.`) && found.withCode.has(q)), top => join(src, top));
        for (const m of await findModules(files, src)) {
            if (!modules.has(m))
                modules.set(m, { name: m, path: join(src, `${m}.py`), package: false });
        }
        return [...modules.values()];
    }
    // Flat layout: every directory with a valid name is a package (PEP 420), the reserved names and
    // their subpackages left out; so the top-level packages are the root's directories that pass,
    // and the walk goes below one only when it is the only one.
    const top = [];
    for (const e of (await files.list('')) ?? []) {
        if (!(e.isDirectory() || (e.isSymbolicLink() && (await files.isDir(e.name)))))
            continue;
        if (e.name.includes('.') || !(isIdentifier(e.name) || e.name.endsWith('-stubs')))
            continue;
        if (e.name.endsWith('-stubs') || FLAT_PACKAGE_EXCLUDE.some(p => fnmatchcase(e.name, p)))
            continue;
        top.push(e.name);
    }
    const refuse = (names, kind) => new Refusal(`setuptools: Multiple top-level ${kind} discovered in a flat-layout: ${pyList(names)}. To avoid accidental inclusion of unwanted files or directories, setuptools will not proceed with this build. Name what to install (in pyproject.toml, [tool.setuptools] packages = [...] or py-modules = [...]; packages = [] when /flask/app is enough), or use a src-layout`, file);
    if (top.length > 1)
        throw refuse(top, 'packages');
    if (top.length === 1) {
        const listing = (await files.list(top[0])) ?? [];
        const below = await findPackages(files, top[0], ['*'], [], true, name => name.split('.').every(isIdentifier));
        if (listing.some(x => x.name.endsWith('.py')) || below.withCode.size > 0) {
            modules.set(top[0], { name: top[0], path: top[0], package: true });
        }
        return [...modules.values()];
    }
    const flatModules = await findModules(files, '', FLAT_MODULE_EXCLUDE);
    if (flatModules.length > 1)
        throw refuse(flatModules, 'modules');
    return flatModules.map(m => ({ name: m, path: `${m}.py`, package: false }));
}
// --- the other backends
const PEP503 = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
function projectName(pyproject, fallback) {
    const project = isTable(pyproject.project) ? pyproject.project : {};
    const name = project.name ?? fallback;
    if (typeof name !== 'string' || !name)
        throw new Unsure('[project] has no name', 'pyproject.toml');
    return name;
}
/** A module named `name` (dots: a package path) at the top level or under src/, as flit and poetry find it. */
async function topOrSrc(files, name) {
    const asPath = name.split('.').join('/');
    return {
        dir: (await files.isDir(asPath)) ? asPath : undefined,
        file: (await files.isFile(`${asPath}.py`)) ? `${asPath}.py` : undefined,
        srcDir: (await files.isDir(`src/${asPath}`)) ? `src/${asPath}` : undefined,
        srcFile: (await files.isFile(`src/${asPath}.py`)) ? `src/${asPath}.py` : undefined
    };
}
function moduleAt(name, rel, isPackage) {
    const top = name.split('.')[0];
    if (!name.includes('.'))
        return { name, path: rel, package: isPackage };
    const depth = name.split('.').length - 1;
    return { name: top, path: rel.split('/').slice(0, -depth).join('/'), package: true };
}
async function flit(files, pyproject) {
    const file = 'pyproject.toml';
    const tool = isTable(pyproject.tool) && isTable(pyproject.tool.flit) ? pyproject.tool.flit : {};
    let name;
    if (isTable(pyproject.project)) {
        const mod = isTable(tool.module) ? tool.module.name : undefined;
        if (pyproject.project.name === undefined)
            throw new Refusal('flit: name must be specified in [project] table', file);
        name = mod ?? String(pyproject.project.name).replace(/-/g, '_');
    }
    else if (isTable(tool.metadata)) {
        name = tool.metadata.module;
    }
    else
        throw new Refusal('flit: Neither [project] nor [tool.flit.metadata] found in pyproject.toml', file);
    if (typeof name !== 'string' || !name.split('.').every(isIdentifier)) {
        throw new Refusal(`flit: Module name ${JSON.stringify(name)} is not a valid identifier`, file);
    }
    const at = await topOrSrc(files, name);
    const existing = [at.dir, at.file, at.srcDir, at.srcFile].filter((x) => x !== undefined);
    if (existing.length > 1)
        throw new Refusal(`flit: Multiple files or folders could be module ${name}: ${existing.sort().join(', ')}`, file);
    if (existing.length === 0)
        throw new Refusal(`flit: No file/folder found for module ${name}`, file);
    return [moduleAt(name, existing[0], existing[0] === at.dir || existing[0] === at.srcDir)];
}
async function poetry(files, pyproject) {
    const file = 'pyproject.toml';
    const tool = isTable(pyproject.tool) && isTable(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
    if (tool['package-mode'] === false)
        throw new Refusal('poetry-core: Building a package is not possible in non-package mode.', file);
    const name = projectName(pyproject, tool.name);
    const packages = tool.packages;
    if (packages === undefined) {
        const mod = PEP503(name).replace(/-/g, '_');
        const at = await topOrSrc(files, mod);
        if (at.dir && at.file)
            throw new Refusal(`poetry-core: Both ${at.dir} and ${at.file} exist`, file);
        if (at.srcDir && at.srcFile)
            throw new Refusal(`poetry-core: Both ${mod} and ${mod}.py exist`, file);
        const rel = at.dir ?? at.file ?? at.srcDir ?? at.srcFile;
        if (!rel)
            throw new Refusal(`poetry-core: No file/folder found for package ${name}`, file);
        return [{ name: mod, path: rel, package: rel === at.dir || rel === at.srcDir }];
    }
    if (!Array.isArray(packages))
        throw new Unsure('[tool.poetry] packages is not a list', file);
    const out = [];
    for (const p of packages) {
        if (!isTable(p) || typeof p.include !== 'string')
            throw new Unsure('[tool.poetry] packages has an entry without include', file);
        const formats = p.format === undefined ? undefined : [p.format].flat();
        if (formats && !formats.includes('wheel'))
            continue;
        const from = typeof p.from === 'string' ? p.from : '';
        if (/[*?[]/.test(p.include))
            throw new Unsure(`[tool.poetry] packages include "${p.include}" is a glob, not followed here`, file);
        const rel = join(from, p.include);
        const isDir = await files.isDir(rel);
        if (!isDir && !(await files.isFile(rel)))
            throw new Refusal(`poetry-core: ${rel} does not contain any element`, file);
        const top = p.include.split('/')[0].replace(/\.py$/, '');
        out.push({
            name: top,
            path: join(from, p.include.split('/')[0]),
            package: isDir || p.include.includes('/')
        });
    }
    return out;
}
async function hatchling(files, pyproject) {
    const file = 'pyproject.toml';
    const hatch = isTable(pyproject.tool) && isTable(pyproject.tool.hatch) ? pyproject.tool.hatch : {};
    const build = isTable(hatch.build) ? hatch.build : {};
    const target = isTable(build.targets) && isTable(build.targets.wheel) ? build.targets.wheel : {};
    const pick = (key) => target[key] ?? build[key];
    const packages = stringList(pick('packages'), 'hatch wheel packages', file);
    const onlyInclude = stringList(pick('only-include'), 'hatch wheel only-include', file);
    const include = stringList(pick('include'), 'hatch wheel include', file);
    if (packages?.length || onlyInclude?.length || include?.length) {
        const sources = pick('sources');
        if (sources !== undefined && !Array.isArray(sources))
            throw new Unsure('hatch wheel sources is a mapping, not followed here', file);
        const strip = (rel) => {
            for (const s of sources ?? []) {
                const prefix = s.replace(/\/+$/, '');
                if (rel.startsWith(`${prefix}/`))
                    return rel.slice(prefix.length + 1);
            }
            return rel;
        };
        const out = [];
        for (const p of packages ?? []) {
            const rel = p.replace(/^\/+|\/+$/g, '');
            out.push({
                name: external_node_path_.posix.basename(rel).replace(/\.py$/, ''),
                path: rel,
                package: !rel.endsWith('.py')
            });
        }
        for (const p of [...(onlyInclude ?? []), ...(include ?? [])]) {
            const rel = p.replace(/^\/+|\/+$/g, '');
            if (/[*?[]/.test(rel))
                throw new Unsure(`hatch wheel include "${p}" is a glob, not followed here`, file);
            const inWheel = strip(rel);
            const top = inWheel.split('/')[0];
            const prefix = rel.slice(0, rel.length - inWheel.length);
            out.push({
                name: top.replace(/\.py$/, ''),
                path: `${prefix}${top}`,
                package: !top.endsWith('.py')
            });
        }
        return out;
    }
    const raw = projectName(pyproject);
    const names = [...new Set([raw, PEP503(raw)].map(n => n.replace(/[^\w\d.]+/gu, '_')))];
    for (const n of names) {
        if (await files.isFile(`${n}/__init__.py`))
            return [{ name: n, path: n, package: true }];
        if (await files.isFile(`src/${n}/__init__.py`))
            return [{ name: n, path: `src/${n}`, package: true }];
        if (await files.isFile(`${n}.py`))
            return [{ name: n, path: `${n}.py`, package: false }];
        const namespaces = [];
        for (const e of (await files.list('')) ?? []) {
            if (await files.isFile(`${e.name}/${n}/__init__.py`))
                namespaces.push(e.name);
        }
        if (namespaces.length === 1)
            return [{ name: namespaces[0], path: namespaces[0], package: true }];
    }
    throw new Refusal(`hatchling: Unable to determine which files to ship inside the wheel using the following heuristics: https://hatch.pypa.io/latest/plugins/builder/wheel/#default-file-selection The most likely cause of this is that there is no directory that matches the name of your project (${names.sort().join(' or ')}). Name it in pyproject.toml: [tool.hatch.build.targets.wheel] packages = ["..."]`, file);
}
async function pdmBackend(files, pyproject) {
    const file = 'pyproject.toml';
    const pdm = isTable(pyproject.tool) && isTable(pyproject.tool.pdm) ? pyproject.tool.pdm : {};
    const build = isTable(pdm.build) ? pdm.build : {};
    const packageDir = typeof build['package-dir'] === 'string'
        ? build['package-dir']
        : (await files.isDir('src'))
            ? 'src'
            : '';
    const includes = stringList(build.includes, '[tool.pdm.build] includes', file) ?? [];
    const sourceIncludes = stringList(build['source-includes'], '[tool.pdm.build] source-includes', file) ?? ['tests'];
    const dropped = (rel) => sourceIncludes.some(s => rel === s || rel.startsWith(`${s}/`));
    const out = [];
    const inWheel = (rel) => packageDir && rel.startsWith(`${packageDir}/`) ? rel.slice(packageDir.length + 1) : rel;
    if (includes.length === 0) {
        for (const e of (await files.list(packageDir)) ?? []) {
            const rel = join(packageDir, e.name);
            if ((await files.isFile(`${rel}/__init__.py`)) && !dropped(rel))
                out.push({ name: e.name, path: rel, package: true });
        }
        if (out.length > 0)
            return out;
        for (const m of await findModules(files, packageDir)) {
            if (!dropped(join(packageDir, `${m}.py`)))
                out.push({ name: m, path: join(packageDir, `${m}.py`), package: false });
        }
        return out;
    }
    for (const inc of includes) {
        if (/[*?[]/.test(inc))
            throw new Unsure(`[tool.pdm.build] includes "${inc}" is a glob, not followed here`, file);
        const rel = inc.replace(/^\.\/|\/+$/g, '');
        const top = inWheel(rel).split('/')[0];
        out.push({
            name: top.replace(/\.py$/, ''),
            path: rel.slice(0, rel.length - inWheel(rel).length) + top,
            package: !top.endsWith('.py')
        });
    }
    return out;
}
async function uvBuild(files, pyproject) {
    const file = 'pyproject.toml';
    const uv = isTable(pyproject.tool) && isTable(pyproject.tool.uv) ? pyproject.tool.uv : {};
    const cfg = isTable(uv['build-backend']) ? uv['build-backend'] : {};
    const root = typeof cfg['module-root'] === 'string' ? cfg['module-root'].replace(/^\.\/?|\/+$/g, '') : 'src';
    const named = cfg['module-name'];
    const names = named === undefined
        ? [PEP503(projectName(pyproject)).replace(/-/g, '_')]
        : (stringList([named].flat(), '[tool.uv.build-backend] module-name', file) ?? []);
    const out = [];
    for (const name of names) {
        const rel = join(root, ...name.split('.'));
        if (cfg.namespace !== true && !(await files.isFile(`${rel}/__init__.py`))) {
            throw new Refusal(`uv_build: Expected a Python module at: ${rel}/__init__.py`, file);
        }
        out.push(moduleAt(name, rel, true));
    }
    return out;
}
const BACKENDS = [
    [/^flit_core\.buildapi$|^flit\.buildapi$/, 'flit', flit],
    [/^poetry\.core\.masonry\.api$|^poetry\.masonry\.api$/, 'poetry-core', poetry],
    [/^hatchling\.build$/, 'hatchling', hatchling],
    [/^pdm\.backend$|^pdm\.pep517\.api$/, 'pdm-backend', pdmBackend],
    [/^uv_build$/, 'uv_build', uvBuild]
];
/** Each tool's own table, to say which one a project configures but does not build with. */
const TOOL_TABLES = [
    ['flit', 'flit'],
    ['poetry', 'poetry-core'],
    ['hatch', 'hatchling'],
    ['pdm', 'pdm-backend'],
    ['setuptools', 'setuptools']
];
/**
 * What `pip install .` in flask-framework's dependencies part installs, from the project's build
 * configuration; undefined when the python plugin does not run it (no setup.py, no pyproject.toml).
 */
async function predictInstall(root) {
    const files = new ProjectFiles(root);
    const hasPyproject = await files.isFile('pyproject.toml');
    const hasSetupPy = await files.isFile('setup.py');
    if (!hasPyproject && !hasSetupPy)
        return undefined;
    const out = {
        backend: 'setuptools',
        file: hasPyproject ? 'pyproject.toml' : 'setup.py',
        modules: [],
        unsure: [],
        notes: []
    };
    try {
        let pyproject;
        if (hasPyproject) {
            try {
                pyproject = parse((await files.text('pyproject.toml')) ?? '');
            }
            catch (err) {
                if (err instanceof Unsure)
                    throw err;
                throw new Unsure(`pyproject.toml is not valid TOML: ${String(err.message).split('\n')[0]}`, 'pyproject.toml');
            }
        }
        const system = pyproject?.['build-system'];
        let backendName;
        if (system !== undefined) {
            if (!isTable(system))
                throw new Unsure('[build-system] is not a table', 'pyproject.toml');
            backendName = system['build-backend'];
        }
        if (backendName !== undefined && typeof backendName !== 'string') {
            throw new Unsure('[build-system] build-backend is not a string', 'pyproject.toml');
        }
        const chosen = backendName === undefined
            ? undefined
            : BACKENDS.find(([re]) => re.test(backendName));
        if (backendName !== undefined &&
            !chosen &&
            !/^setuptools\.build_meta(:__legacy__)?$/.test(backendName)) {
            throw new Unsure(`build backend ${backendName} is not modelled here`, 'pyproject.toml');
        }
        out.backend = chosen
            ? chosen[1]
            : backendName === undefined
                ? 'setuptools (legacy: pyproject.toml has no build-backend)'
                : 'setuptools';
        if (!hasPyproject)
            out.backend = 'setuptools (setup.py)';
        const tool = isTable(pyproject?.tool) ? pyproject.tool : {};
        const used = chosen ? chosen[1] : 'setuptools';
        for (const [table, backend] of TOOL_TABLES) {
            if (backend !== used &&
                isTable(tool[table]) &&
                (table !== 'poetry' || 'packages' in tool[table] || 'name' in tool[table]) &&
                (table !== 'hatch' || 'build' in tool[table]) &&
                (table !== 'pdm' || 'build' in tool[table])) {
                out.notes.push({
                    message: `pyproject.toml configures ${backend} in [tool.${table}], but pip builds with ${out.backend}: that table does not decide what is installed`,
                    file: 'pyproject.toml'
                });
            }
        }
        if (chosen && hasSetupPy) {
            out.notes.push({
                message: `setup.py is not used: pyproject.toml's build-backend is ${backendName}`,
                file: 'setup.py'
            });
        }
        out.modules = chosen
            ? await chosen[2](files, pyproject ?? {})
            : await setuptools(files, pyproject, out.notes);
        out.modules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch (err) {
        if (err instanceof Refusal)
            out.failure = { message: err.message, file: err.file };
        else if (err instanceof Unsure)
            out.unsure.push({ message: err.message, file: err.file });
        else
            throw err;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/pyyaml.ts
// YAML text exactly as PyYAML's SafeDumper writes it with craft-application's settings
// (sort_keys=False, allow_unicode=True, strings with a newline in literal "|" style): that is how
// `rockcraft expand-extensions` prints a project. Written from PyYAML's emitter rules: block style,
// lists not indented under their key, plain scalars folded at a single space past column 80,
// strings that would read back as another type single-quoted.
const BEST_INDENT = 2;
const BEST_WIDTH = 80;
const BREAKS = '\n\x85\u2028\u2029';
const SPACE_OR_BREAK = '\0 \t\r\n\x85\u2028\u2029';
// PyYAML's implicit resolvers: a plain scalar matching one of these is not read back as a string.
const IMPLICIT = [
    /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    /^(?:<<)$/,
    /^(?:~|null|Null|NULL|)$/,
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    /^(?:=)$/
];
// Python's re `$` also matches just before a final "\n".
function resolvesToString(value) {
    const probe = value.endsWith('\n') ? value.slice(0, -1) : value;
    return !IMPLICIT.some(re => re.test(value) || re.test(probe));
}
function isPrintableUnicode(cp) {
    return ((cp === 0x85 ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp < 0x10ffff)) &&
        cp !== 0xfeff);
}
function analyze(chars) {
    const n = chars.length;
    if (n === 0) {
        return {
            empty: true,
            multiline: false,
            allowFlowPlain: false,
            allowBlockPlain: true,
            allowSingleQuoted: true,
            allowBlock: false
        };
    }
    let blockIndicators = false;
    let flowIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    const text = chars.join('');
    if (text.startsWith('---') || text.startsWith('...')) {
        blockIndicators = true;
        flowIndicators = true;
    }
    let precededByWhitespace = true;
    let followedByWhitespace = n === 1 || SPACE_OR_BREAK.includes(chars[1]);
    let previousSpace = false;
    let previousBreak = false;
    for (let i = 0; i < n; i++) {
        const ch = chars[i];
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
                flowIndicators = true;
                blockIndicators = true;
            }
            if (ch === '?' || ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch === '-' && followedByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        else {
            if (',?[]{}'.includes(ch))
                flowIndicators = true;
            if (ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch === '#' && precededByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        if (BREAKS.includes(ch))
            lineBreaks = true;
        const cp = ch.codePointAt(0);
        if (!(ch === '\n' || (cp >= 0x20 && cp <= 0x7e))) {
            if (!isPrintableUnicode(cp))
                special = true;
        }
        if (ch === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === n - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (BREAKS.includes(ch)) {
            if (i === 0)
                leadingBreak = true;
            if (i === n - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = SPACE_OR_BREAK.includes(ch);
        followedByWhitespace = i + 2 >= n || SPACE_OR_BREAK.includes(chars[i + 2]);
    }
    const a = {
        empty: false,
        multiline: lineBreaks,
        allowFlowPlain: true,
        allowBlockPlain: true,
        allowSingleQuoted: true,
        allowBlock: true
    };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
        a.allowFlowPlain = a.allowBlockPlain = false;
    }
    if (trailingSpace)
        a.allowBlock = false;
    if (breakSpace)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = false;
    if (spaceBreak || special) {
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = a.allowBlock = false;
    }
    if (lineBreaks)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (flowIndicators)
        a.allowFlowPlain = false;
    if (blockIndicators)
        a.allowBlockPlain = false;
    return a;
}
const ESCAPES = {
    '\0': '0',
    '\x07': 'a',
    '\x08': 'b',
    '\t': 't',
    '\n': 'n',
    '\x0b': 'v',
    '\x0c': 'f',
    '\r': 'r',
    '\x1b': 'e',
    '"': '"',
    '\\': '\\',
    '\x85': 'N',
    '\xa0': '_',
    '\u2028': 'L',
    '\u2029': 'P'
};
function hex(cp, width) {
    return cp.toString(16).toUpperCase().padStart(width, '0');
}
/** The emitter's column/indent state, as PyYAML keeps it. */
class Writer {
    out = [];
    column = 0;
    whitespace = true;
    indention = true;
    openEnded = false;
    indent = 0;
    write(data) {
        this.out.push(data);
        this.column += [...data].length;
    }
    lineBreak(text = '\n') {
        this.whitespace = true;
        this.indention = true;
        this.column = 0;
        this.out.push(text);
    }
    writeIndent() {
        const indent = this.indent;
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
            this.lineBreak();
        }
        if (this.column < indent) {
            this.whitespace = true;
            this.write(' '.repeat(indent - this.column));
        }
    }
    indicator(text, needWhitespace, whitespace = false, indention = false) {
        this.write(this.whitespace || !needWhitespace ? text : ' ' + text);
        this.whitespace = whitespace;
        this.indention = this.indention && indention;
        this.openEnded = false;
    }
    plain(chars) {
        if (chars.length === 0)
            return;
        if (!this.whitespace)
            this.write(' ');
        this.whitespace = false;
        this.indention = false;
        let spaces = false;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (spaces) {
                if (ch !== ' ') {
                    if (start + 1 === end && this.column > BEST_WIDTH) {
                        this.writeIndent();
                        this.whitespace = false;
                        this.indention = false;
                    }
                    else {
                        this.write(chars.slice(start, end).join(''));
                    }
                    start = end;
                }
            }
            else if (ch === undefined || ch === ' ' || BREAKS.includes(ch)) {
                this.write(chars.slice(start, end).join(''));
                start = end;
            }
            if (ch !== undefined)
                spaces = ch === ' ';
        }
    }
    singleQuoted(chars) {
        this.indicator("'", true);
        let spaces = false;
        let breaks = false;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (spaces) {
                if (ch !== ' ') {
                    if (start + 1 === end &&
                        this.column > BEST_WIDTH &&
                        start !== 0 &&
                        end !== chars.length) {
                        this.writeIndent();
                    }
                    else {
                        this.write(chars.slice(start, end).join(''));
                    }
                    start = end;
                }
            }
            else if (breaks) {
                if (ch === undefined || !BREAKS.includes(ch)) {
                    if (chars[start] === '\n')
                        this.lineBreak();
                    for (const br of chars.slice(start, end))
                        this.lineBreak(br);
                    this.writeIndent();
                    start = end;
                }
            }
            else if (ch === undefined || ch === ' ' || ch === "'" || BREAKS.includes(ch)) {
                if (start < end) {
                    this.write(chars.slice(start, end).join(''));
                    start = end;
                }
            }
            if (ch === "'") {
                this.write("''");
                start = end + 1;
            }
            if (ch !== undefined) {
                spaces = ch === ' ';
                breaks = BREAKS.includes(ch);
            }
        }
        this.indicator("'", false);
    }
    doubleQuoted(chars) {
        this.indicator('"', true);
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            const cp = ch === undefined ? 0 : ch.codePointAt(0);
            if (ch === undefined ||
                '"\\\x85\u2028\u2029\ufeff'.includes(ch) ||
                !((cp >= 0x20 && cp <= 0x7e) ||
                    (cp >= 0xa0 && cp <= 0xd7ff) ||
                    (cp >= 0xe000 && cp <= 0xfffd))) {
                if (start < end) {
                    this.write(chars.slice(start, end).join(''));
                    start = end;
                }
                if (ch !== undefined) {
                    const data = ch in ESCAPES
                        ? '\\' + ESCAPES[ch]
                        : cp <= 0xff
                            ? '\\x' + hex(cp, 2)
                            : cp <= 0xffff
                                ? '\\u' + hex(cp, 4)
                                : '\\U' + hex(cp, 8);
                    this.write(data);
                    start = end + 1;
                }
            }
            if (end > 0 &&
                end < chars.length - 1 &&
                (ch === ' ' || start >= end) &&
                this.column + (end - start) > BEST_WIDTH) {
                const data = chars.slice(start, end).join('') + '\\';
                if (start < end)
                    start = end;
                this.write(data);
                this.writeIndent();
                this.whitespace = false;
                this.indention = false;
                if (chars[start] === ' ')
                    this.write('\\');
            }
        }
        this.indicator('"', false);
    }
    literal(chars) {
        let hints = '';
        if (chars.length > 0) {
            if (' \n\x85\u2028\u2029'.includes(chars[0]))
                hints += String(BEST_INDENT);
            const last = chars[chars.length - 1];
            if (!BREAKS.includes(last))
                hints += '-';
            else if (chars.length === 1 || BREAKS.includes(chars[chars.length - 2]))
                hints += '+';
        }
        this.indicator('|' + hints, true);
        if (hints.endsWith('+'))
            this.openEnded = true;
        this.lineBreak();
        let breaks = true;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (breaks) {
                if (ch === undefined || !BREAKS.includes(ch)) {
                    for (const br of chars.slice(start, end))
                        this.lineBreak(br);
                    if (ch !== undefined)
                        this.writeIndent();
                    start = end;
                }
            }
            else if (ch === undefined || BREAKS.includes(ch)) {
                this.write(chars.slice(start, end).join(''));
                if (ch === undefined)
                    this.lineBreak();
                start = end;
            }
            if (ch !== undefined)
                breaks = BREAKS.includes(ch);
        }
    }
}
function scalarText(value) {
    if (value === null || value === undefined)
        return { text: 'null', isString: false };
    if (typeof value === 'boolean')
        return { text: value ? 'true' : 'false', isString: false };
    if (typeof value === 'number') {
        if (Number.isInteger(value))
            return { text: String(value), isString: false };
        if (Number.isNaN(value))
            return { text: '.nan', isString: false };
        if (!Number.isFinite(value))
            return { text: value > 0 ? '.inf' : '-.inf', isString: false };
        let text = String(value);
        if (!text.includes('.') && !text.includes('e'))
            text += '.0';
        return { text, isString: false };
    }
    return { text: value, isString: true };
}
function emitScalar(w, value, simpleKey) {
    const { text, isString } = scalarText(value);
    const chars = [...text];
    const saved = w.indent;
    w.indent = saved + BEST_INDENT; // PyYAML indents a scalar's continuation lines one step in
    if (!isString) {
        w.plain(chars);
    }
    else {
        const a = analyze(chars);
        const wantLiteral = text.includes('\n');
        if (!wantLiteral &&
            resolvesToString(text) &&
            !(simpleKey && (a.empty || a.multiline)) &&
            a.allowBlockPlain) {
            w.plain(chars);
        }
        else if (wantLiteral && !simpleKey && a.allowBlock) {
            w.literal(chars);
        }
        else if (!wantLiteral && a.allowSingleQuoted && !(simpleKey && a.multiline)) {
            w.singleQuoted(chars);
        }
        else {
            w.doubleQuoted(chars);
        }
    }
    w.indent = saved;
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function emitNode(w, value, inMapping) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            w.indicator('[', true, true);
            w.indicator(']', false);
            return;
        }
        const saved = w.indent;
        // Lists directly under a mapping key are not indented ("indentless"), PyYAML's default.
        if (!(inMapping && !w.indention))
            w.indent = saved + BEST_INDENT;
        for (const item of value) {
            w.writeIndent();
            w.indicator('-', true, false, true);
            emitNode(w, item, false);
        }
        w.indent = saved;
        return;
    }
    if (isMapping(value)) {
        const keys = Object.keys(value);
        if (keys.length === 0) {
            w.indicator('{', true, true);
            w.indicator('}', false);
            return;
        }
        const saved = w.indent;
        w.indent = saved + BEST_INDENT;
        for (const key of keys) {
            w.writeIndent();
            emitScalar(w, key, true);
            w.indicator(':', false);
            emitNode(w, value[key], true);
        }
        w.indent = saved;
        return;
    }
    emitScalar(w, value, false);
}
/** `yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True)` with craft's str style. */
function dumpPyYaml(data) {
    const w = new Writer();
    if (isMapping(data) && Object.keys(data).length > 0) {
        // The root mapping sits at indent 0: start one step "above" it.
        w.indent = -BEST_INDENT;
        emitNode(w, data, false);
        w.indent = 0;
    }
    else {
        w.indent = -BEST_INDENT;
        emitNode(w, data, false);
        w.indent = 0;
    }
    w.writeIndent();
    if (w.openEnded) {
        w.indicator('...', true);
        w.writeIndent();
    }
    return w.out.join('');
}

;// CONCATENATED MODULE: ./src/core/import-names.ts
// The top-level import names a requirement puts into the venv, so the boot prediction can tell an
// absolute import of an installed library from a project module of the same name (Python 3's
// imports are absolute: `from webauthn import ...` beside a webauthn.py is the library). A
// distribution's import name is its normalised name with `-` read as `_`, except for the
// distributions below, whose modules are named otherwise.
/** PEP 503's normalised distribution name: lower case, runs of `-`, `_`, `.` as one `-`. */
function normalizedDistribution(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Distributions (normalised) whose top-level import names are not their own name. */
const IMPORT_NAME_EXCEPTIONS = {
    'argon2-cffi': ['argon2'],
    attrs: ['attr', 'attrs'],
    beautifulsoup4: ['bs4'],
    'dbus-python': ['dbus', '_dbus_bindings', '_dbus_glib_bindings'],
    'discord-py': ['discord'],
    dnspython: ['dns'],
    'email-validator': ['email_validator'],
    'faiss-cpu': ['faiss'],
    'google-api-python-client': ['googleapiclient'],
    grpcio: ['grpc'],
    ipython: ['IPython'],
    'lazr-restfulclient': ['lazr'],
    'lazr-uri': ['lazr'],
    'msgpack-python': ['msgpack'],
    mysqlclient: ['MySQLdb'],
    'opencv-python': ['cv2'],
    'opencv-python-headless': ['cv2'],
    pillow: ['PIL'],
    'poetry-core': ['poetry'],
    protobuf: ['google'],
    'psycopg-binary': ['psycopg'],
    'psycopg2-binary': ['psycopg2'],
    pycryptodome: ['Crypto'],
    pycryptodomex: ['Cryptodome'],
    pygithub: ['github'],
    pygobject: ['gi', 'pygtkcompat'],
    pyjwt: ['jwt'],
    pymongo: ['pymongo', 'bson', 'gridfs'],
    pynacl: ['nacl'],
    pyopenssl: ['OpenSSL'],
    pyserial: ['serial'],
    'python-apt': ['apt', 'apt_inst', 'apt_pkg', 'aptsources'],
    'python-dateutil': ['dateutil'],
    'python-decouple': ['decouple'],
    'python-dotenv': ['dotenv'],
    'python-engineio': ['engineio'],
    'python-jose': ['jose'],
    'python-ldap': ['ldap'],
    'python-magic': ['magic'],
    'python-multipart': ['multipart'],
    'python-slugify': ['slugify'],
    'python-socketio': ['socketio'],
    pyyaml: ['yaml'],
    pyzmq: ['zmq'],
    'ruamel-yaml': ['ruamel'],
    'scikit-image': ['skimage'],
    'scikit-learn': ['sklearn'],
    setuptools: ['setuptools', 'pkg_resources', '_distutils_hack'],
    'websocket-client': ['websocket'],
    'zope-event': ['zope'],
    'zope-interface': ['zope']
};
/**
 * What the rock's venv holds whatever the requirements say: flask's own dependencies (a
 * requirements.txt must name flask), and gunicorn with its one dependency, which the extension
 * installs. An import of one of these is never a project module the rock lacks.
 */
const ALWAYS_INSTALLED = [
    'flask',
    'werkzeug',
    'jinja2',
    'markupsafe',
    'itsdangerous',
    'click',
    'blinker',
    'gunicorn',
    'packaging'
];
/** The top-level import names one requirement's distribution provides. */
function importNamesOf(distribution) {
    const normalized = normalizedDistribution(distribution);
    return IMPORT_NAME_EXCEPTIONS[normalized] ?? [normalized.replace(/-/g, '_')];
}
/** The top-level import names the requirements (and what is always installed) provide, sorted. */
function providedImportNames(requirements) {
    const out = new Set(ALWAYS_INSTALLED);
    for (const r of requirements)
        for (const name of importNamesOf(r))
            out.add(name);
    if (out.has('gevent'))
        for (const name of ['greenlet', 'zope'])
            out.add(name);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/core/requirements.ts
// Dependency names as rockcraft reads them: every requirements.txt line that the `packaging`
// library (22+) accepts as a PEP 508 requirement gives its name, lower-cased; anything it rejects
// (comments, `-r`, option lines, `--hash` tails, VCS URLs, inline comments) is silently skipped.
// Written from packaging's tokenizer rules: a line is either fully accepted or skipped.
// Python's `\w` is Unicode-aware; JavaScript's `\b` is not, so boundaries are spelled out.
const W = '[\\p{L}\\p{N}_]';
const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const VERSION = '(?:' +
    '(?:(?<====)\\s*[^\\s;)]*)' +
    `|(?:(?<===|!=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
    `|(?:(?<=~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?<!==|!=|~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
    ')';
const RULES = {
    LEFT_PARENTHESIS: /\(/y,
    RIGHT_PARENTHESIS: /\)/y,
    LEFT_BRACKET: /\[/y,
    RIGHT_BRACKET: /\]/y,
    SEMICOLON: /;/y,
    COMMA: /,/y,
    QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
    OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
    BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
    IN: new RegExp(`${B}in${B}`, 'uy'),
    NOT: new RegExp(`${B}not${B}`, 'uy'),
    VARIABLE: new RegExp(`${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extra)${B}`, 'uy'),
    SPECIFIER: new RegExp(`(?:~=|==|!=|<=|>=|<|>|===)${VERSION}`, 'iy'),
    AT: /@/y,
    URL: /[^ \t]+/y,
    IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
    VERSION_PREFIX_TRAIL: /\.\*/y,
    VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
    WS: /[ \t]+/y
};
class Invalid extends Error {
}
class requirements_Tokens {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    /** Consumes the token when it is next; returns its text. */
    take(rule) {
        const re = RULES[rule];
        re.lastIndex = this.pos;
        const m = re.exec(this.src);
        if (!m)
            return undefined;
        this.pos += m[0].length;
        return m[0];
    }
    peek(rule) {
        const re = RULES[rule];
        re.lastIndex = this.pos;
        return re.test(this.src);
    }
    expect(rule) {
        const text = this.take(rule);
        if (text === undefined)
            throw new Invalid();
        return text;
    }
    atEnd() {
        return this.pos === this.src.length;
    }
    enclosed(open, close, body) {
        const opened = this.take(open) !== undefined;
        body();
        if (opened)
            this.expect(close);
    }
}
function extras(t) {
    if (!t.peek('LEFT_BRACKET'))
        return;
    t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', () => {
        t.take('WS');
        if (t.take('IDENTIFIER') !== undefined) {
            for (;;) {
                t.take('WS');
                if (t.peek('IDENTIFIER'))
                    throw new Invalid();
                if (t.take('COMMA') === undefined)
                    break;
                t.take('WS');
                t.expect('IDENTIFIER');
            }
        }
        t.take('WS');
    });
}
function specifiers(t) {
    t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
        t.take('WS');
        while (t.take('SPECIFIER') !== undefined) {
            if (t.peek('VERSION_PREFIX_TRAIL') || t.peek('VERSION_LOCAL_LABEL_TRAIL')) {
                throw new Invalid();
            }
            t.take('WS');
            if (t.take('COMMA') === undefined)
                break;
            t.take('WS');
        }
        t.take('WS');
    });
}
function markerVar(t) {
    if (t.take('VARIABLE') === undefined)
        t.expect('QUOTED_STRING');
}
function markerOp(t) {
    if (t.take('IN') !== undefined)
        return;
    if (t.take('NOT') !== undefined) {
        t.expect('WS');
        t.expect('IN');
        return;
    }
    t.expect('OP');
}
function markerAtom(t, depth) {
    // Nesting deeper than any real marker: refuse rather than recurse without bound.
    if (depth > 100)
        throw new Invalid();
    t.take('WS');
    if (t.peek('LEFT_PARENTHESIS')) {
        t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
            t.take('WS');
            marker(t, depth + 1);
            t.take('WS');
        });
    }
    else {
        t.take('WS');
        markerVar(t);
        t.take('WS');
        markerOp(t);
        t.take('WS');
        markerVar(t);
        t.take('WS');
    }
    t.take('WS');
}
function marker(t, depth) {
    markerAtom(t, depth);
    while (t.take('BOOLOP') !== undefined)
        markerAtom(t, depth);
}
function requirementMarker(t) {
    t.expect('SEMICOLON');
    marker(t, 0);
    t.take('WS');
}
/** The requirement's name as packaging's `Requirement(line).name` gives it, or undefined if it rejects the line. */
function requirementName(line) {
    const t = new requirements_Tokens(line);
    try {
        t.take('WS');
        const name = t.expect('IDENTIFIER');
        t.take('WS');
        extras(t);
        t.take('WS');
        if (t.take('AT') !== undefined) {
            t.take('WS');
            t.expect('URL');
            if (!t.atEnd()) {
                t.expect('WS');
                if (!t.atEnd())
                    requirementMarker(t);
            }
        }
        else {
            specifiers(t);
            t.take('WS');
            if (!t.atEnd())
                requirementMarker(t);
        }
        if (!t.atEnd())
            throw new Invalid();
        return name;
    }
    catch (err) {
        if (err instanceof Invalid)
            return undefined;
        throw err;
    }
}
/** Python's str.splitlines(): every line boundary it knows, no trailing empty line. */
function splitLines(text) {
    // eslint-disable-next-line no-control-regex -- Python splits lines on these separators too
    const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** The lower-cased names requirements.txt declares, with their 1-based line numbers. */
function requirementsTxtNames(text) {
    const out = [];
    splitLines(text).forEach((line, i) => {
        const name = requirementName(line);
        if (name !== undefined)
            out.push({ name: name.toLowerCase(), line: i + 1 });
    });
    return out;
}
/**
 * Python's words for the first bytes its strict UTF-8 codec refuses (`str(UnicodeDecodeError)`,
 * as `Path.read_text()` raises it), or undefined for valid UTF-8. Written from CPython's decoder:
 * the offending range is the lead byte and the continuation bytes that were valid so far.
 */
function pythonUtf8Error(bytes) {
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
        if (need === 0)
            return decodeError(bytes, i, i, 'invalid start byte');
        // the second byte's range depends on the lead (no overlongs, no surrogates, nothing past U+10FFFF)
        const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
        const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
        let j = 1;
        for (; j <= need; j++) {
            if (i + j >= bytes.length)
                return decodeError(bytes, i, bytes.length - 1, 'unexpected end of data');
            const c = bytes[i + j];
            const ok = j === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
            if (!ok)
                return decodeError(bytes, i, i + j - 1, 'invalid continuation byte');
        }
        i += need + 1;
    }
    return undefined;
}
function decodeError(bytes, start, end, reason) {
    const where = start === end
        ? `byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}`
        : `bytes in position ${start}-${end}`;
    return `UnicodeDecodeError: 'utf-8' codec can't decode ${where}: ${reason}`;
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __nccwpck_require__(2483);
;// CONCATENATED MODULE: ./src/core/check.ts
// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.











/** Every reason the pack would fail though rockcraft accepts the project: rockcraft's own crash,
 * the build backend's refusal of `pip install .`. */
function packProblems(result) {
    return [...(result.rockcraftCrashes ?? []), ...(result.install?.problems ?? [])];
}
/** The marker that turns a boot problem on that import line into a warning. */
const IGNORE_BOOT_MARKER = 'flask-rock: ignore-boot';
/** A user mistake that stops the check entirely: one clear line, never a stack trace. */
class ProjectError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = 'ProjectError';
    }
}
/** A project directory or init option that cannot be used: the command line is wrong (CLI exit 2). */
class ProjectUsageError extends ProjectError {
}
const PROJECT_FILE = 'rockcraft.yaml';
/** Larger than any real project file; refusing beats hanging on a mistake. */
const MAX_PROJECT_FILE_BYTES = 1 << 20;
const MAX_REQUIREMENTS_BYTES = 4 << 20;
/** uv.lock files of large projects run to a few MB; this is well past any of them. */
const MAX_UV_LOCK_BYTES = 16 << 20;
const MISSING_REQUIREMENTS = "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency.";
const MISSING_FLASK = 'missing flask package dependency in requirements file.';
async function exists(file) {
    try {
        await (0,promises_.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a project file as UTF-8 text, refusing oversize, non-UTF-8 and escaping-symlink files. */
async function readProjectText(dir, name, maxBytes) {
    const file = external_node_path_.join(dir, name);
    try {
        const link = await (0,promises_.lstat)(file);
        if (link.isSymbolicLink()) {
            const target = await (0,promises_.realpath)(file);
            const realDir = await (0,promises_.realpath)(dir);
            if (target !== realDir && !target.startsWith(realDir + external_node_path_.sep)) {
                return {
                    problem: {
                        message: `${name} is a symlink to ${target}, outside the project; the rock build sees only the project directory`,
                        file
                    }
                };
            }
        }
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            return { problem: { message: `${name} is not a regular file`, file } };
        if (info.size > maxBytes) {
            return {
                problem: {
                    message: `${name} is ${(info.size / (1 << 20)).toFixed(1)} MB, over the ${maxBytes >> 20} MB this check reads; it cannot be a real ${name}`,
                    file
                }
            };
        }
        const bytes = await (0,promises_.readFile)(file);
        try {
            return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
        }
        catch {
            const bad = firstInvalidUtf8Line(bytes);
            return {
                problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad },
                bytes
            };
        }
    }
    catch (err) {
        const code = err.code;
        return { problem: { message: `cannot read ${name}: ${code ?? err.message}`, file } };
    }
}
function firstInvalidUtf8Line(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 0x0a) {
            try {
                decoder.decode(bytes.subarray(start, i));
            }
            catch {
                return line;
            }
            line++;
            start = i + 1;
        }
    }
    return line;
}
function yamlProblem(file, message, linePos) {
    const first = message.split('\n')[0];
    return {
        message: `error parsing '${PROJECT_FILE}': ${first}`,
        file,
        line: linePos?.[0]?.line,
        column: linePos?.[0]?.col
    };
}
// Top-level fields the model holds as text: a number there becomes Python's str() of it.
const TEXT_FIELDS = [
    'name',
    'title',
    'version',
    'summary',
    'description',
    'license',
    'contact',
    'issues'
];
const PYYAML_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Python's repr/str of a float: shortest digits, fixed between 1e-4 and 1e16. */
function pyFloatStr(n) {
    if (Number.isNaN(n))
        return 'nan';
    if (!Number.isFinite(n))
        return n > 0 ? 'inf' : '-inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0.0' : '0.0';
    const [mantissa, expText] = Math.abs(n).toExponential().split('e');
    const exp = Number(expText);
    const digits = mantissa.replace('.', '');
    const sign = n < 0 ? '-' : '';
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    if (exp >= 0) {
        const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
        return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
const PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
/**
 * Plain scalars typed as PyYAML types them: the yaml library's YAML 1.1 schema also reads
 * `1e3` as a number and `y`/`n` as booleans, which PyYAML keeps as text. And `version: 1.0`
 * is the float 1.0 to PyYAML, "1.0" to the model, where JavaScript would say "1".
 */
function typeAsPyYaml(doc) {
    (0,yaml_dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if (node.type !== 'PLAIN')
                return;
            const raw = node.srcToken?.source;
            if (raw === undefined)
                return;
            if (typeof node.value === 'number' && !PYYAML_INT.test(raw) && !PYYAML_FLOAT.test(raw)) {
                node.value = raw;
            }
            else if (typeof node.value === 'boolean' && !PYYAML_BOOL.test(raw)) {
                node.value = raw;
            }
            else if (node.value instanceof Date) {
                // A date: the model's JSON dump writes it back as this same ISO text.
                node.value = raw;
            }
        }
    });
    if (!(0,yaml_dist/* isMap */.jh)(doc.contents))
        return;
    for (const pair of doc.contents.items) {
        const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (!TEXT_FIELDS.includes(key) || !(0,yaml_dist/* isScalar */.jn)(value) || typeof value.value !== 'number')
            continue;
        const raw = value.srcToken?.source ?? '';
        if (value.type === 'PLAIN' && PYYAML_FLOAT.test(raw))
            value.value = pyFloatStr(value.value);
    }
}
/** Where a key sits in rockcraft.yaml (the deepest of `keys` found), for annotations. */
function locator(file, doc, lines) {
    return keys => {
        let node = doc.contents;
        let line;
        let column;
        for (const key of keys) {
            if (!(0,yaml_dist/* isMap */.jh)(node))
                break;
            const pair = node.items.find(p => (0,yaml_dist/* isPair */.tO)(p) && String(p.key?.value ?? p.key) === key);
            const range = pair?.key?.range;
            if (!pair || !range)
                break;
            ({ line, col: column } = lines.linePos(range[0]));
            node = pair.value;
        }
        return { file, line, column };
    };
}
function loadProjectYaml(text, file) {
    let doc;
    const lines = new yaml_dist/* LineCounter */.HN();
    try {
        doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
            version: '1.1',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
            lineCounter: lines,
            keepSourceTokens: true
        });
    }
    catch (err) {
        return { problem: yamlProblem(file, err.message) };
    }
    const error = doc.errors[0];
    // prettyErrors off leaves linePos unset: the line comes from the error's offset.
    if (error) {
        return {
            problem: yamlProblem(file, error.message, error.linePos ?? [lines.linePos(error.pos[0])])
        };
    }
    typeAsPyYaml(doc);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        return { problem: yamlProblem(file, err.message) };
    }
    if (!(0,expand/* isMapping */.pi)(data)) {
        return {
            problem: {
                message: `${PROJECT_FILE} must be a mapping of keys (name, base, parts...); it holds ${data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : 'a single value'}`,
                file
            }
        };
    }
    return { data: normalizeScalars(data), at: locator(file, doc, lines) };
}
// PyYAML gives datetimes for timestamps; the model turns them into text. Keep plain JSON-like data.
function normalizeScalars(v) {
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(normalizeScalars);
    if (v instanceof Map)
        return normalizeScalars(Object.fromEntries(v));
    if ((0,expand/* isMapping */.pi)(v)) {
        const out = {};
        for (const [k, val] of Object.entries(v))
            out[k] = normalizeScalars(val);
        return out;
    }
    return v;
}
async function readRequirements(dir) {
    const out = {
        names: new Set(),
        problems: [],
        crashes: [],
        hints: [],
        files: [],
        hasRequirementsTxt: false,
        hasAny: false
    };
    const reqFile = external_node_path_.join(dir, 'requirements.txt');
    if (await exists(reqFile)) {
        out.hasRequirementsTxt = out.hasAny = true;
        out.files.push(reqFile);
        const { text, problem, bytes } = await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES);
        // rockcraft reads it with Path.read_text(), UTF-8 and strict: other bytes crash rockcraft
        const crash = bytes && pythonUtf8Error(bytes);
        if (crash) {
            const utf16 = bytes[0] + bytes[1] === 0xff + 0xfe && bytes[0] !== bytes[1];
            out.crashes.push({
                message: `rockcraft would crash reading requirements.txt: Path.read_text() decodes it as UTF-8 and raises ${crash}${utf16 ? '. The file is UTF-16 (it starts with a UTF-16 byte order mark)' : ''}. Save it as UTF-8`,
                file: reqFile
            });
        }
        else if (problem)
            out.problems.push(problem);
        if (text?.includes('\0')) {
            out.hints.push({
                message: 'requirements.txt holds NUL characters, as a file saved as UTF-16 does: rockcraft reads it as UTF-8 and finds no requirement in it. Save it as UTF-8',
                file: reqFile
            });
        }
        if (text !== undefined) {
            if (text.startsWith('\ufeff')) {
                out.hints.push({
                    message: 'requirements.txt starts with a byte order mark; rockcraft does not strip it, so its first line is ignored. Save the file as UTF-8 without BOM',
                    file: reqFile,
                    line: 1
                });
            }
            splitLines(text).forEach((line, i) => {
                const name = requirementName(line);
                if (name !== undefined) {
                    out.names.add(name.toLowerCase());
                }
                else if (/^\s*[A-Za-z0-9]/.test(line) && !/^\s*(git|hg|svn|bzr)\+/.test(line)) {
                    out.hints.push({
                        message: `requirements.txt line ${i + 1} is ignored by rockcraft (not a PEP 508 requirement, e.g. an inline comment or option): ${line.trim().slice(0, 120)}`,
                        file: reqFile,
                        line: i + 1
                    });
                }
            });
        }
    }
    const tomlFile = external_node_path_.join(dir, 'pyproject.toml');
    if (await exists(tomlFile)) {
        out.hasAny = true;
        out.files.push(tomlFile);
        const { text, problem } = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES);
        if (problem)
            out.problems.push(problem);
        if (text !== undefined) {
            let data;
            try {
                data = parse(text);
            }
            catch (err) {
                const e = err;
                out.problems.push({
                    message: `error parsing pyproject.toml: ${String(e.message).split('\n')[0]}`,
                    file: tomlFile,
                    line: typeof e.line === 'number' ? e.line : undefined,
                    column: typeof e.column === 'number' ? e.column : undefined
                });
            }
            if (data !== undefined) {
                const project = data.project ?? {};
                const deps = (0,expand/* isMapping */.pi)(project) ? (project.dependencies ?? []) : undefined;
                if (!Array.isArray(deps)) {
                    out.problems.push({
                        message: 'pyproject.toml: [project].dependencies must be a list of requirement strings',
                        file: tomlFile
                    });
                }
                else {
                    for (const dep of deps) {
                        const name = typeof dep === 'string' ? requirementName(dep) : undefined;
                        if (name !== undefined)
                            out.names.add(name.toLowerCase());
                    }
                }
            }
        }
    }
    return out;
}
/** Where flask is declared in ways rockcraft does not read, each with the fix. */
async function flaskElsewhere(dir) {
    const hints = [];
    const reqFile = external_node_path_.join(dir, 'requirements.txt');
    const req = (await exists(reqFile))
        ? await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES)
        : {};
    const lines = req.text === undefined ? [] : splitLines(req.text);
    const includes = [];
    lines.forEach((line, i) => {
        // pip-compile --generate-hashes: "flask==3.0.3 \" then "    --hash=sha256:..." lines
        const continued = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*([^\\]*?)\s*\\\s*$/.exec(line);
        if (continued && continued[1].toLowerCase() === 'flask') {
            hints.push({
                message: `"${line.trim()}" continues on the next line, as pip-compile --generate-hashes writes it; rockcraft reads each line on its own and skips this one, so it does not see flask. Generate requirements.txt without --generate-hashes, or add a line "flask${continued[3] ? continued[3].replace(/\s+/g, '') : ''}"`,
                file: reqFile,
                line: i + 1
            });
        }
        const include = /^\s*(?:-r|--requirement)(?:\s*=\s*|\s+)(\S+)/.exec(line);
        if (include) {
            const name = external_node_path_.normalize(include[1]);
            if (name.startsWith('..') || external_node_path_.isAbsolute(name))
                return;
            includes.push({ name, line: i + 1 });
        }
    });
    for (const { name, line } of includes) {
        const inc = await readProjectText(dir, name, MAX_REQUIREMENTS_BYTES);
        if (inc.text !== undefined &&
            splitLines(inc.text).some(l => requirementName(l)?.toLowerCase() === 'flask')) {
            hints.push({
                message: `flask is listed in ${name}, which requirements.txt includes with -r; rockcraft reads only requirements.txt itself (pip will still install ${name}). Add a line "flask" to requirements.txt`,
                file: reqFile,
                line
            });
        }
    }
    const tomlFile = external_node_path_.join(dir, 'pyproject.toml');
    if (await exists(tomlFile)) {
        const toml = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES);
        let data;
        try {
            data = toml.text === undefined ? undefined : parse(toml.text);
        }
        catch {
            data = undefined;
        }
        const tool = (0,expand/* isMapping */.pi)(data) && (0,expand/* isMapping */.pi)(data.tool) ? data.tool : {};
        const poetry = (0,expand/* isMapping */.pi)(tool.poetry) ? tool.poetry : {};
        const deps = (0,expand/* isMapping */.pi)(poetry.dependencies) ? poetry.dependencies : {};
        if (Object.keys(deps).some(k => k.toLowerCase() === 'flask')) {
            hints.push({
                message: 'flask is listed under [tool.poetry.dependencies], which rockcraft does not read: export a requirements.txt (poetry export -f requirements.txt -o requirements.txt --without-hashes) or list it in [project].dependencies',
                file: tomlFile
            });
        }
    }
    return hints;
}
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
async function projectDir(dir) {
    const abs = external_node_path_.resolve(dir);
    let info;
    try {
        info = await (0,promises_.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new ProjectUsageError(code === 'ENOENT'
            ? `project directory ${abs} does not exist`
            : `cannot open project directory ${abs}: ${code ?? err.message}`);
    }
    if (!info.isDirectory()) {
        throw new ProjectUsageError(`project path ${abs} is not a directory`);
    }
    return abs;
}
async function checkProject(dir, opts = {}) {
    const env = opts.env ?? process.env;
    const abs = await projectDir(dir);
    const result = {
        dir: abs,
        platforms: [],
        problems: [],
        hints: [],
        worker: 'sync',
        requirements: [],
        dependencyFiles: []
    };
    const problems = result.problems;
    // python3 starts now and gets its question (the candidates depend on the project name, the
    // boot prediction on the expanded install-app part) once rockcraft.yaml is read: its start-up
    // overlaps ours. null: nothing to ask.
    let ask = () => { };
    const question = new Promise(resolve => (ask = resolve));
    const analysis = analyzeProject(abs, question, opts.python, env).catch((err) => err);
    const install = predictInstall(abs).catch((err) => ({
        backend: 'unknown',
        file: 'pyproject.toml',
        modules: [],
        notes: [],
        unsure: [{ message: `cannot read the build configuration: ${err.message}` }]
    }));
    const requirements = readRequirements(abs);
    const projectFile = external_node_path_.join(abs, PROJECT_FILE);
    let yaml;
    let at = () => ({ file: projectFile });
    const topLevel = await (0,promises_.readdir)(abs).catch((err) => {
        ask(null);
        throw new ProjectError(`cannot list project directory ${abs}: ${err.code ?? err.message}`);
    });
    try {
        // rockcraft.yaml
        if (await exists(projectFile)) {
            result.rockcraftFile = projectFile;
            const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES);
            if (problem)
                problems.push(problem);
            if (text !== undefined) {
                result.rockcraftText = text;
                const loaded = loadProjectYaml(text, projectFile);
                if (loaded.problem)
                    problems.push(loaded.problem);
                yaml = loaded.data;
                if (loaded.at)
                    at = loaded.at;
            }
        }
        else {
            problems.push({ message: `Project file '${PROJECT_FILE}' not found in '${abs}'.` });
            result.hints.push({
                message: "write one with `flask-rock init` (or the action's `init: true`), shaped like `rockcraft init --profile flask-framework`"
            });
        }
        if (yaml) {
            result.name = str(yaml.name);
            result.version = str(yaml.version);
            result.base = str(yaml.base);
            result.buildBase = str(yaml['build-base']);
            if ((0,expand/* isMapping */.pi)(yaml.platforms))
                result.platforms = Object.keys(yaml.platforms);
            for (const field of (0,expand/* unknownFields */._6)(yaml)) {
                problems.push({
                    message: `extra field '${field}' not permitted in top-level configuration`,
                    ...at([field])
                });
                const near = (0,expand/* nearestField */.fo)(field);
                if (near)
                    result.hints.push({ message: `'${field}': did you mean \`${near}\`?`, ...at([field]) });
            }
            // The Project model's required fields, in its order.
            for (const field of ['name', 'summary', 'description', 'base', 'platforms']) {
                if (!(field in yaml)) {
                    problems.push({
                        message: `field '${field}' required in top-level configuration`,
                        file: projectFile
                    });
                }
            }
            for (const [field, message] of (0,names/* nameVersionProblems */.os)(yaml)) {
                problems.push({ message, ...at([field]) });
            }
            for (const field of ['platforms', 'parts', 'services', 'environment', 'checks']) {
                const value = yaml[field];
                if (value !== undefined && value !== null && !(0,expand/* isMapping */.pi)(value)) {
                    problems.push({ message: `field '${field}' must be a mapping`, ...at([field]) });
                }
            }
            const extensions = Array.isArray(yaml.extensions) ? yaml.extensions : [];
            if (!extensions.includes(expand/* EXTENSION */.Ys)) {
                problems.push({
                    message: `${PROJECT_FILE} does not use the ${expand/* EXTENSION */.Ys} extension (add "extensions: [${expand/* EXTENSION */.Ys}]")`,
                    ...at(['extensions'])
                });
            }
            for (const other of extensions.filter(e => e !== expand/* EXTENSION */.Ys)) {
                problems.push({
                    message: `only the ${expand/* EXTENSION */.Ys} extension is supported here, not ${JSON.stringify(other)}`,
                    ...at(['extensions'])
                });
            }
            const refusals = (0,expand/* baseProblems */.Yh)(yaml, env);
            for (const message of refusals)
                problems.push({ message, ...at(['base']) });
            if (refusals.some(p => p.startsWith(`Extension '${expand/* EXTENSION */.Ys}' does not support base`))) {
                result.hints.push({
                    message: `the ${expand/* EXTENSION */.Ys} extension supports the bases ${SUPPORTED_BASES}`,
                    ...at(['base'])
                });
            }
            if (refusals.some(p => p.startsWith('Extension is experimental'))) {
                // Experimental support is only for 26.04: any other base is refused once enabled.
                const experimental = (0,expand/* baseProblems */.Yh)(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' });
                if (experimental.length === 0) {
                    result.hints.push({ message: expand/* EXPERIMENTAL_RESOLUTION */.IU, ...at(['base']) });
                    result.hints.push({ message: expand/* EXPERIMENTAL_DOCS */.hL, ...at(['base']) });
                    result.hints.push({ message: EXPERIMENTAL_HERE, ...at(['base']) });
                }
                else {
                    result.hints.push({
                        message: `the ${expand/* EXTENSION */.Ys} extension supports the bases ${SUPPORTED_BASES}; base ${String(yaml.base)}${yaml['build-base'] ? ` with build-base ${String(yaml['build-base'])}` : ''} is not one of them`,
                        ...at(['base'])
                    });
                }
            }
        }
    }
    catch (err) {
        ask(null); // python3 is waiting for its question: let it go
        throw err;
    }
    const profile = yaml ? (0,expand/* profileFor */.P5)(yaml) : expand.V1;
    const userCommand = yaml ? (0,expand/* userFlaskCommand */.iR)(yaml) : undefined;
    const userWsgi = userCommand
        ? wsgiOfCommand(userCommand, `/${profile.configDir}/gunicorn.conf.py`)
        : undefined;
    let installPart;
    if (yaml && (0,expand/* primeProblems */.Mf)(yaml).length === 0) {
        installPart = (0,expand/* expandedInstallApp */.KH)(yaml, topLevel);
    }
    const installed = await install;
    if (installed) {
        const dependencies = yaml ? (0,expand/* partName */.pn)(yaml, 'dependencies') : `${expand/* EXTENSION */.Ys}/dependencies`;
        result.install = installPrediction(abs, installed, dependencies);
    }
    // Dependencies: what they install is what an absolute import of their names finds.
    const reqs = await requirements;
    if (userCommand && (!userWsgi || !installPart))
        ask(null);
    else {
        ask({
            candidates: userCommand ? null : entrypointCandidates(result.name),
            wsgi: userWsgi,
            install: installPart ?? null,
            appDir: profile.appDir,
            installed: Object.fromEntries((installed?.modules ?? []).map(m => [m.name, m.path])),
            provided: providedImportNames(reqs.names)
        });
    }
    result.requirements = [...reqs.names].sort();
    result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync';
    result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])];
    result.hints.push(...reqs.hints);
    problems.push(...reqs.problems);
    if (reqs.crashes.length > 0)
        result.rockcraftCrashes = reqs.crashes;
    if (yaml && profile.uv)
        problems.push(...(await uvProblems(abs, yaml, topLevel, result)));
    if (!reqs.hasAny)
        problems.push({ message: MISSING_REQUIREMENTS });
    else if (reqs.problems.length === 0 && reqs.crashes.length === 0 && !reqs.names.has('flask')) {
        problems.push({ message: MISSING_FLASK, file: reqs.files[0] });
        result.hints.push(...(await flaskElsewhere(abs)));
    }
    const found = await analysis;
    if (found instanceof PythonMissingError) {
        // With the user's own command, only the boot prediction needed Python: go on without it.
        if (!userCommand)
            throw new ProjectError(found.message);
        result.hints.push({ message: `no boot prediction: ${found.message}` });
    }
    else if (found instanceof Error)
        throw found;
    if (found !== undefined && found !== null && !(found instanceof Error)) {
        const { hints, problem, wsgi, apps, boot, ships, installed: fromVenv } = found;
        result.hints.push(...hints.map(h => absolutize(abs, h)));
        if (!userCommand) {
            if (problem)
                problems.push(absolutize(abs, problem));
            result.wsgi = wsgi;
            // Where rockcraft looked and where the app is, unless a near miss already says why.
            if (problem && !problem.file && hints.length === 0) {
                result.hints.push(...entrypointHints(abs, result.name, profile.appDir, apps));
            }
        }
        if (boot && yaml) {
            result.boot = bootPrediction(abs, yaml, topLevel, boot, ships ?? [], result.rockcraftFile, profile, fromVenv ?? [], result.install);
        }
    }
    if (yaml) {
        for (const message of (0,expand/* primeProblems */.Mf)(yaml)) {
            problems.push({ message, ...at(['parts', (0,expand/* partName */.pn)(yaml, 'install-app'), 'prime']) });
        }
        if ((0,expand/* partSeparator */.D2)(yaml) === '.' && (0,expand/* isMapping */.pi)(yaml.parts)) {
            // rockcraft#1345: from 26.04 on, part names hold no '/', and the extension's use '.'.
            for (const part of Object.keys(yaml.parts).filter(p => p.includes('/'))) {
                const ours = part.startsWith(`${expand/* EXTENSION */.Ys}/`)
                    ? `: the extension's part is ${expand/* EXTENSION */.Ys}.${part.slice(expand/* EXTENSION */.Ys.length + 1)} on this base`
                    : '';
                problems.push({
                    message: `part name '${part}' contains '/', which rockcraft does not allow on base ${routingBaseOf(yaml)}${ours}`,
                    ...at(['parts', part])
                });
            }
        }
        for (const [field, message] of modelBaseProblems(yaml))
            problems.push({ message, ...at([field]) });
        if (yaml.base === 'bare') {
            if (!yaml['build-base']) {
                problems.push({
                    message: 'When "base" is "bare", a build-base must be specified.',
                    ...at(['base'])
                });
            }
            else if (!(0,expand/* barePython */.ZF)(yaml)) {
                problems.push({
                    message: `Unable to determine the Python version for the build-base ${String(yaml['build-base'])}`,
                    ...at(['build-base'])
                });
            }
        }
    }
    // rockcraft that crashes on the project expands nothing
    if (yaml && problems.length === 0 && reqs.crashes.length === 0) {
        const snippet = (0,expand/* rootSnippet */.ub)(yaml, {
            topLevel,
            hasRequirementsTxt: reqs.hasRequirementsTxt,
            worker: result.worker,
            wsgi: result.wsgi
        });
        result.expanded = (0,expand/* asProjectModel */.hd)((0,expand/* applySnippet */.wx)(yaml, snippet));
        const flat = (0,expand/* unverifiedFlatLayout */.ny)(result.expanded.parts?.[(0,expand/* partName */.pn)(yaml, 'install-app')]);
        if (profile === expand.V2 && flat.length > 0) {
            result.hints.push({
                message: `${(0,expand/* partName */.pn)(yaml, 'install-app')} organizes ${flat.join(', ')} here; rockcraft#1348 copies such a flat layout in override-build instead, and its code could not be read (ROCKCRAFT_STATE): this part of the expansion may differ from rockcraft's`
            });
        }
    }
    return result;
}
const SUPPORTED_BASES = 'ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04)';
function routingBaseOf(yaml) {
    return (0,expand/* routingBase */._u)(yaml) ?? String(yaml['build-base'] ?? yaml.base);
}
/** How to enable the experimental 26.04 extension here, beside rockcraft's own resolution. */
const EXPERIMENTAL_HERE = 'the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)';
/**
 * rockcraft#1308 on 26.04: uv.lock needs pyproject.toml; with both, the uv plugin builds the
 * dependencies from the lock (uv sync, UV_FROZEN), which must then be TOML. uv.lock joins the
 * dependency files (the pack cache key).
 */
async function uvProblems(abs, yaml, topLevel, result) {
    if (!topLevel.includes('uv.lock'))
        return [];
    const lockFile = external_node_path_.join(abs, 'uv.lock');
    if (!topLevel.includes('pyproject.toml'))
        return [{ message: expand/* UV_WITHOUT_PYPROJECT */.Gh, file: lockFile }];
    if (!(0,expand/* usesUv */.aj)(yaml, { topLevel }))
        return [];
    result.dependencyFiles.splice(result.dependencyFiles.length - 1, 0, lockFile);
    result.hints.push({
        message: `uv.lock and pyproject.toml: rockcraft builds ${(0,expand/* partName */.pn)(yaml, 'dependencies')} with the uv plugin (uv sync --no-dev --no-editable from the lock, which installs the project itself when pyproject.toml has a [build-system]). The part shown here follows rockcraft#1308 as of its pull request head; its merged code could not be read (ROCKCRAFT_STATE)`,
        file: lockFile
    });
    const { text, problem } = await readProjectText(abs, 'uv.lock', MAX_UV_LOCK_BYTES);
    if (problem)
        return [problem];
    try {
        parse(text ?? '');
    }
    catch (err) {
        const e = err;
        return [
            {
                message: `uv.lock is not TOML, so uv sync would refuse it: ${String(e.message).split('\n')[0]}`,
                file: lockFile,
                line: typeof e.line === 'number' ? e.line : undefined,
                column: typeof e.column === 'number' ? e.column : undefined
            }
        ];
    }
    return [];
}
/** Turns the python bridge's boot graph into problems and warnings a Flask developer can act on. */
function bootPrediction(abs, yaml, topLevel, graph, ships, rockcraftFile, profile, installed, install) {
    const INSTALL_APP = (0,expand/* partName */.pn)(yaml, 'install-app');
    const APP_PREFIX = `${profile.appDir}/`;
    const warnings = [];
    // Imports served from the venv are "installed", not "project" (shipped under /flask/app).
    const fromVenv = new Set(installed);
    for (const edge of graph.imports) {
        if (edge.status === 'project' && fromVenv.has(edge.to.split('.')[0]))
            edge.status = 'installed';
    }
    const fileOf = (m) => m.file === null
        ? { file: rockcraftFile }
        : { file: external_node_path_.join(abs, m.file), line: m.line, column: m.column };
    const inApp = (rel) => `/${APP_PREFIX}${rel}`;
    // A function's body runs at boot when module-level code calls it: say which call, unless it is
    // the factory gunicorn calls.
    const called = (m) => m.via?.file
        ? `, in code that ${m.via.call} at ${m.via.file}:${m.via.line} runs at import time`
        : '';
    const what = (m) => {
        if (m.file === null)
            return `gunicorn imports the WSGI module ${m.module} (${m.projectPath})`;
        const when = m.boot ? 'at boot' : 'when a request runs this code';
        if (m.kind === 'string') {
            const chosen = m.selector
                ? m.selector.default
                    ? ` (its '${m.selector.key}' entry, chosen while ${m.selector.variable} is unset)`
                    : ` when ${m.selector.variable}=${m.selector.key}`
                : '';
            return `${m.call} imports ${m.attribute === null ? m.module : `${m.module}.${m.attribute}`}${chosen} ${when}${called(m)}`;
        }
        if (m.kind === 'pyfile')
            return `${m.call} reads ${inApp(m.module ?? '')} ${when}${called(m)}`;
        return `${m.module} is imported ${when}${called(m)}`;
    };
    const stops = (m) => m.kind === 'pyfile'
        ? `FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '${inApp(m.module ?? '')}'`
        : m.kind === 'string'
            ? `werkzeug.utils.ImportStringError: import_string() failed for '${m.literal}' (${m.attribute === null
                ? `ModuleNotFoundError: No module named '${m.module}'`
                : `ImportError: ${m.initializing ? 'partially initialized ' : ''}module '${m.module}' has no attribute '${m.attribute}'${m.initializing ? ' (most likely due to a circular import)' : ''}`})`
            : `ModuleNotFoundError: No module named '${m.module}'`;
    // One problem per file the rock lacks, at its first importing line, naming the others.
    const errors = new Map();
    // from_pyfile of a file the project does not have: no prime list ships it
    const absentFiles = [];
    const chosenByDefault = new Set(graph.missing.filter(m => m.selector?.default).map(m => `${m.module}.${m.attribute}`));
    for (const m of graph.missing) {
        if (m.guarded)
            continue; // try/except ImportError: Python carries on without it
        if (m.selector && !m.selector.default && (m.status === 'missing' || m.status === 'absent')) {
            if (chosenByDefault.has(`${m.module}.${m.attribute}`))
                continue; // said once, as the default
            // another entry of a settings dict: the rock boots with the default, not with this one
            warnings.push({
                message: `${what(m)}, but ${m.status === 'missing' ? `the rock will not contain ${m.projectPath}` : 'the project has no such module'}: set so, gunicorn would stop with ${stops(m)}`,
                ...fileOf(m)
            });
            continue;
        }
        if (m.status === 'computed') {
            warnings.push({
                message: `${m.call} runs at boot${called(m)} with a string built at run time: this check cannot tell which ${m.kind === 'pyfile' ? 'file it reads' : 'module it imports'}; make sure the rock has it`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'unsure') {
            warnings.push({
                message: `${what(m)}; ${INSTALL_APP} moves files with organize globs, which this check does not follow: make sure ${inApp(m.projectPath ?? '')} is in the rock`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'skipped') {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: with silent=True Flask skips it and the app starts without that configuration`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'absent') {
            const lacks = m.attribute !== null
                ? `, which ${m.module} does not define and the project has no module ${m.module}.${m.attribute}`
                : m.kind === 'string'
                    ? `, a module the project does not have`
                    : ', a file the project does not have';
            const message = `${what(m)}${lacks}: gunicorn would stop with ${stops(m)}`;
            if (m.boot && !m.ignored)
                absentFiles.push({ message, ...fileOf(m) });
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (m.status === 'sibling') {
            const message = `${what(m)} as a top-level module, but it is ${m.projectPath}, next to the importing file: gunicorn runs from /${profile.appDir}, where only the project's top level is importable by that name. Import it relative to its package (from . import ${(m.module ?? '').split('.').pop()})`;
            if (m.boot && !m.ignored) {
                errors.set(`sibling ${m.file}:${m.line} ${m.module}`, { m, message, also: [] });
            }
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (m.boot && !m.ignored && install?.unsure && m.status === 'missing') {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath} under /${profile.appDir}; it boots only if pip install . puts ${(m.module ?? '').split('.')[0]} into the venv, which this check cannot tell from ${install.warnings[0]?.file ? external_node_path_.basename(install.warnings[0].file) : 'the build configuration'}`,
                ...fileOf(m)
            });
        }
        else if (m.boot && m.ignored) {
            warnings.push({
                message: `${what(m)}, which the rock will not contain (${m.projectPath}); not an error because the line is marked "${IGNORE_BOOT_MARKER}"`,
                ...fileOf(m)
            });
        }
        else if (m.boot) {
            const key = m.projectPath ?? '';
            const seen = errors.get(key);
            if (seen) {
                if (m.file !== seen.m.file || m.line !== seen.m.line)
                    seen.also.push(m);
            }
            else
                errors.set(key, { m, also: [] });
        }
    }
    // Request-time imports of a module that fails the boot anyway: the fix ships it.
    for (const m of graph.missing) {
        if (m.status === 'missing' && !m.boot && !m.guarded && !errors.has(m.projectPath ?? '')) {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: that request would fail with ${m.kind === 'pyfile' ? 'FileNotFoundError' : 'ModuleNotFoundError'}`,
                ...fileOf(m)
            });
        }
    }
    const additions = [
        ...new Set([...errors.values()]
            .map(e => e.m)
            .filter(m => m.status === 'missing')
            .map(m => `${APP_PREFIX}${(m.projectPath ?? '').replace(/\/__init__\.py$/, '')}`))
    ];
    const prime = (0,expand/* primeWith */.AD)(yaml, topLevel, additions);
    const userPrime = yaml.parts?.[INSTALL_APP];
    const exclusions = (Array.isArray(userPrime?.prime) ? userPrime.prime : [])
        .filter((e) => typeof e === 'string' && e.startsWith('-'))
        .filter(e => additions.some(a => a === e.slice(1).trim() || a.startsWith(`${e.slice(1).trim()}/`)));
    // Removing every entry leaves prime empty: the part's default list, which may lack the module.
    const userList = Array.isArray(userPrime?.prime) ? userPrime.prime : [];
    const includeList = exclusions.length > 0 && userList.every(e => exclusions.includes(e))
        ? (0,expand/* primeWith */.AD)({ ...yaml, parts: { [INSTALL_APP]: { ...userPrime, prime: [] } } }, topLevel, additions)
        : undefined;
    const fix = prime
        ? `Add to ${PROJECT_FILE}: parts: {${INSTALL_APP}: {prime: [${prime.join(', ')}]}}`
        : includeList
            ? `Set parts.${INSTALL_APP}.prime in ${PROJECT_FILE} to [${includeList.join(', ')}] (removing ${exclusions.map(e => `"${e}"`).join(', ')} would leave it empty, which ships only the default list)`
            : exclusions.length > 0
                ? `Remove ${exclusions.map(e => `"${e}"`).join(', ')} from parts.${INSTALL_APP}.prime in ${PROJECT_FILE}`
                : `Make parts.${INSTALL_APP} in ${PROJECT_FILE} ship ${additions.join(', ') || 'it'}: its prime or stage drops it`;
    const problems = [...errors.values()].map(({ m, message, also }) => ({
        message: message ??
            `${what(m)}${also.length > 0 ? ` (also at ${also.map(o => `${o.file ?? PROJECT_FILE}:${o.line}`).join(', ')})` : ''}, but the rock will not contain ${m.projectPath}: gunicorn would stop with ${stops(m)}. ${fix}`,
        ...fileOf(m)
    }));
    problems.push(...absentFiles);
    for (const a of graph.app) {
        const pkg = a.file.replace(/\/__init__\.py$/, '/');
        problems.push({
            message: a.kind === 'attribute'
                ? a.shadows
                    ? `rockcraft's discovery picks ${a.shadows}, but Python imports the package ${pkg} (a regular package wins over a module of the same name), which never defines ${a.name}: gunicorn would stop with "${a.message}" Define ${a.name} in ${a.file}, or give ${a.shadows} a name the package does not shadow and serve it with services.flask.command`
                    : `gunicorn serves ${a.name} from ${a.file}, which never defines it: it would stop with "${a.message}"`
                : a.kind === 'factory'
                    ? `gunicorn calls ${a.name}() with no arguments: it would stop with ${a.message}. Give ${(a.params ?? []).join(', ')} a default value in the def of ${a.name}, as rockcraft serves the factory with no arguments`
                    : `gunicorn serves ${a.what === 'None' ? 'an app that is None' : `${a.what}, not a WSGI callable`}: it would stop with "${a.message}"`,
            file: external_node_path_.join(abs, a.file),
            line: a.line
        });
    }
    for (const u of graph.unreadable) {
        const p = absolutize(abs, u);
        const entry = {
            message: u.boot ? `${p.message}: Python would fail on it at boot` : p.message,
            file: p.file,
            line: p.line,
            column: p.column
        };
        if (u.boot)
            problems.push(entry);
        else
            warnings.push(entry);
    }
    if (graph.truncated) {
        warnings.push({
            message: `stopped following imports after ${graph.modules.length} modules; the prediction covers only those`
        });
    }
    return {
        problems,
        warnings,
        ships,
        appDir: profile.appDir,
        installed,
        graph,
        fix: prime
            ? { prime }
            : exclusions.length > 0
                ? { remove: exclusions, ...(includeList ? { prime: includeList } : {}) }
                : undefined
    };
}
/** The venv's share of what imports at boot, in the words of the ships line. */
function installedLine(install) {
    const names = install.modules.map(m => (m.package ? `${m.name}/` : `${m.name}.py`));
    return `${names.join(' ') || '(nothing)'} (pip install . into the venv, ${install.backend})`;
}
/** installed.ts's answer as problems and warnings on the project's files. */
function installPrediction(abs, p, dependencies) {
    const at = (file) => file && external_node_path_.join(abs, file);
    const pip = `pip install . (in ${dependencies})`;
    return {
        backend: p.backend,
        modules: p.modules,
        problems: p.failure
            ? [{ message: `${pip} would stop: ${p.failure.message}`, file: at(p.failure.file) }]
            : [],
        warnings: [
            ...p.unsure.map(u => ({
                message: `what ${pip} puts into the venv is unsure: ${u.message}`,
                file: at(u.file ?? p.file)
            })),
            ...p.notes.map(n => ({ message: n.message, file: at(n.file) }))
        ],
        unsure: p.unsure.length > 0
    };
}
/** Where rockcraft looked, and where the project's Flask app actually is, with the fix. */
function entrypointHints(abs, name, appDir, apps) {
    const searched = entrypointCandidates(name).join(', ');
    const hints = [
        {
            message: `rockcraft looks for a module-level app or application (or def create_app / make_app) only in ${searched}${name ? '' : ' and <name>/ (name: is not set)'}`
        }
    ];
    for (const app of apps ?? []) {
        const top = app.file.split('/')[0];
        const factory = app.attr.endsWith('()');
        const shim = factory
            ? `from ${app.module} import ${app.attr.slice(0, -2)}" and "app = ${app.attr}`
            : `from ${app.module} import ${app.attr}${app.attr === 'app' ? '' : ' as app'}`;
        // app.py and the other default entries ship without a prime list
        const ships = expand/* DEFAULT_PRIME */.G3.includes(top)
            ? ''
            : `, and ship ${top} in the rock: add ${appDir}/${top} to the install-app prime list (flask-rock check then names the whole list)`;
        hints.push({
            message: `a Flask app is here (${app.module}:${app.attr}), where rockcraft does not look: add app.py at the project's top level with "${shim}"${ships}`,
            file: external_node_path_.join(abs, app.file),
            line: app.line
        });
    }
    return hints;
}
// The Project model's literal bases ("ubuntu:22.04" is read as "ubuntu@22.04" first).
const MODEL_BASES = [
    'bare',
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@25.10',
    'ubuntu@26.04',
    'ubuntu@26.10'
];
const MODEL_BUILD_BASES = [
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@25.10',
    'ubuntu@26.04',
    'devel'
];
function modelBaseProblems(yaml) {
    const out = [];
    const check = (field, allowed) => {
        const raw = yaml[field];
        if (raw === undefined || raw === null)
            return;
        const value = raw === 'ubuntu:20.04' || raw === 'ubuntu:22.04' ? raw.replace(':', '@') : raw;
        if (typeof value === 'string' && allowed.includes(value))
            return;
        const options = allowed.map(b => `'${b}'`);
        out.push([
            field,
            `input should be ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]} (in field '${field}', input: ${JSON.stringify(raw).replace(/^"|"$/g, "'")})`
        ]);
    };
    // The extension refuses an unsupported base first; the model's word on it adds nothing.
    if (!baseProblemsFor(yaml))
        check('base', MODEL_BASES);
    check('build-base', MODEL_BUILD_BASES);
    return out;
}
function baseProblemsFor(yaml) {
    return (0,expand/* baseProblems */.Yh)(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }).length > 0;
}
function absolutize(dir, p) {
    return p.file ? { ...p, file: external_node_path_.join(dir, p.file) } : p;
}
/** The expanded project as `rockcraft expand-extensions` prints it (yaml), or as JSON. */
function renderExpansion(expanded, format) {
    if (format === 'json')
        return JSON.stringify(expanded, null, 2) + '\n';
    return dumpPyYaml(expanded);
}


/***/ }),

/***/ 7235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ primeWith),
/* harmony export */   D2: () => (/* binding */ partSeparator),
/* harmony export */   G3: () => (/* binding */ DEFAULT_PRIME),
/* harmony export */   Gh: () => (/* binding */ UV_WITHOUT_PYPROJECT),
/* harmony export */   IU: () => (/* binding */ EXPERIMENTAL_RESOLUTION),
/* harmony export */   KH: () => (/* binding */ expandedInstallApp),
/* harmony export */   Mf: () => (/* binding */ primeProblems),
/* harmony export */   P5: () => (/* binding */ profileFor),
/* harmony export */   V1: () => (/* binding */ V1),
/* harmony export */   V2: () => (/* binding */ V2),
/* harmony export */   Yh: () => (/* binding */ baseProblems),
/* harmony export */   Ys: () => (/* binding */ EXTENSION),
/* harmony export */   ZF: () => (/* binding */ barePython),
/* harmony export */   _6: () => (/* binding */ unknownFields),
/* harmony export */   _u: () => (/* binding */ routingBase),
/* harmony export */   aj: () => (/* binding */ usesUv),
/* harmony export */   fo: () => (/* binding */ nearestField),
/* harmony export */   hL: () => (/* binding */ EXPERIMENTAL_DOCS),
/* harmony export */   hd: () => (/* binding */ asProjectModel),
/* harmony export */   iR: () => (/* binding */ userFlaskCommand),
/* harmony export */   ny: () => (/* binding */ unverifiedFlatLayout),
/* harmony export */   pi: () => (/* binding */ isMapping),
/* harmony export */   pn: () => (/* binding */ partName),
/* harmony export */   ub: () => (/* binding */ rootSnippet),
/* harmony export */   wx: () => (/* binding */ applySnippet)
/* harmony export */ });
/* unused harmony exports DAEMON_UID, configFilesSource, CONFIG_FILES_SOURCE, withRockcraftRevision, primeProblemText, PRIME_PROBLEM, pyStrCompare, flaskCommand, mergeProperty */
// The flask-framework extension as plain data, rockcraft's merge rules, and the project model's
// printing order: pure functions, no file system. check.ts gathers the facts they need.
const EXTENSION = 'flask-framework';
const DAEMON_UID = 584792;
/**
 * Where the rockcraft snap keeps the extension's data: sys.prefix of the snap's Python, which is
 * $SNAP, /snap/rockcraft/<revision>. rockcraft prints its revision number there, never `current`;
 * `current` is what we print when no rockcraft is installed to ask.
 */
function configFilesSource(revision = 'current') {
    return `/snap/rockcraft/${revision}/share/rockcraft/extensions/flask-framework`;
}
const CONFIG_FILES_SOURCE = configFilesSource();
/**
 * The expansion as the rockcraft snap at `revision` prints it: the config-files part's source
 * names that revision. A source the project set itself is left alone.
 */
function withRockcraftRevision(expanded, revision) {
    const parts = expanded.parts;
    if (!isMapping(parts))
        return expanded;
    for (const sep of PART_SEPARATORS) {
        const name = `${EXTENSION}${sep}config-files`;
        const part = parts[name];
        if (!isMapping(part) || typeof part.source !== 'string')
            continue;
        const source = part.source;
        const ours = PROFILES.map(p => dataDir(CONFIG_FILES_SOURCE, p)).includes(source);
        if (!ours)
            continue;
        const revised = configFilesSource(revision) + source.slice(CONFIG_FILES_SOURCE.length);
        return { ...expanded, parts: { ...parts, [name]: { ...part, source: revised } } };
    }
    return expanded;
}
const V1 = {
    name: 'V1',
    bases: ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04'],
    experimental: false,
    appDir: 'flask/app',
    configDir: 'flask',
    configData: '',
    logDir: 'var/log/flask',
    gunicorn: 'gunicorn~=23.0',
    statsdTag: 'v0.26.0',
    prime: /^-? *flask\/app/,
    appData: false,
    uv: false
};
const V2 = {
    name: 'V2',
    bases: ['bare', 'ubuntu@26.04'],
    experimental: true,
    appDir: 'app',
    configDir: 'var/lib/gunicorn',
    configData: 'v2',
    logDir: 'var/log/app',
    gunicorn: 'gunicorn~=26.0',
    statsdTag: 'v0.30.0',
    prime: /^-? *app(\/|$)/,
    appData: true,
    uv: true
};
const PROFILES = [V1, V2];
function dataDir(source, profile) {
    return profile.configData ? `${source}/${profile.configData}` : source;
}
/**
 * The implementation rockcraft picks for this project (its _FrameworkFactory). Without a base key
 * (and no build-base) rockcraft would pick V2, but its project model refuses the project before
 * that matters: V1 then, so that messages about such a project name the parts as 22.04/24.04
 * users know them.
 */
function profileFor(yaml) {
    if (!('base' in yaml) && !yaml['build-base'])
        return V1;
    const base = routingBase(yaml);
    return base !== undefined && V1.bases.includes(base) ? V1 : V2;
}
// craft-application's BASES_ALLOW_SLASH_IN_PART_NAME: on any other base, part names hold no '/'.
const BASES_ALLOW_SLASH = [
    'core',
    'core18',
    'core20',
    'core22',
    'core24',
    'ubuntu@16.04',
    'ubuntu@18.04',
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@24.10',
    'ubuntu@25.04',
    'ubuntu@25.10',
    'centos@7',
    'almalinux@9'
];
const PART_SEPARATORS = (/* unused pure expression or super */ null && (['/', '.']));
/** rockcraft#1345: '/' between the extension and part name on the old bases, '.' on the others. */
function partSeparator(yaml) {
    if (!('base' in yaml) && !yaml['build-base'])
        return '/'; // refused anyway, as for profileFor
    const base = routingBase(yaml);
    return base !== undefined && BASES_ALLOW_SLASH.includes(base) ? '/' : '.';
}
/** The extension's name for one of its parts, e.g. flask-framework.install-app on 26.04. */
function partName(yaml, part) {
    return `${EXTENSION}${partSeparator(yaml)}${part}`;
}
const PYTHON_FOR_BUILD_BASE = {
    'ubuntu@22.04': '3.10',
    'ubuntu:22.04': '3.10',
    'ubuntu@24.04': '3.12',
    'ubuntu:24.04': '3.12',
    // rockcraft#1320 (bare with build-base ubuntu@26.04): the Python Ubuntu 26.04 ships.
    'ubuntu@26.04': '3.14'
};
/** What install-app ships when the user's prime is empty: those of these that exist. */
const DEFAULT_PRIME = [
    'app',
    'app.py',
    'main.py',
    'src',
    'migrate',
    'migrate.sh',
    'migrate.py',
    'static',
    'templates'
];
const NEVER_COPIED = [/^node_modules$/, /^\.git$/, /^\.yarn$/, /^.*\.rock$/s];
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The user's services.flask.command, when set: rockcraft then skips entrypoint discovery. */
function userFlaskCommand(yaml) {
    const services = yaml.services;
    if (!isMapping(services))
        return undefined;
    const flask = services.flask;
    return isMapping(flask) && flask.command ? flask.command : undefined;
}
/** The effective base the extension routes on: build-base first, "x:y" read as "x@y". */
function routingBase(yaml) {
    let base = (yaml['build-base'] || yaml.base);
    if (typeof base !== 'string' || base === '')
        return undefined;
    if (base.split(':').length === 2 && !base.includes('@'))
        base = base.replace(':', '@');
    if (base === 'devel')
        return 'ubuntu@devel';
    return base.split('@').length === 2 ? base : undefined;
}
/** rockcraft's extension validation: experimental (V2: ubuntu@26.04 and unknown bases) first, then support. */
function baseProblems(yaml, env) {
    if (!('base' in yaml))
        return [];
    const base = yaml.base;
    const profile = profileFor(yaml);
    if (profile.experimental && !env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS) {
        return [`Extension is experimental: '${EXTENSION}'`];
    }
    if (typeof base !== 'string' || !profile.bases.includes(base)) {
        return [`Extension '${EXTENSION}' does not support base: ${pyRepr(base)}`];
    }
    return [];
}
/** rockcraft's resolution for the experimental refusal, word for word. */
const EXPERIMENTAL_RESOLUTION = 'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.';
/** craft-cli's last line for that refusal: its doc_slug under rockcraft's docs_url, whose
 * {version} craft-application renders as latest for a development build (a release puts its
 * own version there). */
const EXPERIMENTAL_DOCS = 'For more information, check out: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/';
function pyRepr(v) {
    if (typeof v === 'string')
        return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return JSON.stringify(v);
}
/** The user's prime entries for the install-app part (rockcraft reads them with .get()). */
function userPrime(yaml) {
    const parts = isMapping(yaml.parts) ? yaml.parts : {};
    const part = parts[partName(yaml, 'install-app')];
    const prime = isMapping(part) ? part.prime : undefined;
    return Array.isArray(prime) ? prime : [];
}
/** rockcraft's refusal of a prime entry outside the app directory. */
function primeProblemText(yaml) {
    return `flask-framework extension requires the 'prime' entry in the ${partName(yaml, 'install-app')} part to start with ${profileFor(yaml).appDir}`;
}
const PRIME_PROBLEM = primeProblemText({ base: 'ubuntu@24.04' });
/** Python's re.match of the profile's prime pattern: a prefix match. */
function primeProblems(yaml) {
    const pattern = profileFor(yaml).prime;
    const ok = userPrime(yaml).every(p => typeof p === 'string' && pattern.test(p));
    return ok ? [] : [primeProblemText(yaml)];
}
function appPrime(yaml, facts) {
    const prime = userPrime(yaml);
    if (prime.length > 0)
        return prime;
    const present = new Set(facts.topLevel);
    const { appDir } = profileFor(yaml);
    return DEFAULT_PRIME.filter(f => present.has(f)).map(f => `${appDir}/${f}`);
}
/** posix relpath(entry, appDir) for the include-mode organize map. */
function relTo(appDir, entry) {
    const from = appDir.split('/');
    const to = entry.split('/').filter(s => s !== '' && s !== '.');
    const resolved = [];
    for (const s of to) {
        if (s === '..')
            resolved.pop();
        else
            resolved.push(s);
    }
    let common = 0;
    while (common < from.length && common < resolved.length && from[common] === resolved[common]) {
        common++;
    }
    const rel = [...Array(from.length - common).fill('..'), ...resolved.slice(common)];
    return rel.length === 0 ? '.' : rel.join('/');
}
function installAppPart(yaml, facts) {
    const { appDir } = profileFor(yaml);
    const prime = appPrime(yaml, facts);
    const organize = {};
    if (prime.length > 0 && prime[0] && !prime[0].startsWith('-')) {
        for (const entry of prime)
            organize[relTo(appDir, entry)] = entry;
    }
    else {
        for (const f of [...facts.topLevel].sort(pyStrCompare)) {
            if (!NEVER_COPIED.some(p => p.test(f)))
                organize[f] = `${appDir}/${f}`;
        }
    }
    return {
        plugin: 'dump',
        source: '.',
        organize,
        stage: Object.values(organize),
        prime,
        permissions: [{ owner: DAEMON_UID, group: DAEMON_UID }]
    };
}
/**
 * rockcraft#1348 copies a flat layout (a project directory organized into itself, app -> app/app
 * on 26.04) in override-build instead of organize; that code was not readable (ROCKCRAFT_STATE),
 * so the rendered part may differ from rockcraft's there. The organize entries it concerns.
 */
function unverifiedFlatLayout(installApp) {
    const organize = isMapping(installApp?.organize) ? installApp.organize : {};
    return Object.entries(organize)
        .filter(([src, dst]) => typeof dst === 'string' && dst.startsWith(`${src}/`))
        .map(([src, dst]) => `${src} -> ${String(dst)}`);
}
/** Python sorts strings by code point; JavaScript's default sort uses UTF-16 units. */
function pyStrCompare(a, b) {
    const ca = [...a];
    const cb = [...b];
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
        const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return ca.length - cb.length;
}
/** The Python version of a bare rock's build base, or undefined when rockcraft has none for it. */
function barePython(yaml) {
    const buildBase = yaml['build-base'];
    return typeof buildBase === 'string' ? PYTHON_FOR_BUILD_BASE[buildBase] : undefined;
}
/** The uv plugin builds the dependencies (rockcraft#1308): V2, with uv.lock and pyproject.toml. */
function usesUv(yaml, facts) {
    return (profileFor(yaml).uv &&
        facts.topLevel.includes('uv.lock') &&
        facts.topLevel.includes('pyproject.toml'));
}
/** rockcraft#1308's refusal (validate_uv_lockfile), raised before the other project checks. */
const UV_WITHOUT_PYPROJECT = 'the plugin requires both uv.lock and pyproject.toml to be present';
function dependenciesPart(yaml, facts) {
    const profile = profileFor(yaml);
    const bare = yaml.base === 'bare';
    const python = bare ? barePython(yaml) : undefined;
    const stagePackages = bare ? [`python${python}-venv_ensurepip`] : ['python3-venv'];
    const buildEnvironment = bare ? [{ PARTS_PYTHON_INTERPRETER: `python${python}` }] : [];
    if (usesUv(yaml, facts)) {
        // rockcraft#1308 at its head a2586eb5: uv sync from the lock, then gunicorn installed into
        // the part's venv after it (the lock is the source of truth). The pin is V2's: see
        // ROCKCRAFT_STATE for what of the merged code could not be read.
        return {
            plugin: 'uv',
            'stage-packages': stagePackages,
            source: '.',
            'build-environment': buildEnvironment,
            'override-build': `craftctl default\nuv pip install --python \${CRAFT_PART_INSTALL}/bin/python ${profile.gunicorn}`
        };
    }
    return {
        plugin: 'python',
        'stage-packages': stagePackages,
        source: '.',
        'python-packages': [profile.gunicorn],
        'python-requirements': facts.hasRequirementsTxt ? ['requirements.txt'] : [],
        'build-environment': buildEnvironment
    };
}
function parts(yaml, facts) {
    const profile = profileFor(yaml);
    const name = (part) => partName(yaml, part);
    const bare = yaml.base === 'bare';
    const dependencies = dependenciesPart(yaml, facts);
    const configFile = `${profile.configDir}/gunicorn.conf.py`;
    // V2's config directory is its own (/var/lib/gunicorn), writable by _daemon_ too.
    const configPermissions = [
        ...(profile.configDir === profile.appDir.split('/')[0] ? [] : [profile.configDir]),
        configFile
    ].map(path => ({ path, owner: DAEMON_UID, group: DAEMON_UID }));
    const out = {
        [name('dependencies')]: dependencies,
        [name('install-app')]: installAppPart(yaml, facts),
        [name('config-files')]: {
            plugin: 'dump',
            source: dataDir(CONFIG_FILES_SOURCE, profile),
            organize: { 'gunicorn.conf.py': configFile },
            permissions: configPermissions
        },
        [name('statsd-exporter')]: {
            'build-snaps': ['go'],
            'source-tag': profile.statsdTag,
            plugin: 'go',
            source: 'https://github.com/prometheus/statsd_exporter.git'
        },
        [name('logging')]: {
            plugin: 'nil',
            'override-build': [
                'craftctl default',
                'mkdir -p $CRAFT_PART_INSTALL/opt/promtail',
                'mkdir -p $CRAFT_PART_INSTALL/etc/promtail',
                `mkdir -p $CRAFT_PART_INSTALL/${profile.logDir}`
            ].join('\n'),
            permissions: ['opt/promtail', 'etc/promtail', profile.logDir].map(path => ({
                path,
                owner: DAEMON_UID,
                group: DAEMON_UID
            }))
        }
    };
    if (bare) {
        out[name('runtime')] = {
            plugin: 'nil',
            'override-build': 'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
            'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
        };
        out[name('runtime-libs')] = { plugin: 'nil', 'stage-packages': ['libstdc++6'] };
    }
    else {
        // ca-certificates_data and python3-venv both ship this file with different content.
        dependencies.stage = ['-etc/ssl/certs/ca-certificates.crt'];
        out[name('runtime')] = { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] };
    }
    if (profile.appData) {
        // rockcraft#1332's AppDataDirMixin adds it after the framework's parts, unprefixed.
        out['app-data'] = {
            plugin: 'nil',
            'override-build': 'mkdir -p ${CRAFT_PART_INSTALL}/app-data',
            permissions: [{ path: 'app-data', owner: DAEMON_UID, group: DAEMON_UID }]
        };
    }
    return out;
}
/** The flask service's command as the extension writes it. */
function flaskCommand(yaml, wsgi, worker) {
    const { configDir } = profileFor(yaml);
    return `/bin/python3 -m gunicorn -c /${configDir}/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`;
}
/** The extension's root snippet (flask-framework/gunicorn.py get_root_snippet). */
function rootSnippet(yaml, facts) {
    const flask = {
        override: 'replace',
        startup: 'enabled',
        after: ['statsd-exporter'],
        user: '_daemon_'
    };
    if (!userFlaskCommand(yaml))
        flask.command = flaskCommand(yaml, facts.wsgi, facts.worker);
    return {
        run_user: '_daemon_',
        services: {
            flask,
            'statsd-exporter': {
                override: 'merge',
                command: '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125',
                summary: 'statsd exporter service',
                startup: 'enabled',
                user: '_daemon_'
            }
        },
        parts: parts(yaml, facts)
    };
}
function truthy(v) {
    if (Array.isArray(v))
        return v.length > 0;
    if (isMapping(v))
        return Object.keys(v).length > 0;
    return Boolean(v);
}
/** rockcraft's merge of one extension property into the user's value. */
function mergeProperty(user, ext) {
    if (!truthy(user))
        return ext;
    if (Array.isArray(user) && Array.isArray(ext)) {
        const merged = [...ext, ...user];
        return merged.every(i => typeof i === 'string') ? [...new Set(merged)] : merged;
    }
    if (isMapping(user) && isMapping(ext)) {
        for (const [key, value] of Object.entries(ext))
            user[key] = mergeProperty(user[key], value);
        return user;
    }
    return user;
}
/** Applies the snippet to a deep copy of the user's yaml, without the `extensions` key. */
function applySnippet(userYaml, snippet) {
    const out = structuredClone(userYaml);
    delete out.extensions;
    for (const [key, value] of Object.entries(snippet))
        out[key] = mergeProperty(out[key], value);
    if (!('parts' in out))
        out.parts = {};
    return out;
}
// The printed project follows rockcraft's Project model: its fields in declaration order, only
// those that were set, services in the Pebble Service model's order.
const PROJECT_FIELDS = [
    'name',
    'title',
    'version',
    'summary',
    'description',
    'base',
    'build-base',
    'platforms',
    'contact',
    'issues',
    'source-code',
    'license',
    'adopt-info',
    'parts',
    'package-repositories',
    'environment',
    'run-user',
    'services',
    'checks',
    'entrypoint-service',
    'entrypoint-command'
];
const SERVICE_FIELDS = [
    'override',
    'command',
    'summary',
    'description',
    'startup',
    'after',
    'before',
    'requires',
    'environment',
    'user',
    'user-id',
    'group',
    'group-id',
    'working-dir',
    'on-success',
    'on-failure',
    'on-check-failure',
    'backoff-delay',
    'backoff-factor',
    'backoff-limit',
    'kill-delay'
];
const DEPRECATED_COLON_BASES = ['ubuntu:20.04', 'ubuntu:22.04'];
/** Levenshtein distance: edits from a to b. */
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/** The known top-level key nearest an unknown one (a typo's few edits away), if any. */
function nearestField(field) {
    const key = field.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const known of ['extensions', ...PROJECT_FIELDS]) {
        const d = editDistance(key, known);
        if (d < bestDistance)
            [best, bestDistance] = [known, d];
    }
    return best;
}
/** Top-level keys rockcraft's model refuses (it forbids extra fields). */
function unknownFields(yaml) {
    return Object.keys(yaml).filter(k => k !== 'extensions' && !PROJECT_FIELDS.includes(k.replace(/_/g, '-')));
}
function ordered(obj, fields) {
    const out = {};
    for (const f of fields)
        if (f in obj)
            out[f] = obj[f];
    for (const k of Object.keys(obj))
        if (!(k in out))
            out[k] = obj[k];
    return out;
}
/** The expanded data as the Project model dumps it (to_yaml_string: by alias, only set fields). */
function asProjectModel(expanded) {
    // Fields are printed by their alias (run_user -> run-user); an alias the user wrote wins.
    const data = {};
    for (const [key, value] of Object.entries(expanded)) {
        const alias = key.replace(/_/g, '-');
        if (!(alias in data) || key === alias)
            data[alias] = value;
    }
    if (!data.title)
        data.title = data.name;
    for (const key of ['base', 'build-base']) {
        const v = data[key];
        if (typeof v === 'string' && DEPRECATED_COLON_BASES.includes(v))
            data[key] = v.replace(':', '@');
    }
    if (typeof data.version === 'number')
        data.version = String(data.version);
    if (isMapping(data.platforms)) {
        const platforms = {};
        for (const [label, p] of Object.entries(data.platforms)) {
            platforms[label] = truthy(p)
                ? isMapping(p)
                    ? ordered(p, ['build-on', 'build-for'])
                    : p
                : { 'build-on': [label], 'build-for': [label] };
        }
        data.platforms = platforms;
    }
    if (isMapping(data.services)) {
        const services = {};
        for (const [name, s] of Object.entries(data.services)) {
            services[name] = isMapping(s) ? ordered(s, SERVICE_FIELDS) : s;
        }
        data.services = services;
    }
    return ordered(data, PROJECT_FIELDS);
}
/** The expanded install-app part: what decides the files under the app directory. */
function expandedInstallApp(yaml, topLevel) {
    const name = partName(yaml, 'install-app');
    const expanded = applySnippet(yaml, { parts: { [name]: installAppPart(yaml, { topLevel }) } });
    const parts = expanded.parts;
    const part = isMapping(parts) ? parts[name] : undefined;
    return isMapping(part) ? part : undefined;
}
/**
 * The install-app prime list with `additions` (entries under the app directory) added, keeping the entries
 * that ship today (the defaults that exist, or the user's); undefined when adding entries cannot
 * help (exclude mode, where an entry is missing because an exclusion or the stage drops it).
 */
function primeWith(yaml, topLevel, additions) {
    const current = appPrime(yaml, { topLevel });
    if (current.length === 0 || current[0].startsWith('-'))
        return undefined;
    const added = additions.filter(a => !current.includes(a));
    return added.length === 0 ? undefined : [...current, ...added];
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ isValidProjectName),
/* harmony export */   Ot: () => (/* binding */ INVALID_NAME),
/* harmony export */   fm: () => (/* binding */ INVALID_VERSION),
/* harmony export */   os: () => (/* binding */ nameVersionProblems),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony export pyRepr */
// rockcraft's Project model rules for `name` and `version` (craft-application's ProjectName and
// VersionStr), with its error texts, as `rockcraft pack` and `expand-extensions` print them.
const INVALID_NAME = 'invalid name: Names can only use ASCII lowercase letters, numbers, and hyphens. They must have at least one letter, may not start or end with a hyphen, and may not have two hyphens in a row.';
const INVALID_VERSION = 'invalid version: Valid versions consist of upper- and lower-case alphanumeric characters, as well as periods, colons, plus signs, tildes, and hyphens. They cannot begin with a period, colon, plus sign, tilde, or hyphen. They cannot end with a period, colon, or hyphen.';
const MAX_NAME = 40;
const MAX_VERSION = 32;
/** craft-application's project-name rule, stated without its backtracking-prone regex. */
function isValidProjectName(name) {
    return (name.length > 0 &&
        /^[a-z0-9-]+$/.test(name) &&
        /[a-z]/.test(name) &&
        !name.startsWith('-') &&
        !name.endsWith('-') &&
        !name.includes('--'));
}
function isValidVersion(version) {
    return /^[a-zA-Z0-9](?:[a-zA-Z0-9:.+~-]*[a-zA-Z0-9+~])?$/.test(version);
}
/** Python's str() of a YAML scalar, as the model's validators see it. */
function pyStr(v) {
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (v === null || v === undefined)
        return 'None';
    return String(v);
}
/** Python's repr() of the input, as pydantic's error shows it. */
function pyRepr(v) {
    if (typeof v !== 'string')
        return pyStr(v);
    const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v
        .replace(/\\/g, '\\\\')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t');
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
function fieldError(message, field, input) {
    return `${message} (in field '${field}', input: ${pyRepr(input)})`;
}
/** The model's errors for name and version, in its field order; none when absent (reported elsewhere). */
function nameVersionProblems(yaml) {
    const out = [];
    if ('name' in yaml) {
        const name = yaml.name;
        if (!isValidProjectName(pyStr(name)))
            out.push(['name', fieldError(INVALID_NAME, 'name', name)]);
        else if (pyStr(name).length > MAX_NAME) {
            out.push([
                'name',
                fieldError(`string should have at most ${MAX_NAME} characters`, 'name', name)
            ]);
        }
    }
    if ('version' in yaml && yaml.version !== null) {
        const version = yaml.version;
        if (!isValidVersion(pyStr(version))) {
            out.push(['version', fieldError(INVALID_VERSION, 'version', version)]);
        }
        else if (pyStr(version).length > MAX_VERSION) {
            out.push([
                'version',
                fieldError(`string should have at most ${MAX_VERSION} characters`, 'version', version)
            ]);
        }
    }
    return out;
}


/***/ }),

/***/ 9144:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ CommandError),
  L: () => (/* binding */ onPath),
  eF: () => (/* binding */ run),
  uO: () => (/* binding */ runOk),
  OD: () => (/* binding */ stopChildren),
  os: () => (/* binding */ tailLines)
});

// UNUSED EXPORTS: childEnv

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/process/interrupt.ts + 1 modules
var interrupt = __nccwpck_require__(7205);
;// CONCATENATED MODULE: ./src/process/exec.ts
// The one way this project runs other programs: an argument array (never a shell string),
// a timeout on every call, and a failure message that says what was being done.




/** A failed external step: the message is one line a user can act on; the output tail rides along. */
class CommandError extends Error {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'CommandError';
    }
}
// Enough output to explain a failure without letting a chatty child fill memory.
const KEEP_BYTES = 1 << 20;
const KILL_GRACE_MS = 5000;
function keepTail(chunks, size, keep = KEEP_BYTES) {
    const all = Buffer.concat(chunks);
    return (size > keep ? all.subarray(all.length - keep) : all).toString('utf8');
}
/**
 * What the runner hands our process that no child needs, and some child could leak (a build
 * script of the project runs under rockcraft, the app runs under Docker): every input (the
 * registry password among them) as INPUT_*, the post step's state as STATE_*, the runner's own
 * credentials and service addresses (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN and
 * the other ACTIONS_*), and a GitHub token a workflow put in the environment.
 */
const RUNNER_SECRET = /^(INPUT_|STATE_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN)$/i;
/** The environment for a child: `env` without the runner's inputs, state and credentials. */
function childEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([key]) => !RUNNER_SECRET.test(key)));
}
// A streamed child (rockcraft running the project's own scripts, pip, skopeo) prints text the
// project controls: on a runner, it is fenced from workflow commands for as long as any streamed
// child runs (one fence however many overlap: a fence inside a fence would end early).
let streaming = 0;
let fenceToken = '';
let outAtLineStart = true;
function openStreamFence() {
    if (process.env.GITHUB_ACTIONS !== 'true')
        return;
    if (streaming++ === 0) {
        fenceToken = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        process.stdout.write(`${outAtLineStart ? '' : '\n'}::stop-commands::${fenceToken}\n`);
        outAtLineStart = true;
    }
}
function closeStreamFence() {
    if (process.env.GITHUB_ACTIONS !== 'true' || streaming === 0)
        return;
    if (--streaming === 0) {
        process.stdout.write(`${outAtLineStart ? '' : '\n'}::${fenceToken}::\n`);
        outAtLineStart = true;
    }
}
// The children running now: an interrupted run by hand stops them before it cleans up.
const live = new Set();
/** Stops every running child (SIGTERM, SIGKILL after KILL_GRACE_MS); resolves once all are gone. */
async function stopChildren() {
    await Promise.all([...live].map(child => new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        child.once('close', () => {
            clearTimeout(killer);
            resolve();
        });
        child.kill('SIGTERM');
    })));
}
/** Runs a command; resolves with its result whatever the exit code. Rejects only when it cannot start. */
function run(command, args, opts) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
        // Once interrupted, only cleanup runs: nothing new that the cleanup would then miss.
        if ((0,interrupt/* interrupted */.VM)() && !(0,interrupt/* inInterruptCleanup */.bg)()) {
            reject(new CommandError(`${opts.what}: interrupted`));
            return;
        }
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], {
                cwd: opts.cwd,
                env: childEnv(opts.env ?? process.env),
                stdio: ['pipe', 'pipe', 'pipe']
            });
        }
        catch (err) {
            reject(new CommandError(`${opts.what}: cannot run ${command}: ${err.message}`));
            return;
        }
        live.add(child);
        // 'error' can be followed by 'close': the fence is closed once.
        let fenced = opts.stream === true;
        if (fenced)
            openStreamFence();
        const endFence = () => {
            if (fenced)
                closeStreamFence();
            fenced = false;
        };
        const out = [];
        const errOut = [];
        let outSize = 0;
        let errSize = 0;
        let timedOut = false;
        const collect = (chunks, chunk, isErr) => {
            chunks.push(chunk);
            if (isErr)
                errSize += chunk.length;
            else
                outSize += chunk.length;
            // Drop old chunks once well past the limit, keeping the tail.
            let size = isErr ? errSize : outSize;
            while (chunks.length > 1 && size - chunks[0].length > (opts.keepBytes ?? KEEP_BYTES)) {
                size -= chunks.shift().length;
            }
            if (isErr)
                errSize = size;
            else
                outSize = size;
            if (opts.stream) {
                // On a runner the child's stderr goes to our stdout, inside the fence: the runner reads
                // our two pipes separately, so a stderr line could be read after the fence has closed.
                const fencedOut = process.env.GITHUB_ACTIONS === 'true';
                if (isErr && !fencedOut)
                    process.stderr.write(chunk);
                else {
                    process.stdout.write(chunk);
                    if (chunk.length > 0)
                        outAtLineStart = chunk[chunk.length - 1] === 0x0a;
                }
            }
        };
        child.stdout.on('data', (c) => collect(out, c, false));
        child.stderr.on('data', (c) => collect(errOut, c, true));
        child.stdin.on('error', () => { }); // a child that exits without reading stdin is not our failure
        if (opts.input instanceof external_node_stream_.Readable) {
            const stdin = child.stdin;
            opts.input.once('error', () => stdin.destroy());
            opts.input.pipe(stdin);
        }
        else if (typeof opts.input === 'object') {
            const stdin = child.stdin;
            opts.input.then(text => stdin.end(text), () => stdin.end());
        }
        else {
            child.stdin.end(opts.input ?? '');
        }
        let killer;
        const stop = () => {
            child.kill('SIGTERM');
            killer ??= setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, opts.timeoutMs);
        if (opts.signal?.aborted)
            stop();
        opts.signal?.addEventListener('abort', stop, { once: true });
        child.on('error', err => {
            live.delete(child);
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            opts.signal?.removeEventListener('abort', stop);
            endFence();
            const code = err.code;
            const why = code === 'ENOENT' ? `${command} is not installed or not on PATH` : err.message;
            reject(new CommandError(`${opts.what}: cannot run ${command}: ${why}`));
        });
        child.on('close', (code, signal) => {
            live.delete(child);
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            opts.signal?.removeEventListener('abort', stop);
            endFence();
            resolve({
                command,
                args,
                code,
                signal,
                stdout: keepTail(out, outSize, opts.keepBytes),
                stderr: keepTail(errOut, errSize),
                timedOut,
                durationMs: Date.now() - started
            });
        });
    });
}
/** The last few non-empty lines of a child's output, for a failure message. */
function tailLines(text, count = 20) {
    return text
        .split(/\r?\n/)
        .filter(l => l.trim() !== '')
        .slice(-count)
        .join('\n');
}
/** Runs a command and throws a CommandError unless it exits 0 within its time. */
async function runOk(command, args, opts) {
    const result = await run(command, args, opts);
    if (result.timedOut) {
        throw new CommandError(`${opts.what}: ${command} did not finish within ${Math.round(opts.timeoutMs / 1000)} s`, result);
    }
    if (result.code !== 0 && diedOfInterrupt(result) && (await ownInterrupt())) {
        throw new CommandError(`${opts.what}: interrupted`, result);
    }
    if (result.code !== 0) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
        const tail = tailLines(result.stderr || result.stdout, 5);
        throw new CommandError(`${opts.what}: ${command} ${how}${tail ? `\n${tail}` : ''}`, result);
    }
    return result;
}
function diedOfInterrupt(result) {
    return (result.signal === 'SIGINT' ||
        result.signal === 'SIGTERM' ||
        result.code === 130 ||
        result.code === 143);
}
// A Ctrl-C reaches the terminal's whole process group: a child may report it before our own
// handler has run. Waiting a moment for it keeps "docker exited with code 130" from being
// reported as the run's failure.
const OWN_SIGNAL_WAIT_MS = 200;
async function ownInterrupt() {
    for (let waited = 0; !(0,interrupt/* interrupted */.VM)() && waited < OWN_SIGNAL_WAIT_MS; waited += 20) {
        await new Promise(r => setTimeout(r, 20));
    }
    return (0,interrupt/* interrupted */.VM)() !== undefined;
}
/** The full path of an executable found on PATH, or undefined. */
async function onPath(command, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
    for (const dir of (env.PATH ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        const candidate = join(dir, command);
        try {
            await access(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bx: () => (/* binding */ handleInterrupts),
  bg: () => (/* binding */ inInterruptCleanup),
  VM: () => (/* binding */ interrupted),
  vY: () => (/* binding */ removeOnInterrupt)
});

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/process/interrupt.ts
// Ctrl-C (SIGINT) or a kill (SIGTERM) of a run by hand: `flask-rock smoke`, or the action run
// without a runner (local-run.ts). No post step comes after these, so the run itself says it was
// interrupted, before anything else (a docker child killed by the same Ctrl-C is no failure to
// report), stops its children, removes what it made, and exits 128 + the signal (130 or 143).
// On a runner, main has no handler: the runner cancels it and the post step cleans up.


const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
let interruptedBy;
const tempPaths = new Set();
// Marks the handler's own work: once interrupted, exec.ts starts children for it alone, so that
// the run's main flow, still unwinding, starts nothing the cleanup would miss.
const cleaning = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
/** Whether the caller is the interrupt handler's cleanup. */
function inInterruptCleanup() {
    return cleaning.getStore() === true;
}
/** The signal that interrupted this run, once one did. */
function interrupted() {
    return interruptedBy;
}
/**
 * A temporary path to remove should the run be interrupted before its owner removes it (its
 * `finally` would not run: the handler exits). Returns the call that forgets it again.
 */
function removeOnInterrupt(p) {
    tempPaths.add(p);
    return () => void tempPaths.delete(p);
}
/** Installs the SIGINT and SIGTERM handlers; returns the call that removes them. */
function handleInterrupts(how) {
    const say = (line) => void process.stderr.write(`${how.who}: ${line}\n`);
    const onSignal = (signal) => {
        const code = EXIT_CODES[signal] ?? 130;
        if (interruptedBy !== undefined) {
            say(`${signal} again: leaving without finishing the cleanup`);
            process.exit(code);
        }
        interruptedBy = signal;
        say(`interrupted (${signal}); cleaning up`);
        void cleaning.run(true, async () => {
            try {
                await how.stopChildren();
                for (const p of tempPaths)
                    (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
                await how.cleanup();
            }
            catch (err) {
                say(`cleanup failed: ${err.message.split('\n')[0]}`);
            }
            say(`interrupted (${signal}); cleaned up`);
            process.exit(code);
        });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    };
}


/***/ }),

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ writeUntrusted),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony exports fencedLines, mayHoldCommand, infoUntrusted */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __nccwpck_require__(5871);
// EXTERNAL MODULE: ./src/core/check.ts + 15 modules
var check = __nccwpck_require__(1023);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/check-report.ts
// `flask-rock check --format json`: the check's result as a stable, documented schema (README,
// "Machine-readable check"). Paths are relative to the project directory. Fields are only added
// in later versions of schema 1, never renamed or removed.


const CHECK_SCHEMA = 1;
function checkReport(result) {
    const rel = (file) => file === undefined ? null : external_node_path_.relative(result.dir, file) || '.';
    const located = (p) => ({
        message: p.message,
        file: rel(p.file),
        line: p.line ?? null,
        column: p.column ?? null
    });
    const boot = result.boot;
    const problems = [
        ...result.problems.map(p => ({ kind: 'rockcraft', ...located(p) })),
        ...(0,check/* packProblems */.qg)(result).map(p => ({ kind: 'pack', ...located(p) })),
        ...(boot?.problems ?? []).map(p => ({ kind: 'boot', ...located(p) }))
    ];
    const fromVenv = new Set(boot?.installed ?? []);
    return {
        schema: CHECK_SCHEMA,
        ok: problems.length === 0,
        dir: result.dir,
        name: result.name ?? null,
        version: result.version ?? null,
        base: result.base ?? null,
        buildBase: result.buildBase ?? null,
        wsgi: result.wsgi ?? null,
        worker: result.worker,
        problems,
        warnings: [...(result.install?.warnings ?? []), ...(boot?.warnings ?? [])].map(located),
        hints: result.hints.map(located),
        ships: boot?.ships ?? null,
        installed: result.install
            ? {
                backend: result.install.backend,
                modules: result.install.modules.map(m => ({
                    module: m.name,
                    path: m.path,
                    package: m.package
                })),
                complete: !result.install.unsure
            }
            : null,
        boot: boot
            ? {
                modules: boot.graph.modules.map(m => ({
                    module: m.module,
                    file: m.file,
                    atBoot: m.boot,
                    installed: fromVenv.has(m.module.split('.')[0]),
                    shipped: m.shipped
                })),
                imports: boot.graph.imports.map(i => ({
                    from: i.from,
                    module: i.to,
                    line: i.line,
                    atBoot: i.boot,
                    status: i.status,
                    via: i.via
                })),
                complete: !boot.graph.truncated,
                fix: boot.fix ? { prime: boot.fix.prime ?? null, remove: boot.fix.remove ?? null } : null
            }
            : null
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/expand.ts
var expand = __nccwpck_require__(7235);
;// CONCATENATED MODULE: ./src/core/fix.ts
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
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    return node.items.find(p => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
}
function isEmpty(node) {
    return node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null);
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
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', keepSourceTokens: true });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents)) {
        throw new check/* ProjectError */.wB(`cannot fix ${check/* PROJECT_FILE */.Dp}: it does not parse as a mapping`);
    }
    // The part's name as the base's extension spells it (flask-framework.install-app on 26.04).
    const INSTALL_APP = (0,expand/* partName */.pn)(doc.toJS(), 'install-app');
    const where = `parts.${INSTALL_APP}.prime`;
    const cannot = (why) => new check/* ProjectError */.wB(`cannot fix ${check/* PROJECT_FILE */.Dp} in place (${why}); set ${where} to [${(fix.prime ?? []).join(', ')}] yourself`);
    const parts = pairOf(doc.contents, 'parts');
    const part = pairOf(parts?.value, INSTALL_APP);
    const prime = pairOf(part?.value, 'prime');
    const existing = (0,dist/* isSeq */.oP)(prime?.value)
        ? prime.value.items.map(i => ((0,dist/* isScalar */.jn)(i) ? String(i.value) : ''))
        : [];
    let out = text;
    const changes = [];
    // Every entry of the list removed: prime: would be empty, which is the part's default list
    // (without the module the fix is for), so the whole include list takes the entries' place.
    let replaced = false;
    if (fix.remove && fix.remove.length > 0) {
        const seq = prime?.value;
        if (!(0,dist/* isSeq */.oP)(seq) || seq.flow)
            throw cannot('its prime list is not a block list');
        const remove = fix.remove;
        const removed = (i) => (0,dist/* isScalar */.jn)(i) && remove.includes(String(i.value));
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
            if (((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.flow)
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
            const first = ((0,dist/* isMap */.jh)(map) ? map.items[0]?.key : undefined);
            if (!(0,dist/* isMap */.jh)(map) || !first)
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
            const first = ((0,dist/* isMap */.jh)(map) ? map.items[0]?.key : undefined);
            if (!(0,dist/* isMap */.jh)(map) || !first)
                throw cannot(`${INSTALL_APP} is not a mapping`);
            const indent = column(out, first.range[0]);
            out = insertLines(out, nextLine(out, map.range[1] - 1), block(['prime'], added, indent, eol), eol);
        }
        else if (isEmpty(prime.value)) {
            const at = nextLine(out, prime.key.range[1]);
            const indent = column(out, prime.key.range[0]) + 2;
            out = insertLines(out, at, block([], added, indent, eol), eol);
        }
        else if ((0,dist/* isSeq */.oP)(prime.value) && prime.value.flow) {
            // [a, b]: the new entries before the closing bracket
            const close = out.lastIndexOf(']', prime.value.range[1]);
            const joined = added.map(yamlText).join(', ');
            out = `${out.slice(0, close).trimEnd()}${existing.length > 0 ? ', ' : ''}${joined}${out.slice(close)}`;
        }
        else if ((0,dist/* isSeq */.oP)(prime.value) && prime.value.items.length > 0) {
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
    const loaded = (0,check/* loadProjectYaml */.ty)(out, check/* PROJECT_FILE */.Dp);
    const parts2 = loaded.data?.parts;
    const part2 = (0,expand/* isMapping */.pi)(parts2) ? parts2[INSTALL_APP] : undefined;
    const got = (0,expand/* isMapping */.pi)(part2) && Array.isArray(part2.prime) ? part2.prime : [];
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
    const name = external_node_path_.basename(file);
    const unchanged = `${name} is unchanged`;
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new check/* ProjectError */.wB(`cannot fix ${name}: ${errnoText(err)}; edit it yourself`);
    }
    let info;
    let now;
    try {
        info = await handle.stat();
        if (!info.isFile())
            throw new check/* ProjectError */.wB(`cannot fix ${name}: it is not a regular file`);
        now = await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
    if (now !== checked) {
        throw new check/* ProjectError */.wB(`${name} changed since the check read it; run flask-rock check --fix again (${unchanged})`);
    }
    const { text, changes } = fixPrime(now, fix);
    const temp = external_node_path_.join(external_node_path_.dirname(file), `.${name}.flask-rock-fix-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    try {
        const out = await (0,promises_.open)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
        try {
            await out.writeFile(text);
            await out.chmod(info.mode & 0o7777);
            await out.sync();
        }
        finally {
            await out.close();
        }
        // The same file as the check read, still: nothing swapped in, nothing written since.
        const again = await (0,promises_.lstat)(file);
        if (!again.isFile() ||
            again.ino !== info.ino ||
            again.dev !== info.dev ||
            again.mtimeMs !== info.mtimeMs ||
            again.size !== info.size) {
            throw new check/* ProjectError */.wB(`${name} changed since the check read it; run flask-rock check --fix again (${unchanged})`);
        }
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        if (err instanceof check/* ProjectError */.wB)
            throw err;
        throw new check/* ProjectError */.wB(`cannot write the fix to ${name}: ${errnoText(err)} (${unchanged})`);
    }
    // The rename itself made durable; a directory that cannot be synced changes nothing above.
    const dir = await (0,promises_.open)(external_node_path_.dirname(file), external_node_fs_.constants.O_RDONLY).catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
    return changes;
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __nccwpck_require__(2483);
;// CONCATENATED MODULE: ./src/core/init.ts
// A rockcraft.yaml for a project that has none, shaped like `rockcraft init --profile flask-framework`:
// the same fields and the same commented-out sections, so the parts a user will need next (the
// install-app prime list, build packages, runtime slices) are there to uncomment.






const DOCS = 'https://documentation.ubuntu.com/rockcraft/latest';
/** rockcraft's fallback when no valid name can be made from the directory name. */
const DEFAULT_NAME = 'my-rock-name';
const BASES = ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04', 'ubuntu@26.04'];
/** rockcraft init's build-base for a bare rock. */
const BARE_BUILD_BASE = 'ubuntu@24.04';
/**
 * A valid project name made from a directory name, and what was changed to get it:
 * `My_Flask_App` -> `my-flask-app` ("lower-cased; '_' replaced by '-'").
 */
function nameFromFolder(folder) {
    const changes = [];
    let name = folder;
    if (name !== name.toLowerCase()) {
        name = name.toLowerCase();
        changes.push('lower-cased');
    }
    const replaced = [...new Set(name.match(/[^a-z0-9-]/g) ?? [])];
    if (replaced.length > 0) {
        name = name.replace(/[^a-z0-9-]+/g, '-');
        changes.push(`${replaced.map(c => `'${c}'`).join(', ')} replaced by '-'`);
    }
    const tidy = name.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
    if (tidy !== name)
        changes.push('repeated, leading and trailing hyphens dropped');
    name = tidy;
    if (name.length > 40) {
        name = name.slice(0, 40).replace(/-+$/, '');
        changes.push('cut to 40 characters');
    }
    if (!(0,names/* isValidProjectName */.FE)(name))
        return { name: DEFAULT_NAME, changes: ['no letter left'] };
    return { name, changes };
}
/** rockcraft.yaml text; the values are validated by the caller. */
function renderRockcraftYaml(name, base, version) {
    const baseLines = base === 'bare'
        ? [
            'base: bare # an ubuntu base such as ubuntu@24.04 is the alternative',
            `build-base: ${BARE_BUILD_BASE} # required when the base is bare`
        ]
        : [`base: ${base}`];
    // The 26.04 (V2) extension names its parts with '.' and puts the project in /app.
    const yaml = base === 'bare' ? { base, 'build-base': BARE_BUILD_BASE } : { base };
    const { appDir, experimental } = (0,expand/* profileFor */.P5)(yaml);
    const installApp = (0,expand/* partName */.pn)(yaml, 'install-app');
    const dependencies = (0,expand/* partName */.pn)(yaml, 'dependencies');
    return [
        `# flask-framework reference: ${DOCS}/reference/extensions/flask-framework`,
        ...(experimental
            ? [
                `# the ${base} flask-framework extension is experimental: rockcraft needs`,
                '# ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=1 (the action: experimental-extensions: true;',
                '# flask-rock check --experimental-extensions)'
            ]
            : []),
        '',
        `name: ${name}`,
        `# bases, and 'bare' bases for chiselled rocks: ${DOCS}/explanation/bases/`,
        ...baseLines,
        `version: "${version}" # for humans; semantic versioning is recommended`,
        'summary: A summary of your Flask application # up to 79 characters',
        'description: |',
        `  This is ${name}'s description. Say in a paragraph or two what the`,
        '  application does and who it is for.',
        '# the architectures to build on and run on (`dpkg --print-architecture` shows yours)',
        'platforms:',
        '  amd64:',
        '  # arm64:',
        '  # ppc64el:',
        '  # s390x:',
        '',
        '# the extension expects app.py (or main.py, app/, src/) with an `app` object as the',
        '# WSGI entrypoint, and requirements.txt or pyproject.toml listing flask.',
        'extensions:',
        '  - flask-framework',
        '',
        '# uncomment the sections you need.',
        '# parts: # uncomment this line to add or change any part',
        '',
        `#   ${installApp}:`,
        '#     prime:',
        '#       # only app/, app.py, main.py, src/, migrate, migrate.sh, migrate.py, static/ and',
        '#       # templates/ go into the rock by default. Listing entries here replaces that list:',
        '#       # keep the defaults you use, and add every module your app imports (config.py...).',
        `#       # each entry is "${appDir}/" followed by the path in the project.`,
        `#       - ${appDir}/app.py`,
        `#       - ${appDir}/config.py`,
        `#       - ${appDir}/templates`,
        `#       - ${appDir}/static`,
        '',
        '# Ubuntu packages needed to build a Python dependency:',
        `#   ${dependencies}:`,
        '#     build-packages:',
        '#       # for example, to build a package that needs pkg-config and libxmlsec1-dev:',
        '#       - pkg-config',
        '#       - libxmlsec1-dev',
        '',
        '# package slices (subsets of Debian packages: smaller, safer images) or whole Debian',
        `# packages in the rock. Slices: https://github.com/canonical/chisel-releases, ${DOCS}/explanation/chisel/`,
        '#   runtime-slices:',
        '#     plugin: nil',
        '#     stage-packages:',
        '#       # for example, the libs slice of libpq5:',
        '#       - libpq5_libs',
        '',
        '#   runtime-debs:',
        '#     plugin: nil',
        '#     stage-packages:',
        '#       - libpq5',
        ''
    ].join('\n');
}
async function initRockcraftYaml(dir, opts = {}) {
    const abs = external_node_path_.resolve(dir);
    try {
        if (!(await (0,promises_.stat)(abs)).isDirectory()) {
            throw new check/* ProjectUsageError */.bX(`project path ${abs} is not a directory`);
        }
    }
    catch (err) {
        if (err instanceof check/* ProjectUsageError */.bX)
            throw err;
        throw new check/* ProjectUsageError */.bX(`project directory ${abs} does not exist`);
    }
    if (opts.name !== undefined && !(0,names/* isValidProjectName */.FE)(opts.name)) {
        throw new check/* ProjectUsageError */.bX(`--name: ${names/* INVALID_NAME */.Ot} Got '${opts.name}'.`);
    }
    let name = opts.name;
    let nameNote;
    if (name === undefined) {
        const folder = external_node_path_.basename(abs);
        const derived = nameFromFolder(folder);
        name = derived.name;
        if (derived.changes.length > 0) {
            nameNote = `name: ${name} (from the folder name ${JSON.stringify(folder)}: ${derived.changes.join('; ')}; rockcraft names use lower-case letters, digits and single hyphens). Change it in rockcraft.yaml or pass --name`;
        }
    }
    const base = opts.base ?? 'bare';
    if (!BASES.includes(base)) {
        throw new check/* ProjectUsageError */.bX(`--base: the flask-framework extension supports ${BASES.join(', ')}; not '${base}'`);
    }
    const version = opts.version ?? '0.1';
    if (!(0,names/* isValidVersion */.ri)(version) || version.length > 32) {
        throw new check/* ProjectUsageError */.bX(`--version: ${version.length > 32 ? 'at most 32 characters' : names/* INVALID_VERSION */.fm} Got '${version}'.`);
    }
    const file = external_node_path_.join(abs, 'rockcraft.yaml');
    let handle;
    try {
        // "wx": never over an existing file, even one created a moment ago.
        handle = await (0,promises_.open)(file, 'wx');
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return { path: file, written: false };
        throw new check/* ProjectError */.wB(`cannot write ${file}: ${code ?? err.message}`);
    }
    try {
        await handle.writeFile(renderRockcraftYaml(name, base, version));
    }
    finally {
        await handle.close();
    }
    return { path: file, written: true, nameNote };
}

;// CONCATENATED MODULE: ./src/core/index.ts
// The pure core shared by the action and the flask-rock CLI.






// EXTERNAL MODULE: ./src/cli/cli-args.ts
var cli_args = __nccwpck_require__(3972);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cli/cli.ts
// flask-rock: the action's check, expansion and init as a local command. Imports only the core
// (no @actions/*), so it starts about as fast as node itself.





const USAGE = `Usage: flask-rock <command> [options] [DIR]

Check, expand and initialise a Flask project for rockcraft's flask-framework extension.
DIR is the project directory (default: the current directory).

Commands:
  check [--format text|json] [--fix] [DIR]
                                       report what rockcraft would refuse and what would stop
                                       the rock from booting (exit 1), else print the WSGI
                                       entrypoint, gunicorn worker and what ships in /flask/app
                                       (/app on Ubuntu 26.04); --fix writes the prime list that
                                       ships every project module the rock lacks into
                                       rockcraft.yaml, then checks
  expand [--format yaml|json] [DIR]    print the project with flask-framework expanded, as
                                       \`rockcraft expand-extensions\` does
  init [DIR] [--name N] [--base B] [--version V]
                                       write rockcraft.yaml unless one exists
  smoke ROCK [options]                 run the rock in Docker and prove it serves, as the
                                       action's smoke test does (flask-rock smoke --help)
  sbom ROCK [--format cyclonedx|text]  print the rock's SBOM (CycloneDX 1.6 JSON), as the
                                       action writes it (flask-rock sbom --help)
  diff OLD NEW [--format text|json]    what changes from rock OLD to rock NEW: sizes,
                                       packages, config, services, app files (each a .rock,
                                       an OCI layout or an image reference; flask-rock diff
                                       --help)

Options:
  --experimental-extensions            (check, expand) as rockcraft does with
                                       ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS set: needed for
                                       the Ubuntu 26.04 extension
  -h, --help                           show this help
  --version                            print flask-rock's version (before any command)

Exit status: 0 success, 1 the project has problems, 2 usage error.
`;
class UsageError extends Error {
}
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string' },
    fix: { type: 'boolean' },
    name: { type: 'string' },
    base: { type: 'string' },
    version: { type: 'string' },
    'experimental-extensions': { type: 'boolean' }
};
const COMMANDS = {
    check: { options: ['format', 'fix', 'experimental-extensions'], run: cli_check },
    expand: { options: ['format', 'experimental-extensions'], run: cli_expand },
    init: { options: ['name', 'base', 'version'], run: init }
};
function where(p) {
    if (!p.file)
        return '';
    return p.line ? `${p.file}:${p.line}: ` : `${p.file}: `;
}
function report(result, bootAs) {
    // Messages quote the project (names, paths, lines of its files): no terminal escapes.
    const out = (line) => process.stderr.write(`${(0,untrusted/* printable */.g$)(line)}
`);
    // rockcraft's refusals name their file already; where the JSON has a line, so does the text.
    for (const p of result.problems)
        out(`- ${p.line ? where(p) : ''}${p.message}`);
    // Not rockcraft's refusal: the build backend's, when the dependencies part runs pip install .
    for (const p of (0,check/* packProblems */.qg)(result))
        out(`- ${where(p)}the pack would fail: ${p.message}`);
    for (const p of result.boot?.problems ?? []) {
        out(`${bootAs === 'error' ? '- ' : 'warning: '}${where(p)}the rock would not boot: ${p.message}`);
    }
    for (const p of result.boot?.warnings ?? [])
        out(`warning: ${where(p)}${p.message}`);
    for (const p of result.install?.warnings ?? [])
        out(`warning: ${where(p)}${p.message}`);
    for (const h of result.hints)
        out(`hint: ${where(h)}${h.message}`);
}
function oneDir(positionals) {
    if (positionals.length > 1)
        throw new UsageError(`expected one DIR, got ${positionals.length}`);
    return positionals[0] ?? '.';
}
function formatOf(values, allowed) {
    const format = values.format ?? allowed[0];
    if (!allowed.includes(format)) {
        throw new UsageError(`--format must be ${allowed.join(' or ')}, not '${format}'`);
    }
    return format;
}
/** The environment rockcraft would run in: with experimental extensions when asked. */
function checkEnv(values) {
    return values['experimental-extensions']
        ? { ...process.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }
        : process.env;
}
async function cli_check(values, dir) {
    const format = formatOf(values, ['text', 'json']);
    const env = checkEnv(values);
    let result = await (0,check/* checkProject */.sh)(dir, { env });
    const fix = result.boot?.fix;
    if (values.fix && fix && result.rockcraftFile) {
        const file = result.rockcraftFile;
        const changes = await writeFix(file, result.rockcraftText ?? '', fix);
        // stdout holds only the JSON document in that format
        const say = format === 'json' ? process.stderr : process.stdout;
        for (const change of changes)
            say.write((0,untrusted/* printable */.g$)(`fixed ${file}: ${change}\n`));
        result = await (0,check/* checkProject */.sh)(dir, { env });
    }
    const failed = result.problems.length > 0 ||
        (result.boot?.problems.length ?? 0) > 0 ||
        (0,check/* packProblems */.qg)(result).length > 0;
    if (format === 'json') {
        process.stdout.write(JSON.stringify(checkReport(result), null, 2) + '\n');
        return failed ? 1 : 0;
    }
    report(result, 'error');
    if (failed)
        return 1;
    const lines = [
        `wsgi: ${result.wsgi ?? '(services.flask.command is set)'}`,
        `worker: ${result.worker}`,
        ...(result.boot ? [`ships: ${result.boot.ships.join(' ') || '(nothing)'}`] : []),
        ...(result.install ? [`installed: ${(0,check/* installedLine */.jS)(result.install)}`] : [])
    ];
    process.stdout.write((0,untrusted/* printable */.g$)(lines.join('\n')) + '\n');
    return 0;
}
async function cli_expand(values, dir) {
    const format = formatOf(values, ['yaml', 'json']);
    const result = await (0,check/* checkProject */.sh)(dir, { env: checkEnv(values) });
    // rockcraft's verdict alone decides: boot problems are only warnings here.
    report(result, 'warning');
    if (result.problems.length > 0 || !result.expanded)
        return 1;
    // rockcraft prints the YAML through craft-cli, which adds a newline of its own.
    process.stdout.write((0,check/* renderExpansion */.W1)(result.expanded, format) + (format === 'yaml' ? '\n' : ''));
    return 0;
}
async function init(values, dir) {
    const { path, written, nameNote } = await initRockcraftYaml(dir, {
        name: values.name,
        base: values.base,
        version: values.version
    });
    if (nameNote)
        process.stdout.write(`${(0,untrusted/* printable */.g$)(nameNote)}\n`);
    process.stdout.write((0,untrusted/* printable */.g$)(written ? `wrote ${path}\n` : `${path} exists; left as it is\n`));
    return 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    // Its own module, loaded only for it: check and expand start without the smoke test's code.
    if (command === 'smoke')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(888), __nccwpck_require__.e(499)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2499))).smokeCommand(rest);
    if (command === 'sbom')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(571), __nccwpck_require__.e(888), __nccwpck_require__.e(984), __nccwpck_require__.e(347)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4347))).sbomCommand(rest);
    if (command === 'diff')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(571), __nccwpck_require__.e(888), __nccwpck_require__.e(984), __nccwpck_require__.e(72)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9072))).diffCommand(rest);
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
        // Asked for: stdout, exit 0. No command at all is a usage error: stderr, exit 2.
        ;
        (command === undefined ? process.stderr : process.stdout).write(USAGE);
        return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-V') {
        process.stdout.write(`flask-rock ${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (command.startsWith('-'))
        throw new UsageError(`unknown option '${command}'`);
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry)
        throw new UsageError(`unknown command '${command}'`);
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: OPTIONS
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    for (const key of Object.keys(values)) {
        if (key !== 'help' && !entry.options.includes(key)) {
            throw new UsageError(`option --${key} does not apply to '${command}'`);
        }
    }
    return entry.run(values, oneDir(positionals));
}
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, (err) => {
    if (err instanceof UsageError ||
        err instanceof check/* ProjectUsageError */.bX ||
        err.code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`flask-rock: ${(0,cli_args/* argsErrorText */.b)(err)}\n\n${USAGE}`);
        process.exitCode = 2;
    }
    else if (err instanceof check/* ProjectError */.wB) {
        process.stderr.write(`flask-rock: ${(0,untrusted/* printable */.g$)(err.message)}\n`);
        process.exitCode = 1;
    }
    else {
        process.stderr.write(`flask-rock: internal error: ${err?.stack ?? String(err)}\n`);
        process.exitCode = 70;
    }
});


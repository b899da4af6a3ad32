export const id = 45;
export const ids = [45];
export const modules = {

/***/ 1045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomLines: () => (/* binding */ sbomLines),
  statsdExporterTag: () => (/* reexport */ go_version/* statsdExporterTag */.J),
  writeRockSbom: () => (/* binding */ writeRockSbom)
});

// UNUSED EXPORTS: SBOM_BOUNDS, SBOM_LIMITS, TOOL, buildSbom, readPackRecord, rockSbom, sbomPath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/rock/index.ts + 2 modules
var src_rock = __webpack_require__(8909);
// EXTERNAL MODULE: ./src/sbom/build.ts + 2 modules
var build = __webpack_require__(7603);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sbom/pack-record.ts
// What the pack recorded about the Ubuntu packages it put into the rock: craft-parts keeps each
// part's pull state in <work dir>/parts/<part>/state/pull (YAML), whose `assets.stage-packages`
// lists what it fetched as "name=version" (chisel slices by name only). In destructive mode the
// work dir is the project, and the record is there after the pack; in LXD mode it stays inside
// the build instance.




const STATE_MAX = 1024 * 1024;
const PARTS_MAX = 256;
const ENTRY = /^([a-z0-9][a-z0-9+.-]*(?:_[a-z0-9-]+)?)(?:=([A-Za-z0-9.+~:-]{1,128}))?$/;
async function readSmall(file) {
    // No symlink followed, no FIFO waited on, no more than STATE_MAX read.
    const handle = await promises_.open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new Error('not a regular file');
        if (stat.size > STATE_MAX)
            throw new Error('larger than 1 MiB');
        const buffer = Buffer.alloc(stat.size);
        await handle.read(buffer, 0, stat.size, 0);
        return buffer.toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** The stage-packages every part's pull state records, or undefined when there is no parts/ dir. */
async function readPackRecord(workDir) {
    const partsDir = external_node_path_.join(workDir, 'parts');
    const entries = await promises_.readdir(partsDir, { withFileTypes: true }).catch(() => undefined);
    if (!entries)
        return undefined;
    const record = { packages: [], problems: [] };
    for (const entry of entries.filter(e => e.isDirectory()).slice(0, PARTS_MAX)) {
        const file = external_node_path_.join(partsDir, entry.name, 'state', 'pull');
        let text;
        try {
            text = await readSmall(file);
        }
        catch (err) {
            const e = err;
            if (e.code === 'ENOENT')
                continue;
            record.problems.push(`parts/${entry.name}/state/pull: ${e.code ?? e.message}`);
            continue;
        }
        let state;
        try {
            state = (0,dist/* parse */.qg)(text, { maxAliasCount: 16 });
        }
        catch {
            record.problems.push(`parts/${entry.name}/state/pull: not YAML`);
            continue;
        }
        const listed = state?.assets?.['stage-packages'];
        if (listed === undefined || listed === null)
            continue;
        if (!Array.isArray(listed)) {
            record.problems.push(`parts/${entry.name}/state/pull: stage-packages is not a list`);
            continue;
        }
        let odd = 0;
        for (const item of listed) {
            const m = typeof item === 'string' ? ENTRY.exec(item) : null;
            if (!m)
                odd++;
            else
                record.packages.push({ name: m[1], ...(m[2] ? { version: m[2] } : {}), part: entry.name });
        }
        if (odd)
            record.problems.push(`parts/${entry.name}/state/pull: ${odd} stage-packages entries not read`);
    }
    return record;
}

// EXTERNAL MODULE: ./src/sbom/go-version.ts
var go_version = __webpack_require__(5054);
;// CONCATENATED MODULE: ./src/sbom/index.ts
// The SBOM of a rock (CycloneDX 1.6 JSON): what the action writes beside the rock (output `sbom`)
// and `flask-rock sbom` prints. It shares the smoke test's one read of the rock.







const TOOL = { name: 'flask-rock-action', version: '1' };
/** Where the SBOM of a rock goes: beside it, `<name>_<version>_<arch>.cdx.json`. */
function sbomPath(rock) {
    return `${rock.replace(/\.rock$/, '')}.cdx.json`;
}
/** Reads the rock (once per process) and the pack's record, and builds the SBOM. */
async function rockSbom(rock, opts = {}) {
    const [contents, packRecord] = await Promise.all([
        (0,src_rock.readRockOnce)(rock),
        opts.packDir ? readPackRecord(opts.packDir) : Promise.resolve(undefined)
    ]);
    return (0,build/* buildSbom */.s2)({
        contents,
        project: opts.project,
        packRecord,
        packRecordNote: opts.packRecordNote ??
            (opts.packDir && !packRecord
                ? `the pack left no parts/ state in ${opts.packDir}`
                : undefined),
        tool: TOOL
    });
}
/** Builds the SBOM and writes it beside the rock; returns its path and summary. */
async function writeRockSbom(rock, opts = {}) {
    const sbom = await rockSbom(rock, opts);
    const file = sbomPath(rock);
    await promises_.writeFile(file, sbom.json + '\n');
    return { file, summary: sbom.summary };
}
/** The summary in a few lines: counts, top-level versions, where the distribution's packages came from. */
function sbomLines(summary) {
    const v = summary.versions;
    const known = (x) => x ?? 'unknown';
    return [
        `Components: ${summary.counts.python} Python, ${summary.counts.ubuntu} ${summary.distro ?? 'distribution'} packages (from ${summary.ubuntuSource === 'none' ? 'nowhere: unknown' : summary.ubuntuSource}), ${summary.counts.go} Go programs`,
        `Flask ${known(v.flask)}, gunicorn ${known(v.gunicorn)}, Python ${known(v.python)}, Pebble ${known(v.pebble)}, statsd_exporter ${known(v.statsdExporter)}`,
        ...(summary.incomplete.length ? [`Incomplete: ${summary.incomplete.join('; ')}`] : []),
        ...(summary.unknowns.length
            ? [
                `Not known (${summary.unknowns.length}): ${summary.unknowns.slice(0, 3).join('; ')}${summary.unknowns.length > 3 ? '; ...' : ''}`
            ]
            : [])
    ];
}


/***/ })

};

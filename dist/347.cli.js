export const id = 347;
export const ids = [347];
export const modules = {

/***/ 4347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SBOM_USAGE: () => (/* binding */ SBOM_USAGE),
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/check.ts + 15 modules
var check = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/core/expand.ts
var expand = __webpack_require__(7235);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
// EXTERNAL MODULE: ./src/rock/index.ts + 3 modules
var src_rock = __webpack_require__(7888);
// EXTERNAL MODULE: ./src/sbom/build.ts + 2 modules
var build = __webpack_require__(7603);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
        (0,src_rock/* readRockOnce */.tU)(rock),
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
    await fs.writeFile(file, sbom.json + '\n');
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

;// CONCATENATED MODULE: ./src/sbom/cli.ts
// `flask-rock sbom ROCK`: the SBOM the action writes beside a rock, printed. Loaded only for this
// subcommand; it imports no @actions/* package.








const SBOM_USAGE = `Usage: flask-rock sbom ROCK [--format cyclonedx|text] [--project DIR]

Print the rock's SBOM as the action writes it (output \`sbom\`): CycloneDX 1.6 JSON listing the
Python distributions, the Ubuntu packages (dpkg status, a chisel manifest, or the stage-packages
the pack recorded under DIR/parts/), the Go programs' modules and the rock itself.

  --format text     the counts and top-level versions instead of the JSON
  --project DIR     the project the rock was packed from: its rockcraft.yaml names the rock's
                    name, version, base and build-base; a destructive pack's parts/ state there
                    lists the stage-packages

Exit status: 0 printed, 1 the rock cannot be read, 2 usage error.
`;
class UsageError extends Error {
}
const PROJECT_MAX = 1024 * 1024;
/** name, version, base and build-base as rockcraft.yaml spells them (strings only). */
async function projectFacts(dir) {
    const file = external_node_path_.join(dir, 'rockcraft.yaml');
    const text = await promises_.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined || text.length > PROJECT_MAX) {
        throw new UsageError(`--project ${dir}: no readable rockcraft.yaml there`);
    }
    const { data } = (0,check/* loadProjectYaml */.ty)(text, file);
    const field = (key) => {
        const value = data?.[key];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    };
    // The expansion's statsd-exporter part: the extension's tag, unless the project overrides it.
    const yaml = (0,expand/* isMapping */.pi)(data) ? data : {};
    const part = (0,expand/* partName */.pn)(yaml, 'statsd-exporter');
    const own = (0,expand/* isMapping */.pi)(yaml.parts) ? yaml.parts[part] : undefined;
    return {
        name: field('name'),
        version: field('version'),
        base: field('base'),
        buildBase: field('build-base'),
        statsdExporterTag: (0,go_version/* statsdExporterTag */.J)({
            parts: {
                [part]: { 'source-tag': (0,expand/* profileFor */.P5)(yaml).statsdTag, ...((0,expand/* isMapping */.pi)(own) ? own : {}) }
            }
        })
    };
}
async function run(args) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            help: { type: 'boolean', short: 'h' },
            format: { type: 'string' },
            project: { type: 'string' }
        }
    });
    if (values.help) {
        process.stdout.write(SBOM_USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new UsageError(`expected one ROCK, got ${positionals.length}`);
    const format = values.format ?? 'cyclonedx';
    if (format !== 'cyclonedx' && format !== 'text') {
        throw new UsageError(`--format must be cyclonedx or text, not '${format}'`);
    }
    const project = values.project ? await projectFacts(values.project) : undefined;
    const sbom = await rockSbom(positionals[0], {
        project,
        packDir: values.project,
        packRecordNote: values.project ? undefined : 'no project given (--project) for its pack record'
    });
    // The summary quotes the rock (versions, paths): no terminal escapes. The JSON escapes its own.
    process.stdout.write(format === 'text' ? (0,untrusted/* printable */.g$)(sbomLines(sbom.summary).join('\n')) + '\n' : sbom.json + '\n');
    return 0;
}
async function sbomCommand(args) {
    try {
        return await run(args);
    }
    catch (err) {
        if (err instanceof UsageError ||
            err.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`flask-rock sbom: ${err.message}\n\n${SBOM_USAGE}`);
            return 2;
        }
        if (err instanceof src_rock/* RockError */.OL) {
            process.stderr.write(`flask-rock sbom: ${(0,untrusted/* printable */.g$)(err.message)}\n`);
            return 1;
        }
        throw err;
    }
}


/***/ })

};

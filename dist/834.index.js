export const id = 834;
export const ids = [834,640];
export const modules = {

/***/ 5640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishDir: () => (/* binding */ publishDir),
/* harmony export */   qH: () => (/* binding */ cleanupPublish),
/* harmony export */   writeAuthFile: () => (/* binding */ writeAuthFile)
/* harmony export */ });
/* unused harmony exports registryHost, authFileContent */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_runner_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(923);
/* harmony import */ var _process_private_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _action_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3175);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8230);
// The registry auth file (containers-auth.json): the only way credentials reach skopeo and
// buildah. It lives in a private dir of ours (0700 dir, 0600 file) that the caller removes, and
// the post step too (cleanupPublish) when the main step never got there. The password never goes
// on a command line, into a child's environment or into the log.






// Our private dirs are named so; cleanup removes a dir only when it carries this prefix.
const DIR_PREFIX = 'flask-rock-publish-';
/** The registry host of an image reference, as containers' auth files key it. */
function registryHost(ref) {
    return parseRef(ref).registry;
}
/** containers-auth.json holding one user and password for one registry host, and no other. */
function authFileContent(host, username, password) {
    const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    return JSON.stringify({ auths: { [host]: { auth } } }) + '\n';
}
/** Our private dir for one publish or merge: the caller removes it (the post step too, when it holds an auth file). */
function publishDir(parent) {
    return (0,_process_private_file_js__WEBPACK_IMPORTED_MODULE_3__/* .privateDir */ .XK)(parent ?? node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), DIR_PREFIX);
}
/**
 * Writes the registry auth file for `host` into our private dir, or returns undefined without
 * credentials (the tools then use the runner's own: docker or podman login). Callers hand it
 * only to calls that talk to `host`.
 */
async function writeAuthFile(dir, host, username, password) {
    if (username === '') {
        _action_runner_io_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('No registry credentials given: using any from docker login or podman login');
        return undefined;
    }
    const authFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'auth.json');
    // Recorded before it is written, so a cancelled run's post step still removes it.
    (0,_action_state_js__WEBPACK_IMPORTED_MODULE_4__/* .saveState */ .LZ)({ authFile });
    await (0,_process_private_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writePrivateFile */ .Pl)(authFile, authFileContent(host, username, password));
    return authFile;
}
/** Post step: removes an auth file (and our private dir around it) left by a cancelled run. */
async function cleanupPublish(state) {
    if (state.authFile)
        await (0,_process_private_file_js__WEBPACK_IMPORTED_MODULE_3__/* .removePrivateFile */ .wi)(state.authFile, DIR_PREFIX, 'the registry auth file', _action_runner_io_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e);
}


/***/ }),

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PublishError: () => (/* reexport */ PublishError),
  cleanupPublish: () => (/* reexport */ auth_file/* cleanupPublish */.qH),
  githubEvent: () => (/* reexport */ githubEvent),
  indexAnnotations: () => (/* reexport */ indexAnnotations),
  mergeImages: () => (/* reexport */ mergeImages),
  mergeProblem: () => (/* reexport */ image_ref/* mergeProblem */.WF),
  parseRef: () => (/* reexport */ image_ref/* parseRef */.rd),
  proveRegistry: () => (/* reexport */ proveRegistry),
  publishRock: () => (/* reexport */ publishRock),
  sameRepository: () => (/* reexport */ image_ref/* sameRepository */.RB),
  skopeoCommand: () => (/* reexport */ registry_skopeo/* skopeoCommand */.DV)
});

;// CONCATENATED MODULE: ./src/registry/error.ts
// The registry edge's one failure a user can act on (publish and merge alike).
/** A publish or merge failure a user can act on: one clear message, no stack trace needed. */
class PublishError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PublishError';
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/action/runner-io.ts
var runner_io = __webpack_require__(923);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
// EXTERNAL MODULE: ./src/registry/auth-file.ts
var auth_file = __webpack_require__(5640);
;// CONCATENATED MODULE: ./src/registry/credentials.ts
// Whose credentials, and whether to push at all: a fork's pull request gets no secrets from
// GitHub and a read-only GITHUB_TOKEN, so publishing there is skipped (with a notice) unless the
// user opts in with push-from-forks.


/** Whether this run is a pull request from a fork, from the runner's event payload. */
function isForkPullRequest(eventName, payload) {
    if (![
        'pull_request',
        'pull_request_target',
        'pull_request_review',
        'pull_request_review_comment'
    ].includes(eventName)) {
        return false;
    }
    const pr = payload?.pull_request;
    const head = pr?.head?.repo;
    const base = pr?.base?.repo;
    // A deleted fork leaves head.repo null: still not the base repository.
    if (!head?.full_name || !base?.full_name)
        return true;
    return head.full_name !== base.full_name;
}
/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; not a fork when they are missing or unreadable. */
async function githubEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH ?? '';
    if (name === '' || file === '')
        return { isFork: false };
    try {
        return { isFork: isForkPullRequest(name, JSON.parse(await (0,promises_.readFile)(file, 'utf8'))) };
    }
    catch {
        return { isFork: false };
    }
}
/**
 * Why nothing is pushed from a fork's pull request: without push-from-forks, never (its
 * GITHUB_TOKEN is read-only, and a pull_request_target run would push what the fork wrote);
 * with it, when no credentials came (GitHub withholds secrets from forks). Undefined: push.
 */
function pushSkip(username, password, isFork, pushFromForks) {
    if (isFork && !pushFromForks) {
        return 'this is a pull request from a fork, which does not push (set push-from-forks: true to push anyway)';
    }
    return credentialsSkip(username, password, isFork);
}
/**
 * Why nothing is pushed: a fork's pull request without credentials (GitHub withholds secrets
 * there). Throws for half the credentials, or a user name the auth file cannot carry.
 */
function credentialsSkip(username, password, isFork) {
    if (username === '' || password === '') {
        if (isFork) {
            return 'this is a pull request from a fork and no registry credentials were given (GitHub withholds secrets from forks)';
        }
        if (username !== '' || password !== '') {
            throw new PublishError(`Inputs 'registry-username' and 'registry-password' go together: give both or neither`);
        }
    }
    if (username.includes(':')) {
        throw new PublishError(`Input 'registry-username' cannot contain ':'`);
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/registry/digest.ts
// Manifest digests: what a registry serves is named by the sha256 of its exact bytes.

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** sha256:<hex> of a manifest as the registry serves it (JSON, so UTF-8). */
function sha256(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}

// EXTERNAL MODULE: ./src/registry/image-ref.ts
var image_ref = __webpack_require__(8230);
// EXTERNAL MODULE: ./src/registry/skopeo.ts
var registry_skopeo = __webpack_require__(1290);
;// CONCATENATED MODULE: ./src/registry/retry.ts
// Running a registry tool (skopeo, buildah) with retries: only transient registry trouble (5xx,
// resets, timeouts on the wire, 429) is worth another try; a refused login or a bad reference is
// reported at once, with a hint.





/** Sorts a failed skopeo call by its message: only transient registry trouble is worth a retry. */
function classifyFailure(stderr) {
    // Auth first: a 401 page may mention other words below.
    if (/unauthorized|authentication required|access denied|denied:|requested access to the resource is denied|invalid username\/password|\b401\b|\b403\b|forbidden/i.test(stderr)) {
        return 'auth';
    }
    if (/\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)|status ?(?:code)?:? 5\d\d|connection reset|connection refused|broken pipe|i\/o timeout|TLS handshake timeout|timeout awaiting response headers|unexpected EOF|: EOF\b|\b429\b|too many requests/i.test(stderr)) {
        return 'transient';
    }
    return 'other';
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** Runs the tool, again after a pause when the registry failed transiently, up to the attempts. */
async function runRetrying(session, label, args, { stream } = { stream: false }) {
    const { attempts, timeoutMs } = session;
    for (let attempt = 1;; attempt++) {
        const result = await (0,exec/* run */.eF)(session.command, args, {
            what: label,
            timeoutMs,
            env: session.env,
            stream
        });
        if (result.code === 0 && !result.timedOut)
            return result;
        const failure = describeFailure(result, label, timeoutMs, session);
        if (failure.kind !== 'transient' || attempt >= attempts)
            throw new PublishError(failure.message);
        const delay = session.retryDelayMs * 2 ** (attempt - 1);
        runner_io/* warning */.$e(`${failure.message}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${attempts})`);
        await sleep(delay);
    }
}
function describeFailure(result, label, timeoutMs, { isFork, message, authHint }) {
    if (result.timedOut) {
        return {
            kind: 'timeout',
            message: `${label} did not finish within ${Math.round(timeoutMs / 1000)} s`
        };
    }
    const detail = (message ?? registry_skopeo/* skopeoMessage */.j)(result.stderr || result.stdout);
    const kind = classifyFailure(detail);
    if (kind === 'auth') {
        const hint = isFork
            ? ' (a pull request from a fork gets a read-only GITHUB_TOKEN)'
            : (authHint ??
                ': check registry-username and registry-password, and that the user may push there');
        const tool = external_node_path_.basename(result.command);
        return { kind, message: `${label} was refused by the registry${hint}. ${tool} said: ${detail}` };
    }
    return { kind, message: `${label} failed: ${detail}` };
}

;// CONCATENATED MODULE: ./src/registry/tls.ts
// Registries whose TLS is not verified (plain HTTP, or a certificate nobody can check), only
// when the user names them: skopeo and buildah are told per call, for those hosts alone, and
// the log says so each time such a host is used.



/**
 * Judges the hosts of `refs` once: warns for each one without TLS verification, refuses the
 * password to a non-loopback one unless named twice. Returns whether a reference's host is one.
 */
function tlsPolicy(refs, credentialsHost, opts) {
    const insecure = opts.insecureRegistries ?? [];
    const isInsecure = (ref) => insecure.includes((0,image_ref/* parseRef */.rd)(ref).registry);
    if (credentialsHost) {
        const problem = (0,image_ref/* insecurePasswordProblem */.PV)(credentialsHost, insecure, opts.insecurePassword ?? []);
        if (problem)
            throw new PublishError(`Cannot push: ${problem}`);
    }
    for (const host of new Set(refs.filter(isInsecure).map(ref => (0,image_ref/* parseRef */.rd)(ref).registry))) {
        const password = host === credentialsHost ? ' and the registry password' : '';
        runner_io/* warning */.$e(`TLS verification is off for ${host} (insecure-registries): what is pushed${password} can be read and changed on the network path`);
    }
    return isInsecure;
}

;// CONCATENATED MODULE: ./src/registry/publish.ts
// Publish: copy the packed rock (an OCI archive) to one or more registries with skopeo and report
// the manifest digest the registry serves. A reference without tag (ghcr.io/org/app) is pushed by
// digest only: no tag is made or moved, as a per-architecture job of a multi-arch release wants.
//
// Contract: call publishRock only after the smoke test passed (or was turned off by the user); it
// pushes whatever rock it is given. Credentials reach skopeo only through a private auth file
// (0700 dir, 0600 file) that is removed before publishRock returns, and by cleanupPublish in the
// post step if the main step never got there; it holds their one registry host, and only calls to
// that host get it. The password never goes on a command line, into a child's environment or
// into the log.













const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 5000;
/**
 * Pushes the rock to every reference and returns the digest the registry serves.
 * Skips (with a notice, `skipped` set) a fork's pull request that has no credentials.
 * Throws PublishError for a missing rock, a refused login, a push that keeps failing or times
 * out, or a registry that serves another digest than skopeo wrote.
 */
async function publishRock(opts) {
    const { rock, refs, username, password } = opts;
    const env = (0,exec/* childEnv */.gf)(opts.env ?? process.env);
    const isFork = opts.event?.isFork ?? false;
    if (refs.length === 0)
        return { digest: '', images: [], skipped: 'no image references to push' };
    const withDigest = refs.find(ref => ref.includes('@'));
    if (withDigest) {
        throw new PublishError(`Cannot push to '${withDigest}': a push reference names a tag, not a digest`);
    }
    const skip = pushSkip(username, password, isFork, opts.pushFromForks ?? false);
    if (skip) {
        runner_io/* notice */.lm(`Not publishing the rock: ${skip}`);
        return { digest: '', images: [], skipped: skip };
    }
    const credentials = (0,image_ref/* credentialHost */.W9)(refs, opts.registry);
    if ('problem' in credentials && username !== '') {
        throw new PublishError(`Cannot publish: ${credentials.problem}`);
    }
    const host = 'host' in credentials ? credentials.host : '';
    const tlsOff = tlsPolicy(refs, username === '' ? undefined : host, opts);
    const noTls = (ref, flag) => (tlsOff(ref) ? [`${flag}=false`] : []);
    // skopeo's oci-archive:PATH[:NAME] would read a ':' in the path as the start of an image name.
    if (rock.includes(':')) {
        throw new PublishError(`Cannot publish '${rock}': skopeo cannot read a path holding ':'`);
    }
    try {
        if (!(await (0,promises_.stat)(rock)).isFile())
            throw new Error('not a file');
    }
    catch {
        throw new PublishError(`Cannot publish: the rock '${rock}' does not exist or is not a file`);
    }
    const skopeo = await (0,registry_skopeo/* skopeoCommand */.DV)(env);
    // --preserve-digests (skopeo 1.6.0 on): fail rather than convert the manifest, so the digest is
    // the rock's own. An older skopeo (ubuntu-22.04's 1.4.1) has no such flag; the read-back below
    // still proves what the registry serves. A skopeo that names no version gets the flag.
    const version = await (0,registry_skopeo/* skopeoVersion */.wt)(skopeo, env);
    const preserveDigests = !version.parts || (0,registry_skopeo/* atLeast */.jZ)(version, registry_skopeo/* PRESERVE_DIGESTS_SINCE */.a7) ? ['--preserve-digests'] : [];
    if (preserveDigests.length === 0) {
        runner_io/* info */.pq(`${skopeo} ${version.text} has no --preserve-digests (from 1.6.0): the digest is the one the registry serves`);
    }
    const dir = await (0,auth_file.publishDir)(opts.tempDir ?? env.RUNNER_TEMP);
    try {
        const authFile = await (0,auth_file.writeAuthFile)(dir, host, username, password);
        // Our credentials go to their own registry only; any other uses the runner's own login.
        const authFor = (ref, flag) => authFile && (0,image_ref/* parseRef */.rd)(ref).registry === host ? [flag, authFile] : [];
        const session = {
            command: skopeo,
            env,
            isFork,
            attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
            timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            retryDelayMs: opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS
        };
        // The rock's own manifest digest, as skopeo reads it: it names the rock in a repository pushed
        // to without a tag, and it must be the read's (opts.digest) before anything is pushed.
        const rockDigest = opts.digest || refs.some(ref => (0,image_ref/* parseRef */.rd)(ref).tag === undefined)
            ? sha256((await runRetrying(session, `Reading the manifest of ${external_node_path_.basename(rock)}`, [
                'inspect',
                '--raw',
                `oci-archive:${rock}`
            ])).stdout)
            : '';
        if (opts.digest && rockDigest !== opts.digest) {
            throw new PublishError(`Not publishing: skopeo reads ${rockDigest} from the rock, but its read (smoke-tested, in the SBOM) is ${opts.digest}`);
        }
        // A registry our credentials are not for is the runner's own login's business.
        const otherHost = {
            ...session,
            authHint: `: registry-username and registry-password are for ${host || 'no registry'}, so this one gets the runner's own login (docker/login-action before this step)`
        };
        let digest = '';
        const images = [];
        for (const [i, given] of refs.entries()) {
            const ref = (0,image_ref/* parseRef */.rd)(given).tag === undefined ? `${given}@${rockDigest}` : given;
            const own = authFile === undefined || (0,image_ref/* parseRef */.rd)(ref).registry === host;
            const digestFile = external_node_path_.join(dir, `digest-${i}`);
            (0,untrusted/* infoUntrusted */.z7)(`Pushing ${external_node_path_.basename(rock)} to ${ref}`);
            await runRetrying(own ? session : otherHost, `Push to ${ref}`, [
                '--insecure-policy', // the source is the rock this job just built and tested
                'copy',
                ...preserveDigests,
                '--digestfile',
                digestFile,
                ...authFor(ref, '--dest-authfile'),
                ...noTls(ref, '--dest-tls-verify'),
                `oci-archive:${rock}`,
                `docker://${ref}`
            ], { stream: true } // its progress lines belong in the log
            );
            const pushed = await readDigest(digestFile, ref);
            if (opts.digest && pushed !== opts.digest) {
                throw new PublishError(`Pushed ${ref} as ${pushed}, but the rock's read (smoke-tested, in the SBOM) is ${opts.digest}: skopeo read another image from the rock`);
            }
            const manifest = await runRetrying(own ? session : otherHost, `Reading back the manifest of ${ref}`, [
                'inspect',
                '--raw',
                ...authFor(ref, '--authfile'),
                ...noTls(ref, '--tls-verify'),
                `docker://${ref}`
            ], { stream: false } // the manifest itself is no log material
            );
            // The digest is over the exact bytes the registry serves.
            const served = sha256(manifest.stdout);
            if (served !== pushed) {
                throw new PublishError(`Pushed ${ref} as ${pushed} but the registry serves ${served}: the image may have been overwritten meanwhile`);
            }
            digest = served;
            images.push(ref);
            runner_io/* info */.pq(ref.includes('@') ? `Pushed ${ref} (by digest, no tag)` : `Pushed ${ref}@${digest}`);
        }
        return { digest, images };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function readDigest(file, ref) {
    const digest = (await (0,promises_.readFile)(file, 'utf8').catch(() => '')).trim();
    if (!DIGEST.test(digest)) {
        throw new PublishError(`Push to ${ref} reported success but skopeo wrote no digest`);
    }
    return digest;
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/registry/preflight.ts
// Proving the registry before the slow steps: with `push`, right after the project check, log in
// to the registry host with the given credentials (skopeo login, as docker/login-action does in
// its first second) and read each reference (skopeo inspect), so a wrong password, a plain-HTTP
// registry without `insecure-registries` or a reference the registry refuses fails in about a
// second, with the registry's words and a hint, instead of after pack and smoke.
//
// A reference not there yet (a first push, a new tag) is fine; so is a registry that lets this
// login push but not read (GitHub Packages for a package not made yet): only what would certainly
// fail the push fails here. Credentials go to skopeo as publish gives them: the password on
// stdin, into an auth file in our private dir, removed before this returns.











const preflight_DEFAULT_TIMEOUT_MS = 60_000;
/**
 * What a failed skopeo login or inspect means for the push to come: fine (the reference is
 * new, or unreadable to a login that was just proven), or a failure with a hint.
 */
function judge(message, ctx) {
    const { host } = ctx;
    if (/server gave HTTP response to HTTPS client/i.test(message)) {
        return {
            ok: false,
            hint: `${host} answers in plain HTTP: name it in 'insecure-registries' (insecure-registries: ${host}) if that registry is meant to run without TLS`
        };
    }
    if (/x509:|certificate (?:signed by unknown|is not valid|has expired)|tls: failed to verify/i.test(message)) {
        return {
            ok: false,
            hint: `the TLS certificate of ${host} is not trusted on this runner: install its CA (or point SSL_CERT_FILE at it), or name ${host} in 'insecure-registries' for a test registry`
        };
    }
    if (/must be lowercase|invalid reference format/i.test(message)) {
        return {
            ok: false,
            hint: 'image repositories are lower case: write the reference in lower case (ghcr.io/myorg/my-app)'
        };
    }
    if (/no such host|server misbehaving/i.test(message)) {
        return { ok: false, hint: `the host ${host} does not resolve: check the reference's registry` };
    }
    if (/connection refused/i.test(message)) {
        return {
            ok: false,
            hint: `nothing answers at ${host}: check the reference's registry and port`
        };
    }
    if (/manifest unknown|name unknown|not found|\b404\b/i.test(message)) {
        return { ok: true, state: 'not there yet' };
    }
    const unauthorized = /invalid username\/password|unauthorized|authentication required|incorrect username or password|\b401\b/i.test(message);
    const denied = /denied|forbidden|\b403\b/i.test(message);
    // A proven login that may not read: GitHub Packages before a package's first push.
    if ((unauthorized || denied) && ctx.loggedIn)
        return { ok: true, state: 'not readable' };
    if (unauthorized) {
        return {
            ok: false,
            hint: ctx.ownLogin
                ? `${host} refused registry-username and registry-password: check the secret you pass as registry-password (for ghcr.io: the job's GITHUB_TOKEN with permissions packages: write, or a token with write:packages)`
                : `no login for ${host}: give registry-username and registry-password for it (and 'registry: ${host}' when push names several registries), or log in before this step (docker/login-action)`
        };
    }
    // Refused reads without a login, 5xx, time-outs: the push itself will tell, with its retries.
    return { ok: true, state: 'not readable' };
}
/**
 * Logs in and reads every reference; throws PublishError when the push would certainly fail.
 * Skips (and says why) where the publish step will skip: a fork's pull request.
 */
async function proveRegistry(opts) {
    const { refs, username, password } = opts;
    if (refs.length === 0)
        return { checked: [], skipped: 'no push references' };
    const isFork = opts.event?.isFork ?? false;
    const skipped = pushSkip(username, password, isFork, opts.pushFromForks ?? false);
    if (skipped) {
        runner_io/* info */.pq(`Not checking the registry before the pack: ${skipped}`);
        return { checked: [], skipped };
    }
    const credentials = (0,image_ref/* credentialHost */.W9)(refs, opts.registry);
    if ('problem' in credentials && username !== '') {
        throw new PublishError(`Cannot publish: ${credentials.problem}`);
    }
    const own = 'host' in credentials && username !== '' ? credentials.host : undefined;
    const env = (0,exec/* childEnv */.gf)(opts.env ?? process.env);
    const timeoutMs = opts.timeoutMs ?? preflight_DEFAULT_TIMEOUT_MS;
    const insecure = (host) => (opts.insecureRegistries ?? []).includes(host);
    const tls = (host) => (insecure(host) ? ['--tls-verify=false'] : []);
    const skopeo = await (0,registry_skopeo/* skopeoCommand */.DV)(env);
    const fail = (what, result, hint) => {
        const said = result.timedOut
            ? `no answer within ${Math.round(timeoutMs / 1000)} s`
            : (0,registry_skopeo/* skopeoMessage */.j)(result.stderr || result.stdout);
        throw new PublishError(`Registry check before the pack: ${what} failed: ${hint}. The registry said: ${said}`);
    };
    const dir = await (0,auth_file.publishDir)(opts.tempDir ?? env.RUNNER_TEMP);
    try {
        let authFile;
        if (own) {
            authFile = external_node_path_.join(dir, 'auth.json');
            // Recorded before skopeo writes it, so a cancelled run's post step still removes it.
            (0,state/* saveState */.LZ)({ authFile });
            const login = await (0,exec/* run */.eF)(skopeo, [
                'login',
                '--authfile',
                authFile,
                '--username',
                username,
                '--password-stdin',
                ...tls(own),
                own
            ], { what: `log in to ${own}`, timeoutMs, env, input: password });
            if (login.code !== 0 || login.timedOut) {
                const message = (0,registry_skopeo/* skopeoMessage */.j)(login.stderr || login.stdout);
                const verdict = login.timedOut
                    ? { ok: false, hint: `${own} did not answer` }
                    : judge(message, { host: own, ownLogin: true, loggedIn: false });
                // A login the registry did not refuse outright (a 5xx) is left to the push's retries.
                if (!verdict.ok)
                    fail(`logging in to ${own} as ${username}`, login, verdict.hint);
                authFile = undefined;
            }
            else {
                (0,untrusted/* infoUntrusted */.z7)(`Logged in to ${own} as ${username}`);
            }
        }
        const checked = [];
        for (const ref of new Set(refs)) {
            const host = (0,image_ref/* parseRef */.rd)(ref).registry;
            const mine = authFile !== undefined && host === own;
            const read = await (0,exec/* run */.eF)(skopeo, [
                'inspect',
                '--raw',
                ...(mine ? ['--authfile', authFile ?? ''] : []),
                ...tls(host),
                `docker://${ref}`
            ], { what: `read ${ref}`, timeoutMs, env });
            let state = 'present';
            if (read.code !== 0 || read.timedOut) {
                const message = (0,registry_skopeo/* skopeoMessage */.j)(read.stderr || read.stdout);
                const ctx = { host, ownLogin: host === own, loggedIn: mine };
                let verdict = read.timedOut
                    ? { ok: true, state: 'not readable' }
                    : judge(message, ctx);
                // A registry may refuse a login the read of a repository not made yet (Docker Hub answers
                // 401): with any login for the host on the runner, the push decides.
                if (!verdict.ok && !mine && host !== own && (await runnerHasLogin(skopeo, host, env))) {
                    verdict = judge(message, { ...ctx, loggedIn: true });
                }
                if (!verdict.ok)
                    fail(`reading ${ref}`, read, verdict.hint);
                else
                    state = verdict.state;
            }
            checked.push({ ref, state });
        }
        (0,untrusted/* infoUntrusted */.z7)(`Registry check before the pack: ${checked.map(c => `${c.ref} (${c.state})`).join(', ')}`);
        return { checked };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Whether the runner holds a login for `host` (docker login, podman login, docker/login-action):
 * `skopeo login --get-login` reads the same files the push will. A skopeo that cannot say counts
 * as logged in: the push will tell.
 */
async function runnerHasLogin(skopeo, host, env) {
    const r = await (0,exec/* run */.eF)(skopeo, ['login', '--get-login', host], {
        what: `ask for a login to ${host}`,
        timeoutMs: 30_000,
        env
    }).catch(() => undefined);
    if (!r || r.timedOut)
        return true;
    return r.code === 0 || !/not logged in/i.test(r.stderr);
}

;// CONCATENATED MODULE: ./src/registry/merge.ts
// Merge: single-platform images already in a registry (the per-architecture jobs' pushes by
// digest) become one OCI image index, pushed to every tag asked for. buildah builds and pushes
// the index in a storage of its own inside our private dir; it reads each image's manifest and
// config, never a layer, and pushes the index alone (--all=false): the images are there already.
//
// Why buildah, not podman (both on GitHub's Ubuntu runners and in Debian): the same library and
// flags underneath, but podman's `manifest push` pushes the images too unless told otherwise, and
// rootless podman leaves a pause process behind; buildah runs rootless with nothing left over.
// Neither annotates the index itself before buildah 1.35 / podman 5 (`manifest create --annotation`):
// those annotations are set only where this buildah offers it.
//
// Everything that can be judged is judged before the first push: the references (one
// repository, tags to push to), the credentials, that each image exists and is a single image
// (not an index itself), and that no two share a platform. Only then is anything pushed.












const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
]);
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
// The name of the index in our private storage; it never leaves it under this name.
const LIST = 'localhost/flask-rock-merge';
/** org.opencontainers.image.{source,revision,created} of this run, from the runner's variables. */
function indexAnnotations(env, now = new Date()) {
    const annotations = {};
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
        annotations['org.opencontainers.image.source'] =
            `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
    }
    if (env.GITHUB_SHA)
        annotations['org.opencontainers.image.revision'] = env.GITHUB_SHA;
    annotations['org.opencontainers.image.created'] = now.toISOString();
    return annotations;
}
/**
 * buildah's own message: its last `Error: ...` (which may run over several lines), else the
 * last logrus error line. It also logs harmless errors (a docker:// name looked up in local
 * storage) before a success or the real failure, so the last one is the one that counts.
 */
function buildahMessage(stderr) {
    const lines = stderr.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        if (lines[i].startsWith('Error: ')) {
            return lines
                .slice(i)
                .map(l => l.trim())
                .filter(l => l !== '')
                .join(' ')
                .slice('Error: '.length);
        }
    }
    return (0,registry_skopeo/* skopeoMessage */.j)(stderr);
}
/** "linux/arm64/v8" from a descriptor's platform; '' when it names no os or architecture. */
function platformOf(platform) {
    if (!platform?.os || !platform.architecture)
        return '';
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/**
 * Merges the sources into one OCI image index and pushes it to every reference in `refs`.
 * Throws PublishError for bad references, refused credentials, a missing image, an image that
 * is an index itself, two images of one platform (all before anything is pushed), a push that
 * keeps failing, or a registry that serves another index than the one pushed.
 */
async function mergeImages(opts) {
    const { sources, refs, username, password } = opts;
    const env = opts.env ?? process.env;
    const problem = (0,image_ref/* mergeProblem */.WF)(sources, refs);
    if (problem)
        throw new PublishError(`Cannot merge: ${problem}`);
    const name = (0,image_ref/* parseRef */.rd)(sources[0]).repository;
    // One repository, so one host: the credentials' own, or the merge is refused.
    const credentials = (0,image_ref/* credentialHost */.W9)(sources, opts.registry);
    if ('problem' in credentials)
        throw new PublishError(`Cannot merge: ${credentials.problem}`);
    const skip = pushSkip(username, password, opts.event?.isFork ?? false, opts.pushFromForks ?? false);
    if (skip) {
        runner_io/* notice */.lm(`Not merging the images: ${skip}`);
        return { digest: '', images: [], skipped: skip, name, entries: [], annotations: {} };
    }
    const common = {
        env,
        isFork: opts.event?.isFork ?? false,
        attempts: Math.max(1, opts.attempts ?? 3),
        timeoutMs: opts.timeoutMs ?? 5 * 60_000,
        retryDelayMs: opts.retryDelayMs ?? 5000
    };
    const skopeo = { ...common, command: await (0,registry_skopeo/* skopeoCommand */.DV)(env) };
    const buildah = { ...common, command: 'buildah', message: buildahMessage };
    const dir = await (0,auth_file.publishDir)(opts.tempDir ?? env.RUNNER_TEMP);
    try {
        const authFile = await (0,auth_file.writeAuthFile)(dir, credentials.host, username, password);
        // One repository, so one host: TLS verified for every call, or for none.
        const tls = tlsPolicy(sources, authFile ? credentials.host : undefined, opts)(sources[0])
            ? ['--tls-verify=false']
            : [];
        const auth = [...(authFile ? ['--authfile', authFile] : []), ...tls];
        // 1. Each source: its manifest as the registry serves it, pinned by digest. The reads (and
        // asking buildah what it supports) run side by side; failures are reported in input order.
        const reads = await Promise.allSettled([
            (0,exec/* run */.eF)('buildah', ['manifest', 'create', '--help'], {
                what: 'ask buildah what it supports',
                timeoutMs: common.timeoutMs,
                env
            }),
            ...sources.map(source => runRetrying(skopeo, `Reading the manifest of ${source}`, [
                'inspect',
                '--raw',
                ...auth,
                `docker://${source}`
            ]).catch(err => {
                throw missingImage(err, source);
            }))
        ]);
        const failed = reads.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
        const [help, ...manifests] = reads.map(r => r.value);
        const pinned = [];
        for (const [i, source] of sources.entries()) {
            const raw = manifests[i].stdout;
            let manifest;
            try {
                manifest = JSON.parse(raw);
            }
            catch {
                throw new PublishError(`The registry served no JSON manifest for ${source}`);
            }
            if (INDEX_TYPES.has(manifest.mediaType ?? '') || Array.isArray(manifest.manifests)) {
                throw new PublishError(`Cannot merge: ${source} is an image index itself (${manifest.manifests?.length ?? 0} images), not a single-platform image. Give each platform's image (the per-architecture jobs' 'images' output, repository@sha256:...)`);
            }
            const digest = sha256(raw);
            const twin = pinned.find(p => p.digest === digest);
            if (twin) {
                throw new PublishError(`Cannot merge: ${twin.source} and ${source} are one image (${digest})`);
            }
            pinned.push({ source, digest });
        }
        // 2. The index, in a storage of our own (removed with our dir): nothing of the runner's.
        const storage = [
            '--root',
            external_node_path_.join(dir, 'storage'),
            '--runroot',
            external_node_path_.join(dir, 'run'),
            '--storage-driver',
            'vfs'
        ];
        const annotations = help.stdout.includes('--annotation') ? (opts.annotations ?? {}) : {};
        if (Object.keys(opts.annotations ?? {}).length > 0 && Object.keys(annotations).length === 0) {
            runner_io/* info */.pq('This buildah cannot annotate an image index (buildah 1.35 or later can): the index carries no org.opencontainers.image annotations');
        }
        await runRetrying(buildah, 'Creating the image index', [
            ...storage,
            'manifest',
            'create',
            ...Object.entries(annotations).flatMap(([k, v]) => ['--annotation', `${k}=${v}`]),
            LIST
        ]);
        for (const { source, digest } of pinned) {
            await runRetrying(buildah, `Adding ${source} to the index`, [
                ...storage,
                'manifest',
                'add',
                ...auth,
                LIST,
                `docker://${name}@${digest}`
            ]);
        }
        const built = JSON.parse((await runRetrying(buildah, 'Reading the index', [...storage, 'manifest', 'inspect', LIST]))
            .stdout);
        // 3. One image per platform, each read from the image's own config by buildah.
        const entries = pinned.map(({ source, digest }) => {
            const entry = built.manifests?.find(m => m.digest === digest);
            const platform = platformOf(entry?.platform);
            if (!entry)
                throw new PublishError(`buildah left ${source} (${digest}) out of the index`);
            if (platform === '') {
                throw new PublishError(`Cannot merge: ${source} names no os and architecture in its config`);
            }
            return { source, digest, platform };
        });
        for (const [i, entry] of entries.entries()) {
            const twin = entries.slice(0, i).find(e => e.platform === entry.platform);
            if (twin) {
                throw new PublishError(`Cannot merge: ${twin.source} and ${entry.source} are both ${entry.platform}; an index holds one image per platform`);
            }
        }
        for (const e of entries) {
            runner_io/* info */.pq(`${e.platform}: ${e.source}${e.source.includes('@') ? '' : ` (${e.digest})`}`);
        }
        // 4. Push the index alone to each tag, and read back what the registry serves.
        let digest = '';
        for (const [i, ref] of refs.entries()) {
            const digestFile = external_node_path_.join(dir, `index-digest-${i}`);
            await runRetrying(buildah, `Push of the index to ${ref}`, [
                ...storage,
                'manifest',
                'push',
                '--all=false',
                '--format',
                'oci',
                '--digestfile',
                digestFile,
                ...auth,
                LIST,
                `docker://${ref}`
            ], { stream: true });
            const pushed = (await (0,promises_.readFile)(digestFile, 'utf8').catch(() => '')).trim();
            const raw = (await runRetrying(skopeo, `Reading back the index of ${ref}`, [
                'inspect',
                '--raw',
                ...auth,
                `docker://${ref}`
            ])).stdout;
            const served = sha256(raw);
            const mediaType = JSON.parse(raw).mediaType;
            if (served !== pushed) {
                throw new PublishError(`Pushed the index to ${ref} as ${pushed || '(no digest)'} but the registry serves ${served}: the tag may have been moved meanwhile`);
            }
            if (mediaType !== OCI_INDEX) {
                throw new PublishError(`The registry serves ${ref} as ${mediaType}, not as an OCI image index`);
            }
            if (digest !== '' && served !== digest) {
                throw new PublishError(`The index pushed to ${ref} is ${served}, not ${digest} as before`);
            }
            digest = served;
            runner_io/* info */.pq(`Pushed the index of ${entries.length} images to ${ref}@${digest}`);
        }
        return { digest, images: [...refs], name, entries, annotations };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** A source the registry does not have is the user's mistake: say so plainly. */
function missingImage(err, source) {
    if (err instanceof PublishError && /manifest unknown|name unknown|not found/i.test(err.message)) {
        return new PublishError(`Cannot merge: ${source} does not exist in the registry (${err.message.replace(/^.*?failed: /, '')})`);
    }
    return err;
}

;// CONCATENATED MODULE: ./src/registry/index.ts
// The registry edge's one door: prove the registry before the slow steps (proveRegistry),
// publish a rock (publishRock), merge pushed images into one index
// (mergeImages), the post step's removal of a leftover auth file (cleanupPublish), and skopeo for
// the smoke test's load. Inside: the auth file, credentials and fork detection, retries, digests.
// Two leaves are also read directly, past this door, because they load nothing of the runner's
// I/O: image-ref.ts (pure) by input validation in context.ts, as smoke/probes.ts is, and
// skopeo.ts by the smoke test's load, whose code loads no @actions/* (the local CLI runs it).










/***/ })

};

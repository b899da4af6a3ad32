// The rockcraft we follow: one commit of canonical/rockcraft's main branch, plus the pull requests
// merged after it whose changes the check renders. The README and the parity tests name this
// constant; a change to what we follow starts here.

export interface FollowedPullRequest {
  number: number
  /** what it changed, in the words the expansion code uses */
  change: string
  /**
   * Where the code we wrote from was read: a repository and commit, or the search index's file
   * (its repository and commit are not given there). `undefined`: the code could not be read,
   * and the rendering comes from the pull request's description (see `unverified`).
   */
  readFrom?: string
  /** What of this pull request we render without having read its merged code. */
  unverified?: string
}

export const ROCKCRAFT_STATE = {
  repository: 'canonical/rockcraft',
  /** main on 2026-07-23, 1.20.0 + 6 commits: the 22.04/24.04 (V1) extension and the V1/V2 dispatch */
  commit: '3f947837658283e99547269e312bdac6c51c7a77',
  pullRequests: [
    {
      number: 1303,
      change: 'V2 (26.04) extension installs gunicorn~=26.0 and builds statsd_exporter v0.30.0',
      readFrom:
        'rockcraft/extensions/gunicorn.py at the pull request head db8772f7 (2026-07-22, refs/pull/1303/head in the canonical/rockcraft snapshot), and search index file 57975453950 (FlaskFrameworkV2)'
    },
    {
      number: 1320,
      change: 'V2 supports base bare with build-base ubuntu@26.04',
      readFrom: 'rockcraft/extensions/gunicorn.py, search index file 57975453950',
      unverified:
        'the Python of build-base ubuntu@26.04 (3.14, the Python Ubuntu 26.04 ships): its UBUNTU_PYTHON_VERSION_MAP entry was not readable'
    },
    {
      number: 1345,
      change:
        "extension part names use '.' instead of '/' when the project base (build-base over base) is not one of craft-application's BASES_ALLOW_SLASH_IN_PART_NAME",
      readFrom:
        'rockcraft/extensions/extension.py, search index file 58033641996; craft_application/_const.py, search index file 56769077641'
    },
    {
      number: 1348,
      change:
        'V2 puts the app in /app, gunicorn.conf.py in /var/lib/gunicorn (owned by _daemon_, the directory too) from the v2 config-files directory, logs in /var/log/app',
      readFrom: 'rockcraft/extensions/gunicorn.py, search index file 57975453950',
      unverified:
        'the override-build copy of a flat layout (a top-level app/ organized into app/app): that part of the merged code was not readable; the check renders organize and says so'
    },
    {
      number: 1332,
      change:
        'V2 adds the part app-data (nil, mkdir ${CRAFT_PART_INSTALL}/app-data, owned by _daemon_)',
      readFrom: 'rockcraft/extensions/app_parts.py, search index file 58021338042 (AppDataDirMixin)'
    },
    {
      number: 1308,
      change:
        'uv.lock with pyproject.toml: the dependencies part is built by the uv plugin (uv sync) and gunicorn is added after it; uv.lock without pyproject.toml is refused',
      readFrom:
        'rockcraft/extensions/gunicorn.py and _python_utils.py at the pull request head a2586eb5 (2026-07-22, refs/pull/1308/head in the canonical/rockcraft snapshot); its unit tests of uses_uv and validate_uv_lockfile (search index file 55071047878)',
      unverified:
        'the merged code: at that head the uv part applied to every base with gunicorn~=23.0; its review (2026-08-31) restricts uv to 26.04 and up before merging, so it is rendered on 26.04 only, with the 26.04 gunicorn pin'
    }
  ] satisfies FollowedPullRequest[],
  /**
   * Facts re-read in the upstream code (2026-12, canonical/rockcraft snapshot at the commit above,
   * canonical/paas-charm at 2975c3aa) and what the check does with them.
   */
  confirmed: [
    {
      fact: "requirements.txt is read with Path.read_text() (the locale's encoding, UTF-8, strict): bytes that are not UTF-8 raise UnicodeDecodeError, a crash rather than a refusal, so the pack fails (check: kind 'pack')",
      readFrom: 'rockcraft/extensions/gunicorn.py:202 (FlaskFramework._requirements)'
    },
    {
      fact: "the experimental refusal: ExtensionError(\"Extension is experimental: 'flask-framework'\", resolution='Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.', doc_slug='/reference/extensions/'), which craft-cli prints as three lines, the last 'For more information, check out: ' + docs_url + doc_slug",
      readFrom:
        "rockcraft/extensions/extension.py:108-118; docs_url 'https://documentation.ubuntu.com/rockcraft/{version}' in rockcraft/application.py:37, {version} rendered by craft-application's render_doc_url (latest for a development build)"
    },
    {
      fact: 'uv.lock changes nothing before 26.04: the V1 (22.04/24.04) extension at this commit has no uv code at all (uses_uv/uv.lock appear nowhere under rockcraft/extensions); the uv part is rendered on 26.04 only (#1308 above)',
      readFrom: 'rockcraft/extensions/ at 3f947837 (git grep uv.lock, uses_uv: no match)'
    },
    {
      fact: "the user prime test is re.match('-? *flask/app', entry) at this commit: 'flask/apps' passes it. The V2 copy's tightened '-? *flask/app(/|$)' is in no ref of the snapshot (main, branches, pull request heads): not followed",
      readFrom: 'rockcraft/extensions/gunicorn.py:384'
    },
    {
      fact: "build-base ubuntu@26.04's Python: UBUNTU_PYTHON_VERSION_MAP at this commit holds 22.04 and 24.04 only; 3.14 stays unverified (#1320 above)",
      readFrom: 'rockcraft/extensions/_constants.py (whole file); no ref of the snapshot maps 26.04'
    },
    {
      fact: 'paas-charm restart(): add the layer, _run_migrations(), then replan; the migration is the last found of migrate (absolute path), migrate.sh (bash -eo pipefail), migrate.py (python3), manage.py (python3 manage.py migrate), run in the app dir as _daemon_:_daemon_ with gen_environment(); a *-scheduler service gets the environment on unit 0 only, startup disabled elsewhere. The smoke test (src/smoke/layout.ts MIGRATION_CHOICES, run.ts migrate: docker exec in the app dir as _daemon_, the container holding the charm environment; one unit, unit 0) matches',
      readFrom:
        'canonical/paas-charm src/paas_charm/app.py:80-87 (should_run_scheduler), 458-463 (restart), 568-587 (_run_migrations), 604-622 (_app_layer) at 2975c3aae239f9f8a1c8f561f58218e6c6d01dc4'
    }
  ]
} as const

/** "canonical/rockcraft@3f947837 + #1303, #1320, ...", for logs and the README. */
export function rockcraftStateLine(): string {
  const prs = ROCKCRAFT_STATE.pullRequests.map(p => `#${p.number}`).join(', ')
  return `${ROCKCRAFT_STATE.repository}@${ROCKCRAFT_STATE.commit.slice(0, 8)} + ${prs}`
}

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
  ] satisfies FollowedPullRequest[]
} as const

/** "canonical/rockcraft@3f947837 + #1303, #1320, ...", for logs and the README. */
export function rockcraftStateLine(): string {
  const prs = ROCKCRAFT_STATE.pullRequests.map(p => `#${p.number}`).join(', ')
  return `${ROCKCRAFT_STATE.repository}@${ROCKCRAFT_STATE.commit.slice(0, 8)} + ${prs}`
}

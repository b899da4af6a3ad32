// Where a flask-framework rock keeps its files, by extension version, as data: the V1 extension
// (bases up to ubuntu@24.04) puts everything under /flask; the V2 extension (ubuntu@26.04, rockcraft
// pull request #1348) puts the app in /app and the mutable gunicorn config in /var/lib/gunicorn.
// The smoke test tells them apart by the gunicorn config the rock carries, not by the base it was
// meant for: a rock handed over as input `rock` has no project beside it.

export interface RockLayout {
  /** 'v1' (/flask) or 'v2' (/app): for the log and smoke-result. */
  name: 'v1' | 'v2'
  /** The app's directory: gunicorn's chdir, and where paas-charm runs the migration. */
  appDir: string
  /** The gunicorn config the flask service's command names; its presence marks the layout. */
  gunicornConf: string
  /** The directory the extension's logging part makes for the app's log files (_daemon_'s too). */
  logDir: string
  /** Paths (no leading '/') rockcraft gives to _daemon_ (584792): everything under them. */
  ownedRoots: string[]
}

export const V1_LAYOUT: RockLayout = {
  name: 'v1',
  appDir: '/flask/app',
  gunicornConf: '/flask/gunicorn.conf.py',
  logDir: '/var/log/flask',
  ownedRoots: ['flask', 'opt/promtail', 'etc/promtail', 'var/log/flask']
}

export const V2_LAYOUT: RockLayout = {
  name: 'v2',
  appDir: '/app',
  gunicornConf: '/var/lib/gunicorn/gunicorn.conf.py',
  logDir: '/var/log/app',
  // The V2 extension's config-files part gives var/lib/gunicorn (and the config in it) to _daemon_
  // because paas-charm 2 rewrites that config; install-app gives it /app.
  ownedRoots: ['app', 'var/lib/gunicorn', 'opt/promtail', 'etc/promtail', 'var/log/app']
}

export const ROCK_LAYOUTS: readonly RockLayout[] = [V1_LAYOUT, V2_LAYOUT]

/** Every path the layouts care about (owners, markers, migration scripts): read once from the rock. */
export const LAYOUT_ROOTS: string[] = [...new Set(ROCK_LAYOUTS.flatMap(l => l.ownedRoots))]

const rel = (p: string): string => p.replace(/^\/+/, '')

/**
 * The layout of a rock from the paths it holds (no leading '/'): the one whose gunicorn config is
 * there; V1 when none is (a rock whose flask command names its own config).
 */
export function layoutOf(paths: ReadonlySet<string> | Map<string, unknown>): RockLayout {
  const has = (p: string): boolean => paths.has(rel(p))
  return ROCK_LAYOUTS.find(l => has(l.gunicornConf)) ?? V1_LAYOUT
}

/**
 * paas-charm's migration command for an app directory holding `present` (App._run_migrations, in
 * that order, the later found winning): migrate (run by absolute path), migrate.sh through
 * `bash -eo pipefail`, migrate.py through `python3`, and manage.py through
 * `python3 manage.py migrate` (the charm's base class checks for it whatever the framework).
 */
export const MIGRATION_CHOICES: readonly { file: string; command: (appDir: string) => string[] }[] =
  [
    { file: 'migrate', command: appDir => [`${appDir}/migrate`] },
    { file: 'migrate.sh', command: () => ['bash', '-eo', 'pipefail', 'migrate.sh'] },
    { file: 'migrate.py', command: () => ['python3', 'migrate.py'] },
    { file: 'manage.py', command: () => ['python3', 'manage.py', 'migrate'] }
  ]

export function migrationCommand(
  layout: RockLayout,
  paths: ReadonlySet<string> | Map<string, unknown>
): string[] | undefined {
  let chosen: string[] | undefined
  for (const choice of MIGRATION_CHOICES) {
    if (paths.has(`${rel(layout.appDir)}/${choice.file}`)) chosen = choice.command(layout.appDir)
  }
  return chosen
}

// `flask-rock check --format json`: the check's result as a stable, documented schema (README,
// "Machine-readable check"). Paths are relative to the project directory. Fields are only added
// in later versions of schema 1, never renamed or removed.
import * as path from 'node:path'
import { packProblems, type CheckResult, type Problem } from './check.js'

export const CHECK_SCHEMA = 1

export interface CheckReportProblem {
  /** rockcraft: rockcraft would refuse the project; boot: the rock would not boot; pack: the
   * pack would fail though rockcraft accepts the project (rockcraft crashes reading it, or the
   * dependencies part's `pip install .` fails: the build backend's refusal) */
  kind: 'rockcraft' | 'boot' | 'pack'
  message: string
  file: string | null
  line: number | null
  column: number | null
}

export interface CheckReport {
  schema: typeof CHECK_SCHEMA
  ok: boolean
  dir: string
  name: string | null
  version: string | null
  base: string | null
  buildBase: string | null
  wsgi: string | null
  worker: 'sync' | 'gevent'
  problems: CheckReportProblem[]
  warnings: Omit<CheckReportProblem, 'kind'>[]
  hints: Omit<CheckReportProblem, 'kind'>[]
  /** top-level entries under /flask/app (directories end in "/"); null without a prediction */
  ships: string[] | null
  /** what `pip install .` puts into the venv; null when the dependencies part does not run it */
  installed: {
    backend: string
    modules: { module: string; path: string; package: boolean }[]
    /** false: what it installs is unsure (see warnings), the list may be short */
    complete: boolean
  } | null
  boot: {
    /** installed: imported from the venv (pip install .), not from /flask/app; shipped false: a
     * project module the rock lacks, followed on so one check names them all */
    modules: {
      module: string
      file: string
      atBoot: boolean
      installed: boolean
      shipped: boolean
    }[]
    imports: {
      from: string
      module: string
      line: number
      atBoot: boolean
      status: string
      /** the module-level call that runs this import's function at boot (file null: gunicorn's
       * call of the factory); null for an import the module itself runs */
      via: { file: string | null; line: number | null; call: string } | null
    }[]
    complete: boolean
    /** what `check --fix` writes: the whole install-app prime list, or the exclusions to remove */
    fix: { prime: string[] | null; remove: string[] | null } | null
  } | null
}

export function checkReport(result: CheckResult): CheckReport {
  const rel = (file?: string): string | null =>
    file === undefined ? null : path.relative(result.dir, file) || '.'
  const located = (p: Problem): Omit<CheckReportProblem, 'kind'> => ({
    message: p.message,
    file: rel(p.file),
    line: p.line ?? null,
    column: p.column ?? null
  })
  const boot = result.boot
  const problems: CheckReportProblem[] = [
    ...result.problems.map(p => ({ kind: 'rockcraft' as const, ...located(p) })),
    ...packProblems(result).map(p => ({ kind: 'pack' as const, ...located(p) })),
    ...(boot?.problems ?? []).map(p => ({ kind: 'boot' as const, ...located(p) }))
  ]
  const fromVenv = new Set(boot?.installed ?? [])
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
  }
}

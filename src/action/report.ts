// What one run did, step by step: filled by main.ts as data flows through, read by the job summary.
import { interrupted } from '../process/interrupt.js'

export type StepName = 'inputs' | 'check' | 'install' | 'pack' | 'smoke' | 'publish'
export type Outcome = 'passed' | 'failed' | 'skipped' | 'interrupted'

export interface StepRecord {
  name: StepName
  outcome: Outcome
  durationMs?: number
  /** One line: what happened, or why it failed or was skipped. */
  detail: string
}

export interface ProblemLine {
  message: string
  file?: string
  line?: number
}

export interface RunReport {
  steps: StepRecord[]
  project?: {
    dir: string
    name?: string
    version?: string
    base?: string
    buildBase?: string
    wsgi?: string
    worker?: string
    /** rockcraft.yaml was written by `init: true` in this run: it is not in the repository. */
    initWritten?: boolean
    problems: ProblemLine[]
    hints: ProblemLine[]
    /** top-level entries the rock ships under /flask/app (/app on 26.04) */
    ships?: string[]
    /** flask/app, or app on 26.04 */
    appDir?: string
    /** what `pip install .` puts into the venv, as one line */
    installed?: string
  }
  expandedYaml?: string
  buildMode?: { mode: string; reason: string }
  cache?: { status: string; key?: string }
  packMs?: number
  rock?: string
  smoke?: {
    image: string
    worker: string
    status: number
    readyMs: number
    latencyMs: number
    metrics: Record<string, number>
    /** One line per further check: each probe, the app's uid, the concurrency proof, docker stop. */
    checks?: string[]
    /** The rock's *-worker and *-scheduler services and their Pebble states after boot. */
    services?: { name: string; startup: string; current: string }[]
  }
  publish?: { digest?: string; images: string[]; skipped?: string }
  /** The rock's SBOM: where it was written and what it counts (or why there is none). */
  sbom?: {
    file?: string
    counts?: { python: number; ubuntu: number; go: number }
    ubuntuSource?: string
    /** Whose packages they are (the rock's os-release: Debian, Ubuntu...). */
    distro?: string
    /** Why the SBOM lists less than the rock holds. */
    incomplete?: string[]
    /** Flask, gunicorn, Python, Pebble, statsd_exporter: version or 'unknown'. */
    versions?: [string, string][]
    unknowns?: string[]
    failed?: string
  }
  /** Input compare-to: the diff's summary section and JSON file, or why there is none. */
  diff?: { file?: string; html?: string; note?: string }
  /** headline: the message's first line, and its first listed reason when that line ends in ':'. */
  failure?: { step: StepName; message: string; headline: string }
  /** The run was stopped by a signal (a run by hand): no failure, and said so. */
  interrupted?: { step: StepName; signal: NodeJS.Signals }
}

/** A duration for the log and the summary: "12.3 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** A duration that may be short: "16 ms" below a second (not "0.0 s"), else as seconds() says. */
export function duration(ms: number): string {
  return Math.round(ms) < 1000 ? `${Math.round(ms)} ms` : seconds(ms)
}

/**
 * What was pushed, the digest named once: `app:1, app:latest @ sha256:...`; a reference pushed by
 * digest (repository@sha256:...) holds it already and is shown as it is.
 */
export function pushedText(images: readonly string[], digest: string | undefined): string {
  const tagged = images.filter(ref => !ref.includes('@'))
  const pinned = images.filter(ref => ref.includes('@'))
  const withTags =
    tagged.length === 0 ? [] : [`${tagged.join(', ')}${digest ? ` @ ${digest}` : ''}`]
  return [...withTags, ...pinned].join(', ')
}

/**
 * One line for a failure: its first line, or, when that line only announces a list ("rockcraft
 * would refuse this project:"), that line with the list's first item and how many more follow.
 */
export function headline(message: string): string {
  const [first, ...rest] = message.split(/\r?\n/)
  const items = rest.map(l => l.trim()).filter(l => l !== '')
  if (!first.trimEnd().endsWith(':') || items.length === 0) return first
  const more = items.length - 1
  return `${first.trimEnd()} ${items[0].replace(/^- /, '')}${more > 0 ? ` (and ${more} more)` : ''}`
}

export function newReport(): RunReport {
  return { steps: [] }
}

/**
 * Runs one step of the pipeline, recording its outcome and duration. A failure is recorded and
 * rethrown, so the caller stops at the first failed step.
 */
export async function runStep<T>(
  report: RunReport,
  name: StepName,
  body: () => Promise<{ value: T; detail: string }>
): Promise<T> {
  const started = Date.now()
  try {
    const { value, detail } = await body()
    report.steps.push({ name, outcome: 'passed', durationMs: Date.now() - started, detail })
    return value
  } catch (err) {
    // A run by hand stopped by Ctrl-C or a kill: the step did not fail, it was stopped.
    const signal = interrupted()
    if (signal) {
      report.steps.push({
        name,
        outcome: 'interrupted',
        durationMs: Date.now() - started,
        detail: `interrupted (${signal})`
      })
      report.interrupted ??= { step: name, signal }
      throw err
    }
    const message = err instanceof Error ? err.message : String(err)
    report.steps.push({
      name,
      outcome: 'failed',
      durationMs: Date.now() - started,
      detail: headline(message)
    })
    report.failure ??= { step: name, message, headline: headline(message) }
    throw err
  }
}

export function skipStep(report: RunReport, name: StepName, why: string): void {
  report.steps.push({ name, outcome: 'skipped', detail: why })
}

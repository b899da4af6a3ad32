// The action's pipeline. Data flows one way:
// inputs -> project check -> expansion -> install -> pack -> smoke -> publish -> outputs and summary.
import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as core from './runner-io.js'
import { getInputs, InputError, type Inputs } from './context.js'
import {
  checkProject,
  IGNORE_BOOT_MARKER,
  initRockcraftYaml,
  installedLine,
  packProblems,
  renderExpansion,
  type CheckResult,
  type Problem
} from '../core/index.js'
import { parseRef } from '../registry/image-ref.js'
import type { PushTarget } from '../registry/index.js'
import { startLocalRun } from './local-run.js'
import { expansionForInstalledRockcraft } from '../pack/revision.js'
import {
  duration,
  newReport,
  pushedText,
  runStep,
  seconds,
  skipStep,
  type RunReport
} from './report.js'
import type { RockWorker, SmokeResult } from '../smoke/index.js'
import { RUN_ID, RUN_LABEL, saveState } from './state.js'
import { writeSummary } from './summary.js'
import { infoUntrusted } from '../process/untrusted.js'
import { bootCause, bootFixLine } from '../core/boot-text.js'

/** The smoke test's further checks, one line each, for the summary. */
export function smokeChecks(
  result: SmokeResult,
  probeText: (probe: SmokeResult['probes'][number]) => string
): string[] {
  const c = result.concurrency
  return [
    ...result.probes.map(p => `Probe ${probeText(p)}: ${p.status} in ${p.ms} ms`),
    ...(c
      ? [
          `${c.requests} x GET ${c.path} at once: p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms, ${c.errors} errors, all in ${duration(c.wallMs)}`
        ]
      : []),
    ...(result.migration
      ? [
          `Migration ${result.migration.command.join(' ')} (in ${result.migration.workdir} as _daemon_): passed in ${seconds(result.migration.ms)}`
        ]
      : []),
    `The app runs as uid ${result.appUid}${result.appUid === 584792 ? ' (_daemon_)' : ''}`,
    `docker stop: ${seconds(result.stop.ms)}, exit code ${result.stop.exitCode}`
  ]
}

/** A failure already explained in the log: main reports its message without a stack trace. */
export class StepFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepFailure'
  }
}

export async function run(): Promise<void> {
  const report = newReport()
  const local = await startLocalRun()
  try {
    saveState({ isPost: true, runId: RUN_ID })
    const inputs = await runStep(report, 'inputs', async () => ({
      value: getInputs(),
      detail: 'read and valid'
    }))
    await pipeline(inputs, report)
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err))
    // A bug, not a user mistake: keep its stack for the debug log.
    if (err instanceof Error && !isExplained(err)) core.debug(err.stack ?? '')
  } finally {
    await writeSummary(report)
    await local?.finish()
  }
}

function isExplained(err: Error): boolean {
  return [
    'StepFailure',
    'InputError',
    'ProjectError',
    'CommandError',
    'SmokeError',
    'PublishError',
    'StateError'
  ].includes(err.name)
}

async function runTempDir(): Promise<string> {
  const root = process.env.RUNNER_TEMP || tmpdir()
  const dir = await mkdtemp(path.join(root, 'flask-rock-')).catch((err: NodeJS.ErrnoException) => {
    throw new StepFailure(`Cannot make a temporary directory in ${root} (RUNNER_TEMP): ${err.code}`)
  })
  saveState({ tempDir: dir })
  return dir
}

const expandedFile = (tempDir: string): string => path.join(tempDir, 'expanded-rockcraft.yaml')

async function pipeline(inputs: Inputs, report: RunReport): Promise<void> {
  if (inputs.manifest.length > 0) return merge(inputs, report)
  // rockcraft reads it from the environment: the check, rockcraft expand-extensions and the pack
  // (which forwards it into its instance) all see this one setting.
  if (inputs.experimentalExtensions) process.env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS = '1'
  const tempDir = await runTempDir()
  const project = await runStep(report, 'check', () => check(inputs, report, tempDir))
  if (inputs.checkOnly) {
    for (const name of ['pack', 'smoke', 'publish'] as const) skipStep(report, name, 'check-only')
    return
  }
  const run: PipelineRun = { inputs, report, tempDir, project, steps: await loadSteps() }
  const target = await proveTarget(run)
  const flaskWorker = checkWorker(run)
  const rock = await packOrTake(run, flaskWorker)
  await reportSbom(await smokeBesideSbom(run, rock), report)
  await compareTo(run, rock.rock)
  await publish(run, rock.rock, target)
}

/** Loaded only past check-only: a check-only run starts none of pack, smoke or publish. */
async function loadSteps() {
  const [
    { packStage },
    { probeText, runImage, smokeTest, workerOfCommand, workerPlan },
    { actionLog },
    { githubEvent, proveRegistry, publishRock },
    { readRockOnce }
  ] = await Promise.all([
    import('../pack/index.js'),
    import('../smoke/index.js'),
    import('../smoke/action-log.js'),
    import('../registry/index.js'),
    import('../rock/index.js')
  ])
  return {
    packStage,
    probeText,
    runImage,
    smokeTest,
    workerOfCommand,
    workerPlan,
    actionLog,
    githubEvent,
    proveRegistry,
    publishRock,
    readRockOnce
  }
}

/** What every step past the check reads: the inputs, the report, the run's temp dir, the project. */
interface PipelineRun {
  inputs: Inputs
  report: RunReport
  tempDir: string
  project: CheckResult
  steps: Awaited<ReturnType<typeof loadSteps>>
}

/** The rock this run tests and ships, and where it came from. */
interface RockInHand {
  rock: string
  /** For the SBOM: the pack's directory, or why there is none. */
  packRecord: { packDir?: string; packRecordNote?: string }
  /** The gunicorn worker of the expansion the rock was packed from. */
  flaskWorker: RockWorker
  /** Input reuse-rock (src/reuse): saves the rock once it passed its smoke test, or right after the pack when smoke-test is false. */
  reuse?: Awaited<ReturnType<typeof import('../reuse/action.js').reuseRock>>
}

function workerOfExpansion(
  run: PipelineRun,
  expanded: Record<string, unknown> | undefined
): RockWorker {
  const services = expanded?.services as Record<string, { command?: unknown }> | undefined
  const command = services?.flask?.command
  return run.steps.workerOfCommand(typeof command === 'string' ? command : '')
}

/**
 * Registry mistakes (a wrong password, plain HTTP, a refused reference) fail now, in seconds.
 * Where the rock goes, and as whom: the same for the check now and the push at the end.
 */
async function proveTarget({ inputs, report, tempDir, steps }: PipelineRun): Promise<PushTarget> {
  const target = pushTarget(inputs, await steps.githubEvent(), tempDir)
  await steps
    .proveRegistry(target)
    .catch((err: unknown) => runStep(report, 'publish', () => Promise.reject(err as Error)))
  return target
}

/** Where the rock (or the merge's index) goes, and as whom, as the inputs say. */
function pushTarget(inputs: Inputs, event: { isFork: boolean }, tempDir?: string): PushTarget {
  return {
    refs: inputs.push,
    username: inputs.registryUsername,
    password: inputs.registryPassword,
    registry: inputs.registry,
    insecureRegistries: inputs.insecureRegistries,
    insecurePassword: inputs.insecurePassword,
    ...(tempDir === undefined ? {} : { tempDir }),
    event,
    pushFromForks: inputs.pushFromForks
  }
}

/** A worker the project cannot run fails here, before anything is installed. */
function checkWorker(run: PipelineRun): RockWorker {
  const flaskWorker = workerOfExpansion(run, run.project.expanded)
  if (run.inputs.smokeTest) run.steps.workerPlan(run.inputs.worker, flaskWorker)
  return flaskWorker
}

/** The rock: given (input rock), reused from the Actions cache (reuse-rock) or packed. */
async function packOrTake(run: PipelineRun, projectWorker: RockWorker): Promise<RockInHand> {
  const { inputs, report, tempDir, project } = run
  let flaskWorker = projectWorker
  let rock = inputs.rock
  // Input reuse-rock (src/reuse): the rock packed from this very content, restored instead of packed.
  const reuse =
    rock === '' && inputs.reuseRock
      ? await (await import('../reuse/action.js')).reuseRock(inputs, report, tempDir)
      : undefined
  if (reuse?.rock) rock = reuse.rock
  let packRecord: RockInHand['packRecord'] = {
    packRecordNote: reuse?.rock
      ? 'the rock was reused from the Actions cache (reuse-rock), not packed in this run'
      : 'the rock was given (input rock), not packed in this run'
  }
  if (rock !== '') {
    const isFile = await stat(rock).then(
      st => st.isFile(),
      () => false
    )
    if (!isFile) throw new InputError(`Input 'rock': no file at ${rock}`)
    skipStep(report, 'pack', reuse?.detail ?? `rock given: ${rock}`)
    core.setOutput('rock', rock)
  } else {
    const packed = await runStep(report, 'pack', async () => {
      const result = await run.steps.packStage(inputs, project)
      return {
        value: result,
        detail: `${path.basename(result.rock)} in ${seconds(result.durationMs)} (${result.install.rockcraftVersion})`
      }
    })
    rock = packed.rock
    packRecord =
      packed.mode === 'destructive'
        ? { packDir: inputs.projectPath }
        : { packRecordNote: 'the pack ran in LXD, whose parts/ state stays in the build instance' }
    report.buildMode = { mode: packed.mode, reason: packed.modeReason }
    report.cache = { status: cacheStatus(packed.cache), key: packed.cache.key }
    report.packMs = packed.durationMs
    if (renderExpansion(packed.expansion, 'yaml') !== report.expandedYaml) {
      // rockcraft's own expansion (or ours, naming the revision just installed) from here on.
      report.expandedYaml = renderExpansion(packed.expansion, 'yaml')
      await writeFile(expandedFile(tempDir), report.expandedYaml)
      flaskWorker = workerOfExpansion(run, packed.expansion)
    }
  }
  report.rock = rock
  return { rock, packRecord, flaskWorker, reuse }
}

/**
 * The smoke test, and the rock's SBOM beside it: the SBOM reads the rock alongside the smoke
 * test, sharing its one read (the smoke test starts that read first, with the load into Docker
 * it feeds; the SBOM joins it). Returns the SBOM's outcome, for reportSbom.
 */
async function smokeBesideSbom(run: PipelineRun, inHand: RockInHand): Promise<SbomOutcome> {
  const { inputs, report, tempDir, project, steps } = run
  const { rock, packRecord, flaskWorker, reuse } = inHand
  // true only once the smoke test has passed: a workflow gating on it never ships a failed rock.
  core.setOutput('smoke-tested', 'false')
  if (!inputs.smokeTest) {
    skipStep(report, 'smoke', 'smoke-test is false')
    // Nothing will test it in this run; a run that reuses it smoke-tests it (unless it is off there too).
    await reuse?.save?.(rock)
    return writeSbom(rock, project, packRecord)
  }
  // A reference of the run's own unless the user names one: runs sharing a daemon never test
  // each other's rock, and the post step removes it (images do not pile up on a runner).
  const image = inputs.image || steps.runImage(project.name ?? 'rock', project.version)
  const smokeStep = runStep(report, 'smoke', async () => {
    const result = await steps.smokeTest({
      rock,
      image,
      worker: inputs.worker,
      projectWorker: flaskWorker.worker,
      probes: inputs.smokeProbes,
      concurrency: inputs.smokeConcurrency,
      timeoutSec: inputs.smokeTimeoutSec,
      env: inputs.smokeEnv,
      migrate: inputs.smokeMigrate,
      services: inputs.smokeServices,
      tempDir,
      log: steps.actionLog,
      labels: { [RUN_LABEL]: RUN_ID },
      dockerHost: inputs.dockerHost || undefined,
      remember: saveState
    })
    return {
      value: result,
      detail: `${result.status} on ${inputs.smokeProbes[0].path} after ${seconds(result.readyMs)}, worker ${result.worker}`
    }
  })
  const sbomOfSmoked = writeSbom(rock, project, packRecord)
  const smoke = await smokeStep.catch(async (err: unknown) => {
    // A rock that failed its smoke test still says what it holds (output sbom, the summary).
    await reportSbom(await sbomOfSmoked, report)
    throw err
  })
  core.setOutput('smoke-tested', 'true')
  core.setOutput('image', smoke.image)
  core.setOutput('worker', smoke.worker)
  core.setOutput('smoke-result', JSON.stringify(smoke))
  report.smoke = {
    image: smoke.image,
    worker: smoke.worker,
    status: smoke.status,
    readyMs: smoke.readyMs,
    latencyMs: smoke.latencyMs,
    checks: smokeChecks(smoke, steps.probeText),
    services: smoke.services,
    metrics: {
      flask_requests: smoke.metrics.requests,
      ...Object.fromEntries(
        Object.entries(smoke.metrics.responseCodes).map(([code, n]) => [
          `flask_response_code{status="${code}"}`,
          n
        ])
      )
    }
  }
  await reuse?.save?.(rock)
  return sbomOfSmoked
}

/** Input compare-to: what changes in the rock, after its smoke test (never fails the run). */
async function compareTo({ inputs, report, tempDir }: PipelineRun, rock: string): Promise<void> {
  if (inputs.compareTo !== '') {
    const { compareRock } = await import('../diff/action.js')
    await compareRock(inputs, rock, report, tempDir)
  }
}

async function publish(
  { inputs, report, steps }: PipelineRun,
  rock: string,
  target: PushTarget
): Promise<void> {
  if (inputs.push.length === 0) {
    skipStep(report, 'publish', 'no push references')
    return
  }
  // Pushed, and said so: an app that cannot start without services the smoke test lacks still ships.
  const untested = inputs.smokeTest ? '' : 'untested (smoke-test is false): '
  if (untested)
    core.warning('Publishing an untested rock: its smoke test was turned off (smoke-test: false)')
  const published = await runStep(report, 'publish', async () => {
    const result = await steps.publishRock({
      rock,
      // The read the smoke test and the SBOM shared: skopeo must push that image.
      digest: (await steps.readRockOnce(rock)).digest,
      ...target
    })
    return {
      value: result,
      detail: result.skipped ?? `${untested}${pushedText(result.images, result.digest)}`
    }
  })
  report.publish = published
  if (!published.skipped) {
    core.setOutput('digest', published.digest)
    core.setOutput('images', published.images.join(','))
    core.setOutput('name', parseRef(published.images[0]).repository)
  }
}

/**
 * The merge mode: images already pushed (one per platform) become one index. No project is
 * read (the merge job needs no checkout; the per-architecture jobs checked and tested it).
 */
async function merge(inputs: Inputs, report: RunReport): Promise<void> {
  for (const name of ['check', 'pack', 'smoke'] as const) {
    skipStep(report, name, 'manifest given: merging images already pushed')
  }
  const { githubEvent, indexAnnotations, mergeImages } = await import('../registry/index.js')
  const merged = await runStep(report, 'publish', async () => {
    const result = await mergeImages({
      ...pushTarget(inputs, await githubEvent()),
      sources: inputs.manifest,
      annotations: indexAnnotations(process.env)
    })
    const platforms = result.entries.map(e => e.platform).join(', ')
    return {
      value: result,
      detail: result.skipped ?? `index of ${platforms} @ ${result.digest}`
    }
  })
  report.publish = merged
  if (!merged.skipped) {
    core.setOutput('digest', merged.digest)
    core.setOutput('images', merged.images.join(','))
    core.setOutput('name', merged.name)
  }
}

type SbomOutcome = Awaited<ReturnType<typeof import('../sbom/index.js').writeRockSbom>> | Error

/** The rock's SBOM, written beside it; an Error (never thrown) when the rock cannot be read. */
async function writeSbom(
  rock: string,
  project: CheckResult,
  packRecord: { packDir?: string; packRecordNote?: string }
): Promise<SbomOutcome> {
  try {
    const { statsdExporterTag, writeRockSbom } = await import('../sbom/index.js')
    return await writeRockSbom(rock, {
      project: {
        name: project.name,
        version: project.version,
        base: project.base,
        buildBase: project.buildBase,
        statsdExporterTag: statsdExporterTag(project.expanded)
      },
      ...packRecord
    })
  } catch (err) {
    return err as Error
  }
}

async function reportSbom(outcome: SbomOutcome, report: RunReport): Promise<void> {
  if (outcome instanceof Error) {
    // The smoke test says the same about the rock; without it, this warning is the news.
    core.warning(`No SBOM: ${outcome.message.split('\n')[0]}`)
    report.sbom = { failed: `No SBOM: ${outcome.message.split('\n')[0]}` }
    return
  }
  const { sbomLines } = await import('../sbom/index.js')
  const { file, summary } = outcome
  core.setOutput('sbom', file)
  // Paths and versions come from the rock: never read as workflow commands.
  infoUntrusted([`SBOM: ${file}`, ...sbomLines(summary)].join('\n'))
  const v = summary.versions
  report.sbom = {
    file,
    counts: summary.counts,
    ubuntuSource: summary.ubuntuSource,
    distro: summary.distro,
    incomplete: summary.incomplete,
    versions: [
      ['Flask', v.flask ?? 'unknown'],
      ['gunicorn', v.gunicorn ?? 'unknown'],
      ['Python', v.python ?? 'unknown'],
      ['Pebble', v.pebble ?? 'unknown'],
      ['statsd_exporter', v.statsdExporter ?? 'unknown']
    ],
    unknowns: summary.unknowns
  }
}

function cacheStatus(cache: {
  skipped?: string
  refused?: string
  exactHit: boolean
  matchedKey?: string
}): string {
  if (cache.skipped) return `not used: ${cache.skipped}`
  if (cache.refused) return `refused, packed cold: ${cache.refused}`
  if (cache.exactHit) return 'hit (exact key)'
  return cache.matchedKey ? `partial hit (${cache.matchedKey})` : 'miss'
}

async function check(
  inputs: Inputs,
  report: RunReport,
  tempDir: string
): Promise<{ value: CheckResult; detail: string }> {
  let initWritten = false
  if (inputs.init) {
    const init = await initRockcraftYaml(inputs.projectPath)
    initWritten = init.written
    if (init.written)
      infoUntrusted(`Wrote ${init.path} (like rockcraft init --profile flask-framework)`)
    if (init.nameNote) infoUntrusted(init.nameNote)
  }
  const result = await checkProject(inputs.projectPath)
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const relative = (file?: string): string | undefined => file && path.relative(workspace, file)
  const dir = path.relative(workspace, inputs.projectPath)
  report.project = {
    // Inside the workspace, as the repository names it; outside it, where it is.
    dir: dir === '' ? '.' : dir.startsWith('..') ? inputs.projectPath : dir,
    initWritten,
    name: result.name,
    version: result.version,
    base: result.base,
    buildBase: result.buildBase,
    wsgi: result.wsgi,
    worker: result.worker,
    problems: [...result.problems, ...packProblems(result), ...(result.boot?.problems ?? [])].map(
      p => ({
        ...p,
        file: relative(p.file)
      })
    ),
    hints: [
      ...(result.install?.warnings ?? []),
      ...(result.boot?.warnings ?? []),
      ...result.hints
    ].map(p => ({
      ...p,
      file: relative(p.file)
    })),
    ships: result.boot?.ships,
    appDir: result.boot?.appDir,
    installed: result.install && installedLine(result.install)
  }
  const annotate = (
    say: typeof core.warning | typeof core.error,
    title: string,
    problems: Problem[]
  ): void => {
    for (const p of problems) {
      say(p.message, { title, file: relative(p.file), startLine: p.line, startColumn: p.column })
    }
  }
  annotate(core.warning, 'flask-rock hint', result.hints)
  annotate(core.error, 'rockcraft would refuse this project', result.problems)
  annotate(core.warning, 'pip install . in the rock', result.install?.warnings ?? [])
  annotate(core.error, 'the pack would fail', packProblems(result))
  annotate(core.warning, 'the rock may fail at run time', result.boot?.warnings ?? [])
  annotate(core.error, 'the rock would not boot', result.boot?.problems ?? [])
  const refused = (): StepFailure =>
    new StepFailure(
      `rockcraft would refuse this project:\n${result.problems.map(p => `- ${p.message}`).join('\n')}`
    )
  if (result.problems.length > 0) throw refused()
  const pack = packProblems(result)
  if (pack.length > 0) {
    throw new StepFailure(
      `the pack would fail (flask-rock's prediction: rockcraft's crash or the build backend's refusal, not rockcraft's check):\n${pack.map(p => `- ${relative(p.file) ?? ''}: ${p.message}`).join('\n')}`
    )
  }
  if (!result.expanded) throw refused()
  const boot = result.boot?.problems ?? []
  if (boot.length > 0) {
    // The change every problem shares is said once, after them (the annotations keep it whole).
    const fixText = result.boot?.fixText
    const fixLine = bootFixLine(result.boot)
    throw new StepFailure(
      `the rock would not boot (flask-rock's prediction, not rockcraft's; see the README for ${IGNORE_BOOT_MARKER}):\n${boot.map(p => `- ${relative(p.file) ?? ''}${p.line ? `:${p.line}` : ''}: ${bootCause(p.message, fixText)}`).join('\n')}${fixLine ? `\n${fixLine}` : ''}`
    )
  }
  result.expanded = await expansionForInstalledRockcraft(result.expanded)
  const yaml = renderExpansion(result.expanded, 'yaml')
  report.expandedYaml = yaml
  await writeFile(expandedFile(tempDir), yaml)
  if (core.runByHand()) {
    // Nothing folds a group in a terminal: one line in place of the hundred the expansion takes.
    const dir = /^[\w./-]+$/.test(report.project.dir) ? report.project.dir : 'DIR'
    infoUntrusted(
      `Expanded project: ${yaml.trimEnd().split('\n').length} lines, not printed here (\`npx flask-rock expand ${dir}\` prints them)`
    )
  } else {
    core.startGroup('Expanded project (what rockcraft expand-extensions prints)')
    infoUntrusted(yaml)
    core.endGroup()
  }
  core.setOutput('expanded', expandedFile(tempDir))
  if (result.wsgi) core.setOutput('wsgi', result.wsgi)
  core.setOutput('worker', result.worker)
  return {
    value: result,
    detail: `${result.wsgi ?? 'user command'}, worker ${result.worker}, base ${result.base}`
  }
}

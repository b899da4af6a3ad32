// The action's pipeline. Data flows one way:
// inputs -> project check -> expansion -> install -> pack -> smoke -> publish -> outputs and summary.
import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { getInputs, InputError, type Inputs } from './context.js'
import {
  checkProject,
  IGNORE_BOOT_MARKER,
  initRockcraftYaml,
  renderExpansion,
  type CheckResult
} from './core/index.js'
import { newReport, runStep, seconds, skipStep, type RunReport } from './report.js'
import type { RockWorker } from './smoke.js'
import { saveState } from './state.js'
import { writeSummary } from './summary.js'

/** A failure already explained in the log: main reports its message without a stack trace. */
export class StepFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepFailure'
  }
}

export async function run(): Promise<void> {
  const report = newReport()
  saveState({ isPost: true })
  try {
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
  }
}

function isExplained(err: Error): boolean {
  return [
    'StepFailure',
    'InputError',
    'ProjectError',
    'CommandError',
    'SmokeError',
    'PublishError'
  ].includes(err.name)
}

async function runTempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'flask-rock-'))
  saveState({ tempDir: dir })
  return dir
}

const expandedFile = (tempDir: string): string => path.join(tempDir, 'expanded-rockcraft.yaml')

async function pipeline(inputs: Inputs, report: RunReport): Promise<void> {
  const tempDir = await runTempDir()
  const project = await runStep(report, 'check', () => check(inputs, report, tempDir))
  if (inputs.checkOnly) {
    for (const name of ['pack', 'smoke', 'publish'] as const) skipStep(report, name, 'check-only')
    return
  }
  // Loaded only past check-only: a check-only run starts none of pack, smoke or publish.
  const [{ packStage }, { smokeTest, workerOfCommand, workerPlan }, { githubEvent, publishRock }] =
    await Promise.all([
      import('./rockcraft/stage.js'),
      import('./smoke.js'),
      import('./publish.js')
    ])
  const workerOfExpansion = (expanded: Record<string, unknown> | undefined): RockWorker => {
    const services = expanded?.services as Record<string, { command?: unknown }> | undefined
    const command = services?.flask?.command
    return workerOfCommand(typeof command === 'string' ? command : '')
  }
  // A worker the project cannot run fails here, before anything is installed.
  let flaskWorker = workerOfExpansion(project.expanded)
  if (inputs.smokeTest) workerPlan(inputs.worker, flaskWorker)

  let rock = inputs.rock
  if (rock !== '') {
    const isFile = await stat(rock).then(
      st => st.isFile(),
      () => false
    )
    if (!isFile) throw new InputError(`Input 'rock': no file at ${rock}`)
    skipStep(report, 'pack', `rock given: ${rock}`)
    core.setOutput('rock', rock)
  } else {
    const packed = await runStep(report, 'pack', async () => {
      const result = await packStage(inputs, project)
      return {
        value: result,
        detail: `${path.basename(result.rock)} in ${seconds(result.durationMs)} (${result.install.rockcraftVersion})`
      }
    })
    rock = packed.rock
    report.buildMode = { mode: packed.mode, reason: packed.modeReason }
    report.cache = { status: cacheStatus(packed.cache), key: packed.cache.key }
    report.packMs = packed.durationMs
    if (packed.expansion && packed.differences.length > 0) {
      // rockcraft's own expansion wins for the rest of the run.
      report.expandedYaml = renderExpansion(packed.expansion, 'yaml')
      await writeFile(expandedFile(tempDir), report.expandedYaml)
      flaskWorker = workerOfExpansion(packed.expansion)
    }
  }
  report.rock = rock

  if (!inputs.smokeTest) {
    skipStep(report, 'smoke', 'smoke-test is false')
  } else {
    const image = inputs.image || `${project.name}:${project.version ?? 'latest'}`
    const smoke = await runStep(report, 'smoke', async () => {
      const result = await smokeTest({
        rock,
        image,
        worker: inputs.worker,
        projectWorker: flaskWorker.worker,
        path: inputs.smokePath,
        expectStatus: inputs.smokeExpectStatus,
        timeoutSec: inputs.smokeTimeoutSec,
        env: inputs.smokeEnv,
        tempDir
      })
      return {
        value: result,
        detail: `${result.status} on ${inputs.smokePath} after ${seconds(result.readyMs)}, worker ${result.worker}`
      }
    })
    core.setOutput('image', smoke.image)
    core.setOutput('worker', smoke.worker)
    core.setOutput('smoke-result', JSON.stringify(smoke))
    report.smoke = {
      image: smoke.image,
      worker: smoke.worker,
      status: smoke.status,
      readyMs: smoke.readyMs,
      latencyMs: smoke.latencyMs,
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
  }

  if (inputs.push.length === 0) {
    skipStep(report, 'publish', 'no push references')
    return
  }
  if (!inputs.smokeTest)
    core.warning('Publishing a rock whose smoke test was turned off (smoke-test: false)')
  const published = await runStep(report, 'publish', async () => {
    const result = await publishRock({
      rock,
      refs: inputs.push,
      username: inputs.registryUsername,
      password: inputs.registryPassword,
      tempDir,
      event: await githubEvent()
    })
    return {
      value: result,
      detail: result.skipped ?? `${result.images.join(', ')} @ ${result.digest}`
    }
  })
  report.publish = published
  if (!published.skipped) {
    core.setOutput('digest', published.digest)
    core.setOutput('images', published.images.join(','))
  }
}

function cacheStatus(cache: { skipped?: string; exactHit: boolean; matchedKey?: string }): string {
  if (cache.skipped) return `not used: ${cache.skipped}`
  if (cache.exactHit) return 'hit (exact key)'
  return cache.matchedKey ? `partial hit (${cache.matchedKey})` : 'miss'
}

async function check(
  inputs: Inputs,
  report: RunReport,
  tempDir: string
): Promise<{ value: CheckResult; detail: string }> {
  if (inputs.init) {
    const init = await initRockcraftYaml(inputs.projectPath)
    if (init.written)
      core.info(`Wrote ${init.path} (like rockcraft init --profile flask-framework)`)
    if (init.nameNote) core.info(init.nameNote)
  }
  const result = await checkProject(inputs.projectPath)
  const relative = (file?: string): string | undefined =>
    file && path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), file)
  report.project = {
    dir: inputs.projectPath,
    name: result.name,
    version: result.version,
    base: result.base,
    buildBase: result.buildBase,
    wsgi: result.wsgi,
    worker: result.worker,
    problems: [...result.problems, ...(result.boot?.problems ?? [])].map(p => ({
      ...p,
      file: relative(p.file)
    })),
    hints: [...(result.boot?.warnings ?? []), ...result.hints].map(p => ({
      ...p,
      file: relative(p.file)
    })),
    ships: result.boot?.ships
  }
  for (const p of result.hints) {
    core.warning(p.message, {
      title: 'flask-rock hint',
      file: relative(p.file),
      startLine: p.line,
      startColumn: p.column
    })
  }
  for (const p of result.problems) {
    core.error(p.message, {
      title: 'rockcraft would refuse this project',
      file: relative(p.file),
      startLine: p.line,
      startColumn: p.column
    })
  }
  for (const p of result.boot?.warnings ?? []) {
    core.warning(p.message, {
      title: 'the rock may fail at run time',
      file: relative(p.file),
      startLine: p.line,
      startColumn: p.column
    })
  }
  for (const p of result.boot?.problems ?? []) {
    core.error(p.message, {
      title: 'the rock would not boot',
      file: relative(p.file),
      startLine: p.line,
      startColumn: p.column
    })
  }
  if (result.problems.length > 0 || !result.expanded) {
    throw new StepFailure(
      `rockcraft would refuse this project:\n${result.problems.map(p => `- ${p.message}`).join('\n')}`
    )
  }
  const boot = result.boot?.problems ?? []
  if (boot.length > 0) {
    throw new StepFailure(
      `the rock would not boot (flask-rock's prediction, not rockcraft's; see the README for ${IGNORE_BOOT_MARKER}):\n${boot.map(p => `- ${relative(p.file) ?? ''}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n')}`
    )
  }
  const yaml = renderExpansion(result.expanded, 'yaml')
  report.expandedYaml = yaml
  await writeFile(expandedFile(tempDir), yaml)
  core.startGroup('Expanded project (what rockcraft expand-extensions prints)')
  core.info(yaml)
  core.endGroup()
  core.setOutput('expanded', expandedFile(tempDir))
  if (result.wsgi) core.setOutput('wsgi', result.wsgi)
  core.setOutput('worker', result.worker)
  return {
    value: result,
    detail: `${result.wsgi ?? 'user command'}, worker ${result.worker}, base ${result.base}`
  }
}

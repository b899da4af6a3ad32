// The runner's I/O (inputs, outputs, state, log commands, annotations, the job summary), made of
// @actions/core's own modules. Why not its entry: @actions/core's index imports its OIDC client,
// whose HTTP client loads undici (0.9 MB), which costs a check-only run about as much as node's own
// start-up, for a token this action never asks for. The escaping of workflow commands and the
// file-command format (the parts that matter for untrusted text) stay the library's; the few
// wrappers below follow core.ts line for line, and __tests__/runner-io.test.ts proves every one
// writes exactly what @actions/core writes.
import * as os from 'node:os'
import { inInterruptCleanup, interrupted } from '../process/interrupt.js'
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage
} from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js'

export { summary } from '../../node_modules/@actions/core/lib/summary.js'
export type { AnnotationProperties }

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    return
  }
  process.stdout.write(os.EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) {
    issueFileCommand('STATE', prepareKeyValueMessage(name, value))
    return
  }
  issueCommand('save-state', { name }, toCommandValue(value))
}

export function setSecret(secret: string): void {
  // Without a runner nobody masks: the command would only print the secret.
  if (byHand) return
  issueCommand('add-mask', {}, secret)
}

// A run by hand (local-run.ts) has no runner reading workflow commands: its errors, warnings and
// notices print as plain lines (a multi-line message stays multi-line, no %0A). Once it is
// interrupted, its handler alone speaks: what fails because of the interrupt is no news.
let byHand = false

/** Switches annotations to plain lines: a run by hand. */
export function printAnnotationsPlain(): void {
  byHand = true
}

/** Whether this is a run by hand (no runner reads its output, nothing folds a group). */
export function runByHand(): boolean {
  return byHand
}

export function info(message: string): void {
  if (byHand && interrupted()) return
  process.stdout.write(message + os.EOL)
}

export function debug(message: string): void {
  // By hand no runner reads `::debug::`: a plain line, and only when debugging was asked for.
  if (byHand) {
    if (process.env.RUNNER_DEBUG === '1' && !interrupted()) {
      process.stdout.write(`debug: ${message}${os.EOL}`)
    }
    return
  }
  issueCommand('debug', {}, message)
}

type Say = (message: string | Error, properties?: AnnotationProperties) => void
const annotation =
  (command: string): Say =>
  (message, properties = {}) => {
    const text = message instanceof Error ? message.toString() : message
    if (!byHand) return issueCommand(command, toCommandProperties(properties), text)
    // Once interrupted, only the handler's cleanup may warn (what it could not remove): what
    // the main flow fails at because of the interrupt is no news.
    if (interrupted() && !(command === 'warning' && inInterruptCleanup())) return
    const { file, startLine, title } = properties
    const where = file ? `${file}${startLine ? `:${startLine}` : ''}: ` : ''
    process.stdout.write(`${command}: ${where}${title ? `${title}: ` : ''}${text}${os.EOL}`)
  }

export const error: Say = annotation('error')
export const warning: Say = annotation('warning')
export const notice: Say = annotation('notice')

export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

// By hand a group is a titled block of plain lines (as `flask-rock smoke` prints one), and none
// once interrupted: its lines are not printed then, so neither is its frame.
export function startGroup(name: string): void {
  if (!byHand) return issue('group', name)
  if (!interrupted()) process.stdout.write(`--- ${name}${os.EOL}`)
}

export function endGroup(): void {
  if (!byHand) return issue('endgroup')
  if (!interrupted()) process.stdout.write(`---${os.EOL}`)
}

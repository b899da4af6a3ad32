// The text of the boot prediction's problems for a reader: each module the rock lacks ends with
// the same change to rockcraft.yaml (the JSON and the annotations keep it there, each stands
// alone); a list of them says the change once, after the causes. No imports: the CLI loads it
// before the check's heavier modules.
import type { BootPrediction } from './check.js'

/** The problem's cause: its message without the change every problem shares. */
export function bootCause(message: string, fixText: string | undefined): string {
  return fixText && message.endsWith(` ${fixText}`)
    ? message.slice(0, -fixText.length - 1)
    : message
}

/** The one line that says the change, naming --fix where it writes it; undefined when none. */
export function bootFixLine(
  boot: Pick<BootPrediction, 'fixText' | 'fix'> | undefined
): string | undefined {
  if (!boot?.fixText) return undefined
  return `fix: ${boot.fixText}${boot.fix ? ' (flask-rock check --fix writes it)' : ''}`
}

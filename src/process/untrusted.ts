// Text that strangers wrote (project files, rockcraft.yaml, the container's own log) must never reach
// the runner as a workflow command: the runner reads any stdout line starting with `::` as one, and
// the legacy form `##[command]` anywhere in a line.
// Printing it between `::stop-commands::<token>` and `::<token>::` makes the runner ignore commands in
// it; the token is fresh and random each time, so the text cannot end the fence itself.
import { randomBytes } from 'node:crypto'

/** The lines to print for `text` so that no line of it is read as a workflow command. */
export function fencedLines(text: string, token = randomBytes(16).toString('hex')): string[] {
  return [`::stop-commands::${token}`, ...text.split(/\r\n|\r|\n/), `::${token}::`]
}

/**
 * Whether the runner could read a command in `text`: a line break (the runner splits lines at
 * \r and \n), a `::` (a command starts a line after spaces; any `::` is treated as suspect, to
 * stay clear of what counts as a space) or the legacy `##[`.
 */
export function mayHoldCommand(text: string): boolean {
  return /[\r\n]|::|##\[/.test(text)
}

/**
 * Prints untrusted text through `write` (one call a line): on a runner, fenced whenever it could
 * hold a command (a plain line is printed as it is); elsewhere, as it is.
 */
export function writeUntrusted(
  text: string,
  write: (line: string) => void,
  onRunner = process.env.GITHUB_ACTIONS === 'true'
): void {
  const body = text.replace(/(\r\n|\r|\n)$/, '') // a final line break ends the last line
  const lines = onRunner && mayHoldCommand(body) ? fencedLines(body) : body.split(/\r\n|\r|\n/)
  for (const line of lines) write(line)
}

/**
 * core.info for a message that carries text from the project or its tools. It writes stdout as
 * core.info does, without loading the actions toolkit: the CLI shares this file.
 */
export function infoUntrusted(text: string): void {
  writeUntrusted(text, line => process.stdout.write(`${line}\n`))
}

// C0 and C1 control characters (Unicode's Cc) but tab and line feed: a terminal reads ESC, CSI
// (also its one-byte form, U+009B), BEL, backspace and a lone carriage return as commands.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Text from a rock or an app as a terminal should print it: its control characters removed. */
export function printable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, '')
}

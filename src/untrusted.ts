// Text that strangers wrote (project files, rockcraft.yaml, the container's own log) must never reach
// the runner as a workflow command: the runner reads any stdout line starting with `::` as one.
// Printing it between `::stop-commands::<token>` and `::<token>::` makes the runner ignore commands in
// it; the token is fresh and random each time, so the text cannot end the fence itself.
import { randomBytes } from 'node:crypto'

/** The lines to print for `text` so that no line of it is read as a workflow command. */
export function fencedLines(text: string, token = randomBytes(16).toString('hex')): string[] {
  return [`::stop-commands::${token}`, ...text.split(/\r\n|\r|\n/), `::${token}::`]
}

/** Prints untrusted text through `write` (one call a line), fenced on a runner, as it is elsewhere. */
export function writeUntrusted(
  text: string,
  write: (line: string) => void,
  onRunner = process.env.GITHUB_ACTIONS === 'true'
): void {
  const lines = onRunner ? fencedLines(text) : text.split(/\r\n|\r|\n/)
  for (const line of lines) write(line)
}

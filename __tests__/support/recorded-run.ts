// Recorded command lines, where a test stands in for the programs the code runs (exec's run()).
import type { RunResult } from '../../src/process/exec.js'

/** What a recorded command returns: success, no output, then what the test's answer changes. */
export function recordedResult(
  command: string,
  args: readonly string[],
  answer: Partial<RunResult>
): RunResult {
  return {
    command,
    args,
    code: 0,
    signal: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    durationMs: 1,
    ...answer
  }
}

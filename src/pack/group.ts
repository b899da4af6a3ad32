import * as core from '../action/runner-io.js'
import { seconds } from '../action/report.js'

/** A log group that ends with how long it took; the duration is also returned. */
export async function timedGroup<T>(
  title: string,
  fn: () => Promise<T>
): Promise<{ value: T; durationMs: number }> {
  const started = Date.now()
  core.startGroup(title)
  try {
    const value = await fn()
    const durationMs = Date.now() - started
    core.info(`${title}: done in ${seconds(durationMs)}`)
    return { value, durationMs }
  } finally {
    core.endGroup()
  }
}

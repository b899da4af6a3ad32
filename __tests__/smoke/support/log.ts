// Captures the action log in a test (kept apart from harness.ts, which the benchmark loads outside jest).
import { jest } from '@jest/globals'
import type { SmokeLog } from '../../../src/smoke/log.js'

/** Collects what the action writes to its log (stdout) while a case runs. */
export function captureLog(): { text: () => string; restore: () => void } {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((
    chunk: string | Uint8Array
  ) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  }) as typeof process.stdout.write)
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() }
}

/**
 * A smoke log that keeps its lines in `logged` (warnings as `warning: ...`, a group's title as
 * `[title]`) and, with `masked`, the values it was asked to mask.
 */
export function recordingLog(logged: string[], masked?: string[]): SmokeLog {
  return {
    info: line => void logged.push(line),
    warning: line => void logged.push(`warning: ${line}`),
    group: async (title, body) => {
      logged.push(`[${title}]`)
      await body()
    },
    ...(masked ? { mask: (secret: string) => void masked.push(secret) } : {})
  }
}

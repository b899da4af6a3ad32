// Captures the action log in a test (kept apart from harness.ts, which the benchmark loads outside jest).
import { jest } from '@jest/globals'

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

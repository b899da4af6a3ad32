// Ctrl-C (SIGINT) or a kill (SIGTERM) of a run by hand: `flask-rock smoke`, or the action run
// without a runner (local-run.ts). No post step comes after these, so the run itself says it was
// interrupted, before anything else (a docker child killed by the same Ctrl-C is no failure to
// report), stops its children, removes what it made, and exits 128 + the signal (130 or 143).
// On a runner, main has no handler: the runner cancels it and the post step cleans up.
import { AsyncLocalStorage } from 'node:async_hooks'
import { rmSync } from 'node:fs'

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 }

let interruptedBy: NodeJS.Signals | undefined
const tempPaths = new Set<string>()
// Marks the handler's own work: once interrupted, exec.ts starts children for it alone, so that
// the run's main flow, still unwinding, starts nothing the cleanup would miss.
const cleaning = new AsyncLocalStorage<true>()

/** Whether the caller is the interrupt handler's cleanup. */
export function inInterruptCleanup(): boolean {
  return cleaning.getStore() === true
}

/** The signal that interrupted this run, once one did. */
export function interrupted(): NodeJS.Signals | undefined {
  return interruptedBy
}

/**
 * A temporary path to remove should the run be interrupted before its owner removes it (its
 * `finally` would not run: the handler exits). Returns the call that forgets it again.
 */
export function removeOnInterrupt(p: string): () => void {
  tempPaths.add(p)
  return () => void tempPaths.delete(p)
}

export interface InterruptHandling {
  /** Prefix of the lines said: "flask-rock smoke". */
  who: string
  /** Stops the run's children (exec.ts's stopChildren). */
  stopChildren: () => Promise<void>
  /** Removes what the run made; must not throw, may warn. */
  cleanup: () => Promise<void>
}

/** Installs the SIGINT and SIGTERM handlers; returns the call that removes them. */
export function handleInterrupts(how: InterruptHandling): () => void {
  const say = (line: string): void => void process.stderr.write(`${how.who}: ${line}\n`)
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = EXIT_CODES[signal] ?? 130
    if (interruptedBy !== undefined) {
      say(`${signal} again: leaving without finishing the cleanup`)
      process.exit(code)
    }
    interruptedBy = signal
    say(`interrupted (${signal}); cleaning up`)
    void cleaning.run(true, async () => {
      try {
        await how.stopChildren()
        for (const p of tempPaths) rmSync(p, { recursive: true, force: true })
        await how.cleanup()
      } catch (err) {
        say(`cleanup failed: ${(err as Error).message.split('\n')[0]}`)
      }
      say(`interrupted (${signal}); cleaned up`)
      process.exit(code)
    })
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }
}

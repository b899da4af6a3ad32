// The one way this project runs other programs: an argument array (never a shell string),
// a timeout on every call, and a failure message that says what was being done.
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { inInterruptCleanup, interrupted } from './interrupt.js'

export interface RunOptions {
  /** What this step is, for messages: "install LXD", "load the rock into Docker". */
  what: string
  timeoutMs: number
  cwd?: string
  env?: NodeJS.ProcessEnv
  /**
   * Written to the child's stdin, which is then closed. A promise lets the child start (and pay
   * its start-up cost) while the caller is still working out what to send; a stream is piped
   * (a failed stream ends stdin early: the child sees its input cut short).
   */
  input?: string | Promise<string> | Readable
  /** Copy the child's output to ours as it arrives (the action log). */
  stream?: boolean
  /** Output kept per stream, its tail (default 1 MiB); more for a child whose answer is data. */
  keepBytes?: number
  /** Stops the child (SIGTERM, then SIGKILL) when its work is no longer wanted. */
  signal?: AbortSignal
}

export interface RunResult {
  command: string
  args: readonly string[]
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
}

/** A failed external step: the message is one line a user can act on; the output tail rides along. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly result?: RunResult
  ) {
    super(message)
    this.name = 'CommandError'
  }
}

// Enough output to explain a failure without letting a chatty child fill memory.
const KEEP_BYTES = 1 << 20
const KILL_GRACE_MS = 5000

function keepTail(chunks: Buffer[], size: number, keep = KEEP_BYTES): string {
  const all = Buffer.concat(chunks)
  return (size > keep ? all.subarray(all.length - keep) : all).toString('utf8')
}

/**
 * What the runner hands our process that no child needs, and some child could leak (a build
 * script of the project runs under rockcraft, the app runs under Docker): every input (the
 * registry password among them) as INPUT_*, the post step's state as STATE_*, the runner's own
 * credentials and service addresses (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN and
 * the other ACTIONS_*), and a GitHub token a workflow put in the environment.
 */
const RUNNER_SECRET = /^(INPUT_|STATE_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN)$/i

/** The environment for a child: `env` without the runner's inputs, state and credentials. */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !RUNNER_SECRET.test(key)))
}

// A streamed child (rockcraft running the project's own scripts, pip, skopeo) prints text the
// project controls: on a runner, it is fenced from workflow commands for as long as any streamed
// child runs (one fence however many overlap: a fence inside a fence would end early).
let streaming = 0
let fenceToken = ''
let outAtLineStart = true

function openStreamFence(): void {
  if (process.env.GITHUB_ACTIONS !== 'true') return
  if (streaming++ === 0) {
    fenceToken = randomBytes(16).toString('hex')
    process.stdout.write(`${outAtLineStart ? '' : '\n'}::stop-commands::${fenceToken}\n`)
    outAtLineStart = true
  }
}

function closeStreamFence(): void {
  if (process.env.GITHUB_ACTIONS !== 'true' || streaming === 0) return
  if (--streaming === 0) {
    process.stdout.write(`${outAtLineStart ? '' : '\n'}::${fenceToken}::\n`)
    outAtLineStart = true
  }
}

// The children running now: an interrupted run by hand stops them before it cleans up.
const live = new Set<ChildProcess>()

/** Stops every running child (SIGTERM, SIGKILL after KILL_GRACE_MS); resolves once all are gone. */
export async function stopChildren(): Promise<void> {
  await Promise.all(
    [...live].map(
      child =>
        new Promise<void>(resolve => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS)
          child.once('close', () => {
            clearTimeout(killer)
            resolve()
          })
          child.kill('SIGTERM')
        })
    )
  )
}

/** Runs a command; resolves with its result whatever the exit code. Rejects only when it cannot start. */
export function run(
  command: string,
  args: readonly string[],
  opts: RunOptions
): Promise<RunResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    // Once interrupted, only cleanup runs: nothing new that the cleanup would then miss.
    if (interrupted() && !inInterruptCleanup()) {
      reject(new CommandError(`${opts.what}: interrupted`))
      return
    }
    let child: ChildProcessWithoutNullStreams
    try {
      child = spawn(command, [...args], {
        cwd: opts.cwd,
        env: childEnv(opts.env ?? process.env),
        stdio: ['pipe', 'pipe', 'pipe']
      })
    } catch (err) {
      reject(new CommandError(`${opts.what}: cannot run ${command}: ${(err as Error).message}`))
      return
    }
    live.add(child)
    // 'error' can be followed by 'close': the fence is closed once.
    let fenced = opts.stream === true
    if (fenced) openStreamFence()
    const endFence = (): void => {
      if (fenced) closeStreamFence()
      fenced = false
    }
    const out: Buffer[] = []
    const errOut: Buffer[] = []
    let outSize = 0
    let errSize = 0
    let timedOut = false
    const collect = (chunks: Buffer[], chunk: Buffer, isErr: boolean): void => {
      chunks.push(chunk)
      if (isErr) errSize += chunk.length
      else outSize += chunk.length
      // Drop old chunks once well past the limit, keeping the tail.
      let size = isErr ? errSize : outSize
      while (chunks.length > 1 && size - chunks[0].length > (opts.keepBytes ?? KEEP_BYTES)) {
        size -= chunks.shift()!.length
      }
      if (isErr) errSize = size
      else outSize = size
      if (opts.stream) {
        // On a runner the child's stderr goes to our stdout, inside the fence: the runner reads
        // our two pipes separately, so a stderr line could be read after the fence has closed.
        const fencedOut = process.env.GITHUB_ACTIONS === 'true'
        if (isErr && !fencedOut) process.stderr.write(chunk)
        else {
          process.stdout.write(chunk)
          if (chunk.length > 0) outAtLineStart = chunk[chunk.length - 1] === 0x0a
        }
      }
    }
    child.stdout.on('data', (c: Buffer) => collect(out, c, false))
    child.stderr.on('data', (c: Buffer) => collect(errOut, c, true))
    child.stdin.on('error', () => {}) // a child that exits without reading stdin is not our failure
    if (opts.input instanceof Readable) {
      const stdin = child.stdin
      opts.input.once('error', () => stdin.destroy())
      opts.input.pipe(stdin)
    } else if (typeof opts.input === 'object') {
      const stdin = child.stdin
      opts.input.then(
        text => stdin.end(text),
        () => stdin.end()
      )
    } else {
      child.stdin.end(opts.input ?? '')
    }

    let killer: NodeJS.Timeout | undefined
    const stop = (): void => {
      child.kill('SIGTERM')
      killer ??= setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS)
    }
    const timer = setTimeout(() => {
      timedOut = true
      stop()
    }, opts.timeoutMs)
    if (opts.signal?.aborted) stop()
    opts.signal?.addEventListener('abort', stop, { once: true })

    child.on('error', err => {
      live.delete(child)
      clearTimeout(timer)
      if (killer) clearTimeout(killer)
      opts.signal?.removeEventListener('abort', stop)
      endFence()
      const code = (err as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? `${command} is not installed or not on PATH` : err.message
      reject(new CommandError(`${opts.what}: cannot run ${command}: ${why}`))
    })
    child.on('close', (code, signal) => {
      live.delete(child)
      clearTimeout(timer)
      if (killer) clearTimeout(killer)
      opts.signal?.removeEventListener('abort', stop)
      endFence()
      resolve({
        command,
        args,
        code,
        signal,
        stdout: keepTail(out, outSize, opts.keepBytes),
        stderr: keepTail(errOut, errSize),
        timedOut,
        durationMs: Date.now() - started
      })
    })
  })
}

/** The last few non-empty lines of a child's output, for a failure message. */
export function tailLines(text: string, count = 20): string {
  return text
    .split(/\r?\n/)
    .filter(l => l.trim() !== '')
    .slice(-count)
    .join('\n')
}

/** Runs a command and throws a CommandError unless it exits 0 within its time. */
export async function runOk(
  command: string,
  args: readonly string[],
  opts: RunOptions
): Promise<RunResult> {
  const result = await run(command, args, opts)
  if (result.timedOut) {
    throw new CommandError(
      `${opts.what}: ${command} did not finish within ${Math.round(opts.timeoutMs / 1000)} s`,
      result
    )
  }
  if (result.code !== 0 && diedOfInterrupt(result) && (await ownInterrupt())) {
    throw new CommandError(`${opts.what}: interrupted`, result)
  }
  if (result.code !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`
    const tail = tailLines(result.stderr || result.stdout, 5)
    throw new CommandError(`${opts.what}: ${command} ${how}${tail ? `\n${tail}` : ''}`, result)
  }
  return result
}

function diedOfInterrupt(result: RunResult): boolean {
  return (
    result.signal === 'SIGINT' ||
    result.signal === 'SIGTERM' ||
    result.code === 130 ||
    result.code === 143
  )
}

// A Ctrl-C reaches the terminal's whole process group: a child may report it before our own
// handler has run. Waiting a moment for it keeps "docker exited with code 130" from being
// reported as the run's failure.
const OWN_SIGNAL_WAIT_MS = 200

async function ownInterrupt(): Promise<boolean> {
  for (let waited = 0; !interrupted() && waited < OWN_SIGNAL_WAIT_MS; waited += 20) {
    await new Promise(r => setTimeout(r, 20))
  }
  return interrupted() !== undefined
}

/** The full path of an executable found on PATH, or undefined. */
export async function onPath(
  command: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  const { access, constants } = await import('node:fs/promises')
  const { delimiter, join } = await import('node:path')
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, command)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

// Test helper: a temporary directory with the recording stand-ins linked under tool names,
// a PATH that finds them first, and the record they leave.
import {
  mkdtempSync,
  readFileSync,
  existsSync,
  rmSync,
  symlinkSync,
  mkdirSync,
  writeFileSync
} from 'node:fs'
import { afterEach, beforeEach, jest } from '@jest/globals'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

export const RECORDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recorder.mjs')

// Always shadowed: the real ones must never run from a test.
const ALWAYS = ['sudo', 'apt-get', 'iptables', 'groupadd', 'usermod']

/** The commands of a rockcraft install on a fresh runner that needs no LXD (a destructive pack). */
export const FRESH_INSTALL_WITHOUT_LXD = [
  'sudo apt-get update -q',
  'sudo apt-get install -qy snapd',
  'snap wait system seed.loaded',
  'snap list rockcraft',
  'sudo snap install rockcraft --classic --channel latest/stable',
  'rockcraft --version',
  'snap list rockcraft'
]

export interface StandIns {
  dir: string
  env: NodeJS.ProcessEnv
  /** Puts more tools on PATH, as if installed already. */
  install(...tools: string[]): void
  /** Scripted failures: the first `fail` calls whose argv starts with `match` fail with stderr. */
  scenario(
    rules: { match: string; fail: number; stderr: string; exit?: number; hangMs?: number }[]
  ): void
  /** Every command line run, in order, each as "tool arg arg...". */
  calls(): string[]
  remove(): void
}

export function makeStandIns(extraEnv: NodeJS.ProcessEnv = {}): StandIns {
  const dir = mkdtempSync(path.join(tmpdir(), 'stand-ins-'))
  const bin = path.join(dir, 'bin')
  mkdirSync(bin)
  const install = (...tools: string[]): void => {
    for (const t of tools) symlinkSync(RECORDER, path.join(bin, t))
  }
  install(...ALWAYS)
  const env: NodeJS.ProcessEnv = {
    // Our stand-ins first; node and coreutils (env, chown) after.
    PATH: [bin, path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter),
    HOME: dir,
    STANDIN_DIR: dir,
    ...extraEnv
  }
  return {
    dir,
    env,
    install,
    scenario: rules => writeFileSync(path.join(dir, 'scenario.json'), JSON.stringify(rules)),
    calls: () => {
      const f = path.join(dir, 'calls.jsonl')
      if (!existsSync(f)) return []
      return readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map(l => (JSON.parse(l) as string[]).join(' '))
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Keeps what the code under test prints (the action log, and the stand-ins' own output that it
 * streams: "error: snap ... not found" from a scripted failure) out of the test run's output,
 * where it would read as a real failure. Call at the top of a test file; `log()` is this test's.
 */
export function captureOutput(): { log(): string } {
  let chunks: string[] = []
  let spies: { mockRestore(): void }[] = []
  beforeEach(() => {
    chunks = []
    spies = [process.stdout, process.stderr].map(stream =>
      jest.spyOn(stream, 'write').mockImplementation(chunk => {
        chunks.push(String(chunk))
        return true
      })
    )
  })
  afterEach(() => {
    for (const spy of spies) spy.mockRestore()
    spies = []
  })
  return { log: () => chunks.join('') }
}

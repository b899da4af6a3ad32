// A registry suite's set-ups that need jest (hooks, spies): kept apart from registry.ts, which
// bench/merge.mjs loads outside jest (where @jest/globals cannot be imported).
import { afterAll, beforeAll, jest } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  buildRock,
  recordingSkopeo,
  startRegistry,
  type Registry,
  type SkopeoRecorder
} from './registry.js'

export interface RegistryCase {
  work: string
  recorder: SkopeoRecorder
  tempDir: string
  stateFile: string
}

/**
 * One test case against a registry: a fresh directory under `root` with the recording `tools`
 * (bin/), a temp dir, an empty GITHUB_STATE file (set in the environment), and stdout and stderr
 * handed to `output` instead of the terminal (jest.restoreAllMocks() gives them back).
 */
export async function startCase(
  root: string,
  output: (text: string) => void,
  tools: readonly string[] = ['skopeo']
): Promise<RegistryCase> {
  const work = await mkdtemp(path.join(root, 'case-'))
  const recorder = await recordingSkopeo(work, tools)
  const tempDir = path.join(work, 'tmp')
  await mkdir(tempDir)
  const stateFile = path.join(work, 'state')
  await writeFile(stateFile, '')
  process.env.GITHUB_STATE = stateFile
  const capture = (chunk: unknown): boolean => {
    output(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString())
    return true
  }
  jest.spyOn(process.stdout, 'write').mockImplementation(capture)
  jest.spyOn(process.stderr, 'write').mockImplementation(capture)
  return { work, recorder, tempDir, stateFile }
}

/** What registryWithRock made for a suite. */
export interface RegistryWithRock {
  /** The suite's dir `<temp dir>/<prefix>XXXXXX`, holding both. */
  root: string
  registry: Registry
  rock: string
}

/**
 * For a suite (unless `skip`): before its first test, a registry (TLS, htpasswd with `user` and
 * `password`) and a tiny rock, handed to `made` (the suite keeps them in its own variables);
 * after its last test, the registry stopped and the dir removed.
 */
export function registryWithRock(
  skip: string | undefined,
  prefix: string,
  user: string,
  password: string,
  made: (fixture: RegistryWithRock) => void
): void {
  let fixture: Partial<RegistryWithRock> = {}
  beforeAll(async () => {
    if (skip) return
    const root = await mkdtemp(path.join(os.tmpdir(), prefix))
    fixture = { root }
    fixture.registry = await startRegistry(path.join(root, 'registry'), user, password)
    fixture.rock = await buildRock(path.join(root, 'rock'))
    made(fixture as RegistryWithRock)
  }, 60_000)
  afterAll(async () => {
    if (skip || !fixture.root) return
    await fixture.registry?.stop()
    await rm(fixture.root, { recursive: true, force: true })
  })
}

// Which way rockcraft builds on this runner, and why.
import { readFile } from 'node:fs/promises'
import type { BuildMode } from '../action/context.js'
import { InputError } from '../action/context.js'

export type PackMode = 'lxd' | 'destructive'

export interface RunnerInfo {
  /** The host's release as a rockcraft base, e.g. ubuntu@24.04; undefined when not Ubuntu. */
  release: string | undefined
  /** A throw-away VM (GitHub-hosted): installing build packages on it harms nothing. */
  ephemeral: boolean
}

export interface ProjectBases {
  base: string
  buildBase?: string
}

/** ubuntu:22.04 and ubuntu@22.04 are the same base. */
export function normalizeBase(base: string): string {
  return base.replace(/^ubuntu:/, 'ubuntu@')
}

/** The release the build runs on: build-base when given, else base ('bare' needs a build-base). */
export function effectiveBuildBase(project: ProjectBases): string | undefined {
  const b = project.buildBase ?? (project.base === 'bare' ? undefined : project.base)
  return b === undefined ? undefined : normalizeBase(b)
}

export function chooseBuildMode(
  requested: BuildMode,
  project: ProjectBases,
  runner: RunnerInfo
): { mode: PackMode; reason: string } {
  const buildBase = effectiveBuildBase(project)
  const host = runner.release ?? 'a non-Ubuntu host'
  const matches = buildBase !== undefined && runner.release === buildBase
  if (requested === 'lxd') {
    return { mode: 'lxd', reason: 'build-mode lxd was requested' }
  }
  if (requested === 'destructive') {
    if (!matches) {
      throw new InputError(
        `build-mode destructive builds on the runner itself, so the runner's release must equal the build base: this runner is ${host}, the project builds on ${buildBase ?? '(no build-base)'}. Use build-mode lxd or auto, or a runner of that release.`
      )
    }
    return { mode: 'destructive', reason: 'build-mode destructive was requested' }
  }
  if (!matches) {
    return {
      mode: 'lxd',
      reason: `auto: the runner is ${host} but the project builds on ${buildBase ?? '(no build-base)'}, so it needs an LXD instance of that release`
    }
  }
  if (!runner.ephemeral) {
    return {
      mode: 'lxd',
      reason: `auto: this runner is not a throw-away GitHub-hosted VM, and destructive mode would install build packages on it`
    }
  }
  return {
    mode: 'destructive',
    reason: `auto: the runner is a throw-away ${host} VM, the same release as the build base, so building on it directly is safe, skips installing LXD and lets the restored cache reach the build`
  }
}

/** Reads /etc/os-release (path injectable for tests) and the runner kind from the environment. */
export async function detectRunner(
  env: NodeJS.ProcessEnv = process.env,
  osRelease = '/etc/os-release'
): Promise<RunnerInfo> {
  let release: string | undefined
  try {
    const text = await readFile(osRelease, 'utf8')
    const field = (k: string): string | undefined =>
      text.match(new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm'))?.[1]
    if (field('ID') === 'ubuntu' && field('VERSION_ID')) release = `ubuntu@${field('VERSION_ID')}`
  } catch {
    release = undefined
  }
  return { release, ephemeral: env.RUNNER_ENVIRONMENT === 'github-hosted' }
}

// The Docker image a smoke test loads the rock as. Unless the user names one (input `image`), the
// reference is unique to the run, so that runs sharing a daemon never test each other's rock, and
// it is removed when the job ends (the post step), so that images do not pile up on a runner.
import { randomBytes } from 'node:crypto'
import { SmokeError } from './error.js'

/** Adds ':latest' to a reference without tag or digest (docker-daemon: needs a tag). */
export function taggedImage(image: string): string {
  if (image.includes('@')) {
    throw new SmokeError(`image '${image}' has a digest; the smoke test needs a name:tag`)
  }
  const lastPart = image.slice(image.lastIndexOf('/') + 1)
  return lastPart.includes(':') ? image : `${image}:latest`
}

// The tail that marks a reference as one a run made for itself (and may remove).
const RUN_SUFFIX = /-smoke-[0-9a-f]{12}$/

/**
 * A Docker tag for a rock version. rockcraft takes versions Docker refuses as tags (`1.0+git`,
 * `1.0~rc1`, `2:1.0`): every character outside [A-Za-z0-9_.-] becomes '-', and a tag must start
 * with a letter, digit or '_' and have at most 128 characters.
 */
export function dockerTag(version: string, room = 128): string {
  let tag = version.replace(/[^A-Za-z0-9_.-]/g, '-')
  if (!/^[A-Za-z0-9_]/.test(tag)) tag = `v${tag}`
  return tag.slice(0, room)
}

/** `<name>:<version as a tag>-smoke-<random>`: a reference no other run uses. */
export function runImage(name: string, version: string | undefined): string {
  const suffix = `-smoke-${randomBytes(6).toString('hex')}`
  return `${name}:${dockerTag(version ?? 'latest', 128 - suffix.length)}${suffix}`
}

/** A reference runImage() made: only such images does the post step remove. */
export function isRunImage(ref: string): boolean {
  return RUN_SUFFIX.test(ref)
}

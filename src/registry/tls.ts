// Registries whose TLS is not verified (plain HTTP, or a certificate nobody can check), only
// when the user names them: skopeo and buildah are told per call, for those hosts alone, and
// the log says so each time such a host is used.
import * as core from '../action/runner-io.js'
import { PublishError } from './error.js'
import { insecurePasswordProblem, parseRef } from './image-ref.js'

export interface InsecureOptions {
  /** Hosts with TLS verification off (input insecure-registries), as hostOf writes them. */
  insecureRegistries?: string[]
  /** Hosts of those that may get the password all the same (input insecure-registry-password). */
  insecurePassword?: string[]
}

/**
 * Judges the hosts of `refs` once: warns for each one without TLS verification, refuses the
 * password to a non-loopback one unless named twice. Returns whether a reference's host is one.
 */
export function tlsPolicy(
  refs: readonly string[],
  credentialsHost: string | undefined,
  opts: InsecureOptions
): (ref: string) => boolean {
  const insecure = opts.insecureRegistries ?? []
  const isInsecure = (ref: string): boolean => insecure.includes(parseRef(ref).registry)
  if (credentialsHost) {
    const problem = insecurePasswordProblem(credentialsHost, insecure, opts.insecurePassword ?? [])
    if (problem) throw new PublishError(`Cannot push: ${problem}`)
  }
  for (const host of new Set(refs.filter(isInsecure).map(ref => parseRef(ref).registry))) {
    const password = host === credentialsHost ? ' and the registry password' : ''
    core.warning(
      `TLS verification is off for ${host} (insecure-registries): what is pushed${password} can be read and changed on the network path`
    )
  }
  return isInsecure
}

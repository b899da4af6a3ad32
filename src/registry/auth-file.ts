// The registry auth file (containers-auth.json): the only way credentials reach skopeo and
// buildah. It lives in a private dir of ours (0700 dir, 0600 file) that the caller removes, and
// the post step too (cleanupPublish) when the main step never got there. The password never goes
// on a command line, into a child's environment or into the log.
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import { privateDir, removePrivateFile, writePrivateFile } from '../process/private-file.js'
import { saveState, type PostState } from '../action/state.js'
import { parseRef } from './image-ref.js'

// Our private dirs are named so; cleanup removes a dir only when it carries this prefix.
const DIR_PREFIX = 'flask-rock-publish-'

/** The registry host of an image reference, as containers' auth files key it. */
export function registryHost(ref: string): string {
  return parseRef(ref).registry
}

/** containers-auth.json holding one user and password for one registry host, and no other. */
export function authFileContent(host: string, username: string, password: string): string {
  const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64')
  return JSON.stringify({ auths: { [host]: { auth } } }) + '\n'
}

/** Our private dir for one publish or merge: the caller removes it (the post step too, when it holds an auth file). */
export function publishDir(parent: string | undefined): Promise<string> {
  return privateDir(parent ?? os.tmpdir(), DIR_PREFIX)
}

/**
 * Writes the registry auth file for `host` into our private dir, or returns undefined without
 * credentials (the tools then use the runner's own: docker or podman login). Callers hand it
 * only to calls that talk to `host`.
 */
export async function writeAuthFile(
  dir: string,
  host: string,
  username: string,
  password: string
): Promise<string | undefined> {
  if (username === '') {
    core.info('No registry credentials given: using any from docker login or podman login')
    return undefined
  }
  const authFile = path.join(dir, 'auth.json')
  // Recorded before it is written, so a cancelled run's post step still removes it.
  saveState({ authFile })
  await writePrivateFile(authFile, authFileContent(host, username, password))
  return authFile
}

/** Post step: removes an auth file (and our private dir around it) left by a cancelled run. */
export async function cleanupPublish(state: PostState): Promise<void> {
  if (state.authFile)
    await removePrivateFile(state.authFile, DIR_PREFIX, 'the registry auth file', core.warning)
}

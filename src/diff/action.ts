// Input compare-to: after the smoke test, what changes from the reference (the last release,
// `edge`) to the rock of this run, in the log, the job summary and output `diff`. Informational:
// a reference that does not exist yet (a first release) is a notice, one that cannot be read a
// warning; neither fails the run. The registry credentials go to the reference only when it is on
// the host they are for.
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import type { RunReport } from '../action/report.js'
import { infoUntrusted } from '../process/untrusted.js'
import { removePrivateFile } from '../process/private-file.js'
import { credentialHost, hostOf, insecurePasswordProblem, parseRef } from '../registry/image-ref.js'
import { NoSuchImage } from './read.js'
import { diffHtml, diffJson, diffRocks, diffText } from './index.js'

export interface CompareInputs {
  compareTo: string
  push: string[]
  registry: string
  registryUsername: string
  registryPassword: string
  insecureRegistries: string[]
  /** Hosts of insecureRegistries that may get the password although not on loopback. */
  insecurePassword: string[]
}

/**
 * The host registry-username and registry-password are for: `registry`, else the one host push
 * names, else (no push: a pull request's read token) compare-to's own host.
 */
export function compareCredentialHost(inputs: CompareInputs): string | undefined {
  if (inputs.registry !== '') return hostOf(inputs.registry)
  if (inputs.push.length > 0) {
    const c = credentialHost(inputs.push)
    return 'host' in c ? c.host : undefined
  }
  return parseRef(inputs.compareTo).registry
}

/** Compares the reference with `rock`; fills report.diff and output `diff`. Never throws. */
export async function compareRock(
  inputs: CompareInputs,
  rock: string,
  report: RunReport,
  tempDir: string,
  opts: { env?: NodeJS.ProcessEnv } = {}
): Promise<void> {
  const ref = inputs.compareTo
  const started = Date.now()
  const host = parseRef(ref).registry
  const credentialsFor = compareCredentialHost(inputs)
  let authFile: string | undefined
  try {
    // Without TLS verification, off this machine, the password goes only where named twice.
    const clear = insecurePasswordProblem(host, inputs.insecureRegistries, inputs.insecurePassword)
    if (inputs.registryPassword !== '' && credentialsFor === host && clear) {
      core.warning(`compare-to: reading ${ref} without the registry credentials: ${clear}`)
    } else if (inputs.registryPassword !== '' && credentialsFor === host) {
      const { publishDir, writeAuthFile } = await import('../registry/auth-file.js')
      authFile = await writeAuthFile(
        await publishDir(tempDir),
        host,
        inputs.registryUsername,
        inputs.registryPassword
      )
    }
    const diff = await diffRocks(ref, rock, {
      tempParent: tempDir,
      authFile,
      authHost: host,
      insecureRegistries: inputs.insecureRegistries,
      ...(opts.env ? { env: opts.env } : {})
    })
    const file = path.join(tempDir, 'rock-diff.json')
    await writeFile(file, diffJson(diff))
    core.setOutput('diff', file)
    core.startGroup(`What changes in the rock (from ${ref})`)
    // Names, paths and values come from both rocks: never read as workflow commands.
    infoUntrusted(diffText(diff))
    core.endGroup()
    core.info(`Rock diff: ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    report.diff = { file, html: diffHtml(diff) }
  } catch (err) {
    const line = (err as Error).message.split('\n')[0]
    if (err instanceof NoSuchImage) {
      core.notice(`compare-to: ${line}: nothing to compare with (a first release?)`)
      report.diff = { note: `Nothing to compare with: ${line} (a first release?)` }
    } else {
      core.warning(`compare-to: could not compare with ${ref}: ${line}`)
      report.diff = { note: `Could not compare with ${ref}: ${line}` }
    }
  } finally {
    if (authFile) {
      await removePrivateFile(
        authFile,
        'flask-rock-publish-',
        'the registry auth file',
        core.warning
      )
    }
  }
}

// Tests that drive real parts (Debian's packages: dockerd, skopeo, docker-registry, PyYAML...)
// run where those parts are installed; elsewhere they are skipped with one plain line saying what
// is missing. CI (.ci/run) sets FLASK_ROCK_REQUIRE_REAL_PARTS=1, so a missing part fails there.
import { describe, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync } from 'node:fs'
import * as path from 'node:path'
import { onPath } from '../../src/process/exec.js'
import { runtimeDir } from '../smoke/support/rock.js'

export interface Needs {
  root?: boolean
  /** Commands on PATH, or absolute paths. */
  tools?: string[]
  /** Modules Debian's /usr/bin/python3 must import (the PATH python3 may be another build). */
  pythonModules?: string[]
  /** The real Pebble and statsd_exporter: ../shared/runtime/linux-amd64, or FLASK_ROCK_RUNTIME_DIR. */
  runtime?: boolean
}

/** Why the parts are not all here, or undefined when they are. */
export async function missingParts(needs: Needs): Promise<string | undefined> {
  if (needs.root && process.getuid?.() !== 0) return 'not root'
  if (needs.runtime && !existsSync(path.join(runtimeDir(), 'SHA256SUMS'))) {
    return `${runtimeDir()} has no SHA256SUMS (the real Pebble and statsd_exporter; FLASK_ROCK_RUNTIME_DIR names their folder)`
  }
  for (const tool of needs.tools ?? []) {
    const found = tool.startsWith('/') ? existsSync(tool) : await onPath(tool)
    if (!found) return `${tool} is not installed`
  }
  for (const module of needs.pythonModules ?? []) {
    try {
      execFileSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' })
    } catch {
      return `/usr/bin/python3 cannot import ${module}`
    }
  }
  return undefined
}

/** Undefined when `what` can run; otherwise prints why and returns it (or throws under CI). */
export async function skipReason(what: string, needs: Needs): Promise<string | undefined> {
  const why = await missingParts(needs)
  if (why && process.env.FLASK_ROCK_REQUIRE_REAL_PARTS === '1') {
    throw new Error(`${what} cannot run: ${why} (FLASK_ROCK_REQUIRE_REAL_PARTS=1)`)
  }
  if (why) {
    const line = `SKIPPED ${what}: ${why}. sudo .ci/run installs every part and runs them all.`
    // The run's reporter prints these at the end (jest would drop them for an all-skipped file).
    const file = process.env.FLASK_ROCK_TEST_SKIPS_FILE
    if (file) appendFileSync(file, `${line}\n`)
    else console.warn(line)
  }
  return why
}

/** `describe` where the parts are here, else `describe.skip` (after saying why). */
export async function describeWith(what: string, needs: Needs): Promise<typeof describe> {
  return (await skipReason(what, needs)) ? (describe.skip as typeof describe) : describe
}

export const PYYAML: Needs = { pythonModules: ['yaml'] }

/** `it` where the parts are here, else `it.skip` (after saying why). */
export async function itWith(what: string, needs: Needs): Promise<typeof it> {
  return (await skipReason(what, needs)) ? (it.skip as typeof it) : it
}

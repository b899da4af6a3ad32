// Compares our rendering of the flask-framework expansion with rockcraft's own.
import * as core from '../action/runner-io.js'
import { parse } from 'yaml'
import { runOk } from '../process/exec.js'

type Json = unknown

function isMap(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function sameValue(a: Json, b: Json): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  }
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every(k => k in b && sameValue(a[k], b[k]))
  }
  return a === b
}

/**
 * Key paths where two expansions differ, dot-joined (keys may hold '/'), sorted:
 * e.g. "parts.flask-framework/dependencies.stage-packages". Maps are compared key by key;
 * any other value (lists included) as a whole. A key present on one side only is a difference.
 */
export function diffExpansions(ours: Json, theirs: Json, prefix = ''): string[] {
  if (isMap(ours) && isMap(theirs)) {
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort()
    return keys.flatMap(k => {
      const at = prefix === '' ? k : `${prefix}.${k}`
      if (!(k in ours) || !(k in theirs)) return [at]
      return diffExpansions(ours[k], theirs[k], at)
    })
  }
  return sameValue(ours, theirs) ? [] : [prefix === '' ? '(the whole document)' : prefix]
}

/** What `rockcraft expand-extensions` prints for the project, parsed. Runs on the host, no LXD. */
export async function rockcraftExpansion(
  projectDir: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Record<string, unknown>> {
  const result = await runOk('rockcraft', ['expand-extensions'], {
    what: 'expand the extensions with rockcraft',
    timeoutMs: 5 * 60_000,
    cwd: projectDir,
    env
  })
  let doc: unknown
  try {
    doc = parse(result.stdout)
  } catch (err) {
    throw new Error(
      `rockcraft expand-extensions printed something that is not YAML: ${(err as Error).message.split('\n')[0]}`,
      { cause: err }
    )
  }
  if (!isMap(doc)) throw new Error('rockcraft expand-extensions printed no project')
  return doc
}

/**
 * Cross-checks our expansion against rockcraft's; a difference is a warning naming the keys.
 * Returns the expansion the rest of the run must use: rockcraft's, since it is what gets built.
 */
export async function crossCheckExpansion(
  ours: Record<string, unknown>,
  projectDir: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ expansion: Record<string, unknown>; differences: string[] }> {
  const theirs = await rockcraftExpansion(projectDir, env)
  const differences = diffExpansions(ours, theirs)
  if (differences.length === 0) {
    core.info('The expansion matches `rockcraft expand-extensions`')
  } else {
    core.warning(
      `Our flask-framework expansion differs from rockcraft's at: ${differences.join(', ')}. Using rockcraft's for the rest of the run.`
    )
  }
  return { expansion: theirs, differences }
}

// What the pack recorded about the Ubuntu packages it put into the rock: craft-parts keeps each
// part's pull state in <work dir>/parts/<part>/state/pull (YAML), whose `assets.stage-packages`
// lists what it fetched as "name=version" (chisel slices by name only). In destructive mode the
// work dir is the project, and the record is there after the pack; in LXD mode it stays inside
// the build instance.
import { constants } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { parse } from 'yaml'

export interface RecordedPackage {
  name: string
  /** Absent for a chisel slice (craft-parts records its name only). */
  version?: string
  part: string
}

export interface PackRecord {
  packages: RecordedPackage[]
  /** Parts whose state could not be read, and why (one line each). */
  problems: string[]
}

const STATE_MAX = 1024 * 1024
const PARTS_MAX = 256
const ENTRY = /^([a-z0-9][a-z0-9+.-]*(?:_[a-z0-9-]+)?)(?:=([A-Za-z0-9.+~:-]{1,128}))?$/

async function readSmall(file: string): Promise<string> {
  // No symlink followed, no FIFO waited on, no more than STATE_MAX read.
  const handle = await fs.open(
    file,
    constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK
  )
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new Error('not a regular file')
    if (stat.size > STATE_MAX) throw new Error('larger than 1 MiB')
    const buffer = Buffer.alloc(stat.size)
    await handle.read(buffer, 0, stat.size, 0)
    return buffer.toString('utf8')
  } finally {
    await handle.close()
  }
}

/** The stage-packages every part's pull state records, or undefined when there is no parts/ dir. */
export async function readPackRecord(workDir: string): Promise<PackRecord | undefined> {
  const partsDir = path.join(workDir, 'parts')
  const entries = await fs.readdir(partsDir, { withFileTypes: true }).catch(() => undefined)
  if (!entries) return undefined
  const record: PackRecord = { packages: [], problems: [] }
  for (const entry of entries.filter(e => e.isDirectory()).slice(0, PARTS_MAX)) {
    const file = path.join(partsDir, entry.name, 'state', 'pull')
    let text: string
    try {
      text = await readSmall(file)
    } catch (err) {
      const e = err as NodeJS.ErrnoException
      if (e.code === 'ENOENT') continue
      record.problems.push(`parts/${entry.name}/state/pull: ${e.code ?? e.message}`)
      continue
    }
    let state: unknown
    try {
      state = parse(text, { maxAliasCount: 16 })
    } catch {
      record.problems.push(`parts/${entry.name}/state/pull: not YAML`)
      continue
    }
    const listed = (state as { assets?: { 'stage-packages'?: unknown } } | null)?.assets?.[
      'stage-packages'
    ]
    if (listed === undefined || listed === null) continue
    if (!Array.isArray(listed)) {
      record.problems.push(`parts/${entry.name}/state/pull: stage-packages is not a list`)
      continue
    }
    let odd = 0
    for (const item of listed) {
      const m = typeof item === 'string' ? ENTRY.exec(item) : null
      if (!m) odd++
      else
        record.packages.push({ name: m[1], ...(m[2] ? { version: m[2] } : {}), part: entry.name })
    }
    if (odd)
      record.problems.push(`parts/${entry.name}/state/pull: ${odd} stage-packages entries not read`)
  }
  return record
}

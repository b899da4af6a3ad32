// A pack cache archive, judged before root unpacks it. Anyone who can write a cache entry of the
// repository (any workflow run of it, a pull request's among them) chooses its bytes, and root's
// tar recreates what they hold; tar itself refuses only the classic escapes (absolute names, '..').
// So the archive is listed first, here, by its headers alone, and refused whole when it holds what
// the build's caches never hold:
// - a symbolic link whose target is absolute or leaves the cached tree (the root build would
//   write through it), a hard link to a name outside the tree, an entry below a link;
// - a device node, a FIFO, or any entry type the save never writes;
// - a setuid or setgid file. How we tell the build did not make it: the caches hold downloads only
//   (wheels, debs, chisel's slices, Go modules, the base image's blobs): archives, never installed
//   programs, which live in parts/ and prime/, never cached. So no setuid or setgid file in them
//   was made by the build;
// - a world-writable file, a world-writable directory without the sticky bit, or a cached tree's
//   root writable by group or others (a cache root made 0777 lets any user swap what root reads);
// - an extended attribute outside the user.* namespace (file capabilities are security.*): the
//   save archives user.* only, so anything else was not written by it;
// - an entry outside the tree the archive is for.
// The archive is read by the one tar grammar the rock's read uses (src/rock/tar.ts).
import { open } from 'node:fs/promises'
import * as path from 'node:path'
import { RockError } from '../rock/error.js'
import { listTar } from '../rock/tar.js'

export interface CacheEntry {
  /** The name as archived, './' and a trailing '/' dropped ('.' for the tree's own root). */
  path: string
  /** tar's type flag: '0' file, '1' hard link, '2' symlink, '5' directory, ... */
  type: string
  mode: number
  linkname: string
  /** Names of the extended attributes the entry carries. */
  xattrs: string[]
}

const MAX_ENTRIES = 5_000_000

/** The entries of an uncompressed tar archive, headers only (bodies are skipped, not read). */
export async function cacheEntries(archive: string): Promise<CacheEntry[]> {
  const file = await open(archive, 'r')
  try {
    let count = 0
    const headers = await listTar(file, {
      check: () => {
        if (++count > MAX_ENTRIES) throw new RockError('it holds too many entries')
      },
      onEntry: h => {
        // Only a file has a body; any other entry with one is not the save's.
        if (h.type !== 'file' && h.declaredSize !== 0) {
          throw new RockError(`${show(h.path)} is an entry of type '${h.flag}' with a body`)
        }
      }
    })
    return headers.map(h => ({
      path: normalName(h.path),
      type: h.flag === '\0' ? '0' : h.flag,
      mode: h.mode,
      linkname: h.linkname,
      xattrs: h.xattrs
    }))
  } finally {
    await file.close()
  }
}

function normalName(name: string): string {
  let n = name
  while (n.startsWith('./')) n = n.slice(2)
  n = n.replace(/\/+$/, '')
  return n === '' ? '.' : n
}

/** A name for the log: quoted, control characters escaped, at most 200 characters. */
function show(name: string): string {
  const quoted = JSON.stringify(name)
  return quoted.length > 200 ? `${quoted.slice(0, 197)}..."` : quoted
}

/** Whether `p` (normalized, relative) is `root` or below it; root '.' holds every relative name. */
function within(p: string, root: string): boolean {
  if (path.posix.isAbsolute(p) || p === '..' || p.startsWith('../')) return false
  return root === '.' || p === root || p.startsWith(`${root}/`)
}

const TYPES: Record<string, string> = {
  '3': 'a character device node',
  '4': 'a block device node',
  '6': 'a FIFO'
}

/**
 * Why root must not unpack this archive into the tree `member` ('.' for the whole directory), or
 * undefined. One reason, the first found.
 */
export function cacheEntriesProblem(
  entries: readonly CacheEntry[],
  member: string
): string | undefined {
  const links = new Set<string>()
  for (const e of entries) {
    const name = show(e.path)
    if (path.posix.isAbsolute(e.path) || e.path.split('/').includes('..')) {
      return `${name} names a place outside the cache`
    }
    if (!within(e.path, member)) return `${name} is outside ${member}, which this archive is for`
    const parts = e.path.split('/')
    for (let i = 1; i < parts.length; i++) {
      if (links.has(parts.slice(0, i).join('/'))) return `${name} lies below a link`
    }
    if (TYPES[e.type]) return `${name} is ${TYPES[e.type]}`
    if (!['0', '1', '2', '5'].includes(e.type)) {
      return `${name} is an entry of type '${e.type}', which the cache save never writes`
    }
    if (e.type === '2') {
      links.add(e.path)
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(e.path), e.linkname))
      if (path.posix.isAbsolute(e.linkname) || !within(target, member)) {
        return `${name} is a link to ${show(e.linkname)}, outside the cache`
      }
    }
    if (e.type === '1') {
      const target = normalName(e.linkname)
      if (target.split('/').includes('..') || !within(target, member)) {
        return `${name} is a hard link to ${show(e.linkname)}, outside the cache`
      }
    }
    const foreign = e.xattrs.find(x => !x.startsWith('user.'))
    if (foreign !== undefined) {
      return `${name} carries the extended attribute ${show(foreign)} (the cache save keeps user.* only)`
    }
    if (e.type === '2') continue // a link's own mode means nothing
    if (e.type !== '5' && e.mode & 0o6000) {
      return `${name} is setuid or setgid (mode ${(e.mode & 0o7777).toString(8)}), which no download the build caches is`
    }
    if (e.path === member && e.mode & 0o022) {
      return `the cache's root ${name} is writable by ${e.mode & 0o002 ? 'anyone' : 'its group'} (mode ${(e.mode & 0o7777).toString(8)})`
    }
    if (e.mode & 0o002 && !(e.type === '5' && e.mode & 0o1000)) {
      return `${name} is writable by anyone (mode ${(e.mode & 0o7777).toString(8)})`
    }
  }
  return undefined
}

/** Lists the archive and judges it for `member`; an unreadable or malformed archive is refused too. */
export async function cacheArchiveProblem(
  archive: string,
  member: string
): Promise<string | undefined> {
  try {
    return cacheEntriesProblem(await cacheEntries(archive), member)
  } catch (err) {
    if (err instanceof RockError) return `it is no archive the cache save writes: ${err.message}`
    throw err
  }
}

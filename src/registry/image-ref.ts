// Image references, taken apart the way registries and containers' auth files read them:
// [registry[:port]/]path[:tag][@sha256:digest]. Pure: the inputs and both publish modes use it.

export interface ImageRef {
  /** The registry as auth files key it: docker.io for Docker Hub however it is written. */
  registry: string
  /** The repository as written, without tag or digest: ghcr.io/org/app. */
  repository: string
  /** The repository's path in the registry: org/app (library/app on Docker Hub). */
  path: string
  tag?: string
  digest?: string
}

const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

/** Splits an image reference; does not validate it (context.ts does, before this is reached). */
export function parseRef(ref: string): ImageRef {
  const at = ref.indexOf('@')
  const digest = at >= 0 ? ref.slice(at + 1) : undefined
  const named = at >= 0 ? ref.slice(0, at) : ref
  // A tag is a ':' after the last '/': the one in host:port comes before it.
  const colon = named.lastIndexOf(':')
  const hasTag = colon > named.lastIndexOf('/')
  const repository = hasTag ? named.slice(0, colon) : named
  const tag = hasTag ? named.slice(colon + 1) : undefined

  const slash = repository.indexOf('/')
  const first = slash < 0 ? '' : repository.slice(0, slash)
  const hasHost = first.includes('.') || first.includes(':') || first === 'localhost'
  const registry = !hasHost || DOCKER_HUB_ALIASES.has(first) ? 'docker.io' : first
  let path = hasHost ? repository.slice(slash + 1) : repository
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`
  return { registry, repository, path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
}

/** Whether two references name one repository of one registry, however each is spelled. */
export function sameRepository(a: string, b: string): boolean {
  const x = parseRef(a)
  const y = parseRef(b)
  return x.registry === y.registry && x.path === y.path
}

/**
 * Why these sources cannot be merged into an index pushed to these targets, or undefined.
 * The index refers to its entries by digest only, so a registry accepts it only in the
 * repository that holds them: every reference must name that one repository.
 */
export function mergeProblem(
  sources: readonly string[],
  targets: readonly string[]
): string | undefined {
  if (sources.length === 0) return 'no images to merge'
  if (targets.length === 0) {
    return `nothing to push the index to: give the tags in 'push' (e.g. ${parseRef(sources[0]).repository}:1.0)`
  }
  const { registry, repository } = parseRef(sources[0])
  for (const ref of [...sources.slice(1), ...targets]) {
    if (sameRepository(sources[0], ref)) continue
    const other = parseRef(ref)
    const why =
      other.registry === registry
        ? `it names repository ${other.repository}, not ${repository}`
        : `it is on registry ${other.registry}, not ${registry}`
    return `'${ref}' cannot be part of this merge: ${why}. An image index refers to its images by digest, so the images and every tag of the index must be in one repository`
  }
  // One repository: a digest, else a tag, names one image.
  const seen = new Set<string>()
  for (const source of sources) {
    const { digest, tag } = parseRef(source)
    const key = digest ?? `:${tag ?? 'latest'}`
    if (seen.has(key)) return `'${source}' names an image listed before it in 'manifest'`
    seen.add(key)
  }
  const untagged = targets.find(ref => parseRef(ref).tag === undefined)
  if (untagged) return `'${untagged}' names no tag: the index needs one (e.g. ${untagged}:1.0)`
  return undefined
}

/**
 * The one registry host that registry-username and registry-password are for: `given` (the
 * `registry` input, Docker Hub however spelled), else the one host every reference names. A
 * message instead when the references span hosts and none is given, or `given` is none of them:
 * a token is never offered to a registry it was not made for.
 */
export function credentialHost(
  refs: readonly string[],
  given = ''
): { host: string } | { problem: string } {
  const hosts = [...new Set(refs.map(ref => parseRef(ref).registry))]
  if (given !== '') {
    const host = hostOf(given)
    if (host === undefined) {
      return {
        problem: `'${given}' is not a registry host (ghcr.io, docker.io, registry.example.com:5000)`
      }
    }
    if (!hosts.includes(host)) {
      return {
        problem: `the credentials are for ${host}, but no reference names it (${hosts.join(', ')})`
      }
    }
    return { host }
  }
  if (hosts.length > 1) {
    return {
      problem: `the references name ${hosts.length} registries (${hosts.join(', ')}) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)`
    }
  }
  return { host: hosts[0] ?? '' }
}

// A registry host as written in a reference: a name with a dot, localhost, an IPv4 or [IPv6]
// address, each with an optional port, or any name with a port.
const HOST =
  /^(?:localhost(?::[0-9]{1,5})?|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]{1,5})?|[A-Za-z0-9-]+:[0-9]{1,5}|\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?)$/

/** The host as auth files and references key it (Docker Hub however spelled), or undefined. */
export function hostOf(given: string): string | undefined {
  return HOST.test(given) ? parseRef(`${given}/x`).registry : undefined
}

/** Whether a registry host is this machine's own: nothing sent to it crosses a network. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/:[0-9]{1,5}$/, '')
  return name === 'localhost' || name === '[::1]' || /^127(?:\.[0-9]{1,3}){3}$/.test(name)
}

/**
 * Why the registry password must not go to `host` as asked, or undefined: to a host without TLS
 * verification (insecure) that is not loopback, a password may travel in clear over the network,
 * so the user must name the host twice (insecure, and again in passwordOverHttp).
 */
export function insecurePasswordProblem(
  host: string,
  insecure: readonly string[],
  passwordOverHttp: readonly string[]
): string | undefined {
  if (!insecure.includes(host) || isLoopback(host) || passwordOverHttp.includes(host)) {
    return undefined
  }
  return `the registry password would go to ${host} without TLS verification (it is in 'insecure-registries' and is not this machine): anyone on the network path could read it. Name ${host} in 'insecure-registry-password' too to send it anyway, or use TLS`
}

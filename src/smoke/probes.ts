// What the smoke test asks the app: probes (`[METHOD] PATH [=STATUS]` lines, input smoke-probes),
// and the concurrency proof of the worker (N requests at once to one path).
import * as http from 'node:http'
import { SmokeError } from './error.js'

export interface Probe {
  method: string
  /** URL path starting with '/'. */
  path: string
  /** Expected status; undefined: any status below 500. */
  expect?: number
}

export interface ProbeResult extends Probe {
  status: number
  ms: number
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const PROBE_LINE = /^(?:([A-Z]+)\s+)?(\/\S*)(?:\s+=(\d{3}))?$/
// No spaces or control characters in a path: it goes on the request line as is.
// eslint-disable-next-line no-control-regex
const BAD_PATH = /[\s\x00-\x1f\x7f]/

/** One probe line; throws SmokeError naming what is wrong with it. */
export function parseProbe(line: string): Probe {
  const text = line.trim()
  const m = PROBE_LINE.exec(text)
  const shown = JSON.stringify(text)
  if (!m) {
    throw new SmokeError(
      `probe ${shown} is not '[METHOD] PATH [=STATUS]' (e.g. 'GET /health =200')`
    )
  }
  const method = m[1] ?? 'GET'
  if (!METHODS.includes(method)) {
    throw new SmokeError(`probe ${shown}: method must be one of ${METHODS.join(', ')}`)
  }
  if (m[2].length > 2048 || BAD_PATH.test(m[2])) {
    throw new SmokeError(`probe ${shown}: the path is too long or has control characters`)
  }
  const expect = m[3] === undefined ? undefined : Number(m[3])
  if (expect !== undefined && (expect < 100 || expect > 599)) {
    throw new SmokeError(`probe ${shown}: the status must be between 100 and 599`)
  }
  return { method, path: m[2], expect }
}

/** Probe lines (blank lines and `#` comments skipped). */
export function parseProbes(text: string): Probe[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter(l => l.trim() !== '' && !l.trim().startsWith('#'))
    .map(parseProbe)
}

/** `GET /health =200` */
export function probeText(p: Probe): string {
  return `${p.method} ${p.path}${p.expect === undefined ? '' : ` =${p.expect}`}`
}

/** Status check: the expected one, or any status below 500. */
export function statusOk(status: number, expect: number | undefined): boolean {
  return expect === undefined ? status < 500 : status === expect
}

export function expectedText(expect: number | undefined): string {
  return expect === undefined ? 'a status below 500' : `status ${expect}`
}

export interface Answer {
  status: number
  ms: number
  body: string
}

/** One request without keep-alive, so no socket outlives the probe. */
export function request(
  url: string,
  method: string,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<Answer> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false, timeout: timeoutMs, signal }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          body: Buffer.concat(chunks).toString('utf8')
        })
      )
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end()
  })
}

export interface ConcurrencyPlan {
  requests: number
  /** Default: the first probe's path. */
  path?: string
}

/** `N` or `N PATH` (input smoke-concurrency); undefined for '' or '0'. */
export function parseConcurrency(text: string): ConcurrencyPlan | undefined {
  const m = /^(\d{1,4})(?:\s+(\/\S*))?$/.exec(text.trim())
  if (!m || Number(m[1]) > 1000 || (m[2] !== undefined && BAD_PATH.test(m[2]))) {
    throw new SmokeError(
      `concurrency ${JSON.stringify(text.trim())} is not 'N' or 'N PATH' with N from 0 to 1000`
    )
  }
  const requests = Number(m[1])
  return requests === 0 ? undefined : { requests, path: m[2] }
}

export interface ConcurrencyResult {
  path: string
  requests: number
  /** Requests that failed or answered 500 or above. */
  errors: number
  p50Ms: number
  p95Ms: number
  /** All of them, from the first sent to the last answered. */
  wallMs: number
}

/** The p-th percentile (nearest rank) of the values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Sends `requests` GETs at once; each gets up to `timeoutMs`. */
export async function concurrentGets(
  baseUrl: string,
  path: string,
  requests: number,
  timeoutMs: number
): Promise<ConcurrencyResult> {
  const started = performance.now()
  const answers = await Promise.all(
    Array.from({ length: requests }, () =>
      request(baseUrl + path, 'GET', timeoutMs).catch(() => undefined)
    )
  )
  const good = answers.filter((a): a is Answer => a !== undefined && a.status < 500)
  const ms = good.map(a => a.ms)
  return {
    path,
    requests,
    errors: requests - good.length,
    p50Ms: Math.round(percentile(ms, 50)),
    p95Ms: Math.round(percentile(ms, 95)),
    wallMs: Math.round(performance.now() - started)
  }
}

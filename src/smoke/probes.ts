// What the smoke test asks the app: probes (`[METHOD] PATH [=STATUS] [~TEXT]` lines, input
// smoke-probes), and the concurrency proof of the worker (N requests at once to one path).
// An answer is the app's, hence hostile: its body is kept up to a cap, the rest is read and thrown
// away up to a limit, and every request has one deadline for the whole answer, body included.
import * as http from 'node:http'
import { SmokeError } from './error.js'

export interface Probe {
  method: string
  /** URL path starting with '/'. */
  path: string
  /** Expected status; undefined: any status below 500. */
  expect?: number
  /** Text the body must contain (within its first BODY_KEEP_BYTES). */
  contains?: string
}

export interface ProbeResult extends Probe {
  status: number
  ms: number
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const PROBE_LINE = /^(?:([A-Z]+)\s+)?(\/\S*)(?:\s+=(\d{3}))?(?:\s+~(.+))?$/
const PROBE_SYNTAX = '[METHOD] PATH [=STATUS] [~TEXT]'
/** The body a request keeps (what a body check and a failure's excerpt see). */
export const BODY_KEEP_BYTES = 64 * 1024
/** Beyond this a body is not read on: an app streaming without end fails the probe at once. */
export const BODY_READ_LIMIT = 32 * 1024 * 1024
const CONTAINS_MAX = 1024
const EXCERPT_CHARS = 200
// No spaces or control characters in a path: it goes on the request line as is.
// eslint-disable-next-line no-control-regex
const BAD_PATH = /[\s\x00-\x1f\x7f]/
// eslint-disable-next-line no-control-regex
const BAD_TEXT = /[\x00-\x1f\x7f]/

/** One probe line; throws SmokeError naming what is wrong with it. */
export function parseProbe(line: string): Probe {
  const text = line.trim()
  const m = PROBE_LINE.exec(text)
  const shown = JSON.stringify(text)
  if (!m) {
    throw new SmokeError(`probe ${shown} is not '${PROBE_SYNTAX}' (e.g. 'GET /health =200 ~ok')`)
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
  const contains = m[4]?.trim()
  if (contains !== undefined && (contains.length > CONTAINS_MAX || BAD_TEXT.test(contains))) {
    throw new SmokeError(
      `probe ${shown}: the ~TEXT is longer than ${CONTAINS_MAX} characters or has control characters`
    )
  }
  if (method === 'HEAD' && contains !== undefined) {
    throw new SmokeError(`probe ${shown}: a HEAD answer has no body to look for ~TEXT in`)
  }
  return { method, path: m[2], expect, ...(contains === undefined ? {} : { contains }) }
}

/** Probe lines (blank lines and `#` comments skipped). */
export function parseProbes(text: string): Probe[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter(l => l.trim() !== '' && !l.trim().startsWith('#'))
    .map(parseProbe)
}

/** `GET /health =200 ~healthy` */
export function probeText(p: Probe): string {
  return `${p.method} ${p.path}${p.expect === undefined ? '' : ` =${p.expect}`}${p.contains === undefined ? '' : ` ~${p.contains}`}`
}

/**
 * A bounded, printable excerpt of a body for a one-line message: control characters (newlines
 * included) become spaces, runs of space one, at most EXCERPT_CHARS characters, quoted.
 */
export function bodyExcerpt(body: string): string {
  const flat = body
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
  const cut = [...flat]
  return JSON.stringify(
    cut.length > EXCERPT_CHARS ? `${cut.slice(0, EXCERPT_CHARS).join('')}...` : flat
  )
}

/** The body check of a probe: undefined when it passes, else why not (one line). */
export function bodyProblem(probe: Probe, answer: Answer): string | undefined {
  if (probe.contains === undefined || answer.body.includes(probe.contains)) return undefined
  const where = answer.truncated
    ? `the first ${BODY_KEEP_BYTES / 1024} KiB of its body`
    : 'its body'
  return `probe '${probeText(probe)}' answered ${answer.status} without ${JSON.stringify(probe.contains)} in ${where}: ${answer.body === '' ? 'the body is empty' : bodyExcerpt(answer.body)}`
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
  /** The first `keepBytes` of the body (UTF-8). */
  body: string
  /** The body was longer than what `body` holds. */
  truncated: boolean
}

/** The app sent a status, then a body that did not end in time or within BODY_READ_LIMIT. */
export class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: string
  ) {
    super(message)
  }
}

export interface RequestLimits {
  /** Default BODY_KEEP_BYTES. */
  keepBytes?: number
  /** Default BODY_READ_LIMIT. */
  readLimit?: number
}

/**
 * One request without keep-alive, so no socket outlives the probe. `deadlineMs` bounds the whole
 * of it, from connecting to the body's last byte (not only the time between two packets).
 */
export function request(
  url: string,
  method: string,
  deadlineMs: number,
  signal?: AbortSignal,
  limits: RequestLimits = {}
): Promise<Answer> {
  const keepBytes = limits.keepBytes ?? BODY_KEEP_BYTES
  const readLimit = limits.readLimit ?? BODY_READ_LIMIT
  const started = performance.now()
  return new Promise((resolve, reject) => {
    let status: number | undefined
    const kept: Buffer[] = []
    let keptBytes = 0
    let read = 0
    const bodyError = (why: string): BodyError =>
      new BodyError(
        `answered ${status} but ${why} (${read} bytes read)`,
        status ?? 0,
        Buffer.concat(kept).toString('utf8')
      )
    const req = http.request(url, { method, agent: false, signal }, res => {
      status = res.statusCode ?? 0
      res.on('data', (c: Buffer) => {
        read += c.length
        if (keptBytes < keepBytes) {
          const part = c.subarray(0, keepBytes - keptBytes)
          kept.push(part)
          keptBytes += part.length
        }
        if (read > readLimit) {
          req.destroy(bodyError(`its body goes on beyond ${readLimit / 1024 / 1024} MiB`))
        }
      })
      res.on('end', () => {
        clearTimeout(timer)
        resolve({
          status: status ?? 0,
          ms: performance.now() - started,
          body: Buffer.concat(kept).toString('utf8'),
          truncated: read > keptBytes
        })
      })
      res.on('error', fail)
    })
    function fail(err: Error): void {
      clearTimeout(timer)
      reject(err)
    }
    const timer = setTimeout(() => {
      req.destroy(
        status === undefined
          ? new Error(`no answer within ${deadlineMs} ms`)
          : bodyError(`its body did not end within ${deadlineMs} ms`)
      )
    }, deadlineMs)
    req.on('error', fail)
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

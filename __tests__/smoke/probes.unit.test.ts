// The probes in-process: the lines a user writes (smoke-probes, smoke-concurrency) and what they
// are told back, each refusal whole, and request() against a Node server on loopback that answers,
// drips, streams past the limits or never answers. Fast enough to score src/smoke/probes.ts by
// mutation (probe-bounds runs the same bounds against real gunicorn).
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { SmokeError } from '../../src/smoke/error.js'
import {
  BodyError,
  bodyExcerpt,
  bodyProblem,
  concurrentGets,
  expectedText,
  parseConcurrency,
  parseProbe,
  parseProbes,
  percentile,
  probeText,
  request,
  statusOk,
  type Answer
} from '../../src/smoke/probes.js'
import { thrownMessage } from '../support/thrown.js'

/** The message a refused line gets: a SmokeError, and its whole text. */
const refusal = (f: () => unknown): string => thrownMessage(f, SmokeError)

describe('a probe line', () => {
  it('reads each part, the method GET when left out, the line trimmed', () => {
    expect(parseProbe('  /  ')).toStrictEqual({ method: 'GET', path: '/', expect: undefined })
    expect(parseProbe('DELETE /items/1 =204')).toStrictEqual({
      method: 'DELETE',
      path: '/items/1',
      expect: 204
    })
    expect(parseProbe('OPTIONS\t/x?y=1  =100   ~  the text ')).toStrictEqual({
      method: 'OPTIONS',
      path: '/x?y=1',
      expect: 100,
      contains: 'the text'
    })
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(parseProbe(`${method} /`).method).toBe(method)
    }
    expect(parseProbe('GET / =599').expect).toBe(599)
    expect(parseProbe('PUT  \t /two-spaces').path).toBe('/two-spaces')
  })

  it('refuses a status outside 100..599, a long path and control characters, naming the line', () => {
    expect(refusal(() => parseProbe('GET / =099'))).toBe(
      'probe "GET / =099": the status must be between 100 and 599'
    )
    expect(refusal(() => parseProbe(' GET / =600 '))).toBe(
      'probe "GET / =600": the status must be between 100 and 599'
    )
    expect(parseProbe(`/${'a'.repeat(2047)}`).path).toHaveLength(2048)
    expect(refusal(() => parseProbe(`/${'a'.repeat(2048)}`))).toBe(
      `probe "/${'a'.repeat(2048)}": the path is too long or has control characters`
    )
    expect(refusal(() => parseProbe('GET /a\u0001b'))).toBe(
      'probe "GET /a\\u0001b": the path is too long or has control characters'
    )
    expect(refusal(() => parseProbe('GET /a\u007f'))).toBe(
      'probe "GET /a\u007f": the path is too long or has control characters'
    )
    expect(parseProbe(`GET / ~${'a'.repeat(1024)}`).contains).toHaveLength(1024)
    expect(refusal(() => parseProbe(`GET / ~${'a'.repeat(1025)}`))).toBe(
      `probe "GET / ~${'a'.repeat(1025)}": the ~TEXT is longer than 1024 characters or has control characters`
    )
    expect(refusal(() => parseProbe('FETCH /'))).toBe(
      'probe "FETCH /": method must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'
    )
    expect(refusal(() => parseProbe('HEAD / ~ok'))).toBe(
      'probe "HEAD / ~ok": a HEAD answer has no body to look for ~TEXT in'
    )
    expect(parseProbe('HEAD / =200')).toStrictEqual({ method: 'HEAD', path: '/', expect: 200 })
    expect(refusal(() => parseProbe('GET / ~a\u007fb'))).toBe(
      'probe "GET / ~a\u007fb": the ~TEXT is longer than 1024 characters or has control characters'
    )
    expect(refusal(() => parseProbe('GET / ~\u0000'))).toMatch(/has control characters$/)
    expect(refusal(() => parseProbe('GET / ~\u001f'))).toMatch(/has control characters$/)
  })

  it('refuses what is not the syntax: no path, text before the method, anything after it', () => {
    const syntax = (line: string): string =>
      `probe ${JSON.stringify(line)} is not '[METHOD] PATH [=STATUS] [~TEXT]' (e.g. 'GET /health =200 ~ok')`
    for (const line of ['x GET /', 'GET / extra', 'GET / =20', 'GET / =2000', 'GET', 'Get /']) {
      expect(refusal(() => parseProbe(line))).toBe(syntax(line))
    }
  })

  it('reads lines split by any newline, skipping blank and indented comment lines', () => {
    expect(parseProbes('/a\r/b\r\n  \t \n   # a comment\n/c')).toStrictEqual([
      { method: 'GET', path: '/a', expect: undefined },
      { method: 'GET', path: '/b', expect: undefined },
      { method: 'GET', path: '/c', expect: undefined }
    ])
    expect(parseProbes('')).toStrictEqual([])
  })

  it('is printed back as the user wrote it', () => {
    expect(probeText({ method: 'GET', path: '/' })).toBe('GET /')
    expect(probeText({ method: 'PUT', path: '/x', expect: 201 })).toBe('PUT /x =201')
    expect(probeText({ method: 'GET', path: '/', contains: 'ok' })).toBe('GET / ~ok')
  })
})

describe('the status and body checks', () => {
  it('takes any status below 500, or exactly the one asked for', () => {
    expect([499, 500].map(s => statusOk(s, undefined))).toEqual([true, false])
    expect([200, 201, 500].map(s => statusOk(s, 201))).toEqual([false, true, false])
    expect(statusOk(503, 503)).toBe(true)
    expect(expectedText(undefined)).toBe('a status below 500')
    expect(expectedText(404)).toBe('status 404')
  })

  const answer = (body: string, truncated = false): Answer => ({
    status: 200,
    ms: 1,
    body,
    truncated
  })
  it('passes a probe without ~TEXT, or whose body holds it', () => {
    expect(bodyProblem({ method: 'GET', path: '/' }, answer(''))).toBeUndefined()
    expect(bodyProblem({ method: 'GET', path: '/', contains: 'ok' }, answer('all ok'))).toBe(
      undefined
    )
  })
  it('says where it looked and what the body held', () => {
    const probe = { method: 'GET', path: '/h', expect: 200, contains: 'ok' }
    expect(bodyProblem(probe, answer('down\nnow'))).toBe(
      `probe 'GET /h =200 ~ok' answered 200 without "ok" in its body: "down now"`
    )
    expect(bodyProblem(probe, answer('down', true))).toBe(
      `probe 'GET /h =200 ~ok' answered 200 without "ok" in the first 64 KiB of its body: "down"`
    )
    expect(bodyProblem(probe, answer(''))).toBe(
      `probe 'GET /h =200 ~ok' answered 200 without "ok" in its body: the body is empty`
    )
  })
  it('shows a body flattened, at most 200 characters (not UTF-16 units), quoted', () => {
    expect(bodyExcerpt('  a\u0000b\u001fc\u007fd\u0085e\u009ff\u2029g  h   ')).toBe(
      '"a b c d e f g h"'
    )
    expect(bodyExcerpt('x'.repeat(200))).toBe(`"${'x'.repeat(200)}"`)
    expect(bodyExcerpt('x'.repeat(201))).toBe(`"${'x'.repeat(200)}..."`)
    expect(bodyExcerpt('😀'.repeat(150))).toBe(`"${'😀'.repeat(150)}"`)
    expect(bodyExcerpt('😀'.repeat(201))).toBe(`"${'😀'.repeat(200)}..."`)
    expect(bodyExcerpt('a \u0080 b')).toBe('"a b"')
  })
})

describe('the concurrency proof and its figures', () => {
  it('reads N or N PATH, 0 for none, and refuses the rest whole', () => {
    expect(parseConcurrency(' 00 ')).toBeUndefined()
    expect(parseConcurrency('1000 /io')).toStrictEqual({ requests: 1000, path: '/io' })
    expect(parseConcurrency('7')).toStrictEqual({ requests: 7, path: undefined })
    expect(parseConcurrency('3 \t /two')).toStrictEqual({ requests: 3, path: '/two' })
    for (const text of ['1001', '10000', 'x5', '5 /a\u0001', '5 /a b', '-1', '5 io', '']) {
      expect(refusal(() => parseConcurrency(` ${text} `))).toBe(
        `concurrency ${JSON.stringify(text.trim())} is not 'N' or 'N PATH' with N from 0 to 1000`
      )
    }
  })
  it('takes the nearest rank of numbers sorted as numbers', () => {
    expect(percentile([100, 9, 10], 50)).toBe(10)
    expect(percentile([100, 9, 10], 0)).toBe(9)
    expect(percentile([100, 9, 10], 100)).toBe(100)
    expect(percentile([4, 3, 2, 1], 26)).toBe(2)
    expect(percentile([4, 3, 2, 1], 25)).toBe(1)
    expect(percentile([], 95)).toBe(0)
  })
})

describe('request() against a server on loopback', () => {
  let server: http.Server
  let base: string
  const seen: { method: string; url: string; connection: string }[] = []
  const open = new Set<http.ServerResponse>()

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        connection: req.headers.connection ?? ''
      })
      const url = new URL(req.url ?? '/', 'http://x')
      const size = Number(url.searchParams.get('size') ?? '0')
      switch (url.pathname) {
        case '/bytes':
          res.writeHead(Number(url.searchParams.get('status') ?? '200'))
          res.end(Buffer.alloc(size, 'a'))
          return
        case '/silent':
          open.add(res)
          return
        case '/cut':
          res.writeHead(200)
          res.write('half of it')
          setTimeout(() => res.socket?.destroy(), 20)
          return
        case '/drip':
          open.add(res)
          res.writeHead(503)
          res.write('first part')
          return
        case '/endless': {
          res.writeHead(200)
          const chunk = Buffer.alloc(64 * 1024, 'b')
          const pump = (): void => {
            while (!res.destroyed && res.write(chunk));
            if (!res.destroyed) res.once('drain', pump)
          }
          res.on('error', () => undefined)
          pump()
          return
        }
        default:
          res.writeHead(200)
          res.end(`${req.method} ${req.url}`)
      }
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    for (const res of open) res.destroy()
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  })

  /** Timers of this process: a request leaves none behind (one would hold the action open; one
   * of Jest's own may end meanwhile, hence at most as many as before). */
  const timers = (): number =>
    process.getActiveResourcesInfo().filter(kind => kind === 'Timeout').length
  /** Timers once those of the request's sockets are gone: a socket drops its idle timer on
   * 'close', which can come a few ticks after the request settles on a busy machine. Waits a
   * second at most (polling by setImmediate, no timer of its own): a request's own timer
   * (minutes) would still be there. */
  async function timersAfter(before: number): Promise<number> {
    const end = Date.now() + 1000
    while (timers() > before && Date.now() < end) await new Promise(r => setImmediate(r))
    return timers()
  }

  it('answers with the status, the whole body and the time taken, closing its connection', async () => {
    const before = timers()
    seen.length = 0
    const got = await request(`${base}/hello?x=1`, 'POST', 5000)
    expect(got).toStrictEqual({
      status: 200,
      ms: got.ms,
      body: 'POST /hello?x=1',
      truncated: false
    })
    expect(got.ms).toBeGreaterThan(0)
    expect(got.ms).toBeLessThan(5000)
    expect(seen).toEqual([{ method: 'POST', url: '/hello?x=1', connection: 'close' }])
    expect(await timersAfter(before)).toBeLessThanOrEqual(before)
  })

  it('keeps the first keepBytes of a body and says it was cut', async () => {
    const exact = await request(`${base}/bytes?size=1000&status=404`, 'GET', 5000, undefined, {
      keepBytes: 1000
    })
    expect([exact.status, exact.body, exact.truncated]).toEqual([404, 'a'.repeat(1000), false])
    const cut = await request(`${base}/bytes?size=200000`, 'GET', 5000, undefined, {
      keepBytes: 1000
    })
    expect([cut.body, cut.truncated]).toEqual(['a'.repeat(1000), true])
    const kept = await request(`${base}/bytes?size=70000`, 'GET', 5000)
    expect([kept.body.length, kept.truncated]).toEqual([64 * 1024, true])
  })

  it('stops reading a body beyond readLimit, keeping what it kept', async () => {
    const before = timers()
    const err = await request(`${base}/endless`, 'GET', 10000, undefined, {
      keepBytes: 10,
      readLimit: 2 * 1024 * 1024
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BodyError)
    const { message, status, body } = err as BodyError
    expect(message).toMatch(/^answered 200 but its body goes on beyond 2 MiB \((\d+) bytes read\)$/)
    expect(Number(/\((\d+) bytes/.exec(message)?.[1])).toBeGreaterThan(2 * 1024 * 1024)
    expect([status, body]).toEqual([200, 'bbbbbbbbbb'])
    expect(await timersAfter(before)).toBeLessThanOrEqual(before)
  })

  it('holds one deadline: no answer at all, or a body that does not end', async () => {
    const before = timers()
    await expect(request(`${base}/silent`, 'GET', 150)).rejects.toThrow(
      new Error('no answer within 150 ms')
    )
    const err = await request(`${base}/drip`, 'GET', 150).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BodyError)
    const { message, status, body } = err as BodyError
    expect([message, status, body]).toEqual([
      'answered 503 but its body did not end within 150 ms (10 bytes read)',
      503,
      'first part'
    ])
    expect(await timersAfter(before)).toBeLessThanOrEqual(before)
  })

  it('fails at once when the app drops the connection in the middle of the body', async () => {
    const before = timers()
    const started = Date.now()
    await expect(request(`${base}/cut`, 'GET', 60000)).rejects.toThrow('aborted')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await timersAfter(before)).toBeLessThanOrEqual(before)
  })

  it('ends at once when its signal aborts, or when nothing listens', async () => {
    const before = timers()
    const controller = new AbortController()
    const pending = request(`${base}/silent`, 'GET', 60000, controller.signal)
    setTimeout(() => controller.abort(), 20)
    const started = Date.now()
    await expect(pending).rejects.toThrow(/aborted/)
    expect(Date.now() - started).toBeLessThan(5000)
    await expect(request('http://127.0.0.1:1/', 'GET', 60000)).rejects.toThrow(/ECONNREFUSED/)
    expect(await timersAfter(before)).toBeLessThanOrEqual(before)
  })

  it('concurrentGets sends N GETs at once and counts what failed or answered 500 and above', async () => {
    seen.length = 0
    const ok = await concurrentGets(base, '/bytes?size=3', 4, 5000)
    expect(seen.map(s => `${s.method} ${s.url}`)).toEqual(Array(4).fill('GET /bytes?size=3'))
    expect(ok).toStrictEqual({
      path: '/bytes?size=3',
      requests: 4,
      errors: 0,
      p50Ms: ok.p50Ms,
      p95Ms: ok.p95Ms,
      wallMs: ok.wallMs
    })
    for (const ms of [ok.p50Ms, ok.p95Ms, ok.wallMs]) expect(Number.isInteger(ms)).toBe(true)
    expect(ok.p50Ms).toBeLessThanOrEqual(ok.p95Ms)
    expect(ok.p95Ms).toBeLessThanOrEqual(ok.wallMs)
    expect((await concurrentGets(base, '/bytes?status=500', 3, 5000)).errors).toBe(3)
    expect((await concurrentGets(base, '/bytes?status=499', 3, 5000)).errors).toBe(0)
    const sent = performance.now()
    const none = await concurrentGets(base, '/silent', 2, 100)
    const waited = performance.now() - sent
    expect([none.errors, none.p50Ms, none.p95Ms]).toEqual([2, 0, 0])
    expect(none.wallMs).toBeGreaterThanOrEqual(100)
    expect(none.wallMs).toBeLessThanOrEqual(Math.ceil(waited))
  })
})

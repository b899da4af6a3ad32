// The boot watch line by line: what each kind of log line makes of the verdict (failures, final,
// reason, Pebble's uid and bare words). It turns "the app died" into a verdict in milliseconds, so
// every line kind it tells apart has a case here that changes what the user is told.
import { describe, expect, it } from '@jest/globals'
import { BootWatch, freshEntries, logText, servingException } from '../../src/smoke/boot-watch.js'

const at = '2026-11-25T01:55:08.501Z'
/** A line of the flask service's output, as Pebble logs it. */
const flask = (text: string): string => `${at} [flask] ${text}`
/** A notice of real Pebble (stderr, `[pebble]`). */
const pebble = (text: string): string => `${at} [pebble] ${text}`
/** A notice of Pebble with no source (the stand-in, older Pebble). */
const notice = (text: string): string => `${at} ${text}`
const STOPPED = 'Service "flask" stopped unexpectedly with code 3'

function watchOf(lines: string[]): BootWatch {
  const watch = new BootWatch()
  for (const line of lines) watch.add(line)
  return watch
}

/** What the user is told, whole. */
function verdict(watch: BootWatch): {
  failures: number
  final: boolean
  reason: string
  pebbleUid: number | undefined
  lastBareLine: string | undefined
} {
  return {
    failures: watch.failures,
    final: watch.final,
    reason: watch.reason,
    pebbleUid: watch.pebbleUid,
    lastBareLine: watch.lastBareLine
  }
}

describe('BootWatch: Pebble notices', () => {
  it('says nothing happened before any line', () => {
    expect(verdict(new BootWatch())).toEqual({
      failures: 0,
      final: false,
      reason: 'the flask service stopped',
      pebbleUid: undefined,
      lastBareLine: undefined
    })
  })

  it("counts real Pebble's [pebble] stop notices, each one, and trims its words", () => {
    const watch = watchOf([
      pebble(STOPPED),
      pebble('Service "flask" on-failure action is "restart"'),
      pebble(`${STOPPED}   `)
    ])
    expect(verdict(watch)).toEqual({
      failures: 2,
      final: false,
      reason: `Pebble: ${STOPPED}`,
      pebbleUid: undefined,
      lastBareLine: undefined
    })
  })

  it('counts a stop notice with no source, also a negative (signal) code', () => {
    expect(verdict(watchOf([notice('Service "flask" stopped unexpectedly with code -9')]))).toEqual(
      {
        failures: 1,
        final: false,
        reason: 'Pebble: Service "flask" stopped unexpectedly with code -9',
        pebbleUid: undefined,
        lastBareLine: undefined
      }
    )
  })

  it('does not count other services stopping, or a notice that only mentions the words', () => {
    const watch = watchOf([
      notice('Service "other" stopped unexpectedly with code 1'),
      notice('Service "flask-worker" stopped unexpectedly with code 1'),
      pebble(`Note: ${STOPPED}`),
      notice('Service "flask" stopped unexpectedly with code x')
    ])
    expect(verdict(watch)).toEqual({
      failures: 0,
      final: false,
      reason: 'the flask service stopped',
      pebbleUid: undefined,
      lastBareLine: undefined
    })
  })

  it('a start Pebble will not retry is final, not a counted failure', () => {
    const words =
      'Change 12 task (Start service "flask") failed: cannot start service: exec: "gunicorn": executable file not found in $PATH'
    expect(verdict(watchOf([pebble(`${words}  `)]))).toEqual({
      failures: 0,
      final: true,
      reason: `Pebble: ${words}`,
      pebbleUid: undefined,
      lastBareLine: undefined
    })
  })

  it('is not final on a failed change of another service, or words that only quote it', () => {
    const watch = watchOf([
      notice('Change 3 task (Start service "other") failed: cannot start service: no'),
      notice('Note: Change 3 task (Start service "flask") failed: cannot start service: no')
    ])
    expect(watch.final).toBe(false)
    expect(watch.reason).toBe('the flask service stopped')
  })

  it('reads the uid real Pebble starts as, from its own notice only', () => {
    expect(
      watchOf([pebble('Started daemon. {"event":"sys_startup:584792","ts":1}')]).pebbleUid
    ).toBe(584792)
    expect(watchOf([notice('{"event":"sys_startup:0"}')]).pebbleUid).toBe(0)
    expect(watchOf([flask('{"event":"sys_startup:0"}')]).pebbleUid).toBeUndefined()
    expect(watchOf([pebble('{"event":"sys_startup:"}')]).pebbleUid).toBeUndefined()
  })

  it('takes a stop notice inside a line that does not start with a time as the app talking', () => {
    const watch = watchOf([`garbage ${at} ${STOPPED}`])
    expect(verdict(watch)).toEqual({
      failures: 0,
      final: false,
      reason: `garbage ${at} ${STOPPED}`,
      pebbleUid: undefined,
      lastBareLine: `garbage ${at} ${STOPPED}`
    })
  })
})

describe('BootWatch: lines without a time', () => {
  it("keeps the last non-blank one, trimmed, as Pebble's last words, and as the app's", () => {
    const watch = watchOf([
      'error: cannot listen on :38813  ',
      pebble('Started daemon.'),
      flask('starting'),
      '   ',
      ''
    ])
    expect(watch.lastBareLine).toBe('error: cannot listen on :38813')
    expect(watch.reason).toBe('starting')
  })

  it('reads a bare stop notice as app output, not as a Pebble notice', () => {
    const watch = watchOf([STOPPED])
    expect(watch.failures).toBe(0)
    expect(watch.lastBareLine).toBe(STOPPED)
  })
})

describe("BootWatch: the app's output", () => {
  it("ignores other services' output, even gunicorn-like errors and halts", () => {
    const watch = watchOf([
      flask('app line'),
      `${at} [statsd-exporter] Error: bad mapping`,
      `${at} [worker] [2026-11-25 01:55:08 +0000] [11] [INFO] Reason: Worker failed to boot.`,
      `${at} [worker] Traceback (most recent call last):`,
      `${at} [worker] KeyError: 'x'`
    ])
    expect(verdict(watch)).toEqual({
      failures: 0,
      final: false,
      reason: 'app line',
      pebbleUid: undefined,
      lastBareLine: undefined
    })
  })

  it('names the last app line, trimmed, skipping blank lines and gunicorn INFO lines', () => {
    const watch = watchOf([
      flask('connecting to db  '),
      flask('   '),
      flask('[2026-11-25 01:55:08 +0000] [12] [INFO] Booting worker with pid: 12'),
      flask('[2026-11-25 01:55:08 +0000] [1] [INFO] Worker exiting (pid: 1)')
    ])
    expect(watch.reason).toBe('connecting to db')
  })

  it('keeps gunicorn warnings and lines that only look like INFO lines as the app talking', () => {
    expect(
      watchOf([flask('x'), flask('[2026-11-25 01:55:08 +0000] [12] [WARNING] Worker timeout')])
        .reason
    ).toBe('[2026-11-25 01:55:08 +0000] [12] [WARNING] Worker timeout')
    expect(watchOf([flask('x'), flask('said [t] [12] [INFO] hi')]).reason).toBe(
      'said [t] [12] [INFO] hi'
    )
    expect(watchOf([flask('x'), flask('[t] [pid] [INFO] hi')]).reason).toBe('[t] [pid] [INFO] hi')
  })

  it("prefers gunicorn's one-line error (trimmed) over later app lines", () => {
    const config = watchOf([
      flask("  Error: 'no/such/gunicorn.conf.py' doesn't exist  "),
      flask('later words')
    ])
    expect(config.reason).toBe("Error: 'no/such/gunicorn.conf.py' doesn't exist")
    const find = watchOf([flask("Failed to find attribute 'app' in 'app'."), flask('later')])
    expect(find.reason).toBe("Failed to find attribute 'app' in 'app'.")
  })

  it('does not take words that only contain "Error: " or an empty error as gunicorn\'s error', () => {
    expect(watchOf([flask('Some Error: x'), flask('later')]).reason).toBe('later')
    expect(watchOf([flask('Error: '), flask('later')]).reason).toBe('later')
    expect(watchOf([flask('Failed to find '), flask('later')]).reason).toBe('later')
  })

  it('counts each gunicorn halt, naming it when the app said nothing else', () => {
    const halt = (why: string): string =>
      flask(`[2026-11-25 01:55:08 +0000] [11] [INFO] Reason: ${why}`)
    const watch = watchOf([halt('Worker failed to boot.'), halt('App failed to load.  ')])
    expect(verdict(watch)).toEqual({
      failures: 2,
      final: false,
      reason: 'gunicorn: App failed to load.',
      pebbleUid: undefined,
      lastBareLine: undefined
    })
    // The halt is named ahead of the app's other words, its error after.
    expect(watchOf([flask('other words'), halt('Worker failed to boot.')]).reason).toBe(
      'gunicorn: Worker failed to boot.'
    )
    expect(watchOf([flask('Error: bad'), halt('Worker failed to boot.')]).reason).toBe('Error: bad')
  })

  it('counts no halt for words that only resemble one', () => {
    const watch = watchOf([
      flask('NoReason: App failed to load.'),
      flask('Reason: App failed to load. Retrying'),
      flask('Reason: App failed to loadX')
    ])
    expect(watch.failures).toBe(0)
    expect(watch.reason).toBe('Reason: App failed to loadX')
  })

  it('counts the larger of Pebble stops and gunicorn halts, not their sum', () => {
    const halt = flask('[t] [11] [INFO] Reason: Worker failed to boot.')
    expect(watchOf([halt, notice(STOPPED), halt, notice(STOPPED), notice(STOPPED)]).failures).toBe(
      3
    )
    expect(watchOf([halt, notice(STOPPED), halt]).failures).toBe(2)
  })

  it('joins the app words and Pebble words into one line', () => {
    expect(watchOf([flask('boom'), notice(STOPPED)]).reason).toBe(`boom (Pebble: ${STOPPED})`)
  })
})

describe('BootWatch: tracebacks', () => {
  it('names the exception that ends a traceback, with its module path, over a later error', () => {
    const watch = watchOf([
      flask('Traceback (most recent call last):'),
      flask('  File "/flask/app/app.py", line 3, in <module>'),
      flask('    import db'),
      flask('\tsomething tab-indented'),
      flask('psycopg2.OperationalError: could not connect  '),
      flask('Error: later words'),
      flask('later app words')
    ])
    expect(watch.reason).toBe('psycopg2.OperationalError: could not connect')
  })

  it('names an exception without a message', () => {
    const watch = watchOf([
      flask('Traceback (most recent call last):'),
      flask('  File "/flask/app/app.py", line 3, in <module>'),
      flask('KeyboardInterrupt'),
      flask('Error: later')
    ])
    expect(watch.reason).toBe('KeyboardInterrupt')
  })

  it('names no exception when the traceback ends in words that are not one', () => {
    for (const end of ['Something went wrong here', '[12] Worker: stopped', '1Error: x']) {
      const watch = watchOf([
        flask('Traceback (most recent call last):'),
        flask('  File "/flask/app/app.py", line 3, in <module>'),
        flask(end),
        flask('Error: the gunicorn error')
      ])
      expect(watch.reason).toBe('Error: the gunicorn error')
    }
  })

  it('reads on after the exception: the traceback has ended', () => {
    const watch = watchOf([
      flask('Traceback (most recent call last):'),
      flask('  File "/flask/app/app.py", line 3, in <module>'),
      flask('ValueError: first'),
      flask('Error: not an exception')
    ])
    expect(watch.reason).toBe('ValueError: first')
    // The line that ends a traceback counts as the app's words too.
    const cut = watchOf([
      flask('Traceback (most recent call last):'),
      flask('  File "x", line 1'),
      flask('[12] the end')
    ])
    expect(cut.reason).toBe('[12] the end')
  })

  it('names the last of chained exceptions', () => {
    const watch = watchOf([
      flask('Traceback (most recent call last):'),
      flask('  File "/flask/app/app.py", line 3, in <module>'),
      flask("KeyError: 'DATABASE_URL'"),
      flask(''),
      flask('During handling of the above exception, another exception occurred:'),
      flask(''),
      flask('Traceback (most recent call last):'),
      flask('  File "/flask/app/app.py", line 5, in <module>'),
      flask('RuntimeError: DATABASE_URL is not set'),
      notice(STOPPED)
    ])
    expect(watch.reason).toBe(`RuntimeError: DATABASE_URL is not set (Pebble: ${STOPPED})`)
  })

  it("does not take the traceback header, or a frame, as the app's last words", () => {
    const watch = watchOf([
      flask('app says hi'),
      flask('Traceback (most recent call last):   '),
      flask('  File "/flask/app/app.py", line 3, in <module>')
    ])
    expect(watch.reason).toBe('app says hi')
  })

  it('starts a traceback only on a line that begins with the header', () => {
    const watch = watchOf([
      flask('see: Traceback (most recent call last):'),
      flask('  indented words'),
      flask('Error: x')
    ])
    // Not in a traceback: the indented line is the app's words, and the error is gunicorn's.
    expect(watch.reason).toBe('Error: x')
    expect(
      watchOf([flask('see: Traceback (most recent call last):'), flask('  indented')]).reason
    ).toBe('indented')
  })

  it('reads a traceback from lines Pebble copied as they are (no time, no source)', () => {
    const watch = watchOf([
      'Traceback (most recent call last):',
      '  File "/flask/app/app.py", line 3, in <module>',
      'ImportError: cannot import name x'
    ])
    expect(watch.reason).toBe('ImportError: cannot import name x')
    expect(watch.lastBareLine).toBe('ImportError: cannot import name x')
  })
})

describe('freshEntries', () => {
  const t1 = '2026-11-25T01:55:08.000000001Z'
  const t2 = '2026-11-25T01:55:08.000000002Z'
  const t3 = '2026-11-25T01:55:08.000000003Z'
  const e = (time: string, text: string): { time: string; text: string } => ({ time, text })

  it('skips exactly the entries at the cursor time already read, and only those', () => {
    const read = freshEntries([e(t2, 'a'), e(t2, 'b'), e(t2, 'c'), e(t3, 'd'), e(t3, 'e')], {
      since: t2,
      readAtSince: 2
    })
    expect(read).toEqual({
      fresh: [e(t2, 'c'), e(t3, 'd'), e(t3, 'e')],
      cursor: { since: t3, readAtSince: 2 }
    })
  })

  it('skips nothing when none was read at the cursor time, or the entries are later', () => {
    expect(freshEntries([e(t2, 'a'), e(t2, 'b')], { since: t2, readAtSince: 0 })).toEqual({
      fresh: [e(t2, 'a'), e(t2, 'b')],
      cursor: { since: t2, readAtSince: 2 }
    })
    expect(freshEntries([e(t3, 'a'), e(t2, 'b')], { since: t1, readAtSince: 3 })).toEqual({
      fresh: [e(t3, 'a'), e(t2, 'b')],
      cursor: { since: t2, readAtSince: 1 }
    })
  })

  it('keeps the cursor when the read is empty', () => {
    const cursor = { since: t1, readAtSince: 4 }
    expect(freshEntries([], cursor)).toEqual({ fresh: [], cursor })
  })
})

describe('logText', () => {
  it('joins the entries into lines, in order', () => {
    expect(
      logText([
        { time: '1', text: 'a' },
        { time: '0', text: 'b c' }
      ])
    ).toBe('a\nb c')
    expect(logText([])).toBe('')
  })
})

describe('servingException', () => {
  const listening = flask(
    '[2026-11-25 01:55:08 +0000] [14] [INFO] Listening at: http://0.0.0.0:8000 (14)'
  )
  const traceback = (exception: string): string[] => [
    flask('[2026-11-25 01:55:09,100] ERROR in app: Exception on / [GET]'),
    flask('Traceback (most recent call last):'),
    flask('  File "/flask/app/app.py", line 9, in index'),
    flask('    return str(1 // 0)'),
    flask('               ~~^~~'),
    flask(exception)
  ]

  it("names the serving app's exception, after gunicorn listens", () => {
    expect(
      servingException([
        listening,
        ...traceback('ZeroDivisionError: integer division or modulo by zero')
      ])
    ).toBe('ZeroDivisionError: integer division or modulo by zero')
  })

  it('names the last of several, a chained one included', () => {
    expect(
      servingException([
        listening,
        ...traceback('KeyError: 1'),
        flask(''),
        flask('During handling of the above exception, another exception occurred:'),
        flask(''),
        flask('Traceback (most recent call last):'),
        flask('  File "/flask/app/app.py", line 12, in index'),
        flask('RuntimeError: second')
      ])
    ).toBe('RuntimeError: second')
  })

  it("ignores a failed boot's traceback before the last listening line", () => {
    expect(
      servingException([
        ...traceback('ConnectionRefusedError: the database is not up yet'),
        pebble(STOPPED),
        listening,
        flask('[2026-11-25 01:55:10 +0000] [15] [INFO] Booting worker with pid: 15')
      ])
    ).toBeUndefined()
  })

  it("ignores another service's traceback and a log without one", () => {
    expect(
      servingException([
        listening,
        `${at} [celery-worker] Traceback (most recent call last):`,
        `${at} [celery-worker] ValueError: not ours`
      ])
    ).toBeUndefined()
    expect(servingException([])).toBeUndefined()
  })

  it('reads the whole log when gunicorn never said it listens', () => {
    expect(servingException(traceback('ValueError: bad'))).toBe('ValueError: bad')
  })
})

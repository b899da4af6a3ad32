// Reading the container's log while the app boots: Pebble's notices and the flask service's output,
// to tell as soon as the log proves that the app cannot start, and why, in Pebble's and the app's words.
import type { LogEntry } from './docker.js'

/** Where the next `docker logs --since` read starts, and how many entries at that time were read. */
export interface LogCursor {
  since?: string
  readAtSince: number
}

/**
 * The entries of a `docker logs --since cursor.since` read that were not read before: Docker keeps
 * entries taken exactly at `since`, so the first `readAtSince` of those are skipped.
 */
export function freshEntries(
  entries: LogEntry[],
  cursor: LogCursor
): { fresh: LogEntry[]; cursor: LogCursor } {
  let skip = cursor.readAtSince
  const fresh = entries.filter(e => !(e.time === cursor.since && skip-- > 0))
  if (entries.length === 0) return { fresh, cursor }
  const since = entries[entries.length - 1].time
  return { fresh, cursor: { since, readAtSince: entries.filter(e => e.time === since).length } }
}

// Pebble prefixes every line with a timestamp and its source: `[pebble]` for its own notices (real
// Pebble, on stderr), the service's name for service output (on stdout). The stand-in writes its
// notices with no source at all (internals/servicelog/formatter.go, internals/logger/logger.go).
const PEBBLE_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (?:\[([^\]]+)\] )?(.*)$/
const FLASK_STOPPED = /^Service "flask" stopped unexpectedly with code (-?\d+)/
// A start Pebble will not retry (a missing program, a user it cannot switch to).
const FLASK_NOT_STARTED =
  /^Change \d+ task \(Start service "flask"\) failed: cannot start service: /
// Real Pebble from v1.2x logs the uid it runs as when it starts.
const PEBBLE_STARTUP = /"event":"sys_startup:(\d+)"/
// gunicorn's arbiter halts with one of these when a worker cannot boot (gunicorn 20-23).
const GUNICORN_HALT = /\bReason: (Worker failed to boot\.|App failed to load\.)\s*$/
// gunicorn's own one-line errors: a bad config ("Error: ..."), an app object it cannot find.
const GUNICORN_ERROR = /^(?:Error: .+|Failed to find .+)$/
// gunicorn's routine lines ("[2026-11-25 12:28:49 +0000] [14] [INFO] ..."): not last words.
const GUNICORN_INFO = /^\[[^\]]+\] \[\d+\] \[INFO\] /

/**
 * Reads the container log, line by line, for the flask service failing to boot: Pebble saying it
 * stopped (or could not start it at all), or gunicorn halting because a worker could not boot
 * (either one counts each failure, whichever Pebble or gunicorn version wrote the log), and the
 * last words of Pebble and of the app about why.
 */
export class BootWatch {
  private pebbleStops = 0
  private gunicornHalts = 0
  private notStarted = false
  private inTraceback = false
  private lastException: string | undefined
  private lastError: string | undefined
  private lastHalt: string | undefined
  private lastAppLine: string | undefined
  private pebbleWords: string | undefined
  /** The uid Pebble said it started as (real Pebble from v1.2x), if it said so. */
  pebbleUid: number | undefined
  /** The last line without Pebble's timestamp: how Pebble words a fatal error before it exits. */
  lastBareLine: string | undefined

  add(line: string): void {
    const pebble = PEBBLE_LINE.exec(line)
    if (pebble && (pebble[1] === undefined || pebble[1] === 'pebble')) {
      this.addNotice(pebble[2])
      return
    }
    if (pebble && pebble[1] !== 'flask') return // another service's output
    if (!pebble && line.trim() !== '') this.lastBareLine = line.trim()
    // Lines without Pebble's prefix are taken as the app's too (a Pebble that copies output as is).
    this.addAppLine(pebble ? pebble[2] : line)
  }

  private addNotice(text: string): void {
    const uid = PEBBLE_STARTUP.exec(text)
    if (uid) this.pebbleUid = Number(uid[1])
    if (FLASK_STOPPED.test(text)) {
      this.pebbleStops++
      this.pebbleWords = text.trim()
    } else if (FLASK_NOT_STARTED.test(text)) {
      this.notStarted = true
      this.pebbleWords = text.trim()
    }
  }

  private addAppLine(text: string): void {
    if (this.inTraceback) {
      // Frames are indented; the first line that is not ends the traceback: the exception.
      if (/^\s/.test(text)) return
      this.inTraceback = false
      if (/^[A-Za-z_][\w.]*(?::|$)/.test(text)) this.lastException = text.trim()
    }
    if (text.startsWith('Traceback (most recent call last):')) {
      this.inTraceback = true
      return
    }
    const halt = GUNICORN_HALT.exec(text)
    if (halt) {
      this.gunicornHalts++
      this.lastHalt = halt[1]
    } else if (GUNICORN_ERROR.test(text.trim())) {
      this.lastError = text.trim()
    } else if (text.trim() !== '' && !GUNICORN_INFO.test(text)) {
      this.lastAppLine = text.trim()
    }
  }

  /** The exception of the last traceback the app wrote (its last line), if any. */
  get exception(): string | undefined {
    return this.lastException
  }

  /** Failed boots so far. */
  get failures(): number {
    return Math.max(this.pebbleStops, this.gunicornHalts)
  }

  /** Pebble will not try again: the verdict needs no second failure. */
  get final(): boolean {
    return this.notStarted
  }

  /** Why, in one line: the app's last words (its exception, gunicorn's error), then Pebble's. */
  get reason(): string {
    const app =
      this.lastException ??
      this.lastError ??
      (this.lastHalt ? `gunicorn: ${this.lastHalt}` : undefined) ??
      this.lastAppLine
    const pebble = this.pebbleWords && `Pebble: ${this.pebbleWords}`
    if (app && pebble) return `${app} (${pebble})`
    return app ?? pebble ?? 'the flask service stopped'
  }
}

// gunicorn's arbiter, once its socket is bound: what comes after is the serving app's.
const GUNICORN_LISTENING = /\[INFO\] Listening at: /

/**
 * The exception the serving app raised, from the log lines (oldest first): the last traceback
 * after gunicorn's last `Listening at:` line (a traceback of an earlier, failed boot is not the
 * answer's), or in all of them when no such line is there.
 */
export function servingException(lines: string[]): string | undefined {
  let from = 0
  lines.forEach((line, i) => {
    if (GUNICORN_LISTENING.test(line)) from = i + 1
  })
  const watch = new BootWatch()
  for (const line of lines.slice(from)) watch.add(line)
  return watch.exception
}

/** `docker logs` lines as the log shows them: each stream's entries interleaved by time. */
export function logText(entries: LogEntry[]): string {
  return entries.map(e => e.text).join('\n')
}

// The one deadline and memory bound of a rock's read (src/rock/limits.ts): where each limit is
// crossed, to the millisecond and the byte, and the line the user reads then. Time is Jest's
// fake clock, so the edges are exact.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { RockError } from '../../src/rock/error.js'
import { DEFAULT_LIMITS, ReadBudget, sizeText } from '../../src/rock/limits.js'
import { thrownMessage } from '../support/thrown.js'

/** The RockError `f` throws, by its whole message. */
const refusal = (f: () => void): string => thrownMessage(f, RockError)

const limits = { deadlineMs: 1500, memoryBytes: 2048, unpackedBytes: 3 * 1024 * 1024 }

describe('the read budget', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('gives a read five minutes, 256 MiB kept and 32 GiB unpacked unless told otherwise', () => {
    expect(DEFAULT_LIMITS).toStrictEqual({
      deadlineMs: 300_000,
      memoryBytes: 268_435_456,
      unpackedBytes: 34_359_738_368
    })
  })

  it('holds its deadline to the millisecond, and counts down to zero', () => {
    const budget = new ReadBudget(limits)
    expect(budget.msLeft()).toBe(1500)
    jest.setSystemTime(1_001_500)
    budget.checkTime()
    expect(budget.msLeft()).toBe(0)
    jest.setSystemTime(1_001_501)
    expect(refusal(() => budget.checkTime())).toBe('the read took longer than 2 s')
    jest.setSystemTime(1_009_000)
    expect(budget.msLeft()).toBe(0)
  })

  it('keeps up to its memory bound, and less again once released', () => {
    const budget = new ReadBudget(limits)
    budget.keep(2000)
    budget.keep(48)
    expect(refusal(() => budget.keep(1))).toBe('the read would keep more than 2 KiB in memory')
    const again = new ReadBudget(limits)
    again.keep(2048)
    again.release(1000)
    again.keep(1000)
    expect(refusal(() => again.keep(1))).toBe('the read would keep more than 2 KiB in memory')
  })

  it('unpacks up to its bound over all layers together', () => {
    const budget = new ReadBudget(limits)
    budget.unpack(2 * 1024 * 1024)
    budget.unpack(1024 * 1024)
    expect(refusal(() => budget.unpack(1))).toBe('its layers unpack to more than 3 MiB')
  })
})

describe('a size in a message', () => {
  it('is whole KiB below one MiB, whole MiB from there, rounded', () => {
    expect(sizeText(1024 * 1024)).toBe('1 MiB')
    expect(sizeText(1024 * 1024 - 1)).toBe('1024 KiB')
    expect(sizeText(1536)).toBe('2 KiB')
    expect(sizeText(1535)).toBe('1 KiB')
    expect(sizeText(2.5 * 1024 * 1024)).toBe('3 MiB')
    expect(sizeText(256 * 1024 * 1024)).toBe('256 MiB')
  })
})

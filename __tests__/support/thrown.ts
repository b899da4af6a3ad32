import { expect } from '@jest/globals'

/** The whole message of the error `f` throws, after asserting the error's class; fails when it throws nothing. */
export function thrownMessage(
  f: () => unknown,
  errorClass: abstract new (...args: never[]) => Error
): string {
  try {
    f()
  } catch (err) {
    expect(err).toBeInstanceOf(errorClass)
    return (err as Error).message
  }
  throw new Error('no refusal')
}

/** The whole message of the error `promise` rejects with, after asserting the error's class; fails when it resolves. */
export async function rejectionMessage(
  promise: Promise<unknown>,
  errorClass: abstract new (...args: never[]) => Error
): Promise<string> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(errorClass)
    return (err as Error).message
  }
  throw new Error('no refusal')
}

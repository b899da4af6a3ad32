/** The smoke test failed: the message is one line saying why (details were logged before). */
export class SmokeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SmokeError'
  }
}

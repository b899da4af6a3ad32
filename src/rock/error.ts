/** A rock that cannot be read, or should not be: the message is one line and never quotes the file. */
export class RockError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RockError'
  }
}

// The registry edge's one failure a user can act on (publish and merge alike).

/** A publish or merge failure a user can act on: one clear message, no stack trace needed. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishError'
  }
}

// The check's errors, apart from its code: the CLI tells them from its own before it loads the check.
/** A user mistake that stops the check entirely: one clear line, never a stack trace. */
export class ProjectError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'ProjectError'
  }
}

/** A project directory or init option that cannot be used: the command line is wrong (CLI exit 2). */
export class ProjectUsageError extends ProjectError {}

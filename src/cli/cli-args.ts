// node:util parseArgs's own messages, in the CLI's words: its unknown-option message ends with an
// unbalanced quote (`as in '-- "--bogus"`) and explains '--' at more length than a usage line needs.

/** One line for a parseArgs error (ERR_PARSE_ARGS_*); other errors keep their message. */
export function argsErrorText(err: Error & { code?: string }): string {
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /^Unknown option '(.*?)'\./.exec(err.message)?.[1]
    if (option !== undefined) {
      return `unknown option '${option}'`
    }
  }
  return err.message
}

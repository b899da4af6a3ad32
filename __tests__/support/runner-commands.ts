// The runner's reading of a step's log, modelled for tests: `::cmd::` at a line's start after
// spaces, the legacy `##[cmd]` anywhere in a line (the `::` form is tried first), and nothing but
// the token while stop-commands is on (actions/runner's ActionCommandManager).

/** The workflow commands a runner would act on in `log`, in order ("name data"). */
export function commandsSeen(log: string): string[] {
  const seen: string[] = []
  let stopToken: string | undefined
  for (const line of log.split(/\r\n|\r|\n/)) {
    const v2 = /^::([A-Za-z-]+|[0-9a-f]+)(?: [^:]*)?::(.*)$/.exec(line.trimStart())
    const v1 = /##\[([A-Za-z-]+)(?: [^\]]*)?\](.*)$/.exec(line)
    const m = v2 ?? v1
    if (!m) continue
    const [, name, data] = m
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined
      continue
    }
    if (name === 'stop-commands') stopToken = data
    else seen.push(`${name} ${data}`)
  }
  return seen
}

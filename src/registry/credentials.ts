// Whose credentials, and whether to push at all: a fork's pull request gets no secrets from
// GitHub and a read-only GITHUB_TOKEN, so publishing there is skipped (with a notice) unless the
// user opts in with push-from-forks.
import { readFile } from 'node:fs/promises'
import { PublishError } from './error.js'

/** Whether this run is a pull request from a fork, from the runner's event payload. */
export function isForkPullRequest(eventName: string, payload: unknown): boolean {
  if (
    ![
      'pull_request',
      'pull_request_target',
      'pull_request_review',
      'pull_request_review_comment'
    ].includes(eventName)
  ) {
    return false
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | undefined)?.pull_request
  const head = (pr?.head as { repo?: { full_name?: string } | null } | undefined)?.repo
  const base = (pr?.base as { repo?: { full_name?: string } | null } | undefined)?.repo
  // A deleted fork leaves head.repo null: still not the base repository.
  if (!head?.full_name || !base?.full_name) return true
  return head.full_name !== base.full_name
}

/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; not a fork when they are missing or unreadable. */
export async function githubEvent(
  env: NodeJS.ProcessEnv = process.env
): Promise<{ isFork: boolean }> {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const file = env.GITHUB_EVENT_PATH ?? ''
  if (name === '' || file === '') return { isFork: false }
  try {
    return { isFork: isForkPullRequest(name, JSON.parse(await readFile(file, 'utf8'))) }
  } catch {
    return { isFork: false }
  }
}

/**
 * Why nothing is pushed from a fork's pull request: without push-from-forks, never (its
 * GITHUB_TOKEN is read-only, and a pull_request_target run would push what the fork wrote);
 * with it, when no credentials came (GitHub withholds secrets from forks). Undefined: push.
 */
export function pushSkip(
  username: string,
  password: string,
  isFork: boolean,
  pushFromForks: boolean
): string | undefined {
  if (isFork && !pushFromForks) {
    return 'this is a pull request from a fork, which does not push (set push-from-forks: true to push anyway)'
  }
  return credentialsSkip(username, password, isFork)
}

/**
 * Why nothing is pushed: a fork's pull request without credentials (GitHub withholds secrets
 * there). Throws for half the credentials, or a user name the auth file cannot carry.
 */
export function credentialsSkip(
  username: string,
  password: string,
  isFork: boolean
): string | undefined {
  if (username === '' || password === '') {
    if (isFork) {
      return 'this is a pull request from a fork and no registry credentials were given (GitHub withholds secrets from forks)'
    }
    if (username !== '' || password !== '') {
      throw new PublishError(
        `Inputs 'registry-username' and 'registry-password' go together: give both or neither`
      )
    }
  }
  if (username.includes(':')) {
    throw new PublishError(`Input 'registry-username' cannot contain ':'`)
  }
  return undefined
}

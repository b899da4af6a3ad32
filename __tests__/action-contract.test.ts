// action.yml, the code and the README must agree: every input is read and documented, every output set.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string; post: string }
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const readme = readFileSync('README.md', 'utf8')
const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter(f => f.endsWith('.ts'))
  .map(f => readFileSync(join('src', f), 'utf8'))
  .join('\n')

function section(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme)
  if (!match) throw new Error(`README has no ${name} section`)
  return match[1]
}

describe('action.yml', () => {
  it('runs on node24 with a post step', () => {
    expect(action.runs).toMatchObject({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js'
    })
  })

  it('has a description the Marketplace shows whole (at most 125 characters)', () => {
    const { description } = parse(readFileSync('action.yml', 'utf8')) as { description: string }
    expect(description.length).toBeGreaterThan(20)
    expect(description.length).toBeLessThanOrEqual(125)
  })

  it('documents every input in the README table with its default and description', () => {
    const rows = Object.entries(action.inputs).map(
      ([name, i]) => `| \`${name}\` | ${i.default ? `\`${i.default}\` ` : ''}| ${i.description} |`
    )
    expect(section('inputs').trim().split('\n').slice(2)).toEqual(rows)
  })

  it('documents every output in the README table', () => {
    const rows = Object.entries(action.outputs).map(
      ([name, o]) => `| \`${name}\` | ${o.description} |`
    )
    expect(section('outputs').trim().split('\n').slice(2)).toEqual(rows)
  })

  it.each(Object.keys(action.inputs))('reads input %s in the code', name => {
    expect(sources).toMatch(new RegExp(`(get|read)\\('${name}'\\)`))
  })

  it.each(Object.keys(action.outputs))('sets output %s in the code', name => {
    expect(sources).toMatch(new RegExp(`setOutput\\('${name}'`))
  })
})

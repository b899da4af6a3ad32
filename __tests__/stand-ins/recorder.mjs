#!/usr/bin/env node
// Stand-in for the runner tools this action drives and this machine lacks or must not touch:
// sudo, apt-get, snap, lxd, lxc, iptables, groupadd, usermod and rockcraft. One script, linked
// under each name in a test's bin directory; it records its argv and acts just enough like the
// real tool for the next step to see the effect (apt-get install snapd puts `snap` on PATH...).
//
// Environment:
//   STANDIN_DIR   the test's directory: bin/ (the links), calls.jsonl (the record), scenario.json
//   scenario.json [{ "match": "snap install rockcraft", "fail": 2, "stderr": "...", "exit": 1 }]:
//                 the first `fail` calls whose argv starts with `match` fail that way; with
//                 "hangMs", they first hang that long (a hung snapd), to be killed by a time-out.
//   STANDIN_NESTED set by the sudo stand-in for the command it runs: recorded once, under sudo.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'

const dir = process.env.STANDIN_DIR
if (!dir) {
  process.stderr.write('stand-in: STANDIN_DIR is not set\n')
  process.exit(2)
}
const bin = path.join(dir, 'bin')
const name = path.basename(process.argv[1])
const args = process.argv.slice(2)
const line = [name, ...args].join(' ')

if (!process.env.STANDIN_NESTED) {
  fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify([name, ...args]) + '\n')
}

// Scripted failures.
const scenarioFile = path.join(dir, 'scenario.json')
if (fs.existsSync(scenarioFile)) {
  const rules = JSON.parse(fs.readFileSync(scenarioFile, 'utf8'))
  rules.forEach((rule, i) => {
    if (line !== rule.match && !line.startsWith(rule.match + ' ')) return
    const countFile = path.join(dir, `count-${i}`)
    const count = fs.existsSync(countFile) ? Number(fs.readFileSync(countFile, 'utf8')) : 0
    fs.writeFileSync(countFile, String(count + 1))
    if (count < rule.fail) {
      // Blocks without a busy loop; SIGTERM still ends the process (no handler is installed).
      if (rule.hangMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, rule.hangMs)
      process.stderr.write(rule.stderr + '\n')
      process.exit(rule.exit ?? 1)
    }
  })
}

const link = tool => {
  const target = path.join(bin, tool)
  if (!fs.existsSync(target)) fs.symlinkSync(process.argv[1], target)
}

switch (name) {
  case 'sudo': {
    // Drop sudo's own options, then run the command as this user, recorded once.
    let i = 0
    while (i < args.length && args[i].startsWith('-')) {
      i += args[i] === '--user' || args[i] === '-u' ? 2 : 1
    }
    const r = spawnSync(args[i], args.slice(i + 1), {
      stdio: 'inherit',
      env: { ...process.env, STANDIN_NESTED: '1' }
    })
    if (r.error) {
      process.stderr.write(`sudo: ${args[i]}: command not found\n`)
      process.exit(1)
    }
    process.exit(r.status ?? 1)
    break
  }
  case 'apt-get':
    if (args[0] === 'install' && args.includes('snapd')) link('snap')
    break
  case 'snap':
    if (args[0] === 'install' && args[1] === 'lxd') {
      link('lxd')
      link('lxc')
    }
    if (args[0] === 'install' && args[1] === 'rockcraft') link('rockcraft')
    if (args[0] === 'install' || args[0] === 'refresh') {
      // snapd moves to the revision asked for, or to the channel's (here: a fixed number).
      const at = args.indexOf('--revision')
      fs.writeFileSync(path.join(dir, `rev-${args[1]}`), at > 0 ? args[at + 1] : '3339')
    }
    if (args[0] === 'changes') {
      // What snapd showed while its installs hung (runner-images#13852), shortened.
      process.stdout.write(
        'ID   Status  Spawn                   Ready  Summary\n' +
          '3    Doing   today at 05:01 UTC      -      Install "rockcraft" snap\n'
      )
    }
    if (args[0] === 'list') {
      if (!fs.existsSync(path.join(bin, args[1]))) {
        process.stderr.write(`error: no snap matching "${args[1]}"\n`)
        process.exit(1)
      }
      const revFile = path.join(dir, `rev-${args[1]}`)
      const rev = fs.existsSync(revFile) ? fs.readFileSync(revFile, 'utf8') : '3001'
      process.stdout.write(
        'Name       Version  Rev    Tracking       Publisher   Notes\n' +
          `${args[1].padEnd(10)} 1.20.0   ${rev.padEnd(6)} latest/stable  canonical✓  classic\n`
      )
    }
    break
  case 'lxd':
    if (args[0] === 'init') fs.writeFileSync(path.join(dir, 'lxd-initialised'), '')
    break
  case 'lxc':
    if (args[0] === 'storage' && fs.existsSync(path.join(dir, 'lxd-initialised'))) {
      process.stdout.write('default,,dir,CREATED,1\n')
    }
    break
  case 'rockcraft':
    rockcraft()
    break
  default:
    // iptables, groupadd, usermod: recorded, nothing more.
    break
}
process.exit(0)

function rockcraft() {
  if (args[0] === '--version') {
    process.stdout.write('rockcraft 1.20.0\n')
    return
  }
  if (args[0] === 'expand-extensions') {
    const f = path.join(dir, 'expansion.yaml')
    process.stdout.write(fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : 'name: x\n')
    return
  }
  if (args[0] !== 'pack') return
  // What the build saw, for the test to check what reached it.
  const cacheHome = process.env.XDG_CACHE_HOME
  let cache = 'none'
  if (cacheHome) {
    // Like pip: reuse a built wheel when the cache holds it, else build and keep it.
    const wheel = path.join(cacheHome, 'pip', 'wheels', '5f', 'flask-3.0.0-py3-none-any.whl')
    cache = fs.existsSync(wheel) ? 'warm' : 'cold'
    fs.mkdirSync(path.dirname(wheel), { recursive: true })
    fs.writeFileSync(wheel, 'wheel')
  }
  fs.writeFileSync(
    path.join(dir, 'pack-env.json'),
    JSON.stringify({
      cwd: process.cwd(),
      cache,
      XDG_CACHE_HOME: cacheHome ?? null,
      GOMODCACHE: process.env.GOMODCACHE ?? null,
      ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS:
        process.env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS ?? null
    })
  )
  if (fs.existsSync(path.join(dir, 'pack-writes-nothing'))) return
  // Like rockcraft: one rock per platform that builds on this machine's architecture, named
  // after the platform (a label may be an architecture or a name with build-on/build-for).
  // --platform picks one; destructive mode refuses more than one (craft-application's
  // MultipleBuildsError).
  const project = parse(fs.readFileSync('rockcraft.yaml', 'utf8'))
  const host = { x64: 'amd64', arm64: 'arm64' }[process.arch] ?? process.arch
  const at = args.indexOf('--platform')
  const plan = Object.entries(project.platforms ?? {}).filter(
    ([platform, p]) =>
      (p?.['build-on'] ?? [platform]).includes(host) && (at < 0 || args[at + 1] === platform)
  )
  if (plan.length > 1 && args.includes('--destructive-mode')) {
    process.stderr.write(
      `Multiple builds match the current platform: ${plan.map(([name]) => name).join(' and ')}\n`
    )
    process.exit(1)
  }
  for (const [platform] of plan) {
    fs.writeFileSync(
      `${project.name}_${project.version}_${platform}.rock`,
      'not really an OCI archive'
    )
  }
}

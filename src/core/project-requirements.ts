// The dependency files as rockcraft reads them: requirements.txt, pyproject.toml, uv.lock, and
// where flask is declared in ways rockcraft does not read.
import * as path from 'node:path'
import type { TomlError } from 'smol-toml'
import type { CheckResult, Problem } from './check.js'
import { isMapping, partName, usesUv, UV_WITHOUT_PYPROJECT, type Yaml } from './expand.js'
import {
  exists,
  MAX_REQUIREMENTS_BYTES,
  MAX_UV_LOCK_BYTES,
  readProjectText
} from './project-files.js'
import { pythonUtf8Error, requirementName, splitLines } from './requirements.js'

/** smol-toml's parse, loaded only for a project with pyproject.toml or uv.lock: most checks never
 * parse TOML, and the CLI starts faster without it. */
async function parseToml(text: string): Promise<unknown> {
  return (await import('smol-toml')).parse(text)
}

interface Requirements {
  names: Set<string>
  problems: Problem[]
  /** rockcraft would crash reading them */
  crashes: Problem[]
  hints: Problem[]
  files: string[]
  hasRequirementsTxt: boolean
  hasAny: boolean
}

export async function readRequirements(dir: string): Promise<Requirements> {
  const out: Requirements = {
    names: new Set(),
    problems: [],
    crashes: [],
    hints: [],
    files: [],
    hasRequirementsTxt: false,
    hasAny: false
  }
  const reqFile = path.join(dir, 'requirements.txt')
  if (await exists(reqFile)) {
    out.hasRequirementsTxt = out.hasAny = true
    out.files.push(reqFile)
    const { text, problem, bytes } = await readProjectText(
      dir,
      'requirements.txt',
      MAX_REQUIREMENTS_BYTES
    )
    // rockcraft reads it with Path.read_text(), UTF-8 and strict: other bytes crash rockcraft
    const crash = bytes && pythonUtf8Error(bytes)
    if (crash) {
      const utf16 = bytes[0] + bytes[1] === 0xff + 0xfe && bytes[0] !== bytes[1]
      out.crashes.push({
        message: `rockcraft would crash reading requirements.txt: Path.read_text() decodes it as UTF-8 and raises ${crash}${utf16 ? '. The file is UTF-16 (it starts with a UTF-16 byte order mark)' : ''}. Save it as UTF-8`,
        file: reqFile
      })
    } else if (problem) out.problems.push(problem)
    if (text?.includes('\0')) {
      out.hints.push({
        message:
          'requirements.txt holds NUL characters, as a file saved as UTF-16 does: rockcraft reads it as UTF-8 and finds no requirement in it. Save it as UTF-8',
        file: reqFile
      })
    }
    if (text !== undefined) {
      if (text.startsWith('\ufeff')) {
        out.hints.push({
          message:
            'requirements.txt starts with a byte order mark; rockcraft does not strip it, so its first line is ignored. Save the file as UTF-8 without BOM',
          file: reqFile,
          line: 1
        })
      }
      splitLines(text).forEach((line, i) => {
        const name = requirementName(line)
        if (name !== undefined) {
          out.names.add(name.toLowerCase())
        } else if (/^\s*[A-Za-z0-9]/.test(line) && !/^\s*(git|hg|svn|bzr)\+/.test(line)) {
          out.hints.push({
            message: `requirements.txt line ${i + 1} is ignored by rockcraft (not a PEP 508 requirement, e.g. an inline comment or option): ${line.trim().slice(0, 120)}`,
            file: reqFile,
            line: i + 1
          })
        }
      })
    }
  }
  const tomlFile = path.join(dir, 'pyproject.toml')
  if (await exists(tomlFile)) {
    out.hasAny = true
    out.files.push(tomlFile)
    const { text, problem } = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES)
    if (problem) out.problems.push(problem)
    if (text !== undefined) {
      let data: unknown
      try {
        data = await parseToml(text)
      } catch (err) {
        const e = err as TomlError
        out.problems.push({
          message: `error parsing pyproject.toml: ${String(e.message).split('\n')[0]}`,
          file: tomlFile,
          line: typeof e.line === 'number' ? e.line : undefined,
          column: typeof e.column === 'number' ? e.column : undefined
        })
      }
      if (data !== undefined) {
        const project = (data as Yaml).project ?? {}
        const deps = isMapping(project) ? (project.dependencies ?? []) : undefined
        if (!Array.isArray(deps)) {
          out.problems.push({
            message: 'pyproject.toml: [project].dependencies must be a list of requirement strings',
            file: tomlFile
          })
        } else {
          for (const dep of deps) {
            const name = typeof dep === 'string' ? requirementName(dep) : undefined
            if (name !== undefined) out.names.add(name.toLowerCase())
          }
        }
      }
    }
  }
  return out
}

/** Where flask is declared in ways rockcraft does not read, each with the fix. */
export async function flaskElsewhere(dir: string): Promise<Problem[]> {
  const hints: Problem[] = []
  const reqFile = path.join(dir, 'requirements.txt')
  const req = (await exists(reqFile))
    ? await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES)
    : {}
  const lines = req.text === undefined ? [] : splitLines(req.text)
  const includes: { name: string; line: number }[] = []
  lines.forEach((line, i) => {
    // pip-compile --generate-hashes: "flask==3.0.3 \" then "    --hash=sha256:..." lines
    const continued = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*([^\\]*?)\s*\\\s*$/.exec(
      line
    )
    if (continued && continued[1].toLowerCase() === 'flask') {
      hints.push({
        message: `"${line.trim()}" continues on the next line, as pip-compile --generate-hashes writes it; rockcraft reads each line on its own and skips this one, so it does not see flask. Generate requirements.txt without --generate-hashes, or add a line "flask${continued[3] ? continued[3].replace(/\s+/g, '') : ''}"`,
        file: reqFile,
        line: i + 1
      })
    }
    const include = /^\s*(?:-r|--requirement)(?:\s*=\s*|\s+)(\S+)/.exec(line)
    if (include) {
      const name = path.normalize(include[1])
      if (name.startsWith('..') || path.isAbsolute(name)) return
      includes.push({ name, line: i + 1 })
    }
  })
  for (const { name, line } of includes) {
    const inc = await readProjectText(dir, name, MAX_REQUIREMENTS_BYTES)
    if (
      inc.text !== undefined &&
      splitLines(inc.text).some(l => requirementName(l)?.toLowerCase() === 'flask')
    ) {
      hints.push({
        message: `flask is listed in ${name}, which requirements.txt includes with -r; rockcraft reads only requirements.txt itself (pip will still install ${name}). Add a line "flask" to requirements.txt`,
        file: reqFile,
        line
      })
    }
  }
  const tomlFile = path.join(dir, 'pyproject.toml')
  if (await exists(tomlFile)) {
    const toml = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES)
    let data: unknown
    try {
      data = toml.text === undefined ? undefined : await parseToml(toml.text)
    } catch {
      data = undefined
    }
    const tool = isMapping(data) && isMapping(data.tool) ? data.tool : {}
    const poetry = isMapping(tool.poetry) ? tool.poetry : {}
    const deps = isMapping(poetry.dependencies) ? poetry.dependencies : {}
    if (Object.keys(deps).some(k => k.toLowerCase() === 'flask')) {
      hints.push({
        message:
          'flask is listed under [tool.poetry.dependencies], which rockcraft does not read: export a requirements.txt (poetry export -f requirements.txt -o requirements.txt --without-hashes) or list it in [project].dependencies',
        file: tomlFile
      })
    }
  }
  return hints
}

/**
 * rockcraft#1308 on 26.04: uv.lock needs pyproject.toml; with both, the uv plugin builds the
 * dependencies from the lock (uv sync, UV_FROZEN), which must then be TOML. uv.lock joins the
 * dependency files (the pack cache key).
 */
export async function uvProblems(
  abs: string,
  yaml: Yaml,
  topLevel: string[],
  result: CheckResult
): Promise<Problem[]> {
  if (!topLevel.includes('uv.lock')) return []
  const lockFile = path.join(abs, 'uv.lock')
  if (!topLevel.includes('pyproject.toml'))
    return [{ message: UV_WITHOUT_PYPROJECT, file: lockFile }]
  if (!usesUv(yaml, { topLevel })) return []
  result.dependencyFiles.splice(result.dependencyFiles.length - 1, 0, lockFile)
  result.hints.push({
    message: `uv.lock and pyproject.toml: rockcraft builds ${partName(yaml, 'dependencies')} with the uv plugin (uv sync --no-dev --no-editable from the lock, which installs the project itself when pyproject.toml has a [build-system]). The part shown here follows rockcraft#1308 as of its pull request head; its merged code could not be read (ROCKCRAFT_STATE)`,
    file: lockFile
  })
  const { text, problem } = await readProjectText(abs, 'uv.lock', MAX_UV_LOCK_BYTES)
  if (problem) return [problem]
  try {
    await parseToml(text ?? '')
  } catch (err) {
    const e = err as TomlError
    return [
      {
        message: `uv.lock is not TOML, so uv sync would refuse it: ${String(e.message).split('\n')[0]}`,
        file: lockFile,
        line: typeof e.line === 'number' ? e.line : undefined,
        column: typeof e.column === 'number' ? e.column : undefined
      }
    ]
  }
  return []
}

// `npm run test:shell`: Electronegativity (Doyensec's Electron misconfiguration scanner) over the desktop shell — the
// main process, the preload and the page the window loads — offline, against the Electron version package.json pins.
// Every HIGH or MEDIUM finding must be justified in electronegativity.json; anything else fails the run.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'

const root = resolve(import.meta.dirname, '..')

const acceptedFile = z.object({
  accepted: z.array(z.object({ check: z.string(), file: z.string(), why: z.string().min(20) })),
})

const scanResult = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      severity: z.object({ name: z.string() }),
      confidence: z.object({ name: z.string() }),
      location: z.object({ line: z.number(), column: z.number() }),
      description: z.string(),
    }),
  ),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean().optional() })),
})
export type Finding = z.infer<typeof scanResult>['issues'][number]
export type Accepted = z.infer<typeof acceptedFile>['accepted'][number]

/** The findings that fail the run: HIGH or MEDIUM, and not justified for that check in that file. */
export function unexplained(findings: readonly Finding[], accepted: readonly Accepted[]): Finding[] {
  return findings.filter(
    (f) => ['HIGH', 'MEDIUM'].includes(f.severity.name) && !accepted.some((a) => a.check === f.id && a.file === f.file),
  )
}

/** The Electron version the app ships with (the scanner cannot ask the network which releases exist). */
function electronVersion(): string {
  const pkg = z.object({ devDependencies: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')))
  const range = pkg.devDependencies['electron'] ?? ''
  const version = /\d+\.\d+\.\d+/.exec(range)?.[0]
  if (!version) throw new Error(`package.json 中找不到 electron 的版本：${range}`)
  return version
}

/** The shell as one folder, laid out as it ships: main/, preload/ and the renderer's index.html with its CSP. */
function stageShell(): string {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-shell-'))
  cpSync(join(root, 'electron/main'), join(dir, 'main'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') })
  cpSync(join(root, 'electron/preload'), join(dir, 'preload'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') })
  cpSync(join(root, 'renderer/index.html'), join(dir, 'renderer/index.html'))
  return dir
}

async function main(): Promise<number> {
  const accepted = acceptedFile.parse(JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8'))).accepted
  const require = createRequire(import.meta.url)
  const runner: unknown = require('@doyensec/electronegativity')
  if (typeof runner !== 'function') throw new Error('@doyensec/electronegativity 没有导出扫描函数')
  const dir = stageShell()
  try {
    const raw: unknown = await runner({
      input: dir,
      isRelative: true,
      electronVersionOverride: electronVersion(),
      severitySet: 'informational',
      confidenceSet: 'tentative',
      customScan: [],
      parserPlugins: [],
    })
    const result = scanResult.parse(raw)
    for (const e of result.errors) console.error(`无法解析 ${e.file}：${e.message}`)
    for (const f of result.issues) {
      const justified = accepted.find((a) => a.check === f.id && a.file === f.file)
      console.log(`${f.severity.name.padEnd(13)} ${f.id} ${f.file}:${f.location.line}${justified ? `（已说明：${justified.why}）` : ''}`)
    }
    const stale = accepted.filter((a) => !result.issues.some((f) => f.id === a.check && f.file === a.file))
    for (const a of stale) console.log(`说明已不再需要：${a.check} ${a.file}（可从 electronegativity.json 删除）`)
    const failing = unexplained(result.issues, accepted)
    if (result.errors.some((e) => !e.tolerable) || failing.length > 0) {
      console.error(`Electronegativity：${failing.length} 个中高风险问题没有说明（见上）。修复它，或在 electronegativity.json 中写明理由。`)
      return 1
    }
    console.log(`Electronegativity：扫描了 main、preload 与 index.html，${result.issues.length} 个发现均已处理。`)
    return 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err))
      process.exit(1)
    },
  )
}

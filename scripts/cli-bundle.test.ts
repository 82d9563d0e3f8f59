import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Metafile } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testAdmin } from '../test/helpers/accounts'
import { buildCliBundle, cliEntry, freshBundle, projectRoot } from './cli-bundle.mjs'

const runNode = (file: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', env: { ...process.env, UNIONDESK_DB: '', UNIONDESK_USER: testAdmin.name, UNIONDESK_PASSWORD: testAdmin.password, ...env } })

/** Packages of every module a bundle evaluates before the command runs: its entry and the chunks that imports statically. */
function packagesAtStart(metafile: Metafile): Set<string> {
  const outputs = metafile.outputs
  const entry = Object.keys(outputs).find((k) => outputs[k]?.entryPoint !== undefined)
  const seen = new Set<string>()
  const todo = entry ? [entry] : []
  for (let o = todo.pop(); o !== undefined; o = todo.pop()) {
    if (seen.has(o)) continue
    seen.add(o)
    for (const i of outputs[o]?.imports ?? []) if (i.kind === 'import-statement' && outputs[i.path]) todo.push(i.path)
  }
  const packages = new Set<string>()
  for (const o of seen) {
    for (const input of Object.keys(outputs[o]?.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
      if (m?.[1]) packages.add(m[1])
    }
  }
  return packages
}

describe('the uniondesk bundle', { timeout: 120_000 }, () => {
  // Built into a folder of its own inside the project (so node_modules/sqlite3 resolves), never over dist-cli.
  const outDir = relative(projectRoot, join(projectRoot, 'test', 'artifacts', `cli-bundle-${process.pid}`))
  const work = mkdtempSync(join(tmpdir(), 'uniondesk-cli-bundle-'))
  let built: Awaited<ReturnType<typeof buildCliBundle>>

  beforeAll(async () => {
    built = await buildCliBundle({ outDir, quiet: true })
  })
  afterAll(() => {
    rmSync(join(projectRoot, outDir), { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  })

  it('runs `id check` and a database command', () => {
    const db = join(work, 'a.db')
    const init = runNode(built.entry, ['--db', db, 'init', '--name', '某某镇总工会', '--code', '81469023MA5TG1K26T'])
    expect(init.status).toBe(0)
    const check = runNode(built.entry, ['id', 'check', '11010519491231002x', '--json', '--db', db])
    expect(check.stderr).toBe('')
    expect(JSON.parse(check.stdout)).toMatchObject({ valid: true, normalized: '11010519491231002X', birthDate: '1949-12-31', gender: '女' })
    const show = runNode(built.entry, ['--db', db, 'org', 'show', '--json'])
    expect(JSON.parse(show.stdout)).toMatchObject({ name: '某某镇总工会' })
  })

  it('starts without the print engine, the xlsx reader or the pinyin dictionary; commands that use them load them', () => {
    const atStart = packagesAtStart(built.metafile)
    for (const heavy of ['pdfmake', 'pdfkit', 'fontkit', 'linebreak', 'exceljs', 'pinyin-pro']) expect(atStart).not.toContain(heavy)
    // Still in the bundle, as chunks read when a print or an import needs them.
    const all = new Set(Object.keys(built.metafile.inputs).map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1]))
    for (const lazy of ['pdfmake', 'fontkit', 'linebreak', 'pinyin-pro']) expect(all).toContain(lazy)
  })

  it('gives a package loaded with await import() its named exports, as Node does (not only `default`)', async () => {
    const root = join(work, 'lazy')
    mkdirSync(join(root, 'node_modules', 'cjs-lib'), { recursive: true })
    mkdirSync(join(root, 'src'), { recursive: true })
    writeFileSync(join(root, 'node_modules', 'cjs-lib', 'package.json'), '{"name":"cjs-lib","main":"index.js"}\n')
    writeFileSync(join(root, 'node_modules', 'cjs-lib', 'index.js'), "exports.greet = () => 'hello'\n")
    writeFileSync(join(root, 'src', 'entry.ts'), "const { greet } = await import('cjs-lib')\nconsole.log(greet())\n")
    const { entry } = await buildCliBundle({ root, outDir: 'out', entry: 'src/entry.ts', quiet: true })
    const r = runNode(entry, [])
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe('hello')
  })

  it('is never run stale: a changed source, dependency or package lock makes it rebuilt; one that does not build, the sources run', async () => {
    // A project of its own, so that editing and breaking its sources disturbs nobody.
    const root = join(work, 'project')
    mkdirSync(join(root, 'src'), { recursive: true })
    const write = (file: string, text: string) => writeFileSync(join(root, file), text)
    write('src/entry.ts', "import { word } from './word'\nconsole.log(word)\n")
    write('src/word.ts', "export const word: string = 'first'\n")
    write('package-lock.json', '{}\n')
    const opts = { root, outDir: 'out', entry: 'src/entry.ts' }
    // A file saved within 50 ms of a build's start counts as newer than the build (cli-bundle.mjs, CLOCK_SLACK_MS).
    const settle = () => new Promise((r) => setTimeout(r, 100))
    await settle()
    const output = (entry: string | null) => (entry ? runNode(entry, []).stdout.trim() : null)

    expect(freshBundle(opts)).toBeNull()
    const first = await cliEntry(opts)
    expect(first.how).toBe('rebuilt')
    expect(output(first.entry)).toBe('first')
    expect(await cliEntry(opts)).toEqual({ how: 'bundle', entry: first.entry })

    // An imported module edited after the build (its mtime moved past the build's start).
    write('src/word.ts', "export const word: string = 'second'\n")
    expect(freshBundle(opts)).toBeNull()
    await settle()
    const second = await cliEntry(opts)
    expect(second.how).toBe('rebuilt')
    expect(output(second.entry)).toBe('second')
    expect(freshBundle(opts)).toBe(second.entry)

    // A dependency changed (npm install): same sources, but the lock file is newer than the build.
    write('package-lock.json', '{"lockfileVersion": 3}\n')
    expect(freshBundle(opts)).toBeNull()
    expect((await cliEntry(opts)).how).toBe('rebuilt')

    // A source that does not compile: no bundle is run at all (bin/uniondesk.mjs then runs the sources through tsx,
    // which reports the error); above all not the previous build.
    write('src/word.ts', "export const word: string = 'third\n")
    expect(await cliEntry(opts)).toEqual({ how: 'sources', entry: null })
  })
})

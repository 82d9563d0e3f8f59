// The `uniondesk` command's esbuild bundle: built once (by `npm ci`'s prepare step, `npm run build`, or at the first
// start after a source changed), so a command starts in a fraction of a second instead of compiling the TypeScript
// sources through tsx at every start (2 s). bin/uniondesk.mjs asks `cliEntry()` which file to run.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const defaults = { entry: 'electron/cli/entry.ts', outDir: 'dist-cli' }

/**
 * Chunks no longer part of the newest build are deleted only after this long: a command started from the previous
 * build may still load one of its lazy chunks (the print engine, the xlsx reader) minutes after it started.
 */
const KEEP_OLD_CHUNKS_MS = 15 * 60_000

/**
 * File times come from the kernel's coarse clock (a tick behind Date.now() at worst): a file saved in the first moments
 * of a build may carry a time just before the build's start. Anything saved this close to the start counts as newer.
 */
const CLOCK_SLACK_MS = 50

/**
 * Packages that our code loads with `await import()` stay outside the bundle, and Node loads them from node_modules
 * when that code runs. Bundled into split chunks, a CommonJS package imported that way would offer only its default
 * export (evanw/esbuild#3245, open), so `const { ZipFile } = await import('yazl')` would fail in the bundle while it
 * works under tsx and Node.
 */
const lazyPackagesStayExternal = {
  name: 'lazy-packages-stay-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined))
  },
}

/**
 * The bundle's entry file, or null when there is no bundle or any file it was built from (our sources, package.json,
 * package-lock.json, this recipe) changed after its build started. Costs one stat per source file (~150, a few ms).
 */
export function freshBundle({ root = projectRoot, outDir = defaults.outDir } = {}) {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(root, outDir, 'manifest.json'), 'utf8'))
  } catch {
    return null
  }
  for (const input of manifest.inputs) {
    let mtimeMs
    try {
      mtimeMs = statSync(join(root, input)).mtimeMs
    } catch {
      return null
    }
    if (mtimeMs > manifest.startedAt - CLOCK_SLACK_MS) return null
  }
  const entry = join(root, outDir, manifest.entry)
  return existsSync(entry) ? entry : null
}

/** Writes a file under a temporary name and renames it, so a process starting meanwhile never reads half of it. */
function writeAtomically(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, contents)
  renameSync(tmp, path)
}

function pruneOld(dir, keep) {
  const cutoff = Date.now() - KEEP_OLD_CHUNKS_MS
  for (const name of readdirSync(dir)) {
    if (keep.has(name)) continue
    const path = join(dir, name)
    try {
      if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true })
    } catch {
      // Another build pruned it first.
    }
  }
}

/**
 * Bundles the CLI into `outDir` (ES modules, split so that modules loaded with `await import()` — the print engine,
 * the xlsx reader — become chunks read only by the commands that use them). Native sqlite3 stays in node_modules.
 * Every file name carries its content hash and manifest.json is renamed into place last, so builds running at the same
 * time (parallel tests after an edit) and commands starting meanwhile each see one whole build.
 */
export async function buildCliBundle({ root = projectRoot, outDir = defaults.outDir, entry = defaults.entry, quiet = false } = {}) {
  const { build } = await import('esbuild')
  const startedAt = Date.now()
  const dir = join(root, outDir)
  const result = await build({
    absWorkingDir: root,
    entryPoints: { uniondesk: entry },
    outdir: dir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    external: ['sqlite3'],
    plugins: [lazyPackagesStayExternal],
    // Bundled CommonJS packages (pdfmake, exceljs…) call require() for Node's built-ins.
    banner: { js: "import { createRequire as __uniondeskCreateRequire } from 'node:module'; const require = __uniondeskCreateRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  })
  mkdirSync(dir, { recursive: true })
  const keep = new Set(['manifest.json'])
  for (const file of result.outputFiles) {
    const name = basename(file.path)
    keep.add(name)
    if (!existsSync(file.path)) writeAtomically(file.path, file.contents)
  }
  const entryOutput = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint !== undefined)
  if (!entryOutput) throw new Error('esbuild 未生成命令行入口文件')
  const sources = Object.keys(result.metafile.inputs).filter((p) => !p.split('/').includes('node_modules'))
  // This file too: a bundle made by a different build recipe is as stale as one made from older sources.
  const recipe = relative(root, fileURLToPath(import.meta.url))
  const inputs = [...sources, ...['package-lock.json', recipe].filter((p) => existsSync(join(root, p)))]
  const manifest = { entry: basename(entryOutput[0]), startedAt, inputs }
  writeAtomically(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`)
  pruneOld(dir, keep)
  return { entry: join(dir, manifest.entry), metafile: result.metafile }
}

/**
 * Which file `uniondesk` runs. A fresh bundle as it is. A missing or stale one (a developer edited a source) is rebuilt
 * first — about a second, once, where running the sources through tsx costs two seconds at every start — so nobody
 * ever runs a stale bundle. Where it cannot be built (esbuild absent after `npm ci --omit=dev`, or a source that does
 * not compile) the sources run through tsx, which then reports any compile error in the developer's own terms.
 */
export async function cliEntry(options = {}) {
  const fresh = freshBundle(options)
  if (fresh) return { how: 'bundle', entry: fresh }
  try {
    const built = await buildCliBundle({ ...options, quiet: true })
    return { how: 'rebuilt', entry: built.entry }
  } catch {
    return { how: 'sources', entry: null }
  }
}

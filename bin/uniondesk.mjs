#!/usr/bin/env node
// Runs the CLI from its bundle in dist-cli/, rebuilt first when a source changed since it was built; the TypeScript
// sources through tsx only where no bundle can be built (see scripts/cli-bundle.mjs).
import module from 'node:module'
import { cliEntry } from '../scripts/cli-bundle.mjs'

// Node 22.1+ keeps the compiled bundle between starts; Node 20 has no such cache.
module.enableCompileCache?.()

const { entry } = await cliEntry()
if (entry) {
  const { pathToFileURL } = await import('node:url')
  await import(pathToFileURL(entry).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../electron/cli/entry.ts')
}

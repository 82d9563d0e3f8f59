#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx uniondesk` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/entry.ts')

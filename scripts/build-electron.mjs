// Bundles the Electron main process and preload into CommonJS files under dist-electron/.
// The sandboxed preload must be a single CommonJS file; native sqlite3 and electron stay external.
import { build } from 'esbuild'

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' }

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'sqlite3'] })
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] })
console.log('已生成 dist-electron/main.cjs 与 preload.cjs')

// `npm start`: the desktop app when Electron's binary is there, otherwise web mode, so the README command always opens the app.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(args) {
  const r = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

/**
 * Electron 45 downloads its binary on first use rather than at install, so `npm ci` works offline. The download is
 * tried here quietly; where it cannot happen we fall back instead of printing its stack trace.
 */
function electronBinary() {
  let installer
  try {
    installer = require.resolve('electron/install.js')
  } catch {
    return null
  }
  const download = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 300_000 })
  if (download.status !== 0) return null
  try {
    return require('electron')
  } catch {
    return null
  }
}

run(['run', 'build'])
const binary = electronBinary()
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('未找到 Electron 程序文件（安装时无法下载），改为以网页模式启动：')
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/main.ts', ...process.argv.slice(2)], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}

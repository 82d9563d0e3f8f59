// First step of `npm test`: the suite needs programs npm cannot install (Chromium for the browser tests, poppler's
// pdftotext/pdffonts to read printed PDFs back, Noto CJK fonts for Chinese text in both). On Debian or Ubuntu as root
// (CI, a container) whatever is missing is installed with apt-get; anywhere else the run stops at once with the one
// command to run, instead of failing minutes later in the middle of the suite.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface Requirement {
  id: 'chromium' | 'poppler' | 'fonts'
  /** What it is for, as the message names it. */
  label: string
  debianPackage: string
}

export const requirements: readonly Requirement[] = [
  { id: 'chromium', label: 'Chromium 浏览器（界面测试）', debianPackage: 'chromium' },
  { id: 'poppler', label: 'pdftotext 与 pdffonts（poppler-utils，检查打印出的 PDF）', debianPackage: 'poppler-utils' },
  { id: 'fonts', label: 'Noto CJK 中文字体（界面与打印测试）', debianPackage: 'fonts-noto-cjk' },
]

/**
 * Node versions the project runs on, as package.json engines says (^20.19.0 || >=22.12.0): Node 22.12 is the oldest
 * every dependency accepts (kysely 0.29, Electron 45's download and rebuild tools); 20.19+ still runs the suite.
 */
export const SUPPORTED_NODE = '^20.19.0 || >=22.12.0'

/** What the checks need to know about the machine; tests pass a made-up one. */
export interface Machine {
  platform: NodeJS.Platform
  /** /etc/os-release as key → value (ID, ID_LIKE); empty where there is none. */
  osRelease: Record<string, string>
  isRoot: boolean
  env: Record<string, string | undefined>
  nodeVersion: string
  hasCommand(name: string): boolean
  isExecutable(path: string): boolean
  fileExists(path: string): boolean
  /** `fc-list` output, or null where fontconfig is not installed. */
  fontList(): string | null
}

/** The browser playwright.config.ts starts: CHROMIUM_PATH, else Debian's. */
export const chromiumPath = (env: Machine['env']): string => env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Where Debian's fonts-noto-cjk puts the faces the print fallback and the browser use. */
const notoCjkFile = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

export function missingRequirements(m: Machine): Requirement[] {
  const present: Record<Requirement['id'], () => boolean> = {
    chromium: () => m.isExecutable(chromiumPath(m.env)),
    poppler: () => m.hasCommand('pdftotext') && m.hasCommand('pdffonts'),
    fonts: () => /Noto Sans CJK/i.test(m.fontList() ?? '') || m.fileExists(notoCjkFile),
  }
  return requirements.filter((r) => !present[r.id]())
}

export function nodeSupported(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number)
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22
}

function isDebianLike(osRelease: Record<string, string>): boolean {
  const ids = `${osRelease.ID ?? ''} ${osRelease.ID_LIKE ?? ''}`.toLowerCase().split(/\s+/)
  return ids.includes('debian') || ids.includes('ubuntu')
}

export type Action =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: string[][] }
  | { kind: 'stop'; message: string }

/** What to do about what is missing: nothing, install it (Debian/Ubuntu as root), or stop with the command to run. */
export function decide(m: Machine, missing: readonly Requirement[]): Action {
  if (!nodeSupported(m.nodeVersion)) {
    return { kind: 'stop', message: `本项目需要 Node.js 22.12 或更高版本（Node 20.19 以上也可运行），当前为 ${m.nodeVersion}。请安装 Node.js 22 或 24 后重新运行 npm ci && npm test。` }
  }
  if (missing.length === 0) return { kind: 'ready' }
  if (m.env.CHROMIUM_PATH && missing.some((r) => r.id === 'chromium')) {
    return { kind: 'stop', message: `环境变量 CHROMIUM_PATH 指向的 ${m.env.CHROMIUM_PATH} 不存在或不能执行，请改正或去掉它（默认使用 /usr/bin/chromium）。` }
  }
  const packages = missing.map((r) => r.debianPackage)
  const lacking = `测试需要以下程序，本机尚未安装：\n${missing.map((r) => `  - ${r.label}`).join('\n')}`
  if (m.platform === 'linux' && isDebianLike(m.osRelease) && m.hasCommand('apt-get')) {
    if (m.isRoot) return { kind: 'install', packages, commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', ...packages]] }
    return { kind: 'stop', message: `${lacking}\n请运行：\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}` }
  }
  const browser = missing.some((r) => r.id === 'chromium')
    ? `\nChromium 装在别处时，请用环境变量 CHROMIUM_PATH 指明其可执行文件（当前查找 ${chromiumPath(m.env)}）。`
    : ''
  if (m.platform === 'darwin' && m.hasCommand('brew')) {
    const casks = missing.flatMap((r) => (r.id === 'chromium' ? ['chromium'] : r.id === 'fonts' ? ['font-noto-sans-cjk'] : []))
    const formulae = missing.some((r) => r.id === 'poppler') ? ['brew install poppler'] : []
    const command = [...formulae, ...(casks.length ? [`brew install --cask ${casks.join(' ')}`] : [])].join(' && ')
    return { kind: 'stop', message: `${lacking}\n请运行：\n  ${command}${browser}` }
  }
  return { kind: 'stop', message: `${lacking}\n请用本系统的软件包管理器安装（Debian/Ubuntu 上的包名：${packages.join(' ')}）。${browser}` }
}

function onPath(name: string, env: Machine['env']): boolean {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : ['']
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && exts.some((ext) => isExecutable(join(dir, name + ext))))
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function readOsRelease(): Record<string, string> {
  try {
    const lines = readFileSync('/etc/os-release', 'utf8').split('\n')
    return Object.fromEntries(lines.flatMap((l) => {
      const m = /^([A-Z_]+)=(.*)$/.exec(l.trim())
      return m?.[1] ? [[m[1], (m[2] ?? '').replace(/^["']|["']$/g, '')]] : []
    }))
  } catch {
    return {}
  }
}

export function thisMachine(): Machine {
  const env = process.env
  return {
    platform: process.platform,
    osRelease: process.platform === 'linux' ? readOsRelease() : {},
    isRoot: process.getuid?.() === 0,
    env,
    nodeVersion: process.version,
    hasCommand: (name) => onPath(name, env),
    isExecutable,
    fileExists: existsSync,
    fontList: () => {
      const r = spawnSync('fc-list', [], { encoding: 'utf8' })
      return r.status === 0 ? r.stdout : null
    },
  }
}

function main(): number {
  const machine = thisMachine()
  const action = decide(machine, missingRequirements(machine))
  if (action.kind === 'ready') return 0
  if (action.kind === 'stop') {
    console.error(action.message)
    return 1
  }
  console.log(`正在安装测试所需的程序：${action.packages.join(' ')}（apt-get）`)
  for (const [cmd = '', ...args] of action.commands) {
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (r.status !== 0) {
      console.error(`安装失败：${[cmd, ...args].join(' ')}（退出码 ${r.status ?? r.signal}）`)
      return 1
    }
  }
  const still = missingRequirements(machine)
  if (still.length > 0) {
    console.error(`安装后仍缺少：${still.map((r) => r.label).join('、')}`)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main()

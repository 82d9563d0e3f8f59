import { describe, expect, it } from 'vitest'
import { decide, missingRequirements, nodeSupported, type Machine } from './test-prerequisites'

const debian = { ID: 'debian', VERSION_ID: '12' }

/** A made-up machine: a Debian root container with everything installed, unless the test says otherwise. */
function machine(over: Partial<Machine> & { commands?: string[]; files?: string[]; fonts?: string | null } = {}): Machine {
  const commands = over.commands ?? ['apt-get', 'pdftotext', 'pdffonts']
  const files = over.files ?? ['/usr/bin/chromium']
  const fonts = over.fonts === undefined ? 'Noto Sans CJK SC:style=Regular\nDejaVu Sans:style=Book\n' : over.fonts
  return {
    platform: 'linux',
    osRelease: debian,
    isRoot: true,
    env: {},
    nodeVersion: 'v20.20.2',
    hasCommand: (name) => commands.includes(name),
    isExecutable: (path) => files.includes(path),
    fileExists: (path) => files.includes(path),
    fontList: () => fonts,
    ...over,
  }
}

const ids = (m: Machine) => missingRequirements(m).map((r) => r.id)

describe('test prerequisites: what is missing', () => {
  it('finds nothing missing on a machine that has it all', () => {
    expect(ids(machine())).toEqual([])
  })

  it('finds the browser, poppler and the fonts missing on a bare machine', () => {
    expect(ids(machine({ commands: ['apt-get'], files: [], fonts: '' }))).toEqual(['chromium', 'poppler', 'fonts'])
  })

  it('needs both poppler programs', () => {
    expect(ids(machine({ commands: ['apt-get', 'pdftotext'] }))).toEqual(['poppler'])
  })

  it('looks for the browser where CHROMIUM_PATH says, as playwright.config.ts does', () => {
    expect(ids(machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' } }))).toEqual(['chromium'])
    expect(ids(machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome'] }))).toEqual([])
  })

  it('accepts the Noto CJK files when fontconfig is not installed', () => {
    expect(ids(machine({ fonts: null }))).toEqual(['fonts'])
    expect(ids(machine({ fonts: null, files: ['/usr/bin/chromium', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'] }))).toEqual([])
  })
})

describe('test prerequisites: what to do', () => {
  const bare = { commands: ['apt-get'], files: [], fonts: '' }

  it('goes on when nothing is missing', () => {
    expect(decide(machine(), [])).toEqual({ kind: 'ready' })
  })

  it('installs exactly what is missing with apt-get on Debian as root', () => {
    const m = machine({ commands: ['apt-get'] })
    expect(decide(m, missingRequirements(m))).toEqual({
      kind: 'install',
      packages: ['poppler-utils'],
      commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', 'poppler-utils']],
    })
  })

  it('installs on Ubuntu and its derivatives too', () => {
    const m = machine({ ...bare, osRelease: { ID: 'linuxmint', ID_LIKE: 'ubuntu debian' } })
    const action = decide(m, missingRequirements(m))
    expect(action.kind === 'install' && action.packages).toEqual(['chromium', 'poppler-utils', 'fonts-noto-cjk'])
  })

  it('stops with the sudo command when not root', () => {
    const m = machine({ ...bare, isRoot: false })
    const action = decide(m, missingRequirements(m))
    expect(action.kind).toBe('stop')
    expect(action.kind === 'stop' && action.message).toContain('sudo apt-get update && sudo apt-get install -y chromium poppler-utils fonts-noto-cjk')
  })

  it('stops, never installs, on other systems', () => {
    const fedora = machine({ ...bare, osRelease: { ID: 'fedora' }, commands: ['dnf'] })
    const action = decide(fedora, missingRequirements(fedora))
    expect(action.kind).toBe('stop')
    expect(action.kind === 'stop' && action.message).toMatch(/CHROMIUM_PATH/)
    const mac = machine({ ...bare, platform: 'darwin', osRelease: {}, commands: ['brew'] })
    const onMac = decide(mac, missingRequirements(mac))
    expect(onMac.kind === 'stop' && onMac.message).toContain('brew install poppler && brew install --cask chromium font-noto-sans-cjk')
  })

  it('does not install a browser when CHROMIUM_PATH names one that is not there', () => {
    const m = machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' } })
    const action = decide(m, missingRequirements(m))
    expect(action.kind === 'stop' && action.message).toContain('/opt/chrome/chrome')
  })

  it('stops on a Node older than the project supports, before anything else', () => {
    const m = machine({ nodeVersion: 'v18.20.4' })
    const action = decide(m, [])
    expect(action.kind === 'stop' && action.message).toContain('v18.20.4')
  })
})

describe('supported Node versions (package.json engines ^20.19.0 || >=22.12.0)', () => {
  it.each([
    ['v20.19.0', true], ['v20.20.2', true], ['v22.12.0', true], ['v24.3.0', true],
    ['v20.18.3', false], ['v21.7.3', false], ['v22.11.0', false], ['v18.20.4', false],
  ])('%s → %s', (version, ok) => {
    expect(nodeSupported(version)).toBe(ok)
  })
})

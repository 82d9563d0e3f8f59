import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, type IpcMainInvokeEvent } from 'electron'
import { callInSession } from '../core/accounts/session-call'
import { createSessionStore } from '../core/accounts/sessions'
import type { Core } from '../core/context'
import { downloadHeaders, findOutboxFile, isOutboxRef, removeOutboxFile } from '../core/files/outbox'
import { openCore } from '../core/open-core'
import { appFolderName } from '../core/paths'
import { warmPrinter } from '../core/print/printer'
import { startupFailureDialog } from './startup-failure'

// The same folder name as web mode and the CLI use, so all three find one database.
app.setName(appFolderName)

const rendererIndex = join(__dirname, '../dist/renderer/index.html')
const rendererUrl = new URL(`file://${rendererIndex.replace(/\\/g, '/')}`).href

let core: Core | undefined
const dbPath = () => join(app.getPath('userData'), 'uniondesk.db')

/**
 * Generated files (exports, transfer sheets, error reports) reach the page as uniondesk-file://outbox/<ref>: the page
 * links to one, Chromium sees the attachment header and downloads it with its save dialog, the main process never
 * holds the content. Registered before ready, as Electron requires.
 */
const fileScheme = 'uniondesk-file'
protocol.registerSchemesAsPrivileged([{ scheme: fileScheme, privileges: { standard: true, secure: true, stream: true } }])

/** The ref in uniondesk-file://outbox/<ref> (in the path: a standard scheme's host is lower-cased). */
function outboxRef(url: string): string | null {
  if (!url.startsWith(`${fileScheme}://`)) return null
  const ref = new URL(url).pathname.slice(1)
  return isOutboxRef(ref) ? ref : null
}

async function serveOutboxFile(request: Request): Promise<Response> {
  const ref = outboxRef(request.url)
  // A generated file is as personal as the call that made it: only while a window is signed in and unlocked.
  const file = core && ref && (await anyWindowSignedIn(core)) ? await findOutboxFile(core.dataDir, ref) : null
  // 204: the page stays as it is (a 404 page would replace the app).
  if (!file) return new Response(null, { status: 204 })
  const body = await net.fetch(pathToFileURL(file.path).toString())
  return new Response(body.body, { headers: downloadHeaders(file) })
}
/**
 * The main process holds each window's session (by webContents id): the page never sees a session id or a role, it
 * signs in through auth.login like a web-mode tab. Closing the window ends its session.
 */
const sessions = createSessionStore(() => Date.now())
const windowSessions = new Map<number, string>()

async function anyWindowSignedIn(c: Core): Promise<boolean> {
  for (const id of windowSessions.values()) {
    const state = await sessions.state(c, id)
    if (state.user && !state.locked) return true
  }
  return false
}

/** Only our own page may call the core; a frame or a navigated-away page may not. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? ''
  return url.split('#')[0] === rendererUrl && event.senderFrame === event.sender.mainFrame
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    title: '基层工会工作台',
    // The window and taskbar icon; the same picture as the page's favicon (renderer/public), which Vite copies beside index.html.
    icon: join(__dirname, '../dist/renderer/icon.png'),
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click on a link would open a new window; window.open is denied anyway, this stops it one step earlier.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const windowId = win.webContents.id
  win.on('closed', () => {
    sessions.close(windowSessions.get(windowId))
    windowSessions.delete(windowId)
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== rendererUrl && outboxRef(url) === null) event.preventDefault()
  })
  void win.loadFile(rendererIndex)
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, done) => done(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  // No remote content: the app is offline by design, so nothing the page (or a compromised page) asks of the network goes out.
  session.defaultSession.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, done) => done({ cancel: true }))
  // Packaged, the print fonts are extraResources; in development core finds them in node_modules.
  const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : undefined
  core = await openCore({ dbPath: dbPath(), dailyBackup: true, ...(fontsDir ? { fontsDir } : {}) })
  protocol.handle(fileScheme, serveOutboxFile)
  session.defaultSession.on('will-download', (_event, item) => {
    const ref = outboxRef(item.getURL())
    // Saved whole: the outbox copy has done its job. A cancelled save keeps it for another try until the daily sweep.
    item.once('done', (_done, state) => {
      if (ref && state === 'completed' && core) removeOutboxFile(core.dataDir, ref).catch((err: unknown) => core?.log.error('outbox-remove', err, { ref }))
    })
  })
  warmPrinter(core.fontsDir).catch((err: unknown) => core?.log.error('warm-printer', err, {}))
  ipcMain.handle('uniondesk:call', async (event, method: unknown, input: unknown) => {
    if (!fromOurPage(event) || !core || typeof method !== 'string') {
      return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝：来源不明的调用' } }
    }
    const windowId = event.sender.id
    const { reply, session } = await callInSession(core, sessions, windowSessions.get(windowId), 'ipc', method, input)
    if (session === null) windowSessions.delete(windowId)
    else if (session !== undefined) windowSessions.set(windowId, session)
    return reply
  })
  createWindow()
}).catch((err: unknown) => {
  console.error(err)
  // Without a window the user would see nothing at all: say why, in core's words, then quit.
  const { title, content } = startupFailureDialog(err, dbPath())
  dialog.showErrorBox(title, content)
  app.exit(1)
})

app.on('window-all-closed', () => {
  void core?.close().finally(() => app.quit())
})

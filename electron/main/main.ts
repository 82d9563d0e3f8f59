import { userInfo } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, ipcMain, net, protocol, session, type IpcMainInvokeEvent } from 'electron'
import type { Caller, Core } from '../core/context'
import { dispatch } from '../core/dispatch'
import { downloadHeaders, findOutboxFile, isOutboxRef, removeOutboxFile } from '../core/files/outbox'
import { openCore } from '../core/open-core'
import { appFolderName } from '../core/paths'
import { warmPrinter } from '../core/print/printer'

// The same folder name as web mode and the CLI use, so all three find one database.
app.setName(appFolderName)

const rendererIndex = join(__dirname, '../dist/renderer/index.html')
const rendererUrl = new URL(`file://${rendererIndex.replace(/\\/g, '/')}`).href

let core: Core | undefined

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
  const file = core && ref ? await findOutboxFile(core.dataDir, ref) : null
  // 204: the page stays as it is (a 404 page would replace the app).
  if (!file) return new Response(null, { status: 204 })
  const body = await net.fetch(pathToFileURL(file.path).toString())
  return new Response(body.body, { headers: downloadHeaders(file) })
}
const caller: Caller = { user: { name: userInfo().username, role: 'admin' }, transport: 'ipc' }

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
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
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
  // Packaged, the print fonts are extraResources; in development core finds them in node_modules.
  const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : undefined
  core = await openCore({ dbPath: join(app.getPath('userData'), 'uniondesk.db'), ...(fontsDir ? { fontsDir } : {}) })
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
    return dispatch(core, caller, method, input)
  })
  createWindow()
}).catch((err: unknown) => {
  console.error(err)
  app.exit(1)
})

app.on('window-all-closed', () => {
  void core?.close().finally(() => app.quit())
})

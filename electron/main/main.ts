import { userInfo } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, session, type IpcMainInvokeEvent } from 'electron'
import type { Caller, Core } from '../core/context'
import { dispatch } from '../core/dispatch'
import { openCore } from '../core/open-core'
import { appFolderName } from '../core/paths'
import { warmPrinter } from '../core/print/printer'

// The same folder name as web mode and the CLI use, so all three find one database.
app.setName(appFolderName)

const rendererIndex = join(__dirname, '../dist/renderer/index.html')
const rendererUrl = new URL(`file://${rendererIndex.replace(/\\/g, '/')}`).href

let core: Core | undefined
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
    if (url.split('#')[0] !== rendererUrl) event.preventDefault()
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

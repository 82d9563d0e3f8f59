import { contextBridge, ipcRenderer } from 'electron'

// The renderer's one door to the core: a method name and its input, answered with the reply envelope.
contextBridge.exposeInMainWorld('uniondesk', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('uniondesk:call', method, input),
})

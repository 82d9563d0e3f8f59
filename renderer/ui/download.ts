import type { FilePayload } from '../../shared/contract/types'
import { AppError } from '../../shared/errors'
import { uiCopy } from './copy'

/** The bytes of a base64 payload (a generated file, a PDF to show). */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function blobOf(file: FilePayload, type = 'application/octet-stream'): Blob {
  return new Blob([bytesOf(file.contentBase64)], { type })
}

/** Saves a generated file the way a browser does; Electron shows its save dialog for the same download. */
export function downloadFile(file: FilePayload, type?: string): void {
  const url = URL.createObjectURL(blobOf(file, type))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Reads a chosen file into the payload the API takes. A file the browser cannot read (open and locked in Excel,
 * removed since it was chosen) is refused as FILE_UNREADABLE, worded for the clerk.
 */
export async function readFilePayload(file: File): Promise<FilePayload> {
  let buffer: ArrayBuffer
  try {
    buffer = await file.arrayBuffer()
  } catch {
    throw new AppError('FILE_UNREADABLE', uiCopy.fileUnreadable(file.name))
  }
  const bytes = new Uint8Array(buffer)
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return { fileName: file.name, contentBase64: btoa(binary) }
}

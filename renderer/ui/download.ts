import type { FilePayload, GeneratedFile } from '../../shared/contract/types'
import { AppError } from '../../shared/errors'
import { generatedFileUrl } from '../api/client'
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

function saveAs(href: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = fileName
  a.click()
}

/**
 * Downloads a file the core generated (an export, a transfer sheet, an error report) straight from the outbox by its
 * reference: the content never passes through the page. Electron shows its save dialog for the same download.
 */
export function downloadFile(file: GeneratedFile): void {
  saveAs(generatedFileUrl(file), file.fileName)
}

/** Saves a file whose content the page already has (a printed PDF). */
export function downloadPayload(file: FilePayload, type?: string): void {
  const url = URL.createObjectURL(blobOf(file, type))
  saveAs(url, file.fileName)
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

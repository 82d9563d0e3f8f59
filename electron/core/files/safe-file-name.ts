import { extname } from 'node:path'

// Names Windows keeps for devices, with any extension: a file called CON.pdf cannot be created or opened there.
const reservedOnWindows = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i

/**
 * The one way a name a clerk typed (a member, a union, a batch title, an uploaded file's name) becomes a file name: a
 * single path segment every disk accepts. Path separators and the characters Windows refuses become "_", so
 * `x/../../../escaped` stays one file inside its folder; a leading dot (hidden files, "..") gets a "_" before it;
 * trailing dots and spaces (dropped by Windows) go; device names get a "_" before them; long titles are cut to 200
 * characters keeping the extension.
 */
export function safeFileName(name: string): string {
  let cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/[. ]+$/, '').trim()
  if (cleaned.startsWith('.')) cleaned = `_${cleaned}`
  if (reservedOnWindows.test(cleaned)) cleaned = `_${cleaned}`
  const ext = extname(cleaned)
  const stem = cleaned.slice(0, cleaned.length - ext.length)
  if (stem === '') return `文件${ext}`
  return stem.length + ext.length > 200 ? `${stem.slice(0, 200 - ext.length)}${ext}` : cleaned
}

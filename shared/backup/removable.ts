/**
 * Whether a folder looks like a removable drive (a USB stick), where a backup should be encrypted by default: a copy of
 * the whole register carried out of the office must not be readable by whoever finds it. A guess from the path only,
 * used for a default the clerk can change: Linux mounts sticks under /media or /run/media, macOS under /Volumes, and
 * on Windows anything other than the system drive C: is treated as removable.
 */
export function looksRemovable(path: string): boolean {
  const p = path.trim().replace(/\\/g, '/')
  if (/^\/(media|run\/media|mnt|Volumes)\//.test(`${p}/`)) return true
  const drive = /^([A-Za-z]):/.exec(p)
  return drive !== null && drive[1]?.toUpperCase() !== 'C'
}

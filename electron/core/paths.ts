import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

export const appFolderName = 'UnionDesk'

/**
 * The per-user data folder, computed the way Electron computes `appData`, so the desktop app, web mode and the CLI
 * all find the same database when none is named.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName)
}

/** `--db PATH` wins, then UNIONDESK_DB, then the per-user data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.UNIONDESK_DB ?? join(defaultDataDir(env), 'uniondesk.db')
}

/** Attachments, logs and print output live next to the database they belong to. */
export function dataDirFor(dbPath: string): string {
  return dbPath === ':memory:' ? join(homedir(), '.uniondesk-memory') : dirname(dbPath)
}

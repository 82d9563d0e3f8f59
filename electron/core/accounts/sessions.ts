import { randomBytes } from 'node:crypto'
import type { SessionState } from '../../../shared/contract/auth'
import { AppError } from '../../../shared/errors'
import { signedInUser, type Operator } from '../access'
import type { Core } from '../context'
import { countAccounts } from './queries'
import { accountSettings } from './settings'
import { operatorOfAccount, type SignedIn } from './sign-in'

interface Session {
  accountId: string
  /** Milliseconds on the store's clock when the session last made a call. */
  lastSeen: number
  locked: boolean
}

/**
 * The signed-in windows or tabs of one launch (web mode's server, the desktop app's main process), in memory only:
 * a restart signs everyone out. The clock is injected so the idle lock can be tested without waiting.
 */
export interface SessionStore {
  open(signedIn: SignedIn): string
  close(id: string | undefined): void
  /** The Operator for a call: refuses a missing, ended or idle-locked session. Counts as activity. */
  operatorFor(core: Core, id: string | undefined): Promise<Operator>
  /** The session's account id, locked or not (to check its password on unlock). */
  accountOf(id: string | undefined): string | undefined
  unlock(id: string): void
  state(core: Core, id: string | undefined): Promise<SessionState>
}

export function createSessionStore(clock: () => number): SessionStore {
  const sessions = new Map<string, Session>()
  const idleLimitMs = async (core: Core) => (await accountSettings(core.readDb)).idleLockMinutes * 60_000

  /** Locks a session idle past the limit (checked lazily, at its next request). */
  async function current(core: Core, id: string | undefined): Promise<Session | undefined> {
    const s = id === undefined ? undefined : sessions.get(id)
    if (s && !s.locked && clock() - s.lastSeen > (await idleLimitMs(core))) s.locked = true
    return s
  }

  return {
    open(signedIn) {
      const id = randomBytes(32).toString('base64url')
      sessions.set(id, { accountId: signedIn.accountId, lastSeen: clock(), locked: false })
      return id
    },
    close(id) {
      if (id !== undefined) sessions.delete(id)
    },
    async operatorFor(core, id) {
      const s = await current(core, id)
      if (!s) throw new AppError('UNAUTHORIZED', '请先登录')
      if (s.locked) throw new AppError('SESSION_LOCKED', '长时间未操作，已锁定。请重新输入密码。')
      const operator = await operatorOfAccount(core, s.accountId)
      s.lastSeen = clock()
      return operator
    },
    accountOf(id) {
      return id === undefined ? undefined : sessions.get(id)?.accountId
    },
    unlock(id) {
      const s = sessions.get(id)
      if (s) {
        s.locked = false
        s.lastSeen = clock()
      }
    },
    async state(core, id) {
      const s = await current(core, id)
      const operator = s ? await operatorOfAccount(core, s.accountId).catch(() => null) : null
      if (s && !operator) sessions.delete(id ?? '')
      return {
        user: operator ? signedInUser(operator) : null,
        locked: operator !== null && (s?.locked ?? false),
        firstRun: (await countAccounts(core.readDb)) === 0,
        idleLockMinutes: (await accountSettings(core.readDb)).idleLockMinutes,
      }
    },
  }
}

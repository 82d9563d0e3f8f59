import type { z } from 'zod'
import { contract } from '../../../shared/contract/index'
import { AppError, zodToAppError, type Reply } from '../../../shared/errors'
import type { Caller, Core } from '../context'
import { dispatch, toWireError } from '../dispatch'
import { findAccountById } from './queries'
import type { SessionStore } from './sessions'
import { signIn } from './sign-in'

export interface SessionReply {
  reply: Reply<unknown>
  /** A session the transport must now hold for this window or tab (a login), or null to forget it (a logout). */
  session?: string | null
}

function parse<T>(spec: { input: z.ZodType<T>; labels: Readonly<Record<string, string>> }, raw: unknown): T {
  const parsed = spec.input.safeParse(raw ?? {})
  if (!parsed.success) throw zodToAppError(parsed.error, spec.labels)
  return parsed.data
}

/**
 * The one entry for transports that keep a session (web mode, the desktop window): the auth.* methods open, unlock
 * and close the session here, and every other call runs as the session's Operator. The transport only carries the
 * session id (a cookie, the window) and never learns a role.
 */
export async function callInSession(
  core: Core,
  store: SessionStore,
  sessionId: string | undefined,
  transport: Caller['transport'],
  method: string,
  raw: unknown,
): Promise<SessionReply> {
  try {
    switch (method) {
      case 'auth.me':
        return { reply: { ok: true, result: await store.state(core, sessionId) } }
      case 'auth.logout':
        store.close(sessionId)
        return { reply: { ok: true, result: await store.state(core, undefined) }, session: null }
      case 'auth.login': {
        const p = parse(contract['auth.login'], raw)
        const signedIn = await signIn(core, p.name, p.password, transport)
        store.close(sessionId)
        const id = store.open(signedIn)
        return { reply: { ok: true, result: await store.state(core, id) }, session: id }
      }
      case 'auth.unlock': {
        const p = parse(contract['auth.unlock'], raw)
        const accountId = store.accountOf(sessionId)
        const row = accountId === undefined ? undefined : await findAccountById(core.readDb, accountId)
        if (sessionId === undefined || !row) throw new AppError('UNAUTHORIZED', '请先登录')
        // The same checks as a login (a wrong password counts towards the lockout), for the session's own account.
        await signIn(core, row.name, p.password, transport)
        store.unlock(sessionId)
        return { reply: { ok: true, result: await store.state(core, sessionId) } }
      }
      default: {
        const user = await store.operatorFor(core, sessionId)
        return { reply: await dispatch(core, { user, transport }, method, raw) }
      }
    }
  } catch (err) {
    return { reply: { ok: false, error: toWireError(core, method, err) } }
  }
}


import { accountsContract } from '../../../shared/contract/accounts'
import { roleNames } from '../../../shared/contract/auth'
import { AppError } from '../../../shared/errors'
import { formatInstant } from '../../../shared/dates'
import type { Operator } from '../access'
import { appendAudit } from '../audit/append'
import type { Caller, Core, WriteContext } from '../context'
import type { Trx } from '../db/schema/index'
import type { UserAccountRow } from '../db/schema/user_account'
import { decoyHash, hashPassword, verifyPassword } from './password'
import { countAccounts, countFailedLogin, findAccountById, findAccountByName, insertAccount, updateAccount } from './queries'

export const maxFailedLogins = 5
export const lockoutMinutes = 15

/** The signed-in account behind an Operator; a session keeps this id and asks for the Operator again on every call. */
export interface SignedIn {
  accountId: string
  operator: Operator
}

const wrongCredentials = () => new AppError('UNAUTHORIZED', '用户名或密码不正确')

function lockedMessage(name: string, until: string): string {
  return `账户「${name}」连续 ${maxFailedLogins} 次密码错误，已锁定至 ${formatInstant(until)}。请稍后再试，或请管理员重置密码。`
}

/**
 * Sign-in writes its own small transactions (the wrong-password count, the lockout, the first administrator): they
 * must land even though the login itself is refused, which a call through the dispatcher would roll back. Each one
 * writes its audit row in the same transaction, as the dispatcher would.
 */
async function writeAudited<T>(core: Core, caller: Caller, method: string, input: unknown, write: (trx: Trx) => Promise<T>): Promise<T> {
  return core.db.transaction().execute(async (trx) => {
    const out = await write(trx)
    const ctx: WriteContext = { core, caller, now: core.now, newId: core.newId, db: trx, trx, afterCommit: () => undefined }
    await appendAudit(ctx, method, { input, outcome: out })
    return out
  })
}

function operatorOf(row: UserAccountRow): Operator {
  return { name: row.name, role: row.role }
}

/**
 * The one way from credentials to an Operator, for every transport. A database without any account yet is at its
 * first run: the first name and password given become its administrator (the first-run screen, `uniondesk init`).
 */
export async function signIn(core: Core, name: string, password: string, transport: Caller['transport']): Promise<SignedIn> {
  const row = await findAccountByName(core.db, name)
  if (!row) {
    if ((await countAccounts(core.db)) === 0) return createFirstAdministrator(core, name, password, transport)
    await verifyPassword(password, await decoyHash())
    throw wrongCredentials()
  }
  const now = core.now()
  if (row.locked_until !== null && row.locked_until > now) throw new AppError('ACCOUNT_LOCKED', lockedMessage(row.name, row.locked_until))
  const caller: Caller = { user: operatorOf(row), transport }
  if (!(await verifyPassword(password, row.password_hash))) {
    if (core.readOnly) throw wrongCredentials()
    const failures = await core.db.transaction().execute((trx) => countFailedLogin(trx, row.id, now))
    if (failures < maxFailedLogins) {
      throw new AppError('UNAUTHORIZED', `用户名或密码不正确（再错 ${maxFailedLogins - failures} 次，账户将锁定 ${lockoutMinutes} 分钟）`)
    }
    const until = new Date(Date.parse(now) + lockoutMinutes * 60_000).toISOString()
    await writeAudited(core, caller, 'auth.lockAccount', { name: row.name }, async (trx) => {
      await updateAccount(trx, row.id, { failed_logins: 0, locked_until: until, updated_at: now })
      return { lockedUntil: until }
    })
    throw new AppError('ACCOUNT_LOCKED', lockedMessage(row.name, until))
  }
  if (row.active !== 1) throw new AppError('UNAUTHORIZED', `账户「${row.name}」已停用，请联系管理员`)
  if ((row.failed_logins > 0 || row.locked_until !== null) && !core.readOnly) {
    await core.db.transaction().execute((trx) => updateAccount(trx, row.id, { failed_logins: 0, locked_until: null, updated_at: now }))
  }
  return { accountId: row.id, operator: operatorOf(row) }
}

async function createFirstAdministrator(core: Core, name: string, password: string, transport: Caller['transport']): Promise<SignedIn> {
  if (core.readOnly) throw new AppError('DB_READONLY', '数据库为只读，无法创建管理员账户')
  const checked = accountsContract['accounts.add'].input.safeParse({ name, role: 'admin', password })
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const field = issue?.path[0] === 'password' ? '密码' : '用户名'
    throw new AppError('INVALID_INPUT', `「${field}」${issue?.message ?? '不正确'}`, { field: String(issue?.path[0] ?? 'name') })
  }
  const hash = await hashPassword(password)
  const operator: Operator = { name: checked.data.name, role: 'admin' }
  const id = core.newId()
  await writeAudited(core, { user: operator, transport }, 'accounts.add', { name: operator.name, role: 'admin', firstRun: true }, async (trx) => {
    // Checked again inside the write lock: two first logins at once make one administrator, not two.
    const others = await trx.selectFrom('user_account').select('id').limit(1).executeTakeFirst()
    if (others) throw wrongCredentials()
    const at = core.now()
    await insertAccount(trx, { id, name: operator.name, role: 'admin', password_hash: hash, active: 1, failed_logins: 0, locked_until: null, created_at: at, updated_at: at })
    return { id, name: operator.name, role: roleNames.admin }
  })
  return { accountId: id, operator }
}

/** The Operator a session stands for now: a disabled account signs out every session it has. */
export async function operatorOfAccount(core: Core, accountId: string): Promise<Operator> {
  const row = await findAccountById(core.readDb, accountId)
  if (!row || row.active !== 1) throw new AppError('UNAUTHORIZED', '账户已停用或不存在，请重新登录')
  return operatorOf(row)
}

/**
 * The caller of a pure check (`uniondesk id check`) that runs on an in-memory database made for it and holding no
 * data and no account: nothing to protect, so no login; read-only rights all the same.
 */
export async function pureCheckOperator(core: Core): Promise<Operator> {
  if (core.dbPath !== ':memory:' || (await countAccounts(core.db)) > 0) throw new AppError('UNAUTHORIZED', '请先登录')
  return { name: '校验', role: 'viewer' }
}

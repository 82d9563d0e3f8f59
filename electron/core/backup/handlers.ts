import { appendAudit } from '../audit/append'
import type { ReadContext } from '../context'
import { deferred } from '../deferred'
import type { FeatureHandlers } from '../handler-types'
import type { RestoreResult } from '../../../shared/contract/backup'
import { restoreBackup } from './restore'
import { backupOverview, createManualBackup } from './service'

/**
 * A restore cannot run inside the dispatcher's transaction (the file under it is replaced), so its audit row is
 * appended here, to the restored database's own chain, once it is open again: the trail says who put it back, when,
 * from which file, and where the replaced database was kept.
 */
async function auditRestore(ctx: ReadContext, input: unknown, result: RestoreResult): Promise<void> {
  await ctx.core.db.transaction().execute(async (trx) =>
    appendAudit({ ...ctx, db: trx, trx, afterCommit: () => undefined }, 'backup.restore', { input, outcome: result }),
  )
}

export const backupHandlers = {
  'backup.list': async ({ core }) => backupOverview(core.dataDir),
  // The call's transaction holds only its audit row; VACUUM INTO runs after the commit on the read connection (one read
  // transaction, which never holds up another window's write).
  'backup.create': async ({ core, now }, input) =>
    deferred((r) => createManualBackup(r.db, core.dataDir, { ...input, at: now() }), {
      summary: { out: input.out, encrypted: input.passphrase !== undefined },
      failed: async () => '备份文件没有生成（已记入操作日志）',
    }),
  'backup.restore': async (ctx, input) => {
    const result = await restoreBackup(ctx.core, input)
    await auditRestore(ctx, input, result)
    return result
  },
} satisfies FeatureHandlers<'backup'>

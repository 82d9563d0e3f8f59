import { methodTitle, methodTitles } from '../../../shared/contract/audit'
import { dayBoundsUtc, formatInstant } from '../../../shared/dates'
import type { ReadContext } from '../context'
import type { Db } from '../db/schema/index'
import { writeTableFile } from '../files/table-file'
import type { FeatureHandlers } from '../handler-types'
import { readAuditKey } from './key'
import { changesText, toAuditRowView } from './mappers'
import { auditActors, auditRowsAfter, countAudit, listAuditPage, type AuditFilter } from './queries'
import { verifyAuditChain } from './verify'

interface Filter {
  actor?: string | undefined
  method?: string | undefined
  from?: string | undefined
  to?: string | undefined
  record?: string | undefined
}

/** 记录 is a record id or a member's name: the name stands for every member who has it. */
async function recordIds(db: Db, record: string): Promise<string[]> {
  const named = await db.selectFrom('member').select('id').where('name', '=', record).limit(200).execute()
  return [record, ...named.map((m) => m.id)]
}

async function toQueryFilter(db: Db, f: Filter): Promise<AuditFilter> {
  return {
    ...(f.from ? { fromAt: dayBoundsUtc(f.from).from } : {}),
    ...(f.to ? { toAt: dayBoundsUtc(f.to).to } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.method ? { method: f.method } : {}),
    ...(f.record ? { recordIds: await recordIds(db, f.record) } : {}),
  }
}

const exportPage = 1000

async function* exportLines(ctx: ReadContext, filter: AuditFilter): AsyncGenerator<string[]> {
  let after = 0
  for (;;) {
    const rows = await auditRowsAfter(ctx.db, after, exportPage, filter)
    if (rows.length === 0) return
    for (const row of rows) {
      const v = toAuditRowView(row)
      yield [String(v.seq), formatInstant(v.at), v.actor, v.transport, v.action, v.method, v.recordIds.join('\n'), changesText(v.changes), v.reason ?? '']
    }
    after = rows[rows.length - 1]?.seq ?? after
  }
}

export const auditHandlers = {
  'audit.list': async ({ db }, input) => {
    const filter = await toQueryFilter(db, input)
    const [total, rows] = await Promise.all([countAudit(db, filter), listAuditPage(db, filter, input)])
    return { total, items: rows.map(toAuditRowView) }
  },
  'audit.filters': async ({ db }) => ({
    actors: await auditActors(db),
    actions: Object.keys(methodTitles).map((method) => ({ method, action: methodTitle(method) })),
  }),
  'audit.verify': async ({ core }) => verifyAuditChain(core.readDb, readAuditKey(core)),
  // A write (the export is audited like an unmasked one); the file is read from the committed trail on the write
  // connection's snapshot, in chain order, a page at a time.
  'audit.export': async (ctx, input) => {
    const filter = await toQueryFilter(ctx.db, input)
    return writeTableFile({
      dataDir: ctx.core.dataDir,
      fileName: `操作日志.${input.format}`,
      format: input.format,
      sheetName: '操作日志',
      columns: [
        { header: '序号', width: 8 },
        { header: '时间', width: 17 },
        { header: '操作人', width: 12 },
        { header: '途径', width: 6 },
        { header: '操作', width: 18 },
        { header: '功能', width: 24 },
        { header: '记录', width: 40 },
        { header: '变更内容', width: 60 },
        { header: '原因', width: 24 },
      ],
      rows: exportLines(ctx, filter),
      now: ctx.now(),
    })
  },
} satisfies FeatureHandlers<'audit'>

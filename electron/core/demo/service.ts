import { z } from 'zod'
import type { DemoAddition, DemoCleared, DemoStatus } from '../../../shared/contract/demo'
import { AppError } from '../../../shared/errors'
import type { WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import { deleteDemoTables, getDemoMarker, recordCounts } from './queries'
import { recordTables, type RecordTable } from './tables'

const countsSchema = z.record(z.string(), z.number())

/** Record tables holding more rows than right after the load, in the clerk's words. */
async function additions(db: Db, countsJson: string): Promise<DemoAddition[]> {
  const atLoad = countsSchema.parse(JSON.parse(countsJson))
  const now = await recordCounts(db)
  const out: DemoAddition[] = []
  for (const [table, n] of now) {
    const added = n - (atLoad[table] ?? 0)
    if (added > 0) out.push({ what: recordTables[table], count: added })
  }
  return out
}

export async function demoStatus(db: Db): Promise<DemoStatus | null> {
  const marker = await getDemoMarker(db)
  if (!marker) return null
  return { loadedAt: marker.loaded_at, members: marker.members, addedSince: await additions(db, marker.counts_json) }
}

const listed = (a: DemoAddition[]) => a.map((x) => `${x.what} ${x.count} 条`).join('、')

/**
 * Clears the demo in the call's one transaction. Records typed in since the load are real work as far as the core can
 * tell: they are refused, named, unless the caller says to remove them too (the UI asks first).
 */
export async function clearDemo(ctx: WriteContext, includeAdded: boolean): Promise<DemoCleared> {
  const marker = await getDemoMarker(ctx.trx)
  if (!marker) throw new AppError('NOT_FOUND', '数据库中没有示例数据，无需清除（真实数据不会被这个功能删除）')
  const added = await additions(ctx.trx, marker.counts_json)
  if (added.length > 0 && !includeAdded) {
    throw new AppError(
      'CONFLICT',
      `载入示例数据后又新增了${listed(added)}，它们与示例数据一起才能清除。确认这些也不要了，请选择“一并清除”（命令行加 --include-added）；否则请保留这个数据库`,
      { field: 'includeAdded' },
    )
  }
  const before = await recordCounts(ctx.trx)
  await deleteDemoTables(ctx.trx)
  const count = (t: RecordTable) => before.get(t) ?? 0
  return { members: count('member'), orgs: count('org'), addedRemoved: added }
}

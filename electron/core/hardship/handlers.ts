import { calculateCategory, householdFigures } from '../../../shared/hardship/category'
import type { FeatureHandlers } from '../handler-types'
import { readSetting, writeSetting } from '../aid/settings'
import { toFileSummary } from './mappers'
import { listFiles } from './queries'
import { advance, createFile, dibaoLine, dueReviews, getFile, revealFile, updateFileContent } from './service'

export const hardshipHandlers = {
  'hardship.list': async ({ db }, p) => {
    const line = await dibaoLine(db)
    const page = await listFiles(db, p, p)
    return { items: page.items.map((r) => toFileSummary(r, line)), total: page.total }
  },
  'hardship.get': async (ctx, p) => getFile(ctx, p),
  'hardship.revealDetail': async (ctx, p) => revealFile(ctx, p),
  'hardship.create': async (ctx, p) => createFile(ctx, p),
  'hardship.update': async (ctx, p) => updateFileContent(ctx, p),
  'hardship.advance': async (ctx, p) => advance(ctx, p),
  'hardship.calculate': async ({ db }, p) => calculateCategory({ ...householdFigures(p), dibaoLineFen: await dibaoLine(db) }),
  'hardship.dueReviews': async (ctx, p) => dueReviews(ctx, p),
  'hardship.settings': async ({ db }) => {
    const s = await readSetting(db, 'dibaoLineFen')
    return { dibaoLineFen: s.value, updatedAt: s.updatedAt, updatedBy: s.updatedBy }
  },
  'hardship.saveSettings': async (ctx, p) => {
    await writeSetting(ctx.trx, 'dibaoLineFen', p.dibaoLineFen, ctx.now(), ctx.caller.user.name)
    const s = await readSetting(ctx.trx, 'dibaoLineFen')
    return { dibaoLineFen: s.value, updatedAt: s.updatedAt, updatedBy: s.updatedBy }
  },
} satisfies FeatureHandlers<'hardship'>


import { materialName, materialNeeded } from '../../../shared/aid/rules'
import { aidProgramTemplates, programFromTemplate } from '../../../shared/aid/templates'
import { addDays, todayIn } from '../../../shared/dates'
import type { WriteContext } from '../context'
import { createFile, advance } from '../hardship/service'
import { createApplication } from './application-service'
import { approveBatch, createBatch, payBatch, startNotice } from './batch-service'
import { addProgram } from './program-service'
import { reviewApplication } from './review-service'

// Sample aid data for demo.load (called by the demo feature after it has filled the register): the built-in programs
// for this year and applications in every state, so each screen has something to show. Separation of duties is off
// by default, so one operator may walk the whole flow here.

export interface AidDemoResult {
  programs: number
  applications: number
  hardshipFiles: number
}

const BUDGETS: Record<string, number> = {
  fuweijin: 20_000_000,
  'yiliao-huzhu': 100_000_000,
  'jinqiu-zhuxue': 5_000_000,
  songwennuan: 10_000_000,
  wennuanbao: 2_000_000,
}

export async function loadAidDemo(ctx: WriteContext): Promise<AidDemoResult> {
  const today = todayIn(ctx.now())
  const year = Number(today.slice(0, 4))
  for (const t of aidProgramTemplates) await addProgram(ctx, programFromTemplate(t, year, BUDGETS[t.code] ?? 10_000_000))
  const members = await ctx.trx.selectFrom('member').select(['id']).where('status', '=', 'active').orderBy('id').limit(12).execute()
  const ids = members.map((m) => m.id)
  const at = (i: number) => ids[i % Math.max(1, ids.length)] ?? ''
  if (ids.length === 0) return { programs: aidProgramTemplates.length, applications: 0, hardshipFiles: 0 }
  const early = addDays(today, -60)

  let files = 0
  for (let i = 0; i < Math.min(3, ids.length); i++) {
    const file = await createFile(ctx, {
      memberId: at(i),
      applyDate: early,
      causes: i === 0 ? ['疾病'] : ['子女教育'],
      familyMembers: [{ name: '家属', relation: '配偶', idNumber: null, birthDate: null, health: null, employment: null, monthlyIncomeFen: 0 }],
      incomes: [{ kind: '工资', annualFen: 1_500_000 + i * 800_000, note: null }],
      expenses: [{ kind: i === 0 ? '医疗' : '教育', annualFen: 600_000, note: null }],
      category: null,
      categoryReason: null,
      address: null,
      phone: null,
      bankName: null,
      bankAccount: null,
      note: null,
    })
    if (file.category !== null) {
      for (const step of ['初审', '入户调查', '公示', '建档'] as const) await advance(ctx, { id: file.id, step, date: addDays(early, 2), note: null })
    }
    files++
  }

  const base = { materials: [], bankName: null, bankAccount: null, submit: false }
  let applications = 0
  // No account named: the application is paid into the member's registered one (every demo member has one).
  const apply = async (code: string, i: number, input: Record<string, unknown>, date: string, submit = false, on: WriteContext = ctx) => {
    applications++
    const materials = submit ? (aidProgramTemplates.find((t) => t.code === code)?.materials ?? []).filter((m) => materialNeeded(m, input)).map(materialName) : []
    return createApplication(on, { ...base, materials, programCode: code, year, memberId: at(i), input, date, submit })
  }
  // Drafts and a submitted application waiting for review.
  await apply('fuweijin', 0, { grade: 4 }, today)
  if (ids.length > 1) await apply('yiliao-huzhu', 1, { selfPaidFen: 2_000_000, hospitalDays: 12 }, addDays(today, -5), true)

  // A 送温暖 batch in its notice period, and one approved and paid.
  const warm = async (from: number, to: number, at: WriteContext = ctx) => {
    const list: string[] = []
    for (let i = from; i < Math.min(to, ids.length); i++) {
      const app = await apply('songwennuan', i, {}, early, true, at)
      await reviewApplication(at, { id: app.id, decision: 'approve', reason: null })
      list.push(app.id)
    }
    return list
  }
  // The paid batch was entered and reviewed weeks ago: a notice never starts before its applications passed review.
  const reviewedAt = new Date(Date.parse(ctx.now()) - 50 * 86_400_000).toISOString()
  const paidIds = await warm(2, 6, { ...ctx, now: () => reviewedAt })
  if (paidIds.length > 0) {
    const batch = await createBatch(ctx, { applicationIds: paidIds })
    const notice = await startNotice(ctx, { id: batch.id, startDate: addDays(today, -45) })
    await approveBatch(ctx, { id: batch.id, date: notice.earliestApproval ?? today })
    await payBatch(ctx, { id: batch.id, method: 'bank', date: notice.earliestApproval ?? today, reference: '示例代发' })
  }
  const noticeIds = await warm(6, 10)
  if (noticeIds.length > 0) {
    const batch = await createBatch(ctx, { applicationIds: noticeIds })
    await startNotice(ctx, { id: batch.id, startDate: today })
  }
  return { programs: aidProgramTemplates.length, applications, hardshipFiles: files }
}

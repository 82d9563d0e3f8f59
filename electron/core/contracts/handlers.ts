import type { ContractReminder } from '../../../shared/contract/contracts'
import { coverageSentence } from '../../../shared/contracts/coverage'
import { remindersAsOf } from '../../../shared/contracts/reminders'
import { addDays, addMonths } from '../../../shared/dates'
import { readCalendar } from '../aid/settings'
import type { FeatureHandlers } from '../handler-types'
import { stageOf } from './mappers'
import { coverageFigures, enterpriseOptions, listContractRows, reminderCandidates } from './queries'
import { attachContractFile, contractDetail, saveContract, todayOf } from './service'

const toneOrder = { red: 0, amber: 1, green: 2, grey: 3 } as const

export const contractsHandlers = {
  'contracts.save': async (ctx, input) => saveContract(ctx, input),
  'contracts.get': async (ctx, { id, today }) => contractDetail(ctx, id, today),
  'contracts.check': async (ctx, { id, today }) => (await contractDetail(ctx, id, today)).check,
  'contracts.list': async (ctx, { kind, q, expiringDays, today, limit, offset }) => {
    const day = todayOf(ctx, today)
    const expiring = expiringDays === undefined ? {} : { termEndFrom: day, termEndTo: addDays(day, expiringDays) }
    const [rows, cal] = [await listContractRows(ctx.db, { kind, q, ...expiring, limit, offset }), await readCalendar(ctx.db)]
    return rows.map((r) => ({
      id: r.id, kind: r.kind, title: r.title, unionSide: r.union_side, employerSide: r.employer_side, enterpriseCount: r.enterprise_count ?? 0,
      workersCovered: r.workers_covered, signedDate: r.signed_date, termStart: r.term_start, termEnd: r.term_end, stage: stageOf(r, day, cal),
    }))
  },
  'contracts.reminders': async (ctx, { today }) => {
    const day = todayOf(ctx, today)
    // The later of 90 days and the 3-month renewal window bounds the contracts whose end matters today.
    const termEndTo = [addDays(day, 90), addDays(addMonths(day, 3), 1)].sort().at(-1) ?? day
    const [rows, cal] = [await reminderCandidates(ctx.db, { today: day, termEndTo }), await readCalendar(ctx.db)]
    const remindersOf = remindersAsOf(day, cal)
    const out: ContractReminder[] = rows.flatMap((r) =>
      remindersOf({ id: r.id, title: r.title, requestDate: r.request_date, replyDate: r.reply_date, signedDate: r.signed_date, filedDate: r.filed_date, termEnd: r.term_end, renewalStartedDate: r.renewal_started_date }),
    )
    return out.sort((a, b) => toneOrder[a.tone] - toneOrder[b.tone] || a.due.localeCompare(b.due) || a.contractId.localeCompare(b.contractId))
  },
  'contracts.coverage': async (ctx, { asOf }) => {
    const day = todayOf(ctx, asOf)
    const f = await coverageFigures(ctx.db, day)
    const contracts = f.byKind.reduce((s, k) => s + k.contracts, 0)
    const workers = f.byKind.reduce((s, k) => s + k.workers, 0)
    return {
      asOf: day, contracts, byKind: f.byKind, enterprises: f.enterprises, workers, workersDeduplicated: f.dedup, newThisYear: f.newThisYear,
      sentence: coverageSentence(contracts, workers),
    }
  },
  'contracts.enterpriseOptions': async (ctx, p) => (await enterpriseOptions(ctx.db, p)).map((e) => ({ name: e.name, orgName: e.org_name, workers: e.employee_count })),
  'contracts.attachFile': async (ctx, p) => attachContractFile(ctx, p),
} satisfies FeatureHandlers<'contracts'>

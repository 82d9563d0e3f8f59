import type { Permission } from '../../../shared/contract/types'
import type { TodoKey, WorkbenchTodo } from '../../../shared/contract/workbench'
import { remindersAsOf } from '../../../shared/contracts/reminders'
import { EXPIRING_SOON_DAYS } from '../../../shared/contracts/rules'
import { addDays, todayIn } from '../../../shared/dates'
import { REGISTERED_STATUSES } from '../../../shared/hardship/types'
import { readCalendar } from '../aid/settings'
import { backupOverview } from '../backup/service'
import type { ReadContext } from '../context'
import { reminderCandidates } from '../contracts/queries'
import { links } from './links'
import { awaitingReviewQuery, congressTermsEndingQuery, contractsExpiringQuery, hardshipReviewsDueQuery, noticeBatches, unacknowledgedPackagesQuery } from './queries'

/** 公示 ending within this many days counts as due (the batch then needs its approval prepared). */
export const NOTICE_ENDING_DAYS = 2
/** Yearly reviews are prepared a month ahead, as hardship.dueReviews does by default. */
export const REVIEW_AHEAD_DAYS = 30
/** A congress's new election is prepared three months before its term ends. */
export const CONGRESS_AHEAD_DAYS = 90
/** The newest backup older than this is overdue (automatic backups are daily, so this means they have been failing). */
export const BACKUP_OVERDUE_DAYS = 7

type Todo = Omit<WorkbenchTodo, 'key'>

/**
 * One source of to-dos: the permission its list needs, and its to-do on `today` (null when nothing is due). A feature
 * adds itself by adding one entry to `todoProviders`.
 */
export interface TodoProvider {
  key: TodoKey
  permission: Permission
  due(ctx: ReadContext, today: string): Promise<Todo | null>
}

const aidNotice: TodoProvider = {
  key: 'aidNotice',
  permission: 'aid.read',
  async due({ db }, today) {
    const b = await noticeBatches(db, today, addDays(today, NOTICE_ENDING_DAYS))
    const count = b.ending + b.approvable
    if (count === 0) return null
    const parts = [b.approvable ? `${b.approvable} 批公示期满待批准` : '', b.ending ? `${b.ending} 批公示将于 ${NOTICE_ENDING_DAYS} 日内结束` : '']
    return { title: '公示期满待批准', count, detail: parts.filter(Boolean).join('，'), tone: b.approvable ? 'red' : 'amber', link: links.aidNotice() }
  },
}

const aidReview: TodoProvider = {
  key: 'aidReview',
  permission: 'aid.read',
  async due({ db }) {
    const { n: count } = await awaitingReviewQuery(db).executeTakeFirstOrThrow()
    return count === 0 ? null : { title: '救助申请待审核', count, detail: `${count} 份申请已提交，等待审核`, tone: 'amber', link: links.aidReview() }
  },
}

const hardshipReview: TodoProvider = {
  key: 'hardshipReview',
  permission: 'aid.read',
  async due({ db }, today) {
    const until = addDays(today, REVIEW_AHEAD_DAYS)
    const r = await hardshipReviewsDueQuery(db, today, until, REGISTERED_STATUSES).executeTakeFirstOrThrow()
    if (r.n === 0) return null
    const detail = r.overdue ? `${r.overdue} 户已超过复核日期，共 ${r.n} 户须在 ${until} 前复核` : `${r.n} 户须在 ${until} 前年度复核`
    return { title: '困难职工年度复核', count: r.n, detail, tone: r.overdue ? 'red' : 'amber', link: links.hardshipReview(until) }
  },
}

/** Replies awaited and filings late, as contracts.reminders raises them (same rules, same working-day calendar). */
const contractDeadlines: TodoProvider = {
  key: 'contractDeadlines',
  permission: 'members.read',
  async due({ db }, today) {
    const [rows, cal] = [await reminderCandidates(db, { today, termEndTo: today }), await readCalendar(db)]
    const remindersOf = remindersAsOf(today, cal)
    const due = rows.flatMap((r) =>
      remindersOf({ id: r.id, title: r.title, requestDate: r.request_date, replyDate: r.reply_date, signedDate: r.signed_date, filedDate: r.filed_date, termEnd: r.term_end, renewalStartedDate: r.renewal_started_date }),
    ).filter((x) => x.kind === 'replyDue' || x.kind === 'filingLate')
    if (due.length === 0) return null
    const replies = due.filter((x) => x.kind === 'replyDue').length
    const late = due.length - replies
    const detail = [replies ? `${replies} 份要约等待回应` : '', late ? `${late} 份已签订逾期未报送备案` : ''].filter(Boolean).join('，')
    return { title: '集体合同回应与备案', count: due.length, detail, tone: due.some((x) => x.tone === 'red') ? 'red' : 'amber', link: links.contracts() }
  },
}

const contractsExpiringSoon: TodoProvider = {
  key: 'contractsExpiring',
  permission: 'members.read',
  async due({ db }, today) {
    const { n: count } = await contractsExpiringQuery(db, today, addDays(today, EXPIRING_SOON_DAYS)).executeTakeFirstOrThrow()
    return count === 0
      ? null
      : { title: '集体合同即将期满', count, detail: `${count} 份合同将在 ${EXPIRING_SOON_DAYS} 天内期满`, tone: 'amber', link: links.contractsExpiring(EXPIRING_SOON_DAYS) }
  },
}

const congressTerms: TodoProvider = {
  key: 'congressTerms',
  permission: 'congress.read',
  async due({ db }, today) {
    const until = addDays(today, CONGRESS_AHEAD_DAYS)
    const r = await congressTermsEndingQuery(db, today, until).executeTakeFirstOrThrow()
    if (r.n === 0) return null
    const detail = [r.ended ? `${r.ended} 家企业职代会届期已满` : '', r.n - r.ended ? `${r.n - r.ended} 家将在 ${until} 前届满` : ''].filter(Boolean).join('，')
    return { title: '职代会届期将满', count: r.n, detail, tone: r.ended ? 'red' : 'amber', link: links.congressTerms(until) }
  },
}

const backupOverdue: TodoProvider = {
  key: 'backupOverdue',
  permission: 'system.admin',
  async due({ core }, today) {
    const { lastBackupAt } = await backupOverview(core.dataDir)
    const last = lastBackupAt === null ? null : todayIn(lastBackupAt)
    if (last !== null && last > addDays(today, -BACKUP_OVERDUE_DAYS)) return null
    const detail = last === null ? '还没有任何备份' : `最近一次备份在 ${last}，已超过 ${BACKUP_OVERDUE_DAYS} 天`
    return { title: '备份逾期', count: 1, detail, tone: 'red', link: links.backup() }
  },
}

/** A package carried upstream this long without its receipt has probably not been imported (or its receipt is lost). */
export const RECEIPT_OVERDUE_DAYS = 35

/** Packages generated for the current federation and not yet acknowledged by a receipt (上报包待回执). */
const exchangeUnacknowledged: TodoProvider = {
  key: 'exchangeUnacknowledged',
  permission: 'members.read',
  async due({ db }, today) {
    const r = await unacknowledgedPackagesQuery(db).executeTakeFirstOrThrow()
    if (r.n === 0 || r.first_sequence === null || r.first_created_at === null) return null
    const since = todayIn(r.first_created_at)
    const overdue = since <= addDays(today, -RECEIPT_OVERDUE_DAYS)
    const detail = `${r.n} 个上报包尚未收到回执，最早的是第 ${r.first_sequence} 号（${since} 生成）`
    return { title: '上报包待回执', count: r.n, detail, tone: overdue ? 'red' : 'amber', link: links.exchange() }
  },
}

/** Every source of to-dos, in the order the workbench shows them. */
export const todoProviders: readonly TodoProvider[] = [
  aidNotice,
  aidReview,
  hardshipReview,
  contractDeadlines,
  contractsExpiringSoon,
  congressTerms,
  exchangeUnacknowledged,
  backupOverdue,
]

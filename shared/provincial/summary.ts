import { memberEventTypes, memberStatuses, newFormTypes, type MemberEventType, type MemberStatus } from '../members/fields'

/**
 * The per-union summary that travels beside the provincial 会员信息采集表 (domain §11.1): members in good standing by
 * category, and the period's 会籍 changes. Pure: core hands it counts it summed with SQL (member_tally, and
 * member_event grouped by union and type), this turns them into the sheet's figures.
 */

/** Head counts of one union's register by the tally's categories (a member_tally row). */
export interface TallyCount {
  orgId: string
  /** A member status code; anything else is not counted. */
  status: string
  /** '' when not recorded. */
  gender: string
  isMigrant: boolean
  /** '' for none. */
  newFormType: string
  n: number
}

/** Persons with a 会籍 event of `type` at the union within the period (voided events not counted). */
export interface EventCount {
  orgId: string
  type: MemberEventType
  persons: number
}

export type SummaryKey =
  | 'rows'
  | 'members'
  | 'active'
  | 'retained'
  | 'women'
  | 'migrant'
  | 'newForm'
  | `newForm:${(typeof newFormTypes)[number]}`
  | `period:${MemberEventType}`

const periodHeaders: Readonly<Record<MemberEventType, string>> = {
  join: '本期入会',
  transfer_in: '本期转入',
  retain: '本期保留会籍',
  transfer_out: '本期转出',
  expel: '本期除名',
  withdraw: '本期退会',
}

/** The summary's figure columns, in sheet order; 会员总数 and its categories count 在会 + 保留. */
export const summaryFigures: ReadonlyArray<{ key: SummaryKey; header: string }> = [
  { key: 'rows', header: '采集表人数' },
  { key: 'members', header: '会员总数' },
  { key: 'active', header: '在会' },
  { key: 'retained', header: '保留会籍' },
  { key: 'women', header: '女性会员' },
  { key: 'migrant', header: '农民工会员' },
  { key: 'newForm', header: '新就业形态劳动者会员' },
  ...newFormTypes.map((t) => ({ key: `newForm:${t}` as const, header: t === '其他' ? '其他新就业形态' : t })),
  ...memberEventTypes.map((t) => ({ key: `period:${t}` as const, header: periodHeaders[t] })),
]

/** One union's (or the office's) figures; a key not set is 0. */
export class SummaryFigures {
  private readonly values = new Map<SummaryKey, number>()
  get(key: SummaryKey): number {
    return this.values.get(key) ?? 0
  }
  add(key: SummaryKey, n: number): void {
    this.values.set(key, this.get(key) + n)
  }
}

/** Rows of the 采集表 in the order core writes them: by union, then by status in this order, then by name. */
export const rowStatusOrder: readonly MemberStatus[] = ['active', 'retained', 'transferred_out', 'withdrawn', 'expelled']

const isMemberStatus = (s: string): s is MemberStatus => (memberStatuses as readonly string[]).includes(s)
const isNewFormType = (t: string): t is (typeof newFormTypes)[number] => (newFormTypes as readonly string[]).includes(t)

/** Each union's figures from the tally and the period's event counts; a union with neither is absent. */
export function summarise(tally: readonly TallyCount[], events: readonly EventCount[]): Map<string, SummaryFigures> {
  const out = new Map<string, SummaryFigures>()
  const of = (orgId: string) => {
    let f = out.get(orgId)
    if (!f) out.set(orgId, (f = new SummaryFigures()))
    return f
  }
  for (const t of tally) {
    if (!isMemberStatus(t.status)) continue
    const f = of(t.orgId)
    f.add('rows', t.n)
    if (t.status !== 'active' && t.status !== 'retained') continue
    f.add('members', t.n)
    f.add(t.status, t.n)
    if (t.gender === '女') f.add('women', t.n)
    if (t.isMigrant) f.add('migrant', t.n)
    if (t.newFormType !== '') {
      f.add('newForm', t.n)
      // A type outside the list (typed by hand before the list existed) still counts, as 其他.
      f.add(`newForm:${isNewFormType(t.newFormType) ? t.newFormType : '其他'}`, t.n)
    }
  }
  for (const e of events) of(e.orgId).add(`period:${e.type}`, e.persons)
  return out
}

/** The office's totals: the sum of every union's figures. */
export function totalOf(figures: Iterable<SummaryFigures>): SummaryFigures {
  const sum = new SummaryFigures()
  for (const f of figures) for (const { key } of summaryFigures) sum.add(key, f.get(key))
  return sum
}

import { addMonths } from '../dates'
import { memberEventLabels, memberStatusLabels, memberEventTypes, type MemberEventType, type MemberStatus } from './fields'

/** Domain §3.4. null = no record in this office yet. Expelled people come back only through a supervisor (not in this app yet). */
const transitions: Readonly<Record<MemberStatus | 'none', Partial<Record<MemberEventType, MemberStatus>>>> = {
  none: { join: 'active', transfer_in: 'active' },
  active: { retain: 'retained', transfer_out: 'transferred_out', expel: 'expelled', withdraw: 'withdrawn' },
  retained: { transfer_out: 'transferred_out', expel: 'expelled', withdraw: 'withdrawn' },
  transferred_out: { transfer_in: 'active' },
  withdrawn: { join: 'active' },
  expelled: {},
}

export function nextStatus(current: MemberStatus | null, event: MemberEventType): MemberStatus | null {
  return transitions[current ?? 'none'][event] ?? null
}

export function allowedEvents(current: MemberStatus | null): MemberEventType[] {
  return memberEventTypes.filter((e) => nextStatus(current, e) !== null)
}

/** What a single snapshot event states (an import from another system records the person's current 会籍 as one event). */
export const statusStatedBy: Readonly<Record<MemberEventType, MemberStatus>> = {
  join: 'active',
  transfer_in: 'active',
  retain: 'retained',
  transfer_out: 'transferred_out',
  expel: 'expelled',
  withdraw: 'withdrawn',
}

/**
 * The status a history leads to, replayed through the transition table (oldest first); the first event may be a
 * snapshot and is taken as the state it names. Null when a later event is not allowed after the ones before it.
 */
export function statusAfterEvents(types: readonly MemberEventType[]): MemberStatus | null {
  let status: MemberStatus | null = null
  for (const [i, type] of types.entries()) {
    const next: MemberStatus | null = i === 0 ? (nextStatus(null, type) ?? statusStatedBy[type]) : nextStatus(status, type)
    if (!next) return null
    status = next
  }
  return status
}

/** The refusal in the clerk's words: 「已转出」的会员不能办理「保留」，请先办理转入. */
export function transitionRefusal(current: MemberStatus | null, event: MemberEventType): string {
  const from = current ? `「${memberStatusLabels[current]}」的会员` : '尚无会籍记录的人员'
  const allowed = allowedEvents(current).map((e) => `「${memberEventLabels[e]}」`)
  const hint = current === 'expelled' ? '已除名人员重新入会需上级审批' : allowed.length ? `只能办理${allowed.join('、')}` : ''
  return `${from}不能办理「${memberEventLabels[event]}」${hint ? `，${hint}` : ''}`
}

/**
 * Domain §3.4: a 会籍变化 is not dated in the future nor before the person turns 16. The reason (after the field name)
 * or null. The order against earlier events is checked where the history is read.
 */
export function eventDateRefusal(date: string, opts: { today: string; birthDate: string | null }): string | null {
  if (date > opts.today) return `${date} 晚于今天`
  const sixteen = opts.birthDate ? addMonths(opts.birthDate, 16 * 12) : null
  if (sixteen && date < sixteen) return `${date} 早于本人年满 16 周岁（${sixteen}）`
  return null
}

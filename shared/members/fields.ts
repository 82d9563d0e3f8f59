/** Code lists of the member register (domain.md §3.1–3.4, §3.7). Stored values are the English codes; UI shows labels. */

export const memberStatuses = ['active', 'retained', 'transferred_out', 'expelled', 'withdrawn'] as const
export type MemberStatus = (typeof memberStatuses)[number]
export const memberStatusLabels: Readonly<Record<MemberStatus, string>> = {
  active: '在会',
  retained: '保留',
  transferred_out: '已转出',
  expelled: '已除名',
  withdrawn: '已退会',
}

/** The six 会籍变化类型, in the template's code order 1–6. */
export const memberEventTypes = ['join', 'transfer_in', 'retain', 'transfer_out', 'expel', 'withdraw'] as const
export type MemberEventType = (typeof memberEventTypes)[number]
export const memberEventLabels: Readonly<Record<MemberEventType, string>> = {
  join: '入会',
  transfer_in: '转入',
  retain: '保留',
  transfer_out: '转出',
  expel: '除名',
  withdraw: '退会',
}

export const newFormTypes = ['快递员', '外卖送餐员', '网约车司机', '货车司机', '网约家政', '其他'] as const
export type NewFormType = (typeof newFormTypes)[number]

export const genders = ['男', '女'] as const
export type Gender = (typeof genders)[number]

export const idKinds = ['resident', 'hkmo', 'taiwan', 'foreign', 'other'] as const
export type MemberIdKind = (typeof idKinds)[number]
export const idKindLabels: Readonly<Record<MemberIdKind, string>> = {
  resident: '居民身份证',
  hkmo: '港澳居民居住证',
  taiwan: '台湾居民居住证',
  foreign: '外国人永久居留身份证',
  other: '其他证件',
}
/** The 会员信息采集表's own 证件类别 words: it has one category for both residence permits. */
export const idKindTemplateLabels: Readonly<Record<MemberIdKind, string>> = { ...idKindLabels, hkmo: '港澳台居民居住证', taiwan: '港澳台居民居住证' }

export const eventReasons = ['劳动（工作）关系发生变化', '在本单位下岗后待岗', '失业', '所在企业破产', '个人要求退会', '因犯罪被开除会籍'] as const

export const employmentStatuses = ['在岗', '待（下）岗', '失业', '退休', '离休', '退职', '退养（内退）', '病休', '其他'] as const
export const skillLevels = ['一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'] as const
export const politicalStatuses = [
  '中共党员', '中共预备党员', '共青团员', '民革会员', '民盟盟员', '民建会员', '民进会员', '农工党党员', '致公党党员',
  '九三学社社员', '台盟盟员', '无党派人士', '群众',
] as const
export const hukouTypes = ['农业', '非农业'] as const

/** Parses a lifecycle word as clerks write it: 入会 or its template code 1. */
export function eventTypeFromText(text: string): MemberEventType | null {
  const t = text.trim()
  const byCode = /^[1-6]$/.test(t) ? memberEventTypes[Number(t) - 1] : undefined
  if (byCode) return byCode
  for (const type of memberEventTypes) if (memberEventLabels[type] === t) return type
  return null
}

/** Accepts 在会 / 保留 / 转出 / 已转出 / 除名 / 退会 … as typed at the CLI or in a filter. */
export function statusFromText(text: string): MemberStatus | null {
  const t = text.trim().replace(/^已/, '')
  for (const s of memberStatuses) if (memberStatusLabels[s].replace(/^已/, '') === t || s === t) return s
  return null
}

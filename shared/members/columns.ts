/**
 * Spreadsheet columns of the member register: the 20 columns of the 会员信息采集表 in their standard order
 * (domain.md §3.1) followed by the columns this app adds. Headers are matched by text, never by position.
 */

export const memberColumnKeys = [
  'seq', 'name', 'gender', 'birthDate', 'ethnicity', 'employmentStatus', 'idKind', 'idNumber', 'education', 'skillLevel',
  'phone', 'hukouType', 'hukouPlace', 'eventType', 'eventDate', 'eventReason', 'politicalStatus', 'employerName',
  'nativePlace', 'isMigrant',
  // Not in the upstream template:
  'joinDate', 'orgName', 'enterpriseName', 'newFormType', 'bankName', 'bankAccount', 'notes',
] as const
export type MemberColumnKey = (typeof memberColumnKeys)[number]

export interface MemberColumn {
  key: MemberColumnKey
  /** The header written in exports (the province template's wording for the first 20). */
  header: string
  /** Other headers seen in offices' own sheets; compared after removing spaces, brackets' content is kept. */
  variants: readonly string[]
}

export const memberColumns: readonly MemberColumn[] = [
  { key: 'seq', header: '序号', variants: ['编号', '序'] },
  { key: 'name', header: '姓名', variants: ['职工姓名', '会员姓名', '名字'] },
  { key: 'gender', header: '性别', variants: [] },
  { key: 'birthDate', header: '出生日期', variants: ['出生年月', '出生年月日', '生日'] },
  { key: 'ethnicity', header: '民族', variants: [] },
  { key: 'employmentStatus', header: '就业状况', variants: ['就业状态'] },
  { key: 'idKind', header: '证件类别', variants: ['有效证件类别', '证件类型'] },
  { key: 'idNumber', header: '证件号码', variants: ['身份证号', '身份证号码', '公民身份号码', '身份证', '有效证件号码', '身份证件号码'] },
  { key: 'education', header: '学历', variants: ['文化程度'] },
  { key: 'skillLevel', header: '技术等级', variants: ['技能等级', '职业技能等级'] },
  { key: 'phone', header: '移动电话', variants: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式'] },
  { key: 'hukouType', header: '户籍类型', variants: ['户口类型', '户口性质'] },
  { key: 'hukouPlace', header: '户籍所在地', variants: ['户口所在地', '户籍地'] },
  { key: 'eventType', header: '会籍变化类型', variants: ['会籍变动类型'] },
  { key: 'eventDate', header: '会籍变化日期', variants: ['会籍变动日期', '会籍变化时间', '会籍变动时间'] },
  { key: 'eventReason', header: '会籍变化原因', variants: ['会籍变动原因'] },
  { key: 'politicalStatus', header: '政治面貌', variants: [] },
  { key: 'employerName', header: '工作单位', variants: ['所在单位', '单位名称', '工作单位名称', '单位'] },
  { key: 'nativePlace', header: '籍贯', variants: [] },
  { key: 'isMigrant', header: '是否农民工会员', variants: ['是否农民工', '农民工'] },
  // Issue 13: the join date a plain roster keeps; it dates the member's 会籍 event when the row has no 会籍变化日期.
  { key: 'joinDate', header: '入会日期', variants: ['入会时间', '入会年月', '加入工会日期', '加入工会时间', '加入工会年月', '参加工会日期', '参加工会时间', '入会日'] },
  { key: 'orgName', header: '所属工会', variants: ['基层工会', '基层工会名称', '工会名称'] },
  { key: 'enterpriseName', header: '所属企业', variants: ['企业名称'] },
  { key: 'newFormType', header: '新就业形态类型', variants: ['新就业形态', '新就业形态劳动者类型'] },
  { key: 'bankName', header: '开户银行', variants: ['开户行', '银行名称'] },
  { key: 'bankAccount', header: '银行账号', variants: ['银行卡号', '账号', '开户账号'] },
  { key: 'notes', header: '备注', variants: [] },
]

/** The 20 columns of the upstream template, in order. */
export const templateColumns: readonly MemberColumn[] = memberColumns.slice(0, 20)

export function columnLabel(key: MemberColumnKey): string {
  return memberColumns.find((c) => c.key === key)?.header ?? key
}

function compact(text: string): string {
  return text.replace(/[\s\u3000*＊:：]/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

/** Which column a header names: the standard header, a known variant, or the header with a bracketed note removed. */
export function columnForHeader(header: string): MemberColumnKey | null {
  const text = compact(header)
  if (text === '') return null
  const bare = text.replace(/\(.*?\)/g, '')
  for (const c of memberColumns) {
    const names = [c.header, ...c.variants].map(compact)
    if (names.includes(text) || names.includes(bare)) return c.key
  }
  return null
}

/** Per column index, the field it maps to; a column mapped twice keeps only its first occurrence. */
export function guessMapping(headers: readonly string[]): Array<MemberColumnKey | null> {
  const seen = new Set<MemberColumnKey>()
  return headers.map((h) => {
    const key = columnForHeader(h)
    if (!key || seen.has(key)) return null
    seen.add(key)
    return key
  })
}

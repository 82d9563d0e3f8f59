import { fenToYuanString, isFen } from '../money'

/** A figure's value by key, null where it cannot be computed: what the summary is written from. */
export type FigureValues = ReadonlyMap<string, number | null>

/**
 * One paragraph in the style of the seed reports (domain §11.2): 新增工会组织32家，覆盖职工1700人；签订集体合同119份，
 * 覆盖职工11447人. Exact numbers, never 余; a clause whose figures cannot be computed is left out, not written as 0.
 */
export function summaryParagraph(heading: string, v: FigureValues): string {
  const n = (key: string) => v.get(key) ?? null
  const clause = (parts: ReadonlyArray<string | null>, joiner = '，') => {
    const kept = parts.filter((p): p is string => p !== null)
    return kept.length > 0 ? kept.join(joiner) : null
  }
  const part = (key: string, text: (x: number) => string) => {
    const x = n(key)
    return x === null ? null : text(x)
  }
  const yuan = (fen: number) => (isFen(fen) ? `${fenToYuanString(fen).replace(/\.00$/, '')}元` : `${fen}分`)

  const unions = clause([
    part('unions.total', (x) => `共有基层工会组织${x}家`),
    part('unions.founded', (x) => `新增工会组织${x}家`),
    n('unions.founded') ? part('unions.foundedWorkers', (x) => `覆盖职工${x}人`) : null,
  ])
  const splits = clause(
    [part('members.women', (x) => `女性${x}人`), part('members.migrant', (x) => `农民工${x}人`), part('members.newForm', (x) => `新就业形态劳动者${x}人`)],
    '、',
  )
  const members = clause([part('members.total', (x) => `年末在会会员${x}人`), splits && n('members.total') !== null ? `其中${splits}` : null, part('members.retained', (x) => `保留会籍${x}人`)])
  const changes = clause([
    part('changes.join', (x) => `新入会${x}人`),
    part('changes.transferIn', (x) => `转入${x}人`),
    part('changes.departures', (x) => `减少会员${x}人`),
  ])
  const contracts = clause([part('contracts.total', (x) => `签订集体合同${x}份`), n('contracts.total') ? part('contracts.workers', (x) => `覆盖职工${x}人`) : null])
  const congress = part('congress.established', (x) => `${x}家企业建立职工代表大会制度`)
  const hardship = clause([part('hardship.total', (x) => `在档困难职工${x}户`), part('hardship.registered', (x) => `新建档${x}户`)])
  const aid = n('aid.times')
    ? clause([part('aid.amount', (x) => `发放帮扶救助资金${yuan(x)}`), part('aid.persons', (x) => `惠及${x}人`), part('aid.times', (x) => `${x}人次`)], '，')
    : null
  const mediation = clause([part('mediation.received', (x) => `受理劳动争议调解案件${x}件`), n('mediation.closed') ? part('mediation.outcome.success', (x) => `调解成功${x}件`) : null])
  const body = [unions, members, changes, contracts, congress, hardship, aid, mediation].filter((c): c is string => c !== null)
  return body.length > 0 ? `${heading}，${body.join('；')}。` : `${heading}，暂无可统计的数据。`
}

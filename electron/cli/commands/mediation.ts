import type { MediationCase, MediationCaseSummary } from '../../../shared/contract/mediation'
import { AppError } from '../../../shared/errors'
import { CASE_OUTCOMES, CASE_STATUSES, DISPUTE_TYPES, outcomeLabels, type CaseOutcome, type CaseStatus } from '../../../shared/mediation/types'
import { parseCommandArgs, printResult, readInputFile, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'
import { offsetPages, pagingOptions, pagingUsage, parsePaging, printList } from '../list-output'

// `uniondesk mediation …` (also `uniondesk disputes add|list`, the name issue 12 gives): labour-dispute mediation
// cases. Each command is one contract call; the rules, masking and messages are the core's.

function readJsonObject(path: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(readInputFile(path).toString('utf8'))
  } catch (err) {
    if (err instanceof AppError) throw err
    throw new AppError('FILE_UNREADABLE', `无法解析 JSON 文件：${path}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('INVALID_INPUT', `文件 ${path} 应为 JSON 对象`)
  return { ...value }
}

const workersText = (c: MediationCaseSummary) => c.workers.map((w) => `${w.name}${w.idNumber ? ` ${w.idNumber}` : ''}`).join('、')
const statusText = (s: CaseStatus) => (s === '调解不成' ? outcomeLabels.调解不成 : s)

function describe(c: MediationCase): string {
  return [
    `案件 ${c.caseNo}（${c.id}）　${statusText(c.status)}　${c.type}`,
    `申请人：${workersText(c)}　用人单位：${c.enterpriseName}`,
    `申请 ${c.appliedDate}　受理 ${c.acceptedDate}　办结 ${c.closedDate ?? '—'}　调解员：${c.mediator ?? '—'}`,
    c.clockText,
    ...(c.arbitrationLimitEnd ? [`申请仲裁时效至 ${c.arbitrationLimitEnd}`] : []),
    `可办理：${c.allowedActions.join('、') || '—'}`,
  ].join('\n')
}

/** An outcome as typed: its value (调解不成) or its label (调解不成 转仲裁), or 转仲裁 alone. */
function outcomeOption(value: string | undefined, flag: string): CaseOutcome | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  const found = CASE_OUTCOMES.find((o) => o === text || outcomeLabels[o] === text || (o === '调解不成' && text === '转仲裁'))
  if (!found) throw new UsageError(`${flag} 只能是：${CASE_OUTCOMES.join('、')}`)
  return found
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, flag: string): T | undefined {
  if (value === undefined) return undefined
  const found = values.find((v) => v === value)
  if (!found) throw new UsageError(`${flag} 只能是：${values.join('、')}`)
  return found
}

const addUsage = (word: string) => `uniondesk ${word} add 案件.json [--json]
  案件.json：{"type":"劳动报酬","workers":[{"name":"…","idNumber":"…","phone":"…"} 或 {"memberId":"…"}],
    "enterprise":"企业名录中的名称"（或 "enterpriseId"）,"union":"名录中没有该企业时登记到的基层工会（可选）",
    "appliedDate":"YYYY-MM-DD","acceptedDate":"…","mediator":"…","claims":"…","claimFen":n,"legalAid":true,"legalAidKind":"法律咨询"}
  争议类型：${DISPUTE_TYPES.join('、')}`

const addCommand = (word: string): CliCommand => ({
  name: `${word} add`,
  summary: '登记劳动争议调解案件（受理）',
  usage: addUsage(word),
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const [path] = positionals
    if (!path || positionals.length > 1) throw new UsageError('需要一个案件 JSON 文件')
    // The file's fields are checked by the dispatcher against the contract, like every other call's input.
    const saved = await io.callByName('mediation.add', readJsonObject(path))
    printResult(io, saved, () => `已登记\n${describe(saved)}`)
  },
})

const listCommand = (word: string): CliCommand => ({
  name: `${word} list`,
  summary: '列出劳动争议调解案件（默认 50 条；--all 读出全部）',
  usage: `uniondesk ${word} list [--outcome 结果 | --status 状态] [--type 争议类型] [--q 案号、职工姓名或单位名称] ${pagingUsage} [--json]
  结果：${CASE_OUTCOMES.join('、')}；状态：${CASE_STATUSES.join('、')}`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { outcome: { type: 'string' }, status: { type: 'string' }, type: { type: 'string' }, q: { type: 'string' }, ...pagingOptions })
    if (values.outcome !== undefined && values.status !== undefined) throw new UsageError('--outcome 不能与 --status 同用')
    const status = outcomeOption(values.outcome, '--outcome') ?? oneOf(CASE_STATUSES, values.status, '--status')
    const type = oneOf(DISPUTE_TYPES, values.type, '--type')
    const filter = { ...(values.q ? { q: values.q } : {}), ...(status ? { status } : {}), ...(type ? { type } : {}) }
    const pages = offsetPages(parsePaging(values, 50), 200, async (offset, limit) => (await io.call('mediation.list', { ...filter, offset, limit })).items)
    await printList(io, pages, (c) => `${c.caseNo}\t${statusText(c.status)}\t${c.type}\t${workersText(c)}\t${c.enterpriseName}\t${c.appliedDate}\t${c.id}`, '没有符合条件的调解案件')
  },
})

export const mediationShowCommand: CliCommand = {
  name: 'mediation show',
  summary: '查看调解案件（含调解期限）',
  usage: 'uniondesk mediation show 案件编号 [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const [id] = positionals
    if (!id || positionals.length > 1) throw new UsageError('需要一个案件编号')
    const c = await io.call('mediation.get', { id })
    printResult(io, c, () => describe(c))
  },
}

export const mediationStartCommand: CliCommand = {
  name: 'mediation start',
  summary: '开始调解（受理 → 调解中）',
  usage: 'uniondesk mediation start 案件编号 [--mediator 调解员] [--date YYYY-MM-DD] [--note 说明] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { mediator: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } }, true)
    const [id] = positionals
    if (!id || positionals.length > 1) throw new UsageError('需要一个案件编号')
    const c = await io.call('mediation.advance', { id, action: '开始调解', mediator: values.mediator ?? null, note: values.note ?? null, ...(values.date ? { date: values.date } : {}) })
    printResult(io, c, () => describe(c))
  },
}

export const mediationCloseCommand: CliCommand = {
  name: 'mediation close',
  summary: '办结调解案件：调解成功、调解不成（转仲裁）或撤回',
  usage: `uniondesk mediation close 案件编号 --outcome 结果 [--agreement 调解协议内容] [--date YYYY-MM-DD] [--note 说明] [--json]
  结果：${CASE_OUTCOMES.join('、')}；调解成功须有 --agreement`,
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { outcome: { type: 'string' }, agreement: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } }, true)
    const [id] = positionals
    if (!id || positionals.length > 1) throw new UsageError('需要一个案件编号')
    const action = outcomeOption(values.outcome, '--outcome')
    if (!action) throw new UsageError('缺少必填参数 --outcome')
    const c = await io.call('mediation.advance', { id, action, agreement: values.agreement ?? null, note: values.note ?? null, ...(values.date ? { date: values.date } : {}) })
    printResult(io, c, () => describe(c))
  },
}

export const mediationStatsCommand: CliCommand = {
  name: 'mediation stats',
  summary: '调解案件统计：按结果、类型计数，法律援助人数',
  usage: 'uniondesk mediation stats --from YYYY-MM-DD --to YYYY-MM-DD [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { from: { type: 'string' }, to: { type: 'string' } })
    const s = await io.call('mediation.stats', { from: requireOption(values.from, '--from'), to: requireOption(values.to, '--to') })
    printResult(io, s, () =>
      [
        `${s.from} 至 ${s.to}：受理 ${s.received} 件，未结 ${s.pending} 件`,
        `办结：${CASE_OUTCOMES.map((o) => `${outcomeLabels[o]} ${s.byOutcome[o]} 件`).join('，')}（超过调解期限 ${s.closedOverdue} 件）`,
        `类型：${DISPUTE_TYPES.map((t) => `${t} ${s.byType[t]}`).join('，')}`,
        `法律援助：${s.legalAidCases} 件，${s.legalAidWorkers} 人`,
      ].join('\n'),
    )
  },
}

export const mediationCommands: CliCommand[] = [
  addCommand('mediation'),
  listCommand('mediation'),
  mediationShowCommand,
  mediationStartCommand,
  mediationCloseCommand,
  mediationStatsCommand,
  addCommand('disputes'),
  listCommand('disputes'),
]

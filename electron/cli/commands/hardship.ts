import { AppError } from '../../../shared/errors'
import { HARDSHIP_CATEGORY_VALUES, HARDSHIP_STATUSES, HARDSHIP_STEPS, type HardshipFile, type HardshipStep } from '../../../shared/hardship/types'
import { parseCommandArgs, printResult, readInputFile, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'
import { offsetPages, pagingOptions, pagingUsage, parsePaging, printList, wholeList } from '../list-output'

// `uniondesk hardship …`: household files (一户一档). Each command is one contract call.

function readContent(path: string): Record<string, unknown> {
  const text = readInputFile(path).toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new AppError('FILE_UNREADABLE', `无法解析 JSON 文件：${path}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('INVALID_INPUT', `文件 ${path} 应为 JSON 对象`)
  return { ...value }
}

function describe(f: HardshipFile): string {
  return [
    `档案 ${f.id}　${f.memberName} ${f.idNumber}`,
    `状态：${f.status}　类别：${f.category ?? '未认定'}${f.categoryReason ? `（${f.categoryReason}）` : ''}　家庭 ${f.householdSize} 人`,
    ...f.calculation.steps.map((s) => `  · ${s}`),
    `下次复核：${f.nextReviewDue ?? '—'}　可办理：${f.nextSteps.join('、') || '—'}`,
  ].join('\n')
}

export const hardshipAddCommand: CliCommand = {
  name: 'hardship add',
  summary: '建立困难职工档案（申请）',
  usage: `uniondesk hardship add --member 身份证号 档案.json [--date 申请日期] [--json]
  档案.json：{"causes":["疾病"],"familyMembers":[…],"incomes":[{"kind":"工资","annualFen":n}],"expenses":[{"kind":"医疗","annualFen":n}],…}`,
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { member: { type: 'string' }, date: { type: 'string' } }, true)
    const [path] = positionals
    if (!path || positionals.length > 1) throw new UsageError('需要一个档案 JSON 文件')
    const idNumber = requireOption(values.member, '--member')
    const content = readContent(path)
    // The file's fields are checked by the dispatcher against the contract, like every other call's input.
    const file = await io.callByName('hardship.create', { ...content, idNumber, ...(values.date ? { applyDate: values.date } : {}) })
    printResult(io, file, () => `已建立档案\n${describe(file)}`)
  },
}

export const hardshipShowCommand: CliCommand = {
  name: 'hardship show',
  summary: '查看困难职工档案（含类别计算过程）',
  usage: 'uniondesk hardship show (档案编号 | --member 身份证号) [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { member: { type: 'string' } }, true)
    const [id] = positionals
    if ((id === undefined) === (values.member === undefined)) throw new UsageError('请给出档案编号或 --member 之一')
    const file = await io.call('hardship.get', id !== undefined ? { id } : { idNumber: values.member })
    printResult(io, file, () => describe(file))
  },
}

function stepOption(value: string): HardshipStep {
  const step = HARDSHIP_STEPS.find((s) => s === value)
  if (!step) throw new UsageError(`--step 只能是：${HARDSHIP_STEPS.join('、')}`)
  return step
}

export const hardshipReviewCommand: CliCommand = {
  name: 'hardship review',
  summary: '办理档案环节（默认年度复核）',
  usage: `uniondesk hardship review 档案编号 [--step 环节] [--date YYYY-MM-DD] [--note 说明] [--json]
  环节：${HARDSHIP_STEPS.join('、')}（默认 年度复核）`,
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { step: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } }, true)
    const [id] = positionals
    if (!id || positionals.length > 1) throw new UsageError('需要一个档案编号')
    const file = await io.call('hardship.advance', {
      id,
      step: stepOption(values.step ?? '年度复核'),
      ...(values.date ? { date: values.date } : {}),
      note: values.note ?? null,
    })
    printResult(io, file, () => describe(file))
  },
}

export const hardshipDueCommand: CliCommand = {
  name: 'hardship due',
  summary: '列出到期的年度复核',
  usage: `uniondesk hardship due [--within 天数] [--as-of YYYY-MM-DD] ${pagingUsage} [--json]
  默认列出全部到期档案。`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { within: { type: 'string' }, 'as-of': { type: 'string' }, ...pagingOptions })
    const within = values.within === undefined ? 30 : Number(values.within)
    if (!Number.isInteger(within)) throw new UsageError('--within 应为整数天数')
    const paging = parsePaging(values, null)
    const list = await io.call('hardship.dueReviews', { withinDays: within, ...(values['as-of'] ? { asOf: values['as-of'] } : {}) })
    await printList(io, wholeList(paging, list), (d) => `${d.dueOn}${d.overdue ? '（已逾期）' : ''}\t${d.memberName}\t${d.category ?? ''}\t${d.fileId}`, '没有到期的年度复核')
  },
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, flag: string): T | undefined {
  if (value === undefined) return undefined
  const found = values.find((v) => v === value)
  if (!found) throw new UsageError(`${flag} 只能是：${values.join('、')}`)
  return found
}

export const hardshipListCommand: CliCommand = {
  name: 'hardship list',
  summary: '列出困难职工档案（默认 50 条；--all 读出全部）',
  usage: `uniondesk hardship list [--q 姓名或证件号码] [--status 状态] [--category 类别] ${pagingUsage} [--json]
  状态：${HARDSHIP_STATUSES.join('、')}；类别：${HARDSHIP_CATEGORY_VALUES.join('、')}`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { q: { type: 'string' }, status: { type: 'string' }, category: { type: 'string' }, ...pagingOptions })
    const status = oneOf(HARDSHIP_STATUSES, values.status, '--status')
    const category = oneOf(HARDSHIP_CATEGORY_VALUES, values.category, '--category')
    const filter = { ...(values.q ? { q: values.q } : {}), ...(status ? { status } : {}), ...(category ? { category } : {}) }
    const pages = offsetPages(parsePaging(values, 50), 200, async (offset, limit) => (await io.call('hardship.list', { ...filter, offset, limit })).items)
    await printList(io, pages, (f) => `${f.id}\t${f.memberName}\t${f.idNumber}\t${f.status}\t${f.category ?? '未认定'}`, '没有符合条件的档案')
  },
}

export const hardshipCommands: CliCommand[] = [hardshipAddCommand, hardshipShowCommand, hardshipReviewCommand, hardshipDueCommand, hardshipListCommand]


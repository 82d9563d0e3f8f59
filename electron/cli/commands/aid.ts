import type { AidCalculation } from '../../../shared/aid/evaluate'
import { materialName } from '../../../shared/aid/rules'
import { APPLICATION_STATUSES, PAYMENT_METHODS, type AidApplicationDetail, type AidBatchDetail, type PaymentMethod } from '../../../shared/aid/types'
import { AppError } from '../../../shared/errors'
import { fen, formatFen } from '../../../shared/money'
import { parseCommandArgs, printResult, readInputFile, requireOption, saveGeneratedFile, withOutputFile, withOutputFolder, type CliCommand } from '../command'
import { UsageError } from '../io'
import { offsetPages, pagingOptions, pagingUsage, parsePaging, printList, wholeList } from '../list-output'

// `uniondesk aid …` (issue 5). Each command turns its arguments into one or two contract calls.

function parseJson(text: string, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new AppError('INVALID_INPUT', `${what}不是有效的 JSON`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('INVALID_INPUT', `${what}应为 JSON 对象`)
  return { ...value }
}

function readJsonFile(path: string): Record<string, unknown> {
  return parseJson(readInputFile(path).toString('utf8'), `文件 ${path} `)
}

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n)) throw new UsageError('--year 应为四位年份')
  return n
}

function one(positionals: string[], what: string): string {
  const [id, extra] = positionals
  if (!id || extra !== undefined) throw new UsageError(`需要且只需要一个${what}`)
  return id
}

function methodOption(value: string | undefined): PaymentMethod {
  const method = PAYMENT_METHODS.find((m) => m === (value ?? ''))
  if (!method) throw new UsageError(`--method 只能是：${PAYMENT_METHODS.join('、')}（银行转账、现金、实物）`)
  return method
}

const yuan = (amountFen: number) => formatFen(fen(amountFen))

function describeCalc(c: AidCalculation): string {
  const head = c.eligible ? `符合条件，应发 ${yuan(c.amountFen)} 元（${c.amountWords}）` : '不符合条件'
  return [head, ...c.breakdown.map((s) => `  · ${s}`), ...c.reasons.map((r) => `  × ${r}`)].join('\n')
}

function describeApplication(a: AidApplicationDetail): string {
  return [
    `申请 ${a.id}`,
    `${a.programName}（${a.programYear}）· ${a.memberName} ${a.idNumber} · ${a.date}`,
    `状态：${a.statusName}　金额：${yuan(a.amountFen)} 元（${a.amountWords}）`,
    ...a.breakdown.map((s) => `  · ${s}`),
    ...(a.amountChange ? [`  ！审核时${a.amountChange.message}`] : []),
  ].join('\n')
}

function describeBatch(b: AidBatchDetail): string {
  const notice = b.noticeStart ? `公示 ${b.noticeStart} 至 ${b.noticeEnd ?? ''}，${b.earliestApproval ?? ''} 起可批准` : '尚未公示'
  return [`批次 ${b.id}　${b.title}`, `状态：${b.statusName}　${b.applicationCount} 人，合计 ${yuan(b.totalFen)} 元（${b.totalWords}）`, notice].join('\n')
}

const programOptions = { program: { type: 'string' }, year: { type: 'string' }, member: { type: 'string' }, input: { type: 'string' }, date: { type: 'string' } } as const

export const aidProgramsAddCommand: CliCommand = {
  name: 'aid programs add',
  summary: '添加救助项目（JSON 文件）',
  usage: `uniondesk aid programs add 项目.json [--json]
  文件内容：{"code","name","year","budgetFen","kind",…规则}，或 {"code",…,"rule":{…},"constraints":{…},"materials":[…]}
  材料可附条件：{"name":"与会员的亲属关系证明（死亡）","when":{"grade":["death"]}}`,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const program = await io.call('aid.addProgram', { program: readJsonFile(one(positionals, '项目文件')) })
    printResult(io, program, () => `已添加救助项目「${program.name}」（${program.code}，${program.year} 年度，预算 ${yuan(program.budgetFen)} 元）`)
  },
}

export const aidProgramsListCommand: CliCommand = {
  name: 'aid programs list',
  summary: '列出救助项目及预算使用情况',
  usage: `uniondesk aid programs list [--year 年度] [--all] [--limit 条数 [--page 页码]] [--json]
  默认列出全部项目的现行版本；--all 连同历史版本。`,
  async run(io, argv) {
    // --all keeps its first meaning here (every version); the list is whole without --limit anyway.
    const { values } = parseCommandArgs(argv, { year: { type: 'string' }, ...pagingOptions, all: { type: 'boolean' } })
    const year = yearOption(values.year)
    const paging = parsePaging({ limit: values.limit, page: values.page }, null)
    const list = await io.call('aid.listPrograms', { ...(year === undefined ? {} : { year }), allVersions: values.all === true })
    await printList(
      io,
      wholeList(paging, list),
      (p) => `${p.code}\t${p.name}\t${p.year}\t第${p.version}版\t预算 ${yuan(p.budget.allocatedFen)}\t已审核 ${yuan(p.budget.committedFen)}\t已发放 ${yuan(p.budget.paidFen)}\t剩余 ${yuan(p.budget.remainingFen)}`,
      '还没有救助项目',
    )
  },
}

export const aidApplicationsListCommand: CliCommand = {
  name: 'aid applications list',
  summary: '列出救助申请（默认 50 条；--all 读出全部）',
  usage: `uniondesk aid applications list [--q 姓名或证件号码] [--status 状态] [--unbatched] ${pagingUsage} [--json]
  状态：${APPLICATION_STATUSES.join('、')}`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { q: { type: 'string' }, status: { type: 'string' }, unbatched: { type: 'boolean' }, ...pagingOptions })
    const status = values.status === undefined ? undefined : APPLICATION_STATUSES.find((s) => s === values.status)
    if (values.status !== undefined && !status) throw new UsageError(`--status 只能是：${APPLICATION_STATUSES.join('、')}`)
    const filter = { ...(values.q ? { q: values.q } : {}), ...(status ? { status } : {}), ...(values.unbatched ? { unbatched: true } : {}) }
    const pages = offsetPages(parsePaging(values, 50), 500, async (offset, limit) => (await io.call('aid.listApplications', { ...filter, offset, limit })).items)
    await printList(io, pages, (a) => `${a.id}\t${a.date}\t${a.memberName}\t${a.idNumber}\t${a.programName}\t${yuan(a.amountFen)}\t${a.statusName}`, '没有符合条件的申请')
  },
}

export const aidCalcCommand: CliCommand = {
  name: 'aid calc',
  summary: '试算补助金额（不保存）',
  usage: `uniondesk aid calc --program 项目编号 [--year 年度] --member 身份证号 --input '{"grade":4}' [--date YYYY-MM-DD] [--json]`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, programOptions)
    const year = yearOption(values.year)
    const c = await io.call('aid.calc', {
      programCode: requireOption(values.program, '--program'),
      ...(year === undefined ? {} : { year }),
      idNumber: requireOption(values.member, '--member'),
      input: parseJson(values.input ?? '{}', '--input '),
      ...(values.date === undefined ? {} : { date: values.date }),
    })
    const out = { eligible: c.eligible, amountFen: c.amountFen, amountWords: c.amountWords, breakdown: c.breakdown, reasons: c.reasons }
    printResult(io, out, () => describeCalc(c))
  },
}

export const aidApplyCommand: CliCommand = {
  name: 'aid apply',
  summary: '录入救助申请（计算并保存金额）',
  usage: `uniondesk aid apply --program 项目编号 [--year 年度] --member 身份证号 --input JSON [--date YYYY-MM-DD]
      [--materials 材料1,材料2|all] [--submit] [--bank-name 开户行 --bank-account 账号] [--json]
  不加 --submit 保存为草稿；--submit 要求申请材料齐全。`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, {
      ...programOptions,
      materials: { type: 'string' },
      submit: { type: 'boolean' },
      'bank-name': { type: 'string' },
      'bank-account': { type: 'string' },
    })
    const programCode = requireOption(values.program, '--program')
    const year = yearOption(values.year)
    let materials = (values.materials ?? '').split(/[,，、]/).map((m) => m.trim()).filter((m) => m !== '')
    if (values.materials === 'all') {
      const program = await io.call('aid.getProgram', { programCode, ...(year === undefined ? {} : { year }) })
      materials = program.definition.materials.map(materialName)
    }
    const app = await io.call('aid.createApplication', {
      programCode,
      ...(year === undefined ? {} : { year }),
      idNumber: requireOption(values.member, '--member'),
      input: parseJson(requireOption(values.input, '--input'), '--input '),
      ...(values.date === undefined ? {} : { date: values.date }),
      materials,
      submit: values.submit === true,
      bankName: values['bank-name'] ?? null,
      bankAccount: values['bank-account'] ?? null,
    })
    printResult(io, app, () => `已保存\n${describeApplication(app)}`)
  },
}

export const aidShowCommand: CliCommand = {
  name: 'aid show',
  summary: '查看一条救助申请',
  usage: 'uniondesk aid show 申请编号 [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const app = await io.call('aid.getApplication', { id: one(positionals, '申请编号') })
    printResult(io, app, () => describeApplication(app))
  },
}

export const aidSubmitCommand: CliCommand = {
  name: 'aid submit',
  summary: '提交草稿或退回的申请',
  usage: 'uniondesk aid submit 申请编号 [--materials 材料1,材料2] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { materials: { type: 'string' } }, true)
    const materials = values.materials?.split(/[,，、]/).map((m) => m.trim()).filter((m) => m !== '')
    const app = await io.call('aid.submitApplication', { id: one(positionals, '申请编号'), ...(materials ? { materials } : {}) })
    printResult(io, app, () => describeApplication(app))
  },
}

export const aidReviewCommand: CliCommand = {
  name: 'aid review',
  summary: '审核申请：通过或退回',
  usage: 'uniondesk aid review 申请编号 (--approve | --return --reason 理由) [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { approve: { type: 'boolean' }, return: { type: 'boolean' }, reason: { type: 'string' } }, true)
    if (values.approve === values.return) throw new UsageError('请指定 --approve 或 --return 之一')
    const app = await io.call('aid.reviewApplication', {
      id: one(positionals, '申请编号'),
      decision: values.approve ? 'approve' : 'return',
      reason: values.reason ?? null,
    })
    printResult(io, app, () => describeApplication(app))
  },
}

export const aidApproveCommand: CliCommand = {
  name: 'aid approve',
  summary: '审核通过申请（同 aid review --approve）',
  usage: 'uniondesk aid approve 申请编号 [--reason 意见] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { reason: { type: 'string' } }, true)
    const app = await io.call('aid.reviewApplication', { id: one(positionals, '申请编号'), decision: 'approve', reason: values.reason ?? null })
    printResult(io, app, () => describeApplication(app))
  },
}

export const aidRejectCommand: CliCommand = {
  name: 'aid reject',
  summary: '不予发放',
  usage: 'uniondesk aid reject 申请编号 --reason 理由 [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { reason: { type: 'string' } }, true)
    const app = await io.call('aid.rejectApplication', { id: one(positionals, '申请编号'), reason: requireOption(values.reason, '--reason') })
    printResult(io, app, () => describeApplication(app))
  },
}

const payOptions = { method: { type: 'string' }, date: { type: 'string' }, reference: { type: 'string' } } as const

export const aidPayCommand: CliCommand = {
  name: 'aid pay',
  summary: '登记发放（须已批准）',
  usage: 'uniondesk aid pay 申请编号 --method bank|cash|goods --date YYYY-MM-DD [--reference 凭证号] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, payOptions, true)
    const app = await io.call('aid.payApplication', {
      id: one(positionals, '申请编号'),
      method: methodOption(values.method),
      date: requireOption(values.date, '--date'),
      reference: values.reference ?? null,
    })
    printResult(io, app, () => describeApplication(app))
  },
}

export const aidBatchCreateCommand: CliCommand = {
  name: 'aid batch create',
  summary: '把审核通过的申请编入发放批次',
  usage: 'uniondesk aid batch create 申请编号… [--title 批次名称] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { title: { type: 'string' } }, true)
    if (positionals.length === 0) throw new UsageError('至少需要一个申请编号')
    const b = await io.call('aid.createBatch', { applicationIds: positionals, ...(values.title ? { title: values.title } : {}) })
    printResult(io, b, () => describeBatch(b))
  },
}

export const aidBatchNoticeCommand: CliCommand = {
  name: 'aid batch notice',
  summary: '开始公示（至少 5 个工作日）',
  usage: 'uniondesk aid batch notice 批次编号 --start YYYY-MM-DD [--days 工作日数] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { start: { type: 'string' }, days: { type: 'string' } }, true)
    const days = values.days === undefined ? undefined : Number(values.days)
    if (days !== undefined && !Number.isInteger(days)) throw new UsageError('--days 应为整数')
    const b = await io.call('aid.startNotice', { id: one(positionals, '批次编号'), startDate: requireOption(values.start, '--start'), ...(days === undefined ? {} : { days }) })
    printResult(io, b, () => describeBatch(b))
  },
}

export const aidBatchApproveCommand: CliCommand = {
  name: 'aid batch approve',
  summary: '公示期满后批准发放批次',
  usage: 'uniondesk aid batch approve 批次编号 [--date YYYY-MM-DD] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { date: { type: 'string' } }, true)
    const b = await io.call('aid.approveBatch', { id: one(positionals, '批次编号'), ...(values.date ? { date: values.date } : {}) })
    printResult(io, b, () => describeBatch(b))
  },
}

export const aidBatchPayCommand: CliCommand = {
  name: 'aid batch pay',
  summary: '整批登记发放',
  usage: 'uniondesk aid batch pay 批次编号 --method bank|cash|goods --date YYYY-MM-DD [--reference 凭证号] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, payOptions, true)
    const r = await io.call('aid.payBatch', {
      id: one(positionals, '批次编号'),
      method: methodOption(values.method),
      date: requireOption(values.date, '--date'),
      reference: values.reference ?? null,
    })
    printResult(io, r, () => `已发放 ${r.paid.length} 人`)
  },
}

export const aidBatchExportCommand: CliCommand = {
  name: 'aid batch export',
  summary: '导出银行转账表（.xlsx）',
  usage: 'uniondesk aid batch export 批次编号 [--out 文件.xlsx] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } }, true)
    const id = one(positionals, '批次编号')
    const exporting = () => io.call('aid.exportTransferSheet', { id })
    // Without --out the file takes the name the reply gives it, in the current folder.
    const file = values.out === undefined ? await withOutputFolder('.', exporting) : await withOutputFile(values.out, exporting)
    const out = values.out ?? file.fileName
    await saveGeneratedFile(io, file, out)
    printResult(io, { file: out }, () => `已导出：${out}`)
  },
}

export const aidBatchShowCommand: CliCommand = {
  name: 'aid batch show',
  summary: '查看发放批次',
  usage: 'uniondesk aid batch show 批次编号 [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const b = await io.call('aid.getBatch', { id: one(positionals, '批次编号') })
    printResult(io, b, () => describeBatch(b))
  },
}

export const aidCommands: CliCommand[] = [
  aidProgramsAddCommand,
  aidProgramsListCommand,
  aidApplicationsListCommand,
  aidCalcCommand,
  aidApplyCommand,
  aidShowCommand,
  aidSubmitCommand,
  aidReviewCommand,
  aidApproveCommand,
  aidRejectCommand,
  aidPayCommand,
  aidBatchCreateCommand,
  aidBatchNoticeCommand,
  aidBatchApproveCommand,
  aidBatchPayCommand,
  aidBatchExportCommand,
  aidBatchShowCommand,
]

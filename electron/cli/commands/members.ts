import { basename } from 'node:path'
import type { MemberDetail } from '../../../shared/contract/members'
import { AppError } from '../../../shared/errors'
import { eventTypeFromText, memberEventLabels, memberStatusLabels, statusFromText } from '../../../shared/members/fields'
import { parseCommandArgs, printResult, readInputFile, requireOption, withOutputFile, writeOutputFile, type CliCommand } from '../command'
import { UsageError, type CliIo } from '../io'

async function orgIdByName(io: CliIo, name: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined
  const org = (await io.call('orgs.list', {})).find((o) => o.name === name)
  if (!org) throw new AppError('NOT_FOUND', `找不到名为「${name}」的基层工会（可用 uniondesk orgs list 查看）`)
  return org.id
}

function readInput(path: string) {
  const bytes = readInputFile(path)
  // A payload cannot be empty, so the CLI says so itself, in core's words.
  if (bytes.length === 0) throw new AppError('FILE_UNREADABLE', `无法读取文件「${basename(path)}」：文件是空的。数据库未做任何修改。`)
  return { fileName: basename(path), contentBase64: bytes.toString('base64') }
}

function describe(m: MemberDetail): string {
  return [
    `${m.name}（${m.gender ?? '—'}，${m.birthDate ?? '—'}）证件号码 ${m.idNumber}`,
    `所属工会：${m.orgName}　会籍状态：${memberStatusLabels[m.status]}`,
    ...m.events.map((e) => `  ${e.date} ${memberEventLabels[e.type]} ${e.orgName}${e.reason ? `（${e.reason}）` : ''}`),
  ].join('\n')
}

export const membersImportCommand: CliCommand = {
  name: 'members import',
  summary: '从 .xlsx 或 .csv 导入会员（整体一次写入，中途失败不留痕迹）',
  usage: 'uniondesk [--db 路径] members import 文件 [--union 工会名称] [--dry-run] [--report 问题行.xlsx] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { union: { type: 'string' }, 'dry-run': { type: 'boolean' }, report: { type: 'string' } }, true)
    const path = positionals[0]
    if (!path) throw new UsageError('缺少要导入的文件')
    const defaultOrgId = await orgIdByName(io, values.union)
    const file = readInput(path)
    const importing = () =>
      io.call('members.importCommit', { file, dryRun: values['dry-run'] ?? false, withReport: values.report !== undefined, ...(defaultOrgId ? { defaultOrgId } : {}) })
    // The import commits with the call; a report path that cannot be written is refused before, not after.
    const { report, ...summary } = values.report === undefined ? await importing() : await withOutputFile(values.report, importing)
    if (values.report && report) writeOutputFile(values.report, Buffer.from(report.contentBase64, 'base64'))
    const { dryRun: _dryRun, ...shape } = summary
    printResult(io, shape, () =>
      [
        `${summary.dryRun ? '检查完毕（未写入）' : '导入完成'}：共 ${summary.total} 行，新增 ${summary.inserted}，更新 ${summary.updated}，未变 ${summary.unchanged}，拒绝 ${summary.rejected}，有提醒 ${summary.warnings}`,
        ...summary.errors.slice(0, 50).map((e) => `  ${e.message}`),
        ...(values.report ? [`问题行报告：${values.report}`] : []),
      ].join('\n'),
    )
  },
}

export const membersListCommand: CliCommand = {
  name: 'members list',
  summary: '查询会员（默认证件号码脱敏）',
  usage: 'uniondesk [--db 路径] members list [--q 文字] [--union 工会名称] [--status 在会|保留|转出|除名|退会] [--limit N] [--unmasked --reason 原因] [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { q: { type: 'string' }, union: { type: 'string' }, status: { type: 'string' }, limit: { type: 'string' }, unmasked: { type: 'boolean' }, reason: { type: 'string' } })
    const status = values.status === undefined ? undefined : (statusFromText(values.status) ?? undefined)
    if (values.status !== undefined && !status) throw new UsageError('--status 只能是 在会、保留、转出、除名、退会')
    const limit = values.limit === undefined ? 50 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit 应为 1–500 的整数')
    const orgId = await orgIdByName(io, values.union)
    const filter = { pageSize: limit, ...(values.q ? { q: values.q } : {}), ...(orgId ? { orgId } : {}), ...(status ? { status } : {}) }
    const page = values.unmasked
      ? await io.call('members.revealList', { ...filter, reason: requireOption(values.reason, '--reason') })
      : await io.call('members.list', filter)
    printResult(io, page.items, () => (page.items.length ? page.items.map((m) => `${m.name}\t${m.idNumber}\t${m.orgName}\t${memberStatusLabels[m.status]}`).join('\n') : '没有符合条件的会员'))
  },
}

export const membersShowCommand: CliCommand = {
  name: 'members show',
  summary: '按证件号码显示会员及会籍记录',
  usage: 'uniondesk [--db 路径] members show 证件号码 [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const idNumber = positionals[0]
    if (!idNumber) throw new UsageError('缺少证件号码')
    const m = await io.call('members.get', { idNumber })
    printResult(io, m, () => describe(m))
  },
}

export const membersEventCommand: CliCommand = {
  name: 'members event',
  summary: '办理会籍变化（入会、转入、保留、转出、除名、退会）',
  usage: 'uniondesk [--db 路径] members event 证件号码 --type 转出 --date YYYY-MM-DD [--reason 原因] [--union 工会名称] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { type: { type: 'string' }, date: { type: 'string' }, reason: { type: 'string' }, union: { type: 'string' } }, true)
    const idNumber = positionals[0]
    if (!idNumber) throw new UsageError('缺少证件号码')
    const type = eventTypeFromText(requireOption(values.type, '--type'))
    if (!type) throw new UsageError('--type 只能是 入会、转入、保留、转出、除名、退会')
    const member = await io.call('members.get', { idNumber })
    const orgId = await orgIdByName(io, values.union)
    const m = await io.call('members.event', { memberId: member.id, type, date: requireOption(values.date, '--date'), reason: values.reason ?? null, ...(orgId ? { orgId } : {}) })
    printResult(io, m, () => `已办理${memberEventLabels[type]}\n${describe(m)}`)
  },
}

export const membersExportCommand: CliCommand = {
  name: 'members export',
  summary: '导出会员信息采集表模板或全部会员（.xlsx 或 .csv，默认脱敏）',
  usage: 'uniondesk [--db 路径] members export 输出文件.xlsx|.csv --format template|full [--unmasked --reason 原因] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, unmasked: { type: 'boolean' }, reason: { type: 'string' } }, true)
    const out = positionals[0]
    if (!out) throw new UsageError('缺少输出文件路径')
    const kind = values.format ?? 'full'
    if (kind !== 'template' && kind !== 'full') throw new UsageError('--format 只能是 template 或 full')
    const format = out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
    const reason = values.unmasked ? requireOption(values.reason, '--reason') : undefined
    // An unmasked export writes its audit row when the call commits: check the file can be written before.
    const file = await withOutputFile(out, () =>
      reason !== undefined ? io.call('members.exportUnmasked', { kind, format, reason }) : io.call('members.export', { kind, format }),
    )
    writeOutputFile(out, Buffer.from(file.contentBase64, 'base64'))
    printResult(io, { path: out, fileName: file.fileName }, () => `已导出：${out}`)
  },
}

import { basename } from 'node:path'
import type { Input } from '../../../shared/contract/index'
import type { MemberDetail, MemberSummary } from '../../../shared/contract/members'
import { AppError } from '../../../shared/errors'
import { eventTypeFromText, memberEventLabels, memberStatusLabels, statusFromText } from '../../../shared/members/fields'
import { parseCommandArgs, printResult, readInputFile, requireOption, saveGeneratedFile, withOutputFile, type CliCommand } from '../command'
import { UsageError, type CliIo } from '../io'
import { pagingOptions, pagingUsage, parsePaging, printList, type Paging } from '../list-output'

export async function orgIdByName(io: CliIo, name: string | undefined): Promise<string | undefined> {
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
    ...m.events.map((e) => `  ${e.date ?? '（日期未填）'} ${memberEventLabels[e.type]} ${e.orgName}${e.toOrgName ?? e.toText ? ` → ${e.toOrgName ?? e.toText}` : ''}${e.reason ? `（${e.reason}）` : ''}${e.voided ? ` [已更正作废：${e.voided.reason}]` : ''}`),
  ].join('\n')
}

export const membersImportCommand: CliCommand = {
  name: 'members import',
  summary: '从 .xlsx 或 .csv 导入会员（整体一次写入，中途失败不留痕迹）',
  usage: 'uniondesk [--db 路径] members import 文件 [--union 工会名称] [--join-date YYYY-MM-DD] [--dry-run] [--report 问题行.xlsx] [--json]\n  无 --union 时，表中没有「所属工会」列的会员按所在单位/所属企业归入企业名录中该企业的工会；无 --join-date 时，表中没有入会日期的留空',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { union: { type: 'string' }, 'join-date': { type: 'string' }, 'dry-run': { type: 'boolean' }, report: { type: 'string' } }, true)
    const path = positionals[0]
    if (!path) throw new UsageError('缺少要导入的文件')
    const defaultOrgId = await orgIdByName(io, values.union)
    const file = readInput(path)
    const importing = () =>
      io.call('members.importCommit', {
        file, dryRun: values['dry-run'] ?? false, withReport: values.report !== undefined, ...(defaultOrgId ? { defaultOrgId } : {}),
        ...(values['join-date'] ? { defaultEventDate: values['join-date'] } : {}),
      })
    // The import commits with the call; a report path that cannot be written is refused before, not after.
    const { report, ...summary } = values.report === undefined ? await importing() : await withOutputFile(values.report, importing)
    if (values.report && report) await saveGeneratedFile(io, report, values.report)
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

type ListFilter = Omit<Input<'members.list'>, 'page' | 'pageSize' | 'after'>

/** The contract's largest members.list page. */
const maxListPage = 500

/**
 * The members a paging asks for, one contract page (≤ 500) at a time, each starting after the last member read
 * (keyset: page 400 costs what page 1 does); a --page beyond the first finds its start with one offset read.
 */
async function* memberPages(io: CliIo, filter: ListFilter, paging: Paging, reason: string | undefined): AsyncIterable<MemberSummary[]> {
  const read = async (input: Input<'members.list'>) =>
    (reason === undefined ? await io.call('members.list', input) : await io.call('members.revealList', { ...input, reason })).items
  let after: string | undefined
  if (paging.skip > 0) {
    after = (await read({ ...filter, page: paging.skip, pageSize: 1 }))[0]?.id
    if (after === undefined) return
  }
  for (let left = paging.limit ?? Infinity; left > 0; ) {
    const size = Math.min(maxListPage, left)
    const items = await read({ ...filter, pageSize: size, ...(after === undefined ? {} : { after }) })
    yield items
    after = items.at(-1)?.id
    if (items.length < size || after === undefined) return
    left -= items.length
  }
}

export const membersListCommand: CliCommand = {
  name: 'members list',
  summary: '查询会员（默认证件号码脱敏；--all 读出全部）',
  usage: `uniondesk [--db 路径] members list [--q 文字] [--union 工会名称] [--status 在会|保留|转出|除名|退会] ${pagingUsage} [--unmasked --reason 原因] [--json]
  默认 50 条；--limit 可为任意条数，--page 2 为其后的一页；--json 时逐页输出 JSON 数组，不必全部读入内存。`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { q: { type: 'string' }, union: { type: 'string' }, status: { type: 'string' }, ...pagingOptions, unmasked: { type: 'boolean' }, reason: { type: 'string' } })
    const status = values.status === undefined ? undefined : (statusFromText(values.status) ?? undefined)
    if (values.status !== undefined && !status) throw new UsageError('--status 只能是 在会、保留、转出、除名、退会')
    const paging = parsePaging(values, 50)
    const reason = values.unmasked ? requireOption(values.reason, '--reason') : undefined
    const orgId = await orgIdByName(io, values.union)
    const filter = { ...(values.q ? { q: values.q } : {}), ...(orgId ? { orgId } : {}), ...(status ? { status } : {}) }
    await printList(io, memberPages(io, filter, paging, reason), (m) => `${m.name}\t${m.idNumber}\t${m.orgName}\t${memberStatusLabels[m.status]}`, '没有符合条件的会员')
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
  usage: 'uniondesk [--db 路径] members event 证件号码 --type 转出 --date YYYY-MM-DD [--to 转往工会或单位] [--reason 原因] [--union 工会名称] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { type: { type: 'string' }, date: { type: 'string' }, reason: { type: 'string' }, union: { type: 'string' }, to: { type: 'string' } }, true)
    const idNumber = positionals[0]
    if (!idNumber) throw new UsageError('缺少证件号码')
    const type = eventTypeFromText(requireOption(values.type, '--type'))
    if (!type) throw new UsageError('--type 只能是 入会、转入、保留、转出、除名、退会')
    const member = await io.call('members.get', { idNumber })
    const orgId = await orgIdByName(io, values.union)
    // --to names a union of this office when one has that name, else a union outside it.
    const toOrgId = values.to === undefined ? undefined : (await io.call('orgs.list', {})).find((o) => o.name === values.to)?.id
    const to = values.to === undefined ? {} : toOrgId ? { toOrgId } : { toText: values.to }
    const m = await io.call('members.event', { memberId: member.id, type, date: requireOption(values.date, '--date'), reason: values.reason ?? null, ...(orgId ? { orgId } : {}), ...to })
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
    await saveGeneratedFile(io, file, out)
    printResult(io, { path: out, fileName: file.fileName, rows: file.rows ?? 0 }, () => (file.rows ? `已导出 ${file.rows} 人：${out}` : `已导出：${out}`))
  },
}

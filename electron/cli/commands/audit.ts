import type { AuditRowView } from '../../../shared/contract/audit'
import { methodTitles } from '../../../shared/contract/audit'
import { formatInstant } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { parseCommandArgs, printResult, requireOption, saveGeneratedFile, withOutputFile, type CliCommand } from '../command'
import { UsageError } from '../io'
import { offsetPages, pagingOptions, pagingUsage, parsePaging, printList } from '../list-output'

// `uniondesk audit …`: the 操作日志 (issue 14). Each command is one contract call; filters, masking and the chain
// check are the core's.

const filterOptions = { from: { type: 'string' }, to: { type: 'string' }, user: { type: 'string' }, action: { type: 'string' }, record: { type: 'string' } } as const
const filterUsage = '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user 操作人] [--action 操作（中文名称或功能名）] [--record 记录编号或会员姓名]'

/** --action takes the Chinese name the screen shows (保存会员信息) or the method name (members.save). */
function methodOf(action: string | undefined): string | undefined {
  if (action === undefined) return undefined
  const text = action.trim()
  return Object.entries(methodTitles).find(([, title]) => title === text)?.[0] ?? text
}

function filterOf(values: { from?: string | undefined; to?: string | undefined; user?: string | undefined; action?: string | undefined; record?: string | undefined }) {
  const method = methodOf(values.action)
  return {
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.user ? { actor: values.user } : {}),
    ...(method ? { method } : {}),
    ...(values.record ? { record: values.record } : {}),
  }
}

const line = (r: AuditRowView) =>
  [String(r.seq), formatInstant(r.at), r.actor, r.action, r.recordIds.join(','), r.changes.map((c) => c.label).join('、'), r.reason ?? ''].join('\t')

const listCommand: CliCommand = {
  name: 'audit list',
  summary: '列出操作日志（新的在前；默认 50 条）',
  usage: `uniondesk audit list ${filterUsage} ${pagingUsage} [--json]`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { ...filterOptions, ...pagingOptions })
    const filter = filterOf(values)
    const pages = offsetPages(parsePaging(values, 50), 500, async (offset, limit) => (await io.call('audit.list', { ...filter, offset, limit })).items)
    await printList(io, pages, line, '没有符合条件的操作日志')
  },
}

const verifyCommand: CliCommand = {
  name: 'audit verify',
  summary: '核验操作日志是否完整（完整：退出码 0 与条数；否则退出码 1，指出第一条有问题的记录）',
  usage: 'uniondesk audit verify [--json]',
  async run(io, argv) {
    parseCommandArgs(argv, {})
    const verdict = await io.call('audit.verify', {})
    if (!verdict.intact) {
      if (io.json) io.out(JSON.stringify(verdict, null, 2))
      throw new AppError('AUDIT_CHAIN_BROKEN', verdict.message)
    }
    printResult(io, verdict, () => verdict.message)
  },
}

const exportCommand: CliCommand = {
  name: 'audit export',
  summary: '导出操作日志（.xlsx 或 .csv；导出本身记入操作日志）',
  usage: `uniondesk audit export --out 文件.xlsx ${filterUsage} [--json]`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { ...filterOptions, out: { type: 'string' } })
    const out = requireOption(values.out, '--out')
    const lower = out.toLowerCase()
    if (!lower.endsWith('.xlsx') && !lower.endsWith('.csv')) throw new UsageError('--out 应为 .xlsx 或 .csv 文件')
    // The export is audited when it commits: check the file can be written before.
    const file = await withOutputFile(out, () => io.call('audit.export', { ...filterOf(values), format: lower.endsWith('.csv') ? 'csv' : 'xlsx' }))
    await saveGeneratedFile(io, file, out)
    printResult(io, { path: out, rows: file.rows ?? 0 }, () => `已导出操作日志 ${file.rows ?? 0} 条：${out}`)
  },
}

export const auditCommands: CliCommand[] = [listCommand, verifyCommand, exportCommand]

import type { Figure } from '../../../shared/contract/reports'
import { isIsoDate } from '../../../shared/dates'
import { fenToYuanString, isFen } from '../../../shared/money'
import { parseCommandArgs, printResult, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'
import { orgIdByName } from './members'
import { annualFileOptions, annualFileUsage, saveAnnualFiles } from './report-files'

// `uniondesk report …` (issue 16): the annual statistical return and period summaries, one contract call each.
// Files (--xlsx, --pdf) are written by report-files.ts; without them the figures are printed (--json: every figure
// with its stable key and Chinese label).

function shown(f: Pick<Figure, 'kind' | 'unit'>, value: number | null, reason: string | null): string {
  if (value === null) return `无法统计（${reason ?? '缺少数据'}）`
  return f.kind === 'fen' && isFen(value) ? `${fenToYuanString(value)}元` : `${value}${f.unit}`
}

const indent = (f: Figure) => '　'.repeat(f.level)

function yearOption(value: string | undefined): number {
  const text = requireOption(value, '--year')
  if (!/^\d{4}$/.test(text)) throw new UsageError('--year 应为四位年份，例如 --year 2026')
  return Number(text)
}

function dateOption(value: string | undefined, flag: string): string {
  const text = requireOption(value, flag)
  if (!isIsoDate(text)) throw new UsageError(`${flag} 应为 YYYY-MM-DD 格式的日期`)
  return text
}

export const reportAnnualCommand: CliCommand = {
  name: 'report annual',
  summary: '统计年报：各项统计数字（本年与上年、按基层工会），或导出 .xlsx / PDF',
  usage: `uniondesk report annual --year 2026 [--union 工会名称] [--json | ${annualFileUsage}]
  统计年度默认为上年10月1日至当年9月30日（修改：uniondesk report settings --year-start MM-DD）；--json 输出每一项的 key、中文名称、本年与上年数值`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { year: { type: 'string' }, union: { type: 'string' }, ...annualFileOptions })
    const year = yearOption(values.year)
    const orgId = await orgIdByName(io, values.union)
    const input = { year, ...(orgId ? { orgId } : {}) }
    if (await saveAnnualFiles(io, input, { xlsx: values.xlsx, pdf: values.pdf })) return
    const report = await io.call('reports.annual', input)
    printResult(io, report, () =>
      [
        `${report.orgName ?? report.officeName ?? ''}${report.title}`,
        ...report.groups.flatMap((g) => [
          `【${g.label}】`,
          ...report.figures
            .filter((f) => f.group === g.key)
            .map((f) => `${indent(f)}${f.label}：${shown(f, f.value, f.reason)}（上年 ${shown(f, f.previous, f.previousReason)}）${f.note ? `　注：${f.note}` : ''}`),
        ]),
        '',
        report.summary,
      ].join('\n'),
    )
  },
}

export const reportSummaryCommand: CliCommand = {
  name: 'report summary',
  summary: '任意期间的统计数字与一段文字小结',
  usage: 'uniondesk report summary --from YYYY-MM-DD --to YYYY-MM-DD [--union 工会名称] [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { from: { type: 'string' }, to: { type: 'string' }, union: { type: 'string' } })
    const from = dateOption(values.from, '--from')
    const to = dateOption(values.to, '--to')
    const orgId = await orgIdByName(io, values.union)
    const summary = await io.call('reports.summary', { from, to, ...(orgId ? { orgId } : {}) })
    printResult(io, summary, () =>
      [summary.summary, '', ...summary.figures.map((f) => `${indent(f)}${f.label}：${shown(f, f.value, f.reason)}`)].join('\n'),
    )
  },
}

export const reportSettingsCommand: CliCommand = {
  name: 'report settings',
  summary: '统计年度起始日：查看，或用 --year-start MM-DD 修改（管理员）',
  usage: `uniondesk report settings [--year-start MM-DD] [--json]
  默认 10-01：2026年度为2025年10月1日至2026年9月30日；01-01 则统计年度即自然年。修改后年报、小结和工作台的"本年"都按新的起始日计算`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { 'year-start': { type: 'string' } })
    const yearStart = values['year-start']
    const settings = yearStart === undefined ? await io.call('reports.getSettings', {}) : await io.call('reports.saveSettings', { yearStart })
    printResult(io, settings, () => `统计年度起始日：${settings.yearStart}${yearStart === undefined ? '' : '（已保存）'}`)
  },
}

export const reportCommands: CliCommand[] = [reportAnnualCommand, reportSummaryCommand, reportSettingsCommand]

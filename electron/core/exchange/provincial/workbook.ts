import type { ProvincialPeriod, ProvincialPreview } from '../../../../shared/contract/provincial'
import type { GeneratedFile } from '../../../../shared/contract/types'
import { formatInstant, todayIn } from '../../../../shared/dates'
import { AppError } from '../../../../shared/errors'
import { templateColumns } from '../../../../shared/members/columns'
import type { MemberStatus } from '../../../../shared/members/fields'
import { rowStatusOrder, summarise, summaryFigures, totalOf, SummaryFigures } from '../../../../shared/provincial/summary'
import { reportingYearHolding } from '../../../../shared/reports/period'
import type { ReadContext } from '../../context'
import type { Db } from '../../db/schema/index'
import { writeWorkbookFile, type WorkbookSheet } from '../../files/table-file'
import type { Cell } from '../../files/xlsx-sheet'
import { cellsOf, lastEvents, type ExportRow } from '../../members/export'
import { readYearStart } from '../../statistics/settings'
import { getProfileRow } from '../../profile/queries'
import { memberPage, periodEventCounts, tallyRows, unionsToReport } from './queries'

/**
 * The provincial workbook (domain §3.1, §11.3): sheet 1 is the 会员信息采集表 exactly as the province's template has it
 * (row 1 the 20 headers, one row per member, every cell text), sheet 2 the summary per grassroots union, sheet 3 what
 * the file is and how to carry it. Members are written union by union, so the summary can say which rows of sheet 1
 * are each union's (the template itself has no union column).
 */

export interface ProvincialRequest {
  orgId?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

interface UnionPlan {
  id: string
  name: string
  creditCode: string | null
  figures: SummaryFigures
  /** The union's head count per status, which is how many rows of each status sheet 1 gets. */
  byStatus: Map<MemberStatus, number>
  /** Sheet 1 row numbers (the header is row 1), or null when the union has no rows. */
  firstRow: number | null
  lastRow: number | null
}

interface ExportPlan {
  period: ProvincialPeriod
  orgName: string | null
  unions: UnionPlan[]
  total: SummaryFigures
}

/** What the export will hold, from the tally and the period's events: sums over indexes, never the register. */
async function planExport(db: Db, today: string, req: ProvincialRequest): Promise<ExportPlan> {
  // Without a period, the office's reporting year (its start day as the 统计报表 uses it) that holds today.
  const period = req.from && req.to ? { from: req.from, to: req.to } : reportingYearHolding(today, await readYearStart(db))
  const unions = await unionsToReport(db, { orgId: req.orgId, period })
  if (req.orgId !== undefined && unions.length === 0) throw new AppError('NOT_FOUND', '「基层工会」不存在，请重新选择', { field: 'orgId' })
  const tally = await tallyRows(db, req.orgId)
  const events = await periodEventCounts(db, { orgId: req.orgId, period })
  const figures = summarise(
    tally.map((t) => ({ orgId: t.org_id, status: t.status, gender: t.gender, isMigrant: t.is_migrant === 1, newFormType: t.new_form_type, n: t.n })),
    events.map((e) => ({ orgId: e.org_id, type: e.type, persons: e.persons })),
  )
  const byStatus = new Map<string, Map<MemberStatus, number>>()
  for (const t of tally) {
    const status = rowStatusOrder.find((s) => s === t.status)
    if (!status) continue
    const m = byStatus.get(t.org_id) ?? new Map<MemberStatus, number>()
    m.set(status, (m.get(status) ?? 0) + t.n)
    byStatus.set(t.org_id, m)
  }
  let next = 2
  const plans = unions.map((u): UnionPlan => {
    const f = figures.get(u.id) ?? new SummaryFigures()
    const rows = f.get('rows')
    const plan = { id: u.id, name: u.name, creditCode: u.credit_code, figures: f, byStatus: byStatus.get(u.id) ?? new Map(), firstRow: rows ? next : null, lastRow: rows ? next + rows - 1 : null }
    next += rows
    return plan
  })
  return { period, orgName: req.orgId !== undefined ? (unions[0]?.name ?? null) : null, unions: plans, total: totalOf(plans.map((p) => p.figures)) }
}

export async function previewProvincial(ctx: ReadContext, req: ProvincialRequest): Promise<ProvincialPreview> {
  const plan = await planExport(ctx.db, todayIn(ctx.now()), req)
  return { rows: plan.total.get('rows'), inGoodStanding: plan.total.get('members'), unions: plan.unions.length, period: plan.period, orgName: plan.orgName }
}

const PAGE = 1000

/**
 * Sheet 1's rows, a page at a time in the planned order (union, status, name), ID and mobile numbers whole: this file is
 * the one place the template needs them. A union whose rows differ from the plan would misdate every row range of
 * the summary, so it stops the export (it cannot happen inside the call's one transaction).
 */
async function* templateRows(db: Db, plan: ExportPlan): AsyncGenerator<string[]> {
  const keys = templateColumns.map((c) => c.key)
  let seq = 0
  for (const union of plan.unions) {
    let written = 0
    for (const status of rowStatusOrder) {
      if (!union.byStatus.get(status)) continue
      let after: { pinyin: string; id: string } | null = null
      for (;;) {
        const rows: ExportRow[] = await memberPage(db, { orgId: union.id, status, after, limit: PAGE })
        const events = await lastEvents(db, rows.map((r) => r.id))
        for (const r of rows) {
          const cells = cellsOf(r, ++seq, events.get(r.id), true)
          yield keys.map((k) => cells[k])
        }
        written += rows.length
        const last = rows.at(-1)
        if (!last || rows.length < PAGE) break
        after = { pinyin: last.name_pinyin, id: last.id }
      }
    }
    if (written !== union.figures.get('rows')) throw new Error(`provincial export: ${union.id} wrote ${written} rows, planned ${union.figures.get('rows')}`)
  }
}

const slash = (d: string) => d.replace(/-/g, '/')
const periodText = (p: ProvincialPeriod) => `${slash(p.from)}—${slash(p.to)}`

/** A, B, … for the summary's few columns (fewer than 27). */
const letter = (i: number) => String.fromCharCode(65 + i)

function summarySheet(officeName: string, plan: ExportPlan): WorkbookSheet {
  const preamble = [
    `${plan.orgName ?? officeName}基层工会会员情况汇总表`,
    `统计期间：${periodText(plan.period)}。会员总数为在会与保留会籍会员；“本期”各项按会籍变化日期计人数；“采集表行号”指《会员信息采集表》中该工会会员所在的行。`,
  ]
  const fixed = ['序号', '基层工会名称', '统一社会信用代码', '采集表行号']
  const columns = [...fixed.map((header, i) => ({ header, width: i === 1 ? 28 : i === 2 ? 22 : i === 3 ? 14 : 6 })), ...summaryFigures.map((f) => ({ header: f.header, width: Math.max(8, f.header.length * 2 + 2) }))]
  const firstData = preamble.length + 2
  const lines: Cell[][] = plan.unions.map((u, i) => [
    String(i + 1),
    u.name,
    u.creditCode ?? '',
    u.firstRow === null ? '' : `${u.firstRow}—${u.lastRow ?? u.firstRow}`,
    ...summaryFigures.map((f) => u.figures.get(f.key)),
  ])
  const lastData = firstData + lines.length - 1
  // The totals are formulas over the rows above (with their values worked out), so a corrected cell re-adds itself.
  const totals: Cell[] = [
    { strong: '合计' },
    '',
    '',
    '',
    ...summaryFigures.map((f, i) => ({ formula: lines.length ? `SUM(${letter(fixed.length + i)}${firstData}:${letter(fixed.length + i)}${lastData})` : '0', result: plan.total.get(f.key), strong: true })),
  ]
  return { name: '汇总表', columns, rows: fromArray([...lines, totals]), layout: { preamble, freezeColumns: 2, landscape: true } }
}

function notesSheet(ctx: ReadContext, office: { name: string; creditCode: string | null }, plan: ExportPlan, rows: number): WorkbookSheet {
  const lines: Array<[string, string]> = [
    ['填报单位', office.name],
    ['统一社会信用代码', office.creditCode ?? ''],
    ['导出范围', plan.orgName ?? `全部基层工会（${plan.unions.length}个）`],
    ['统计期间', periodText(plan.period)],
    ['会员信息采集表人数', String(rows)],
    ['其中在会与保留会籍', String(plan.total.get('members'))],
    ['导出时间', formatInstant(ctx.now())],
    ['导出人', ctx.caller.user.name],
    ['格式说明', '表头与省级《会员信息采集表》一致；日期为 yyyy/MM/dd 文本；证件号码、移动电话均为文本，未打码；会籍变化类型为最近一次会籍变化（入会、转入、保留、转出、除名、退会）。'],
    ['个人信息提示', '本文件含未打码的身份证件号码和手机号码，仅用于向上级工会报送会员实名信息。请只用加密U盘或本单位专用U盘携带，报送后及时删除；本次导出已记入操作日志。'],
  ]
  return { name: '填报说明', columns: [{ header: '项目', width: 20 }, { header: '内容', width: 90 }], rows: fromArray(lines) }
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}

/** The workbook into the outbox; `rows` is sheet 1's member count. */
export async function exportProvincial(ctx: ReadContext, req: ProvincialRequest): Promise<GeneratedFile> {
  const today = todayIn(ctx.now())
  const plan = await planExport(ctx.db, today, req)
  const profile = await getProfileRow(ctx.db)
  const office = { name: profile?.name ?? '本单位', creditCode: profile?.credit_code ?? null }
  const rows = plan.total.get('rows')
  const file = await writeWorkbookFile({
    dataDir: ctx.core.dataDir,
    fileName: `会员信息采集表-${plan.orgName ?? office.name}-${today.replace(/-/g, '')}.xlsx`,
    now: ctx.now(),
    sheets: [
      { name: '会员信息采集表', columns: templateColumns.map((c) => ({ header: c.header, width: c.key === 'idNumber' ? 22 : c.key === 'employerName' || c.key === 'hukouPlace' ? 24 : 12 })), rows: templateRows(ctx.db, plan) },
      summarySheet(office.name, plan),
      notesSheet(ctx, office, plan, rows),
    ],
  })
  return { ...file, rows }
}

import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import type { z } from 'zod'
import type { listFilter } from '../../../shared/contract/members'
import type { FilePayload } from '../../../shared/contract/types'
import { todayIn } from '../../../shared/dates'
import { maskIdNumber } from '../../../shared/identity/id-number'
import { memberColumns, templateColumns, type MemberColumnKey } from '../../../shared/members/columns'
import { csvField } from '../../../shared/members/csv'
import { idKindTemplateLabels, memberEventLabels } from '../../../shared/members/fields'
import { maskBankAccount } from '../../../shared/members/masking'
import type { ReadContext } from '../context'
import type { MemberRow } from '../db/schema/member'
import type { Db } from '../db/schema/index'
import type { filterConditions } from './queries'
import { listConditions } from './search'

interface ExportInput {
  kind: 'template' | 'full' | 'list'
  format: 'xlsx' | 'csv'
  filter?: z.output<typeof listFilter> | undefined
}

type ExportRow = MemberRow & { org_name: string; enterprise_name: string | null; rowid: number }
const PAGE = 5000

/** Pinyin order, paged by key (the last row's pinyin and rowid) so each page is an index range, not a re-scan. */
async function* exportRows(db: Db, conds: ReturnType<typeof filterConditions>): AsyncIterable<ExportRow> {
  let after: { pinyin: string; rowid: number } | null = null
  for (;;) {
    let q = db
      .selectFrom('member')
      .innerJoin('org', 'org.id', 'member.org_id')
      .leftJoin('enterprise as e', 'e.id', 'member.enterprise_id')
      .selectAll('member')
      .select(['org.name as org_name', 'e.name as enterprise_name', sql<number>`member.rowid`.as('rowid')])
    for (const c of conds) q = q.where(c)
    if (after) q = q.where(sql<boolean>`(member.name_pinyin, member.rowid) > (${after.pinyin}, ${after.rowid})`)
    const rows = await q.orderBy('member.name_pinyin').orderBy(sql`member.rowid`).limit(PAGE).execute()
    for (const r of rows) yield r
    const last = rows.at(-1)
    if (!last || rows.length < PAGE) return
    after = { pinyin: last.name_pinyin, rowid: last.rowid }
  }
}

async function lastEvents(db: Db, memberIds: string[]) {
  const out = new Map<string, { type: keyof typeof memberEventLabels; date: string; reason: string | null }>()
  for (let i = 0; i < memberIds.length; i += 500) {
    const rows = await db
      .selectFrom('member_event')
      .select(['member_id', 'type', 'date', 'reason'])
      .where('member_id', 'in', memberIds.slice(i, i + 500))
      .orderBy('date')
      .orderBy('created_at')
      .execute()
    for (const r of rows) out.set(r.member_id, r)
  }
  return out
}

function cellsOf(r: ExportRow, seq: number, ev: { type: keyof typeof memberEventLabels; date: string; reason: string | null } | undefined, unmasked: boolean): Record<MemberColumnKey, string> {
  const slash = (d: string | null) => (d ? d.replace(/-/g, '/') : '')
  return {
    seq: String(seq), name: r.name, gender: r.gender ?? '', birthDate: slash(r.birth_date), ethnicity: r.ethnicity ?? '',
    employmentStatus: r.employment_status ?? '', idKind: idKindTemplateLabels[r.id_kind],
    idNumber: unmasked ? r.id_number : maskIdNumber(r.id_number), education: r.education ?? '', skillLevel: r.skill_level ?? '',
    phone: r.phone ?? '', hukouType: r.hukou_type ?? '', hukouPlace: r.hukou_place ?? '', eventType: ev ? memberEventLabels[ev.type] : '',
    eventDate: slash(ev?.date ?? null), eventReason: ev?.reason ?? '', politicalStatus: r.political_status ?? '', employerName: r.employer_name ?? '',
    nativePlace: r.native_place ?? '', isMigrant: r.is_migrant ? '是' : '否', orgName: r.org_name, enterpriseName: r.enterprise_name ?? '',
    newFormType: r.new_form_type ?? '', bankName: r.bank_name ?? '', bankAccount: r.bank_account ? (unmasked ? r.bank_account : maskBankAccount(r.bank_account)) : '',
    notes: r.notes ?? '',
  }
}

/** Masked unless `unmasked` (only the audited members.exportUnmasked passes it). Every cell is text, so no ID loses digits. */
export async function exportMembers(ctx: ReadContext, input: ExportInput, unmasked: boolean): Promise<FilePayload> {
  const columns = input.kind === 'template' ? templateColumns : memberColumns
  const header = columns.map((c) => c.header)
  const lines: string[][] = []
  if (input.kind !== 'template') {
    const conds = input.kind === 'list' && input.filter ? await listConditions(ctx.db, input.filter, todayIn(ctx.now())) : []
    let batch: ExportRow[] = []
    const flush = async () => {
      const events = await lastEvents(ctx.db, batch.map((b) => b.id))
      for (const r of batch) {
        const cells = cellsOf(r, lines.length + 1, events.get(r.id), unmasked)
        lines.push(columns.map((c) => cells[c.key]))
      }
      batch = []
    }
    for await (const r of exportRows(ctx.db, conds)) {
      batch.push(r)
      if (batch.length >= 2000) await flush()
    }
    await flush()
  }
  const stamp = todayIn(ctx.now()).replace(/-/g, '')
  const base = input.kind === 'template' ? '会员信息采集表' : input.kind === 'full' ? `会员名册-全部-${stamp}` : `会员名册-筛选-${stamp}`
  if (input.format === 'csv') {
    const text = [header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n')
    // BOM so Excel opens UTF-8 Chinese correctly.
    return { fileName: `${base}.csv`, contentBase64: Buffer.from(`\uFEFF${text}\r\n`, 'utf8').toString('base64') }
  }
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('会员信息')
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.key === 'idNumber' || c.key === 'bankAccount' ? 22 : 12, style: { numFmt: '@' } }))
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  for (const l of lines) ws.addRow(l)
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  return { fileName: `${base}.xlsx`, contentBase64: buffer.toString('base64') }
}

import { sql } from 'kysely'
import type { z } from 'zod'
import type { listFilter } from '../../../shared/contract/members'
import type { GeneratedFile } from '../../../shared/contract/types'
import { todayIn } from '../../../shared/dates'
import { shownPersonal } from '../../../shared/members/masking'
import { memberColumns, templateColumns, type MemberColumnKey } from '../../../shared/members/columns'
import { idKindTemplateLabels, memberEventLabels } from '../../../shared/members/fields'
import type { ReadContext } from '../context'
import type { MemberRow } from '../db/schema/member'
import type { Db } from '../db/schema/index'
import { writeTableFile } from '../files/table-file'
import type { filterConditions } from './queries'
import { listConditions } from './search'

interface ExportInput {
  kind: 'template' | 'full' | 'list'
  format: 'xlsx' | 'csv'
  filter?: z.output<typeof listFilter> | undefined
}

export type ExportRow = MemberRow & { org_name: string; enterprise_name: string | null }
// Small pages keep the heap small: pages of 5,000 wide rows added about 120 MB to a 200,000-member export's peak RSS.
const PAGE = 1000

/**
 * The list's name order (pinyin, then id, as members.list sorts), paged by key (the last row's pinyin and id) so each
 * page is a range of the member_list_pinyin index, not a re-scan or a sort.
 */
async function* exportRows(db: Db, conds: ReturnType<typeof filterConditions>): AsyncIterable<ExportRow> {
  let after: { pinyin: string; id: string } | null = null
  for (;;) {
    let q = db
      .selectFrom('member')
      .innerJoin('org', 'org.id', 'member.org_id')
      .leftJoin('enterprise as e', 'e.id', 'member.enterprise_id')
      .selectAll('member')
      .select(['org.name as org_name', 'e.name as enterprise_name'])
    for (const c of conds) q = q.where(c)
    if (after) q = q.where(sql<boolean>`(member.name_pinyin, member.id) > (${after.pinyin}, ${after.id})`)
    const rows = await q.orderBy('member.name_pinyin').orderBy('member.id').limit(PAGE).execute()
    for (const r of rows) yield r
    const last = rows.at(-1)
    if (!last || rows.length < PAGE) return
    after = { pinyin: last.name_pinyin, id: last.id }
  }
}

/** A member's last 会籍 event, and the date of the first 入会 (the 入会日期 column). */
export interface LastEvent {
  type: keyof typeof memberEventLabels
  date: string | null
  reason: string | null
  joinDate: string | null
}

export async function lastEvents(db: Db, memberIds: string[]) {
  const out = new Map<string, LastEvent>()
  for (let i = 0; i < memberIds.length; i += 500) {
    const rows = await db
      .selectFrom('member_event')
      .select(['member_id', 'type', 'date', 'reason'])
      .where('member_id', 'in', memberIds.slice(i, i + 500))
      .where('voided_at', 'is', null)
      .orderBy('date')
      .orderBy('created_at')
      .execute()
    for (const r of rows) {
      const joinDate = out.get(r.member_id)?.joinDate ?? (r.type === 'join' ? r.date : null)
      out.set(r.member_id, { type: r.type, date: r.date, reason: r.reason, joinDate })
    }
  }
  return out
}

export function cellsOf(r: ExportRow, seq: number, ev: LastEvent | undefined, unmasked: boolean): Record<MemberColumnKey, string> {
  const slash = (d: string | null) => (d ? d.replace(/-/g, '/') : '')
  return {
    seq: String(seq), name: r.name, gender: r.gender ?? '', birthDate: slash(r.birth_date), ethnicity: r.ethnicity ?? '',
    employmentStatus: r.employment_status ?? '', idKind: idKindTemplateLabels[r.id_kind],
    idNumber: shownPersonal('idNumber', r.id_number, unmasked) ?? '', education: r.education ?? '', skillLevel: r.skill_level ?? '',
    phone: shownPersonal('phone', r.phone, unmasked) ?? '', hukouType: r.hukou_type ?? '', hukouPlace: r.hukou_place ?? '', eventType: ev ? memberEventLabels[ev.type] : '',
    eventDate: slash(ev?.date ?? null), eventReason: ev?.reason ?? '', politicalStatus: r.political_status ?? '', employerName: r.employer_name ?? '',
    nativePlace: r.native_place ?? '', isMigrant: r.is_migrant ? '是' : '否', joinDate: slash(ev?.joinDate ?? null), orgName: r.org_name, enterpriseName: r.enterprise_name ?? '',
    newFormType: r.new_form_type ?? '', bankName: r.bank_name ?? '', bankAccount: shownPersonal('bankAccount', r.bank_account, unmasked) ?? '',
    notes: r.notes ?? '',
  }
}

/** The data rows in pinyin order, each with its last 会籍 event, fetched a page at a time as the file asks for them. */
async function* memberLines(ctx: ReadContext, input: ExportInput, unmasked: boolean, keys: readonly MemberColumnKey[]): AsyncGenerator<string[]> {
  const conds = input.kind === 'list' && input.filter ? await listConditions(ctx.db, input.filter, todayIn(ctx.now())) : []
  let seq = 0
  let batch: ExportRow[] = []
  const lines = async () => {
    const events = await lastEvents(ctx.db, batch.map((b) => b.id))
    const out = batch.map((r) => {
      const cells = cellsOf(r, ++seq, events.get(r.id), unmasked)
      return keys.map((k) => cells[k])
    })
    batch = []
    return out
  }
  for await (const r of exportRows(ctx.db, conds)) {
    batch.push(r)
    if (batch.length >= 1000) yield* await lines()
  }
  yield* await lines()
}

async function* noRows(): AsyncGenerator<string[]> {}

/**
 * Masked unless `unmasked` (only the audited members.exportUnmasked passes it). Streamed into the outbox: a register
 * of any size costs a page of rows in memory. Every cell is text, so no ID loses digits.
 */
export async function exportMembers(ctx: ReadContext, input: ExportInput, unmasked: boolean): Promise<GeneratedFile> {
  const columns = input.kind === 'template' ? templateColumns : memberColumns
  const stamp = todayIn(ctx.now()).replace(/-/g, '')
  const base = input.kind === 'template' ? '会员信息采集表' : input.kind === 'full' ? `会员名册-全部-${stamp}` : `会员名册-筛选-${stamp}`
  return writeTableFile({
    dataDir: ctx.core.dataDir,
    fileName: `${base}.${input.format}`,
    format: input.format,
    sheetName: '会员信息',
    columns: columns.map((c) => ({ header: c.header, width: c.key === 'idNumber' || c.key === 'bankAccount' ? 22 : 12 })),
    rows: input.kind === 'template' ? noRows() : memberLines(ctx, input, unmasked, columns.map((c) => c.key)),
    now: ctx.now(),
  })
}

import type { Insertable, Updateable } from 'kysely'
import type { z } from 'zod'
import type { ImportIssue, ImportPreview, ImportSummary, mappingSchema } from '../../../shared/contract/members'
import type { FilePayload } from '../../../shared/contract/types'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { columnLabel, memberColumnKeys, type MemberColumnKey } from '../../../shared/members/columns'
import type { MemberStatus } from '../../../shared/members/fields'
import type { CleanMember } from '../../../shared/members/validate-row'
import { eventDateRefusal, statusStatedBy } from '../../../shared/members/lifecycle'
import { isWriteContext, type ReadContext, type WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import type { MemberRow, MemberTable } from '../db/schema/member'
import type { MemberEventTable } from '../db/schema/member_event'
import { existingByIdNumbers, importLookups } from './import-queries'
import { parseImportFile, type ParsedFile, type ParsedRow } from './import-rows'
import { errorReport } from './import-report'
import { eventRow, keyColumns, loadSearchKeys, type SearchKeys } from './service'
import { chunkPipeline, insertEvents, insertMembers, saveImportMapping, updateMember } from './writes'

type Mapping = z.output<typeof mappingSchema>
interface ImportInput {
  file: FilePayload
  mapping?: Mapping | undefined
  defaultOrgId?: string | undefined
  defaultEventDate?: string | undefined
}

const MAX_LISTED = 1000

/** A snapshot row from another system states the person's current 会籍; it is recorded as that event (decision in the note). */
const statusAfter = statusStatedBy

export async function rememberedMapping(db: Db): Promise<Record<string, MemberColumnKey | null>> {
  const rows = await db.selectFrom('member_import_mapping').select(['header', 'field']).execute()
  const out: Record<string, MemberColumnKey | null> = {}
  for (const r of rows) out[r.header] = memberColumnKeys.find((k) => k === r.field) ?? null
  return out
}

/** Running totals of an import; rows themselves are written (or only counted) chunk by chunk and then dropped. */
interface Plan {
  parsed: ParsedFile
  remembered: Record<string, MemberColumnKey | null>
  inserted: number
  updated: number
  unchanged: number
  /** Rows placed in a union by their enterprise (no 所属工会 given, no default chosen): per union id, how many. */
  byEnterprise: Map<string, number>
  /** Rows with no union at all because the file has no 所属工会 column: their row numbers (the commit refuses them). */
  unplaced: number[]
  undatedJoins: number
}

type Lookups = Awaited<ReturnType<typeof importLookups>>
interface ChunkPlan {
  inserts: Array<Insertable<MemberTable>>
  events: Array<Insertable<MemberEventTable>>
  updates: Array<{ id: string; changes: Updateable<MemberTable> }>
}

/** What one chunk of accepted rows would do, decided against the register as it stands (parse and compute, then write). */
async function planChunk(
  ctx: ReadContext | WriteContext, rows: ParsedRow[], p: Plan,
  env: { lookups: Lookups; mapped: ReadonlySet<MemberColumnKey>; today: string; searchKeys: SearchKeys; defaultEventDate: string | null },
  eventCtx: WriteContext | null,
): Promise<ChunkPlan> {
  const { parsed } = p
  const { lookups, mapped, today, searchKeys } = env
  const existing = await existingByIdNumbers(ctx.db, rows.filter((r) => !parsed.rejectedRows.has(r.row)).map((r) => r.member.idNumber))
  const out: ChunkPlan = { inserts: [], events: [], updates: [] }
  for (const { row, member } of rows) {
    if (parsed.rejectedRows.has(row)) continue
    // Issue 13: a roster from one enterprise has no 所属工会; its 所属企业 (or 工作单位) names an enterprise in the register.
    const enterpriseName = member.enterpriseName ?? (member.employerName && lookups.orgByEnterpriseName.has(member.employerName) ? member.employerName : null)
    const byEnterprise = !member.orgName && !lookups.defaultOrgId && enterpriseName ? lookups.orgByEnterpriseName.get(enterpriseName) : undefined
    const orgId = member.orgName ? lookups.orgByName.get(member.orgName) : (lookups.defaultOrgId ?? byEnterprise)
    if (byEnterprise && orgId === byEnterprise) p.byEnterprise.set(orgId, (p.byEnterprise.get(orgId) ?? 0) + 1)
    if (!orgId && !member.orgName) p.unplaced.push(row)
    if (!orgId) {
      const message = member.orgName ? `第${row}行「所属工会」「${member.orgName}」不是本单位登记的工会` : `第${row}行未指定所属工会（文件中没有「所属工会」，也未选择默认工会）`
      parsed.issues.push({ row, field: columnLabel('orgName'), code: 'ORG_UNKNOWN', message, severity: 'error' })
      parsed.rejectedRows.add(row)
      continue
    }
    const enterpriseId = enterpriseName ? (lookups.enterpriseByOrgAndName.get(`${orgId}\u0000${enterpriseName}`) ?? null) : null
    if (member.enterpriseName && !enterpriseId) {
      const w: ImportIssue = { row, field: columnLabel('enterpriseName'), code: 'VALUE_INVALID', message: `第${row}行「所属企业」「${member.enterpriseName}」未在该工会登记，未关联`, severity: 'warning' }
      parsed.issues.push(w)
    }
    const old = existing.get(member.idNumber)
    if (old) {
      const changes = diff(old, memberColumnsOf(member, mapped), enterpriseId, searchKeys)
      if (old.org_id !== orgId) {
        const w: ImportIssue = { row, field: columnLabel('orgName'), code: 'MISMATCH', message: `第${row}行此人登记在另一工会，所属工会未更改（请办理转会）`, severity: 'warning' }
        parsed.issues.push(w)
      }
      if (Object.keys(changes).length === 0) {
        p.unchanged++
      } else {
        out.updates.push({ id: old.id, changes: { ...changes, updated_at: ctx.now() } })
        p.updated++
      }
      continue
    }
    // Issue 13: without a date in the row the clerk's one date for the file applies, else the date stays empty (never today).
    const eventDate = member.eventDate ?? env.defaultEventDate
    const refusal = eventDate && !member.eventDate ? eventDateRefusal(eventDate, { today, birthDate: member.birthDate }) : null
    if (refusal) {
      parsed.issues.push({ row, field: '统一入会日期', code: 'DATE_INVALID', message: `第${row}行「统一入会日期」${refusal}`, severity: 'error' })
      parsed.rejectedRows.add(row)
      continue
    }
    p.inserted++
    if (!eventDate) p.undatedJoins++
    if (!eventCtx) continue
    const id = eventCtx.newId()
    const type = member.eventType ?? 'join'
    out.inserts.push(newMemberRow(member, { id, orgId, enterpriseId, status: statusAfter[type], now: eventCtx.now() }, searchKeys))
    out.events.push(eventRow(eventCtx, id, orgId, type, eventDate, member.eventReason))
  }
  return out
}

/**
 * Reads the file once. Each chunk of ~500 validated rows is planned and, when `write` is given, written at once inside
 * the caller's one transaction, so memory holds one chunk, not the file (a kill mid-way still rolls everything back).
 */
async function runImport(
  ctx: ReadContext | WriteContext, input: ImportInput,
  opts: { commit: boolean; write?: { ctx: WriteContext; chunk: (chunk: ChunkPlan) => Promise<void> } },
): Promise<Plan> {
  const today = todayIn(ctx.now())
  const remembered = await rememberedMapping(ctx.db)
  const chosen = { ...remembered, ...(input.mapping ?? {}) }
  const lookups = await importLookups(ctx.db, input.defaultOrgId)
  const searchKeys = await loadSearchKeys()
  let mapped: ReadonlySet<MemberColumnKey> = new Set()
  const placeholder: ParsedFile = { sheetName: '', headerRow: 0, headers: [], columns: [], mapping: [], total: 0, accepted: [], issues: [], rejectedRows: new Set(), problemCells: new Map() }
  const p: Plan = { parsed: placeholder, remembered, inserted: 0, updated: 0, unchanged: 0, byEnterprise: new Map(), unplaced: [], undatedJoins: 0 }
  const { write } = opts
  const pipe = chunkPipeline()
  const parsed = await parseImportFile(input.file, {
    chosen, today,
    onHeader: (_headers, mapping) => {
      mapped = new Set(mapping.filter((k) => k !== null))
      // A commit (dry run or not) refuses a file without the key columns before anything is written.
      if (opts.commit) requireMapped(mapping)
    },
    onRows: async (rows) => {
      await pipe.after()
      // New rows are built only when they will be written: a dry run counts them without ids or search keys.
      const chunk = await planChunk(ctx, rows, p, { lookups, mapped, today, searchKeys, defaultEventDate: input.defaultEventDate ?? null }, write?.ctx ?? null)
      if (write) pipe.start(async () => write.chunk(chunk))
    },
    // The issues and rejected rows are shared with the parse so chunk-time rejections land in the same lists.
    sink: placeholder,
  }).catch(async (err: unknown) => {
    await pipe.settle()
    throw err
  })
  await pipe.drain()
  p.parsed = parsed
  return p
}

/**
 * Issue 13: a file without a 所属工会 column, no default union chosen, and rows whose enterprise is not in the register:
 * the commit names the missing choice instead of rejecting those rows one by one (the transaction rolls back).
 */
function refuseUnplaced(p: Plan): void {
  if (p.unplaced.length === 0) return
  const rows = p.unplaced.slice(0, 10).map((r) => `第${r}行`).join('、') + (p.unplaced.length > 10 ? ` 等 ${p.unplaced.length} 行` : '')
  throw new AppError('INVALID_INPUT', `文件中没有「所属工会」列，${rows}的所属企业不在企业名录中：请选择这些会员的所属工会（命令行用 --union 工会名称），或先在组织管理中登记其企业。数据库未做任何修改。`, { field: 'defaultOrgId' })
}

async function unionsByEnterprise(db: Db, counts: Map<string, number>): Promise<ImportPreview['unionsByEnterprise']> {
  if (counts.size === 0) return []
  const orgs = await db.selectFrom('org').select(['id', 'name']).where('id', 'in', [...counts.keys()]).execute()
  return orgs.map((o) => ({ orgId: o.id, orgName: o.name, rows: counts.get(o.id) ?? 0 })).sort((a, b) => b.rows - a.rows)
}

/** A new member's row, written out in one literal: a hundred thousand spreads of 30-field objects cost seconds of GC. */
function newMemberRow(m: CleanMember, at: { id: string; orgId: string; enterpriseId: string | null; status: MemberStatus; now: string }, searchKeys: SearchKeys): Insertable<MemberTable> {
  const keys = searchKeys(m.name, m.idNumber)
  return {
    id: at.id, org_id: at.orgId, enterprise_id: at.enterpriseId, name: m.name, id_number: m.idNumber, id_kind: m.idKind, gender: m.gender,
    birth_date: m.birthDate, ethnicity: m.ethnicity, employment_status: m.employmentStatus, education: m.education, skill_level: m.skillLevel,
    phone: m.phone, hukou_type: m.hukouType, hukou_place: m.hukouPlace, political_status: m.politicalStatus, employer_name: m.employerName,
    native_place: m.nativePlace, is_migrant: m.isMigrant ? 1 : 0, new_form_type: m.newFormType, bank_name: m.bankName, bank_account: m.bankAccount,
    notes: m.notes, status: at.status, name_rest: keys.nameRest, name_pinyin: keys.namePinyin, name_initials: keys.nameInitials,
    id_reversed: keys.idReversed, name_key: keys.nameKey, name_given: keys.nameGiven, created_at: at.now, updated_at: at.now,
  }
}

type DataColumns = Omit<Insertable<MemberTable>, 'id' | 'org_id' | 'enterprise_id' | 'status' | 'is_migrant' | 'name_rest' | 'name_pinyin' | 'name_initials' | 'id_reversed' | 'name_key' | 'name_given' | 'created_at' | 'updated_at'> & { is_migrant?: 0 | 1 }

function memberColumnsOf(m: CleanMember, mapped: ReadonlySet<MemberColumnKey>): DataColumns {
  return {
    name: m.name, id_number: m.idNumber, id_kind: m.idKind, gender: m.gender, birth_date: m.birthDate, ethnicity: m.ethnicity,
    employment_status: m.employmentStatus, education: m.education, skill_level: m.skillLevel, phone: m.phone, hukou_type: m.hukouType,
    hukou_place: m.hukouPlace, political_status: m.politicalStatus, employer_name: m.employerName, native_place: m.nativePlace,
    ...(mapped.has('isMigrant') ? { is_migrant: m.isMigrant ? 1 : 0 } : {}),
    new_form_type: m.newFormType, bank_name: m.bankName, bank_account: m.bankAccount, notes: m.notes,
  }
}

/** The register's own data columns an import may change (not the union, status or computed search keys). */
const dataKeys = [
  'name', 'id_number', 'id_kind', 'gender', 'birth_date', 'ethnicity', 'employment_status', 'education', 'skill_level', 'phone',
  'hukou_type', 'hukou_place', 'political_status', 'employer_name', 'native_place', 'is_migrant', 'new_form_type', 'bank_name',
  'bank_account', 'notes',
] as const

/** Only fields the file states (non-empty cells) and that differ; an empty cell never clears what the register holds. */
function diff(old: MemberRow, columns: DataColumns, enterpriseId: string | null, searchKeys: SearchKeys): Updateable<MemberTable> {
  const changes: Updateable<MemberTable> = {}
  for (const key of dataKeys) {
    const value = columns[key]
    if (value === null || value === undefined || old[key] === value) continue
    Object.assign(changes, { [key]: value })
  }
  if (enterpriseId && old.enterprise_id !== enterpriseId) changes.enterprise_id = enterpriseId
  if (typeof changes.name === 'string') Object.assign(changes, keyColumns(searchKeys, changes.name, old.id_number))
  return changes
}

/** Issues in row order (chunk-time ones arrive late), capped; the error report .xlsx has them all. */
function listedIssues(parsed: ParsedFile): ImportIssue[] {
  return [...parsed.issues].sort((a, b) => a.row - b.row).slice(0, MAX_LISTED)
}

function summaryOf(p: Plan, dryRun: boolean): ImportSummary {
  const { parsed } = p
  const warnedRows = new Set(parsed.issues.filter((i) => i.severity === 'warning' && !parsed.rejectedRows.has(i.row)).map((i) => i.row))
  return {
    total: parsed.total,
    inserted: p.inserted,
    updated: p.updated,
    unchanged: p.unchanged,
    rejected: parsed.rejectedRows.size,
    warnings: warnedRows.size,
    errors: listedIssues(parsed).map(({ row, field, code, message }) => ({ row, field, code, message })),
    dryRun,
  }
}

/** 所属工会 is missing only when some rows have no union by any route (column, default, or their enterprise). */
function missingFields(mapping: Array<MemberColumnKey | null>, unionFound: boolean): MemberColumnKey[] {
  const required: MemberColumnKey[] = unionFound ? ['name', 'idNumber'] : ['name', 'idNumber', 'orgName']
  return required.filter((k) => !mapping.includes(k))
}

/** 姓名 and 证件号码 must be mapped; a missing 所属工会 is reported per row (ORG_UNKNOWN) instead. */
function requireMapped(mapping: Array<MemberColumnKey | null>): void {
  const missing = missingFields(mapping, true)
  if (missing.length) {
    throw new AppError('INVALID_INPUT', `没有对应到「${missing.map(columnLabel).join('」「')}」列，请在列对应关系中指定`, { field: 'mapping' })
  }
}

export async function previewImport(ctx: ReadContext, input: ImportInput): Promise<ImportPreview> {
  const p = await runImport(ctx, input, { commit: false })
  return {
    sheetName: p.parsed.sheetName,
    headerRow: p.parsed.headerRow,
    columns: p.parsed.columns,
    missingFields: missingFields(p.parsed.mapping, Boolean(input.defaultOrgId) || p.unplaced.length === 0),
    summary: summaryOf(p, true),
    issues: listedIssues(p.parsed),
    unionsByEnterprise: await unionsByEnterprise(ctx.db, p.byEnterprise),
    undatedJoins: p.undatedJoins,
  }
}

/** A dry run comes with a read context (no transaction, no audit row: contract `writes: 'unlessDryRun'`). */
export async function commitImport(ctx: ReadContext | WriteContext, input: ImportInput & { dryRun: boolean; withReport: boolean }): Promise<ImportSummary> {
  const writeCtx = input.dryRun ? null : ctx
  if (writeCtx && !isWriteContext(writeCtx)) throw new Error('导入须在写入事务中进行')
  const write = writeCtx && {
    ctx: writeCtx,
    chunk: async (chunk: ChunkPlan) => {
      await insertMembers(writeCtx.trx, chunk.inserts)
      await insertEvents(writeCtx.trx, chunk.events)
      for (const u of chunk.updates) await updateMember(writeCtx.trx, u.id, u.changes)
    },
  }
  const p = await runImport(ctx, input, { commit: true, ...(write ? { write } : {}) })
  refuseUnplaced(p)
  if (writeCtx) {
    await saveImportMapping(writeCtx.trx, p.parsed.headers.map((h, i) => ({ header: h, field: p.parsed.mapping[i] ?? null, updated_at: ctx.now() }))
      // Only new or changed choices are written, so re-importing the same file changes nothing at all.
      .filter((m) => m.header !== '' && (!Object.hasOwn(p.remembered, m.header) || p.remembered[m.header] !== m.field)))
  }
  const summary = summaryOf(p, input.dryRun)
  if (input.withReport) summary.report = await errorReport(p.parsed, input.file.fileName, ctx.core.dataDir, ctx.now())
  return summary
}

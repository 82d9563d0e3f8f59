import type { Insertable } from 'kysely'
import type { ImportConflict } from '../../../../shared/contract/federation'
import { AppError } from '../../../../shared/errors'
import { exchangedTable, rowKeySeparator, type ExchangedTableName } from '../../../../shared/exchange/exchanged-tables'
import { maskIdNumber } from '../../../../shared/members/masking'
import type { WriteContext } from '../../context'
import type { ExchangeRecordTable } from '../../db/schema/exchange_record'
import type { FederationMemberTable } from '../../db/schema/federation_member'
import { chunkPipeline } from '../../members/writes'
import { payloadRows } from '../payload'
import { detectConflicts } from './conflicts'
import { recordFacts } from './facts'
import {
  deleteFederationMembers,
  deleteOfficeRecords,
  deleteRecords,
  existingRecordKeys,
  recordKeyPage,
  upsertFederationMembers,
  upsertRecords,
} from './queries'

/**
 * Merges one verified payload into an office's records, inside the import's one transaction: exchange_record (every
 * row as sent, with its facts), federation_member (the typed register) and the conflicts it reveals. Rows are written
 * in multi-row chunks while the next chunk is parsed (SQLite works in its own thread), so 500,000 members are a few
 * hundred statements, not a million round trips. Anything wrong throws, and the caller's transaction rolls back.
 */

// exchange_record has 10 columns: 1,000 rows stay far below SQLite's 32,766 bound parameters.
const CHUNK = 1000
const KEY_PAGE = 20_000

export interface MergeCounts {
  inserted: number
  updated: number
  deleted: number
  conflicts: ImportConflict[]
}

interface Chunk {
  table: ExchangedTableName
  upserts: Array<{ k: string; row: Record<string, unknown> }>
  deletes: string[]
}

const corrupt = (why: string) => new AppError('EXCHANGE_PAYLOAD_CORRUPT', `内容校验失败：${why}，未导入`, { field: 'file' })

function keyOf(table: ExchangedTableName, row: Readonly<Record<string, unknown>>): string | null {
  const spec = exchangedTable(table)
  if (!spec) return null
  const parts: string[] = []
  for (const column of spec.key) {
    const v = row[column]
    if (typeof v === 'string') parts.push(v)
    else if (typeof v === 'number' && Number.isSafeInteger(v)) parts.push(String(v))
    else return null
  }
  return parts.join(rowKeySeparator)
}

type PinyinOf = (name: string) => string

const memberText = (row: Readonly<Record<string, unknown>>, column: string, n: number, label: string): string => {
  const v = row[column]
  if (typeof v !== 'string' || v === '') throw corrupt(`第 ${n} 行「会员」缺少「${label}」`)
  return v
}
const optionalText = (row: Readonly<Record<string, unknown>>, column: string): string | null => {
  const v = row[column]
  return typeof v === 'string' && v !== '' ? v : null
}

/** The merged register's typed row for one member row as sent (bank columns never travel). */
function federationMember(officeId: string, row: Readonly<Record<string, unknown>>, n: number, pinyinOf: PinyinOf): Insertable<FederationMemberTable> {
  const name = memberText(row, 'name', n, '姓名')
  const gender = row['gender']
  return {
    office_id: officeId,
    member_id: memberText(row, 'id', n, '会员ID'),
    org_key: memberText(row, 'org_id', n, '所属工会'),
    name,
    name_pinyin: pinyinOf(name),
    id_number: memberText(row, 'id_number', n, '证件号码'),
    gender: gender === '男' || gender === '女' ? gender : null,
    birth_date: optionalText(row, 'birth_date'),
    status: memberText(row, 'status', n, '会籍状态'),
    is_migrant: row['is_migrant'] === 1 ? 1 : 0,
    new_form_type: optionalText(row, 'new_form_type'),
    employer_name: optionalText(row, 'employer_name'),
  }
}

/** Every key this office has on record ("table<US>key" → present), read a page at a time; a full package diffs against it. */
async function officeKeys(ctx: WriteContext, officeId: string): Promise<Set<string>> {
  const keys = new Set<string>()
  let after: { table: string; key: string } | null = null
  for (;;) {
    const page = await recordKeyPage(ctx.trx, officeId, after, KEY_PAGE)
    for (const r of page) keys.add(`${r.table_name}\u001e${r.row_key}`)
    const last = page.at(-1)
    if (!last || page.length < KEY_PAGE) return keys
    after = { table: last.table_name, key: last.row_key }
  }
}

export async function mergePayload(
  ctx: WriteContext,
  p: { officeId: string; full: boolean; plain: Buffer; rowCounts: Readonly<Record<string, number>>; pinyinOf: PinyinOf },
): Promise<MergeCounts> {
  const { officeId, full } = p
  const counts: MergeCounts = { inserted: 0, updated: 0, deleted: 0, conflicts: [] }
  const seenPairs = new Set<string>()
  // A full package replaces everything the office had: what it no longer carries counts as deleted.
  const before = full ? await officeKeys(ctx, officeId) : null
  if (full) await deleteOfficeRecords(ctx.trx, officeId)

  const write = async (c: Chunk, memberRows: Insertable<FederationMemberTable>[]) => {
    const keys = c.upserts.map((u) => u.k)
    if (before) {
      for (const k of keys) {
        if (before.delete(`${c.table}\u001e${k}`)) counts.updated++
        else counts.inserted++
      }
    } else {
      const existing = await existingRecordKeys(ctx.trx, officeId, c.table, keys)
      counts.inserted += keys.length - existing.size
      counts.updated += existing.size
    }
    const records: Insertable<ExchangeRecordTable>[] = c.upserts.map((u) => ({
      office_id: officeId,
      table_name: c.table,
      row_key: u.k,
      data: JSON.stringify(u.row),
      ...recordFacts(c.table, u.row),
    }))
    await upsertRecords(ctx.trx, records)
    if (c.deletes.length > 0) {
      // In a full package a delete has nothing left to remove; in an incremental one it removes what was sent before.
      counts.deleted += await deleteRecords(ctx.trx, officeId, c.table, c.deletes)
      if (c.table === 'member') await deleteFederationMembers(ctx.trx, officeId, c.deletes)
    }
    if (memberRows.length > 0) {
      await upsertFederationMembers(ctx.trx, memberRows)
      const standing = memberRows.filter((m) => m.status === 'active' || m.status === 'retained').map((m) => m.member_id)
      if (standing.length > 0) counts.conflicts.push(...(await detectConflicts(ctx, officeId, standing, seenPairs)).map(maskedConflict))
    }
  }

  const tally: Record<string, number> = {}
  const pipe = chunkPipeline()
  let chunk: Chunk | null = null
  let members: Insertable<FederationMemberTable>[] = []
  const flush = async () => {
    if (!chunk) return
    const c = chunk
    const m = members
    chunk = null
    members = []
    await pipe.after()
    pipe.start(() => write(c, m))
  }
  let n = 0
  try {
    for (const line of payloadRows(p.plain)) {
      n++
      tally[line.t] = (tally[line.t] ?? 0) + 1
      if (chunk && (chunk.table !== line.t || chunk.upserts.length + chunk.deletes.length >= CHUNK)) await flush()
      chunk ??= { table: line.t, upserts: [], deletes: [] }
      if (line.op === 'delete') {
        chunk.deletes.push(line.k)
        continue
      }
      if (keyOf(line.t, line.row) !== line.k) throw corrupt(`第 ${n} 行的记录键与记录内容不符`)
      chunk.upserts.push({ k: line.k, row: line.row })
      if (line.t === 'member') members.push(federationMember(officeId, line.row, n, p.pinyinOf))
    }
    await flush()
    await pipe.drain()
  } catch (err) {
    await pipe.settle()
    throw err
  }
  if (before) counts.deleted += before.size
  checkRowCounts(p.rowCounts, tally)
  return counts
}

/** The manifest's row counts must be the payload's, table by table: a package that disagrees with itself is refused. */
function checkRowCounts(declared: Readonly<Record<string, number>>, found: Readonly<Record<string, number>>): void {
  for (const table of new Set([...Object.keys(declared), ...Object.keys(found)])) {
    const want = declared[table] ?? 0
    const got = found[table] ?? 0
    if (want !== got) {
      const label = exchangedTable(table)?.label ?? table
      throw new AppError('EXCHANGE_PAYLOAD_CORRUPT', `行数不符：清单中「${label}」为 ${want} 行，数据中为 ${got} 行，未导入`, { field: 'file' })
    }
  }
}

function maskedConflict(c: ImportConflict): ImportConflict {
  return { ...c, idNumber: maskIdNumber(c.idNumber) }
}

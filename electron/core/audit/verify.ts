import { methodTitle, type AuditVerdict } from '../../../shared/contract/audit'
import { formatInstant, isIsoInstant } from '../../../shared/dates'
import type { Db } from '../db/schema/index'
import type { AuditLogRow } from '../db/schema/audit_log'
import { auditHmac, genesisHash, legacyAuditHash } from './hash-chain'
import type { AuditKey } from './key'
import { auditRowsAfter } from './queries'

const pageSize = 2000

/** Why a row fails, in the clerk's words; `position` counts rows from the first (1-based), as the screen lists them. */
function broken(row: AuditLogRow, position: number, problem: string): AuditVerdict {
  return {
    intact: false,
    rows: position - 1,
    broken: { position, seq: row.seq, id: row.id, at: row.at, method: row.method, problem },
    message: `操作日志第 ${position} 条（${isIsoInstant(row.at) ? formatInstant(row.at) : row.at} ${row.actor}「${methodTitle(row.method)}」，序号 ${row.seq}）未通过核验：${problem}`,
  }
}

/**
 * Walks the whole chain in order, a page at a time. Each row must link to the one before it (a deleted, inserted or
 * reordered row breaks the link) and carry its own HMAC under the key beside the database (an edited row, or a chain
 * recomputed without the key, does not). Rows from before the key existed ('sha256') are accepted only as the first
 * `legacyRows` rows, ending in the head the key file recorded.
 */
export async function verifyAuditChain(db: Db, key: AuditKey | null): Promise<AuditVerdict> {
  let prev = genesisHash
  let position = 0
  let afterSeq = 0
  const legacyRows = key?.legacyRows ?? Number.POSITIVE_INFINITY
  for (;;) {
    const rows = await auditRowsAfter(db, afterSeq, pageSize)
    if (rows.length === 0) break
    for (const row of rows) {
      position++
      afterSeq = row.seq
      if (row.prev_hash !== prev) return broken(row, position, '与前一条记录的链接不符（其前的记录被删除、插入或调换了顺序）')
      if (row.chain === 'sha256') {
        if (position > legacyRows) return broken(row, position, '标为旧记录，但旧记录只有前 ' + String(legacyRows) + ' 条（整条链被改写过）')
        if (row.hash !== legacyAuditHash(prev, row)) return broken(row, position, '内容被改动')
        if (key && position === legacyRows && row.hash !== key.legacyHead) return broken(row, position, '旧记录的末条与密钥文件所记不符（整条链被改写过）')
      } else {
        if (!key) return broken(row, position, '找不到审计密钥文件，无法核验（密钥文件应与数据库放在同一文件夹）')
        if (position <= key.legacyRows) return broken(row, position, '此处应为旧记录（整条链被改写过）')
        if (row.hash !== auditHmac(key.key, prev, { ...row, seq: row.seq })) return broken(row, position, '内容被改动，或链是在没有密钥的情况下重算的')
      }
      prev = row.hash
    }
  }
  if (key && position < key.legacyRows) {
    return { intact: false, rows: position, broken: null, message: `操作日志少了记录：密钥文件记有 ${key.legacyRows} 条旧记录，现只有 ${position} 条` }
  }
  return { intact: true, rows: position, broken: null, message: `操作日志完整，共 ${position} 条` }
}

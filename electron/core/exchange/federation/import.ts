import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import type { ImportOutcome } from '../../../../shared/contract/federation'
import type { FilePayload } from '../../../../shared/contract/types'
import { AppError } from '../../../../shared/errors'
import type { WriteContext } from '../../context'
import { refreshPlannerStats, withPageCache } from '../../db/bulk-tuning'
import { deferred, type Deferred } from '../../deferred'
import { writeOutboxFile } from '../../files/outbox'
import { unwritable, writeFileAtomic } from '../atomic-write'
import { localIdentity } from '../identity'
import { exchangeSchemaVersion, openPackage, type PackageManifest } from '../package-format'
import { maxPayloadBytes, unzipPayload } from '../payload'
import type { ExchangeOfficeRow } from '../../db/schema/exchange_office'
import type { Db } from '../../db/schema/index'
import { mergePayload, type MergeCounts } from './merge'
import { dropInboundFrom, inboundAuditHeads, inboundOf, insertInbound, listOffices, updateOffice } from './queries'
import { receiptFileName, sealReceipt, type ReceiptBody } from './receipt'
import { officeCard, requireFederation } from './register'

export interface ImportInput {
  path?: string | undefined
  file?: FilePayload | undefined
  receiptDir?: string | undefined
}

const unreadable = (path: string, why: string) => new AppError('FILE_UNREADABLE', `无法读取交换包「${path}」：${why}`, { field: 'path' })

async function packageBytes(input: ImportInput): Promise<Buffer> {
  if (input.file) return Buffer.from(input.file.contentBase64, 'base64')
  const path = input.path ?? ''
  let size: number
  try {
    const s = await stat(path)
    if (!s.isFile()) throw unreadable(path, '不是文件')
    size = s.size
  } catch (err) {
    if (err instanceof AppError) throw err
    throw unreadable(path, '文件不存在或没有读取权限')
  }
  // The ciphertext is gzip; a package far larger than any payload we would unzip is not read into memory at all.
  if (size > maxPayloadBytes) throw new AppError('EXCHANGE_NOT_A_PACKAGE', `不是交换包：文件有 ${Math.round(size / 1024 / 1024)} MB，超过交换包的上限，未导入`, { field: 'path' })
  try {
    return await readFile(path)
  } catch {
    throw unreadable(path, '读取失败')
  }
}

/**
 * The receipt is written after the commit; a folder that cannot take it is found out before anything is merged, so a
 * clerk is not left with a merged package and no receipt (only a disk filling up in between can still do that).
 */
async function checkWritable(folder: string): Promise<void> {
  const probe = join(folder, `.uniondesk-${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(folder, { recursive: true })
    await writeFile(probe, '', { flag: 'wx' })
    await rm(probe, { force: true })
  } catch (err) {
    throw unwritable(folder, err)
  }
}

/** Numbers as a clerk reads them: 第3号, 第3、4号, 第3至第9号. */
function missingNumbers(from: number, to: number): string {
  if (from === to) return `第${from}号`
  if (to - from === 1) return `第${from}、${to}号`
  return `第${from}至第${to}号`
}

type Step = { merge: false } | { merge: true; full: boolean }

/**
 * What a package's audit-trail fields say about the office's trail since packages merged before (from this card):
 * the row an earlier package vouched for as the head now reads differently or is gone (rows cut, then perhaps written
 * on past the old length), or the trail is shorter than the last package said (the database put back from an older
 * copy). The data is still the office's signed data and is merged; the finding is kept on the office.
 */
async function auditTrailWarning(db: Db, office: ExchangeOfficeRow, m: PackageManifest): Promise<string | null> {
  const name = `「${office.union_name}」的操作日志`
  const heads = await inboundAuditHeads(db, office.id, office.registered_at)
  const checked = m.auditCheck ? heads.find((h) => h.audit_rows === m.auditCheck?.rows) : undefined
  if (m.auditCheck && checked) {
    if (m.auditCheck.hash === null) return `${name}第 ${checked.audit_rows} 条（第${checked.sequence}号包上报时的最后一条）已不存在：记录被删除，或数据库换成了旧的备份，请向该单位核实`
    if (m.auditCheck.hash !== checked.audit_hash) return `${name}第 ${checked.audit_rows} 条与第${checked.sequence}号包上报时不同：记录被删除后重写或被改写，请向该单位核实`
  }
  const last = heads[0]
  if (m.auditHead && last?.audit_rows != null && m.auditHead.rows < last.audit_rows) {
    return `${name}比第${last.sequence}号包上报时少：当时有 ${last.audit_rows} 条，这次只有 ${m.auditHead.rows} 条（记录被删除，或数据库换成了旧的备份），请向该单位核实`
  }
  return null
}

/** The design's sequence rules: replay, gap (refused, naming what is missing), incremental merge, or full reset. */
function sequenceStep(office: ExchangeOfficeRow, m: PackageManifest): Step {
  if (m.sequence <= office.last_sequence) return { merge: false }
  if (m.kind === 'full') return { merge: true, full: true }
  if (office.last_sequence === 0) {
    throw new AppError(
      'EXCHANGE_SEQUENCE_GAP',
      `「${office.union_name}」在本会还没有基线（首次上报或密钥卡已更换），须先导入一个完整包；这是第${m.sequence}号增量包，未导入`,
      { field: 'file' },
    )
  }
  if (m.baseSequence > office.last_sequence) {
    throw new AppError(
      'EXCHANGE_SEQUENCE_GAP',
      `缺包：「${office.union_name}」第${m.sequence}号包接在第${m.baseSequence}号之后，本会只导入到第${office.last_sequence}号，缺少${missingNumbers(office.last_sequence + 1, m.baseSequence)}包。请先导入缺少的包，或请对方生成完整包，未导入`,
      { field: 'file' },
    )
  }
  return { merge: true, full: false }
}

/**
 * Imports one package: verified against the registered cards before anything in it is trusted, checked for its place
 * in the office's sequence, merged in the call's one transaction, and acknowledged by a signed 回执 written (atomically)
 * once that transaction has committed, so a receipt never claims a merge that was rolled back.
 */
export async function importPackage(ctx: WriteContext, input: ImportInput): Promise<Deferred<ImportOutcome>> {
  await requireFederation(ctx.trx)
  const bytes = await packageBytes(input)
  const identity = await localIdentity(ctx.core, ctx.trx, { create: false })
  const offices = await listOffices(ctx.trx)
  const opened = openPackage(bytes, { recipient: identity, knownSenders: offices.map(officeCard), readableSchemaVersion: exchangeSchemaVersion })
  const m = opened.manifest
  if (m.kind === 'receipt') throw new AppError('EXCHANGE_NOT_A_PACKAGE', '这是一份回执，不是上报包：回执由下级单位在「上报」页导入，未导入', { field: 'file' })
  const kind = m.kind
  const office = offices.find((o) => o.fingerprint === m.sender)
  if (!office) throw new AppError('EXCHANGE_SENDER_UNKNOWN', '发送方未登记，未导入', { field: 'file' })

  const step = sequenceStep(office, m)
  const importedAt = ctx.now()
  let counts: MergeCounts = { inserted: 0, updated: 0, deleted: 0, conflicts: [] }
  let auditWarning: string | null = null
  const fileName = receiptFileName(office.union_name, m.sequence)
  const dest = input.receiptDir ? join(input.receiptDir, fileName) : input.path ? join(dirname(input.path), fileName) : null

  if (dest) await checkWritable(dirname(dest))

  if (step.merge) {
    const { pinyinKeys } = await import('../../../../shared/members/search-keys')
    const plain = unzipPayload(opened.payload)
    // 256 MB while merging (the import's peak stays well under 1 GB); see db/bulk-tuning.ts for what it saves.
    counts = await withPageCache(ctx.trx, 256, () =>
      mergePayload(ctx, { officeId: office.id, full: step.full, plain, rowCounts: m.rowCounts, pinyinOf: (name) => pinyinKeys(name).namePinyin }),
    )
    // So that the next package's conflict check is planned on the register's real shape (see db/bulk-tuning.ts).
    await refreshPlannerStats(ctx.trx, 'federation_member')
    // Only after a card was replaced can a number come round again (a new PC counting from 1): the old rows are history.
    if (step.full) await dropInboundFrom(ctx.trx, office.id, m.sequence)
    auditWarning = await auditTrailWarning(ctx.trx, office, m)
    await insertInbound(ctx.trx, {
      office_id: office.id,
      sequence: m.sequence,
      kind,
      base_sequence: m.baseSequence,
      package_created_at: m.createdAt,
      imported_at: importedAt,
      imported_by: ctx.caller.user.name,
      payload_hash: m.payloadHash,
      row_counts_json: JSON.stringify(m.rowCounts),
      inserted: counts.inserted,
      updated: counts.updated,
      deleted: counts.deleted,
      conflicts: counts.conflicts.length,
      receipt_file: dest ?? fileName,
      audit_rows: m.auditHead?.rows ?? null,
      audit_hash: m.auditHead?.hash ?? null,
    })
    await updateOffice(ctx.trx, office.id, { last_sequence: m.sequence, last_kind: kind, last_package_at: m.createdAt, last_imported_at: importedAt, ...(auditWarning ? { audit_warning: auditWarning } : {}) })
  }

  // A replay's receipt repeats what the first import merged (the office may never have received that receipt), so
  // re-sending it never makes the office's record of the delivery read as "nothing merged".
  const first = step.merge ? undefined : await inboundOf(ctx.trx, office.id, m.sequence)
  const body: ReceiptBody = {
    packageSequence: m.sequence,
    packagePayloadHash: m.payloadHash,
    outcome: step.merge ? 'merged' : 'replayed',
    inserted: first?.inserted ?? counts.inserted,
    updated: first?.updated ?? counts.updated,
    deleted: first?.deleted ?? counts.deleted,
    conflicts: first?.conflicts ?? counts.conflicts.length,
    importedAt: first?.imported_at ?? importedAt,
  }
  const receiptBytes = sealReceipt(identity, opened.sender, body)
  const kindText = kind === 'full' ? '完整' : '增量'
  const outcome: Omit<ImportOutcome, 'receipt'> = {
    accepted: true,
    replayed: !step.merge,
    sender: office.union_name,
    senderFingerprint: office.fingerprint,
    sequence: m.sequence,
    kind,
    inserted: counts.inserted,
    updated: counts.updated,
    deleted: counts.deleted,
    conflicts: counts.conflicts,
    message: step.merge
      ? `已合并「${office.union_name}」第${m.sequence}号${kindText}包：新增 ${counts.inserted} 条，更新 ${counts.updated} 条，删除 ${counts.deleted} 条，发现冲突 ${counts.conflicts.length} 条${auditWarning ? `。注意：${auditWarning}` : ''}`
      : `第${m.sequence}号包已导入过，未作改动（已重新生成回执）`,
    ...(auditWarning ? { auditWarning } : {}),
  }
  const summary = { sender: office.union_name, sequence: m.sequence, kind, replayed: !step.merge, inserted: counts.inserted, updated: counts.updated, deleted: counts.deleted, conflicts: counts.conflicts.length }
  return deferred(
    async (): Promise<ImportOutcome> => {
      if (dest) {
        await writeFileAtomic(dest, receiptBytes)
        return { ...outcome, receipt: dest }
      }
      const file = await writeOutboxFile(ctx.core.dataDir, fileName, Readable.from([receiptBytes]))
      return { ...outcome, receipt: file.fileName, receiptFile: file }
    },
    {
      summary,
      failed: async () =>
        step.merge
          ? '上报包已合并并保存；回执未能写出：请换一个位置后再导入同一个包（不会重复合并），即可重新生成回执'
          : '回执未能写出：请换一个位置后重试',
    },
  )
}

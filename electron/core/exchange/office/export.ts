import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { ExportResult, PackageKind } from '../../../../shared/contract/exchange'
import type { ParsedInput } from '../../../../shared/contract/index'
import { todayIn } from '../../../../shared/dates'
import { AppError } from '../../../../shared/errors'
import { exchangedTableNames } from '../../../../shared/exchange/exchanged-tables'
import { packageFileName } from '../../../../shared/exchange/receipt'
import type { WriteContext } from '../../context'
import type { Db } from '../../db/schema/index'
import { writeOutboxFile } from '../../files/outbox'
import { safeFileName } from '../../files/safe-file-name'
import { writeFileAtomic } from '../atomic-write'
import { localIdentity } from '../identity'
import { keyCardFingerprint } from '../key-card'
import { exchangeSchemaVersion, sealPackage } from '../package-format'
import { auditHashAt, auditHeadRow } from '../../audit/queries'
import { encodePayload } from '../payload'
import { upstreamCard } from './mappers'
import { changedRows, fullRows } from './package-rows'
import { baselineFor, getUpstream, insertOutbound, lastChangeSeq, nextSequence } from './queries'

/** What the next package is: full without a baseline (first package, or a changed federation card) or when asked. */
export async function plannedPackage(db: Db, recipientFingerprint: string, forceFull: boolean) {
  const baseline = await baselineFor(db, recipientFingerprint)
  const kind: PackageKind = forceFull || !baseline ? 'full' : 'incremental'
  return { kind, baseline: kind === 'incremental' ? baseline : undefined }
}

export function noUpstream(): AppError {
  return new AppError('NOT_SET_UP', '尚未导入上级总工会的密钥卡：请先在「上报」页导入上级密钥卡（命令行：uniondesk exchange upstream set 密钥卡.json），并与上级电话核对指纹')
}

/** A folder (existing, ending in a separator, or not named .udx) gets the package's own name; a .udx path is the file. */
async function targetPath(out: string, fileName: string): Promise<string> {
  if (/[\\/]$/.test(out)) return join(out, fileName)
  const existing = await stat(out).catch(() => null)
  if (existing?.isDirectory()) return join(out, fileName)
  return out.toLowerCase().endsWith('.udx') ? out : join(out, fileName)
}

/**
 * Generates the next package and records it, all inside the call's one transaction: the sequence is taken, the rows
 * are read in that transaction's snapshot (the write lock keeps the change-log cut and the rows in agreement), the
 * file is written atomically, and only then is the package recorded. A folder that cannot be written refuses the
 * call, so no sequence is used and nothing is recorded (the transaction, audit row included, rolls back).
 */
export async function exportPackage(ctx: WriteContext, input: ParsedInput<'exchange.export'>): Promise<ExportResult> {
  const { trx } = ctx
  const upstreamRow = await getUpstream(trx)
  if (!upstreamRow) throw noUpstream()
  const recipient = upstreamCard(upstreamRow)
  const sender = await localIdentity(ctx.core, trx, { create: false })
  const recipientFingerprint = keyCardFingerprint(recipient)
  const { kind, baseline } = await plannedPackage(trx, recipientFingerprint, input.full)
  const auditHead = await auditHeadRow(trx)
  // The head the last acknowledged package vouched for, as that row reads now (even when this package is full).
  const acknowledged = await baselineFor(trx, recipientFingerprint)
  const auditCheck = acknowledged?.audit_rows != null ? { rows: acknowledged.audit_rows, hash: await auditHashAt(trx, acknowledged.audit_rows) } : undefined
  const sequence = await nextSequence(trx)
  const changeSeq = await lastChangeSeq(trx)
  const payload = await encodePayload(baseline ? changedRows(trx, baseline.change_seq, changeSeq) : fullRows(trx))
  // Every carried table is named, with 0 where nothing travels: the federation reconciles against the whole list.
  const counts = Object.fromEntries(exchangedTableNames.map((t) => [t, payload.counts[t] ?? 0]))
  const createdAt = ctx.now()
  const bytes = sealPackage({
    sender,
    recipient,
    sequence,
    createdAt,
    schemaVersion: exchangeSchemaVersion,
    kind,
    baseSequence: baseline?.sequence ?? 0,
    rowCounts: counts,
    ...(auditHead ? { auditHead } : {}),
    ...(auditCheck ? { auditCheck } : {}),
    payload: payload.bytes,
  })
  const fileName = safeFileName(packageFileName(sender.card.unionName, sequence, todayIn(createdAt)))
  const file = await targetPath(input.out, fileName)
  await insertOutbound(trx, {
    sequence,
    recipient_fingerprint: recipientFingerprint,
    kind,
    base_sequence: baseline?.sequence ?? 0,
    change_seq: changeSeq,
    created_at: createdAt,
    created_by: ctx.caller.user.name,
    file_name: fileName,
    bytes: bytes.length,
    row_counts_json: JSON.stringify(counts),
    payload_hash: createHash('sha256').update(payload.bytes).digest('hex'),
    state: 'generated',
    delivered_at: null,
    receipt_json: null,
    audit_rows: auditHead?.rows ?? null,
  })
  // Last, so that a refusal of anything above leaves no file behind; a failure here rolls the record back.
  await writeFileAtomic(file, bytes)
  const download = input.download ? await writeOutboxFile(ctx.core.dataDir, fileName, Readable.from([bytes])) : undefined
  return { file, fileName, sequence, kind, baseSequence: baseline?.sequence ?? 0, counts, bytes: bytes.length, ...(download ? { download } : {}) }
}

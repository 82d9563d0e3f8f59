import { canonicalJson, type KeyCard } from '../key-card'
import { exchangeSchemaVersion, sealPackage, type LocalIdentity } from '../package-format'
import { safeFileName } from '../../files/safe-file-name'

/** The body of a 回执 (design: a `.udx` of kind 'receipt' sealed by the federation to the office). */
export interface ReceiptBody {
  packageSequence: number
  packagePayloadHash: string
  outcome: 'merged' | 'replayed'
  inserted: number
  updated: number
  deleted: number
  conflicts: number
  importedAt: string
}

export function receiptFileName(officeName: string, sequence: number): string {
  return safeFileName(`回执-${officeName}-第${sequence}号.udx`)
}

/** The signed, encrypted receipt the office imports to mark its package 已送达 and move its baseline. */
export function sealReceipt(federation: LocalIdentity, office: KeyCard, body: ReceiptBody): Buffer {
  return sealPackage({
    sender: federation,
    recipient: office,
    sequence: body.packageSequence,
    createdAt: body.importedAt,
    schemaVersion: exchangeSchemaVersion,
    kind: 'receipt',
    baseSequence: 0,
    rowCounts: {},
    payload: Buffer.from(canonicalJson(body), 'utf8'),
  })
}

import { canonicalJson, type KeyCard } from '../key-card'
import { exchangeSchemaVersion, sealPackage, type LocalIdentity } from '../package-format'
import { safeFileName } from '../../files/safe-file-name'
import { receiptFileName as sharedReceiptFileName, type ReceiptPayload } from '../../../../shared/exchange/receipt'

/** The body of a 回执: the one schema both sides use (shared/exchange/receipt.ts). */
export type ReceiptBody = ReceiptPayload

/** The receipt's file name, safe for any disk. */
export function receiptFileName(officeName: string, sequence: number): string {
  return safeFileName(sharedReceiptFileName(officeName, sequence))
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

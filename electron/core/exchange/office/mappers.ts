import { z } from 'zod'
import type { KeyCardView, OutboundPackage, ReceiptSummary, UpstreamView } from '../../../../shared/contract/exchange'
import { receiptPayloadSchema, type ReceiptPayload } from '../../../../shared/exchange/receipt'
import type { ExchangeOutboundRow } from '../../db/schema/exchange_outbound'
import type { ExchangeUpstreamRow } from '../../db/schema/exchange_upstream'
import { keyCardFingerprint, parseKeyCard, type KeyCard } from '../key-card'

export function cardView(card: KeyCard): KeyCardView {
  return { unionName: card.unionName, creditCode: card.creditCode, level: card.level, fingerprint: keyCardFingerprint(card), createdAt: card.createdAt }
}

/** The stored card is parsed again (never trusted as a cast): it is what packages are sealed to. */
export function upstreamCard(row: ExchangeUpstreamRow): KeyCard {
  return parseKeyCard(row.card_json)
}

export function upstreamView(row: ExchangeUpstreamRow): UpstreamView {
  return { ...cardView(upstreamCard(row)), setAt: row.set_at, setBy: row.set_by }
}

const countsSchema = z.record(z.string(), z.number().int())

export function summaryOf(r: ReceiptPayload): ReceiptSummary {
  return { outcome: r.outcome, inserted: r.inserted, updated: r.updated, deleted: r.deleted, conflicts: r.conflicts, importedAt: r.importedAt }
}

/** The receipt as stored with its package (checked when it was imported; parsed again, never cast). */
export function receiptSummary(json: string | null): ReceiptSummary | null {
  return json === null ? null : summaryOf(receiptPayloadSchema.parse(JSON.parse(json)))
}

export function outboundView(row: ExchangeOutboundRow, currentFingerprint: string | null): OutboundPackage {
  return {
    sequence: row.sequence,
    kind: row.kind,
    baseSequence: row.base_sequence,
    fileName: row.file_name,
    bytes: row.bytes,
    counts: countsSchema.parse(JSON.parse(row.row_counts_json)),
    createdAt: row.created_at,
    createdBy: row.created_by,
    state: row.state,
    deliveredAt: row.delivered_at,
    toEarlierCard: currentFingerprint !== null && row.recipient_fingerprint !== currentFingerprint,
    receipt: receiptSummary(row.receipt_json),
  }
}

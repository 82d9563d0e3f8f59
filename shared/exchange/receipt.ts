import { z } from 'zod'

/**
 * The payload of a receipt 回执 (exchange-design.md): the federation seals it to the office whose package it
 * acknowledges, as UTF-8 JSON. The office's `exchange receipt import` reads it with this schema; the federation writes
 * it. Strict: a field an older office does not know is a newer format, not something to ignore.
 */
export const receiptPayloadSchema = z.strictObject({
  packageSequence: z.number().int().min(1),
  packagePayloadHash: z.string().regex(/^[0-9a-f]{64}$/),
  outcome: z.enum(['merged', 'replayed']),
  inserted: z.number().int().min(0),
  updated: z.number().int().min(0),
  deleted: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  importedAt: z.iso.datetime({ offset: false }),
})
export type ReceiptPayload = z.infer<typeof receiptPayloadSchema>

/** The receipt's file name: 回执-<office union name>-第<n>号.udx (made safe for a disk by the writer). */
export function receiptFileName(officeUnionName: string, sequence: number): string {
  return `回执-${officeUnionName}-第${sequence}号.udx`
}

/** A package's file name: <union name>-上报包-第<n>号-<date>.udx (made safe for a disk by the writer). */
export function packageFileName(unionName: string, sequence: number, date: string): string {
  return `${unionName}-上报包-第${sequence}号-${date}.udx`
}

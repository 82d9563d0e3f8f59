import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { ReceiptPayload } from '../../../shared/exchange/receipt'
import { receiptFileName } from '../../../shared/exchange/receipt'
import { writeFileAtomic } from '../../../electron/core/exchange/atomic-write'
import { localIdentity } from '../../../electron/core/exchange/identity'
import { parseKeyCard, type KeyCard } from '../../../electron/core/exchange/key-card'
import { exchangeSchemaVersion, openPackage, sealPackage, type LocalIdentity } from '../../../electron/core/exchange/package-format'
import { payloadRows, unzipPayload, type PayloadRow } from '../../../electron/core/exchange/payload'
import { safeFileName } from '../../../electron/core/files/safe-file-name'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/**
 * An office (青山镇总工会) and its federation (临江县总工会), each an in-memory core on the real migrations with its own
 * keys, the office holding the federation's card as its upstream. The federation's side is only keys and a card here:
 * it registers the office's card itself (officeCardText) when a test needs its import.
 */
export interface ExchangePair {
  office: TestCore
  federation: TestCore
  officeCardText: string
  federationCardText: string
  officeId(): Promise<LocalIdentity>
  federationId(): Promise<LocalIdentity>
  close(): Promise<void>
}

export async function officeAndFederation(opts: { upstream?: boolean } = {}): Promise<ExchangePair> {
  const office = await createTestCore()
  const federation = await createTestCore()
  await office.call('profile.save', { name: '青山镇总工会', level: '乡镇总工会' })
  await federation.call('profile.save', { name: '临江县总工会', level: '县（区）总工会' })
  const officeCardText = (await office.call('exchange.initKeys', {})).text
  const federationCardText = (await federation.call('exchange.initKeys', {})).text
  if (opts.upstream !== false) await office.call('exchange.setUpstream', { card: federationCardText })
  return {
    office,
    federation,
    officeCardText,
    federationCardText,
    officeId: () => localIdentity(office.core, office.core.db, { create: false }),
    federationId: () => localIdentity(federation.core, federation.core.db, { create: false }),
    async close() {
      await office.close()
      await federation.close()
    },
  }
}

/** The federation's view of a package file: opened with its keys and the office's card, rows decoded. */
export async function openAtFederation(pair: ExchangePair, bytes: Buffer) {
  const opened = openPackage(bytes, { recipient: await pair.federationId(), knownSenders: [parseKeyCard(pair.officeCardText)] })
  const rows: PayloadRow[] = [...payloadRows(unzipPayload(opened.payload))]
  return { ...opened, rows }
}

/**
 * A receipt sealed as the design's format says (what the federation's import writes), for the package `bytes`; by
 * default from the federation's own keys, or from `signer` (an old or foreign card).
 */
export async function receiptFor(
  pair: ExchangePair,
  bytes: Buffer,
  opts: { signer?: LocalIdentity; dir?: string; outcome?: ReceiptPayload['outcome']; importedAt?: string } = {},
): Promise<{ file: string; bytes: Buffer }> {
  const opened = await openAtFederation(pair, bytes)
  const body: ReceiptPayload = {
    packageSequence: opened.manifest.sequence,
    packagePayloadHash: createHash('sha256').update(opened.payload).digest('hex'),
    outcome: opts.outcome ?? 'merged',
    inserted: opened.rows.filter((r) => r.op === 'upsert').length,
    updated: 0,
    deleted: opened.rows.filter((r) => r.op === 'delete').length,
    conflicts: 0,
    importedAt: opts.importedAt ?? '2026-12-02T09:00:00.000Z',
  }
  const sealed = sealPackage({
    sender: opts.signer ?? (await pair.federationId()),
    recipient: parseKeyCard(pair.officeCardText),
    sequence: opened.manifest.sequence,
    createdAt: body.importedAt,
    schemaVersion: exchangeSchemaVersion,
    kind: 'receipt',
    baseSequence: 0,
    rowCounts: {},
    payload: Buffer.from(JSON.stringify(body), 'utf8'),
  })
  const file = join(opts.dir ?? pair.federation.dir, safeFileName(receiptFileName('青山镇总工会', opened.manifest.sequence)))
  await writeFileAtomic(file, sealed)
  return { file, bytes: sealed }
}

export type { KeyCard }

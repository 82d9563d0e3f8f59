import { generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { creditCheckChar, orgCodeCheckChar } from '../../../shared/identity/credit-code'
import { localIdentity } from '../../../electron/core/exchange/identity'
import { makeKeyCard, type KeyCard } from '../../../electron/core/exchange/key-card'
import { exchangeSchemaVersion, sealPackage, type LocalIdentity, type PackageKind } from '../../../electron/core/exchange/package-format'
import { encodePayload, type PayloadRow } from '../../../electron/core/exchange/payload'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { makeId } from '../members/fixtures'

/** A valid unified social credit code (GB 32100) numbered n, for the cards of test offices. */
export function creditCode(n: number): string {
  const body8 = String(10_000_000 + n).slice(-8)
  const first17 = `81469023${body8}${orgCodeCheckChar(body8)}`
  return first17 + creditCheckChar(first17)
}

/** A county federation's database with its keys made. */
export async function federationCore(opts: { file?: boolean } = {}): Promise<{ t: TestCore; me: LocalIdentity }> {
  const t = await createTestCore(opts)
  await t.call('profile.save', { name: '儋州市总工会', level: '县（区）总工会' })
  return { t, me: await localIdentity(t.core, t.core.db, { create: true }) }
}

/** An office's keys and card, made the way the office's own database makes them. */
export function officeIdentity(unionName: string, code: string | null, createdAt = '2026-11-01T00:00:00.000Z'): LocalIdentity {
  const keys = { signing: generateKeyPairSync('ed25519'), encryption: generateKeyPairSync('x25519'), createdAt }
  return { keys, card: makeKeyCard(keys, { unionName, creditCode: code, level: '乡镇总工会' }) }
}

export const orgRow = (id: string, name: string) => ({
  t: 'org' as const,
  k: id,
  op: 'upsert' as const,
  row: { id, name, credit_code: null, type: '联合基层工会', parent_id: null, founded_on: '2019-05-01', status: 'active', merged_into: null, dissolved_on: null, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' },
})

export interface MemberSpec {
  id: string
  orgId: string
  name: string
  idNumber: string
  status?: string
  gender?: '男' | '女'
}

export const memberRow = (m: MemberSpec): PayloadRow => ({
  t: 'member',
  k: m.id,
  op: 'upsert',
  row: {
    id: m.id, org_id: m.orgId, enterprise_id: null, name: m.name, id_number: m.idNumber, id_kind: 'resident', gender: m.gender ?? '女',
    birth_date: '1990-01-01', ethnicity: '汉族', employment_status: '在岗', education: null, skill_level: null, phone: null, hukou_type: '农业',
    hukou_place: null, political_status: null, employer_name: '某某公司', native_place: null, is_migrant: 1, new_form_type: null, notes: null,
    status: m.status ?? 'active', name_rest: '', name_pinyin: '', name_initials: '', id_reversed: '', name_key: m.name, name_given: null,
    created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
  },
})

export const joinEvent = (id: string, memberId: string, orgId: string, date = '2026-03-01'): PayloadRow => ({
  t: 'member_event',
  k: id,
  op: 'upsert',
  row: { id, member_id: memberId, org_id: orgId, type: 'join', date, reason: null, operator: '经办人', created_at: '2026-01-01T00:00:00.000Z', to_org_id: null, to_text: null, voided_at: null, voided_by: null, void_reason: null },
})

export const deleted = (t: PayloadRow['t'], k: string): PayloadRow => ({ t, k, op: 'delete' })

export interface SealSpec {
  sequence: number
  kind?: Exclude<PackageKind, 'receipt'>
  baseSequence?: number
  rows: PayloadRow[]
  /** Overrides the manifest's counts (a package that disagrees with itself). */
  rowCounts?: Record<string, number>
  schemaVersion?: number
}

/** A package as an office seals it: gzip NDJSON rows, encrypted for the federation, signed by the office. */
export async function sealOfficePackage(office: LocalIdentity, federation: KeyCard, s: SealSpec): Promise<Buffer> {
  const payload = await encodePayload(s.rows)
  const kind = s.kind ?? (s.sequence === 1 ? 'full' : 'incremental')
  return sealPackage({
    sender: office,
    recipient: federation,
    sequence: s.sequence,
    createdAt: '2026-11-20T08:00:00.000Z',
    schemaVersion: s.schemaVersion ?? exchangeSchemaVersion,
    kind,
    baseSequence: s.baseSequence ?? (kind === 'full' ? 0 : s.sequence - 1),
    rowCounts: s.rowCounts ?? payload.counts,
    payload: payload.bytes,
  })
}

export function writePackage(t: TestCore, name: string, bytes: Uint8Array): string {
  const path = join(t.dir, name)
  writeFileSync(path, bytes)
  return path
}

/** The rows of a small office: one union, `n` active members with a join event each. */
export function officeRows(prefix: string, n: number, seqBase = 1): PayloadRow[] {
  const org = `${prefix}-org`
  const rows: PayloadRow[] = [orgRow(org, `${prefix}联合工会`)]
  for (let i = 0; i < n; i++) rows.push(memberRow({ id: `${prefix}-m${i}`, orgId: org, name: `会员${i}`, idNumber: makeId('1990-01-01', seqBase + i, '469024') }))
  for (let i = 0; i < n; i++) rows.push(joinEvent(`${prefix}-e${i}`, `${prefix}-m${i}`, org))
  return rows
}

/** The database minus the audit trail (a replay is audited but changes nothing else). */
export async function dumpWithoutAudit(t: TestCore): Promise<string> {
  return (await t.dump()).split('\n').filter((l) => !l.startsWith('audit_log')).join('\n')
}

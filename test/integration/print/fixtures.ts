import { idCheckChar } from '../../../shared/identity/id-number'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/** A valid resident ID for a birth date and sequence, so the register accepts it. */
export function idFor(birth: string, seq: number): string {
  const first17 = `110101${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

export const hardNames = ['张𠮷', '王䶮', '阿依古丽·买买提']

export interface AidFixture {
  batchId: string
  applicationIds: string[]
  memberIds: string[]
  idNumbers: string[]
  amounts: number[]
}

/**
 * Union, members through the register's own methods; the aid program, batch and approved applications are inserted
 * as rows, because the aid workflow (notice windows, approvals) is the aid feature's to test, not print's.
 */
export async function seedAid(t: TestCore, count = 3, amountOf = (i: number) => 1_500_000 + i * 1_001): Promise<AidFixture> {
  await t.call('profile.save', profile)
  const org = await t.call('orgs.save', { name: '城关镇第一联合工会', type: '联合基层工会' })
  const memberIds: string[] = []
  const idNumbers: string[] = []
  for (let i = 0; i < count; i++) {
    const idNumber = idFor('1980-01-01', i + 1)
    const name = hardNames[i] ?? `职工${String(i + 1).padStart(4, '0')}`
    const saved = await t.call('members.save', { orgId: org.id, name, idNumber, joinDate: '2020-03-01', employerName: '城关镇商贸有限公司' })
    memberIds.push(saved.member.id)
    idNumbers.push(idNumber)
  }
  return insertAid(t, memberIds, idNumbers, amountOf)
}

/** A fresh core with seedAid's union, members and approved batch: what most print tests start from. */
export async function coreWithAid(): Promise<{ t: TestCore; aid: AidFixture }> {
  const t = await createTestCore()
  return { t, aid: await seedAid(t) }
}

const profile = { name: '城关镇总工会', level: '乡镇总工会' as const, contactPerson: '李娜', contactPhone: '0931-1234567', address: '城关镇人民路 1 号' }

/** For benches: the register's demo data (fast bulk load), then an approved batch over the first `count` members. */
export async function seedBulk(t: TestCore, count: number): Promise<AidFixture> {
  await t.call('profile.save', profile)
  await t.call('demo.load', { members: count, seed: 7 })
  const rows = await t.core.db.selectFrom('member').select(['id', 'id_number']).orderBy('id').limit(count).execute()
  return insertAid(t, rows.map((r) => r.id), rows.map((r) => r.id_number), (i) => 50_000 + (i % 37) * 10_001)
}

async function insertAid(t: TestCore, memberIds: string[], idNumbers: string[], amountOf: (i: number) => number): Promise<AidFixture> {
  const db = t.core.db
  const at = '2026-11-01T00:00:00.000Z'
  await db
    .insertInto('aid_program')
    .values({ id: 'prog-1', code: 'KNJZ', name: '困难职工生活救助', year: 2026, version: 1, kind: 'fixed', budget_fen: 10_000_000_000, cap_group: null, definition_json: '{}', is_current: 1, created_at: at, created_by: '测试员', updated_at: at })
    .execute()
  await db
    .insertInto('aid_batch')
    .values({ id: 'batch-1', title: '2026年第1批困难职工救助', program_id: 'prog-1', status: 'approved', notice_start: '2026-11-09', notice_end: '2026-11-13', notice_days: 5, earliest_approval: '2026-11-16', approved_on: '2026-11-16', approved_by: '主席', created_at: at, created_by: '测试员' })
    .execute()
  const applicationIds: string[] = []
  const amounts: number[] = []
  const rows = memberIds.map((memberId, i) => {
    const id = `app-${String(i + 1).padStart(5, '0')}`
    applicationIds.push(id)
    amounts.push(amountOf(i))
    return {
      id, program_id: 'prog-1', member_id: memberId, date: '2026-11-02', input_json: '{}', amount_fen: amountOf(i), self_paid_fen: null, eligible: 1 as const,
      breakdown_json: '[]', reasons_json: JSON.stringify(['因病致困']), materials_json: '[]', status: 'approved' as const, batch_id: 'batch-1',
      payee_name: i === 1 ? '王小明' : '', payee_relation: i === 1 ? '子女' : null, payee_id_number: null,
      bank_name: '农业银行', bank_account: '6228480012345678901', entered_by: '测试员', reviewed_by: '审核员', return_reason: null, reject_reason: null,
      pay_method: 'bank' as const, paid_on: '2026-11-20', pay_reference: null, paid_by: null, created_at: at, updated_at: at,
    }
  })
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('aid_application').values(rows.slice(i, i + 200)).execute()
  return { batchId: 'batch-1', applicationIds, memberIds, idNumbers, amounts }
}

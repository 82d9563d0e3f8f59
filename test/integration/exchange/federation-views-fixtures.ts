import type { Insertable } from 'kysely'
import type { ExchangeOfficeTable } from '../../../electron/core/db/schema/exchange_office'
import type { ExchangeRecordTable } from '../../../electron/core/db/schema/exchange_record'
import type { FederationMemberTable } from '../../../electron/core/db/schema/federation_member'
import { pinyinKeys } from '../../../shared/members/search-keys'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/**
 * A federation database with rows in the 0131 tables as the federation engineer's merge writes them (facts as in
 * electron/core/exchange/federation/facts.ts), so each view is tested on known figures. The clock starts 2026-11-23.
 */
export async function federationCore(): Promise<TestCore> {
  const t = await createTestCore()
  await t.call('profile.save', { name: '某某县总工会', level: '县（区）总工会' })
  return t
}

export function office(id: string, unionName: string, p: Partial<ExchangeOfficeTable> = {}): Insertable<ExchangeOfficeTable> {
  return {
    id, union_name: unionName, credit_code: null, level: '乡镇总工会', fingerprint: `${id}-fp`, card_json: '{}',
    registered_at: '2026-01-05T01:00:00.000Z', registered_by: '测试员', last_sequence: 0, last_kind: null, last_package_at: null, last_imported_at: null, ...p,
  }
}

export function member(officeId: string, memberId: string, name: string, idNumber: string, p: Partial<Insertable<FederationMemberTable>> = {}): Insertable<FederationMemberTable> {
  return {
    office_id: officeId, member_id: memberId, org_key: `${officeId}-org1`, name, name_pinyin: pinyinKeys(name).namePinyin, id_number: idNumber,
    gender: '男', birth_date: null, status: 'active', is_migrant: 0, new_form_type: null, employer_name: null, ...p,
  }
}

export function record(officeId: string, table: string, key: string, data: object, facts: Partial<ExchangeRecordTable> = {}): Insertable<ExchangeRecordTable> {
  return { office_id: officeId, table_name: table, row_key: key, data: JSON.stringify(data), org_key: null, on_date: null, kind: null, status: null, amount_fen: null, head_count: null, ...facts }
}

export const joinEvent = (officeId: string, key: string, memberId: string, date: string, orgKey = `${officeId}-org1`, voided = false) =>
  record(officeId, 'member_event', key, { id: key, member_id: memberId, org_id: orgKey, type: 'join', date }, { org_key: orgKey, on_date: date, kind: 'join', status: voided ? 'voided' : 'counted' })

/** Two towns and a third that never sent anything; one ID number (张三) active in both towns: one open conflict. */
export async function seedTwoTowns(t: TestCore): Promise<void> {
  const db = t.core.db
  await db.insertInto('exchange_office').values([
    office('A', '甲镇总工会', { last_sequence: 3, last_kind: 'incremental', last_package_at: '2026-11-13T02:00:00.000Z', last_imported_at: '2026-11-20T02:00:00.000Z' }),
    office('B', '乙街道总工会', { last_sequence: 1, last_kind: 'full', last_package_at: '2026-10-10T02:00:00.000Z', last_imported_at: '2026-10-12T02:00:00.000Z' }),
    office('C', '丙乡总工会', { registered_at: '2026-11-01T02:00:00.000Z' }),
  ]).execute()
  await db.insertInto('federation_member').values([
    member('A', 'a1', '张三', '110101199001011234', { gender: '女', is_migrant: 1, new_form_type: '快递员' }),
    member('A', 'a2', '李四', '110101198502025678', { org_key: 'A-org2' }),
    member('A', 'a3', '王五', '110101197003039012', { status: 'retained' }),
    member('A', 'a4', '赵六', '110101196004043456', { status: 'transferred_out' }),
    member('B', 'b1', '张三', '110101199001011234', { gender: '女', is_migrant: 1, new_form_type: '快递员' }),
    member('B', 'b2', '孙七', '220202199107075555', { gender: '女', new_form_type: '外卖送餐员' }),
  ]).execute()
  await db.insertInto('exchange_record').values([
    record('A', 'org', 'A-org1', { id: 'A-org1', name: '甲镇机械厂工会' }, { org_key: 'A-org1' }),
    record('A', 'org', 'A-org2', { id: 'A-org2', name: '甲镇联合工会' }, { org_key: 'A-org2' }),
    record('B', 'org', 'B-org1', { id: 'B-org1', name: '乙街道社区工会' }, { org_key: 'B-org1' }),
    joinEvent('A', 'ea1', 'a1', '2026-03-01'),
    joinEvent('A', 'ea2', 'a2', '2026-04-01', 'A-org2'),
    joinEvent('A', 'ea3', 'a3', '2024-04-01'),
    joinEvent('A', 'ea4', 'a2', '2026-05-01', 'A-org2', true),
    joinEvent('B', 'eb1', 'b1', '2026-06-01', 'B-org1'),
    joinEvent('B', 'eb2', 'b2', '2026-06-02', 'B-org1'),
    record('A', 'collective_contract', 'cA', { id: 'cA' }, { org_key: 'A-org1', on_date: '2026-02-01', kind: 'comprehensive', status: 'signed', head_count: 120 }),
    record('B', 'collective_contract', 'cB', { id: 'cB' }, { org_key: 'B-org1', on_date: '2025-02-01', kind: 'wage', status: 'filed', head_count: 80 }),
    record('A', 'aid_application', 'p1', { id: 'p1', member_id: 'a2' }, { on_date: '2026-07-01', kind: 'prog', status: 'paid', amount_fen: 50_000 }),
    record('A', 'aid_application', 'p2', { id: 'p2', member_id: 'a1' }, { on_date: '2026-07-02', kind: 'prog', status: 'approved', amount_fen: 70_000 }),
    record('B', 'aid_application', 'p3', { id: 'p3', member_id: 'b1' }, { on_date: '2026-08-01', kind: 'prog', status: 'paid', amount_fen: 30_000 }),
  ]).execute()
  await db.insertInto('exchange_conflict').values({
    id: 'k1', id_number: '110101199001011234', first_office_id: 'A', first_member_id: 'a1', second_office_id: 'B', second_member_id: 'b1', detected_at: '2026-11-20T02:00:00.000Z', state: 'open',
  }).execute()
}

/**
 * A real office (its own database and keys, through the office engineer's exchange.* methods) that has registered the
 * federation's card and written its first (full) package to `outDir`. Returns its card text and the package path.
 */
export async function officeWithPackage(
  p: { name: string; creditCode: string; fedCard: string; outDir: string; members: ReadonlyArray<{ name: string; idNumber: string; joinDate: string }> },
): Promise<{ card: string; packagePath: string; core: TestCore }> {
  const core = await createTestCore()
  await core.call('profile.save', { name: p.name, level: '乡镇总工会', creditCode: p.creditCode })
  const orgId = (await core.call('orgs.save', { name: `${p.name.slice(0, 2)}机械厂工会`, type: '企业工会' })).id
  for (const m of p.members) await core.call('members.save', { orgId, name: m.name, idNumber: m.idNumber, joinDate: m.joinDate })
  const card = (await core.call('exchange.initKeys', {})).text
  await core.call('exchange.setUpstream', { card: p.fedCard })
  const out = await core.call('exchange.export', { out: p.outDir })
  return { card, packagePath: out.file, core }
}

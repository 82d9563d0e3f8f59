import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Insertable } from 'kysely'
import type { Input, MethodName } from '../../shared/contract/index'
import { pinyinKeys } from '../../shared/members/search-keys'
import type { Caller, Core } from '../../electron/core/context'
import { dispatch, dispatchTyped } from '../../electron/core/dispatch'
import type { ExchangeRecordTable } from '../../electron/core/db/schema/exchange_record'
import type { FederationMemberTable } from '../../electron/core/db/schema/federation_member'
import { openCore } from '../../electron/core/open-core'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

/**
 * The federation's views (issue 15 federation mode) on a county of 20 offices × 25,000 members: 下级单位, the first
 * page of 汇总名册 (whole county, one office, a pinyin search) and 汇总统计 (whole county, one office). The database is
 * built by writing the 0131 tables directly, shaped as the merge writes them (facts as in federation/facts.ts): each
 * office's unions, members (JSON row + typed federation_member row), 入会/转出 events over two years, contracts and
 * aid paid, and cross-office conflicts (some open, some resolved by 保留一方, so the "not counted twice" paths run).
 * Importing 20 sealed packages would measure the import (its own bench, 导入) and take minutes more.
 * No target is set by the issue: 300 ms, the workbench's p95 target, is used.
 */
const OFFICES = Number(process.env.FED_VIEWS_OFFICES ?? 20)
const MEMBERS = Number(process.env.FED_VIEWS_MEMBERS ?? 25_000)
const UNIONS = 40
const RUNS = 30
const CONFLICTS_PER_PAIR = 100
const chunk = 500
const caller: Caller = { user: { name: '性能测试', role: 'admin' }, transport: 'cli' }
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建文辉力'
const at = '2026-01-01T00:00:00.000Z'

const pinyin = new Map<string, string>()
const namePinyin = (name: string) => {
  let p = pinyin.get(name)
  if (p === undefined) pinyin.set(name, (p = pinyinKeys(name).namePinyin))
  return p
}

const nameOf = (i: number) => `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${i % 3 === 0 ? given[(i * 13) % given.length] : ''}`
/** Unique, except that office o's first CONFLICTS_PER_PAIR members carry the numbers of office o-1's next ones (the conflicts). */
const shared = (o: number, i: number) => o > 0 && i < CONFLICTS_PER_PAIR
const idNumberOf = (o: number, i: number) =>
  shared(o, i) ? String(460000_1970_0101_0000n + BigInt(o - 1) * 1_000_000n + BigInt(i + CONFLICTS_PER_PAIR)) : String(460000_1970_0101_0000n + BigInt(o) * 1_000_000n + BigInt(i))
const dayIn = (i: number) => {
  // Join dates spread over 2024-10 … 2026-09, so a reporting year holds about half of them.
  const month = i % 24
  return `${2024 + Math.floor((month + 9) / 12)}-${String(((month + 9) % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
}

function record(o: string, table: string, key: string, data: object, facts: Partial<Insertable<ExchangeRecordTable>>): Insertable<ExchangeRecordTable> {
  return { office_id: o, table_name: table, row_key: key, data: JSON.stringify(data), org_key: null, on_date: null, kind: null, status: null, amount_fen: null, head_count: null, ...facts }
}

function* officeRecords(o: number): Generator<Insertable<ExchangeRecordTable>> {
  const office = `office-${o}`
  for (let u = 0; u < UNIONS; u++) {
    const id = `o${o}-org${u}`
    yield record(office, 'org', id, { id, name: `第${o}镇第${u}联合工会`, type: '联合基层工会', founded_on: '2019-05-01', status: 'active', created_at: at, updated_at: at }, { org_key: id, on_date: '2019-05-01', kind: '联合基层工会', status: 'active' })
    const c = `o${o}-c${u}`
    yield record(office, 'collective_contract', c, { id: c, org_id: id, kind: 'comprehensive', signed_date: dayIn(u), workers_covered: 50 + u }, { org_key: id, on_date: dayIn(u), kind: 'comprehensive', status: u % 2 ? 'filed' : 'signed', head_count: 50 + u })
  }
  for (let i = 0; i < MEMBERS; i++) {
    const id = `o${o}-m${i}`
    const org = `o${o}-org${i % UNIONS}`
    const status = i % 20 === 0 ? 'retained' : i % 25 === 0 ? 'transferred_out' : 'active'
    yield record(office, 'member', id, { id, org_id: org, name: nameOf(i), id_number: idNumberOf(o, i), gender: i % 2 ? '男' : '女', birth_date: '1990-01-01', ethnicity: '汉族', employment_status: '在岗', phone: `138${String(i).padStart(8, '0')}`, hukou_type: '农业', employer_name: `某某公司${i % 300}`, is_migrant: i % 3 === 0 ? 1 : 0, new_form_type: i % 17 === 0 ? '快递员' : null, status, created_at: at, updated_at: at }, { org_key: org, status, kind: i % 17 === 0 ? '快递员' : null })
    const e = `o${o}-e${i}`
    yield record(office, 'member_event', e, { id: e, member_id: id, org_id: org, type: 'join', date: dayIn(i), voided_at: null }, { org_key: org, on_date: dayIn(i), kind: 'join', status: i % 97 === 0 ? 'voided' : 'counted' })
    if (status === 'transferred_out') {
      const t = `o${o}-t${i}`
      yield record(office, 'member_event', t, { id: t, member_id: id, org_id: org, type: 'transfer_out', date: dayIn(i + 5), voided_at: null }, { org_key: org, on_date: dayIn(i + 5), kind: 'transfer_out', status: 'counted' })
    }
    if (i % 50 === 0) {
      const a = `o${o}-a${i}`
      yield record(office, 'aid_application', a, { id: a, program_id: 'songwennuan', member_id: id, amount_fen: 50_000, status: 'paid', paid_on: dayIn(i) }, { on_date: dayIn(i), kind: 'songwennuan', status: 'paid', amount_fen: 50_000 })
    }
  }
}

function* officeMembers(o: number): Generator<Insertable<FederationMemberTable>> {
  for (let i = 0; i < MEMBERS; i++) {
    const name = nameOf(i)
    yield {
      office_id: `office-${o}`, member_id: `o${o}-m${i}`, org_key: `o${o}-org${i % UNIONS}`, name, name_pinyin: namePinyin(name), id_number: idNumberOf(o, i),
      gender: i % 2 ? '男' : '女', birth_date: '1990-01-01', status: i % 20 === 0 ? 'retained' : i % 25 === 0 ? 'transferred_out' : 'active',
      is_migrant: i % 3 === 0 ? 1 : 0, new_form_type: i % 17 === 0 ? '快递员' : null, employer_name: `某某公司${i % 300}`,
    }
  }
}

async function insertAll<T>(rows: Iterable<T>, write: (batch: T[]) => Promise<unknown>): Promise<number> {
  let batch: T[] = []
  let n = 0
  for (const row of rows) {
    batch.push(row)
    if (batch.length === chunk) {
      await write(batch)
      n += batch.length
      batch = []
    }
  }
  if (batch.length) await write(batch)
  return n + batch.length
}

export async function buildCounty(core: Core): Promise<{ records: number; members: number }> {
  const saved = await dispatchTyped(core, caller, 'profile.save', { name: '临江县总工会', level: '县（区）总工会' })
  if (!saved.ok) throw new Error(saved.error.message)
  let records = 0
  let members = 0
  for (let o = 0; o < OFFICES; o++) {
    await core.db.transaction().execute(async (trx) => {
      // Office 0 sent its last package long ago (逾期), the others in the last weeks.
      const sent = o === 0 ? '2026-06-01T02:00:00.000Z' : `2026-11-${String((o % 20) + 1).padStart(2, '0')}T02:00:00.000Z`
      await trx.insertInto('exchange_office').values({
        id: `office-${o}`, union_name: `第${o}镇总工会`, credit_code: null, level: '乡镇总工会', fingerprint: `fp-${o}`, card_json: '{}', registered_at: '2026-01-05T01:00:00.000Z',
        registered_by: '性能测试', last_sequence: 3 + o, last_kind: 'incremental', last_package_at: sent, last_imported_at: sent,
      }).execute()
      records += await insertAll(officeRecords(o), (b) => trx.insertInto('exchange_record').values(b).execute())
      members += await insertAll(officeMembers(o), (b) => trx.insertInto('federation_member').values(b).execute())
      if (o > 0) {
        // Office o's first members share ID numbers with office o-1's: half left open, half resolved by 保留一方.
        const conflicts = Array.from({ length: CONFLICTS_PER_PAIR }, (_, i) => ({
          id: `k-${o}-${i}`, id_number: idNumberOf(o, i), first_office_id: `office-${o - 1}`, first_member_id: `o${o - 1}-m${i + CONFLICTS_PER_PAIR}`,
          second_office_id: `office-${o}`, second_member_id: `o${o}-m${i}`, detected_at: at,
          state: i % 2 ? ('kept_one' as const) : ('open' as const), kept_office_id: i % 2 ? `office-${o}` : null, note: null, resolved_at: i % 2 ? at : null, resolved_by: i % 2 ? '性能测试' : null,
        }))
        await trx.insertInto('exchange_conflict').values(conflicts).execute()
      }
    })
  }
  return { records, members }
}

async function p95<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const { ms, value } = await timeMs(() => dispatch(core, caller, method, input))
    if (!value.ok) throw new Error(`${method}: ${value.error.message}`)
    times.push(ms)
  }
  return percentile(times.sort((a, b) => a - b), 95)
}

export const federationViewsBench: Bench = {
  title: '联合会查询',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-fedviews-'))
    const core = await openCore({ dbPath: join(dir, 'federation.db'), dataDir: dir })
    try {
      const built = await timeMs(() => buildCounty(core))
      const year = { from: '2025-10-01', to: '2026-09-30' }
      const scale = `${OFFICES} 个单位 × ${MEMBERS.toLocaleString('zh-CN')} 人，${RUNS} 次`
      const target = 300
      const one = `office-${Math.min(7, OFFICES - 1)}`
      // A name the register holds (one of the generated names), so the search finds and pages real rows.
      const probe = namePinyin(nameOf(4))
      const hits = await dispatchTyped(core, caller, 'federationViews.members', { q: probe, status: 'current', page: 1, pageSize: 50 })
      const found = hits.ok ? hits.result.total : 0
      return [
        { name: `  建库（直接写 0131 表：${built.value.members.toLocaleString('zh-CN')} 名会员、${built.value.records.toLocaleString('zh-CN')} 条记录）`, value: built.ms / 1000, unit: 's' },
        { name: `下级单位 federationViews.offices p95（${scale}）`, value: await p95(core, 'federationViews.offices', { overdueDays: 45 }), unit: 'ms', target },
        { name: `汇总名册 第一页 p95（全县，含总数）`, value: await p95(core, 'federationViews.members', { status: 'current', page: 1, pageSize: 50 }), unit: 'ms', target },
        { name: `汇总名册 第一页 p95（一个下级单位）`, value: await p95(core, 'federationViews.members', { officeId: one, status: 'current', page: 1, pageSize: 50 }), unit: 'ms', target },
        { name: `汇总名册 拼音查询 p95（全县，${probe}：${found} 人）`, value: await p95(core, 'federationViews.members', { q: probe, status: 'current', page: 1, pageSize: 50 }), unit: 'ms', target },
        { name: `汇总统计 p95（全县，一个统计年度）`, value: await p95(core, 'federationViews.statistics', year), unit: 'ms', target },
        { name: `汇总统计 p95（下钻一个下级单位）`, value: await p95(core, 'federationViews.statistics', { ...year, officeId: one }), unit: 'ms', target },
      ]
    } finally {
      await core.close()
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

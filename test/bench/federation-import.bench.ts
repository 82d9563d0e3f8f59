import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { creditCheckChar, orgCodeCheckChar } from '../../shared/identity/credit-code'
import type { Caller } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { localIdentity } from '../../electron/core/exchange/identity'
import { makeKeyCard } from '../../electron/core/exchange/key-card'
import { exchangeSchemaVersion, sealPackage, type LocalIdentity } from '../../electron/core/exchange/package-format'
import { encodePayload, type PayloadRow } from '../../electron/core/exchange/payload'
import { openCore } from '../../electron/core/open-core'
import type { Bench, BenchRow } from './report'

/**
 * Issue 15: a county federation imports 20 full packages totalling 500,000 members (each member with its 入会 event,
 * each office with its unions and some aid paid) in one process through the dispatcher. Target: under 90 s, peak RSS
 * under 1 GB. The packages are sealed here from synthesised rows shaped as an office's tables are (building 20 demo
 * databases of 25,000 members would take longer than the import being measured).
 */
const OFFICES = Number(process.env.FED_BENCH_OFFICES ?? 20)
const MEMBERS = Number(process.env.FED_BENCH_MEMBERS ?? 500_000)
const UNIONS_PER_OFFICE = 40
const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建文辉力'

function creditCode(n: number): string {
  const body8 = String(10_000_000 + n).slice(-8)
  const first17 = `81469023${body8}${orgCodeCheckChar(body8)}`
  return first17 + creditCheckChar(first17)
}

function* officeRows(o: number, members: number): Generator<PayloadRow> {
  const at = '2026-01-01T00:00:00.000Z'
  for (let u = 0; u < UNIONS_PER_OFFICE; u++) {
    const id = `o${o}-org${u}`
    yield { t: 'org', k: id, op: 'upsert', row: { id, name: `第${o}镇第${u}联合工会`, credit_code: null, type: '联合基层工会', parent_id: null, founded_on: '2019-05-01', chairman: null, contact_person: null, contact_phone: null, address: null, status: 'active', merged_into: null, dissolved_on: null, created_at: at, updated_at: at } }
  }
  for (let i = 0; i < members; i++) {
    const id = `o${o}-m${i}`
    const name = `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${i % 3 === 0 ? given[(i * 13) % given.length] : ''}`
    // Unique per office and across offices (the bench measures the merge, not a flood of conflicts).
    const idNumber = String(460000_1970_0101_0000n + BigInt(o) * 1_000_000n + BigInt(i))
    yield {
      t: 'member', k: id, op: 'upsert',
      row: { id, org_id: `o${o}-org${i % UNIONS_PER_OFFICE}`, enterprise_id: null, name, id_number: idNumber, id_kind: 'resident', gender: i % 2 ? '男' : '女', birth_date: '1990-01-01', ethnicity: '汉族', employment_status: '在岗', education: '高中', skill_level: null, phone: `138${String(i).padStart(8, '0')}`, hukou_type: '农业', hukou_place: '海南省儋州市', political_status: '群众', employer_name: `某某公司${i % 300}`, native_place: null, is_migrant: i % 3 === 0 ? 1 : 0, new_form_type: i % 17 === 0 ? '快递员' : null, notes: null, status: i % 20 === 0 ? 'retained' : 'active', name_rest: '', name_pinyin: '', name_initials: '', id_reversed: '', name_key: name, name_given: null, created_at: at, updated_at: at },
    }
  }
  for (let i = 0; i < members; i++) {
    const id = `o${o}-e${i}`
    yield { t: 'member_event', k: id, op: 'upsert', row: { id, member_id: `o${o}-m${i}`, org_id: `o${o}-org${i % UNIONS_PER_OFFICE}`, type: 'join', date: '2025-03-01', reason: null, operator: '经办人', created_at: at, to_org_id: null, to_text: null, voided_at: null, voided_by: null, void_reason: null } }
  }
  for (let i = 0; i < members / 50; i++) {
    const id = `o${o}-a${i}`
    yield { t: 'aid_application', k: id, op: 'upsert', row: { id, program_id: 'songwennuan', member_id: `o${o}-m${i * 50}`, date: '2026-01-10', input_json: '{}', amount_fen: 50_000, self_paid_fen: null, eligible: 1, breakdown_json: '[]', reasons_json: '[]', materials_json: '[]', status: 'paid', batch_id: null, payee_name: '某某', payee_relation: null, payee_id_number: null, entered_by: '经办人', reviewed_by: '审核人', return_reason: null, reject_reason: null, pay_method: 'bank', paid_on: '2026-01-20', pay_reference: null, paid_by: '经办人', basis_json: null, created_at: at, updated_at: at } }
  }
}

export async function preparePackages(dir: string): Promise<{ db: string; folder: string; bytes: number }> {
  const db = join(dir, 'federation.db')
  const core = await openCore({ dbPath: db })
  const offices: LocalIdentity[] = []
  let federation: LocalIdentity
  try {
    const p = await dispatchTyped(core, caller, 'profile.save', { name: '儋州市总工会', level: '县（区）总工会' })
    if (!p.ok) throw new Error(p.error.message)
    federation = await localIdentity(core, core.db, { create: true })
    for (let o = 0; o < OFFICES; o++) {
      const keys = { signing: generateKeyPairSync('ed25519'), encryption: generateKeyPairSync('x25519'), createdAt: '2026-11-01T00:00:00.000Z' }
      const office = { keys, card: makeKeyCard(keys, { unionName: `第${o}镇总工会`, creditCode: creditCode(o + 1), level: '乡镇总工会' }) }
      const r = await dispatchTyped(core, caller, 'federation.registerOffice', { card: JSON.stringify(office.card) })
      if (!r.ok) throw new Error(r.error.message)
      offices.push(office)
    }
  } finally {
    await core.close()
  }
  const folder = join(dir, 'packages')
  mkdirSync(folder, { recursive: true })
  let bytes = 0
  for (let o = 0; o < OFFICES; o++) {
    const members = Math.floor(MEMBERS / OFFICES) + (o < MEMBERS % OFFICES ? 1 : 0)
    const payload = await encodePayload(officeRows(o, members))
    const sealed = sealPackage({ sender: offices[o]!, recipient: federation.card, sequence: 1, createdAt: '2026-11-20T08:00:00.000Z', schemaVersion: exchangeSchemaVersion, kind: 'full', baseSequence: 0, rowCounts: payload.counts, payload: payload.bytes })
    bytes += sealed.length
    writeFileSync(join(folder, `包${String(o).padStart(2, '0')}.udx`), sealed)
  }
  return { db, folder, bytes }
}

export const federationImportBench: Bench = {
  title: '联合会导入',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-fed-bench-'))
    try {
      const { db, folder, bytes } = await preparePackages(dir)
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./federation-import-process.ts', import.meta.url)), db, folder], { encoding: 'utf8', maxBuffer: 1 << 24 })
      const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { packages: number; rows: number; ms: number; cpuMs: number; systemMs: number; perPackageMs: number[]; maxRssMb: number }
      return [
        { name: `${r.packages} 个全量包合计（会员 ${MEMBERS.toLocaleString('en')} 人）`, value: bytes / (1 << 20), unit: 'MB' },
        { name: `联合会导入 ${r.packages} 个全量包（${r.rows.toLocaleString('en')} 条记录）`, value: r.ms / 1000, unit: 's', target: 90 },
        { name: '  CPU 时间（主线程 + SQLite 线程）', value: r.cpuMs / 1000, unit: 's' },
        { name: '    其中系统态（读写数据库文件）', value: r.systemMs / 1000, unit: 's' },
        { name: '  最慢的一个包', value: Math.max(...r.perPackageMs) / 1000, unit: 's' },
        { name: '导入时进程内存峰值（RSS，独立进程）', value: r.maxRssMb, unit: 'MB', target: 1024 },
      ]
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

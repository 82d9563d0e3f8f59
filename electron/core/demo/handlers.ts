import type { Insertable } from 'kysely'
import { addDays, todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { loadAidDemo } from '../aid/demo'
import { countAll } from '../db/sql-helpers'
import { assertNotFederation } from '../profile/level-guard'
import { toProfile } from '../profile/mappers'
import { getProfileRow, upsertProfile } from '../profile/queries'
import type { MemberTable } from '../db/schema/member'
import type { MemberEventTable } from '../db/schema/member_event'
import type { FeatureHandlers } from '../handler-types'
import { eventRow, keyColumns, loadSearchKeys } from '../members/service'
import { chunkPipeline, insertEvents, insertMembers } from '../members/writes'
import { creditCode, demoBankAccount, demoPerson, demoProfile, enterpriseFacts, pick, prng, residentId, unionName } from './generate'
import { insertDemoMarker, recordCounts } from './queries'
import { clearDemo, demoStatus } from './service'

export const demoHandlers = {
  'demo.load': async (ctx, { members, seed }) => {
    const profile = await getProfileRow(ctx.trx)
    assertNotFederation(profile ? toProfile(profile).level : undefined)
    const existing = await ctx.trx.selectFrom('member').select(countAll().as('n')).executeTakeFirstOrThrow()
    if (existing.n > 0) throw new AppError('CONFLICT', `数据库中已有 ${existing.n} 名会员，示例数据只能载入空的数据库`, { field: 'members' })
    const rand = prng(seed)
    const today = todayIn(ctx.now())
    const now = ctx.now()
    // A database without 本单位信息 (the CLI's `demo` on a new file) gets the demo office's, so prints have a letterhead.
    if (!profile) await upsertProfile(ctx.trx, { ...demoProfile, updated_at: now })
    const orgCount = Math.min(250, Math.max(5, Math.round(members / 800)))
    const orgs: Array<{ id: string; enterprises: string[] }> = []
    let enterpriseCount = 0
    for (let i = 0; i < orgCount; i++) {
      const id = ctx.newId()
      const union = unionName(rand, i)
      const { name, type } = union
      await ctx.trx.insertInto('org').values({
        id, name, type, credit_code: creditCode(rand, '81'), parent_id: null, founded_on: addDays(today, -Math.floor(rand() * 5000) - 3500),
        chairman: demoPerson(rand, today).name, contact_person: null, contact_phone: null, address: `${union.place}镇`, status: 'active',
        merged_into: null, dissolved_on: null, created_at: now, updated_at: now,
      }).execute()
      const enterprises: string[] = []
      const n = 1 + Math.floor(rand() * 3)
      for (let j = 0; j < n; j++) {
        const e = enterpriseFacts(rand, union, j)
        const eid = ctx.newId()
        await ctx.trx.insertInto('enterprise').values({ id: eid, org_id: id, name: e.name, credit_code: creditCode(rand, '91'), industry: e.industry, economic_type: '私营企业', address: null, employee_count: e.employees }).execute()
        enterprises.push(eid)
      }
      enterpriseCount += n
      orgs.push({ id, enterprises })
    }
    const searchKeys = await loadSearchKeys()
    const ids = new Set<string>()
    let rows: Array<Insertable<MemberTable>> = []
    let events: Array<Insertable<MemberEventTable>> = []
    let eventTotal = 0
    // The same chunked write path as the import: the next chunk is generated while SQLite writes this one.
    const pipe = chunkPipeline()
    const flush = async () => {
      await pipe.after()
      const [chunk, chunkEvents] = [rows, events]
      pipe.start(async () => {
        await insertMembers(ctx.trx, chunk)
        await insertEvents(ctx.trx, chunkEvents)
      })
      eventTotal += events.length
      rows = []
      events = []
    }
    for (let i = 0; i < members; i++) {
      const p = demoPerson(rand, today)
      let idNumber = residentId(rand, p.birthDate, p.male, i)
      while (ids.has(idNumber)) idNumber = residentId(rand, p.birthDate, p.male, i + Math.floor(rand() * 100))
      ids.add(idNumber)
      const org = pick(rand, orgs)
      const id = ctx.newId()
      // Aid is paid by real-name transfer, so a demo member without a salary card could never be paid.
      const bank = demoBankAccount(i)
      rows.push({
        id, org_id: org.id, enterprise_id: rand() < 0.7 ? pick(rand, org.enterprises) : null, name: p.name, id_number: idNumber, id_kind: 'resident',
        gender: p.male ? '男' : '女', birth_date: p.birthDate, ethnicity: p.ethnicity, employment_status: '在岗', education: p.education,
        skill_level: null, phone: p.phone, hukou_type: p.isMigrant ? '农业' : '非农业', hukou_place: null, political_status: p.politicalStatus,
        employer_name: null, native_place: null, is_migrant: p.isMigrant ? 1 : 0, new_form_type: p.newFormType,
        bank_name: bank.bankName, bank_account: bank.bankAccount,
        notes: null, status: p.status, ...keyColumns(searchKeys, p.name, idNumber), created_at: now, updated_at: now,
      })
      // Joined no earlier than the 16th birthday (domain §3.4).
      const sixteen = addDays(`${Number(p.birthDate.slice(0, 4)) + 16}${p.birthDate.slice(4)}`, 30)
      const joinDate = p.joinDate < sixteen ? sixteen : p.joinDate
      for (const h of p.history) {
        const date = addDays(joinDate, h.daysAfterJoin)
        events.push(eventRow(ctx, id, org.id, h.type, date > today ? today : date, h.type === 'join' ? null : '劳动（工作）关系发生变化'))
      }
      if (rows.length >= 500) await flush()
    }
    await flush()
    await pipe.drain()
    // Aid programs, hardship files and applications in several states, so every screen has something to show.
    const aid = await loadAidDemo(ctx)
    const counts = await recordCounts(ctx.trx)
    await insertDemoMarker(ctx.trx, { id: 'self', loaded_at: now, seed, members, counts_json: JSON.stringify(Object.fromEntries(counts)) })
    return { orgs: orgCount, enterprises: enterpriseCount, members, events: eventTotal, aidPrograms: aid.programs, aidApplications: aid.applications, hardshipFiles: aid.hardshipFiles }
  },
  'demo.status': async (ctx) => demoStatus(ctx.db),
  'demo.clear': async (ctx, { includeAdded }) => clearDemo(ctx, includeAdded),
} satisfies FeatureHandlers<'demo'>

import { existsSync, readdirSync } from 'node:fs'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { memberPageQuery } from '../../../electron/core/exchange/provincial/queries'
import { outboxDir } from '../../../electron/core/files/outbox'
import { idCheckChar } from '../../../shared/identity/id-number'
import { generatedBytes } from '../../helpers/outbox'
import { queryPlan } from '../../helpers/query-plan'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addOrg } from '../members/fixtures'

// Issue 15, 省级模板导出: the register as the provincial 会员信息采集表 with a summary per union, unencrypted, for a
// federation without the app. Read back with exceljs, an independent reader.

/** Domain §3.1, typed out here rather than taken from the code under test. */
const templateHeaders = [
  '序号', '姓名', '性别', '出生日期', '民族', '就业状况', '证件类别', '证件号码', '学历', '技术等级', '移动电话', '户籍类型',
  '户籍所在地', '会籍变化类型', '会籍变化日期', '会籍变化原因', '政治面貌', '工作单位', '籍贯', '是否农民工会员',
]
const col = (header: string) => templateHeaders.indexOf(header)

interface SheetCell {
  value: string
  /** exceljs's value type: 'string', 'number', 'formula', … */
  type: string
  numFmt: string | undefined
}

const typeNames: Record<number, string> = { [ExcelJS.ValueType.String]: 'string', [ExcelJS.ValueType.Number]: 'number', [ExcelJS.ValueType.Formula]: 'formula', [ExcelJS.ValueType.RichText]: 'rich' }

async function readBook(bytes: Buffer) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.read(Readable.from([bytes]))
  const sheet = (name: string): SheetCell[][] => {
    const ws = book.getWorksheet(name)
    if (!ws) throw new Error(`no sheet ${name}`)
    const width = ws.columnCount
    const rows: SheetCell[][] = []
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: SheetCell[] = []
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c)
        const v = cell.value
        const value = v === null || v === undefined ? '' : typeof v === 'object' && 'result' in v ? String(v.result) : String(v)
        cells.push({ value, type: typeNames[cell.type] ?? String(cell.type), numFmt: cell.numFmt })
      }
      rows.push(cells)
    })
    return rows
  }
  return { names: book.worksheets.map((w) => w.name), sheet }
}

const texts = (rows: SheetCell[][]) => rows.map((r) => r.map((c) => c.value))

/** A valid resident ID whose check character is X, so a reader that took it for a number would lose it. */
function idEndingInX(birth: string, female: boolean): string {
  for (let seq = female ? 2 : 1; seq < 999; seq += 2) {
    const first17 = `469023${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
    if (idCheckChar(first17) === 'X') return first17 + 'X'
  }
  throw new Error('no X')
}
const idOf = (birth: string, seq: number) => {
  const first17 = `469023${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

const reason = '向县总工会报送会员实名信息'
const period = { from: '2026-10-01', to: '2026-11-20' }
const bankAccount = '6222021234567890123'

describe('省级会员信息采集表 the provincial workbook', () => {
  let t: TestCore
  const ids = {
    wangfang: idEndingInX('1990-01-01', true),
    liqiang: idOf('1985-05-05', 11),
    zhaoliu: idOf('1980-03-03', 21),
    zhanglei: idOf('1995-07-07', 32),
    chenjing: idOf('1992-02-02', 42),
  }
  let muTang: string
  let jinJiang: string

  beforeEach(async () => {
    t = await createTestCore()
    await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
    muTang = await addOrg(t, '木棠镇联合工会')
    jinJiang = await addOrg(t, '金江社区工会')
    const save = async (orgId: string, name: string, idNumber: string, joinDate: string, extra: Record<string, unknown> = {}) =>
      (await t.call('members.save', { orgId, name, idNumber, joinDate, ...extra })).member.id
    await save(muTang, '王芳', ids.wangfang, '2026-10-15', {
      phone: '13812345678', ethnicity: '汉族', employmentStatus: '在岗', politicalStatus: '群众', hukouType: '农业', hukouPlace: '海南省澄迈县',
      employerName: '木棠外卖站', nativePlace: '海南澄迈', isMigrant: true, newFormType: '外卖送餐员', bankName: '农业银行', bankAccount,
    })
    const li = await save(muTang, '李强', ids.liqiang, '2020-01-01')
    await t.call('members.event', { memberId: li, type: 'retain', date: '2026-10-20', reason: '失业' })
    const zhao = await save(muTang, '赵六', ids.zhaoliu, '2020-01-01')
    await t.call('members.event', { memberId: zhao, type: 'transfer_out', date: '2026-11-01', reason: '劳动（工作）关系发生变化', toText: '海口市美兰区总工会' })
    await save(jinJiang, '张磊', ids.zhanglei, '2026-09-30', { newFormType: '快递员' })
    const chen = await save(jinJiang, '陈静', ids.chenjing, '2026-11-02')
    await t.call('members.event', { memberId: chen, type: 'withdraw', date: '2026-11-10', reason: '个人要求退会' })
  })
  afterEach(async () => t.close())

  it('sheet 1 is the 会员信息采集表: the 20 headers of §3.1 exactly, union by union, IDs whole as text, dates yyyy/MM/dd text', async () => {
    const file = await t.call('provincial.export', { ...period, reason })
    expect(file).toMatchObject({ rows: 5, fileName: '会员信息采集表-木棠镇总工会-20261123.xlsx' })
    const book = await readBook(await generatedBytes(t.core, file))
    expect(book.names).toEqual(['会员信息采集表', '汇总表', '填报说明'])
    const rows = book.sheet('会员信息采集表')
    expect(texts(rows)[0]).toEqual(templateHeaders)
    const data = rows.slice(1)
    // Union by union (木 sorts before 金 in code-point order), 在会 → 保留 → 转出/退会 within a union.
    expect(data.map((r) => r[col('姓名')]?.value)).toEqual(['王芳', '李强', '赵六', '张磊', '陈静'])
    expect(data.map((r) => r[col('序号')]?.value)).toEqual(['1', '2', '3', '4', '5'])
    expect(data.map((r) => r[col('证件号码')]?.value)).toEqual([ids.wangfang, ids.liqiang, ids.zhaoliu, ids.zhanglei, ids.chenjing])
    expect(ids.wangfang.endsWith('X')).toBe(true)
    for (const r of data) {
      for (const h of ['证件号码', '出生日期', '会籍变化日期', '序号']) expect(r[col(h)], h).toMatchObject({ type: 'string', numFmt: '@' })
      expect(r[col('出生日期')]?.value).toMatch(/^\d{4}\/\d{2}\/\d{2}$/)
      expect(r[col('会籍变化日期')]?.value).toMatch(/^\d{4}\/\d{2}\/\d{2}$/)
    }
    const wang = texts(data)[0] ?? []
    expect(Object.fromEntries(templateHeaders.map((h, i) => [h, wang[i]]))).toEqual({
      序号: '1', 姓名: '王芳', 性别: '女', 出生日期: '1990/01/01', 民族: '汉族', 就业状况: '在岗', 证件类别: '居民身份证', 证件号码: ids.wangfang,
      学历: '', 技术等级: '', 移动电话: '13812345678', 户籍类型: '农业', 户籍所在地: '海南省澄迈县', 会籍变化类型: '入会', 会籍变化日期: '2026/10/15',
      会籍变化原因: '', 政治面貌: '群众', 工作单位: '木棠外卖站', 籍贯: '海南澄迈', 是否农民工会员: '是',
    })
    expect(data[0]?.[col('移动电话')]).toMatchObject({ type: 'string', numFmt: '@' })
    expect(texts(data).map((r) => [r[col('会籍变化类型')], r[col('会籍变化日期')], r[col('会籍变化原因')]])).toEqual([
      ['入会', '2026/10/15', ''],
      ['保留', '2026/10/20', '失业'],
      ['转出', '2026/11/01', '劳动（工作）关系发生变化'],
      ['入会', '2026/09/30', ''],
      ['退会', '2026/11/10', '个人要求退会'],
    ])
  })

  it('holds no bank account anywhere (the template has none): only what the federation needs is in clear', async () => {
    const bytes = await generatedBytes(t.core, await t.call('provincial.export', { ...period, reason }))
    const book = await readBook(bytes)
    const everything = book.names.flatMap((n) => texts(book.sheet(n)).flat())
    expect(everything.some((v) => v.includes(bankAccount) || v.includes('6222'))).toBe(false)
    expect(everything).not.toContain('银行账号')
    expect(everything).not.toContain('农业银行')
  })

  it('the 汇总表 counts each union: members in good standing by category, the period\'s changes, its rows of sheet 1, and formula totals', async () => {
    const book = await readBook(await generatedBytes(t.core, await t.call('provincial.export', { ...period, reason })))
    const rows = texts(book.sheet('汇总表'))
    expect(rows[0]?.[0]).toBe('木棠镇总工会基层工会会员情况汇总表')
    expect(rows[1]?.[0]).toContain('统计期间：2026/10/01—2026/11/20')
    const header = rows[2] ?? []
    const pick = (r: string[] | undefined) =>
      Object.fromEntries(['基层工会名称', '采集表行号', '采集表人数', '会员总数', '在会', '保留会籍', '女性会员', '农民工会员', '新就业形态劳动者会员', '快递员', '外卖送餐员', '本期入会', '本期转入', '本期保留会籍', '本期转出', '本期除名', '本期退会'].map((h) => [h, r?.[header.indexOf(h)]]))
    expect(pick(rows[3])).toEqual({
      基层工会名称: '木棠镇联合工会', 采集表行号: '2—4', 采集表人数: '3', 会员总数: '2', 在会: '1', 保留会籍: '1', 女性会员: '1', 农民工会员: '1',
      新就业形态劳动者会员: '1', 快递员: '0', 外卖送餐员: '1', 本期入会: '1', 本期转入: '0', 本期保留会籍: '1', 本期转出: '1', 本期除名: '0', 本期退会: '0',
    })
    // 张磊 joined on 30 September, the day before the period: not a 本期入会. 陈静 joined and left within it: counted in both.
    expect(pick(rows[4])).toEqual({
      基层工会名称: '金江社区工会', 采集表行号: '5—6', 采集表人数: '2', 会员总数: '1', 在会: '1', 保留会籍: '0', 女性会员: '1', 农民工会员: '0',
      新就业形态劳动者会员: '1', 快递员: '1', 外卖送餐员: '0', 本期入会: '1', 本期转入: '0', 本期保留会籍: '0', 本期转出: '0', 本期除名: '0', 本期退会: '1',
    })
    expect(rows[5]?.[0]).toBe('合计')
    expect(pick(rows[5])).toMatchObject({ 采集表人数: '5', 会员总数: '3', 女性会员: '2', 本期入会: '2', 本期退会: '1' })
    const totals = book.sheet('汇总表')[5] ?? []
    expect(totals[header.indexOf('会员总数')]).toMatchObject({ type: 'formula' })
    expect(rows).toHaveLength(6)
  })

  it('--org: one union only, its rows and its summary, named in the file', async () => {
    const file = await t.call('provincial.export', { ...period, orgId: jinJiang, reason })
    expect(file).toMatchObject({ rows: 2, fileName: '会员信息采集表-金江社区工会-20261123.xlsx' })
    const book = await readBook(await generatedBytes(t.core, file))
    expect(texts(book.sheet('会员信息采集表')).slice(1).map((r) => r[col('姓名')])).toEqual(['张磊', '陈静'])
    const summary = texts(book.sheet('汇总表'))
    expect(summary.slice(3).map((r) => r[1])).toEqual(['金江社区工会', ''])
    expect(summary[0]?.[0]).toBe('金江社区工会基层工会会员情况汇总表')
  })

  it('without a period: the statistical year holding today (1 October – 30 September)', async () => {
    const preview = await t.call('provincial.preview', {})
    expect(preview).toEqual({ rows: 5, inGoodStanding: 3, unions: 2, period: { from: '2026-10-01', to: '2027-09-30' }, orgName: null })
    const book = await readBook(await generatedBytes(t.core, await t.call('provincial.export', { reason })))
    expect(texts(book.sheet('填报说明')).find((r) => r[0] === '统计期间')?.[1]).toBe('2026/10/01—2027/09/30')
  })

  it('is audited in the same call: who, the method\'s Chinese name, the reason, and no full number in the row', async () => {
    const file = await t.call('provincial.export', { ...period, reason })
    const page = await t.call('audit.list', { method: 'provincial.export' })
    expect(page.total).toBe(1)
    expect(page.items[0]).toMatchObject({ actor: '测试员', action: '导出省级会员信息采集表（不打码）', reason })
    const stored = JSON.stringify(await t.core.db.selectFrom('audit_log').selectAll().where('method', '=', 'provincial.export').execute())
    for (const id of Object.values(ids)) expect(stored).not.toContain(id)
    expect(stored).toContain(String(file.rows))
    expect((await t.call('audit.verify', {})).intact).toBe(true)
  })

  it('refuses a role that may not unmask (经办人, 审核人, 只读) in Chinese, and writes nothing: no row, no file', async () => {
    const before = await t.dump()
    for (const role of ['clerk', 'reviewer', 'viewer'] as const) {
      const refused = await t.reply('provincial.export', { ...period, reason }, role)
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(refused.ok ? '' : refused.error.message).toMatch(/没有此操作的权限/)
    }
    expect(await t.dump()).toBe(before)
    expect(existsSync(outboxDir(t.core.dataDir)) ? readdirSync(outboxDir(t.core.dataDir)) : []).toEqual([])
    // The preview (counts only) is open to every role that reads the register.
    expect((await t.reply('provincial.preview', period, 'viewer')).ok).toBe(true)
  })

  it('refuses a missing reason, a reversed period and an unknown union by field, changing nothing', async () => {
    const before = await t.dump()
    const cases = [
      [{ ...period, reason: '' }, 'INVALID_INPUT', 'reason'],
      [{ from: '2026-11-20', to: '2026-10-01', reason }, 'INVALID_INPUT', 'from'],
      [{ from: '2026-10-01', reason }, 'INVALID_INPUT', 'to'],
      [{ ...period, orgId: 'no-such-union', reason }, 'NOT_FOUND', 'orgId'],
    ] as const
    for (const [input, code, field] of cases) {
      const r = await t.replyRaw('provincial.export', input)
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code, field } })
      expect(r.ok ? '' : r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(await t.dump()).toBe(before)
    expect(existsSync(outboxDir(t.core.dataDir)) ? readdirSync(outboxDir(t.core.dataDir)) : []).toEqual([])
  })
})

/** More members than one page (1,000) in a union, so the stream crosses pages; every row lands in its union's range. */
describe('省级会员信息采集表 at the size of several pages', { timeout: 120_000 }, () => {
  const N = 3_000
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: N })
    // The demo spreads members over several unions; merging two makes one whose 在会 members outgrow a page.
    const [into, from] = await t.call('orgs.list', {})
    await t.call('orgs.merge', { fromId: from?.id ?? '', intoId: into?.id ?? '' })
    const biggest = await t.core.db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n')).groupBy(['org_id', 'status']).orderBy('n', 'desc').executeTakeFirst()
    expect(biggest?.n).toBeGreaterThan(1000)
  })
  afterAll(async () => t.close())

  it('reads each page as a range of the member_org_status_pinyin index, never a scan of the register', async () => {
    const orgId = (await t.call('orgs.list', {}))[0]?.id ?? ''
    const plan = await queryPlan(t.core.db, memberPageQuery(t.core.db, { orgId, status: 'active', after: { pinyin: 'wang', id: 'x' }, limit: 1000 }))
    expect(plan).toMatch(/SEARCH member USING INDEX member_org_status_pinyin \(org_id=\? AND status=\? AND name_pinyin>\?\)/)
    expect(plan).not.toMatch(/SCAN member\b/)
  })

  it('every member once with the whole ID, each row inside the range the summary gives its union, counts equal to the register', async () => {
    const preview = await t.call('provincial.preview', {})
    const file = await t.call('provincial.export', { reason: '年度实名制数据报送' })
    expect(file.rows).toBe(N)
    expect(preview.rows).toBe(N)
    const book = await readBook(await generatedBytes(t.core, file))
    const data = texts(book.sheet('会员信息采集表')).slice(1)
    const register = await t.core.db.selectFrom('member').innerJoin('org', 'org.id', 'member.org_id').select(['member.id_number', 'org.name', 'member.status']).execute()
    expect(data.map((r) => r[col('证件号码')]).sort()).toEqual(register.map((m) => m.id_number).sort())
    const unionOf = new Map(register.map((m) => [m.id_number, m.name]))
    const summary = texts(book.sheet('汇总表'))
    const header = summary[2] ?? []
    const unions = summary.slice(3, -1)
    expect(unions.reduce((n, r) => n + Number(r[header.indexOf('采集表人数')]), 0)).toBe(N)
    expect(unions.reduce((n, r) => n + Number(r[header.indexOf('会员总数')]), 0)).toBe(register.filter((m) => m.status === 'active' || m.status === 'retained').length)
    for (const u of unions) {
      const range = u[header.indexOf('采集表行号')] ?? ''
      if (range === '') continue
      const [first, last] = range.split('—').map(Number)
      for (let row = first ?? 0; row <= (last ?? -1); row++) expect(unionOf.get(data[row - 2]?.[col('证件号码')] ?? '')).toBe(u[1])
    }
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, resetFixtures, YUAN } from '../aid/fixtures'

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
})
afterEach(async () => t.close())

const spouseId = '110101198001010011'
const childId = '11010120100501001X'

const household = {
  causes: ['疾病'] as Array<'疾病'>,
  familyMembers: [
    { name: '张强', relation: '配偶', idNumber: spouseId },
    { name: '张小明', relation: '子', idNumber: childId },
  ],
  incomes: [{ kind: '工资' as const, annualFen: 60_000 * YUAN }],
  expenses: [{ kind: '医疗' as const, annualFen: 25_000 * YUAN }],
  bankName: '中国工商银行',
  bankAccount: '6222020200112233445',
}

async function stored(id: string) {
  return t.core.db.selectFrom('hardship_file').select(['bank_account', 'family_json']).where('id', '=', id).executeTakeFirstOrThrow()
}

describe('editing a hardship file keeps the numbers results only show masked', () => {
  it('an update without bank account or family ID numbers leaves the stored ones unchanged', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    const before = await stored(file.id)

    // What the edit form sends: the same people (reordered, one with a new health note), no numbers, a new address.
    const edited = await t.call('hardship.update', {
      id: file.id,
      causes: ['疾病', '子女教育'],
      familyMembers: [
        { name: '张小明', relation: '子', health: '哮喘' },
        { name: '张强', relation: '配偶' },
      ],
      incomes: household.incomes,
      expenses: household.expenses,
      address: '大连市中山区某街道 2 号',
      bankName: '中国工商银行',
    })
    expect(edited.address).toBe('大连市中山区某街道 2 号')
    expect(edited.bankAccount).toBe('6222***********3445')
    expect(edited.familyMembers.map((f) => f.idNumber)).toEqual(['110101********001X', '110101********0011'])

    const after = await stored(file.id)
    expect(after.bank_account).toBe(before.bank_account)
    const family: unknown = JSON.parse(after.family_json)
    expect(family).toEqual([
      expect.objectContaining({ name: '张小明', idNumber: childId, health: '哮喘' }),
      expect.objectContaining({ name: '张强', idNumber: spouseId }),
    ])
  })

  it('null clears a number and a new number replaces it', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    await t.call('hardship.update', {
      ...household,
      id: file.id,
      familyMembers: [{ name: '张强', relation: '配偶', idNumber: null }, { name: '张小明', relation: '子' }],
      bankAccount: '6217000011112222',
    })
    const after = await stored(file.id)
    expect(after.bank_account).toBe('6217000011112222')
    expect(JSON.parse(after.family_json)).toEqual([
      expect.objectContaining({ name: '张强', idNumber: null }),
      expect.objectContaining({ name: '张小明', idNumber: childId }),
    ])
  })

  it('on create, a family member without an ID number simply has none', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber, bankAccount: undefined, familyMembers: [{ name: '张强', relation: '配偶' }] })
    const after = await stored(file.id)
    expect(after.bank_account).toBeNull()
    expect(JSON.parse(after.family_json)).toEqual([expect.objectContaining({ name: '张强', idNumber: null })])
  })
})

describe('hardship.calculate takes the household as the form holds it', () => {
  it('counts the member plus the family, sums incomes and rigid expenses, and shows its steps', async () => {
    const calc = await t.call('hardship.calculate', {
      familyMembers: [{ name: '张强', relation: '配偶' }, { name: '张小明' }, {}],
      incomes: [
        { kind: '工资', annualFen: 50_000 * YUAN },
        { kind: '补贴', annualFen: 10_000 * YUAN },
      ],
      expenses: [
        { kind: '医疗', annualFen: 25_000 * YUAN },
        { kind: '教育', annualFen: 6_000 * YUAN },
      ],
    })
    expect(calc).toMatchObject({ householdSize: 4, annualIncomeFen: 6_000_000, rigidExpensesFen: 3_100_000, perCapitaMonthlyFen: 60_417, suggested: '深度困难' })
    expect(calc.steps[0]).toBe('家庭年收入 60,000.00 元 − 年刚性支出 31,000.00 元 = 29,000.00 元')
  })

  it('gives the same figures as the saved file', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    expect(await t.call('hardship.calculate', household)).toEqual(file.calculation)
  })

  it('refuses the old totals form', async () => {
    const r = await t.replyRaw('hardship.calculate', { householdSize: 4, annualIncomeFen: 6_000_000, rigidExpensesFen: 3_100_000 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.field).toBe('incomes')
  })
})

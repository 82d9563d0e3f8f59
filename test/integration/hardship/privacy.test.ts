import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, resetFixtures, YUAN } from '../aid/fixtures'
import { compact, pdfPages } from '../print/pdf-text'

// Issue 14: a hardship file's phone and its household's health details were shown whole in the detail and its print.

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
})
afterEach(async () => t.close())

const phone = '13912345678'
const household = {
  causes: ['疾病'] as Array<'疾病'>,
  familyMembers: [
    { name: '张强', relation: '配偶', idNumber: '110101198001010011', health: '尿毒症，每周透析三次' },
    { name: '张小明', relation: '子', birthDate: '2012-05-01', health: '一级肢体残疾' },
  ],
  incomes: [{ kind: '工资' as const, annualFen: 48_000 * YUAN }],
  expenses: [{ kind: '医疗' as const, annualFen: 30_000 * YUAN }],
  phone,
  bankName: '中国工商银行',
  bankAccount: '6222020200112233445',
}

async function storedFile(id: string) {
  return t.core.db.selectFrom('hardship_file').select(['phone', 'family_json']).where('id', '=', id).executeTakeFirstOrThrow()
}

describe('hardship file privacy: phone and health details masked unless revealed with a reason', () => {
  it('hardship.get and the create result mask the phone and hide health details', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const created = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    const got = await t.call('hardship.get', { id: created.id })
    for (const file of [created, got]) {
      expect(file.phone).toBe('139****5678')
      expect(file.familyMembers.map((f) => f.health)).toEqual(['（已隐去）', '（已隐去）'])
      expect(JSON.stringify(file)).not.toContain('透析')
    }
    // The CLI's and the print's way in (by member) is masked the same way.
    expect((await t.call('hardship.get', { idNumber: m.idNumber })).phone).toBe('139****5678')
  })

  it('the printed 困难职工档案表 (kept in the union’s own files) shows them masked too', async () => {
    await t.call('profile.save', { name: '城关镇总工会', level: '乡镇总工会', contactPerson: '李娜', contactPhone: '0931-1234567', address: '城关镇人民路 1 号' })
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    await t.call('hardship.revealDetail', { id: file.id, reason: '入户调查前核对病情' })
    const text = compact(pdfPages((await t.call('print.hardshipFile', { fileId: file.id })).file).join(''))
    expect(text).toContain('139****5678')
    expect(text).toContain('（已隐去）')
    expect(text).not.toMatch(/透析|肢体残疾|13912345678/)
  })

  it('hardship.revealDetail returns them whole and records who asked and why', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    const revealed = await t.call('hardship.revealDetail', { id: file.id, reason: '入户调查前核对病情' })
    expect(revealed.phone).toBe(phone)
    expect(revealed.familyMembers.map((f) => f.health)).toEqual(['尿毒症，每周透析三次', '一级肢体残疾'])
    expect(revealed.familyMembers[0]?.idNumber).toBe('110101198001010011')
    expect(revealed.idNumber).toBe(m.idNumber)
    expect(revealed.bankAccount).toBe('6222020200112233445')

    const rows = await t.core.db.selectFrom('audit_log').selectAll().where('method', '=', 'hardship.revealDetail').execute()
    expect(rows.map((r) => ({ actor: r.actor, reason: r.reason }))).toEqual([{ actor: '测试员', reason: '入户调查前核对病情' }])
    // The trail says a reveal happened; it does not become a second copy of what was revealed.
    expect(`${rows[0]?.input_json}${rows[0]?.outcome_json}${rows[0]?.changes_json}`).not.toMatch(/透析|13912345678/)
  })

  it('refuses a viewer (and a clerk) and a missing reason, and writes nothing', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    const before = await t.dump()
    expect(await t.reply('hardship.revealDetail', { id: file.id, reason: '核对' }, 'viewer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.reply('hardship.revealDetail', { id: file.id, reason: '核对' }, 'clerk')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.reply('hardship.revealDetail', { id: file.id, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } })
    expect(await t.dump()).toBe(before)
  })

  it('an edit that leaves the masked phone and health details out keeps the stored ones; null clears, a value replaces', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber })

    // What the edit form sends when the clerk only changed the address: rows reordered, no phone, no health.
    await t.call('hardship.update', {
      id: file.id,
      causes: ['疾病'],
      familyMembers: [
        { name: '张小明', relation: '子', birthDate: '2012-05-01' },
        { name: '张强', relation: '配偶' },
      ],
      incomes: household.incomes,
      expenses: household.expenses,
      address: '大连市中山区某街道 3 号',
    })
    const kept = await storedFile(file.id)
    expect(kept.phone).toBe(phone)
    expect(JSON.parse(kept.family_json)).toEqual([
      expect.objectContaining({ name: '张小明', health: '一级肢体残疾' }),
      expect.objectContaining({ name: '张强', health: '尿毒症，每周透析三次', idNumber: '110101198001010011' }),
    ])

    await t.call('hardship.update', {
      id: file.id,
      causes: ['疾病'],
      familyMembers: [
        { name: '张小明', relation: '子', health: null },
        { name: '张强', relation: '配偶', health: '肾移植术后' },
      ],
      incomes: household.incomes,
      expenses: household.expenses,
      phone: '0411-82345678',
    })
    const changed = await storedFile(file.id)
    expect(changed.phone).toBe('0411-82345678')
    expect(JSON.parse(changed.family_json)).toEqual([
      expect.objectContaining({ name: '张小明', health: null }),
      expect.objectContaining({ name: '张强', health: '肾移植术后' }),
    ])
  })
})

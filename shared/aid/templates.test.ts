import { describe, expect, it } from 'vitest'
import { aidProgramTemplates, fuweijinDalian, jinqiuZhuxue, medicalMutualAidGuangxi, programFromTemplate } from './templates'
import { aidInputLabels, materialCondition, materialName, materialNeeded, parseAidProgram } from './rules'

describe('built-in templates', () => {
  it.each(aidProgramTemplates.map((t) => [t.code, t] as const))('%s is a valid program once given a year and budget', (_code, template) => {
    const program = programFromTemplate(template, 2026, 10_000_000)
    expect(program).toMatchObject({ code: template.code, year: 2026, budgetFen: 10_000_000 })
    expect(program.materials.length).toBeGreaterThan(0)
  })

  it('have unique codes', () => {
    const codes = aidProgramTemplates.map((t) => t.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('抚慰金 is the Dalian table, paid once per member', () => {
    const program = programFromTemplate(fuweijinDalian, 2026, 0)
    expect(program.rule).toEqual({
      kind: 'graded',
      tiers: [
        { grades: [1, 2, 3, 4], amountFen: 1500000 },
        { grades: [5, 6], amountFen: 1000000 },
        { grades: [7, 8, 9, 10], amountFen: 500000 },
        { grades: ['death'], amountFen: 2000000 },
      ],
    })
    expect(program.constraints.oncePerMember).toBe(true)
  })

  it('医疗互助 carries the reference parameters of domain §6.2', () => {
    expect(programFromTemplate(medicalMutualAidGuangxi, 2026, 0).rule).toEqual({
      kind: 'medical',
      deductibleYearlyFen: 100000,
      segments: [
        { uptoFen: 1000000, rate: 0.3 },
        { uptoFen: 3000000, rate: 0.4 },
        { uptoFen: 5000000, rate: 0.6 },
        { uptoFen: null, rate: 0.95 },
      ],
      minPayoutFen: 10000,
      yearlyCapFen: 100000000,
      allowancePerDayFen: 5000,
      allowanceMaxDays: 30,
    })
  })

  it('金秋助学 looks up named input fields', () => {
    const program = programFromTemplate(jinqiuZhuxue, 2026, 0)
    if (program.rule.kind !== 'table') throw new Error('金秋助学 should be a table rule')
    expect(program.rule.fields.map((f) => f.key)).toEqual(['hardshipCategory', 'schoolLevel'])
    expect(program.rule.rows.map((r) => r.amountFen)).toEqual([500000, 300000])
  })
})

describe('conditional materials', () => {
  const program = programFromTemplate(fuweijinDalian, 2026, 1)
  const needed = (input: Record<string, unknown>) => program.materials.filter((m) => materialNeeded(m, input)).map(materialName)

  it('抚慰金 asks for the 亲属关系证明 only for a death', () => {
    expect(needed({ grade: 4 })).not.toContain('与会员的亲属关系证明（死亡）')
    expect(needed({ grade: 'death' })).toContain('与会员的亲属关系证明（死亡）')
    expect(needed({ grade: 'death' })).toHaveLength(program.materials.length)
  })

  it('words the condition with the input labels and grade names', () => {
    expect(materialCondition({ name: 'x', when: { grade: [1, 'death'] } }, aidInputLabels)).toBe('仅「伤残等级」为 1 级、死亡 时需要')
    expect(materialCondition('x', aidInputLabels)).toBeNull()
  })

  it('refuses the same item twice', () => {
    expect(() => parseAidProgram({ ...fuweijinDalian, year: 2026, budgetFen: 1, materials: ['a', { name: 'a', when: { grade: [1] } }] })).toThrow('重复')
  })
})

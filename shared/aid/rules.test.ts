import { describe, expect, it } from 'vitest'
import { AppError } from '../errors'
import { aidProgramLabels, inputLabelsFor, inputSchemaFor, parseAidInput, parseAidProgram } from './rules'

const head = { code: 'test-program', name: '测试项目', year: 2026, budgetFen: 1_000_000 }

const issueMedicalRule = {
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
}

const issueGradedRule = {
  kind: 'graded',
  tiers: [
    { grades: [1, 2, 3, 4], amountFen: 1500000 },
    { grades: [5, 6], amountFen: 1000000 },
    { grades: [7, 8, 9, 10], amountFen: 500000 },
    { grades: ['death'], amountFen: 2000000 },
  ],
}

function refusal(run: () => unknown): { code: string; field: string | undefined; message: string } | undefined {
  try {
    run()
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, field: err.detail.field, message: err.message }
    throw err
  }
  return undefined
}

describe('program definition', () => {
  it.each([
    ['fixed', { kind: 'fixed', amountFen: 50000 }],
    ['graded', issueGradedRule],
    ['medical', issueMedicalRule],
  ])('accepts the issue’s exact %s rule, flat (CLI file) or nested, as one shape', (_kind, rule) => {
    const flat = parseAidProgram({ ...head, ...rule })
    const nested = parseAidProgram({ ...head, rule })
    expect(flat).toEqual(nested)
    expect(flat.rule).toEqual(rule)
  })

  it('fills the constraint defaults: 在会 only, not once-only, no exclusions, no materials', () => {
    expect(parseAidProgram({ ...head, kind: 'fixed', amountFen: 50000 })).toEqual({
      ...head,
      rule: { kind: 'fixed', amountFen: 50000 },
      constraints: { memberStatuses: ['在会'], oncePerMember: false, excludesPrograms: [] },
      materials: [],
    })
  })

  it('keeps every declared constraint', () => {
    const constraints = {
      memberStatuses: ['在会', '保留'],
      hardshipCategories: ['深度困难'],
      oncePerMember: true,
      maxTimesPerYear: 2,
      capGroup: { code: 'weiwen', name: '慰问', yearlyCapFen: 200000 },
      excludesPrograms: ['other'],
    }
    expect(parseAidProgram({ ...head, kind: 'fixed', amountFen: 1, constraints, materials: ['申请表'] })).toMatchObject({
      constraints,
      materials: ['申请表'],
    })
  })

  it.each([
    [{ ...head, kind: 'fixed', amountFen: -1 }, 'rule.amountFen', '「定额金额」不能小于 0'],
    [{ ...head, kind: 'fixed', amountFen: 12.5 }, 'rule.amountFen', '「定额金额」应为整数'],
    [{ ...head, kind: 'fixed', amountFen: 1, budgetFen: 1.5 }, 'budgetFen', '「预算金额」应为整数'],
    [{ ...head, kind: 'fixed' }, 'rule.amountFen', '「定额金额」不能为空'],
    [{ ...head, kind: 'bonus', amountFen: 1 }, 'rule.kind', '「规则类型」只能是：fixed（定额）、graded（按等级）、table（查表）、medical（医疗互助）、in_kind（实物）'],
    [{ ...head, code: 'a b', kind: 'fixed', amountFen: 1 }, 'code', '「项目编号」不能含有空格'],
    [{ ...head, name: ' ', kind: 'fixed', amountFen: 1 }, 'name', '「项目名称」不能为空'],
  ])('refuses %j at %s', (raw, field, message) => {
    expect(refusal(() => parseAidProgram(raw))).toEqual({ code: 'INVALID_INPUT', field, message })
  })

  it('refuses unknown keys instead of dropping a misspelt setting', () => {
    const error = refusal(() => parseAidProgram({ ...head, rule: { kind: 'fixed', amountFen: 1 }, constraints: { oncePerMembr: true } }))
    expect(error?.code).toBe('INVALID_INPUT')
    expect(error?.message).toContain('oncePerMembr')
  })

  it('refuses a program that excludes itself', () => {
    const raw = { ...head, kind: 'fixed', amountFen: 1, constraints: { excludesPrograms: ['test-program'] } }
    expect(refusal(() => parseAidProgram(raw))).toEqual({
      code: 'INVALID_INPUT',
      field: 'constraints.excludesPrograms.0',
      message: '「互斥项目」不能包含本项目自己',
    })
  })

  it('refuses a status a program cannot require', () => {
    const raw = { ...head, kind: 'fixed', amountFen: 1, constraints: { memberStatuses: ['已退会'] } }
    expect(refusal(() => parseAidProgram(raw))).toMatchObject({ field: 'constraints.memberStatuses.0', message: '「会员状态要求」只能是：在会、保留' })
  })
})

describe('medical segments', () => {
  function withSegments(segments: unknown) {
    return () => parseAidProgram({ ...head, ...issueMedicalRule, segments })
  }

  it.each([
    [[{ uptoFen: 1000, rate: 0.3 }, { uptoFen: 1000, rate: 0.4 }, { uptoFen: null, rate: 0.5 }], 'rule.segments.1.uptoFen', '「分段上限」应大于上一段的上限 10.00 元'],
    [[{ uptoFen: null, rate: 0.3 }, { uptoFen: null, rate: 0.4 }], 'rule.segments.0.uptoFen', '「分段上限」只有最后一段可以不设上限（null）'],
    [[{ uptoFen: 1000, rate: 0.3 }], 'rule.segments.0.uptoFen', '「分段上限」最后一段应不设上限（null）'],
    [[{ uptoFen: 0, rate: 0.3 }, { uptoFen: null, rate: 0.4 }], 'rule.segments.0.uptoFen', '「分段上限」不能小于 1'],
    [[{ uptoFen: null, rate: 1.2 }], 'rule.segments.0.rate', '「补助比例」不能大于 1'],
    [[{ uptoFen: null, rate: -0.1 }], 'rule.segments.0.rate', '「补助比例」不能小于 0'],
    [[{ uptoFen: null, rate: 0.12345 }], 'rule.segments.0.rate', '「补助比例」最多精确到万分之一（如 0.3、0.955）'],
    [[], 'rule.segments', '「分段」至少 1 项'],
  ])('refuses %j', (segments, field, message) => {
    expect(refusal(withSegments(segments))).toEqual({ code: 'INVALID_INPUT', field, message })
  })

  it('accepts a single open segment and rates such as 0.955', () => {
    expect(() => withSegments([{ uptoFen: null, rate: 0.955 }])()).not.toThrow()
  })
})

describe('graded tiers', () => {
  it('refuses a grade outside 1–10 in a tier', () => {
    const raw = { ...head, kind: 'graded', tiers: [{ grades: [1, 11], amountFen: 1 }] }
    expect(refusal(() => parseAidProgram(raw))).toMatchObject({ field: 'rule.tiers.0.grades.1', message: '「伤残等级」不能大于 10' })
  })

  it('refuses a grade listed in two tiers', () => {
    const raw = { ...head, kind: 'graded', tiers: [{ grades: [1, 2], amountFen: 2 }, { grades: [2], amountFen: 1 }] }
    expect(refusal(() => parseAidProgram(raw))).toMatchObject({ field: 'rule.tiers.1.grades.0', message: '「伤残等级」中的「2 级」在多个档次中重复出现' })
  })

  it('limits the application to the grades the rule covers', () => {
    const program = parseAidProgram({ ...head, kind: 'graded', tiers: [{ grades: [1, 2, 3], amountFen: 1 }] })
    expect(refusal(() => parseAidInput(program.rule, { grade: 4 }))).toMatchObject({
      field: 'grade',
      message: '「伤残等级」应为 1～3 级，收到 4 级',
    })
    expect(refusal(() => parseAidInput(program.rule, { grade: 'death' }))?.message).toBe('「伤残等级」应为 1～3 级，收到 死亡')
  })
})

describe('table rules', () => {
  const table = {
    kind: 'table',
    fields: [{ key: 'level', label: '学段', values: ['大学', '高中'] }],
    rows: [{ when: { level: ['大学'] }, amountFen: 500000 }, { when: {}, amountFen: 300000 }],
  }

  it('refuses a row that names an undefined field or value', () => {
    expect(refusal(() => parseAidProgram({ ...head, ...table, rows: [{ when: { grade: ['x'] }, amountFen: 1 }] }))).toMatchObject({
      field: 'rule.rows.0.when.grade',
      message: '「适用条件」引用了没有定义的查表字段「grade」',
    })
    expect(refusal(() => parseAidProgram({ ...head, ...table, rows: [{ when: { level: ['小学'] }, amountFen: 1 }] }))).toMatchObject({
      field: 'rule.rows.0.when.level',
      message: '「适用条件」中的「小学」不是「学段」的可选值',
    })
  })

  it('refuses a duplicate field key', () => {
    const fields = [...table.fields, { key: 'level', label: '学段2', values: ['a'] }]
    expect(refusal(() => parseAidProgram({ ...head, ...table, fields }))).toMatchObject({ field: 'rule.fields.1.key', message: '「字段代码」「level」重复' })
  })

  it('labels input fields with the table’s own Chinese names', () => {
    const program = parseAidProgram({ ...head, ...table })
    expect(inputLabelsFor(program.rule)).toMatchObject({ level: '学段' })
    expect(inputSchemaFor(program.rule).safeParse({ level: '大学' }).success).toBe(true)
  })
})

describe('labels', () => {
  it('has a Chinese label for every top-level program field', () => {
    for (const key of ['code', 'name', 'year', 'budgetFen', 'rule', 'constraints', 'materials']) {
      expect(aidProgramLabels[key]).toMatch(/\p{Script=Han}/u)
    }
  })
})

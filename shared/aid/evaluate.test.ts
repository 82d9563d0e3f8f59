import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../errors'
import { evaluateAid, type AidFacts, type AidHistoryEntry } from './evaluate'
import { parseAidProgram, type AidProgram } from './rules'
import {
  fuweijinDalian,
  jinqiuZhuxue,
  medicalMutualAidGuangxi,
  programFromTemplate,
  songWennuanWeiwen,
  wennuanbao,
} from './templates'

const YUAN = 100
const YEAR = 2026

function facts(overrides: Partial<AidFacts> = {}): AidFacts {
  return {
    date: '2026-06-01',
    memberStatus: '在会',
    hardshipCategory: null,
    history: [],
    capGroupPrograms: {},
    ...overrides,
  }
}

function entry(programCode: string, date: string, amountFen: number, extra: Partial<AidHistoryEntry> = {}): AidHistoryEntry {
  return { programCode, programYear: Number(date.slice(0, 4)), date, amountFen, status: 'active', ...extra }
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

const fuweijin = programFromTemplate(fuweijinDalian, YEAR, 100_000 * YUAN)
const medical = programFromTemplate(medicalMutualAidGuangxi, YEAR, 1_000_000 * YUAN)
const jinqiu = programFromTemplate(jinqiuZhuxue, YEAR, 200_000 * YUAN)
const weiwen = programFromTemplate(songWennuanWeiwen, YEAR, 50_000 * YUAN)
const warmPack = programFromTemplate(wennuanbao, YEAR, 20_000 * YUAN)
const weiwenGroup = { weiwen: ['songwennuan', 'wennuanbao'] }

const deathInput = { grade: 'death', payeeName: '那某', payeeRelation: '配偶', payeeIdNumber: '210203197001011234' }

describe('抚慰金, Dalian table (seed 000, domain §6.1)', () => {
  it.each([
    [1, 15_000, '壹万伍仟元整'],
    [2, 15_000, '壹万伍仟元整'],
    [3, 15_000, '壹万伍仟元整'],
    [4, 15_000, '壹万伍仟元整'],
    [5, 10_000, '壹万元整'],
    [6, 10_000, '壹万元整'],
    [7, 5_000, '伍仟元整'],
    [8, 5_000, '伍仟元整'],
    [9, 5_000, '伍仟元整'],
    [10, 5_000, '伍仟元整'],
  ])('grade %i → %i 元 %s', (grade, amount, words) => {
    const result = evaluateAid(fuweijin, { grade }, facts())
    expect(result).toMatchObject({ eligible: true, amountFen: amount * YUAN, amountWords: words, reasons: [] })
    expect(result.breakdown.at(-1)).toBe(`应发 ${amount.toLocaleString('en-US')}.00 元（${words}）`)
  })

  it('grade 4 explains its tier', () => {
    expect(evaluateAid(fuweijin, { grade: 4 }, facts()).breakdown[0]).toBe('伤残等级 4 级，属于 1～4 级档，标准 15,000.00 元')
  })

  it('death → 20,000 贰万元整 to the named family payee, without printing the payee ID', () => {
    const result = evaluateAid(fuweijin, deathInput, facts())
    expect(result).toMatchObject({ eligible: true, amountFen: 20_000 * YUAN, amountWords: '贰万元整' })
    expect(result.breakdown[0]).toBe('会员死亡，标准 20,000.00 元，发给家属 那某（配偶）')
    expect(result.breakdown.join('')).not.toContain('210203197001011234')
  })

  it.each([11, 0, -1, 2.5, '4', null])('grade %j is invalid input, not an ineligible application', (grade) => {
    const error = refusal(() => evaluateAid(fuweijin, { grade }, facts()))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'grade' })
    expect(error?.message).toMatch(/^「伤残等级」应为 1～10 级或死亡/)
  })

  it('names grade 11 in the message', () => {
    expect(refusal(() => evaluateAid(fuweijin, { grade: 11 }, facts()))?.message).toBe('「伤残等级」应为 1～10 级或死亡，收到 11 级')
  })

  it.each([
    ['payeeName', '「领款家属姓名」'],
    ['payeeRelation', '「领款人与会员关系」'],
    ['payeeIdNumber', '「领款人证件号码」'],
  ])('death without %s is refused', (field, label) => {
    const input: Record<string, unknown> = { ...deathInput }
    delete input[field]
    const error = refusal(() => evaluateAid(fuweijin, input, facts()))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field })
    expect(error?.message).toContain(label)
  })

  it('is paid once per member ever, whatever the year', () => {
    const result = evaluateAid(fuweijin, { grade: 7 }, facts({ history: [entry('fuweijin', '2025-03-02', 500_000)] }))
    expect(result).toMatchObject({ eligible: false, amountFen: 0, amountWords: '零元整' })
    expect(result.reasons).toEqual(['抚慰金每人只能领取一次，已有 2025-03-02 的申请'])
    expect(result.breakdown.at(-1)).toBe('不符合申请条件，本次不予发放')
  })

  it('quotes the date of the earlier payment', () => {
    const result = evaluateAid(fuweijin, deathInput, facts({ history: [entry('fuweijin', '2026-03-02', 1_500_000)] }))
    expect(result.reasons).toEqual(['抚慰金每人只能领取一次，已有 2026-03-02 的申请'])
  })

  it('counts no draft or application still waiting for review, and names the reviewed one that blocks', () => {
    const pending = { ...entry('fuweijin', '2026-12-02', 500_000), pending: true }
    expect(evaluateAid(fuweijin, { grade: 7 }, facts({ history: [pending] })).eligible).toBe(true)
    const reviewed = { ...entry('fuweijin', '2026-11-20', 500_000), label: '审核通过，5,000.00 元' }
    expect(evaluateAid(fuweijin, { grade: 7 }, facts({ history: [pending, reviewed] })).reasons).toEqual([
      '抚慰金每人只能领取一次，已有 2026-11-20 的申请（审核通过，5,000.00 元）',
    ])
  })

  it('ignores a rejected earlier application', () => {
    const history = [entry('fuweijin', '2026-03-02', 1_500_000, { status: 'rejected' })]
    expect(evaluateAid(fuweijin, { grade: 4 }, facts({ history })).eligible).toBe(true)
  })

  it('accepts retained members (the seed case was an early retiree) but not transferred-out ones', () => {
    expect(evaluateAid(fuweijin, { grade: 4 }, facts({ memberStatus: '保留' })).eligible).toBe(true)
    expect(evaluateAid(fuweijin, { grade: 4 }, facts({ memberStatus: '已转出' })).reasons).toEqual([
      '会员状态为「已转出」，抚慰金仅限「在会」或「保留」会员申请',
    ])
  })

  it('pays more for a more severe grade (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (grade) => {
        const worse = evaluateAid(fuweijin, { grade }, facts()).amountFen
        const milder = evaluateAid(fuweijin, { grade: grade + 1 }, facts()).amountFen
        expect(worse).toBeGreaterThanOrEqual(milder)
      }),
    )
  })
})

describe('职工医疗互助 through evaluateAid (domain §6.2)', () => {
  function claimSequence(claims: readonly { selfPaidFen: number; hospitalDays: number; date: string }[]) {
    const history: AidHistoryEntry[] = []
    return claims.map(({ date, ...claim }) => {
      const result = evaluateAid(medical, claim, facts({ date, history: [...history] }))
      history.push(entry('yiliao-huzhu', date, result.amountFen, { selfPaidFen: claim.selfPaidFen }))
      return result
    })
  }

  it('reproduces the worked claims: 250, 300, 7,100', () => {
    const results = claimSequence([
      { selfPaidFen: 800 * YUAN, hospitalDays: 5, date: '2026-02-10' },
      { selfPaidFen: 1_200 * YUAN, hospitalDays: 3, date: '2026-04-01' },
      { selfPaidFen: 20_000 * YUAN, hospitalDays: 12, date: '2026-07-15' },
    ])
    expect(results.map((r) => [r.amountFen, r.amountWords])).toEqual([
      [250 * YUAN, '贰佰伍拾元整'],
      [300 * YUAN, '叁佰元整'],
      [7_100 * YUAN, '柒仟壹佰元整'],
    ])
    expect(results[2]?.breakdown).toContain('本年累计自付 22,000.00 元，起付线 1,000.00 元，计算基数 1,000.00 → 21,000.00 元')
    expect(results[2]?.breakdown).toContain('分段：10,000.00×30% + 11,000.00×40% = 7,400.00 元')
    expect(results[2]?.breakdown).toContain('减去本年此前已计 300.00 元 → 7,100.00 元')
    expect(results[2]?.breakdown.at(-1)).toBe('应发 7,100.00 元（柒仟壹佰元整）')
  })

  it('1,250 as the first claim → 100; 800 with 40 days → 1,500', () => {
    expect(evaluateAid(medical, { selfPaidFen: 1_250 * YUAN, hospitalDays: 1 }, facts()).amountFen).toBe(100 * YUAN)
    expect(evaluateAid(medical, { selfPaidFen: 800 * YUAN, hospitalDays: 40 }, facts()).amountFen).toBe(1_500 * YUAN)
  })

  it('the seed case, 1,250,000 self-paid → 1,000,000 壹佰万元整', () => {
    const result = evaluateAid(medical, { selfPaidFen: 1_250_000 * YUAN, hospitalDays: 90 }, facts())
    expect(result).toMatchObject({ eligible: true, amountFen: 1_000_000 * YUAN, amountWords: '壹佰万元整' })
  })

  it('1,050 + 300 pays 100 + 100, one claim of 1,350 pays 105', () => {
    const split = claimSequence([
      { selfPaidFen: 1_050 * YUAN, hospitalDays: 2, date: '2026-03-01' },
      { selfPaidFen: 300 * YUAN, hospitalDays: 1, date: '2026-05-01' },
    ])
    expect(split.map((r) => r.amountFen)).toEqual([100 * YUAN, 100 * YUAN])
    expect(evaluateAid(medical, { selfPaidFen: 1_350 * YUAN, hospitalDays: 3 }, facts()).amountFen).toBe(105 * YUAN)
  })

  it('counts only this program and this year; rejected claims do not count', () => {
    const history = [
      entry('yiliao-huzhu', '2025-11-01', 500 * YUAN, { selfPaidFen: 50_000 * YUAN }),
      entry('yiliao-huzhu', '2026-01-05', 0, { selfPaidFen: 50_000 * YUAN, status: 'rejected' }),
      entry('other-medical', '2026-01-06', 0, { selfPaidFen: 50_000 * YUAN }),
    ]
    expect(evaluateAid(medical, { selfPaidFen: 800 * YUAN, hospitalDays: 5 }, facts({ history })).amountFen).toBe(250 * YUAN)
  })

  it('refuses a claim once the year has used the whole cap', () => {
    const history = [entry('yiliao-huzhu', '2026-03-01', 1_000_000 * YUAN, { selfPaidFen: 1_250_000 * YUAN })]
    const result = evaluateAid(medical, { selfPaidFen: 5_000 * YUAN, hospitalDays: 3 }, facts({ history }))
    expect(result).toMatchObject({ eligible: false, amountFen: 0 })
    expect(result.reasons).toEqual(['本年度职工医疗互助已达年度补助上限 1,000,000.00 元，不再支付'])
  })

  it('refuses a negative or fractional self-paid amount as input', () => {
    expect(refusal(() => evaluateAid(medical, { selfPaidFen: -1, hospitalDays: 0 }, facts()))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'selfPaidFen',
      message: '「本次自付费用」不能小于 0',
    })
    expect(refusal(() => evaluateAid(medical, { selfPaidFen: 1.5, hospitalDays: 0 }, facts()))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'selfPaidFen',
      message: '「本次自付费用」应为整数',
    })
  })

  it('is only for members 在会 by default', () => {
    const result = evaluateAid(medical, { selfPaidFen: 800 * YUAN, hospitalDays: 5 }, facts({ memberStatus: '保留' }))
    expect(result.reasons).toEqual(['会员状态为「保留」，职工医疗互助仅限「在会」会员申请'])
  })

  it('pays never below 0 and never above the remaining cap, also through evaluateAid (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ selfPaidFen: fc.nat(200_000_000), amountFen: fc.nat(60_000_000) }), { maxLength: 5 }),
        fc.record({ selfPaidFen: fc.nat(200_000_000), hospitalDays: fc.nat(100) }),
        (earlier, claim) => {
          const history = earlier.map((e, i) => entry('yiliao-huzhu', `2026-0${i + 1}-01`, e.amountFen, { selfPaidFen: e.selfPaidFen }))
          const result = evaluateAid(medical, claim, facts({ history }))
          const paid = earlier.reduce((sum, e) => sum + e.amountFen, 0)
          expect(result.amountFen).toBeGreaterThanOrEqual(0)
          expect(result.amountFen).toBeLessThanOrEqual(Math.max(0, 1_000_000 * YUAN - paid))
        },
      ),
    )
  })
})

describe('金秋助学 table (domain §6.4)', () => {
  const student = { studentName: '李小明', academicYear: '2026-2027' }

  it.each([
    ['深度困难', '大学新生', 5_000, '伍仟元整'],
    ['相对困难', '大学新生', 5_000, '伍仟元整'],
    ['意外致困', '大学新生', 3_000, '叁仟元整'],
    ['深度困难', '大学在读', 3_000, '叁仟元整'],
    ['相对困难', '高中', 3_000, '叁仟元整'],
    ['深度困难', '中职', 3_000, '叁仟元整'],
  ] as const)('%s household, %s → %i 元', (category, schoolLevel, amount, words) => {
    const result = evaluateAid(jinqiu, { hardshipCategory: category, schoolLevel, ...student }, facts({ hardshipCategory: category }))
    expect(result).toMatchObject({ eligible: true, amountFen: amount * YUAN, amountWords: words })
  })

  it('shows which row applied', () => {
    const result = evaluateAid(
      jinqiu,
      { hardshipCategory: '深度困难', schoolLevel: '大学新生', ...student },
      facts({ hardshipCategory: '深度困难' }),
    )
    expect(result.breakdown[0]).toBe('家庭困难类别：深度困难；就读阶段：大学新生 → 标准表第 1 行，5,000.00 元')
  })

  it('requires a hardship file', () => {
    const result = evaluateAid(jinqiu, { hardshipCategory: '深度困难', schoolLevel: '大学新生', ...student }, facts())
    expect(result.eligible).toBe(false)
    expect(result.reasons).toEqual(['金秋助学仅限困难职工（「深度困难」或「相对困难」或「意外致困」）申请，该会员没有困难职工档案'])
  })

  it('refuses a hardship category that differs from the registered file', () => {
    const result = evaluateAid(
      jinqiu,
      { hardshipCategory: '深度困难', schoolLevel: '大学新生', ...student },
      facts({ hardshipCategory: '意外致困' }),
    )
    expect(result.reasons).toEqual(['「家庭困难类别」填写为「深度困难」，与困难职工档案登记的「意外致困」不一致'])
  })

  it('refuses an unknown school level as input, by its Chinese label', () => {
    const error = refusal(() =>
      evaluateAid(jinqiu, { hardshipCategory: '深度困难', schoolLevel: '博士', ...student }, facts({ hardshipCategory: '深度困难' })),
    )
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'schoolLevel' })
    expect(error?.message).toBe('「就读阶段」只能是：大学新生、大学在读、高中、中职')
  })

  it('requires the recorded student name', () => {
    const error = refusal(() =>
      evaluateAid(jinqiu, { hardshipCategory: '深度困难', schoolLevel: '高中', academicYear: '2026-2027' }, facts({ hardshipCategory: '深度困难' })),
    )
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'studentName', message: '「学生姓名」不能为空' })
  })

  it('says so when no row of a custom table applies', () => {
    const program = parseAidProgram({
      code: 't',
      name: '助学',
      year: YEAR,
      budgetFen: 0,
      kind: 'table',
      fields: [{ key: 'level', label: '学段', values: ['大学', '高中'] }],
      rows: [{ when: { level: ['大学'] }, amountFen: 100_000 }],
    })
    const result = evaluateAid(program, { level: '高中' }, facts())
    expect(result).toMatchObject({ eligible: false, amountFen: 0, reasons: ['标准表中没有适用于「学段：高中」的标准'] })
  })
})

describe('送温暖 慰问 and 温暖包: cap group, times per year (domain §6.5)', () => {
  it('pays the fixed 1,000 when the group has room', () => {
    const result = evaluateAid(weiwen, {}, facts({ capGroupPrograms: weiwenGroup }))
    expect(result).toMatchObject({ eligible: true, amountFen: 1_000 * YUAN, amountWords: '壹仟元整' })
    expect(result.breakdown).toEqual([
      '定额标准 1,000.00 元',
      '本年度慰问合计上限 2,000.00 元，已领 0.00 元，本次 1,000.00 元后合计 1,000.00 元',
      '应发 1,000.00 元（壹仟元整）',
    ])
  })

  it('blocks when X + A > C and shows the room left: cap 2,000, received 1,500, 500 left', () => {
    const history = [entry('other-weiwen', '2026-01-20', 1_500 * YUAN)]
    const result = evaluateAid(weiwen, {}, facts({ history, capGroupPrograms: { weiwen: ['other-weiwen'] } }))
    expect(result).toMatchObject({ eligible: false, amountFen: 0 })
    expect(result.reasons).toEqual(['本年度慰问合计上限 2,000.00 元，已领 1,500.00 元，剩余 500.00 元'])
    expect(result.breakdown).toContain('本次 1,000.00 元超出剩余额度 500.00 元')
  })

  it('allows reaching the cap exactly (X + A = C)', () => {
    const history = [entry('wennuanbao', '2026-01-10', 1_000 * YUAN)]
    expect(evaluateAid(weiwen, {}, facts({ history, capGroupPrograms: weiwenGroup })).eligible).toBe(true)
  })

  it('counts goods value, only this program year, and only programs in the group', () => {
    const history = [
      entry('wennuanbao', '2026-01-10', 900 * YUAN),
      entry('songwennuan', '2025-12-30', 1_000 * YUAN),
      entry('jinqiu-zhuxue', '2026-09-01', 5_000 * YUAN),
      entry('wennuanbao', '2026-01-11', 900 * YUAN, { status: 'rejected' }),
    ]
    const result = evaluateAid(weiwen, {}, facts({ history, capGroupPrograms: weiwenGroup }))
    expect(result.breakdown).toContain('本年度慰问合计上限 2,000.00 元，已领 900.00 元，本次 1,000.00 元后合计 1,900.00 元')
    expect(result.eligible).toBe(true)
  })

  it('counts the program itself even when the database lists no group members', () => {
    const history = [entry('songwennuan', '2026-01-10', 1_500 * YUAN)]
    const program = parseAidProgram({ ...songWennuanWeiwen, year: YEAR, budgetFen: 0, constraints: { capGroup: { code: 'weiwen', name: '慰问', yearlyCapFen: 2_000 * YUAN } } })
    expect(evaluateAid(program, {}, facts({ history })).reasons).toEqual(['本年度慰问合计上限 2,000.00 元，已领 1,500.00 元，剩余 500.00 元'])
  })

  it('allows at most maxTimesPerYear applications per program year', () => {
    const history = [entry('songwennuan', '2026-01-15', 500 * YUAN), entry('songwennuan', '2025-01-15', 1_000 * YUAN)]
    const result = evaluateAid(weiwen, {}, facts({ history, capGroupPrograms: weiwenGroup }))
    expect(result.reasons).toEqual(['送温暖慰问金每年最多申请 1 次，2026 年度已申请 1 次（2026-01-15 的申请）'])
  })

  it('values the standard 温暖包 from its items', () => {
    const result = evaluateAid(warmPack, {}, facts({ capGroupPrograms: weiwenGroup }))
    expect(result).toMatchObject({ eligible: true, amountFen: 175 * YUAN, amountWords: '壹佰柒拾伍元整' })
    expect(result.breakdown).toContain('免洗消毒凝胶 2瓶 × 15.00 元 = 30.00 元')
    expect(result.breakdown).toContain('物品合计价值 175.00 元')
  })

  it('records other goods for one recipient and values them', () => {
    const items = [{ item: '米', unit: '袋', quantity: 2, unitValueFen: 6_000 }, { item: '食用油', quantity: 1, unitValueFen: 8_050 }]
    const result = evaluateAid(warmPack, { items }, facts())
    expect(result).toMatchObject({ amountFen: 20_050, amountWords: '贰佰元伍角' })
    expect(result.breakdown[0]).toBe('按申请登记的物品发放')
  })

  it('never lets the group total pass the cap (property)', () => {
    const programs = [weiwen, warmPack]
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ code: fc.constantFrom('songwennuan', 'wennuanbao', 'other'), amountFen: fc.nat(150_000), year: fc.constantFrom(2025, 2026) }),
          { maxLength: 6 },
        ),
        fc.constantFrom(...programs),
        (earlier, program) => {
          const history = earlier.map((e, i) => ({ ...entry(e.code, `${e.year}-01-0${i + 1}`, e.amountFen), programYear: e.year }))
          const result = evaluateAid(program, {}, facts({ history, capGroupPrograms: weiwenGroup }))
          const received = earlier
            .filter((e) => e.year === YEAR && e.code !== 'other')
            .reduce((sum, e) => sum + e.amountFen, 0)
          if (result.eligible) expect(received + result.amountFen).toBeLessThanOrEqual(2_000 * YUAN)
          else expect(result.amountFen).toBe(0)
        },
      ),
    )
  })
})

describe('exclusions, status and hardship requirements', () => {
  function program(constraints: Record<string, unknown>): AidProgram {
    return parseAidProgram({ code: 'a', name: '春节慰问', year: YEAR, budgetFen: 0, kind: 'fixed', amountFen: 500 * YUAN, constraints })
  }

  it('refuses a program excluded by one already received in the same year', () => {
    const p = program({ excludesPrograms: ['b'] })
    const sameYear = evaluateAid(p, {}, facts({ history: [entry('b', '2026-02-01', 100)] }))
    expect(sameYear.reasons).toEqual(['春节慰问与「b」同一年度只能享受其一，已有「b」2026-02-01 的申请'])
    expect(evaluateAid(p, {}, facts({ history: [entry('b', '2025-02-01', 100)] })).eligible).toBe(true)
  })

  it.each(['已转出', '已除名', '已退会', '保留'] as const)('refuses a member whose status is %s by default', (memberStatus) => {
    expect(evaluateAid(program({}), {}, facts({ memberStatus })).reasons).toEqual([
      `会员状态为「${memberStatus}」，春节慰问仅限「在会」会员申请`,
    ])
  })

  it('refuses a hardship category the program does not cover', () => {
    const p = program({ hardshipCategories: ['深度困难'] })
    expect(evaluateAid(p, {}, facts({ hardshipCategory: '相对困难' })).reasons).toEqual([
      '该会员困难类别为「相对困难」，春节慰问仅限「深度困难」',
    ])
    expect(evaluateAid(p, {}, facts({ hardshipCategory: '深度困难' })).eligible).toBe(true)
  })

  it('lists every reason at once', () => {
    const p = program({ hardshipCategories: ['深度困难'], maxTimesPerYear: 1, excludesPrograms: ['b'] })
    const history = [entry('a', '2026-01-01', 500 * YUAN), entry('b', '2026-01-02', 500 * YUAN)]
    const result = evaluateAid(p, {}, facts({ memberStatus: '已退会', history }))
    expect(result.reasons).toHaveLength(4)
    expect(result).toMatchObject({ eligible: false, amountFen: 0, amountWords: '零元整' })
  })
})

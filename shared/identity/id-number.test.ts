import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkIdNumber, compareWithId, idCheckChar, normalizeIdText } from './id-number'
import { isKnownRegion, regionName } from './regions'

const TODAY = '2025-06-30'
const check = (raw: string) => checkIdNumber(raw, { today: TODAY })

/** Appends the check character, so tests can build IDs with a chosen body. */
const withCheck = (first17: string) => first17 + idCheckChar(first17)

describe('checkIdNumber: domain.md §4.2 worked examples', () => {
  it('accepts the standard example 11010519491231002X (female, 1949-12-31)', () => {
    expect(check('11010519491231002X')).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      kind: 'resident',
      birthDate: '1949-12-31',
      gender: '女',
      warnings: [],
      error: null,
      code: null,
    })
  })

  it('accepts 469023198808080096 (澄迈县, 1988-08-08, male)', () => {
    const result = check('469023198808080096')
    expect(result).toMatchObject({ valid: true, kind: 'resident', birthDate: '1988-08-08', gender: '男' })
    expect(result.warnings).toEqual([])
  })

  it('accepts 460400199003071233 (儋州, 1990-03-07, male)', () => {
    expect(check('460400199003071233')).toMatchObject({
      valid: true,
      birthDate: '1990-03-07',
      gender: '男',
      warnings: [],
    })
  })

  it('rejects 46040019900307123X with the expected check character 3', () => {
    const result = check('46040019900307123X')
    expect(result).toMatchObject({ valid: false, normalized: null, code: 'ID_CHECKSUM', expectedCheck: '3' })
    expect(result.error).toBe('校验位应为 3，实际为 X')
  })

  it('rejects 469023199202301231: checksum passes but 1992-02-30 does not exist', () => {
    expect(idCheckChar('46902319920230123')).toBe('1')
    const result = check('469023199202301231')
    expect(result).toMatchObject({ valid: false, code: 'ID_INVALID', birthDate: null })
    expect(result.error).toBe('出生日期 1992-02-30 不存在')
    expect(result.expectedCheck).toBeUndefined()
  })

  it('accepts 469099199001010013 with only a warning for the unknown region code', () => {
    const result = check('469099199001010013')
    expect(result.valid).toBe(true)
    expect(result.error).toBeNull()
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toContain('469099')
  })

  it('normalises lowercase x: 11010519491231002x → 11010519491231002X', () => {
    expect(check('11010519491231002x')).toMatchObject({ valid: true, normalized: '11010519491231002X' })
  })
})

describe('region table', () => {
  it('knows the county- and prefecture-level codes of the worked examples but not 469099', () => {
    expect(regionName('469023')).toBe('澄迈县')
    expect(regionName('460400')).toBe('儋州市')
    expect(regionName('110105')).toBe('朝阳区')
    expect(isKnownRegion('469099')).toBe(false)
    expect(regionName('469099')).toBeNull()
  })
})

describe('checkIdNumber: normalisation (§4.1)', () => {
  it('trims, removes inner and ideographic spaces and converts full-width digits', () => {
    expect(normalizeIdText('  ４６９０２３　1988 0808 0096\t')).toBe('469023198808080096')
    expect(check(' ４６９０２３　１９８８０８０８００９６ ')).toMatchObject({ valid: true, normalized: '469023198808080096' })
  })

  it('converts full-width ｘ and drops zero-width characters from pasted text', () => {
    expect(check('\u200B11010519491231002ｘ\uFEFF').normalized).toBe('11010519491231002X')
  })
})

describe('checkIdNumber: 15-digit legacy IDs (§4.3)', () => {
  it('converts 460400900307123 to 460400199003071233', () => {
    expect(check('460400900307123')).toMatchObject({
      valid: true,
      normalized: '460400199003071233',
      kind: 'resident',
      birthDate: '1990-03-07',
      gender: '男',
    })
  })

  it('rejects a legacy ID with an impossible date after conversion', () => {
    expect(check('460400900230123').error).toBe('出生日期 1990-02-30 不存在')
  })
})

describe('checkIdNumber: other documents (§4.4)', () => {
  it('reads Hong Kong and Taiwan residence permits', () => {
    expect(check('810000198506120315')).toMatchObject({ valid: true, kind: 'hkmo', gender: '男', warnings: [] })
    expect(check('830000199505200127')).toMatchObject({ valid: true, kind: 'taiwan', gender: '女', warnings: [] })
    expect(check(withCheck('82000019800101002')).kind).toBe('hkmo')
  })

  it('reads the 2023 permanent-residence card 911840198503150016', () => {
    expect(check('911840198503150016')).toMatchObject({
      valid: true,
      kind: 'foreign',
      birthDate: '1985-03-15',
      gender: '男',
      warnings: [],
    })
  })

  it('warns when the permanent-residence card names no known province', () => {
    const result = check(withCheck('99984019850315001'))
    expect(result.valid).toBe(true)
    expect(result.warnings[0]).toContain('99')
  })

  it('accepts the 2017 15-character card by format only', () => {
    expect(check('usa310085031501')).toMatchObject({
      valid: true,
      normalized: 'USA310085031501',
      kind: 'foreign',
      birthDate: null,
      gender: null,
    })
  })

  it('rejects 15 characters that fit neither format', () => {
    expect(check('US3100850315012')).toMatchObject({ valid: false, code: 'ID_INVALID' })
  })
})

describe('checkIdNumber: errors', () => {
  it('names the wrong length', () => {
    expect(check('46902319880808009').error).toBe('长度应为 18 位（现为 17 位）')
    expect(check('4690231988080800961').error).toBe('长度应为 18 位（现为 19 位）')
  })

  it('refuses empty input', () => {
    expect(check('   ')).toMatchObject({ valid: false, code: 'ID_INVALID', error: '证件号码为空' })
  })

  it('names the position of a bad character', () => {
    expect(check('4690231988080800A6').error).toBe('第 17 位「A」应为数字')
    expect(check('46902319880808009Y').error).toBe('第 18 位「Y」应为数字或 X')
  })

  it('counts a rare character as one position', () => {
    expect(check('46902319880808𠮷096').error).toBe('第 15 位「𠮷」应为数字')
  })

  it('rejects a birth date in the future but accepts today', () => {
    expect(check(withCheck('46902320250701001')).error).toBe('出生日期 2025-07-01 晚于今天（2025-06-30）')
    expect(check(withCheck('46902320250630001')).valid).toBe(true)
  })

  it('rejects a birth date before 1900 but accepts 1900-01-01', () => {
    expect(check(withCheck('46902318991231001')).error).toBe('出生日期 1899-12-31 早于 1900 年')
    expect(check(withCheck('46902319000101001')).valid).toBe(true)
  })

  it('knows leap years', () => {
    expect(check(withCheck('46902320000229001')).valid).toBe(true)
    expect(check(withCheck('46902319000229001')).error).toBe('出生日期 1900-02-29 不存在')
    expect(check(withCheck('46902319881301001')).error).toBe('出生日期 1988-13-01 不存在')
  })
})

describe('compareWithId', () => {
  const id = check('469023198808080096')

  it('is silent when the columns agree or are empty', () => {
    expect(compareWithId(id, { birthDate: '1988-08-08', gender: '男' })).toEqual([])
    expect(compareWithId(id, { birthDate: '1988/8/8', gender: '男性' })).toEqual([])
    expect(compareWithId(id, { birthDate: '1988年8月8日', gender: null })).toEqual([])
    expect(compareWithId(id, {})).toEqual([])
  })

  it('warns when 性别 disagrees, keeping the ID', () => {
    expect(compareWithId(id, { gender: '女' })).toEqual(['「性别」填写为 女，与身份证号不符（身份证号为 男），以身份证号为准'])
  })

  it('warns when 出生日期 disagrees, keeping the ID', () => {
    expect(compareWithId(id, { birthDate: '19880809' })).toEqual([
      '「出生日期」填写为 1988-08-09，与身份证号不符（身份证号为 1988-08-08），以身份证号为准',
    ])
  })

  it('warns about values it cannot read', () => {
    const warnings = compareWithId(id, { birthDate: '八月八日', gender: '?' })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain('「性别」')
    expect(warnings[1]).toContain('「出生日期」')
  })

  it('says nothing about an invalid ID', () => {
    expect(compareWithId(check('46040019900307123X'), { gender: '女' })).toEqual([])
  })
})

describe('checkIdNumber: properties', () => {
  const BASE_DAY = Date.UTC(1900, 0, 1)
  const LAST_DAY = (Date.UTC(2025, 5, 30) - BASE_DAY) / 86_400_000
  const birthDate = fc
    .integer({ min: 0, max: LAST_DAY })
    .map((days) => new Date(BASE_DAY + days * 86_400_000).toISOString().slice(0, 10))
  const region = fc.oneof(
    fc.stringMatching(/^[1-8]\d{5}$/),
    fc.constantFrom('810000', '820000', '830000', '911840', '931250'),
  )
  const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))
  const validId = fc
    .tuple(region, birthDate, sequence)
    .map(([r, date, seq]) => ({ id: withCheck(`${r}${date.replaceAll('-', '')}${seq}`), date, seq }))

  it('accepts every generated ID and decodes its birth date and gender', () => {
    fc.assert(
      fc.property(validId, ({ id, date, seq }) => {
        const result = check(id)
        expect(result).toMatchObject({ valid: true, normalized: id, birthDate: date, error: null })
        expect(result.gender).toBe(Number(seq.charAt(2)) % 2 === 1 ? '男' : '女')
      }),
    )
  })

  it('accepts the same ID typed in full-width with spaces', () => {
    fc.assert(
      fc.property(validId, ({ id }) => {
        const messy = ` ${Array.from(id, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(' ')} `
        expect(check(messy).normalized).toBe(id)
      }),
    )
  })

  it('rejects any single-character change', () => {
    const change = fc.tuple(
      validId,
      fc.integer({ min: 0, max: 17 }),
      fc.constantFrom(...'0123456789XAZ-/#'.split('')),
    )
    fc.assert(
      fc.property(change, ([{ id }, position, replacement]) => {
        fc.pre(id.charAt(position) !== replacement)
        const changed = id.slice(0, position) + replacement + id.slice(position + 1)
        expect(check(changed).valid).toBe(false)
      }),
    )
  })

  it('converts every 15-digit legacy ID to a valid 18-digit one', () => {
    const legacy = fc.tuple(fc.stringMatching(/^[1-8]\d{5}$/), birthDate, sequence).filter(([, d]) => d < '2000')
    fc.assert(
      fc.property(legacy, ([r, date, seq]) => {
        const result = check(`${r}${date.slice(2).replaceAll('-', '')}${seq}`)
        expect(result).toMatchObject({ valid: true, birthDate: date })
        expect(result.normalized).toBe(withCheck(`${r}${date.replaceAll('-', '')}${seq}`))
      }),
    )
  })
})

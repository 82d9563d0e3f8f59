import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCreditCode, creditCheckChar, orgCodeCheckChar } from './credit-code'

const SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

describe('checkCreditCode: domain.md §4.6 worked example', () => {
  it('accepts the trade-union code 81469023MA5TG1K26T and decodes 工会 / 基层工会', () => {
    expect(checkCreditCode('81469023MA5TG1K26T')).toEqual({
      valid: true,
      normalized: '81469023MA5TG1K26T',
      error: null,
      warnings: [],
      authority: '工会',
      orgType: '基层工会',
    })
  })

  it('computes T for 81469023MA5TG1K26 and 6 for the inner organisation code MA5TG1K2', () => {
    expect(creditCheckChar('81469023MA5TG1K26')).toBe('T')
    expect(orgCodeCheckChar('MA5TG1K2')).toBe('6')
  })

  it('accepts the published company code 914403001922038216 as 市场监管 / 企业', () => {
    expect(checkCreditCode('914403001922038216')).toMatchObject({
      valid: true,
      warnings: [],
      authority: '市场监管',
      orgType: '企业',
    })
  })

  it('names the expected check character', () => {
    expect(checkCreditCode('81469023MA5TG1K26U')).toEqual({
      valid: false,
      normalized: null,
      error: '统一社会信用代码校验位应为 T，实际为 U',
      expectedCheck: 'T',
      warnings: [],
    })
  })

  it('rejects every single-character change of the worked examples', () => {
    for (const code of ['81469023MA5TG1K26T', '914403001922038216']) {
      for (let i = 0; i < code.length; i++) {
        for (const c of SYMBOLS) {
          if (c === code.charAt(i)) continue
          expect(checkCreditCode(code.slice(0, i) + c + code.slice(i + 1)).valid).toBe(false)
        }
      }
    }
  })
})

describe('checkCreditCode: normalisation and errors', () => {
  it('trims, uppercases and converts full-width characters', () => {
    expect(checkCreditCode(' 81469023ma5tg1k26t ').normalized).toBe('81469023MA5TG1K26T')
    expect(checkCreditCode('８１４６９０２３ＭＡ５ＴＧ１Ｋ２６Ｔ').normalized).toBe('81469023MA5TG1K26T')
    expect(checkCreditCode('8146 9023 MA5T G1K2 6T').normalized).toBe('81469023MA5TG1K26T')
  })

  it('names the wrong length', () => {
    expect(checkCreditCode('81469023MA5TG1K26').error).toBe('统一社会信用代码长度应为 18 位（现为 17 位）')
    expect(checkCreditCode('').error).toBe('统一社会信用代码为空')
  })

  it('refuses the letters the standard leaves out', () => {
    expect(checkCreditCode('81469023MA5TG1K2OT').error).toBe(
      '统一社会信用代码第 17 位「O」不是有效字符（不使用 I、O、S、V、Z）',
    )
    for (const c of 'IOSVZ') expect(checkCreditCode(`9144030019220382${c}6`).valid).toBe(false)
  })
})

describe('checkCreditCode: warnings', () => {
  it('only warns when the inner organisation-code check is wrong', () => {
    const first17 = '81469023MA5TG1K27'
    const result = checkCreditCode(first17 + creditCheckChar(first17))
    expect(result.valid).toBe(true)
    expect(result.warnings).toEqual(['其中的组织机构代码（第 9–17 位）校验位应为 6，实际为 7，请核对'])
  })

  it('warns about an authority or type outside the code table but keeps the code', () => {
    const unknownAuthority = `B1469023MA5TG1K26`
    const result = checkCreditCode(unknownAuthority + creditCheckChar(unknownAuthority))
    expect(result.valid).toBe(true)
    expect(result.authority).toBeUndefined()
    expect(result.warnings).toEqual(['登记管理部门代码「B」不在代码表中，请核对'])

    const unknownType = `87469023MA5TG1K26`
    const typed = checkCreditCode(unknownType + creditCheckChar(unknownType))
    expect(typed).toMatchObject({ valid: true, authority: '工会' })
    expect(typed.orgType).toBeUndefined()
    expect(typed.warnings).toEqual(['机构类别代码「7」不在「工会」的类别中，请核对'])
  })

  it('decodes other authorities', () => {
    const body = '469023MA5TG1K26'
    const decode = (head: string) => checkCreditCode(head + body + creditCheckChar(head + body))
    expect(decode('51')).toMatchObject({ authority: '民政', orgType: '社会团体' })
    expect(decode('92')).toMatchObject({ authority: '市场监管', orgType: '个体工商户' })
    expect(decode('93')).toMatchObject({ authority: '市场监管', orgType: '农民专业合作社' })
    expect(decode('12')).toMatchObject({ authority: '机构编制', orgType: '事业单位' })
    expect(decode('89')).toMatchObject({ authority: '工会', orgType: '其他' })
  })
})

describe('checkCreditCode: properties', () => {
  const symbol = fc.constantFrom(...SYMBOLS.split(''))
  const validCode = fc
    .array(symbol, { minLength: 17, maxLength: 17 })
    .map((chars) => chars.join(''))
    .map((first17) => first17 + creditCheckChar(first17))

  it('accepts every generated code', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(checkCreditCode(code)).toMatchObject({ valid: true, normalized: code, error: null })
      }),
    )
  })

  it('rejects any single-character change', () => {
    const replacement = fc.constantFrom(...`${SYMBOLS}IOSVZ-*`.split(''))
    const change = fc.tuple(validCode, fc.integer({ min: 0, max: 17 }), replacement)
    fc.assert(
      fc.property(change, ([code, position, c]) => {
        fc.pre(code.charAt(position) !== c)
        expect(checkCreditCode(code.slice(0, position) + c + code.slice(position + 1)).valid).toBe(false)
      }),
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from './errors'
import { fen, fenToChineseUpper, fenToYuanString, formatFen, isFen, maxFen, minFen, sumFen, yuanToFen } from './money'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (err) {
    return err instanceof AppError ? err.code : 'NOT_APP_ERROR'
  }
  return undefined
}

const anyFen = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }).map(fen)
const nonNegativeFen = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(fen)
/** Everyday amounts up to 1 亿元, where most real vouchers live, so the generator does not only try huge numbers. */
const everydayFen = fc.integer({ min: 0, max: 10_000_000_000 }).map(fen)

describe('fen', () => {
  it('accepts safe integers, including negative differences', () => {
    expect(fen(0)).toBe(0)
    expect(fen(-150)).toBe(-150)
    expect(isFen(Number.MAX_SAFE_INTEGER)).toBe(true)
  })

  it('refuses fractions, NaN and unsafe integers', () => {
    expect(codeOf(() => fen(1.5))).toBe('INVALID_INPUT')
    expect(codeOf(() => fen(Number.NaN))).toBe('INVALID_INPUT')
    expect(codeOf(() => fen(2 ** 53))).toBe('INVALID_INPUT')
  })

  it('sums, and finds the smaller and larger amount', () => {
    expect(sumFen([fen(150), fen(250), fen(-100)])).toBe(300)
    expect(sumFen([])).toBe(0)
    expect(minFen(fen(500), fen(300), fen(800))).toBe(300)
    expect(maxFen(fen(500), fen(300), fen(800))).toBe(800)
  })

  it('refuses a sum that would stop being exact', () => {
    expect(codeOf(() => sumFen([fen(Number.MAX_SAFE_INTEGER), fen(1)]))).toBe('INVALID_INPUT')
  })
})

describe('yuanToFen', () => {
  it.each([
    ['1234.5', 123450],
    ['1234.56', 123456],
    ['1,234.50', 123450],
    ['¥15,000.00', 1500000],
    ['￥15,000.00', 1500000],
    ['人民币15000元', 1500000],
    ['15000元', 1500000],
    ['15000元整', 1500000],
    ['１５０００．５', 1500050],
    ['１，２３４．５６', 123456],
    ['  35 ', 3500],
    ['0.05', 5],
    ['0.1', 10],
    ['12.', 1200],
    ['-12.34', -1234],
    ['-0', 0],
    // The classic float trap: 1.15 * 100 = 114.99999999999999.
    ['1.15', 115],
    ['4193.82', 419382],
  ])('%s → %i fen', (text, expected) => {
    expect(yuanToFen(text)).toBe(expected)
  })

  it.each(['', '   ', '-', 'abc', '12a', '1.234', '1,23.00', '12,3456', '1..2', '1.2.3', '¥', '1e5', '0x10', '+5', '90071992547409.92'])(
    'refuses %j with INVALID_INPUT',
    (text) => {
      expect(codeOf(() => yuanToFen(text))).toBe('INVALID_INPUT')
    },
  )

  it('explains a third decimal in Chinese', () => {
    expect(() => yuanToFen('1.234')).toThrow(/两位小数/)
  })
})

describe('formatFen and fenToYuanString', () => {
  it.each([
    [1500000, '15,000.00', '¥15,000.00', '15000.00'],
    [5, '0.05', '¥0.05', '0.05'],
    [0, '0.00', '¥0.00', '0.00'],
    [123456789, '1,234,567.89', '¥1,234,567.89', '1234567.89'],
    [-1234, '-12.34', '-¥12.34', '-12.34'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91', '¥90,071,992,547,409.91', '90071992547409.91'],
  ])('%i fen', (value, plain, withSymbol, exported) => {
    expect(formatFen(fen(value))).toBe(plain)
    expect(formatFen(fen(value), { symbol: true })).toBe(withSymbol)
    expect(fenToYuanString(fen(value))).toBe(exported)
  })

  it('round-trips through the export string', () => {
    fc.assert(fc.property(anyFen, (x) => yuanToFen(fenToYuanString(x)) === x))
  })

  it('round-trips through the screen format, with and without the symbol', () => {
    fc.assert(
      fc.property(anyFen, fc.boolean(), (x, symbol) => yuanToFen(formatFen(x, { symbol })) === x),
    )
  })
})

describe('fenToChineseUpper', () => {
  // Every row of domain.md §7.4, amounts in yuan.
  it.each([
    ['15000', '壹万伍仟元整'],
    ['10000', '壹万元整'],
    ['5500', '伍仟伍佰元整'],
    ['1005', '壹仟零伍元整'],
    ['10010', '壹万零壹拾元整'],
    ['100010', '壹拾万零壹拾元整'],
    ['418000', '肆拾壹万捌仟元整'],
    ['1000000', '壹佰万元整'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['10.50', '壹拾元伍角'],
    ['0.05', '伍分'],
    ['120000000', '壹亿贰仟万元整'],
  ])('§7.4 table: %s → %s', (yuan, expected) => {
    expect(fenToChineseUpper(yuanToFen(yuan))).toBe(expected)
  })

  it.each([
    ['0', '零元整'],
    ['10', '壹拾元整'],
    ['11', '壹拾壹元整'],
    ['0.5', '伍角'],
    ['0.52', '伍角贰分'],
    ['100.05', '壹佰元零伍分'],
    ['107000.53', '壹拾万零柒仟元伍角叁分'],
    ['100000000', '壹亿元整'],
    ['100010000', '壹亿零壹万元整'],
    ['1000000000000', '壹万亿元整'],
    ['1000100000000', '壹万零壹亿元整'],
    ['1010000', '壹佰零壹万元整'],
    ['35', '叁拾伍元整'],
  ])('further cases: %s → %s', (yuan, expected) => {
    expect(fenToChineseUpper(yuanToFen(yuan))).toBe(expected)
  })

  it('adds 人民币 for documents', () => {
    expect(fenToChineseUpper(yuanToFen('15000'), { prefix: true })).toBe('人民币壹万伍仟元整')
    expect(fenToChineseUpper(fen(0), { prefix: true })).toBe('人民币零元整')
  })

  it('refuses negative amounts, which no voucher can carry', () => {
    expect(codeOf(() => fenToChineseUpper(fen(-1)))).toBe('INVALID_INPUT')
  })

  it('never starts with a bare 拾 and never writes 拾 without a digit before it', () => {
    fc.assert(
      fc.property(fc.oneof(everydayFen, nonNegativeFen), (x) => {
        const upper = fenToChineseUpper(x)
        return !upper.startsWith('拾') && !/(^|[^壹贰叁肆伍陆柒捌玖])拾/.test(upper)
      }),
    )
  })

  it('never writes two 零 in a row', () => {
    fc.assert(fc.property(fc.oneof(everydayFen, nonNegativeFen), (x) => !fenToChineseUpper(x).includes('零零')))
  })

  it('ends with 整 exactly when the amount is a whole number of yuan', () => {
    fc.assert(
      fc.property(fc.oneof(everydayFen, nonNegativeFen), (x) => fenToChineseUpper(x).endsWith('整') === (x % 100 === 0)),
    )
  })

  it('uses only the uppercase digits and units of the PBOC rules', () => {
    fc.assert(
      fc.property(fc.oneof(everydayFen, nonNegativeFen), (x) =>
        /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/.test(fenToChineseUpper(x)),
      ),
    )
  })
})

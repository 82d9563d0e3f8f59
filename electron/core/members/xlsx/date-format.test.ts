import { describe, expect, it } from 'vitest'
import { builtInDateFormats, formatDateCell } from './date-format'

const d = new Date(Date.UTC(2013, 2, 10, 9, 5, 7))

describe('formatDateCell', () => {
  it('shows a date cell as Excel does for the formats offices use', () => {
    expect(formatDateCell('yyyy/m/d', d)).toBe('2013/3/10')
    expect(formatDateCell('yyyy-mm-dd;@', d)).toBe('2013-03-10')
    expect(formatDateCell('[$-804]yyyy"年"m"月"d"日"', d)).toBe('2013年3月10日')
    expect(formatDateCell('yyyy\\.mm', d)).toBe('2013.03')
    expect(formatDateCell('d-mmm-yy', d)).toBe('10-Mar-13')
    expect(formatDateCell('yyyy/m/d h:mm', d)).toBe('2013/3/10 9:05')
    expect(formatDateCell(builtInDateFormats[14] ?? '', d)).toBe('2013/3/10')
    expect(formatDateCell(builtInDateFormats[57] ?? '', d)).toBe('2013年3月')
  })
})

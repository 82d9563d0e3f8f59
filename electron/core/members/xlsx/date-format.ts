/**
 * A date cell's text as Excel shows it, from its number format code (issue 13: the problem report and the mapping
 * screen show "2013/3/10" as the file did, not the serial 41343 nor a reformatted 2013-03-10). Only what date formats
 * use is rendered: years, months, days, hours, minutes, seconds, AM/PM-free, quoted and escaped literals; the first
 * section of the code applies (dates are positive).
 */

/** Built-in date formats as a zh-CN Excel shows them (ECMA-376 §18.8.30 and the East Asian ids). */
export const builtInDateFormats: Readonly<Record<number, string>> = {
  14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const TOKEN = /"[^"]*"|\\.|\[[^\]]*\]|y+|m+|d+|h+|s+|./gi

/** `date` is the cell's value as a UTC Date (as the reader builds it). */
export function formatDateCell(code: string, date: Date): string {
  const section = code.split(';')[0] ?? ''
  const tokens = section.match(TOKEN) ?? []
  const y = date.getUTCFullYear()
  const mo = date.getUTCMonth() + 1
  const d = date.getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  let out = ''
  let afterHour = false
  tokens.forEach((t, i) => {
    const lower = t.toLowerCase()
    if (t.startsWith('"')) out += t.slice(1, -1)
    else if (t.startsWith('\\')) out += t.slice(1)
    else if (t.startsWith('[')) return // locale, colour, [DBNum]: no text of their own
    else if (lower.startsWith('y')) out += lower.length <= 2 ? pad(y % 100) : String(y)
    else if (lower.startsWith('d')) out += lower.length === 1 ? String(d) : lower.length === 2 ? pad(d) : ''
    else if (lower.startsWith('h')) {
      out += lower.length === 1 ? String(date.getUTCHours()) : pad(date.getUTCHours())
      afterHour = true
    } else if (lower.startsWith('s')) out += pad(date.getUTCSeconds())
    else if (lower.startsWith('m')) {
      // m after h or before s is minutes, as in Excel.
      const minutes = afterHour || tokens.slice(i + 1).find((n) => /^[a-z]/i.test(n))?.toLowerCase().startsWith('s')
      afterHour = false
      if (minutes) out += lower.length === 1 ? String(date.getUTCMinutes()) : pad(date.getUTCMinutes())
      else out += lower.length === 1 ? String(mo) : lower.length === 2 ? pad(mo) : (MONTHS[mo - 1] ?? '')
    } else if (t !== '@' && t !== '_' && t !== '*') out += t
  })
  return out.trim()
}

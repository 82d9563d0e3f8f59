import { normalizeIdText, toHalfWidth } from '../identity/id-number'

/** What one type-ahead text can mean; core runs one index range scan per entry and merges the hits. */
export type MemberQueryPart =
  | { by: 'name'; prefix: string }
  | { by: 'nameRest'; prefix: string }
  | { by: 'pinyin'; prefix: string }
  | { by: 'initials'; prefix: string }
  | { by: 'idPrefix'; prefix: string }
  | { by: 'idSuffix'; reversedPrefix: string }
  | { by: 'birthDate'; date: string }
  | { by: 'phone'; prefix: string }
  | { by: 'org'; text: string }

const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/

export function classifyMemberQuery(raw: string): MemberQueryPart[] {
  const text = toHalfWidth(raw).trim()
  if (text === '') return []
  const id = normalizeIdText(text)
  if (/^[\dX]+$/.test(id)) {
    const parts: MemberQueryPart[] = [{ by: 'idPrefix', prefix: id }]
    if (id.length <= 8) parts.push({ by: 'idSuffix', reversedPrefix: Array.from(id).reverse().join('') })
    const date = COMPACT_DATE.exec(id)
    if (date) parts.push({ by: 'birthDate', date: `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}` })
    if (/^1\d*$/.test(id) && id.length >= 3 && id.length <= 11) parts.push({ by: 'phone', prefix: id })
    return parts
  }
  const latin = text.toLowerCase().replace(/[\s']/g, '')
  if (/^[a-zv]+$/.test(latin)) {
    return [
      { by: 'initials', prefix: latin },
      { by: 'pinyin', prefix: latin },
    ]
  }
  const name = text.replace(/\s+/g, '')
  return [
    { by: 'name', prefix: name },
    { by: 'nameRest', prefix: name },
    { by: 'org', text: name },
  ]
}

import { normalizeIdText, toHalfWidth } from '../identity/id-number'
import { normalizePersonName } from '../identity/person-name'
import { nameSearchKey } from './name-keys'

/** What one type-ahead text can mean; core runs one index range scan per entry and merges the hits. */
export type MemberQueryPart =
  /** A prefix of the name without dots or spaces (member.name_key): 热依拉阿不都, 阿依古丽.买买提. */
  | { by: 'name'; prefix: string }
  | { by: 'nameRest'; prefix: string }
  /** A prefix of the part after the dot or after a 复姓 (member.name_given): 买买提, 明月轩. */
  | { by: 'given'; prefix: string }
  | { by: 'pinyin'; prefix: string }
  | { by: 'initials'; prefix: string }
  | { by: 'idPrefix'; prefix: string }
  | { by: 'idSuffix'; reversedPrefix: string }
  | { by: 'birthDate'; date: string }
  /** yyyymm as in an ID number: born in that month; the prefix is 'yyyy-mm-'. */
  | { by: 'birthMonth'; prefix: string }
  | { by: 'phone'; prefix: string }
  | { by: 'org'; text: string }

const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/
const COMPACT_MONTH = /^(19|20)\d{2}(0[1-9]|1[0-2])$/

export function classifyMemberQuery(raw: string): MemberQueryPart[] {
  const text = toHalfWidth(raw).trim()
  if (text === '') return []
  const id = normalizeIdText(text)
  if (/^[\dX]+$/.test(id)) {
    const parts: MemberQueryPart[] = [{ by: 'idPrefix', prefix: id }]
    if (id.length <= 8) parts.push({ by: 'idSuffix', reversedPrefix: Array.from(id).reverse().join('') })
    const date = COMPACT_DATE.exec(id)
    if (date) parts.push({ by: 'birthDate', date: `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}` })
    if (COMPACT_MONTH.test(id)) parts.push({ by: 'birthMonth', prefix: `${id.slice(0, 4)}-${id.slice(4, 6)}-` })
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
  const key = nameSearchKey(text)
  if (key === '') return []
  // The given name after a one-character surname is name_rest, stored with the name's own dots.
  const written = normalizePersonName(text).value
  return [
    { by: 'name', prefix: key },
    { by: 'nameRest', prefix: written },
    { by: 'given', prefix: key },
    { by: 'org', text: text.replace(/\s+/g, '') },
  ]
}

import { pinyin } from 'pinyin-pro'
import { givenNameKey, nameSearchKey } from './name-keys'

/**
 * Search columns computed when a member is written (style: index what the type-ahead asks for). pinyin-pro does not
 * know every rare character; the few that occur in names and have a well-known reading are added here.
 */
const extraReadings: Readonly<Record<string, string>> = {
  '𠮷': 'ji', // U+20BB7, the 吉 with 土 on top
  '䶮': 'yan',
  '𡒄': 'dai',
  '𬌗': 'he',
  '𬱖': 'chang',
}

export interface MemberSearchKeys {
  /** The name without its first character, so a 1–2 character given-name query is an index prefix scan. */
  nameRest: string
  /** The name without dots or spaces: 阿依古丽买买提. */
  nameKey: string
  /** The part after the dot or after a 复姓: 买买提, 明月轩; null for other names. */
  nameGiven: string | null
  /** Full pinyin without tones or spaces: zhangjixiang. */
  namePinyin: string
  /** First letters: zjx. */
  nameInitials: string
  /** The ID number reversed, so "last 4 / last 6" is an index prefix scan. */
  idReversed: string
}

const cache = new Map<string, { namePinyin: string; nameInitials: string }>()

function syllablesOf(name: string): string[] {
  const raw = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
  const chars = Array.from(name)
  // pinyin-pro returns a character it does not know unchanged; look it up in our table, else drop it from the keys.
  return raw.map((s, i) => extraReadings[s] ?? (/^[a-zü]+$/i.test(s) ? s.toLowerCase().replace(/ü/g, 'v') : extraReadings[chars[i] ?? ''] ?? ''))
}

export function pinyinKeys(name: string): { namePinyin: string; nameInitials: string } {
  const hit = cache.get(name)
  if (hit) return hit
  const syllables = syllablesOf(name.replace(/[\u00B7\s.'-]/g, '')).filter((s) => s !== '')
  const keys = { namePinyin: syllables.join(''), nameInitials: syllables.map((s) => s.charAt(0)).join('') }
  if (cache.size > 50_000) cache.clear()
  cache.set(name, keys)
  return keys
}

export function searchKeys(name: string, idNumber: string): MemberSearchKeys {
  return {
    nameRest: Array.from(name).slice(1).join(''),
    nameKey: nameSearchKey(name),
    nameGiven: givenNameKey(name),
    ...pinyinKeys(name),
    idReversed: Array.from(idNumber).reverse().join(''),
  }
}

/**
 * Name keys for search (issue 13 item 13), stored in member.name_key and member.name_given (migration 0008) and applied
 * to the search text, so a name is found as a clerk types it: without the middle dot (热依拉阿不都), with a look-alike dot,
 * a full stop or a space (阿依古丽.买买提, 阿依古丽 买买提), or by the part after the dot (买买提) or after a two-character
 * 复姓 (明月轩 for 欧阳明月轩). Migration 0008 writes the same rules in SQL for the rows it backfills; a test compares them.
 */

/** U+00B7 and its look-alikes (domain §4.5), the full stop a clerk types for it (toHalfWidth turns ． into one), and more. */
const SEPARATORS = '\u00B7\u30FB\uFF65\u2022\u2027\uFF0E.\u0387\u2219\u22C5'
const DROPPED = new RegExp(`[${SEPARATORS}\\s]`, 'gu')
const FIRST_SEPARATOR = new RegExp(`[${SEPARATORS}]`, 'u')

/**
 * The two-character 复姓 of 百家姓, as pinyin-pro lists them in its surname table (internal to pinyin-pro, not part of its
 * API). One too many only makes a name findable by one more key; it never hides a name.
 */
export const compoundSurnames: ReadonlySet<string> = new Set([
  '南宫', '第五', '万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶', '宗政',
  '濮阳', '淳于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容', '鲜于', '闾丘', '司徒', '司空', '亓官',
  '司寇', '仉督', '子车', '颛孙', '端木', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '榖梁', '段干', '百里',
  '东郭', '南门', '呼延', '羊舌', '梁丘', '左丘', '东门', '西门', '句龙', '毌丘',
])

/** The text without dots or spaces: the key a name is stored under and a search text is looked up by. */
export function nameSearchKey(text: string): string {
  return text.replace(DROPPED, '')
}

/**
 * The part a clerk may type on its own: after the first dot (阿依古丽·买买提 → 买买提, the rest keyed), else after a
 * 复姓 (欧阳明月轩 → 明月轩); null for other names, whose given name is already name_rest.
 */
export function givenNameKey(name: string): string | null {
  const dot = FIRST_SEPARATOR.exec(name)
  if (dot) return nameSearchKey(name.slice(dot.index + dot[0].length)) || null
  const chars = Array.from(name)
  if (chars.length > 2 && compoundSurnames.has(chars.slice(0, 2).join(''))) return nameSearchKey(chars.slice(2).join('')) || null
  return null
}

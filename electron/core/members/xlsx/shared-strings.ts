import { feedXml, ooxmlText, type XmlReader } from './xml-feed'
import { limitMessages, refusedFile } from './limits'
import type { XlsxPackage } from './zip-parts'

/**
 * The shared-strings table: each `<si>` is plain `<t>` text or rich-text runs `<r><t>`; phonetic guides `<rPh>` (furigana,
 * pinyin) are not part of the text a cell shows and are left out.
 */
export async function readSharedStrings(pkg: XlsxPackage, part: string | null): Promise<string[]> {
  if (!part) return []
  const { limits, fileName } = pkg
  const strings: string[] = []
  let inItem = false
  let phonetic = 0
  let capture = false
  let text = ''
  const reader: XmlReader<never> = {
    open(name) {
      if (name === 'si') {
        inItem = true
        text = ''
      } else if (name === 'rPh') phonetic++
      else if (name === 't' && inItem && phonetic === 0) capture = true
    },
    close(name) {
      if (name === 't') capture = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si') {
        strings.push(ooxmlText(text))
        inItem = false
      }
    },
    text(t) {
      if (!capture) return
      text += t
      if (text.length > limits.cellChars) throw refusedFile(fileName, limitMessages.cellTooLong(`共享字符串表第 ${strings.length + 1} 条`, limits))
    },
    done: [],
    stalled: () =>
      inItem
        ? refusedFile(fileName, limitMessages.cellTooLong(`共享字符串表第 ${strings.length + 1} 条`, limits))
        : refusedFile(fileName, limitMessages.runTooLong(part, limits)),
    malformed: () => refusedFile(fileName, `「${part}」已损坏，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`),
  }
  for await (const _ of feedXml(pkg.stream(part, limits.sharedStringsBytes), reader, limits.cellXmlChars)) void _
  return strings
}

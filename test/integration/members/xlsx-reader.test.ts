import { describe, expect, it } from 'vitest'
import { openSheet, type Cell, type SheetRow } from '../../../electron/core/members/read-sheet'
import { defaultReadLimits } from '../../../electron/core/members/xlsx/limits'
import { escapeXml, payload, sharedStringsXml, sheetXml, xlsxPackage } from './xlsx-package'

async function rowsOf(bytes: Buffer, limits = defaultReadLimits): Promise<SheetRow[]> {
  const sheet = await openSheet(payload(bytes, 'test.xlsx'), limits)
  const out: SheetRow[] = []
  for await (const row of sheet.rows) out.push(row)
  return out
}

/** zlib's output chunk (16 KiB): exceljs decoded each one on its own, so a character split between two was lost. */
const CHUNK = 16 * 1024
const BMP = '张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗海南澄迈县木棠镇联合工会农场' // 3 bytes each in UTF-8
const EXT_B = ['𠮷', '𠀀', '𪚥', '𤭢', '𠜎', '𡃁'] // Extension B, 4 bytes each

/** Long runs of 3-byte and 4-byte characters, so any chunk boundary falls inside one of them. */
function cellText(row: number, shift: number): string {
  const bmp = Array.from({ length: 300 }, (_, i) => BMP[(row * 7 + i) % BMP.length]).join('')
  const extB = Array.from({ length: 200 }, (_, i) => EXT_B[(row + i) % EXT_B.length]).join('')
  // The ASCII prefix moves every later byte, so across 12 shifts each boundary meets every offset inside a character.
  return `${row === 0 ? 'a'.repeat(shift) : ''}${bmp}${extB}${row % 5 === 0 ? '·𠮷祥' : ''}`
}

/** Which (character length : bytes before the boundary) splits the multiples of CHUNK make in this text. */
function splitsAtChunkBoundaries(xml: string): Set<string> {
  const bytes = Buffer.from(xml, 'utf8')
  const out = new Set<string>()
  for (let b = CHUNK; b < bytes.length; b += CHUNK) {
    let lead = b
    while (lead > 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--
    const first = bytes[lead] ?? 0
    const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1
    if (b - lead > 0) out.add(`${length}:${b - lead}`)
  }
  return out
}

const ROWS = 120

async function workbook(kind: 'shared' | 'inline', shift: number): Promise<{ bytes: Buffer; texts: string[]; xml: string }> {
  const texts = Array.from({ length: ROWS }, (_, r) => cellText(r, shift))
  if (kind === 'shared') {
    const xml = sharedStringsXml(texts)
    const rows = texts.map((_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${r}</v></c></row>`).join('')
    return { bytes: await xlsxPackage({ sheets: [{ name: '会员', xml: sheetXml(rows) }], sharedStrings: xml }), texts, xml }
  }
  const xml = sheetXml(texts.map((t, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${escapeXml(t)}</t></is></c></row>`).join(''))
  return { bytes: await xlsxPackage({ sheets: [{ name: '会员', xml }] }), texts, xml }
}

describe('xlsx reader: characters split between decompressed chunks', () => {
  it.each(['shared', 'inline'] as const)('reads back every CJK and Extension-B character of %s strings, whatever offset a chunk boundary falls at', async (kind) => {
    const splits = new Set<string>()
    for (let shift = 0; shift < 12; shift++) {
      const { bytes, texts, xml } = await workbook(kind, shift)
      for (const s of splitsAtChunkBoundaries(xml)) splits.add(s)
      const rows = await rowsOf(bytes)
      expect(rows.map((r) => r.cells[0])).toEqual(texts)
    }
    // The workbooks really did put a 3-byte character across a boundary at both inner offsets and a 4-byte one at all three.
    expect([...splits].sort()).toEqual(['3:1', '3:2', '4:1', '4:2', '4:3'])
  })
})

describe('xlsx reader: what a cell holds', () => {
  const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>`

  it('shared, inline, rich-text and formula strings; numbers, booleans, dates by their format; sparse cells; errors as empty', async () => {
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">𠮷 祥</t></r><rPh sb="0" eb="1"><t>ZHANG</t></rPh></is></c></row>
      <row r="3"><c r="A3"><v>469023198808080096</v></c><c r="B3" s="1"><v>32363</v></c><c r="C3" s="2"><v>43531</v></c><c r="D3" s="3"><v>1.5</v></c>
      <c r="E3" t="b"><v>1</v></c><c r="F3" t="b"><v>0</v></c><c r="G3" t="e"><v>#N/A</v></c><c r="H3" t="str"><f>A1&amp;"x"</f><v>王五x</v></c><c r="J3" t="d"><v>2019-03-07T00:00:00Z</v></c></row>
      <x:row r="4" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c t="inlineStr"><x:is><x:t>甲_x000D_乙</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>`
    const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>姓名</t></si><si><r><t>工作</t></r><r><t>单位</t></r><rPh><t>gongzuo</t></rPh></si></sst>`
    const read = await rowsOf(await xlsxPackage({ sheets: [{ name: '会员', xml: sheetXml(rows) }], sharedStrings: shared, styles }))
    const cells: Array<[number, Cell[]]> = read.map((r) => [r.number, r.cells])
    expect(cells).toEqual([
      [1, ['姓名', '工作单位', null, '张𠮷 祥']],
      [3, [469023198808080096, new Date(Date.UTC(1988, 7, 8)), new Date(Date.UTC(2019, 2, 7)), 1.5, '是', '否', null, '王五x', null, new Date(Date.UTC(2019, 2, 7))]],
      [4, ['甲\r乙', 7]],
    ])
  })

  it('dates of the 1904 system', async () => {
    const read = await rowsOf(await xlsxPackage({ sheets: [{ name: 'a', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>42069</v></c></row>') }], styles, date1904: true }))
    expect(read[0]?.cells).toEqual([new Date(Date.UTC(2019, 2, 7))])
  })

  it('reads the first tab as the workbook orders them, not the first part in the zip', async () => {
    const bytes = await xlsxPackage({
      sheets: [{ name: '说明', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row>') }, { name: '会员', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>') }],
      tabOrder: [1, 0],
    })
    const sheet = await openSheet(payload(bytes, 'tabs.xlsx'))
    expect(sheet.name).toBe('会员')
    for await (const row of sheet.rows) expect(row.cells).toEqual(['姓名'])
  })
})

describe('xlsx reader: budgets', () => {
  const refusal = async (bytes: Buffer, limits = defaultReadLimits) => {
    const err: unknown = await rowsOf(bytes, limits).then(() => null, (e: unknown) => e)
    expect(err).toMatchObject({ code: 'FILE_UNREADABLE' })
    return err instanceof Error ? err.message : ''
  }

  it('refuses a sheet that inflates past its budget, naming the limit', async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('')
    const message = await refusal(await xlsxPackage({ sheets: [{ name: 'a', xml: sheetXml(rows) }] }), { ...defaultReadLimits, sheetBytes: 64 * 1024 })
    expect(message).toContain('解压后超过')
  })

  it('refuses a part that inflates more than 100 times its compressed size (a zip bomb of small cells)', async () => {
    const row = '<row><c><v>1</v></c></row>'
    const message = await refusal(await xlsxPackage({ sheets: [{ name: 'a', xml: sheetXml(row.repeat(Math.ceil((12 * 1024 * 1024) / row.length))) }] }))
    expect(message).toContain('100 倍')
  })

  it('refuses a shared string longer than an Excel cell can be', async () => {
    const message = await refusal(await xlsxPackage({ sheets: [{ name: 'a', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: sharedStringsXml(['王'.repeat(40_000)]) }))
    expect(message).toContain('32,767 个字符')
  })

  it('stops a giant cell while it is still being inflated, when the zip hides its size', async () => {
    const cell = `<row r="4"><c r="C4" t="inlineStr"><is><t>${'A'.repeat(10 * 1024 * 1024)}</t></is></c></row>`
    const message = await refusal(await xlsxPackage({ sheets: [{ name: 'a', xml: sheetXml(cell) }] }), { ...defaultReadLimits, inflateRatio: Number.MAX_SAFE_INTEGER })
    expect(message).toContain('第4行C列的单元格超过 32,767 个字符')
  })

  it('refuses a cell address outside the sheet', async () => {
    const message = await refusal(await xlsxPackage({ sheets: [{ name: 'a', xml: sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>') }] }))
    expect(message).toContain('超出 Excel 的范围')
  })
})

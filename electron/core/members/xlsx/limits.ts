import { AppError } from '../../../../shared/errors'

/**
 * What an import will read before it calls a file hostile. A real register never comes near these; a zip bomb or a
 * file with a giant cell reaches one within a second and is refused by name, before any row is written.
 */
export interface ReadLimits {
  /** Characters in one cell: Excel's own limit, so no file Excel wrote can exceed it. */
  cellChars: number
  /** Characters of XML in one cell, or in any stretch without a tag (entities and rich-text runs make a cell's XML longer than its text). */
  cellXmlChars: number
  /** Decompressed bytes of the worksheet part. */
  sheetBytes: number
  /** Decompressed bytes of the shared-strings part (held in memory while the sheet is read). */
  sharedStringsBytes: number
  /** Decompressed bytes of any other part the reader looks at (workbook, relationships, styles). */
  smallPartBytes: number
  /** Decompressed ÷ compressed size of a part past `ratioGraceBytes` (Apache POI refuses past 100 as well). */
  inflateRatio: number
  ratioGraceBytes: number
}

export const EXCEL_MAX_ROWS = 1_048_576
export const EXCEL_MAX_COLUMNS = 16_384

const MB = 1024 * 1024
export const defaultReadLimits: ReadLimits = {
  cellChars: 32_767,
  cellXmlChars: 32_767 * 10 + 4096,
  sheetBytes: 1024 * MB,
  sharedStringsBytes: 512 * MB,
  smallPartBytes: 16 * MB,
  inflateRatio: 100,
  ratioGraceBytes: 8 * MB,
}

const grouped = (n: number) => n.toLocaleString('en-US')
const size = (bytes: number) => (bytes >= 1024 * MB ? `${grouped(bytes / (1024 * MB))} GB` : `${grouped(Math.round(bytes / MB))} MB`)
const NOTHING_WRITTEN = '数据库未做任何修改。'

export function refusedFile(fileName: string, why: string, row?: number): AppError {
  return new AppError('FILE_UNREADABLE', `无法读取文件「${fileName}」：${why}。${NOTHING_WRITTEN}`, row === undefined ? { field: 'file' } : { field: 'file', row })
}

export const limitMessages = {
  cellTooLong: (where: string, limits: ReadLimits) =>
    `${where}的单元格超过 ${grouped(limits.cellChars)} 个字符（Excel 单元格的上限），不是正常的会员表格`,
  partTooLarge: (part: string, budget: number) => `「${part}」解压后超过 ${size(budget)}（导入的上限），请把表格拆成几个文件分别导入`,
  ratioTooHigh: (part: string, limits: ReadLimits) =>
    `「${part}」解压后超过压缩前的 ${limits.inflateRatio} 倍（导入的上限），不像正常的表格文件（可能是“压缩炸弹”）`,
  runTooLong: (part: string, limits: ReadLimits) => `「${part}」中有一段超过 ${grouped(limits.cellXmlChars)} 个字符的内容不属于任何单元格，不是正常的表格`,
  outOfRange: (ref: string) => `单元格位置「${ref}」超出 Excel 的范围（最多 ${grouped(EXCEL_MAX_ROWS)} 行、${grouped(EXCEL_MAX_COLUMNS)} 列）`,
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

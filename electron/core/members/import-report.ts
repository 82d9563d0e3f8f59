import ExcelJS from 'exceljs'
import type { FilePayload } from '../../../shared/contract/types'
import { cellText } from '../../../shared/members/validate-row'
import type { ParsedFile } from './import-rows'

/** The original rows that were rejected or warned, plus 问题字段 and 原因, so the clerk fixes and re-imports only those. */
export async function errorReport(parsed: ParsedFile, sourceName: string): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('问题行')
  ws.addRow(['原行号', ...parsed.headers, '问题字段', '原因'])
  ws.getRow(1).font = { bold: true }
  const byRow = new Map<number, typeof parsed.issues>()
  for (const i of parsed.issues) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i])
  for (const [row, issues] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const cells = parsed.problemCells.get(row) ?? []
    ws.addRow([
      row,
      // Text, so IDs and phone numbers keep every digit when the clerk re-opens the file.
      ...parsed.headers.map((_, i) => cellText(cells[i] ?? null)),
      [...new Set(issues.map((i) => i.field))].join('、'),
      issues.map((i) => `${i.severity === 'error' ? '拒绝' : '提醒'}：${i.message.replace(/^第\d+行/, '')}`).join('；'),
    ])
  }
  ws.columns.forEach((c) => {
    c.numFmt = '@'
    c.width = 16
  })
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  return { fileName: `${sourceName.replace(/\.(xlsx|csv)$/i, '')}-问题行.xlsx`, contentBase64: buffer.toString('base64') }
}

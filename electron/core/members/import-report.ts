import type { GeneratedFile } from '../../../shared/contract/types'
import { cellText, issueSeverityWords } from '../../../shared/members/validate-row'
import { writeTableFile } from '../files/table-file'
import type { ParsedFile } from './import-rows'

/** The original rows that were rejected or warned, plus 问题字段 and 原因, so the clerk fixes and re-imports only those. */
export async function errorReport(parsed: ParsedFile, sourceName: string, dataDir: string, now: string): Promise<GeneratedFile> {
  const byRow = new Map<number, typeof parsed.issues>()
  for (const i of parsed.issues) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i])
  async function* lines() {
    for (const [row, issues] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const cells = parsed.problemCells.get(row) ?? []
      yield [
        row,
        // Text, so IDs and phone numbers keep every digit when the clerk re-opens the file.
        ...parsed.headers.map((_, i) => cellText(cells[i] ?? null)),
        [...new Set(issues.map((i) => i.field))].join('、'),
        issues.map((i) => `${issueSeverityWords[i.severity]}：${i.message.replace(/^第\d+行/, '')}`).join('；'),
      ]
    }
  }
  return writeTableFile({
    dataDir,
    fileName: `${sourceName.replace(/\.(xlsx|csv)$/i, '')}-问题行.xlsx`,
    format: 'xlsx',
    sheetName: '问题行',
    columns: ['原行号', ...parsed.headers, '问题字段', '原因'].map((header) => ({ header, width: 16 })),
    rows: lines(),
    now,
  })
}

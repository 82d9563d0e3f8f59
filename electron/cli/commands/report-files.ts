import type { Input } from '../../../shared/contract/index'
import { printResult, saveGeneratedFile } from '../command'
import { UsageError, type CliIo } from '../io'

// `uniondesk report annual --xlsx FILE | --pdf FILE`: the annual return as the files handed to the federation, each
// one contract call (reportsExport.*); `report annual` itself parses the year and union and hands them over.

export const annualFileOptions = { xlsx: { type: 'string' }, pdf: { type: 'string' } } as const
export const annualFileUsage = '[--xlsx 文件.xlsx] [--pdf 文件.pdf]'

interface Wanted {
  xlsx?: string | undefined
  pdf?: string | undefined
}

function checkExtension(path: string, ext: '.xlsx' | '.pdf', flag: string): void {
  if (!path.toLowerCase().endsWith(ext)) throw new UsageError(`${flag} 应为 ${ext} 文件`)
}

/**
 * Writes the files asked for and says where; false when neither flag was given (the command prints the figures).
 * Both flags may be given at once: one computation each, the same figures.
 */
export async function saveAnnualFiles(io: CliIo, input: Input<'reportsExport.annualXlsx'>, wanted: Wanted): Promise<boolean> {
  if (wanted.xlsx === undefined && wanted.pdf === undefined) return false
  if (wanted.xlsx !== undefined) checkExtension(wanted.xlsx, '.xlsx', '--xlsx')
  if (wanted.pdf !== undefined) checkExtension(wanted.pdf, '.pdf', '--pdf')
  const saved: Array<{ path: string; bytes: number; pages?: number }> = []
  if (wanted.xlsx !== undefined) {
    const file = await io.call('reportsExport.annualXlsx', input)
    await saveGeneratedFile(io, file, wanted.xlsx)
    saved.push({ path: wanted.xlsx, bytes: file.bytes })
  }
  if (wanted.pdf !== undefined) {
    const file = await io.call('reportsExport.annualPdf', input)
    await saveGeneratedFile(io, file, wanted.pdf)
    saved.push({ path: wanted.pdf, bytes: file.bytes, pages: file.pages })
  }
  printResult(io, { files: saved }, () => saved.map((f) => `已导出统计年报${f.pages ? `（${f.pages} 页）` : ''}：${f.path}`).join('\n'))
  return true
}

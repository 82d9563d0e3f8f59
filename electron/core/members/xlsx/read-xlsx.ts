import type { Sheet } from '../read-sheet'
import { defaultReadLimits, type ReadLimits } from './limits'
import { sheetRows } from './sheet-rows'
import { readSharedStrings } from './shared-strings'
import { dateStyles, locateParts } from './workbook'
import { openPackage } from './zip-parts'

/**
 * The first worksheet of an .xlsx, streamed. Replaces exceljs's reader, which decoded each inflated chunk on its own and
 * turned any character split between two chunks into U+FFFD (exceljs issues 2063, 2084, 2316, unfixed); here one
 * streaming decoder sees every byte in order. Every part is read within the budgets of `limits`.
 */
export async function openXlsx(bytes: Buffer, fileName: string, limits: ReadLimits = defaultReadLimits): Promise<Sheet> {
  const pkg = await openPackage(bytes, fileName, limits)
  const parts = await locateParts(pkg)
  const [sharedStrings, styles] = [await readSharedStrings(pkg, parts.sharedStringsPart), await dateStyles(pkg, parts.stylesPart)]
  return {
    name: parts.sheetName,
    rows: sheetRows(pkg, { part: parts.sheetPart, sharedStrings, dateStyles: styles, date1904: parts.date1904 }),
  }
}

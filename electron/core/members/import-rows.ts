import type { ImportColumn, ImportIssue } from '../../../shared/contract/members'
import type { FilePayload } from '../../../shared/contract/types'
import { AppError } from '../../../shared/errors'
import { columnForHeader, columnLabel, guessMapping, type MemberColumnKey } from '../../../shared/members/columns'
import { cellText, validateMemberRow, type CleanMember, type RawMemberRow } from '../../../shared/members/validate-row'
import { parseLooseDate } from '../../../shared/dates'
import { openSheet, type Cell, type SheetRow } from './read-sheet'

/** A row that passed validation, with where it came from. */
export interface ParsedRow {
  row: number
  member: CleanMember
}

export interface ParsedFile {
  sheetName: string
  headerRow: number
  headers: string[]
  columns: ImportColumn[]
  mapping: Array<MemberColumnKey | null>
  total: number
  accepted: ParsedRow[]
  /** Every issue (errors and warnings), row order. */
  issues: ImportIssue[]
  rejectedRows: Set<number>
  /** Original cells of rows with issues, for the error report. */
  problemCells: Map<number, Cell[]>
}

const HEADER_SCAN_ROWS = 10

function headerScore(cells: Cell[], chosen: Record<string, MemberColumnKey | null>): number {
  const keys = new Set(cells.map((c) => cellText(c)).map((h) => (Object.hasOwn(chosen, h) ? chosen[h] : columnForHeader(h))).filter((k) => k !== null && k !== undefined))
  return keys.has('name') || keys.has('idNumber') ? keys.size : 0
}

/** Applies the user's choices (header text → field) over the guess; the first column a field is given to keeps it. */
function resolveMapping(headers: string[], chosen: Record<string, MemberColumnKey | null>): Array<MemberColumnKey | null> {
  const guess = guessMapping(headers)
  const used = new Set<MemberColumnKey>()
  return headers.map((h, i) => {
    const key = Object.hasOwn(chosen, h) ? (chosen[h] ?? null) : (guess[i] ?? null)
    if (!key || used.has(key)) return null
    used.add(key)
    return key
  })
}

/** Accepted rows handed on per chunk, so a commit never holds the whole file's rows (peak memory, issue 4). */
export const PARSE_CHUNK = 500

export interface ParseOptions {
  chosen: Record<string, MemberColumnKey | null>
  today: string
  /** Called once the header and mapping are known, before any row; may throw to stop the import. */
  onHeader?: (headers: string[], mapping: Array<MemberColumnKey | null>) => void
  /** When given, accepted rows go here in chunks of PARSE_CHUNK instead of into ParsedFile.accepted. */
  onRows?: (rows: ParsedRow[]) => Promise<void>
  /** The result object to fill, so onRows can add chunk-time issues and rejections to the same lists. */
  sink?: ParsedFile
}

/**
 * Streams the sheet once: finds the header among the first 10 rows, validates every data row and keeps only what the
 * commit needs (clean rows, issues, and the original cells of problem rows).
 */
export async function parseImportFile(file: FilePayload, opts: ParseOptions): Promise<ParsedFile> {
  const sheet = await openSheet(file)
  const head: SheetRow[] = []
  let header: { number: number; cells: Cell[] } | null = null
  let mapping: Array<MemberColumnKey | null> = []
  let headers: string[] = []
  const samples: Array<{ texts: string[]; cells: Cell[] }> = []
  const out: ParsedFile = opts.sink ?? {
    sheetName: '', headerRow: 0, headers: [], columns: [], mapping: [], total: 0, accepted: [], issues: [], rejectedRows: new Set(), problemCells: new Map(),
  }
  out.sheetName = sheet.name
  const seenIds = new Map<string, number>()

  const take = (number: number, cells: Cell[], shown?: Array<string | undefined>) => {
    if (cells.every((c) => cellText(c) === '')) return
    out.total++
    // What the clerk sees in Excel: a date cell's formatted text (2013/3/10), not the value it holds.
    const seen = (i: number) => shown?.[i] ?? cellText(cells[i] ?? null)
    if (samples.length < 5) samples.push({ texts: cells.map((_, i) => seen(i)), cells })
    const raw: RawMemberRow = {}
    mapping.forEach((key, i) => {
      if (key) raw[key] = cells[i] ?? null
    })
    const { member, issues } = validateMemberRow(raw, { today: opts.today })
    const rowIssues: ImportIssue[] = issues.map((i) => ({
      row: number, field: columnLabel(i.field), code: i.code, message: `第${number}行${i.message}${asShown(i.field, mapping, cells, seen)}`, severity: i.severity,
    }))
    if (member) {
      const earlier = seenIds.get(member.idNumber)
      if (earlier !== undefined) {
        rowIssues.push({ row: number, field: columnLabel('idNumber'), code: 'ID_DUPLICATE_IN_FILE', message: `第${number}行「证件号码」与第${earlier}行重复`, severity: 'error' })
      } else {
        seenIds.set(member.idNumber, number)
        out.accepted.push({ row: number, member })
      }
    }
    if (!member || rowIssues.some((i) => i.severity === 'error')) out.rejectedRows.add(number)
    if (rowIssues.length) {
      out.issues.push(...rowIssues)
      // The report writes back what the file showed, so a date reads 2013/3/10 there as it did in the clerk's sheet.
      out.problemCells.set(number, shown ? cells.map((c, i) => shown[i] ?? c) : cells)
    }
  }

  const flush = async (all: boolean) => {
    if (!opts.onRows) return
    while (out.accepted.length >= (all ? 1 : PARSE_CHUNK)) await opts.onRows(out.accepted.splice(0, PARSE_CHUNK))
  }
  const start = () => {
    const found = pickHeader(head, file.fileName, opts.chosen)
    ;({ headers, mapping } = setUp(found, opts.chosen))
    opts.onHeader?.(headers, mapping)
    for (const r of head) if (r.number > found.number) take(r.number, r.cells, r.shown)
    return found
  }

  for await (const { number, cells, shown } of sheet.rows) {
    if (header) {
      take(number, cells, shown)
      if (out.accepted.length >= PARSE_CHUNK) await flush(false)
      continue
    }
    head.push(shown ? { number, cells, shown } : { number, cells })
    if (head.length < HEADER_SCAN_ROWS) continue
    header = start()
  }
  if (!header) header = start()
  await flush(true)
  out.headerRow = header.number
  out.headers = headers
  out.mapping = mapping
  out.columns = headers.map((h, i) => {
    const taken = samples.filter((s) => (s.texts[i] ?? '') !== '').slice(0, 3)
    const field = mapping[i] ?? null
    return {
      index: i, header: h, field,
      samples: taken.map((s) => s.texts[i] ?? ''),
      // The date each sample is read as, for date cells and the date columns, shown beside what the file showed.
      sampleDates: taken.map((s) => {
        const cell = s.cells[i] ?? null
        return cell instanceof Date || (field !== null && dateFields.has(field)) ? parseLooseDate(typeof cell === 'string' ? cell.trim() : cell).date : null
      }),
    }
  })
  return out
}

const dateFields: ReadonlySet<MemberColumnKey> = new Set(['birthDate', 'eventDate', 'joinDate'])

/** For an issue on a date column whose cell the file showed differently from the date read: what the file showed. */
function asShown(field: MemberColumnKey, mapping: Array<MemberColumnKey | null>, cells: Cell[], seen: (i: number) => string): string {
  if (!dateFields.has(field)) return ''
  const i = mapping.indexOf(field)
  const cell = i < 0 ? null : (cells[i] ?? null)
  if (!(cell instanceof Date) && typeof cell !== 'number') return ''
  return `（表格中显示为「${seen(i)}」）`
}

function setUp(header: { cells: Cell[] }, chosen: Record<string, MemberColumnKey | null>) {
  const headers = header.cells.map(cellText)
  return { headers, mapping: resolveMapping(headers, chosen) }
}

function pickHeader(head: Array<{ number: number; cells: Cell[] }>, fileName: string, chosen: Record<string, MemberColumnKey | null>) {
  if (head.length === 0) throw new AppError('FILE_UNREADABLE', `文件「${fileName}」中没有任何内容。数据库未做任何修改。`, { field: 'file' })
  let best: { number: number; cells: Cell[] } | null = null
  let bestScore = 0
  for (const r of head) {
    const score = headerScore(r.cells, chosen)
    if (score > bestScore) {
      best = r
      bestScore = score
    }
  }
  if (!best) {
    throw new AppError('FILE_UNREADABLE', `文件「${fileName}」的前 ${HEADER_SCAN_ROWS} 行中找不到表头（应含「姓名」「证件号码」等列名）。数据库未做任何修改。`, { field: 'file' })
  }
  return best
}

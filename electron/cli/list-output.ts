import { once } from 'node:events'
import { UsageError, type CliIo } from './io'

/**
 * Paging for every list command (issue 10 §7): `--limit N` of any size, `--page N` (pages of N), `--all`. The list is
 * printed as it is read, one contract page at a time, so a register of any size passes through in bounded memory.
 */
export const pagingOptions = { limit: { type: 'string' }, page: { type: 'string' }, all: { type: 'boolean' } } as const

export const pagingUsage = '[--limit 条数 [--page 页码] | --all]'

/** Which items to print: `limit` of them (null: all) after skipping `(page − 1) × limit`. */
export interface Paging {
  limit: number | null
  skip: number
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} 应为正整数`)
  return n
}

/** `defaultLimit` applies without --limit/--all (null: the whole list, as the short lists always printed). */
export function parsePaging(values: { limit?: string | undefined; page?: string | undefined; all?: boolean | undefined }, defaultLimit: number | null): Paging {
  if (values.all && (values.limit !== undefined || values.page !== undefined)) throw new UsageError('--all 不能与 --limit、--page 同用')
  if (values.all) return { limit: null, skip: 0 }
  const limit = values.limit === undefined ? defaultLimit : positiveInteger(values.limit, '--limit')
  const page = values.page === undefined ? 1 : positiveInteger(values.page, '--page')
  if (page > 1 && limit === null) throw new UsageError('--page 需要与 --limit 同用')
  return { limit, skip: limit === null ? 0 : (page - 1) * limit }
}

/** On Windows a pipe takes writes asynchronously: wait for stdout to take what it has before reading more. */
async function drained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
}

/**
 * Prints a list as its pages arrive: with --json one JSON array (`[`, the items, `]`, formatted as JSON.stringify(list,
 * null, 2) would), otherwise one readable line per item, or `empty` when there is none.
 */
export async function printList<T>(io: CliIo, pages: AsyncIterable<readonly T[]> | Iterable<readonly T[]>, human: (item: T) => string, empty: string): Promise<void> {
  let pending: string | undefined // the last item printed so far, held back until we know whether a comma follows it
  let any = false
  if (io.json) io.out('[')
  for await (const items of pages) {
    if (items.length === 0) continue
    any = true
    if (io.json) {
      const texts = items.map((item) => JSON.stringify(item, null, 2).replace(/^/gm, '  '))
      if (pending !== undefined) texts.unshift(pending)
      pending = texts.pop()
      if (texts.length) io.out(texts.join(',\n') + ',')
    } else {
      io.out(items.map(human).join('\n'))
    }
    await drained()
  }
  if (io.json) {
    if (pending !== undefined) io.out(pending)
    io.out(']')
  } else if (!any) {
    io.out(empty)
  }
}

/** The pages of a list the contract pages by offset (limit ≤ `maxPage`), restricted to `paging`. */
export async function* offsetPages<T>(paging: Paging, maxPage: number, read: (offset: number, limit: number) => Promise<readonly T[]>): AsyncIterable<readonly T[]> {
  let offset = paging.skip
  let left = paging.limit ?? Infinity
  while (left > 0) {
    const size = Math.min(maxPage, left)
    const items = await read(offset, size)
    yield items
    if (items.length < size) return
    offset += items.length
    left -= items.length
  }
}

/** A list the contract returns whole (a few hundred items at most), restricted to `paging`: one page. */
export function wholeList<T>(paging: Paging, items: readonly T[]): Array<readonly T[]> {
  return [items.slice(paging.skip, paging.limit === null ? undefined : paging.skip + paging.limit)]
}

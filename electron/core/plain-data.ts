import { AppError } from '../../shared/errors'

/** Deeper than any form or import row nests; past it an input is refused before anything walks it recursively. */
const maxDepth = 32

/**
 * An input must be what JSON can carry: HTTP and the CLI can only send that, but Electron's IPC clones anything
 * (a cycle, a BigInt, a Date, a typed array), and such a value reached the audit trail's JSON and open `z.unknown()`
 * fields (aid forms) as a 系统内部错误. Refused here, once, with the field it sits in.
 */
export function requirePlainData(raw: unknown, labels: Readonly<Record<string, string>> = {}): void {
  const fault = firstFault(raw, [], new Set())
  if (!fault) return
  const field = fault.path.join('.')
  const top = fault.path[0]
  const where = field ? `「${(top !== undefined ? labels[String(top)] : undefined) ?? field}」` : '输入'
  throw new AppError('INVALID_INPUT', `${where}${fault.reason}`, field ? { field } : {})
}

interface Fault {
  path: Array<string | number>
  reason: string
}

function firstFault(v: unknown, path: Array<string | number>, open: Set<object>): Fault | null {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return null
  if (typeof v !== 'object') return { path, reason: '含有无法识别的数据' }
  if (path.length >= maxDepth) return { path, reason: '层次过深' }
  const isArray = Array.isArray(v)
  const proto: unknown = Object.getPrototypeOf(v)
  if (!isArray && proto !== Object.prototype && proto !== null) return { path, reason: '含有无法识别的数据' }
  if (open.has(v)) return { path, reason: '含有循环引用' }
  open.add(v)
  const entries: Array<[string | number, unknown]> = isArray ? v.map((item: unknown, i) => [i, item]) : Object.entries(v)
  for (const [k, item] of entries) {
    const fault = firstFault(item, [...path, k], open)
    if (fault) return fault
  }
  open.delete(v)
  return null
}

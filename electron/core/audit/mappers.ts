import type { AuditChangeView, AuditRowView } from '../../../shared/contract/audit'
import { methodTitle } from '../../../shared/contract/audit'
import { contract, isMethodName } from '../../../shared/contract/index'
import type { AuditLogRow } from '../db/schema/audit_log'
import { isRecord } from './redact'
import { valueName } from './value-names'

function parsed(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // A long row was cut when written (it says so at its end): shown as the text it is.
    return text
  }
}

function labelOf(method: string, field: string): string {
  const labels: Readonly<Record<string, string>> = isMethodName(method) ? contract[method].labels : {}
  return labels[field] ?? field
}

function changesOf(row: AuditLogRow): AuditChangeView[] {
  const list = parsed(row.changes_json)
  if (!Array.isArray(list)) return []
  return list.filter(isRecord).map((c) => {
    const field = typeof c['field'] === 'string' ? c['field'] : ''
    const named = (v: unknown) => valueName(row.method, field, v)
    return { field, label: labelOf(row.method, field), ...('before' in c ? { before: named(c['before']) } : {}), ...('after' in c ? { after: named(c['after']) } : {}) }
  })
}

/** A legacy row (before issue 14) has no changes column of its own: its masked input stands in for it. */
function legacyChanges(row: AuditLogRow): AuditChangeView[] {
  const input = parsed(row.input_json)
  if (!isRecord(input)) return []
  return Object.entries(input).map(([field, after]) => ({ field, label: labelOf(row.method, field), after: valueName(row.method, field, after) }))
}

export function toAuditRowView(row: AuditLogRow): AuditRowView {
  const ids = parsed(row.record_ids)
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actor: row.actor,
    transport: row.transport,
    method: row.method,
    action: methodTitle(row.method),
    recordIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
    changes: row.chain === 'sha256' ? legacyChanges(row) : changesOf(row),
    reason: row.reason,
    legacy: row.chain === 'sha256',
  }
}

/** One line per change, as the export's 变更内容 cell shows it: 「移动电话」138****1234 → 139****5678. */
export function changesText(changes: readonly AuditChangeView[]): string {
  const show = (v: unknown) => (v === null || v === undefined ? '（空）' : typeof v === 'string' ? v : JSON.stringify(v))
  return changes.map((c) => `「${c.label}」${'before' in c ? `${show(c.before)} → ` : ''}${show(c.after)}`).join('\n')
}

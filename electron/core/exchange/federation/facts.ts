import type { ExchangedTableName } from '../../../../shared/exchange/exchanged-tables'

/**
 * The typed facts pulled out of each carried row when it is merged (exchange_record's fact columns), so statistics
 * across offices are aggregates over indexed columns instead of JSON parsing. One entry per table; a table without an
 * entry keeps its row as JSON only. The row is the office's, as sent: every value is checked for its type here and
 * a value of the wrong type becomes null rather than a wrong figure.
 *
 * - org_key: the grassroots union (org id) the row counts under
 * - on_date: the date the figure counts by (YYYY-MM-DD)
 * - kind / status: the category and state the statistics group by
 * - amount_fen / head_count: the money and the number of people the row stands for
 */
export interface RecordFacts {
  org_key: string | null
  on_date: string | null
  kind: string | null
  status: string | null
  amount_fen: number | null
  head_count: number | null
}

type Row = Readonly<Record<string, unknown>>

const text = (row: Row, column: string): string | null => {
  const v = row[column]
  return typeof v === 'string' && v !== '' ? v : null
}
const int = (row: Row, column: string): number | null => {
  const v = row[column]
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null
}

const none: RecordFacts = { org_key: null, on_date: null, kind: null, status: null, amount_fen: null, head_count: null }

const factsByTable: Partial<Record<ExchangedTableName, (row: Row) => Partial<RecordFacts>>> = {
  org: (r) => ({ org_key: text(r, 'id'), on_date: text(r, 'founded_on'), kind: text(r, 'type'), status: text(r, 'status') }),
  enterprise: (r) => ({ org_key: text(r, 'org_id'), kind: text(r, 'industry'), head_count: int(r, 'employee_count') }),
  member: (r) => ({ org_key: text(r, 'org_id'), status: text(r, 'status'), kind: text(r, 'new_form_type') }),
  // A voided event (更正) stays in the office's history but no longer counts: status says which.
  member_event: (r) => ({ org_key: text(r, 'org_id'), on_date: text(r, 'date'), kind: text(r, 'type'), status: text(r, 'voided_at') ? 'voided' : 'counted' }),
  hardship_file: (r) => ({ on_date: text(r, 'registered_on'), kind: text(r, 'category'), status: text(r, 'status'), head_count: int(r, 'household_size') }),
  aid_batch: (r) => ({ on_date: text(r, 'approved_on'), kind: text(r, 'program_id'), status: text(r, 'status') }),
  // Aid counts by the day it was paid; kind is the program, so totals by program are one group-by.
  aid_application: (r) => ({ on_date: text(r, 'paid_on'), kind: text(r, 'program_id'), status: text(r, 'status'), amount_fen: int(r, 'amount_fen') }),
  // A contract has no status column: its stage is read from the dates of its legal steps.
  collective_contract: (r) => ({
    org_key: text(r, 'org_id'),
    on_date: text(r, 'signed_date'),
    kind: text(r, 'kind'),
    status: text(r, 'filed_date') ? 'filed' : text(r, 'signed_date') ? 'signed' : 'negotiating',
    head_count: int(r, 'workers_covered'),
  }),
  congress: (r) => ({ on_date: text(r, 'term_start'), status: int(r, 'established') === 1 ? 'established' : 'not_established' }),
  // An ended case's status is its outcome; it counts by the day it closed (an open one by the day it was accepted).
  mediation_case: (r) => ({ on_date: text(r, 'closed_on') ?? text(r, 'accepted_on'), kind: text(r, 'type'), status: text(r, 'status'), amount_fen: int(r, 'claim_fen') }),
}

export function recordFacts(table: ExchangedTableName, row: Row): RecordFacts {
  const pick = factsByTable[table]
  return pick ? { ...none, ...pick(row) } : none
}

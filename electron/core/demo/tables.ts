import type { Database } from '../db/schema/index'

/**
 * Tables a clerk adds records to, with what the clerk calls them: more rows than right after the load means real
 * work was typed into the demo database, which demo.clear does not remove unasked.
 */
export const recordTables = {
  org: '基层工会',
  enterprise: '企业',
  member: '会员',
  aid_program: '救助项目',
  aid_application: '救助申请',
  hardship_file: '困难职工档案',
  collective_contract: '集体合同',
  congress: '职代会',
  mediation_case: '调解案件',
  mediation_worker: '调解员',
} as const satisfies Partial<Record<keyof Database, string>>
export type RecordTable = keyof typeof recordTables
export const recordTableNames = Object.keys(recordTables).filter((t): t is RecordTable => Object.hasOwn(recordTables, t))

/** What demo.clear empties, children before parents. */
export const clearedTables = [
  'aid_objection', 'aid_attachment', 'aid_application_event', 'aid_application', 'aid_batch', 'aid_program',
  'hardship_event', 'hardship_file',
  'collective_contract_attachment', 'collective_contract_round', 'collective_contract_negotiator', 'collective_contract_enterprise', 'collective_contract',
  'congress_session', 'congress_representative', 'congress',
  'mediation_event', 'mediation_worker', 'mediation_case',
  'print_log',
  // member's delete trigger keeps member_tally; the tally goes after it, so no trigger writes it back.
  'member_event', 'member', 'member_tally', 'enterprise', 'org',
  'profile', 'demo_marker',
  // The exchange goes too: a cleared demo never reported anything. The change log is last, after every delete
  // trigger that writes it, so no demo row is later sent upstream as a deletion.
  'exchange_conflict', 'federation_member', 'exchange_record', 'exchange_inbound', 'exchange_office',
  'exchange_outbound', 'exchange_upstream', 'exchange_change',
] as const satisfies ReadonlyArray<keyof Database>

/**
 * What demo.clear keeps: who may sign in and what they did (accounts, the audit trail), and the office's settings
 * that are not demo data (printer offsets, the holiday calendar, aid settings, remembered import mappings, the reporting year's start). Serial
 * counters stay so that no serial is ever handed out twice, even across a cleared demo.
 */
export const keptTables = [
  'user_account', 'account_setting', 'audit_log', 'audit_log_record',
  'print_offset', 'print_serial', 'work_calendar_day', 'aid_setting', 'member_import_mapping', 'report_setting',
] as const satisfies ReadonlyArray<keyof Database>

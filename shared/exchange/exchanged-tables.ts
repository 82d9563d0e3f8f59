/**
 * The one list of what travels upstream in an exchange package (issue 15). Carrying a new table is one entry here:
 * the change log's triggers, the package writer, the federation's merge and the row counts all follow this list.
 *
 * - `key`: the columns that identify a row (its primary key), joined into the change log's row key.
 * - `omit`: columns that stay in the office: the federation pays nothing, so bank accounts never leave.
 * - `label`: how the table is named to a clerk (row counts on the 上报 page and in receipts).
 * Order matters: a parent comes before the rows that point at it, so a receiver can insert in list order.
 */
export interface ExchangedTable {
  table: string
  key: readonly string[]
  omit?: readonly string[]
  label: string
}

export const exchangedTables = [
  { table: 'org', key: ['id'], label: '基层工会' },
  { table: 'enterprise', key: ['id'], label: '企业' },
  { table: 'member', key: ['id'], omit: ['bank_name', 'bank_account'], label: '会员' },
  { table: 'member_event', key: ['id'], label: '会籍变动' },
  { table: 'hardship_file', key: ['id'], omit: ['bank_name', 'bank_account'], label: '困难职工档案' },
  { table: 'hardship_event', key: ['id'], label: '档案记录' },
  { table: 'aid_program', key: ['id'], label: '帮扶项目' },
  { table: 'aid_batch', key: ['id'], label: '发放批次' },
  { table: 'aid_application', key: ['id'], omit: ['bank_name', 'bank_account'], label: '救助申请' },
  { table: 'aid_application_event', key: ['id'], label: '申请记录' },
  { table: 'collective_contract', key: ['id'], label: '集体合同' },
  { table: 'collective_contract_enterprise', key: ['contract_id', 'enterprise_id'], label: '合同覆盖企业' },
  { table: 'collective_contract_negotiator', key: ['contract_id', 'side', 'seq'], label: '协商代表' },
  { table: 'collective_contract_round', key: ['contract_id', 'seq'], label: '协商记录' },
  { table: 'congress', key: ['id'], label: '职代会' },
  { table: 'congress_representative', key: ['id'], label: '职工代表' },
  { table: 'congress_session', key: ['id'], label: '职代会会议' },
  { table: 'mediation_case', key: ['id'], label: '调解案件' },
  { table: 'mediation_worker', key: ['id'], label: '涉及职工' },
  { table: 'mediation_event', key: ['id'], label: '调解记录' },
] as const satisfies readonly ExchangedTable[]

export type ExchangedTableName = (typeof exchangedTables)[number]['table']

export const exchangedTableNames: readonly ExchangedTableName[] = exchangedTables.map((t) => t.table)

export function exchangedTable(name: string): ExchangedTable | undefined {
  return exchangedTables.find((t) => t.table === name)
}

/** The separator of a composite row key: a control character no code, id or date contains. */
export const rowKeySeparator = '\u001f'

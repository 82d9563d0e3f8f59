/** Which audit rows touched a record: the 操作日志 filter by record reads this index instead of scanning JSON. */
export interface AuditLogRecordTable {
  record_id: string
  audit_seq: number
}
export interface PartialDB {
  audit_log_record: AuditLogRecordTable
}

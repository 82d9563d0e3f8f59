import type { Kysely, Transaction } from 'kysely'
import type { PartialDB as AccountSettingDB } from './account_setting'
import type { PartialDB as AidApplicationDB } from './aid_application'
import type { PartialDB as AidApplicationEventDB } from './aid_application_event'
import type { PartialDB as AidAttachmentDB } from './aid_attachment'
import type { PartialDB as AidBatchDB } from './aid_batch'
import type { PartialDB as AidObjectionDB } from './aid_objection'
import type { PartialDB as AidProgramDB } from './aid_program'
import type { PartialDB as AidSettingDB } from './aid_setting'
import type { PartialDB as HardshipEventDB } from './hardship_event'
import type { PartialDB as HardshipFileDB } from './hardship_file'
import type { PartialDB as WorkCalendarDayDB } from './work_calendar_day'
import type { PartialDB as AuditLogDB } from './audit_log'
import type { PartialDB as AuditLogRecordDB } from './audit_log_record'
import type { PartialDB as CongressDB } from './congress'
import type { PartialDB as CongressRepresentativeDB } from './congress_representative'
import type { PartialDB as CongressSessionDB } from './congress_session'
import type { PartialDB as DemoMarkerDB } from './demo_marker'
import type { PartialDB as EnterpriseDB } from './enterprise'
import type { PartialDB as ExchangeChangeDB } from './exchange_change'
import type { PartialDB as ExchangeConflictDB } from './exchange_conflict'
import type { PartialDB as ExchangeInboundDB } from './exchange_inbound'
import type { PartialDB as ExchangeOfficeDB } from './exchange_office'
import type { PartialDB as ExchangeRecordDB } from './exchange_record'
import type { PartialDB as FederationMemberDB } from './federation_member'
import type { PartialDB as ExchangeOutboundDB } from './exchange_outbound'
import type { PartialDB as ExchangeUpstreamDB } from './exchange_upstream'
import type { PartialDB as MediationCaseDB } from './mediation_case'
import type { PartialDB as MediationEventDB } from './mediation_event'
import type { PartialDB as MediationWorkerDB } from './mediation_worker'
import type { PartialDB as MemberDB } from './member'
import type { PartialDB as MemberEventDB } from './member_event'
import type { PartialDB as MemberImportMappingDB } from './member_import_mapping'
import type { PartialDB as MemberTallyDB } from './member_tally'
import type { PartialDB as OrgDB } from './org'
import type { PartialDB as CollectiveContractDB } from './collective_contract'
import type { PartialDB as CollectiveContractAttachmentDB } from './collective_contract_attachment'
import type { PartialDB as CollectiveContractEnterpriseDB } from './collective_contract_enterprise'
import type { PartialDB as CollectiveContractNegotiatorDB } from './collective_contract_negotiator'
import type { PartialDB as CollectiveContractRoundDB } from './collective_contract_round'
import type { PartialDB as ProfileDB } from './profile'
import type { PartialDB as ReportSettingDB } from './report_setting'
import type { PartialDB as PrintSerialDB } from './print_serial'
import type { PartialDB as PrintLogDB } from './print_log'
import type { PartialDB as PrintOffsetDB } from './print_offset'
import type { PartialDB as UserAccountDB } from './user_account'

export type Database = ProfileDB & AuditLogDB & AuditLogRecordDB & OrgDB & EnterpriseDB & MemberDB & MemberEventDB & MemberImportMappingDB & MemberTallyDB
  & AidApplicationDB & AidApplicationEventDB & AidAttachmentDB & AidBatchDB & AidObjectionDB & AidProgramDB & AidSettingDB & HardshipEventDB & HardshipFileDB & WorkCalendarDayDB
  & PrintSerialDB & PrintLogDB & PrintOffsetDB
  & MediationCaseDB & MediationWorkerDB & MediationEventDB
  & CongressDB & CongressRepresentativeDB & CongressSessionDB
  & CollectiveContractDB & CollectiveContractEnterpriseDB & CollectiveContractNegotiatorDB & CollectiveContractRoundDB & CollectiveContractAttachmentDB
  & UserAccountDB & AccountSettingDB & DemoMarkerDB & ReportSettingDB
  & ExchangeChangeDB & ExchangeUpstreamDB & ExchangeOutboundDB
  & ExchangeOfficeDB & ExchangeInboundDB & ExchangeRecordDB & FederationMemberDB & ExchangeConflictDB

export type Db = Kysely<Database>
export type Trx = Transaction<Database>

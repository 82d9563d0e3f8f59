import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_profile'
import * as m0002 from './0002_audit_log'
import * as m0003 from './0003_org'
import * as m0004 from './0004_member'
import * as m0005 from './0005_member_tally'
import * as m0006 from './0006_member_list_indexes'
import * as m0007 from './0007_member_event_corrections'
import * as m0008 from './0008_member_name_keys'
import * as m0020 from './0020_aid_setting'
import * as m0021 from './0021_aid_program'
import * as m0022 from './0022_aid_application'
import * as m0023 from './0023_hardship'
import * as m0040 from './0040_print'
import * as m0041 from './0041_aid_application_basis'
import * as m0042 from './0042_member_list_sort_indexes'
import * as m0080 from './0080_mediation'
import * as m0043 from './0043_print_log_void'
import * as m0060 from './0060_collective_contract'
import * as m0070 from './0070_congress'
import * as m0090 from './0090_accounts'
import * as m0100 from './0100_audit_trail'
import * as m0110 from './0110_application_id'
import * as m0120 from './0120_demo_marker'
import * as m0130 from './0130_exchange_office'
import * as m0140 from './0140_report_setting'
import * as m0141 from './0141_statistics_indexes'
import * as m0131 from './0131_exchange_federation'
import * as m0132 from './0132_federation_view_indexes'
import * as m0133 from './0133_exchange_audit_head'
import * as m0149 from './0149_workbench_indexes'

/** Static list, so migrations survive bundling; a landed migration is never edited, only followed by a new one. */
export const migrations: Record<string, Migration> = {
  '0001_profile': m0001,
  '0002_audit_log': m0002,
  '0003_org': m0003,
  '0004_member': m0004,
  '0005_member_tally': m0005,
  '0006_member_list_indexes': m0006,
  '0007_member_event_corrections': m0007,
  '0008_member_name_keys': m0008,
  '0020_aid_setting': m0020,
  '0021_aid_program': m0021,
  '0022_aid_application': m0022,
  '0023_hardship': m0023,
  '0040_print': m0040,
  '0041_aid_application_basis': m0041,
  '0042_member_list_sort_indexes': m0042,
  '0043_print_log_void': m0043,
  '0060_collective_contract': m0060,
  '0070_congress': m0070,
  '0080_mediation': m0080,
  '0090_accounts': m0090,
  '0100_audit_trail': m0100,
  '0110_application_id': m0110,
  '0120_demo_marker': m0120,
  '0130_exchange_office': m0130,
  '0140_report_setting': m0140,
  '0141_statistics_indexes': m0141,
  '0131_exchange_federation': m0131,
  '0132_federation_view_indexes': m0132,
  '0133_exchange_audit_head': m0133,
  '0149_workbench_indexes': m0149,
}

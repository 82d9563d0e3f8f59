import type { Selectable } from 'kysely'

/** A scan of a contract (signed text, filing receipt); the file lives at <dataDir>/attachments/<sha256>. */
export interface CollectiveContractAttachmentTable {
  id: string
  contract_id: string
  file_name: string
  sha256: string
  size_bytes: number
  added_at: string
  added_by: string
}
export type CollectiveContractAttachmentRow = Selectable<CollectiveContractAttachmentTable>
export interface PartialDB {
  collective_contract_attachment: CollectiveContractAttachmentTable
}

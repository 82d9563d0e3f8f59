import type { Selectable } from 'kysely'

/** A scan for one checklist material; the file lives at <dataDir>/attachments/<sha256>. */
export interface AidAttachmentTable {
  id: string
  application_id: string
  material: string
  file_name: string
  sha256: string
  size_bytes: number
  added_at: string
  added_by: string
}
export type AidAttachmentRow = Selectable<AidAttachmentTable>
export interface PartialDB {
  aid_attachment: AidAttachmentTable
}

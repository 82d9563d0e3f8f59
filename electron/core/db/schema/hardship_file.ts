import type { Selectable } from 'kysely'
import type { HardshipCategoryValue, HardshipStatus } from '../../../../shared/hardship/types'

/** 一户一档: a member's household file; the figures of the category calculation are stored with it. */
export interface HardshipFileTable {
  id: string
  member_id: string
  status: HardshipStatus
  category: HardshipCategoryValue | null
  category_reason: string | null
  causes_json: string
  address: string | null
  phone: string | null
  bank_name: string | null
  bank_account: string | null
  household_size: number
  annual_income_fen: number
  rigid_expenses_fen: number
  family_json: string
  incomes_json: string
  expenses_json: string
  note: string | null
  registered_on: string | null
  last_reviewed_on: string | null
  next_review_due: string | null
  created_at: string
  updated_at: string
}
export type HardshipFileRow = Selectable<HardshipFileTable>
export interface PartialDB {
  hardship_file: HardshipFileTable
}

import type { Selectable } from 'kysely'
import type { Gender, RepresentativeCategory } from '../../../../shared/congress/types'

/** One representative of the current term's roster, in the order the roster lists them. */
export interface CongressRepresentativeTable {
  id: string
  congress_id: string
  seq: number
  name: string
  category: RepresentativeCategory
  gender: Gender
}
export type CongressRepresentativeRow = Selectable<CongressRepresentativeTable>
export interface PartialDB {
  congress_representative: CongressRepresentativeTable
}

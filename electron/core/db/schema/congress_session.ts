import type { Selectable } from 'kysely'

/** One session: its agenda (JSON string list) and its recorded votes (JSON [{item, yes}]). */
export interface CongressSessionTable {
  id: string
  congress_id: string
  seq: number
  date: string
  present: number
  items_json: string
  votes_json: string
}
export type CongressSessionRow = Selectable<CongressSessionTable>
export interface PartialDB {
  congress_session: CongressSessionTable
}

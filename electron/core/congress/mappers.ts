import { z } from 'zod'
import { sessionVoteInput } from '../../../shared/contract/congress'
import type { CongressSession, Representative } from '../../../shared/congress/types'
import type { CongressRepresentativeRow } from '../db/schema/congress_representative'
import type { CongressSessionRow } from '../db/schema/congress_session'

const itemsJson = z.array(z.string())
const votesJson = z.array(sessionVoteInput)

export function toRepresentative(r: CongressRepresentativeRow): Representative {
  return { name: r.name, category: r.category, gender: r.gender }
}

/** The JSON columns were written by this module; parsing them (not casting) keeps a damaged row from passing as data. */
export function toSession(r: CongressSessionRow): CongressSession {
  return { date: r.date, present: r.present, items: itemsJson.parse(JSON.parse(r.items_json)), votes: votesJson.parse(JSON.parse(r.votes_json)) }
}

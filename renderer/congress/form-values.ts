import dayjs, { type Dayjs } from 'dayjs'
import type { Input } from '../../shared/contract/index'
import type { CongressDetail, Gender, RepresentativeCategory } from '../../shared/congress/types'
import { toIsoDate } from '../../shared/dates'

/** What the antd form holds while editing: dates as dayjs; converted only at submit. */
export interface CongressFormValues {
  established: boolean
  rulesOnFile: boolean
  termStart: Dayjs | null
  termEnd: Dayjs | null
  representatives: { name?: string; category?: RepresentativeCategory; gender?: Gender }[]
  sessions: { date: Dayjs | null; present?: number; items?: string[]; votes?: { item?: string; yes?: number }[] }[]
}

export function toFormValues(d: CongressDetail): CongressFormValues {
  return {
    established: d.established,
    rulesOnFile: d.rulesOnFile,
    termStart: d.termStart ? dayjs(d.termStart) : null,
    termEnd: d.termEnd ? dayjs(d.termEnd) : null,
    representatives: d.representatives.map((r) => ({ ...r })),
    sessions: d.sessions.map((s) => ({ date: dayjs(s.date), present: s.present, items: [...s.items], votes: s.votes.map((v) => ({ ...v })) })),
  }
}

/** Missing values go to the core as they are, so its validation (and its Chinese message naming the row) answers. */
export function toSaveInput(enterpriseId: string, v: CongressFormValues): Input<'congress.save'> {
  const date = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : null)
  return {
    enterpriseId,
    established: v.established,
    rulesOnFile: v.rulesOnFile,
    termStart: date(v.termStart),
    termEnd: date(v.termEnd),
    representatives: (v.representatives ?? []).map((r) => ({ name: r.name ?? '', category: r.category ?? '一线职工', gender: r.gender ?? '男' })),
    sessions: (v.sessions ?? []).map((s) => ({
      date: date(s.date) ?? '',
      present: s.present ?? 0,
      items: s.items ?? [],
      votes: (s.votes ?? []).map((x) => ({ item: x.item ?? '', yes: x.yes ?? 0 })),
    })),
  }
}

/** A core field path (sessions.0.present) as the antd name path (['sessions', 0, 'present']). */
export function namePath(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { ContractDetail, ContractKind } from '../../shared/contract/contracts'
import type { Input } from '../../shared/contract/index'
import { toIsoDate } from '../../shared/dates'
import { fen, fenToYuanString, yuanToFen } from '../../shared/money'

// The form keeps yuan strings and dayjs values while editing (style.md §5); these functions are the only place they
// turn into the contract's fen and ISO dates.

type D = Dayjs | null | undefined
type DateField = 'requestDate' | 'replyDate' | 'signedDate' | 'filedDate' | 'receivedDate' | 'termStart' | 'termEnd' | 'renewalStartedDate' | 'voteDate'

export type ContractFormValues = { [K in DateField]?: D } & {
  kind?: ContractKind
  title?: string
  unionSide?: string
  employerSide?: string
  union?: string
  enterprises?: string[]
  workersCovered?: number | null
  workersCoveredReason?: string
  unionNegotiators?: { name?: string; chief?: boolean; expert?: boolean }[]
  employerNegotiators?: { name?: string; chief?: boolean; expert?: boolean }[]
  rounds?: { date?: D; minutes?: string }[]
  voteTotal?: number | null
  votePresent?: number | null
  voteApprove?: number | null
  objected?: boolean
  emergency?: boolean
  emergencyReason?: string
  minimumWage?: string
  wageIncreasePct?: number | null
  workingHours?: string
  rest?: string
  womenProtection?: string
  safety?: string
  text?: string
}

const iso = (d: D): string | null => (d ? toIsoDate(d) : null)
const day = (s: string | null): Dayjs | null => (s ? dayjs(s) : null)

export function toSaveInput(v: ContractFormValues, id?: string): Input<'contracts.save'> {
  const people = (list: ContractFormValues['unionNegotiators']) => (list ?? []).map((p) => ({ name: p.name ?? '', chief: p.chief ?? false, expert: p.expert ?? false }))
  const hasVote = v.voteTotal != null || v.votePresent != null || v.voteApprove != null
  return {
    id, kind: v.kind ?? '综合', title: v.title ?? '', unionSide: v.unionSide, employerSide: v.employerSide, union: v.union, enterprises: v.enterprises ?? [],
    workersCovered: v.workersCovered ?? null, workersCoveredReason: v.workersCoveredReason,
    negotiators: { union: people(v.unionNegotiators), employer: people(v.employerNegotiators) },
    terms: {
      minimumWageFen: v.minimumWage ? yuanToFen(v.minimumWage) : null, wageIncreasePct: v.wageIncreasePct ?? null, workingHours: v.workingHours, rest: v.rest,
      womenProtection: v.womenProtection, safety: v.safety,
    },
    text: v.text,
    requestDate: iso(v.requestDate), replyDate: iso(v.replyDate),
    rounds: (v.rounds ?? []).map((r) => ({ date: iso(r.date) ?? '', minutes: r.minutes })),
    vote: hasVote ? { total: v.voteTotal ?? 0, present: v.votePresent ?? 0, approve: v.voteApprove ?? 0, date: iso(v.voteDate) } : null,
    signedDate: iso(v.signedDate), filedDate: iso(v.filedDate), receivedDate: iso(v.receivedDate), objected: v.objected ?? false,
    termStart: iso(v.termStart), termEnd: iso(v.termEnd), emergency: v.emergency ?? false, emergencyReason: v.emergencyReason,
    renewalStartedDate: iso(v.renewalStartedDate),
  }
}

export function fromContract(c: ContractDetail): ContractFormValues {
  return {
    kind: c.kind, title: c.title, unionSide: c.unionSide ?? undefined, employerSide: c.employerSide ?? undefined, union: c.union ?? undefined,
    enterprises: c.enterprises.map((e) => e.name),
    workersCovered: c.workersCoveredReason ? c.workersCovered : null, workersCoveredReason: c.workersCoveredReason ?? undefined,
    unionNegotiators: c.negotiators.union, employerNegotiators: c.negotiators.employer,
    rounds: c.rounds.map((r) => ({ date: day(r.date), minutes: r.minutes ?? undefined })),
    voteTotal: c.vote?.total ?? null, votePresent: c.vote?.present ?? null, voteApprove: c.vote?.approve ?? null, voteDate: day(c.vote?.date ?? null),
    requestDate: day(c.requestDate), replyDate: day(c.replyDate), signedDate: day(c.signedDate), filedDate: day(c.filedDate), receivedDate: day(c.receivedDate),
    termStart: day(c.termStart), termEnd: day(c.termEnd), renewalStartedDate: day(c.renewalStartedDate),
    objected: c.objected, emergency: c.emergency, emergencyReason: c.emergencyReason ?? undefined,
    minimumWage: c.terms.minimumWageFen === null ? undefined : fenToYuanString(fen(c.terms.minimumWageFen)),
    wageIncreasePct: c.terms.wageIncreasePct, workingHours: c.terms.workingHours ?? undefined, rest: c.terms.rest ?? undefined,
    womenProtection: c.terms.womenProtection ?? undefined, safety: c.terms.safety ?? undefined, text: c.text ?? undefined,
  }
}

/** Form field names for the core's `field` in a refusal. */
export const fieldOfContract: Readonly<Record<string, keyof ContractFormValues>> = {
  kind: 'kind', title: 'title', union: 'union', enterprises: 'enterprises', workersCovered: 'workersCovered', workersCoveredReason: 'workersCoveredReason',
  requestDate: 'requestDate', replyDate: 'replyDate', signedDate: 'signedDate', filedDate: 'filedDate', receivedDate: 'receivedDate', termStart: 'termStart',
  termEnd: 'termEnd', emergencyReason: 'emergencyReason', 'vote.total': 'voteTotal', 'vote.present': 'votePresent', 'vote.approve': 'voteApprove',
}

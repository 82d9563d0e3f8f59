import dayjs, { type Dayjs } from 'dayjs'
import type { Input } from '../../shared/contract/index'
import type { MediationCase } from '../../shared/contract/mediation'
import { toIsoDate } from '../../shared/dates'
import type { DisputeType, LegalAidKind } from '../../shared/mediation/types'
import { fen, fenToYuanString, yuanToFen } from '../../shared/money'

/** A worker row as the form holds it: a member of the register (picked) or a person typed in. */
export interface WorkerValues {
  kind: 'member' | 'other'
  memberId?: string
  /** Shown for a member already on the case (the picker only knows members it has searched). */
  memberLabel?: string
  name?: string
  idNumber?: string
  phone?: string
  /** Masked numbers on file, kept when the field is left empty. */
  keptIdNumber?: string | null
  keptPhone?: string | null
}

export interface MediationFormValues {
  type?: DisputeType
  workers: WorkerValues[]
  enterpriseId?: string
  appliedDate?: Dayjs
  acceptedDate?: Dayjs
  mediator?: string
  claims?: string
  claimYuan?: string
  legalAid: boolean
  legalAidKind?: LegalAidKind
  note?: string
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v)

export function emptyValues(): MediationFormValues {
  return { workers: [{ kind: 'member' }], appliedDate: dayjs(), legalAid: false }
}

export function fromCase(c: MediationCase): MediationFormValues {
  return {
    type: c.type,
    workers: c.workers.map((w) =>
      w.memberId !== null
        ? { kind: 'member', memberId: w.memberId, memberLabel: `${w.name}　${w.idNumber ?? ''}` }
        : { kind: 'other', name: w.name, keptIdNumber: w.idNumber, keptPhone: w.phone },
    ),
    enterpriseId: c.enterpriseId,
    mediator: c.mediator ?? undefined,
    claims: c.claims ?? undefined,
    claimYuan: c.claimFen === null ? undefined : fenToYuanString(fen(c.claimFen)),
    legalAid: c.legalAid,
    legalAidKind: c.legalAidKind ?? undefined,
    note: c.note ?? undefined,
  }
}

/** The particulars as the contract takes them; an ID or phone left empty on an edit is absent, which keeps the one on file. */
export function toFields(v: MediationFormValues & { type: DisputeType }, editing: boolean): Omit<Input<'mediation.update'>, 'id'> {
  const claim = blank(v.claimYuan)
  return {
    type: v.type,
    workers: (v.workers ?? []).map((w) =>
      w.kind === 'member'
        ? { memberId: w.memberId ?? null }
        : {
            name: w.name ?? null,
            idNumber: blank(w.idNumber) ?? (editing && w.keptIdNumber ? undefined : null),
            phone: blank(w.phone) ?? (editing && w.keptPhone ? undefined : null),
          },
    ),
    enterpriseId: v.enterpriseId,
    mediator: v.mediator ?? null,
    claims: v.claims ?? null,
    claimFen: claim === undefined ? null : yuanToFen(claim),
    legalAid: v.legalAid,
    legalAidKind: v.legalAid ? (v.legalAidKind ?? null) : null,
    note: v.note ?? null,
  }
}

export function toAddInput(v: MediationFormValues & { type: DisputeType }): Input<'mediation.add'> {
  return {
    ...toFields(v, false),
    appliedDate: v.appliedDate ? toIsoDate(v.appliedDate) : '',
    ...(v.acceptedDate ? { acceptedDate: toIsoDate(v.acceptedDate) } : {}),
  }
}

/** Where a field named by the contract (workers.0.idNumber, claimFen) sits in this form. */
export function formPath(field: string): Array<string | number> {
  if (field === 'claimFen') return ['claimYuan']
  if (field === 'enterprise') return ['enterpriseId']
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

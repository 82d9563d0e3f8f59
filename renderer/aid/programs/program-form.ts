import type { AidProgram, AidProgramDefinition, Grade, RuleKind } from '../../../shared/aid/rules'
import type { AllowedMemberStatus, HardshipCategory, MaterialSpec } from '../../../shared/aid/rules'
import { fen, fenToYuanString, yuanToFen } from '../../../shared/money'

// The program editor holds yuan strings while editing; these two functions are the only conversions between the
// form and the stored definition (fen), always through yuanToFen / fenToYuanString.

interface TableFieldValues {
  key?: string
  label?: string
  values?: string[]
  checkAgainst?: boolean
}

export interface ProgramFormValues {
  code?: string
  name?: string
  year?: number
  budget?: string
  kind?: RuleKind
  fixed?: { amount?: string }
  graded?: { tiers?: { grades?: Grade[]; amount?: string }[] }
  table?: {
    fields?: TableFieldValues[]
    rows?: { when?: Record<string, string[] | undefined>; amount?: string }[]
    recordFields?: { key?: string; label?: string }[]
  }
  medical?: {
    deductible?: string
    segments?: { upto?: string; rate?: number }[]
    minPayout?: string
    yearlyCap?: string
    allowancePerDay?: string
    allowanceMaxDays?: number
  }
  inKind?: { items?: { item?: string; unit?: string; quantity?: number; unitValue?: string }[] }
  constraints?: {
    memberStatuses?: AllowedMemberStatus[]
    hardshipCategories?: HardshipCategory[]
    oncePerMember?: boolean
    maxTimesPerYear?: number | null
    capGroupCode?: string
    capGroupName?: string
    capGroupCap?: string
    excludesPrograms?: string[]
  }
  materials?: string[]
  /** Items with a `when` condition; the editor keeps them as they are (edited through the program file). */
  conditionalMaterials?: Exclude<MaterialSpec, string>[]
}

const toFen = (yuan: string | undefined): number => yuanToFen(yuan ?? '')
const toYuan = (f: number): string => fenToYuanString(fen(f))
const blank = (s: string | undefined) => s === undefined || s.trim() === ''

function ruleOf(v: ProgramFormValues): AidProgramDefinition['rule'] {
  switch (v.kind) {
    case 'graded':
      return { kind: 'graded', tiers: (v.graded?.tiers ?? []).map((t) => ({ grades: t.grades ?? [], amountFen: toFen(t.amount) })) }
    case 'table': {
      const fields = v.table?.fields ?? []
      return {
        kind: 'table',
        fields: fields.map((f) => ({
          key: f.key ?? '',
          label: f.label ?? '',
          values: f.values ?? [],
          ...(f.checkAgainst ? { checkAgainst: 'hardshipCategory' as const } : {}),
        })),
        rows: (v.table?.rows ?? []).map((r) => ({
          when: Object.fromEntries(
            Object.entries(r.when ?? {}).flatMap(([k, vals]) => (vals && vals.length > 0 && fields.some((f) => f.key === k) ? [[k, vals]] : [])),
          ),
          amountFen: toFen(r.amount),
        })),
        recordFields: (v.table?.recordFields ?? []).map((f) => ({ key: f.key ?? '', label: f.label ?? '' })),
      }
    }
    case 'medical': {
      const m = v.medical ?? {}
      return {
        kind: 'medical',
        deductibleYearlyFen: toFen(m.deductible),
        segments: (m.segments ?? []).map((s) => ({ uptoFen: blank(s.upto) ? null : toFen(s.upto), rate: s.rate ?? 0 })),
        minPayoutFen: toFen(m.minPayout),
        yearlyCapFen: toFen(m.yearlyCap),
        allowancePerDayFen: toFen(m.allowancePerDay),
        allowanceMaxDays: m.allowanceMaxDays ?? 0,
      }
    }
    case 'in_kind':
      return {
        kind: 'in_kind',
        items: (v.inKind?.items ?? []).map((i) => ({
          item: i.item ?? '',
          ...(blank(i.unit) ? {} : { unit: i.unit }),
          quantity: i.quantity ?? 1,
          unitValueFen: toFen(i.unitValue),
        })),
      }
    case 'fixed':
    case undefined:
      return { kind: 'fixed', amountFen: toFen(v.fixed?.amount) }
  }
}

export function toDefinition(v: ProgramFormValues): AidProgramDefinition {
  const c = v.constraints ?? {}
  const categories = c.hardshipCategories ?? []
  return {
    code: v.code ?? '',
    name: v.name ?? '',
    year: v.year ?? 0,
    budgetFen: toFen(v.budget),
    rule: ruleOf(v),
    constraints: {
      memberStatuses: c.memberStatuses ?? ['在会'],
      ...(categories.length > 0 ? { hardshipCategories: categories } : {}),
      oncePerMember: c.oncePerMember ?? false,
      ...(c.maxTimesPerYear ? { maxTimesPerYear: c.maxTimesPerYear } : {}),
      ...(blank(c.capGroupCode)
        ? {}
        : { capGroup: { code: c.capGroupCode ?? '', ...(blank(c.capGroupName) ? {} : { name: c.capGroupName }), yearlyCapFen: toFen(c.capGroupCap) } }),
      excludesPrograms: c.excludesPrograms ?? [],
    },
    materials: [...(v.materials ?? []), ...(v.conditionalMaterials ?? [])],
  }
}

type RuleDefinition = AidProgramDefinition['rule']

function ruleValues(rule: RuleDefinition): ProgramFormValues {
  switch (rule.kind) {
    case 'fixed':
      return { kind: 'fixed', fixed: { amount: toYuan(rule.amountFen) } }
    case 'graded':
      return { kind: 'graded', graded: { tiers: rule.tiers.map((t) => ({ grades: t.grades, amount: toYuan(t.amountFen) })) } }
    case 'table':
      return {
        kind: 'table',
        table: {
          fields: rule.fields.map((f) => ({ key: f.key, label: f.label, values: f.values, checkAgainst: f.checkAgainst === 'hardshipCategory' })),
          rows: rule.rows.map((r) => ({ when: r.when, amount: toYuan(r.amountFen) })),
          recordFields: rule.recordFields ?? [],
        },
      }
    case 'medical':
      return {
        kind: 'medical',
        medical: {
          deductible: toYuan(rule.deductibleYearlyFen),
          segments: rule.segments.map((s) => ({ upto: s.uptoFen === null ? undefined : toYuan(s.uptoFen), rate: s.rate })),
          minPayout: toYuan(rule.minPayoutFen),
          yearlyCap: toYuan(rule.yearlyCapFen),
          allowancePerDay: toYuan(rule.allowancePerDayFen),
          allowanceMaxDays: rule.allowanceMaxDays,
        },
      }
    case 'in_kind':
      return {
        kind: 'in_kind',
        inKind: { items: rule.items.map((i) => ({ item: i.item, unit: i.unit, quantity: i.quantity, unitValue: toYuan(i.unitValueFen) })) },
      }
  }
}

/** A stored program, or a template with the chosen year and budget, as editor values. */
export function fromDefinition(def: AidProgramDefinition | AidProgram): ProgramFormValues {
  const c = def.constraints ?? {}
  return {
    code: def.code,
    name: def.name,
    year: def.year,
    budget: toYuan(def.budgetFen),
    ...ruleValues(def.rule),
    constraints: {
      memberStatuses: c.memberStatuses ?? ['在会'],
      hardshipCategories: c.hardshipCategories,
      oncePerMember: c.oncePerMember ?? false,
      maxTimesPerYear: c.maxTimesPerYear ?? null,
      capGroupCode: c.capGroup?.code,
      capGroupName: c.capGroup?.name,
      capGroupCap: c.capGroup ? toYuan(c.capGroup.yearlyCapFen) : undefined,
      excludesPrograms: c.excludesPrograms ?? [],
    },
    materials: (def.materials ?? []).filter((m) => typeof m === 'string'),
    conditionalMaterials: (def.materials ?? []).filter((m) => typeof m !== 'string'),
  }
}

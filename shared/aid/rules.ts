import { z } from 'zod'
import { AppError, zodToAppError } from '../errors'
import { fen, formatFen } from '../money'

// Aid program definitions (domain.md §6) and the application inputs each rule kind expects.
// Everything here is data validation; the arithmetic lives in evaluate.ts and medical.ts.

export const ALLOWED_MEMBER_STATUSES = ['在会', '保留'] as const
export const HARDSHIP_CATEGORIES = ['深度困难', '相对困难', '意外致困'] as const
export const RULE_KINDS = ['fixed', 'graded', 'table', 'medical', 'in_kind'] as const
export const MIN_GRADE = 1
export const MAX_GRADE = 10
/** Rates are stored as decimals but computed in 万分之一, so every allowed rate is exact in integer arithmetic. */
export const RATE_UNITS_PER_ONE = 10_000

export type AllowedMemberStatus = (typeof ALLOWED_MEMBER_STATUSES)[number]
export type HardshipCategory = (typeof HARDSHIP_CATEGORIES)[number]
export type RuleKind = (typeof RULE_KINDS)[number]

const RULE_KIND_NAMES: Record<RuleKind, string> = {
  fixed: '定额',
  graded: '按等级',
  table: '查表',
  medical: '医疗互助',
  in_kind: '实物',
}

const fenAmount = z.number().int().nonnegative()
const count = z.number().int().nonnegative()
const text = (max: number) => z.string().trim().min(1).max(max)

/** Codes travel in CLI arguments and exchange files, so no whitespace; Chinese is fine. */
const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((code) => !/\s/.test(code), { error: '不能含有空格' })

function isWholeRateUnit(rate: number): boolean {
  const scaled = rate * RATE_UNITS_PER_ONE
  return Math.abs(scaled - Math.round(scaled)) < 1e-6
}

const rateSchema = z
  .number()
  .min(0)
  .max(1)
  .refine(isWholeRateUnit, { error: '最多精确到万分之一（如 0.3、0.955）' })

// ---------------------------------------------------------------------------------------------------------------
// Rule kinds

export const fixedRuleSchema = z.strictObject({
  kind: z.literal('fixed'),
  amountFen: fenAmount,
})

const gradeSchema = z.union([z.number().int().min(MIN_GRADE).max(MAX_GRADE), z.literal('death')], {
  error: `应为 ${MIN_GRADE}～${MAX_GRADE} 级或 "death"（死亡）`,
})

const gradedTierSchema = z.strictObject({
  grades: z.array(gradeSchema).min(1),
  amountFen: fenAmount,
})

export const gradedRuleSchema = z.strictObject({
  kind: z.literal('graded'),
  tiers: z
    .array(gradedTierSchema)
    .min(1)
    .superRefine((tiers, ctx) => {
      const seen = new Set<number | 'death'>()
      tiers.forEach((tier, i) => {
        tier.grades.forEach((grade, j) => {
          if (seen.has(grade)) {
            ctx.addIssue({ code: 'custom', path: [i, 'grades', j], message: `中的「${gradeName(grade)}」在多个档次中重复出现` })
          }
          seen.add(grade)
        })
      })
    }),
})

// A refinement, not .regex(): zodToAppError reports every format issue as a bare 格式不正确.
const fieldKeySchema = z
  .string()
  .refine((key) => /^[A-Za-z][A-Za-z0-9_]*$/.test(key), { error: '只能由字母、数字和下划线组成，并以字母开头' })

/** A lookup key the applicant fills in; `checkAgainst` ties it to a fact the database already knows. */
const tableFieldSchema = z.strictObject({
  key: fieldKeySchema,
  label: text(20),
  values: z.array(text(20)).min(1),
  checkAgainst: z.literal('hardshipCategory').optional(),
})

/** A row matches when every listed field has one of the listed values; fields left out match anything. */
const tableRowSchema = z.strictObject({
  when: z.record(z.string(), z.array(z.string()).min(1)),
  amountFen: fenAmount,
})

/** Free-text facts recorded with the application that do not change the amount (学生姓名, 学年). */
const recordFieldSchema = z.strictObject({
  key: fieldKeySchema,
  label: text(20),
})

export const tableRuleSchema = z
  .strictObject({
    kind: z.literal('table'),
    fields: z.array(tableFieldSchema).min(1),
    rows: z.array(tableRowSchema).min(1),
    recordFields: z.array(recordFieldSchema).default([]),
  })
  .superRefine((rule, ctx) => {
    const keys = new Set<string>()
    rule.fields.forEach((field, i) => {
      if (keys.has(field.key)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: `「${field.key}」重复` })
      keys.add(field.key)
    })
    rule.recordFields.forEach((field, i) => {
      if (keys.has(field.key)) ctx.addIssue({ code: 'custom', path: ['recordFields', i, 'key'], message: `「${field.key}」重复` })
      keys.add(field.key)
    })
    rule.rows.forEach((row, i) => {
      for (const [key, values] of Object.entries(row.when)) {
        const field = rule.fields.find((f) => f.key === key)
        if (!field) {
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'when', key], message: `引用了没有定义的查表字段「${key}」` })
          continue
        }
        const unknown = values.filter((v) => !field.values.includes(v))
        if (unknown.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'when', key],
            message: `中的「${unknown.join('、')}」不是「${field.label}」的可选值`,
          })
        }
      }
    })
  })

const medicalSegmentSchema = z.strictObject({
  uptoFen: z.number().int().min(1).nullable(),
  rate: rateSchema,
})

export const medicalRuleSchema = z.strictObject({
  kind: z.literal('medical'),
  deductibleYearlyFen: fenAmount,
  segments: z
    .array(medicalSegmentSchema)
    .min(1)
    .superRefine((segments, ctx) => {
      let previous = 0
      segments.forEach((segment, i) => {
        const isLast = i === segments.length - 1
        if (segment.uptoFen === null) {
          if (!isLast) ctx.addIssue({ code: 'custom', path: [i, 'uptoFen'], message: '只有最后一段可以不设上限（null）' })
          return
        }
        if (isLast) ctx.addIssue({ code: 'custom', path: [i, 'uptoFen'], message: '最后一段应不设上限（null）' })
        if (segment.uptoFen <= previous) {
          ctx.addIssue({ code: 'custom', path: [i, 'uptoFen'], message: `应大于上一段的上限 ${formatFen(fen(previous))} 元` })
        }
        previous = Math.max(previous, segment.uptoFen)
      })
    }),
  minPayoutFen: fenAmount,
  yearlyCapFen: fenAmount,
  allowancePerDayFen: fenAmount,
  allowanceMaxDays: count,
})

const goodsItemSchema = z.strictObject({
  item: text(40),
  unit: text(6).optional(),
  quantity: z.number().int().min(1),
  unitValueFen: fenAmount,
})

/** `items` is the standard package; an application may record different goods for one recipient. */
export const inKindRuleSchema = z.strictObject({
  kind: z.literal('in_kind'),
  items: z.array(goodsItemSchema).min(1),
})

export const aidRuleSchema = z.discriminatedUnion(
  'kind',
  [fixedRuleSchema, gradedRuleSchema, tableRuleSchema, medicalRuleSchema, inKindRuleSchema],
  { error: `只能是：${RULE_KINDS.map((k) => `${k}（${RULE_KIND_NAMES[k]}）`).join('、')}` },
)

export type FixedRule = z.output<typeof fixedRuleSchema>
export type GradedRule = z.output<typeof gradedRuleSchema>
export type Grade = GradedRule['tiers'][number]['grades'][number]
export type TableRule = z.output<typeof tableRuleSchema>
export type MedicalRule = z.output<typeof medicalRuleSchema>
export type MedicalSegment = MedicalRule['segments'][number]
export type InKindRule = z.output<typeof inKindRuleSchema>
export type GoodsItem = z.output<typeof goodsItemSchema>
export type AidRule = z.output<typeof aidRuleSchema>

// ---------------------------------------------------------------------------------------------------------------
// Constraints and the program

export const aidConstraintsSchema = z.strictObject({
  memberStatuses: z.array(z.enum(ALLOWED_MEMBER_STATUSES)).min(1).default(['在会']),
  hardshipCategories: z.array(z.enum(HARDSHIP_CATEGORIES)).min(1).optional(),
  oncePerMember: z.boolean().default(false),
  maxTimesPerYear: z.number().int().min(1).optional(),
  /** `name` is what reasons call the group (本年度慰问合计上限); it defaults to the code. */
  capGroup: z
    .strictObject({
      code: codeSchema,
      name: text(20).optional(),
      yearlyCapFen: fenAmount,
    })
    .optional(),
  excludesPrograms: z.array(codeSchema).default([]),
})

/**
 * A checklist item: a name, or a name with `when` for an item only some applications need (抚慰金: 亲属关系证明 only
 * for a death, `{"name":"…","when":{"grade":["death"]}}`). `when` lists input fields and the values that make the
 * item needed; every listed field must match.
 */
export const materialSchema = z.union([
  text(60),
  z.strictObject({
    name: text(60),
    when: z.record(fieldKeySchema, z.array(z.union([z.string(), z.number()])).min(1)),
  }),
])
export type MaterialSpec = z.output<typeof materialSchema>

const PROGRAM_KEYS: ReadonlySet<string> = new Set(['code', 'name', 'year', 'budgetFen', 'rule', 'constraints', 'materials'])

export const aidProgramObjectSchema = z
  .strictObject({
    code: codeSchema,
    name: text(60),
    year: z.number().int().min(2000).max(2100),
    budgetFen: fenAmount,
    rule: aidRuleSchema,
    constraints: aidConstraintsSchema.prefault({}),
    materials: z.array(materialSchema).default([]),
  })
  .superRefine((program, ctx) => {
    const names = new Set<string>()
    program.materials.forEach((m, j) => {
      const name = materialName(m)
      if (names.has(name)) ctx.addIssue({ code: 'custom', path: ['materials', j], message: `中的「${name}」重复` })
      names.add(name)
    })
    const i = program.constraints.excludesPrograms.indexOf(program.code)
    if (i >= 0) ctx.addIssue({ code: 'custom', path: ['constraints', 'excludesPrograms', i], message: '不能包含本项目自己' })
  })

export function materialName(m: MaterialSpec): string {
  return typeof m === 'string' ? m : m.name
}

/** Whether an application with this input needs the item. */
export function materialNeeded(m: MaterialSpec, input: Readonly<Record<string, unknown>>): boolean {
  if (typeof m === 'string') return true
  return Object.entries(m.when).every(([key, values]) => values.some((v) => v === input[key]))
}

/** The condition in the clerk's words (仅「伤残等级」为 死亡 时需要), or null for an item every application needs. */
export function materialCondition(m: MaterialSpec, labels: Readonly<Record<string, string>>): string | null {
  if (typeof m === 'string') return null
  const parts = Object.entries(m.when).map(([key, values]) => {
    const shown = values.map((v) => (key === 'grade' && (v === 'death' || typeof v === 'number') ? gradeName(v) : String(v)))
    return `「${labels[key] ?? key}」为 ${shown.join('、')}`
  })
  return `仅${parts.join('且')} 时需要`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `uniondesk aid programs add FILE.json` files write the rule next to code/name ({"code", …, "kind": "fixed",
 * "amountFen": 50000}); the app stores it nested under `rule`. Anything that is not a program key belongs to the rule.
 */
function nestFlatRule(raw: unknown): unknown {
  if (!isRecord(raw) || 'rule' in raw || !('kind' in raw)) return raw
  const program: Record<string, unknown> = {}
  const rule: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (PROGRAM_KEYS.has(key)) program[key] = value
    else rule[key] = value
  }
  return { ...program, rule }
}

/** Accepts the nested shape and the flat CLI shape; both come out as one nested, defaulted `AidProgram`. */
export const aidProgramSchema = z.preprocess(nestFlatRule, aidProgramObjectSchema)

export type AidConstraints = z.output<typeof aidConstraintsSchema>
export type AidProgram = z.output<typeof aidProgramObjectSchema>
/** The nested shape before defaults, as a template or a JSON file writes it. */
export type AidProgramDefinition = z.input<typeof aidProgramObjectSchema>

export const aidProgramLabels: Readonly<Record<string, string>> = {
  code: '项目编号',
  name: '项目名称',
  year: '年度',
  budgetFen: '预算金额',
  rule: '发放规则',
  'rule.kind': '规则类型',
  'rule.amountFen': '定额金额',
  'rule.tiers': '等级档次',
  'rule.tiers.grades': '伤残等级',
  'rule.tiers.amountFen': '档次金额',
  'rule.fields': '查表字段',
  'rule.fields.key': '字段代码',
  'rule.fields.label': '字段名称',
  'rule.fields.values': '可选值',
  'rule.fields.checkAgainst': '核对依据',
  'rule.rows': '标准表',
  'rule.rows.when': '适用条件',
  'rule.rows.amountFen': '标准金额',
  'rule.recordFields': '登记字段',
  'rule.recordFields.key': '登记字段代码',
  'rule.recordFields.label': '登记字段名称',
  'rule.deductibleYearlyFen': '年度起付线',
  'rule.segments': '分段',
  'rule.segments.uptoFen': '分段上限',
  'rule.segments.rate': '补助比例',
  'rule.minPayoutFen': '最低补助金额',
  'rule.yearlyCapFen': '年度补助上限',
  'rule.allowancePerDayFen': '住院津贴日标准',
  'rule.allowanceMaxDays': '住院津贴最多天数',
  'rule.items': '物品清单',
  'rule.items.item': '物品名称',
  'rule.items.unit': '计量单位',
  'rule.items.quantity': '数量',
  'rule.items.unitValueFen': '单价',
  constraints: '申请条件',
  'constraints.memberStatuses': '会员状态要求',
  'constraints.hardshipCategories': '困难类别要求',
  'constraints.oncePerMember': '每人限领一次',
  'constraints.maxTimesPerYear': '每年最多次数',
  'constraints.capGroup': '合计上限组',
  'constraints.capGroup.code': '上限组代码',
  'constraints.capGroup.name': '上限组名称',
  'constraints.capGroup.yearlyCapFen': '每人每年合计上限',
  'constraints.excludesPrograms': '互斥项目',
  materials: '申请材料清单',
}

/**
 * zodToAppError looks labels up by the exact path, which for nested lists carries indices (rule.segments.1.uptoFen).
 * Resolve the most specific index-free label first so the message names the field, not just 「发放规则」.
 */
function labelsForIssue(error: z.ZodError, labels: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const path = error.issues[0]?.path ?? []
  const names = path.filter((p) => typeof p === 'string')
  for (let n = names.length; n > 0; n--) {
    const label = labels[names.slice(0, n).join('.')]
    if (label) return { ...labels, [path.map(String).join('.')]: label }
  }
  return labels
}

/** Without the input in each issue, zodToAppError cannot tell a missing field from a wrong type (1.5 → 「…」不能为空). */
const PARSE_OPTIONS = { reportInput: true } as const

function toAppError(error: z.ZodError, labels: Readonly<Record<string, string>>): AppError {
  return zodToAppError(error, labelsForIssue(error, labels))
}

/** Parses a program file or form; throws AppError('INVALID_INPUT') naming the field in Chinese. */
export function parseAidProgram(raw: unknown): AidProgram {
  const parsed = aidProgramSchema.safeParse(raw, PARSE_OPTIONS)
  if (!parsed.success) throw toAppError(parsed.error, aidProgramLabels)
  return parsed.data
}

// ---------------------------------------------------------------------------------------------------------------
// Application inputs, one schema per rule kind

export function gradeName(grade: Grade): string {
  return grade === 'death' ? '死亡' : `${grade} 级`
}

const payeeFields = ['payeeName', 'payeeRelation', 'payeeIdNumber'] as const

export const fixedInputSchema = z.object({})

/** Death pays the family (domain §6.1, §7.2), so the payee's name, relation and ID are part of the application. */
export function gradedInputSchema(rule: GradedRule) {
  const allowed = new Set<Grade>(rule.tiers.flatMap((t) => t.grades))
  return z
    .object({
      grade: z.union([z.literal('death'), z.number().int()], { error: `应为 ${MIN_GRADE}～${MAX_GRADE} 级或死亡` }),
      payeeName: text(30).optional(),
      payeeRelation: text(10).optional(),
      payeeIdNumber: text(30).optional(),
    })
    .superRefine((input, ctx) => {
      if (!allowed.has(input.grade)) {
        ctx.addIssue({ code: 'custom', path: ['grade'], message: `应为 ${describeGrades(allowed)}，收到 ${gradeName(input.grade)}` })
      }
      if (input.grade !== 'death') return
      for (const key of payeeFields) {
        if (input[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: '不能为空（死亡的款项发给登记的家属）' })
      }
    })
}

/** 1～10 级或死亡: the grades a tier or a rule covers, for messages and the breakdown (the stored code never shows). */
export function describeGrades(grades: Iterable<Grade>): string {
  const all = new Set(grades)
  const numbers = [...all].filter((g): g is number => g !== 'death').sort((a, b) => a - b)
  const first = numbers[0]
  const last = numbers[numbers.length - 1]
  const parts: string[] = []
  if (first !== undefined && last !== undefined) {
    if (first === last) parts.push(`${first} 级`)
    else if (last - first + 1 === numbers.length) parts.push(`${first}～${last} 级`)
    else parts.push(`${numbers.join('、')} 级`)
  }
  if (all.has('death')) parts.push('死亡')
  return parts.join('或')
}

export function tableInputSchema(rule: TableRule) {
  const shape: Record<string, z.ZodType<string>> = {}
  for (const field of rule.fields) shape[field.key] = z.enum(field.values)
  for (const field of rule.recordFields) shape[field.key] = text(40)
  return z.object(shape)
}

export const medicalInputSchema = z.object({
  selfPaidFen: fenAmount,
  hospitalDays: count,
})

export const inKindInputSchema = z.object({
  items: z.array(goodsItemSchema).min(1).optional(),
})

export type FixedInput = z.output<typeof fixedInputSchema>
export type GradedInput = z.output<ReturnType<typeof gradedInputSchema>>
export type TableInput = z.output<ReturnType<typeof tableInputSchema>>
export type MedicalInput = z.output<typeof medicalInputSchema>
export type InKindInput = z.output<typeof inKindInputSchema>
export type AidInput = FixedInput | GradedInput | TableInput | MedicalInput | InKindInput

/** The application form's schema for a program's rule, for the contract and the form's instant checks. */
export function inputSchemaFor(rule: AidRule): z.ZodType<AidInput> {
  switch (rule.kind) {
    case 'fixed':
      return fixedInputSchema
    case 'graded':
      return gradedInputSchema(rule)
    case 'table':
      return tableInputSchema(rule)
    case 'medical':
      return medicalInputSchema
    case 'in_kind':
      return inKindInputSchema
  }
}

export const aidInputLabels: Readonly<Record<string, string>> = {
  grade: '伤残等级',
  payeeName: '领款家属姓名',
  payeeRelation: '领款人与会员关系',
  payeeIdNumber: '领款人证件号码',
  selfPaidFen: '本次自付费用',
  hospitalDays: '住院天数',
  items: '发放物品',
  'items.item': '物品名称',
  'items.unit': '计量单位',
  'items.quantity': '数量',
  'items.unitValueFen': '单价',
}

export function inputLabelsFor(rule: AidRule): Readonly<Record<string, string>> {
  if (rule.kind !== 'table') return aidInputLabels
  const labels: Record<string, string> = { ...aidInputLabels }
  for (const field of [...rule.fields, ...rule.recordFields]) labels[field.key] = field.label
  return labels
}

/** Parses an application input against the program's rule; throws AppError('INVALID_INPUT') naming the field. */
export function parseInputWith<T>(schema: z.ZodType<T>, raw: unknown, rule: AidRule): T {
  const parsed = schema.safeParse(raw, PARSE_OPTIONS)
  if (!parsed.success) throw toAppError(parsed.error, inputLabelsFor(rule))
  return parsed.data
}

export function parseAidInput(rule: AidRule, raw: unknown): AidInput {
  return parseInputWith(inputSchemaFor(rule), raw, rule)
}

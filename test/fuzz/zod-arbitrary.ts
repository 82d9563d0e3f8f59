import fc from 'fast-check'
import type { z } from 'zod'
import { hostileValue } from './hostile-values'

/**
 * fast-check arbitraries walked from zod 4 schemas. zod-fast-check (the maintained bridge) supports zod 3 and fast-check
 * 3 only (its zod 4 and fast-check 4 issues #22 and #26 are open, the PR unmerged), so this walks zod 4's own schema
 * definitions. It aims for inputs that pass the schema where the schema says enough (lengths, bounds, patterns, enums),
 * and for record ids, dates and ID numbers that exist in the fuzzed database, so calls get past validation and reach
 * the handlers; refinements it cannot see just make more refusals.
 */

/** Real values from the database under test, so generated calls find records. */
export interface FuzzWorld {
  /** Ids that exist, for a field of this name (memberId, batchId, id, …). */
  idsFor(key: string): readonly string[]
  idNumbers: readonly string[]
  /** Upper bounds for valid numbers by field name, where the schema's own bound means minutes of work (demo members). */
  caps?: Readonly<Record<string, number>>
}

/** The shape every zod 4 schema has; the walk switches on its definition's `type`. */
type AnySchema = z.core.$ZodType

function known(schema: AnySchema): z.core.$ZodTypes {
  // zod 4's documented way to walk a schema: the union of its core classes, told apart by `_zod.def.type`.
  return schema as z.core.$ZodTypes
}

interface Bounds {
  min?: number
  max?: number
  minExclusive?: boolean
  maxExclusive?: boolean
  int?: boolean
  length?: number
  patterns: RegExp[]
}

function boundsOf(checks: readonly z.core.$ZodCheck[] | undefined): Bounds {
  const b: Bounds = { patterns: [] }
  for (const check of checks ?? []) {
    const d: Record<string, unknown> = { ...check._zod.def }
    const num = (k: string) => (typeof d[k] === 'number' ? d[k] : typeof d[k] === 'bigint' ? Number(d[k]) : undefined)
    switch (d.check) {
      case 'min_length':
        b.min = num('minimum')
        break
      case 'max_length':
        b.max = num('maximum')
        break
      case 'length_equals':
        b.length = num('length')
        break
      case 'greater_than':
        b.min = num('value')
        b.minExclusive = d.inclusive !== true
        break
      case 'less_than':
        b.max = num('value')
        b.maxExclusive = d.inclusive !== true
        break
      case 'number_format':
        b.int = d.format === 'safeint' || d.format === 'int32' || d.format === 'uint32'
        break
      case 'string_format':
        if (d.pattern instanceof RegExp) b.patterns.push(d.pattern)
        break
    }
  }
  return b
}

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const nearDate = fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.UTC(2026, 10, 23) + days * 86_400_000).toISOString().slice(0, 10))

/** Field names tell what a plain string really holds; the contract uses them consistently. */
function stringByName(key: string, world: FuzzWorld): fc.Arbitrary<string> | undefined {
  const ids = /^(id|.*Ids?)$/.test(key) ? world.idsFor(key) : []
  if (ids.length > 0) return fc.constantFrom(...ids)
  if (/^(payee)?idNumber$/i.test(key) && world.idNumbers.length > 0) return fc.constantFrom(...world.idNumbers)
  if (/(date|Date|^asOf$|^today$|^from$|^to$|On$|Start$|End$)/.test(key)) return fc.oneof(nearDate, isoDate)
  if (key === 'contentBase64') return fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64'))
  if (key === 'fileName') return fc.constantFrom('名单.xlsx', '扫描件.pdf', '照片.jpg', 'a.csv')
  return undefined
}

function stringOf(b: Bounds, key: string, world: FuzzWorld): fc.Arbitrary<string> {
  const named = stringByName(key, world)
  const pattern = b.patterns[0]
  const shaped = pattern
    ? fc.stringMatching(pattern)
    : fc.string({
        unit: fc.oneof(fc.constantFrom(...'王李张伟芳工会甲乙丙丁'), fc.constantFrom(...'abcXYZ0123456789 -')),
        minLength: b.length ?? b.min ?? 0,
        maxLength: b.length ?? Math.min(b.max ?? 12, Math.max(12, b.min ?? 0)),
      })
  return named ? fc.oneof({ weight: 3, arbitrary: named }, { weight: 1, arbitrary: shaped }) : shaped
}

function numberOf(b: Bounds): fc.Arbitrary<number> {
  // Wide-open bounds are narrowed to what a clerk types: an unbounded amount is still a realistic amount.
  const lo = b.min ?? -1_000
  const hi = b.max ?? Math.max(lo + 100_000, 100_000)
  if (b.int) return fc.integer({ min: Math.ceil(lo + (b.minExclusive ? 1 : 0)), max: Math.min(Math.floor(hi - (b.maxExclusive ? 1 : 0)), lo + 1_000_000) })
  return fc.double({ min: lo, max: Math.min(hi, lo + 1_000_000), noNaN: true, noDefaultInfinity: true, minExcluded: b.minExclusive === true, maxExcluded: b.maxExclusive === true })
}

/** An arbitrary of inputs the schema is meant to accept. `key` is the object key the schema sits under. */
export function validOf(schema: AnySchema, world: FuzzWorld, key = ''): fc.Arbitrary<unknown> {
  const s = known(schema)
  switch (s._zod.def.type) {
    case 'string': {
      const def = s._zod.def
      const b = boundsOf(def.checks)
      // A string-format schema (z.iso.date(), z.email()) carries its pattern on itself.
      if ('pattern' in def && def.pattern instanceof RegExp) b.patterns.push(def.pattern)
      return stringOf(b, key, world)
    }
    case 'number': {
      const b: Bounds = { ...boundsOf(s._zod.def.checks), ...('format' in s._zod.def && s._zod.def.format === 'safeint' ? { int: true } : {}) }
      const cap = world.caps?.[key]
      return numberOf(cap === undefined ? b : { ...b, max: Math.min(b.max ?? cap, cap), maxExclusive: false })
    }
    case 'boolean':
      return fc.boolean()
    case 'bigint':
      return fc.bigInt({ min: 0n, max: 1_000_000n })
    case 'date':
      return fc.date({ noInvalidDate: true })
    case 'null':
      return fc.constant(null)
    case 'undefined':
    case 'void':
    case 'never':
      return fc.constant(undefined)
    case 'any':
    case 'unknown':
    case 'custom':
      return fc.anything({ maxDepth: 1 })
    case 'nan':
      return fc.constant(Number.NaN)
    case 'literal':
      return fc.constantFrom(...s._zod.def.values)
    case 'enum':
      return fc.constantFrom(...Object.values(s._zod.def.entries))
    case 'template_literal':
      return s._zod.pattern ? fc.stringMatching(s._zod.pattern) : fc.string()
    case 'object': {
      const shape = s._zod.def.shape
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      const required: string[] = []
      for (const [k, field] of Object.entries(shape)) {
        model[k] = validOf(field, world, k)
        if (field._zod.optin !== 'optional') required.push(k)
      }
      return fc.record(model, { requiredKeys: required })
    }
    case 'array': {
      const b = boundsOf(s._zod.def.checks)
      const min = b.length ?? b.min ?? 0
      return fc.array(validOf(s._zod.def.element, world, key), { minLength: min, maxLength: b.length ?? Math.min(b.max ?? min + 3, min + 3) })
    }
    case 'tuple':
      return fc.tuple(...s._zod.def.items.map((item) => validOf(item, world, key)))
    case 'record':
      return fc.dictionary(
        validOf(s._zod.def.keyType, world).map(String),
        validOf(s._zod.def.valueType, world, key),
        { maxKeys: 3 },
      )
    case 'map':
    case 'set':
    case 'function':
    case 'promise':
    case 'symbol':
    case 'file':
      return fc.constant(undefined)
    case 'union':
      return fc.oneof(...s._zod.def.options.map((o) => validOf(o, world, key)))
    case 'intersection':
      return fc.tuple(validOf(s._zod.def.left, world, key), validOf(s._zod.def.right, world, key)).map(([l, r]) =>
        isPlainObject(l) && isPlainObject(r) ? { ...l, ...r } : l,
      )
    case 'optional':
      return fc.option(validOf(s._zod.def.innerType, world, key), { nil: undefined, freq: 4 })
    case 'nullable':
      return fc.option(validOf(s._zod.def.innerType, world, key), { nil: null, freq: 4 })
    case 'default':
    case 'prefault':
      return fc.option(validOf(s._zod.def.innerType, world, key), { nil: undefined, freq: 3 })
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
      return validOf(s._zod.def.innerType, world, key)
    case 'lazy':
      return validOf(s._zod.def.getter(), world, key)
    case 'pipe': {
      // z.preprocess puts a transform first: then the target schema says what the input looks like.
      const first = known(s._zod.def.in)
      return validOf(first._zod.def.type === 'transform' ? s._zod.def.out : s._zod.def.in, world, key)
    }
    case 'transform':
      return fc.anything({ maxDepth: 1 })
  }
}

/** fast-check's records sometimes have a null prototype: they are plain objects too. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** Where in a value a mutation lands: a path of keys and indices, [] for the value itself. */
function pathsOf(v: unknown, prefix: ReadonlyArray<string | number> = [], out: Array<ReadonlyArray<string | number>> = []) {
  out.push(prefix)
  if (Array.isArray(v)) v.forEach((item, i) => pathsOf(item, [...prefix, i], out))
  else if (isPlainObject(v)) for (const [k, item] of Object.entries(v)) pathsOf(item, [...prefix, k], out)
  return out
}

function cloneWith(v: unknown, path: ReadonlyArray<string | number>, change: (parent: unknown, last: string | number) => void): unknown {
  const copy: unknown = structuredClone(v)
  let parent = copy
  for (const step of path.slice(0, -1)) parent = Array.isArray(parent) ? parent[Number(step)] : isPlainObject(parent) ? parent[step] : parent
  const last = path[path.length - 1]
  if (last !== undefined) change(parent, last)
  return copy
}

function setAt(parent: unknown, key: string | number, value: unknown): void {
  if (Array.isArray(parent)) parent[Number(key)] = value
  else if (isPlainObject(parent)) Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true })
}

export type Mutation = 'replace' | 'remove' | 'extra' | 'whole'

/**
 * A valid input with one thing wrong: a field (or an item, or the whole input) replaced by a hostile value, a field
 * removed, or an unexpected field added (including __proto__ and constructor as own keys, as JSON.parse makes them).
 */
export function malformedOf(schema: AnySchema, world: FuzzWorld): fc.Arbitrary<{ input: unknown; mutation: Mutation }> {
  return fc
    .tuple(validOf(schema, world), fc.constantFrom<Mutation>('replace', 'replace', 'replace', 'remove', 'extra', 'whole'), fc.nat(), hostileValue, fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'toString'))
    .map(([valid, mutation, at, hostile, extraKey]) => {
      if (mutation === 'whole') return { input: hostile, mutation }
      const paths = pathsOf(valid).filter((p) => p.length > 0)
      if (mutation === 'extra' || paths.length === 0) {
        const containers = pathsOf(valid).filter((p) => {
          const target = p.reduce<unknown>((v, k) => (Array.isArray(v) ? v[Number(k)] : isPlainObject(v) ? v[k] : undefined), valid)
          return isPlainObject(target)
        })
        const where = containers[at % Math.max(1, containers.length)] ?? []
        return { input: cloneWith(valid, [...where, extraKey], (parent, last) => setAt(parent, last, hostile)), mutation: 'extra' as const }
      }
      const path = paths[at % paths.length] ?? []
      if (mutation === 'remove') {
        return { input: cloneWith(valid, path, (parent, last) => (Array.isArray(parent) ? parent.splice(Number(last), 1) : isPlainObject(parent) ? delete parent[last] : undefined)), mutation }
      }
      return { input: cloneWith(valid, path, (parent, last) => setAt(parent, last, hostile)), mutation }
    })
}

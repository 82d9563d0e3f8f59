import { z } from 'zod'
import { isIsoDate } from '../dates'
import { checkCreditCode } from '../identity/credit-code'
import { normalizeMobile } from '../identity/mobile'

/** Field schemas every contract section uses, so a rule (and its Chinese message) is written once. */

export const recordId = z.string().trim().min(1)

/** A list asked a page at a time: `limit` rows from `offset`; each list sets how many rows one call may ask for. */
export const pageFields = (maxLimit: number, defaultLimit = 50) => ({
  limit: z.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: z.number().int().min(0).default(0),
})

/** Optional free text: blank becomes null, so the database never holds ''. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null))

/** Why personal data is asked for unmasked: required by every reveal method and written to the audit row's reason. */
export const revealReason = z.string().trim().min(2).max(200)

export const isoDateField = z.string().trim().refine(isIsoDate, { error: '应为 YYYY-MM-DD 格式的日期' })

export const optionalIsoDate = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null
    if (!isIsoDate(v)) {
      ctx.addIssue({ code: 'custom', message: '应为 YYYY-MM-DD 格式的日期' })
      return z.NEVER
    }
    return v
  })

/** The credit code is optional, but when given it must pass GB 32100; the message names the expected check character. */
export const creditCodeField = z
  .string()
  .trim()
  .nullish()
  .transform((raw, ctx) => {
    if (!raw) return null
    const check = checkCreditCode(raw)
    if (!check.valid || !check.normalized) {
      ctx.addIssue({ code: 'custom', message: check.error ?? '统一社会信用代码不正确' })
      return z.NEVER
    }
    return check.normalized
  })

/** A contact phone may be a mobile or a landline; only mobiles are normalised, landlines are kept as typed. */
export const contactPhoneField = optionalText(30).transform((v) => (v ? (normalizeMobile(v).value ?? v) : null))

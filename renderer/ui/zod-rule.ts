import type { RuleObject } from 'antd/es/form'
import { z } from 'zod'
import { zodToAppError } from '../../shared/errors'

/**
 * An antd form rule that runs the contract's own zod schema for one field, so a form never disagrees with the core.
 * The message is the same Chinese text the core would answer with.
 */
export function zodRule(schema: z.ZodType, name: string, label: string): RuleObject {
  const wrapped = z.object({ [name]: schema })
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = wrapped.safeParse({ [name]: value === '' ? undefined : value }, { reportInput: true })
      if (!parsed.success) throw new Error(zodToAppError(parsed.error, { [name]: label }).message)
    },
  }
}

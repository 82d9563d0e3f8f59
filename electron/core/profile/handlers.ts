import type { FeatureHandlers } from '../handler-types'
import { assertLevelFitsData } from './level-guard'
import { toProfile } from './mappers'
import { getProfileRow, upsertProfile } from './queries'

export const profileHandlers = {
  'profile.get': async ({ db }) => {
    const row = await getProfileRow(db)
    return row ? toProfile(row) : null
  },
  'profile.save': async ({ trx, now }, input) => {
    await assertLevelFitsData(trx, input.level)
    const row = {
      id: 'self' as const,
      name: input.name,
      level: input.level,
      credit_code: input.creditCode,
      parent_name: input.parentName,
      address: input.address,
      contact_person: input.contactPerson,
      contact_phone: input.contactPhone,
      chairman: input.chairman,
      updated_at: now(),
    }
    await upsertProfile(trx, row)
    return toProfile(row)
  },
} satisfies FeatureHandlers<'profile'>

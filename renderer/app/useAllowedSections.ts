import { useQuery } from '@tanstack/react-query'
import { isFederationLevel } from '../../shared/contract/profile'
import { call } from '../api/client'
import { useSession } from '../auth/api'
import { sections, type Section } from './sections'

/**
 * The sections the signed-in user may open: a section that names a permission (操作日志: audit.read) shows only when
 * core says the user's role holds it. Until the answer comes, such sections stay hidden.
 */
export function useAllowedSections(): Section[] {
  // The session the sign-in gate already holds: asking auth.me again under another key cost one more call at start-up.
  const me = useSession()
  const held = new Set(me.data?.user?.permissions ?? [])
  // Office-only and federation-only sections wait for the profile, as permission-bound ones wait for the session.
  const profile = useQuery({ queryKey: ['profile.get'], queryFn: () => call('profile.get', {}) })
  const level = profile.data ? (isFederationLevel(profile.data.level) ? 'federation' : 'office') : undefined
  return sections.filter((s) => (s.permission === undefined || held.has(s.permission)) && (s.onlyFor === undefined || s.onlyFor === level))
}

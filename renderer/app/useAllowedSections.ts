import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'
import { sections, type Section } from './sections'

/**
 * The sections the signed-in user may open: a section that names a permission (操作日志: audit.read) shows only when
 * core says the user's role holds it. Until the answer comes, such sections stay hidden.
 */
export function useAllowedSections(): Section[] {
  const me = useQuery({ queryKey: ['auth.me', {}], queryFn: () => call('auth.me', {}) })
  const held = new Set(me.data?.user?.permissions ?? [])
  return sections.filter((s) => s.permission === undefined || held.has(s.permission))
}

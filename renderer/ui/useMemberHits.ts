import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call } from '../api/client'

/** members.search takes 1–40 characters after trimming; anything else is not asked at all. */
export const MEMBER_QUERY_MAX = 40

/** Members matching what was typed (name, pinyin initials, ID digits), masked, for pickers in any feature. */
export function useMemberHits(q: string) {
  const query = q.trim()
  return useQuery({
    queryKey: ['members.search', { q: query }],
    queryFn: () => call('members.search', { q: query }),
    enabled: query !== '' && query.length <= MEMBER_QUERY_MAX,
    // The last hits stay listed while the next ones load, so a type-ahead list does not flicker empty per key.
    placeholderData: keepPreviousData,
  })
}

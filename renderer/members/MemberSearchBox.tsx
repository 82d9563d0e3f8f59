import { AutoComplete, Input, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { MemberHit } from '../../shared/contract/members'
import { errorText } from '../ui/error-text'
import { useDebouncedValue } from '../ui/useDebouncedValue'
import { useMemberHits } from '../ui/useMemberHits'
import { copy } from './copy'

interface Props {
  /** Enter or the search button: the text becomes the list's filter. */
  onSearch: (q: string) => void
  /** Picking a suggestion opens that member. */
  onPick: (memberId: string) => void
}

function HitLabel({ hit }: { hit: MemberHit }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }} data-testid="member-hit">
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        {hit.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
        {hit.idNumber}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ flex: 1, minWidth: 0 }}>
        {hit.orgName}
      </Typography.Text>
      <Tag style={{ marginInlineEnd: 0 }}>{copy.matchedBy[hit.matchedBy]}</Tag>
    </div>
  )
}

export function MemberSearchBox({ onSearch, onPick }: Props) {
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim(), 200)
  const hits = useMemberHits(q)
  const options =
    q === '' ? [] : (hits.data ?? []).map((hit) => ({ value: hit.id, label: <HitLabel hit={hit} /> }))

  return (
    <AutoComplete
      style={{ width: 400 }}
      options={options}
      value={text}
      // Picking a suggestion would put its record id in the box; the box keeps what was typed instead.
      onChange={(v: string) => {
        if (!(hits.data ?? []).some((h) => h.id === v)) setText(v)
      }}
      onSelect={(id: string) => onPick(id)}
      notFoundContent={hits.error ? errorText(hits.error) : q !== '' && hits.data && !hits.isFetching ? copy.searchEmpty : null}
      popupMatchSelectWidth={560}
    >
      <Input.Search
        allowClear
        aria-label={copy.searchPlaceholder}
        placeholder={copy.searchPlaceholder}
        enterButton={copy.searchButton}
        loading={hits.isFetching}
        onSearch={(v) => onSearch(v.trim())}
      />
    </AutoComplete>
  )
}

import { Select } from 'antd'
import { useState } from 'react'
import { memberStatusLabels } from '../../shared/members/fields'
import { uiCopy } from './copy'
import { errorText } from './error-text'
import { useDebouncedValue } from './useDebouncedValue'
import { useMemberHits } from './useMemberHits'

interface Props {
  id?: string
  value?: string
  onChange?: (memberId: string) => void
}

/** Picks a member through members.search, for features that need one (the register screens are the members feature's). */
export function MemberPicker({ id, value, onChange }: Props) {
  const [q, setQ] = useState('')
  const hits = useMemberHits(useDebouncedValue(q, 200))
  const c = uiCopy.memberPicker
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      placeholder={c.placeholder}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={hits.isFetching}
      // A failed search says why, not 没有找到会员: the member may well exist.
      notFoundContent={hits.error ? errorText(hits.error) : q.trim() === '' ? null : c.notFound}
      options={(hits.data ?? []).map((m) => ({
        value: m.id,
        label: `${m.name}　${m.idNumber}　${m.orgName}（${memberStatusLabels[m.status]}）`,
      }))}
    />
  )
}

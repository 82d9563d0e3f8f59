import { Select } from 'antd'
import { useState } from 'react'
import { errorText } from '../ui/error-text'
import { useDebouncedValue } from '../ui/useDebouncedValue'
import { useEnterpriseOptions } from './api'
import { copy } from './copy'

interface Props {
  id?: string
  value?: string
  onChange?: (enterpriseId: string) => void
  /** The employer already on the case, shown before any search. */
  initial?: { id: string; name: string }
}

/** Picks the employer from the enterprise register by part of its name. */
export function EnterprisePicker({ id, value, onChange, initial }: Props) {
  const [q, setQ] = useState('')
  const hits = useEnterpriseOptions(useDebouncedValue(q, 200))
  const options = (hits.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.orgName}）` }))
  if (initial && !options.some((o) => o.value === initial.id)) options.unshift({ value: initial.id, label: initial.name })
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      placeholder={copy.enterprisePlaceholder}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={hits.isFetching}
      notFoundContent={hits.error ? errorText(hits.error) : q.trim() === '' ? null : copy.enterpriseNotFound}
      options={options}
    />
  )
}

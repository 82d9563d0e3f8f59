import { Button, InputNumber, Select, Space, Tag, Typography } from 'antd'
import type { z } from 'zod'
import type { listFilter } from '../../shared/contract/members'
import { genders, memberEventLabels, memberStatuses, memberStatusLabels, newFormTypes } from '../../shared/members/fields'
import { useOrgOptions } from './api'
import { copy } from './copy'

export type MemberFilter = z.input<typeof listFilter>

const f = copy.filters

interface Props {
  value: MemberFilter
  onChange: (next: MemberFilter) => void
}

export function MemberFilters({ value, onChange }: Props) {
  const orgs = useOrgOptions()
  const set = (patch: Partial<MemberFilter>) => onChange({ ...value, ...patch })
  const active = Object.values(value).some((v) => v !== undefined && v !== '')
  const migrant = value.migrant === undefined ? undefined : value.migrant ? 'yes' : 'no'

  return (
    <Space wrap size={[12, 8]}>
      <Select
        aria-label={f.org}
        style={{ width: 220 }}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={f.org}
        value={value.orgId}
        onChange={(orgId?: string) => set({ orgId })}
        options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
      />
      <Select
        aria-label={f.status}
        style={{ width: 120 }}
        allowClear
        placeholder={f.status}
        value={value.status}
        onChange={(status?: MemberFilter['status']) => set({ status })}
        options={memberStatuses.map((s) => ({ value: s, label: memberStatusLabels[s] }))}
      />
      <Select
        aria-label={f.gender}
        style={{ width: 90 }}
        allowClear
        placeholder={f.gender}
        value={value.gender}
        onChange={(gender?: MemberFilter['gender']) => set({ gender })}
        options={genders.map((g) => ({ value: g, label: g }))}
      />
      <Select
        aria-label={f.migrant}
        style={{ width: 100 }}
        allowClear
        placeholder={f.migrant}
        value={migrant}
        onChange={(v?: 'yes' | 'no') => set({ migrant: v === undefined ? undefined : v === 'yes' })}
        options={[
          { value: 'yes', label: `${f.migrant}：${f.yes}` },
          { value: 'no', label: `${f.migrant}：${f.no}` },
        ]}
      />
      <Select
        aria-label={f.newFormType}
        style={{ width: 140 }}
        allowClear
        placeholder={f.newFormType}
        value={value.newFormType}
        onChange={(newFormType?: MemberFilter['newFormType']) => set({ newFormType })}
        options={newFormTypes.map((t) => ({ value: t, label: t }))}
      />
      <Space.Compact>
        <InputNumber
          aria-label={f.ageMin}
          style={{ width: 100 }}
          min={0}
          max={150}
          precision={0}
          prefix={<Typography.Text type="secondary">{f.ageMin}</Typography.Text>}
          value={value.ageMin ?? null}
          onChange={(v) => set({ ageMin: v ?? undefined })}
        />
        <InputNumber
          aria-label={`${f.ageMax}${f.ageUnit}`}
          style={{ width: 100 }}
          min={0}
          max={150}
          precision={0}
          prefix={<Typography.Text type="secondary">{f.ageMax}</Typography.Text>}
          suffix={f.ageUnit}
          value={value.ageMax ?? null}
          onChange={(v) => set({ ageMax: v ?? undefined })}
        />
      </Space.Compact>
      {value.q ? (
        <Tag closable onClose={() => set({ q: undefined })}>
          {f.queryTag(value.q)}
        </Tag>
      ) : null}
      {value.event ? (
        <Tag closable data-testid="member-event-filter" onClose={() => set({ event: undefined })}>
          {f.eventTag(value.event.types.map((t) => memberEventLabels[t]).join('、'), value.event.from, value.event.to)}
        </Tag>
      ) : null}
      {active ? (
        <Button type="link" onClick={() => onChange({})}>
          {f.reset}
        </Button>
      ) : null}
    </Space>
  )
}

import { Input, Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { defaultOverdueDays, registerStatusFilters, type FederationMemberRowView, type RegisterStatusFilter } from '../../shared/contract/federation-views'
import { memberStatusLabels } from '../../shared/members/fields'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useDebouncedValue } from '../ui/useDebouncedValue'
import { useFederationMembers, useFederationOffices } from './api'
import { copy } from './copy'

const columns: ColumnsType<FederationMemberRowView> = [
  { title: copy.colName, dataIndex: 'name', width: 110 },
  { title: copy.colIdNumber, dataIndex: 'idNumberMasked', width: 170 },
  { title: copy.colGender, dataIndex: 'gender', width: 56, render: (g: string | null) => g ?? '—' },
  { title: copy.colOffice, dataIndex: 'officeName', width: 150 },
  { title: copy.colStatus, dataIndex: 'status', width: 80, render: (s: FederationMemberRowView['status']) => memberStatusLabels[s] },
  { title: copy.colMigrant, dataIndex: 'isMigrant', width: 70, render: (m: boolean) => (m ? copy.yes : '') },
  { title: copy.colNewForm, dataIndex: 'newFormType', width: 100, render: (t: string | null) => t ?? '' },
  { title: copy.colEmployer, dataIndex: 'employerName', ellipsis: true, render: (e: string | null) => e ?? '' },
  {
    title: copy.colConflict,
    dataIndex: 'conflict',
    width: 180,
    render: (c: FederationMemberRowView['conflict']) =>
      c === 'open' ? <Tag color="orange">{copy.conflictOpen}</Tag> : c === 'left_out' ? <Tag>{copy.conflictLeftOut}</Tag> : null,
  },
]

/** 汇总名册: the merged register of every office, a page at a time, ID numbers masked by core. */
export function RegisterPage() {
  const [q, setQ] = useState('')
  const [officeId, setOfficeId] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<RegisterStatusFilter>('current')
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(50)
  const query = useDebouncedValue(q.trim(), 250)
  const offices = useFederationOffices(defaultOverdueDays)
  const list = useFederationMembers({ q: query === '' ? undefined : query, officeId, status, page, pageSize })
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{copy.register}</Typography.Title>
      <Space wrap>
        <Input.Search allowClear placeholder={copy.searchPlaceholder} style={{ width: 260 }} value={q} onChange={(e) => { setQ(e.target.value); setPage(1) }} aria-label={copy.searchPlaceholder} />
        <Select
          allowClear
          placeholder={copy.allOffices}
          style={{ width: 200 }}
          value={officeId}
          onChange={(v: string | undefined) => { setOfficeId(v); setPage(1) }}
          options={(offices.data?.offices ?? []).map((o) => ({ value: o.id, label: o.unionName }))}
          aria-label={copy.allOffices}
        />
        <Select<RegisterStatusFilter>
          style={{ width: 170 }}
          value={status}
          onChange={(v) => { setStatus(v); setPage(1) }}
          options={registerStatusFilters.map((s) => ({ value: s, label: copy.statusFilter[s] }))}
          aria-label={copy.colStatus}
        />
        {list.data ? <Typography.Text type="secondary">{copy.total(list.data.total)}</Typography.Text> : null}
      </Space>
      <ErrorAlert error={list.error} />
      <Table
        rowKey={(r) => `${r.officeId}/${r.memberId}`}
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        scroll={{ x: 1000 }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: (p, s) => { setPage(s === pageSize ? p : 1); setPageSize(s) }, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
        locale={{ emptyText: copy.empty }}
      />
    </Space>
  )
}

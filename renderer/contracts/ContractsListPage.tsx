import { Button, Card, Checkbox, Col, Input, Row, Select, Space, Table } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { contractsContract } from '../../shared/contract/contracts'
import { useUrlFilter } from '../ui/url-filter'
import { contractKinds, type ContractSummary } from '../../shared/contract/contracts'
import type { Input as In } from '../../shared/contract/index'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useContractList } from './api'
import { copy } from './copy'
import { CoverageCard } from './CoverageCard'
import { RemindersCard } from './RemindersCard'

const pageSize = 20

export function ContractsListPage() {
  const navigate = useNavigate()
  // The workbench opens the list by kind (coverage chart) or expiring (to-do): ?kind=… / ?expiringDays=90 (issue 16).
  const { kind, expiringDays } = useUrlFilter(contractsContract['contracts.list'].input)
  const [filter, setFilter] = useState<In<'contracts.list'>>({ kind, expiringDays, limit: pageSize, offset: 0 })
  const list = useContractList(filter)
  const set = (patch: Partial<In<'contracts.list'>>) => setFilter((f) => ({ ...f, ...patch, offset: 0 }))
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col span={12}><CoverageCard /></Col>
        <Col span={12}><RemindersCard /></Col>
      </Row>
      <Card
        title={copy.listTitle}
        size="small"
        extra={<Button type="primary" onClick={() => void navigate('new')}>{copy.newContract}</Button>}
      >
        <Space style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={copy.searchPlaceholder} onSearch={(q) => set({ q: q || undefined })} style={{ width: 240 }} />
          <Select allowClear placeholder={copy.allKinds} style={{ width: 180 }} options={contractKinds.map((k) => ({ value: k, label: k }))} value={filter.kind} onChange={(kind) => set({ kind })} />
          <Checkbox checked={filter.expiringDays !== undefined} onChange={(e) => set({ expiringDays: e.target.checked ? 90 : undefined })}>{copy.expiringOnly}</Checkbox>
        </Space>
        <ErrorAlert error={list.error} />
        <Table<ContractSummary>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          locale={{ emptyText: copy.empty }}
          onRow={(r) => ({ onClick: () => void navigate(r.id), style: { cursor: 'pointer' } })}
          pagination={{
            current: Math.floor((filter.offset ?? 0) / pageSize) + 1,
            pageSize,
            // The list pages by offset: one more page is offered while a page comes back full.
            total: (filter.offset ?? 0) + (list.data?.length ?? 0) + ((list.data?.length ?? 0) === pageSize ? 1 : 0),
            onChange: (page) => setFilter((f) => ({ ...f, offset: (page - 1) * pageSize })),
          }}
          columns={[
            { title: copy.columns.kind, dataIndex: 'kind', width: 130 },
            { title: copy.columns.title, dataIndex: 'title' },
            { title: copy.columns.parties, render: (_, r) => [r.unionSide, r.employerSide].filter(Boolean).join(' / ') },
            { title: copy.columns.enterprises, dataIndex: 'enterpriseCount', align: 'right', width: 90 },
            { title: copy.columns.workers, dataIndex: 'workersCovered', align: 'right', width: 90 },
            { title: copy.columns.signed, dataIndex: 'signedDate', width: 110 },
            { title: copy.columns.term, width: 200, render: (_, r) => (r.termStart || r.termEnd ? `${r.termStart ?? ''} 至 ${r.termEnd ?? ''}` : '') },
            { title: copy.columns.stage, dataIndex: 'stage', width: 90 },
          ]}
        />
      </Card>
    </Space>
  )
}

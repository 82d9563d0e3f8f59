import { Button, Card, Table, Tag } from 'antd'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { BATCH_STATUS_NAMES, type AidBatchSummary } from '../../../shared/aid/types'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useBatches } from '../api'
import { useUrlFilter } from '../../ui/url-filter'
import { aidContract } from '../../../shared/contract/aid'
import { copy } from '../copy'
import { yuan } from '../../ui/money'
import { CreateBatchModal } from './CreateBatchModal'

const b = copy.batches
export const batchStatusColor = { draft: 'default', notice: 'orange', approved: 'blue', paid: 'success' } as const

export function BatchListPage() {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  // The workbench's 公示 to-do opens the batches in 公示 (?status=notice, issue 16).
  const [filter, setFilter] = useState(useUrlFilter(aidContract['aid.listBatches'].input))
  const batches = useBatches(filter)
  return (
    <Card
      title={b.title}
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          {b.create}
        </Button>
      }
    >
      {filter.status ? (
        <Tag closable color={batchStatusColor[filter.status]} style={{ marginBottom: 12 }} onClose={() => setFilter({})}>
          {BATCH_STATUS_NAMES[filter.status]}
        </Tag>
      ) : null}
      <ErrorAlert error={batches.error} />
      <Table<AidBatchSummary>
        rowKey="id"
        size="small"
        loading={batches.isFetching}
        dataSource={batches.data ?? []}
        locale={{ emptyText: b.empty }}
        pagination={false}
        columns={[
          { title: b.columns.title, dataIndex: 'title', render: (t: string, r) => <Link to={r.id}>{t}</Link> },
          { title: b.columns.program, dataIndex: 'programName', render: (n: string, r) => `${n}（${r.programYear}）` },
          { title: b.columns.count, dataIndex: 'applicationCount', align: 'right' },
          { title: b.columns.total, dataIndex: 'totalFen', align: 'right', render: (f: number) => yuan(f) },
          { title: b.columns.status, dataIndex: 'status', render: (s: AidBatchSummary['status'], r) => <Tag color={batchStatusColor[s]}>{r.statusName}</Tag> },
          { title: b.columns.notice, render: (_: unknown, r) => (r.noticeStart ? `${r.noticeStart} 至 ${r.noticeEnd ?? ''}` : copy.none) },
          { title: b.columns.approvedOn, dataIndex: 'approvedOn', render: (d: string | null) => d ?? copy.none },
        ]}
      />
      <CreateBatchModal
        open={creating}
        onCancel={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false)
          void navigate(id)
        }}
      />
    </Card>
  )
}

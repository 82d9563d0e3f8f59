import { Button, Card, Input, Select, Space, Table, Tag } from 'antd'
import { Link, useNavigate } from 'react-router'
import type { Input as In } from '../../shared/contract/index'
import type { MediationCaseSummary } from '../../shared/contract/mediation'
import { CASE_STATUSES, DISPUTE_TYPES, type CaseStatus } from '../../shared/mediation/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { usePagedFilter } from '../ui/usePagedFilter'
import { useMediationList } from './api'
import { copy } from './copy'
import { statusColor, statusLabel } from './labels'
import { MediationStatsCard } from './MediationStatsCard'

export function MediationListPage() {
  const navigate = useNavigate()
  const { filter, set, pagination } = usePagedFilter<In<'mediation.list'>>({})
  const list = useMediationList(filter)
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <MediationStatsCard />
      <Card
        title={copy.listTitle}
        extra={
          <Button type="primary" onClick={() => void navigate('new')}>
            {copy.newCase}
          </Button>
        }
      >
        <Space style={{ marginBottom: 16 }} wrap>
          <Input.Search allowClear aria-label={copy.searchPlaceholder} placeholder={copy.searchPlaceholder} onSearch={(q) => set({ q: q || undefined })} style={{ width: 260 }} />
          <Select
            allowClear
            aria-label={copy.columns.status}
            placeholder={copy.allStatuses}
            style={{ width: 170 }}
            options={CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            onChange={(status?: CaseStatus) => set({ status })}
          />
          <Select
            allowClear
            aria-label={copy.columns.type}
            placeholder={copy.allTypes}
            style={{ width: 140 }}
            options={DISPUTE_TYPES.map((t) => ({ value: t, label: t }))}
            onChange={(type) => set({ type })}
          />
        </Space>
        <ErrorAlert error={list.error} />
        <Table<MediationCaseSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: copy.empty }}
          onRow={(r) => ({ onDoubleClick: () => void navigate(r.id) })}
          pagination={pagination(list.data?.total)}
          columns={[
            { title: copy.columns.caseNo, dataIndex: 'caseNo', width: 100, render: (no: string, r) => <Link to={r.id}>{no}</Link> },
            { title: copy.columns.workers, key: 'workers', render: (_: unknown, r) => r.workers.map((w) => w.name).join('、') },
            { title: copy.columns.enterprise, dataIndex: 'enterpriseName', ellipsis: true },
            { title: copy.columns.type, dataIndex: 'type', width: 90 },
            { title: copy.columns.status, dataIndex: 'status', width: 130, render: (s: CaseStatus) => <Tag color={statusColor[s]}>{statusLabel(s)}</Tag> },
            { title: copy.columns.appliedDate, dataIndex: 'appliedDate', width: 110 },
            {
              title: copy.columns.periodEnd,
              dataIndex: 'periodEnd',
              width: 150,
              render: (d: string, r) => (
                <Space size={4}>
                  {d}
                  {r.overdue ? <Tag color="red">{copy.overdue}</Tag> : null}
                </Space>
              ),
            },
            { title: copy.columns.closedDate, dataIndex: 'closedDate', width: 110, render: (d: string | null) => d ?? copy.none },
            { title: copy.columns.legalAid, dataIndex: 'legalAidKind', width: 90, render: (k: string | null) => k ?? copy.none },
          ]}
        />
      </Card>
    </Space>
  )
}

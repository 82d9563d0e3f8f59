import { Button, Card, Input, List, Select, Space, Table, Tag, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import type { Input as In } from '../../shared/contract/index'
import { HARDSHIP_CATEGORY_VALUES, HARDSHIP_STATUSES, type HardshipFileSummary } from '../../shared/hardship/types'
import { yuan } from '../ui/money'
import { ErrorAlert } from '../ui/ErrorAlert'
import { usePagedFilter } from '../ui/usePagedFilter'
import { useUrlFilter } from '../ui/url-filter'
import { hardshipContract } from '../../shared/contract/hardship'
import { useDueReviews, useHardshipList } from './api'
import { copy } from './copy'
import { DibaoLineCard } from './DibaoLineCard'

function DueReviews() {
  const due = useDueReviews()
  return (
    <Card title={copy.dueTitle} size="small" loading={due.isPending}>
      <ErrorAlert error={due.error} />
      <List
        size="small"
        dataSource={due.data ?? []}
        locale={{ emptyText: copy.dueEmpty }}
        renderItem={(d) => (
          <List.Item>
            <Link to={d.fileId}>{d.memberName}</Link>
            <span>{d.category ?? copy.noCategory}</span>
            <span>
              {copy.lastReviewed} {d.lastReviewedOn}，{copy.dueOn} {d.dueOn}
            </span>
            {d.overdue ? <Tag color="red">{copy.overdue}</Tag> : <Tag color="gold">{d.dueOn}</Tag>}
          </List.Item>
        )}
      />
    </Card>
  )
}

export function HardshipListPage() {
  const navigate = useNavigate()
  // The workbench's 年度复核 to-do opens the list with ?reviewDueBy=… (issue 16).
  const { reviewDueBy } = useUrlFilter(hardshipContract['hardship.list'].input)
  const { filter, set, pagination } = usePagedFilter<In<'hardship.list'>>({ reviewDueBy })
  const list = useHardshipList(filter)
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DueReviews />
      <DibaoLineCard />
      <Card
        title={copy.listTitle}
        extra={
          <Button type="primary" onClick={() => void navigate('new')}>
            {copy.newFile}
          </Button>
        }
      >
        <Space style={{ marginBottom: 16 }}>
          <Input.Search allowClear placeholder={copy.searchPlaceholder} onSearch={(q) => set({ q: q || undefined })} style={{ width: 240 }} />
          <Select
            allowClear
            placeholder={copy.allStatuses}
            style={{ width: 140 }}
            options={HARDSHIP_STATUSES.map((s) => ({ value: s, label: s }))}
            onChange={(status) => set({ status })}
          />
          <Select
            allowClear
            placeholder={copy.allCategories}
            style={{ width: 140 }}
            options={HARDSHIP_CATEGORY_VALUES.map((c) => ({ value: c, label: c }))}
            onChange={(category) => set({ category })}
          />
          {filter.reviewDueBy ? (
            <Tag closable color="gold" onClose={() => set({ reviewDueBy: undefined })}>
              {copy.reviewDueBy(filter.reviewDueBy)}
            </Tag>
          ) : null}
        </Space>
        <ErrorAlert error={list.error} />
        <Table<HardshipFileSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: copy.empty }}
          onRow={(r) => ({ onDoubleClick: () => void navigate(r.id) })}
          pagination={pagination(list.data?.total)}
          columns={[
            { title: copy.columns.memberName, dataIndex: 'memberName', render: (name: string, r) => <Link to={r.id}>{name}</Link> },
            { title: copy.columns.idNumber, dataIndex: 'idNumber' },
            { title: copy.columns.status, dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
            {
              title: copy.columns.category,
              dataIndex: 'category',
              render: (c: string | null) => (c ? <Tag color="red">{c}</Tag> : <Typography.Text type="secondary">{copy.noCategory}</Typography.Text>),
            },
            { title: copy.columns.householdSize, dataIndex: 'householdSize', align: 'right' },
            { title: copy.columns.perCapita, dataIndex: 'perCapitaMonthlyFen', align: 'right', render: (f: number) => yuan(f) },
            { title: copy.columns.registeredOn, dataIndex: 'registeredOn', render: (d: string | null) => d ?? copy.none },
            { title: copy.columns.nextReviewDue, dataIndex: 'nextReviewDue', render: (d: string | null) => d ?? copy.none },
          ]}
        />
      </Card>
    </Space>
  )
}

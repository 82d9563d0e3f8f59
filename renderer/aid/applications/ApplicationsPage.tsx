import { Button, Card, Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { APPLICATION_STATUSES, APPLICATION_STATUS_NAMES, type AidApplicationSummary, type ApplicationStatus } from '../../../shared/aid/types'
import type { Input as In } from '../../../shared/contract/index'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { usePagedFilter } from '../../ui/usePagedFilter'
import { useUrlFilter } from '../../ui/url-filter'
import { aidContract } from '../../../shared/contract/aid'
import { useApplications } from '../api'
import { copy } from '../copy'
import { yuan } from '../../ui/money'
import { ApplicationDrawer } from './ApplicationDrawer'

const l = copy.applications
const statusColor: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  reviewed: 'cyan',
  approved: 'blue',
  paid: 'success',
  rejected: 'error',
}

interface Props {
  /** The review queue fixes the status to 已提交. */
  status?: ApplicationStatus
  title: string
  emptyText: string
}

export function ApplicationsPage({ status, title, emptyText }: Props) {
  // The workbench's aid figures open the list by program, paid (?programId=…&status=paid, issue 16); its chart's bars
  // by program code and the month paid (?programCode=…&status=paid&paidFrom=…&paidTo=…).
  const fromUrl = useUrlFilter(aidContract['aid.listApplications'].input)
  const { filter, set, pagination } = usePagedFilter<In<'aid.listApplications'>>({
    status: status ?? fromUrl.status,
    programId: fromUrl.programId,
    programCode: fromUrl.programCode,
    paidFrom: fromUrl.paidFrom,
    paidTo: fromUrl.paidTo,
  })
  const [openId, setOpenId] = useState<string | null>(null)
  // The review queue's fixed status is part of the query (and so of its key) whatever the state kept from another tab.
  const list = useApplications(status ? { ...filter, status } : filter)
  return (
    <Card title={title}>
      <Space style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={l.searchPlaceholder} onSearch={(q) => set({ q: q || undefined })} style={{ width: 240 }} />
        {status ? null : (
          <Select
            allowClear
            placeholder={l.allStatuses}
            style={{ width: 140 }}
            options={APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_NAMES[s] }))}
            value={filter.status}
            onChange={(s?: ApplicationStatus) => set({ status: s })}
          />
        )}
        {filter.programId ? (
          <Tag closable color="blue" onClose={() => set({ programId: undefined })}>
            {l.programFilter}
          </Tag>
        ) : null}
        {filter.programCode ? (
          <Tag closable color="blue" onClose={() => set({ programCode: undefined })}>
            {l.programCodeFilter(filter.programCode)}
          </Tag>
        ) : null}
        {filter.paidFrom !== undefined || filter.paidTo !== undefined ? (
          <Tag closable color="blue" data-testid="aid-paid-filter" onClose={() => set({ paidFrom: undefined, paidTo: undefined })}>
            {l.paidFilter(filter.paidFrom ?? '…', filter.paidTo ?? '…')}
          </Tag>
        ) : null}
      </Space>
      <ErrorAlert error={list.error} />
      <Table<AidApplicationSummary>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText }}
        pagination={pagination(list.data?.total)}
        columns={[
          { title: l.columns.member, dataIndex: 'memberName' },
          { title: l.columns.idNumber, dataIndex: 'idNumber' },
          { title: l.columns.program, dataIndex: 'programName', render: (n: string, r) => `${n}（${r.programYear}）` },
          { title: l.columns.date, dataIndex: 'date' },
          { title: l.columns.amount, dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(f) },
          { title: l.columns.status, dataIndex: 'status', render: (s: ApplicationStatus, r) => <Tag color={statusColor[s]}>{r.statusName}</Tag> },
          { title: l.columns.enteredBy, dataIndex: 'enteredBy' },
          {
            title: l.columns.actions,
            render: (_: unknown, r) => (
              <Button type="link" size="small" onClick={() => setOpenId(r.id)}>
                {l.open}
              </Button>
            ),
          },
        ]}
      />
      <ApplicationDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  )
}

import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd'
import type { AuditRowView } from '../../shared/contract/audit'
import type { Input as In } from '../../shared/contract/index'
import { formatInstant, toIsoDate } from '../../shared/dates'
import { downloadFile } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { usePagedFilter } from '../ui/usePagedFilter'
import { AuditChanges } from './AuditChanges'
import { useAuditExport, useAuditFilters, useAuditList, useAuditVerify } from './api'
import { copy } from './copy'

export function AuditLogPage() {
  const { filter, set, pagination } = usePagedFilter<In<'audit.list'>>({})
  const list = useAuditList(filter)
  const filters = useAuditFilters()
  const verify = useAuditVerify()
  const exporter = useAuditExport()
  const { limit: _limit, offset: _offset, ...exportFilter } = filter
  return (
    <Card
      title={copy.title}
      extra={
        <Space>
          <Button onClick={() => verify.mutate()} loading={verify.isPending}>
            {copy.verify}
          </Button>
          <Button type="primary" loading={exporter.isPending} onClick={() => exporter.mutate({ ...exportFilter, format: 'xlsx' }, { onSuccess: downloadFile })}>
            {copy.export}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{copy.note}</Typography.Paragraph>
      {verify.data ? (
        <Alert
          role="status"
          style={{ marginBottom: 16 }}
          showIcon
          type={verify.data.intact ? 'success' : 'error'}
          title={verify.data.intact ? copy.intact(verify.data.rows) : verify.data.message}
        />
      ) : null}
      <ErrorAlert error={verify.error ?? exporter.error ?? filters.error} />
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          showSearch
          aria-label={copy.actor}
          placeholder={copy.allActors}
          style={{ width: 160 }}
          options={(filters.data?.actors ?? []).map((a) => ({ value: a, label: a }))}
          onChange={(actor?: string) => set({ actor })}
        />
        <DatePicker.RangePicker
          aria-label={copy.dates}
          onChange={(range) => set({ from: range?.[0] ? toIsoDate(range[0]) : undefined, to: range?.[1] ? toIsoDate(range[1]) : undefined })}
        />
        <Input.Search allowClear aria-label={copy.record} placeholder={copy.recordPlaceholder} style={{ width: 240 }} onSearch={(v) => set({ record: v.trim() || undefined })} />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={copy.action}
          placeholder={copy.allActions}
          style={{ width: 200 }}
          options={(filters.data?.actions ?? []).map((a) => ({ value: a.method, label: a.action }))}
          onChange={(method?: string) => set({ method })}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<AuditRowView>
        rowKey="seq"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: copy.empty }}
        pagination={pagination(list.data?.total)}
        columns={[
          { title: copy.columns.at, dataIndex: 'at', width: 150, render: (at: string) => formatInstant(at) },
          { title: copy.columns.actor, dataIndex: 'actor', width: 110 },
          {
            title: copy.columns.action,
            dataIndex: 'action',
            width: 170,
            render: (action: string, r) => (
              <>
                {action} {r.legacy ? <Tag>{copy.legacy}</Tag> : null}
              </>
            ),
          },
          { title: copy.columns.records, dataIndex: 'recordIds', width: 160, ellipsis: true, render: (ids: string[]) => ids.join('、') },
          { title: copy.columns.changes, key: 'changes', render: (_: unknown, r) => <AuditChanges changes={r.changes} /> },
          { title: copy.columns.reason, dataIndex: 'reason', width: 140, render: (reason: string | null) => reason ?? '' },
        ]}
      />
    </Card>
  )
}

import { Drawer, Table, Typography } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import type { ReportRecord } from '../../shared/contract/reports'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useReportRecords } from './api'
import { copy } from './copy'
import { recordPath } from './record-links'

/** A figure the clerk clicked: which one, which side of the comparison, and for which union. */
export interface RecordsQuery {
  key: string
  label: string
  previous: boolean
  orgId?: string | undefined
  orgName?: string | undefined
}

const pageSize = 20

/** The records one figure counts, as core lists them (reports.records), a page at a time. */
export function RecordsDrawer({ year, query, onClose }: { year: number; query: RecordsQuery | null; onClose: () => void }) {
  // A new figure starts at its first page: the page is kept per figure key.
  const [page, setPage] = useState<{ key: string; n: number }>({ key: '', n: 1 })
  const id = query ? `${query.key}|${String(query.previous)}|${query.orgId ?? ''}` : ''
  const n = page.key === id ? page.n : 1
  const records = useReportRecords(
    query ? { key: query.key, year, previous: query.previous, ...(query.orgId ? { orgId: query.orgId } : {}), offset: (n - 1) * pageSize, limit: pageSize } : null,
  )
  const side = query?.previous ? copy.drawer.side.previous : copy.drawer.side.current
  return (
    <Drawer open={query !== null} onClose={onClose} size={720} title={query ? copy.drawer.title(query.label, side) : ''} destroyOnHidden>
      <ErrorAlert error={records.error} />
      {records.data && (
        <Typography.Paragraph type="secondary">
          {records.data.period.from} — {records.data.period.to}　{copy.drawer.count(records.data.total)}
        </Typography.Paragraph>
      )}
      <Table<ReportRecord>
        size="small"
        rowKey={(r) => `${r.kind}:${r.id}`}
        loading={records.isFetching}
        dataSource={records.data?.items ?? []}
        locale={{ emptyText: copy.drawer.empty }}
        data-testid="report-records"
        pagination={{ current: n, pageSize, total: records.data?.total ?? 0, showSizeChanger: false, onChange: (next) => setPage({ key: id, n: next }) }}
        columns={[
          {
            title: copy.drawer.columns.title,
            key: 'title',
            render: (_, r) => {
              const path = recordPath(r)
              return path ? <Link to={path}>{r.title}</Link> : r.title
            },
          },
          { title: copy.drawer.columns.detail, dataIndex: 'detail', render: (v: string | null) => v ?? '—' },
          { title: copy.drawer.columns.org, dataIndex: 'orgName', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: copy.drawer.columns.date, dataIndex: 'date', width: 110, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Drawer>
  )
}

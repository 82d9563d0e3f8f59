import { Card, Input, Space, Table, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { CHECK_NAMES, type CongressOverviewRow } from '../../shared/congress/types'
import type { Input as In } from '../../shared/contract/index'
import { ErrorAlert } from '../ui/ErrorAlert'
import { usePagedFilter } from '../ui/usePagedFilter'
import { useUrlFilter } from '../ui/url-filter'
import { congressContract } from '../../shared/contract/congress'
import { useCongressOverview } from './api'
import { CheckCell } from './CheckCell'
import { copy } from './copy'
import { RatesCard } from './RatesCard'

/** Every enterprise of the register with its six checks as red/green cells, and the office's 建制率. */
export function CongressOverviewPage() {
  // The workbench's 届期将满 to-do opens the list with ?termEndBy=… (issue 16).
  const { termEndBy } = useUrlFilter(congressContract['congress.overview'].input)
  const { filter, set, pagination } = usePagedFilter<In<'congress.overview'>>({ termEndBy })
  const list = useCongressOverview(filter)
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RatesCard />
      <Card title={copy.overviewTitle} extra={<Typography.Text type="secondary">{copy.overviewHint}</Typography.Text>}>
        <Input.Search
          allowClear
          placeholder={copy.searchPlaceholder}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 260, marginBottom: 16 }}
        />
        {filter.termEndBy ? (
          <Tag closable color="gold" style={{ marginLeft: 12 }} onClose={() => set({ termEndBy: undefined })}>
            {copy.termEndBy(filter.termEndBy)}
          </Tag>
        ) : null}
        <ErrorAlert error={list.error} />
        <Table<CongressOverviewRow>
          size="small"
          rowKey="enterpriseId"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: copy.empty }}
          scroll={{ x: 'max-content' }}
          pagination={pagination(list.data?.total)}
          columns={[
            { title: copy.columns.enterprise, key: 'name', fixed: 'left', render: (_, r) => <Link to={r.enterpriseId}>{r.enterpriseName}</Link> },
            { title: copy.columns.org, dataIndex: 'orgName', ellipsis: true, width: 160 },
            { title: copy.columns.economicType, dataIndex: 'economicType', width: 100, render: (v: string | null) => v ?? '—' },
            {
              title: copy.columns.established,
              key: 'established',
              width: 80,
              render: (_, r) => (r.hasRecord ? (r.established ? copy.established : copy.notEstablished) : copy.noRecord),
            },
            ...CHECK_NAMES.map((name) => ({
              title: name,
              key: name,
              width: 88,
              align: 'center' as const,
              render: (_: unknown, r: CongressOverviewRow) => {
                const check = r.checks.find((c) => c.name === name)
                return check ? <CheckCell check={check} /> : null
              },
            })),
          ]}
        />
      </Card>
    </Space>
  )
}

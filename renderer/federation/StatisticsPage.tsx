import { Alert, Button, Select, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import type { FederationFigures, FederationStatisticsRow } from '../../shared/contract/federation-views'
import { newFormTypes } from '../../shared/members/fields'
import { DEFAULT_YEAR_START, reportingYear, reportingYearTitle } from '../../shared/reports/period'
import { ErrorAlert } from '../ui/ErrorAlert'
import { yuan } from '../ui/money'
import { useFederationStatistics } from './api'
import { copy } from './copy'

const thisYear = new Date().getFullYear()
// The statistical year ending this calendar year and the next (from October on, the current one ends next year).
const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2]

const n = (pick: (f: FederationFigures) => number) => (_: unknown, r: FederationStatisticsRow) => pick(r.figures)

function figureColumns(): ColumnsType<FederationStatisticsRow> {
  return [
    { title: copy.colActive, key: 'active', align: 'right', width: 80, render: n((f) => f.active) },
    { title: copy.colRetained, key: 'retained', align: 'right', width: 80, render: n((f) => f.retained) },
    { title: copy.colWomen, key: 'women', align: 'right', width: 64, render: n((f) => f.women) },
    { title: copy.colMigrantCount, key: 'migrant', align: 'right', width: 70, render: n((f) => f.migrant) },
    {
      title: copy.colNewFormCount,
      key: 'newForm',
      align: 'right',
      width: 90,
      render: (_, r) => (
        <span title={newFormTypes.map((t) => `${t} ${r.figures.newFormByType[t]}`).join('，')}>{r.figures.newForm}</span>
      ),
    },
    { title: copy.colNewMembers, key: 'newMembers', align: 'right', width: 70, render: n((f) => f.newMembers) },
    { title: copy.colContracts, key: 'contracts', align: 'right', width: 76, render: n((f) => f.contracts) },
    { title: copy.colContractWorkers, key: 'contractWorkers', align: 'right', width: 80, render: n((f) => f.contractWorkers) },
    { title: copy.colAidPaid, key: 'aid', align: 'right', width: 110, render: (_, r) => yuan(r.figures.aidPaidFen) },
    { title: copy.colAidPayments, key: 'aidPayments', align: 'right', width: 76, render: n((f) => f.aidPayments) },
  ]
}

/** 汇总统计: figures per office and in total for a statistical year, with a drill-down to one office's unions. */
export function StatisticsPage() {
  const [year, setYear] = useState(new Date().getMonth() >= 9 ? thisYear + 1 : thisYear)
  const [office, setOffice] = useState<string | undefined>(undefined)
  const period = reportingYear(year, DEFAULT_YEAR_START)
  const stats = useFederationStatistics({ ...period, officeId: office })
  const data = stats.data
  const columns: ColumnsType<FederationStatisticsRow> = [
    {
      title: copy.colUnit,
      key: 'label',
      fixed: 'left',
      width: 180,
      render: (_, r) => (office === undefined && r.key !== '__total' ? <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOffice(r.key)}>{r.label}</Button> : r.label),
    },
    ...figureColumns(),
  ]
  const totalRow: FederationStatisticsRow | null = data ? { key: '__total', label: copy.totalRow, figures: data.total } : null
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{data?.office ? copy.drillTitle(data.office.unionName) : copy.statistics}</Typography.Title>
      <Typography.Text type="secondary">{copy.statisticsIntro}</Typography.Text>
      <Space wrap>
        <Typography.Text>{copy.period}</Typography.Text>
        <Select style={{ width: 120 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: copy.year(y) }))} aria-label={copy.period} />
        <Typography.Text type="secondary">{reportingYearTitle(year, period)}</Typography.Text>
        {office !== undefined ? <Button onClick={() => setOffice(undefined)}>{copy.back}</Button> : null}
      </Space>
      <ErrorAlert error={stats.error} />
      {data && data.leftOut > 0 && office === undefined ? <Alert type="info" showIcon title={copy.leftOutNote(data.leftOut)} /> : null}
      <Table
        rowKey="key"
        size="small"
        loading={stats.isFetching}
        columns={columns}
        dataSource={totalRow ? [...(data?.rows ?? []), totalRow] : []}
        rowClassName={(r) => (r.key === '__total' ? 'federation-total' : '')}
        onRow={(r) => (r.key === '__total' ? { style: { fontWeight: 600, background: '#fafafa' } } : {})}
        pagination={false}
        scroll={{ x: 1100, y: 460 }}
        locale={{ emptyText: copy.empty }}
      />
    </Space>
  )
}

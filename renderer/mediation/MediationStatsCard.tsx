import { Card, Col, DatePicker, Row, Statistic } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { toIsoDate } from '../../shared/dates'
import { CASE_OUTCOMES, outcomeLabels } from '../../shared/mediation/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useMediationStats } from './api'
import { copy } from './copy'

/** Counts by outcome for a period (this year by default): the same query the reports call. */
export function MediationStatsCard() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()])
  const stats = useMediationStats({ from: toIsoDate(range[0]), to: toIsoDate(range[1]) })
  const s = stats.data
  const items: Array<[string, number | undefined]> = [
    [copy.received, s?.received],
    ...CASE_OUTCOMES.map((o): [string, number | undefined] => [outcomeLabels[o], s?.byOutcome[o]]),
    [copy.pending, s?.pending],
    [copy.closedOverdue, s?.closedOverdue],
    [copy.legalAidCases, s?.legalAidCases],
    [copy.legalAidWorkers, s?.legalAidWorkers],
  ]
  return (
    <Card
      size="small"
      title={copy.statsTitle}
      data-testid="mediation-stats"
      extra={
        <DatePicker.RangePicker
          aria-label={copy.statsPeriod}
          allowClear={false}
          value={range}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0], v[1]])
          }}
        />
      }
    >
      <ErrorAlert error={stats.error} />
      <Row gutter={16}>
        {items.map(([title, value]) => (
          <Col key={title} flex="1 1 0">
            <Statistic title={title} value={value ?? 0} loading={stats.isPending} />
          </Col>
        ))}
      </Row>
    </Card>
  )
}

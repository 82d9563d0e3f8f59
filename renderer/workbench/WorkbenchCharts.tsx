import { Card, Col, Row } from 'antd'
import type { EChartsCoreOption } from 'echarts/core'
import { useMemo, type ReactNode } from 'react'
import type { WorkbenchCharts as Charts, WorkbenchLink } from '../../shared/contract/workbench'
import { yuan } from '../ui/money'
import { BarChartView } from './BarChartView'
import { copy } from './copy'

const c = copy.charts
const height = 240
const palette = ['#a8071a', '#d48806', '#1677ff', '#389e0d', '#722ed1', '#08979c', '#c41d7f']
const grid = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true }
// A dashboard read at a glance: bars drawn at once, not grown in over a second.
const animation = false
const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } }

interface Props {
  data: Charts
  open: (link: WorkbenchLink) => void
}

/** The four charts; a click on a bar opens the list the bar counts (links come with the data, from core). */
export function WorkbenchCharts({ data, open }: Props) {
  const options = useMemo(() => chartOptions(data), [data])
  const card = (title: string, body: ReactNode) => (
    <Card size="small" title={title} extra={<span style={{ color: '#8c8c8c', fontSize: 12 }}>{c.clickHint}</span>} styles={{ body: { padding: 8 } }}>
      {body}
    </Card>
  )
  return (
    <Row gutter={[12, 12]}>
      <Col span={12}>
        {card(c.membersByUnion, (
          <BarChartView testId="chart-members-by-union" height={height} option={options.members} onBarClick={(_, i) => follow(open, data.membersByUnion[data.membersByUnion.length - 1 - i]?.link)} />
        ))}
      </Col>
      <Col span={12}>
        {card(c.events, (
          <BarChartView testId="chart-events" height={height} option={options.events} onBarClick={(s, i) => follow(open, (s === 0 ? data.joinLinks : data.departureLinks)[i])} />
        ))}
      </Col>
      <Col span={12}>
        {card(c.aid, (
          <BarChartView testId="chart-aid" height={height} option={options.aid} onBarClick={(s, i) => follow(open, data.aidByProgram[s]?.bars[i]?.link)} />
        ))}
      </Col>
      <Col span={12}>
        {card(c.coverage, (
          <BarChartView testId="chart-coverage" height={height} option={options.coverage} onBarClick={(_, i) => follow(open, data.coverageByKind[i]?.link)} />
        ))}
      </Col>
    </Row>
  )
}

function follow(open: (l: WorkbenchLink) => void, link: WorkbenchLink | null | undefined) {
  if (link) open(link)
}

const shortMonth = (m: string) => (m.endsWith('-01') ? `${m.slice(0, 4)}年1月` : `${Number(m.slice(5))}月`)

function chartOptions(d: Charts): Record<'members' | 'events' | 'aid' | 'coverage', EChartsCoreOption> {
  // Largest union on top: a horizontal bar chart lists categories from the bottom up.
  const unions = [...d.membersByUnion].reverse()
  return {
    members: {
      animation,
      color: palette,
      grid,
      tooltip,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: unions.map((u) => u.label), axisLabel: { width: 170, overflow: 'truncate' } },
      series: [{ type: 'bar', name: copy.members, data: unions.map((u) => u.value), cursor: 'pointer' }],
    },
    events: {
      animation,
      color: ['#389e0d', '#a8071a'],
      grid,
      tooltip,
      legend: { top: 0 },
      xAxis: { type: 'category', data: d.months.map(shortMonth) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: c.joins, data: d.joins, cursor: 'pointer' },
        { type: 'bar', name: c.departures, data: d.departures, cursor: 'pointer' },
      ],
    },
    aid: {
      animation,
      color: palette,
      grid,
      tooltip: { ...tooltip, valueFormatter: (v: unknown) => (typeof v === 'number' ? yuan(v) : '') },
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: d.aidMonths.map(shortMonth) },
      // Values stay in fen; only the labels are written in yuan.
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => yuan(v).replace(/\.00$/, '') } },
      series: d.aidByProgram.map((p) => ({ type: 'bar', stack: 'aid', name: p.name, data: p.bars.map((b) => b.value), cursor: 'pointer' })),
    },
    coverage: {
      animation,
      color: ['#1677ff', '#d48806'],
      grid,
      tooltip,
      legend: { top: 0 },
      xAxis: { type: 'category', data: d.coverageByKind.map((k) => k.kind), axisLabel: { interval: 0, width: 80, overflow: 'truncate' } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1 }],
      series: [
        { type: 'bar', name: c.contracts, data: d.coverageByKind.map((k) => k.contracts), cursor: 'pointer' },
        { type: 'bar', name: c.workers, yAxisIndex: 1, data: d.coverageByKind.map((k) => k.workers), cursor: 'pointer' },
      ],
    },
  }
}

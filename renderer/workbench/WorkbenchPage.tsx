import { RightOutlined } from '@ant-design/icons'
import { Badge, Card, Col, Empty, List, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd'
import { useNavigate } from 'react-router'
import type { ProgramPaid, WorkbenchFigures, WorkbenchLink, WorkbenchTodo } from '../../shared/contract/workbench'
import { ErrorAlert } from '../ui/ErrorAlert'
import { yuan } from '../ui/money'
import { useWorkbenchCharts, useWorkbenchFigures, useWorkbenchTodos } from './api'
import { copy } from './copy'
import { WorkbenchCharts } from './WorkbenchCharts'

const toneColor = { red: '#cf1322', amber: '#d48806' } as const

/** Opens a list with the filter a to-do, figure or bar carries (the list reads it from the URL). */
function useOpenLink() {
  const navigate = useNavigate()
  return (link: WorkbenchLink) => void navigate({ pathname: link.path, search: new URLSearchParams(link.query).toString() })
}

/** 工作台: what is due today, the office's figures, four charts. The home page. */
export function WorkbenchPage() {
  const open = useOpenLink()
  // The same queries as the cards below (TanStack shares them): the page only watches whether they have settled.
  const todos = useWorkbenchTodos()
  const figures = useWorkbenchFigures()
  const charts = useWorkbenchCharts(!todos.isPending && !figures.isPending)
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={12}>
        <Col span={9}>
          <Todos open={open} />
        </Col>
        <Col span={15}>
          <Figures open={open} />
        </Col>
      </Row>
      <ErrorAlert error={charts.error} />
      {charts.data ? <WorkbenchCharts data={charts.data} open={open} /> : <Card loading size="small" />}
    </Space>
  )
}

function Todos({ open }: { open: (l: WorkbenchLink) => void }) {
  const todos = useWorkbenchTodos()
  return (
    <Card size="small" title={copy.todosTitle} extra={todos.data ? copy.asOf(todos.data.today) : null} loading={todos.isPending} style={{ height: '100%' }}>
      <ErrorAlert error={todos.error} />
      {todos.data && todos.data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={copy.todosEmpty} /> : null}
      {todos.data && todos.data.items.length > 0 ? (
        <List<WorkbenchTodo>
          size="small"
          dataSource={todos.data.items}
          renderItem={(t) => (
            <List.Item
              data-testid={`todo-${t.key}`}
              style={{ cursor: 'pointer', paddingInline: 4 }}
              onClick={() => open(t.link)}
              actions={[<RightOutlined key="go" aria-label={copy.open} />]}
            >
              <List.Item.Meta
                avatar={<Badge count={t.count} overflowCount={999} color={toneColor[t.tone]} showZero />}
                title={<Typography.Link>{t.title}</Typography.Link>}
                description={<span style={{ fontSize: 12 }}>{t.detail}</span>}
              />
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  )
}

function Figure({ title, value, suffix, link, open, sub }: { title: string; value: number; suffix: string; link?: WorkbenchLink; open: (l: WorkbenchLink) => void; sub?: string }) {
  return (
    <div
      role={link ? 'link' : undefined}
      onClick={link ? () => open(link) : undefined}
      style={{ cursor: link ? 'pointer' : 'default' }}
      data-testid={`figure-${title}`}
    >
      <Statistic title={title} value={value} suffix={suffix} groupSeparator="," valueStyle={{ fontSize: 22 }} />
      {sub ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{sub}</Typography.Text> : null}
    </div>
  )
}

function Figures({ open }: { open: (l: WorkbenchLink) => void }) {
  const q = useWorkbenchFigures()
  const f: WorkbenchFigures | undefined = q.data
  return (
    <Card size="small" title={copy.figuresTitle} extra={f ? copy.asOf(f.today) : null} loading={q.isPending}>
      <ErrorAlert error={q.error} />
      {f ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Row gutter={[12, 8]}>
            <Col span={6}><Figure title={copy.members} value={f.members.active} suffix={copy.unitPeople} link={f.links.members} open={open} sub={`${copy.retained} ${f.members.retained} 人`} /></Col>
            <Col span={6}><Figure title={copy.women} value={f.members.women} suffix={copy.unitPeople} link={f.links.women} open={open} /></Col>
            <Col span={6}><Figure title={copy.migrant} value={f.members.migrant} suffix={copy.unitPeople} link={f.links.migrant} open={open} /></Col>
            <Col span={6}>
              <Figure title={copy.joins(f.year)} value={f.joinsThisYear} suffix={copy.unitPeople} open={open} sub={`${copy.departures(f.year)} ${f.departuresThisYear} 人`} />
            </Col>
            <Col span={6}><Figure title={copy.unions} value={f.unions} suffix={copy.unitUnions} link={f.links.unions} open={open} /></Col>
            <Col span={6}><Figure title={copy.enterprises} value={f.enterprises} suffix={copy.unitUnions} open={open} sub={copy.enterpriseWorkers(f.enterpriseWorkers)} /></Col>
            <Col span={6}><Figure title={copy.contracts} value={f.contracts} suffix={copy.unitContracts} link={f.links.contracts} open={open} sub={copy.contractWorkers(f.contractWorkers)} /></Col>
          </Row>
          <div>
            <Typography.Text type="secondary" style={{ marginRight: 8 }}>{copy.newForm}</Typography.Text>
            {f.members.newForm.map((n) => (
              <Tag key={n.type} style={{ cursor: 'pointer' }} onClick={() => open(n.link)}>
                {n.type} {n.count}
              </Tag>
            ))}
          </div>
          <AidTable year={f.year} rows={f.aid} open={open} />
        </Space>
      ) : null}
    </Card>
  )
}

function AidTable({ year, rows, open }: { year: number; rows: ProgramPaid[]; open: (l: WorkbenchLink) => void }) {
  const a = copy.aidColumns
  return (
    <Table<ProgramPaid>
      size="small"
      rowKey="programId"
      pagination={false}
      title={() => <Typography.Text strong>{copy.aidTitle(year)}</Typography.Text>}
      locale={{ emptyText: copy.aidEmpty }}
      dataSource={rows}
      onRow={(r) => ({ onClick: () => open(r.link), style: { cursor: 'pointer' } })}
      columns={[
        { title: a.program, dataIndex: 'name', ellipsis: true },
        { title: a.paid, dataIndex: 'paidFen', align: 'right', width: 120, render: (v: number) => yuan(v) },
        { title: a.committed, dataIndex: 'committedFen', align: 'right', width: 130, render: (v: number) => yuan(v) },
        { title: a.budget, dataIndex: 'budgetFen', align: 'right', width: 120, render: (v: number) => yuan(v) },
        {
          title: a.used,
          width: 110,
          render: (_: unknown, r) => <Progress size="small" percent={r.budgetFen ? Math.round((r.paidFen / r.budgetFen) * 100) : 0} />,
        },
      ]}
    />
  )
}

import { Table, Typography } from 'antd'
import type { AnnualReturn, Figure } from '../../shared/contract/reports'
import { figureText, groupedFigures, groupNote } from '../../shared/reports/annual-layout'
import { copy } from './copy'
import { FigureValue } from './FigureValue'
import type { RecordsQuery } from './RecordsDrawer'

type Row = { kind: 'group'; key: string; label: string; note: string | null } | { kind: 'figure'; key: string; figure: Figure; quiet: boolean }

function change(f: Figure): string {
  if (f.value === null || f.previous === null) return '—'
  const d = f.value - f.previous
  return d > 0 ? `+${figureText(f, d)}` : d < 0 ? `−${figureText(f, -d)}` : '0'
}

/** The return's figures under its group headings, this year against last; each value opens what it counts. */
export function FiguresTable({ report, onOpen }: { report: AnnualReturn; onOpen: (q: RecordsQuery) => void }) {
  // A group that cannot be computed for one reason says it once, on its heading.
  const rows: Row[] = groupedFigures(report).flatMap((g): Row[] => {
    const note = groupNote(g.figures)
    return [{ kind: 'group', key: `group:${g.label}`, label: g.label, note }, ...g.figures.map((figure): Row => ({ kind: 'figure', key: figure.key, figure, quiet: note !== null }))]
  })
  const groupSpan = (r: Row, first = false) => (r.kind === 'group' ? { colSpan: first ? 5 : 0 } : {})
  const open = (figure: Figure, previous: boolean) => () => onOpen({ key: figure.key, label: figure.label, previous, orgId: report.orgId ?? undefined, orgName: report.orgName ?? undefined })
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      sticky
      data-testid="report-figures"
      onRow={(r) => (r.kind === 'group' ? { style: { background: '#fafafa' } } : {})}
      columns={[
        {
          title: copy.columns.label,
          key: 'label',
          onCell: (r) => groupSpan(r, true),
          render: (_, r) =>
            r.kind === 'group' ? (
              <>
                <Typography.Text strong>{r.label}</Typography.Text>
                {r.note && (
                  <Typography.Text type="warning" style={{ marginLeft: 12, fontSize: 12 }}>
                    {r.note}
                  </Typography.Text>
                )}
              </>
            ) : (
              <div style={{ paddingLeft: r.figure.level * 20 }}>
                {r.figure.label}
                {r.figure.note && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.figure.note}
                  </Typography.Text>
                )}
              </div>
            ),
        },
        { title: copy.columns.unit, key: 'unit', width: 60, align: 'center', onCell: (r) => groupSpan(r), render: (_, r) => (r.kind === 'figure' ? r.figure.unit : null) },
        {
          title: copy.columns.current,
          key: 'current',
          width: 200,
          align: 'right',
          onCell: (r) => groupSpan(r),
          render: (_, r) => (r.kind === 'figure' ? <FigureValue figure={r.figure} value={r.figure.value} reason={r.quiet ? null : r.figure.reason} onOpen={open(r.figure, false)} /> : null),
        },
        {
          title: copy.columns.previous,
          key: 'previous',
          width: 200,
          align: 'right',
          onCell: (r) => groupSpan(r),
          render: (_, r) => (r.kind === 'figure' ? <FigureValue figure={r.figure} value={r.figure.previous} reason={r.quiet ? null : r.figure.previousReason} onOpen={open(r.figure, true)} /> : null),
        },
        { title: copy.columns.change, key: 'change', width: 110, align: 'right', onCell: (r) => groupSpan(r), render: (_, r) => (r.kind === 'figure' ? change(r.figure) : null) },
      ]}
    />
  )
}

import { Alert, Segmented, Table, Typography } from 'antd'
import { useState } from 'react'
import type { AnnualReturn, UnionFigures } from '../../shared/contract/reports'
import { figureText, totalsDifferFromSum, unionColumns, unionSum, type UnionColumn } from '../../shared/reports/annual-layout'
import { copy } from './copy'
import type { RecordsQuery } from './RecordsDrawer'
import { FigureValue } from './FigureValue'

/**
 * This year per grassroots union, one group of the return at a time (a table of every figure would be sixty columns
 * wide). Each cell opens the records it counts for that union. The sum row is the unions' own; where the return's
 * total differs (records without a union, a person in two unions counted once) its row follows.
 */
export function UnionTable({ report, onOpen }: { report: AnnualReturn; onOpen: (q: RecordsQuery) => void }) {
  const columns = unionColumns(report)
  const groups = [...new Set(columns.map((c) => c.groupLabel))]
  const [picked, setPicked] = useState<string | undefined>(undefined)
  const group = picked !== undefined && groups.includes(picked) ? picked : (groups[0] ?? '')
  const shown = columns.filter((c) => c.groupLabel === group)
  const differ = totalsDifferFromSum(report, shown)
  if (report.unions.length === 0) return <Alert type="info" showIcon title={copy.noUnions} />

  const cell = (u: UnionFigures, c: UnionColumn) => {
    const v = u.values[c.figure.key]
    return (
      <FigureValue
        figure={c.figure}
        value={v ?? null}
        reason={c.figure.reason}
        onOpen={() => onOpen({ key: c.figure.key, label: `${u.orgName}：${c.heading}`, previous: false, orgId: u.orgId, orgName: u.orgName })}
      />
    )
  }
  return (
    <>
      <Segmented options={groups} value={group} onChange={(v) => setPicked(String(v))} style={{ marginBottom: 12 }} />
      <Table<UnionFigures>
        size="small"
        rowKey="orgId"
        dataSource={report.unions}
        pagination={report.unions.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 240 + shown.length * 130 }}
        data-testid="report-unions"
        columns={[
          { title: copy.columns.index, key: 'index', width: 56, fixed: 'left', render: (_, __, i) => i + 1 },
          { title: copy.columns.union, dataIndex: 'orgName', width: 220, fixed: 'left', ellipsis: true },
          ...shown.map((c) => ({ title: <span style={{ whiteSpace: 'normal', wordBreak: 'break-all' }}>{c.heading}</span>, key: c.figure.key, width: 130, align: 'right' as const, render: (_: unknown, u: UnionFigures) => cell(u, c) })),
        ]}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <Typography.Text strong>{copy.sumRow}</Typography.Text>
              </Table.Summary.Cell>
              {shown.map((c, i) => (
                <Table.Summary.Cell key={c.figure.key} index={i + 2} align="right">
                  <Typography.Text strong>{figureText(c.figure, unionSum(report, c.figure.key))}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
            {differ && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <Typography.Text strong title={copy.totalsDiffer}>
                    {copy.totalRow}
                  </Typography.Text>
                </Table.Summary.Cell>
                {shown.map((c, i) => (
                  <Table.Summary.Cell key={c.figure.key} index={i + 2} align="right">
                    <FigureValue figure={c.figure} value={c.figure.value} reason={c.figure.reason} />
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )}
          </Table.Summary>
        )}
      />
      {differ && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {copy.totalsDiffer}
        </Typography.Text>
      )}
    </>
  )
}

import { Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { ImportIssue, ImportSummary } from '../../shared/contract/members'
import { importCopy as text } from './copy'

type Issue = ImportSummary['errors'][number]

const keyOf = (i: Pick<Issue, 'row' | 'field' | 'code'>) => `${i.row}|${i.field}|${i.code}`

/**
 * The summary's issue list keeps the CLI's shape, without a level; the preview lists the same issues with theirs, so
 * the level is looked up there (the core's word, not guessed here).
 */
export function severityIndex(issues: readonly ImportIssue[]): Map<string, ImportIssue['severity']> {
  return new Map(issues.map((i) => [keyOf(i), i.severity] as const))
}

const columns: TableColumnsType<Issue> = [
  { title: text.issueRow, dataIndex: 'row', width: 80, align: 'right' },
  { title: text.issueField, dataIndex: 'field', width: 140 },
  { title: text.issueReason, dataIndex: 'message' },
]

export function ImportIssuesTable({ summary, severities }: { summary: ImportSummary; severities: Map<string, ImportIssue['severity']> }) {
  const levelColumn: TableColumnsType<Issue>[number] = {
    title: text.issueLevel,
    key: 'level',
    width: 90,
    render: (_: unknown, i) => {
      const level = severities.get(keyOf(i))
      if (level === 'error') return <Tag color="red">{text.rejectedTag}</Tag>
      if (level === 'warning') return <Tag color="gold">{text.warningTag}</Tag>
      return null
    },
  }
  return (
    <>
      <Table<Issue>
        size="small"
        rowKey={keyOf}
        dataSource={summary.errors}
        columns={[...columns, levelColumn]}
        locale={{ emptyText: text.noIssues }}
        pagination={summary.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      />
      {summary.errors.length >= 1000 ? <Typography.Text type="secondary">{text.issuesCapped}</Typography.Text> : null}
    </>
  )
}

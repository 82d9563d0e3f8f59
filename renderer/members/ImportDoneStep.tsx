import { Button, Result, Space, Typography } from 'antd'
import { useState } from 'react'
import type { ImportPreview, ImportSummary } from '../../shared/contract/members'
import { downloadFile } from '../ui/download'
import { importCopy as text } from './copy'
import { ImportCounts } from './ImportCounts'
import { ImportIssuesTable, severityIndex } from './ImportIssuesTable'

interface Props {
  summary: ImportSummary
  preview: ImportPreview | null
  onAgain: () => void
  onList: () => void
}

export function ImportDoneStep({ summary, preview, onAgain, onList }: Props) {
  const report = summary.report
  const [reportSaved, setReportSaved] = useState(false)
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Result
        status={summary.rejected > 0 ? 'warning' : 'success'}
        title={text.doneTitle}
        subTitle={text.doneSummary(summary.inserted, summary.updated, summary.unchanged, summary.rejected)}
        extra={[
          report ? (
            // The report is handed over once (then removed from the outbox), so the button says it has been.
            <Button key="report" type="primary" disabled={reportSaved} onClick={() => {
              downloadFile(report)
              setReportSaved(true)
            }}>
              {reportSaved ? text.reportSaved : text.saveReport}
            </Button>
          ) : null,
          <Button key="list" onClick={onList}>
            {text.toList}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {text.again}
          </Button>,
        ]}
        style={{ paddingBottom: 0 }}
      />
      <ImportCounts summary={summary} />
      {report ? <Typography.Paragraph type="secondary">{text.reportHint}</Typography.Paragraph> : null}
      {summary.errors.length > 0 ? <ImportIssuesTable summary={summary} severities={severityIndex(preview?.issues ?? [])} /> : null}
    </Space>
  )
}

import { Alert, Button, Progress, Space, Typography } from 'antd'
import type { ImportPreview } from '../../shared/contract/members'
import { columnLabel } from '../../shared/members/columns'
import { ErrorAlert } from '../ui/ErrorAlert'
import { importCopy as text } from './copy'
import { ImportCounts } from './ImportCounts'
import { ImportIssuesTable, severityIndex } from './ImportIssuesTable'
import { ImportMappingTable, type Mapping } from './ImportMappingTable'

interface MappingProps {
  fileName: string
  preview: ImportPreview
  mapping: Mapping
  onMapping: (m: Mapping) => void
  checking: boolean
  error: unknown
  onBack: () => void
  onNext: () => void
}

export function ImportMappingStep({ fileName, preview, mapping, onMapping, checking, error, onBack, onNext }: MappingProps) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text>
        {text.fileChosen(fileName)}　<Typography.Text type="secondary">{text.sheetInfo(preview.sheetName, preview.headerRow)}</Typography.Text>
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {text.mappingIntro}
      </Typography.Paragraph>
      {preview.missingFields.length > 0 ? (
        <Alert type="warning" showIcon title={text.missing(preview.missingFields.map(columnLabel).join('、'))} />
      ) : null}
      <ErrorAlert error={error} />
      <ImportMappingTable columns={preview.columns} mapping={mapping} onChange={onMapping} />
      <Space>
        <Button onClick={onBack}>{text.prev}</Button>
        <Button type="primary" loading={checking} onClick={onNext}>
          {text.next}
        </Button>
      </Space>
    </Space>
  )
}

interface PreviewProps {
  preview: ImportPreview
  error: unknown
  starting: boolean
  onBack: () => void
  onStart: () => void
}

export function ImportPreviewStep({ preview, error, starting, onBack, onStart }: PreviewProps) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {text.previewIntro}
      </Typography.Paragraph>
      <ImportCounts summary={preview.summary} />
      <ErrorAlert error={error} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {text.issues}
      </Typography.Title>
      <ImportIssuesTable summary={preview.summary} severities={severityIndex(preview.issues)} />
      <Space>
        <Button onClick={onBack} disabled={starting}>
          {text.prev}
        </Button>
        <Button type="primary" onClick={onStart} loading={starting} disabled={starting}>
          {text.start}
        </Button>
      </Space>
    </Space>
  )
}

export function ImportRunningStep({ total }: { total: number }) {
  return (
    <div style={{ maxWidth: 560, margin: '32px auto', textAlign: 'center' }} role="status">
      <Typography.Title level={5}>{text.importing}</Typography.Title>
      <Progress percent={100} status="active" showInfo={false} />
      <Typography.Paragraph type="secondary">{text.runningRows(total)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{text.importingNote}</Typography.Paragraph>
    </div>
  )
}

import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons'
import { App, Button, Card, Select, Space, Spin, Tabs, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { DEFAULT_YEAR_START } from '../../shared/reports/period'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useAnnualReturn, useCanChangeSettings, useExportAnnual, useReportSettings } from './api'
import { copy } from './copy'
import { FiguresTable } from './FiguresTable'
import { RecordsDrawer, type RecordsQuery } from './RecordsDrawer'
import { UnionTable } from './UnionTable'
import { yearChoices } from './years'
import { YearStartSettings } from './YearStartSettings'

/** 统计报表: the annual return for a year (and optionally one union), its summary, its breakdown and its files. */
export function ReportsPage() {
  const { message } = App.useApp()
  const settings = useReportSettings()
  const yearStart = settings.data?.yearStart ?? DEFAULT_YEAR_START
  const choices = yearChoices(dayjs().format('YYYY-MM-DD'), yearStart)
  const [picked, setPicked] = useState<number | undefined>(undefined)
  const year = picked ?? choices[1]?.year ?? dayjs().year()
  const [orgId, setOrgId] = useState<string | undefined>(undefined)
  const [records, setRecords] = useState<RecordsQuery | null>(null)
  // The whole office's return lists every union of the year: the union picker offers those.
  const whole = useAnnualReturn(year)
  const report = useAnnualReturn(year, orgId)
  const exporting = useExportAnnual()
  const canChangeSettings = useCanChangeSettings()
  const r = report.data
  const exportAs = (format: 'xlsx' | 'pdf') =>
    exporting.mutate({ format, year, ...(orgId ? { orgId } : {}) }, { onSuccess: (file) => void message.success(copy.exported(file.fileName)) })

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={12} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap size={12}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {copy.title}
            </Typography.Title>
            <Select
              aria-label={copy.year}
              style={{ width: 170 }}
              value={year}
              onChange={(v) => setPicked(v)}
              options={choices.map((c) => ({ value: c.year, label: c.running ? copy.yearInProgress(c.year) : copy.yearOption(c.year) }))}
            />
            <Select
              aria-label={copy.union}
              style={{ width: 260 }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={copy.allUnions}
              value={orgId}
              onChange={(v?: string) => setOrgId(v)}
              options={(whole.data?.unions ?? []).map((u) => ({ value: u.orgId, label: u.orgName }))}
            />
          </Space>
          <Space>
            {canChangeSettings && settings.data ? <YearStartSettings yearStart={settings.data.yearStart} /> : null}
            <Button icon={<FileExcelOutlined />} loading={exporting.isPending && exporting.variables.format === 'xlsx'} disabled={!r} onClick={() => exportAs('xlsx')}>
              {copy.exportXlsx}
            </Button>
            <Button icon={<FilePdfOutlined />} loading={exporting.isPending && exporting.variables.format === 'pdf'} disabled={!r} onClick={() => exportAs('pdf')}>
              {copy.exportPdf}
            </Button>
          </Space>
        </Space>
        {r && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="report-period">
            {r.title}
            {r.orgName ? `　${copy.union}：${r.orgName}` : ''}　{copy.previousPeriod}：{r.previousPeriod.from} — {r.previousPeriod.to}
          </Typography.Text>
        )}
      </Card>
      <ErrorAlert error={report.error ?? exporting.error} />
      {!r && report.isPending && <Spin style={{ display: 'block', marginTop: 48 }} />}
      {r && (
        <>
          <Card size="small" title={copy.summary} extra={<Typography.Text type="secondary">{copy.summaryHint}</Typography.Text>}>
            <Typography.Paragraph copyable={{ tooltips: [copy.summary, copy.copied] }} style={{ margin: 0, textIndent: '2em' }} data-testid="report-summary">
              {r.summary}
            </Typography.Paragraph>
          </Card>
          <Card size="small" loading={report.isFetching && report.isPlaceholderData}>
            <Tabs
              items={[
                { key: 'figures', label: copy.tabs.figures, children: <FiguresTable report={r} onOpen={setRecords} /> },
                ...(r.orgId === null ? [{ key: 'unions', label: copy.tabs.unions, children: <UnionTable report={r} onOpen={setRecords} /> }] : []),
              ]}
            />
          </Card>
        </>
      )}
      <RecordsDrawer year={year} query={records} onClose={() => setRecords(null)} />
    </Space>
  )
}

import { PlusOutlined } from '@ant-design/icons'
import { Alert, Button, DatePicker, Form, Progress, Select, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { toIsoDate } from '../../shared/dates'
import type { ImportPreview } from '../../shared/contract/members'
import { columnLabel } from '../../shared/members/columns'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useOrgOptions } from './api'
import { importCopy as text, orgQuickCopy } from './copy'
import { QuickOrgModal } from './QuickOrgModal'
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
  nextRefused: boolean
  choices: ImportChoices
  onChoices: (next: ImportChoices) => void
}

export interface ImportChoices {
  defaultOrgId?: string | undefined
  defaultEventDate?: string | undefined
}

/** Issue 13: the union and the join date a roster may lack, chosen where their absence is reported. */
function ImportChoicesForm({ preview, choices, onChoices }: { preview: ImportPreview; choices: ImportChoices; onChoices: (next: ImportChoices) => void }) {
  const orgs = useOrgOptions()
  const [creatingOrg, setCreatingOrg] = useState(false)
  const noOrgs = orgs.data !== undefined && orgs.data.length === 0
  const showUnion = !preview.columns.some((c) => c.field === 'orgName') || preview.missingFields.includes('orgName') || choices.defaultOrgId !== undefined
  const showDate = !preview.columns.some((c) => c.field === 'eventDate' || c.field === 'joinDate') || preview.undatedJoins > 0 || choices.defaultEventDate !== undefined
  if (!showUnion && !showDate) return null
  return (
    <Form layout="inline" style={{ rowGap: 8 }}>
      {showUnion ? (
        <Form.Item label={text.unionChoice} tooltip={text.unionChoiceHelp} required={preview.missingFields.includes('orgName')}>
          <Space>
            {noOrgs ? <Typography.Text type="warning">{text.noOrgsYet}</Typography.Text> : null}
            <Select
              aria-label={text.unionChoice}
              style={{ width: 260 }}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={text.unionChoicePlaceholder}
              value={choices.defaultOrgId}
              onChange={(v?: string) => onChoices({ ...choices, defaultOrgId: v })}
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
            <Button icon={<PlusOutlined />} onClick={() => setCreatingOrg(true)}>{orgQuickCopy.add}</Button>
          </Space>
          {creatingOrg ? (
            <QuickOrgModal
              onClose={() => setCreatingOrg(false)}
              onCreated={(org) => {
                setCreatingOrg(false)
                onChoices({ ...choices, defaultOrgId: org.id })
              }}
            />
          ) : null}
        </Form.Item>
      ) : null}
      {showDate ? (
        <Form.Item label={text.joinDate} tooltip={text.joinDateHelp}>
          <DatePicker
            aria-label={text.joinDate}
            value={choices.defaultEventDate ? dayjs(choices.defaultEventDate) : null}
            onChange={(d: Dayjs | null) => onChoices({ ...choices, defaultEventDate: d ? toIsoDate(d) : undefined })}
          />
        </Form.Item>
      ) : null}
    </Form>
  )
}

/** What the preview will do with rows the file does not fully place: by enterprise, and undated joins. */
function PlacementNotes({ preview }: { preview: ImportPreview }) {
  const notes = [
    ...(preview.unionsByEnterprise.length ? [text.byEnterprise(preview.unionsByEnterprise.map((u) => `${u.orgName} ${u.rows} 人`).join('、'))] : []),
    ...(preview.undatedJoins > 0 ? [text.undated(preview.undatedJoins)] : []),
  ]
  if (notes.length === 0) return null
  return <Alert type="info" showIcon data-testid="import-placement" title={notes.join('；')} />
}

export function ImportMappingStep({ fileName, preview, mapping, onMapping, checking, error, onBack, onNext, nextRefused, choices, onChoices }: MappingProps) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text>
        {text.fileChosen(fileName)}　<Typography.Text type="secondary">{text.sheetInfo(preview.sheetName, preview.headerRow)}</Typography.Text>
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {text.mappingIntro}
      </Typography.Paragraph>
      {preview.missingFields.length > 0 ? (
        <Alert type={nextRefused ? 'error' : 'warning'} showIcon title={text.missing(preview.missingFields.map(columnLabel).join('、'))} description={nextRefused ? text.nextRefused : undefined} />
      ) : null}
      <ImportChoicesForm preview={preview} choices={choices} onChoices={onChoices} />
      <PlacementNotes preview={preview} />
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
      <PlacementNotes preview={preview} />
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

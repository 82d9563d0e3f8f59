import { Alert, Button, Card, DatePicker, Form, Input, Progress, Select, Space, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import type { GeneratedFile } from '../../shared/contract/types'
import { toIsoDate } from '../../shared/dates'
import { useOrgOptions } from '../members/api'
import { downloadFile } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useElapsedSeconds } from '../ui/useElapsedSeconds'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useCanUnmask, useProvincialExport, useProvincialPreview } from './provincial-api'
import { provincialCopy as copy } from './provincial-copy'

interface Values {
  orgId?: string
  period?: [Dayjs, Dayjs] | null
  reason: string
}

const slash = (d: string) => d.replace(/-/g, '/')
const size = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`)

/**
 * 省级模板导出 (issue 15): the register as the provincial 会员信息采集表 and per-union summary, unencrypted, for a federation
 * without the app. Self-contained, to sit on the 上报 page: it warns that the file holds personal data in clear, asks
 * the reason that goes into the 操作日志, and shows the export at work. What goes in the file, who may export it and
 * the counts are core's (provincial.preview / provincial.export).
 */
export function ProvincialExportCard() {
  const [form] = Form.useForm<Values>()
  const orgId = Form.useWatch('orgId', form)
  const period = Form.useWatch('period', form)
  const range = period?.[0] && period[1] ? { from: toIsoDate(period[0]), to: toIsoDate(period[1]) } : {}
  const preview = useProvincialPreview({ ...(orgId ? { orgId } : {}), ...range })
  const orgs = useOrgOptions()
  const canUnmask = useCanUnmask()
  const run = useProvincialExport()
  const seconds = useElapsedSeconds(run.isPending)
  const [done, setDone] = useState<GeneratedFile | null>(null)

  const submit = (v: Values) => {
    setDone(null)
    run.mutate(
      { ...(v.orgId ? { orgId: v.orgId } : {}), ...range, reason: v.reason },
      {
        onSuccess: (file) => {
          downloadFile(file)
          setDone(file)
          form.resetFields(['reason'])
        },
        onError: (err) => void showFieldError(form, err, ['reason', 'orgId', 'from', 'to'], (f) => (f === 'from' || f === 'to' ? 'period' : f)),
      },
    )
  }
  const shown = preview.data

  return (
    <Card title={copy.title} data-testid="provincial-export">
      <Typography.Paragraph>{copy.intro}</Typography.Paragraph>
      <Alert type="warning" showIcon title={copy.warningTitle} description={copy.warning} style={{ marginBottom: 16 }} />
      {canUnmask === false ? <Alert type="info" showIcon title={copy.noPermission} style={{ marginBottom: 16 }} /> : null}
      {isFormLevelError(run.error, ['reason', 'orgId', 'period'], (f) => (f === 'from' || f === 'to' ? 'period' : f)) ? <ErrorAlert error={run.error} /> : null}
      <ErrorAlert error={preview.error} />
      <Form form={form} name="provincialExport" layout="vertical" onFinish={submit} disabled={run.isPending} style={{ maxWidth: 640 }}>
        <Form.Item name="orgId" label={copy.org}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={copy.allOrgs}
            loading={orgs.isPending}
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="period" label={copy.period} extra={shown && !range.from ? copy.periodHint(slash(shown.period.from), slash(shown.period.to)) : undefined}>
          <DatePicker.RangePicker aria-label={copy.period} />
        </Form.Item>
        <Form.Item name="reason" label={copy.reason} rules={[{ required: true, whitespace: true, message: copy.reasonRequired }]}>
          <Input placeholder={copy.reasonPlaceholder} maxLength={200} />
        </Form.Item>
        <Space size={[4, 8]} wrap style={{ marginBottom: 16 }}>
          {copy.reasons.map((r) => (
            <Tag.CheckableTag key={r} checked={false} onChange={() => form.setFieldsValue({ reason: r })}>
              {r}
            </Tag.CheckableTag>
          ))}
        </Space>
        {shown ? <Typography.Paragraph type="secondary">{copy.preview(shown.rows, shown.inGoodStanding, shown.unions)}</Typography.Paragraph> : null}
        <Button type="primary" htmlType="submit" loading={run.isPending} disabled={canUnmask !== true || shown?.rows === 0}>
          {copy.exportButton}
        </Button>
      </Form>
      {run.isPending ? (
        <div role="status" style={{ marginTop: 16 }}>
          <Progress percent={100} status="active" showInfo={false} />
          <Typography.Text>{copy.running(shown?.rows ?? 0, seconds)}</Typography.Text>
        </div>
      ) : null}
      {done ? <Alert type="success" showIcon title={copy.doneTitle(done.rows ?? 0)} description={copy.doneText(done.fileName, size(done.bytes))} style={{ marginTop: 16 }} /> : null}
    </Card>
  )
}

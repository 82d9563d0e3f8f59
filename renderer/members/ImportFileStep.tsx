import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Select, Spin, Typography, Upload } from 'antd'
import { useState } from 'react'
import type { FilePayload } from '../../shared/contract/types'
import { downloadFile, readFilePayload } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useExport, useOrgOptions } from './api'
import { importCopy as text } from './copy'

interface Props {
  defaultOrgId: string | undefined
  onDefaultOrg: (id: string | undefined) => void
  reading: boolean
  error: unknown
  onFile: (file: FilePayload) => void
  /** The file already chosen (back from step 2): go on with it, or drop another one. */
  chosen: FilePayload | null
  onContinue: () => void
}

export function ImportFileStep({ defaultOrgId, onDefaultOrg, reading, error, onFile, chosen, onContinue }: Props) {
  const orgs = useOrgOptions()
  // A file the browser cannot read never reaches the wizard; its refusal is shown here, above the drop zone.
  const [readError, setReadError] = useState<unknown>(null)
  // Issue 13: the blank 会员信息采集表 comes from the core's template export, through the outbox like any generated file.
  const template = useExport()
  const downloadTemplate = () => template.mutate({ kind: 'template', format: 'xlsx' }, { onSuccess: downloadFile })
  return (
    <div style={{ maxWidth: 720 }}>
      <Form layout="vertical">
        <Form.Item label={text.defaultOrg} extra={text.defaultOrgHelp}>
          <Select
            aria-label={text.defaultOrg}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={text.defaultOrgPlaceholder}
            value={defaultOrgId}
            onChange={(v?: string) => onDefaultOrg(v)}
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      </Form>
      {chosen ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={text.fileChosen(chosen.fileName)}
          action={<Button type="primary" onClick={onContinue} loading={reading}>{text.continueWithFile}</Button>}
        />
      ) : null}
      <ErrorAlert error={readError ?? error ?? template.error} />
      <Spin spinning={reading} description={text.reading}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={reading}
          // The file goes to the core as a payload through the contract, never uploaded anywhere by antd.
          beforeUpload={(file) => {
            setReadError(null)
            void readFilePayload(file).then(onFile, (err: unknown) => setReadError(err))
            return false
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{text.chooseHint}</p>
          <p className="ant-upload-hint" style={{ padding: '0 24px' }}>
            {text.chooseFormats}
          </p>
        </Upload.Dragger>
      </Spin>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {text.templateHint}
        <Button type="link" icon={<DownloadOutlined />} loading={template.isPending} onClick={downloadTemplate}>
          {text.templateDownload}
        </Button>
      </Typography.Paragraph>
    </div>
  )
}

import { Alert, App, Checkbox, Form, Input, Radio, Typography } from 'antd'
import type { GeneratedFile } from '../../shared/contract/types'
import { downloadFile } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useExport, useExportUnmasked } from './api'
import { copy, exportCopy as text } from './copy'
import type { MemberFilter } from './MemberFilters'
import { FormModal } from '../ui/FormModal'

type Kind = 'template' | 'full' | 'list'
interface Values {
  kind: Kind
  format: 'xlsx' | 'csv'
  unmasked: boolean
  reason?: string
}

interface Props {
  filter: MemberFilter
  /** How many rows the list shows now, so the clerk knows what "current list" means. */
  listTotal: number | undefined
  onClose: () => void
}

export function ExportModal({ filter, listTotal, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const masked = useExport()
  const unmasked = useExportUnmasked()
  const { message } = App.useApp()
  const kind = Form.useWatch('kind', form)
  const wantsUnmasked = Form.useWatch('unmasked', form) === true
  const error = masked.error ?? unmasked.error
  const pending = masked.isPending || unmasked.isPending

  const submit = (v: Values) => {
    // The empty template has no people in it, so it is always the masked call.
    const input = { kind: v.kind, format: v.kind === 'template' ? 'xlsx' : v.format, filter: v.kind === 'list' ? filter : undefined } as const
    const saved = (file: GeneratedFile) => {
      downloadFile(file)
      void message.success(text.done(file.fileName, file.rows ?? 0))
      onClose()
    }
    const failed = (err: unknown) => void showFieldError(form, err, ['reason'])
    if (v.unmasked && v.kind !== 'template') unmasked.mutate({ ...input, reason: v.reason ?? '' }, { onSuccess: saved, onError: failed })
    else masked.mutate(input, { onSuccess: saved, onError: failed })
  }

  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={pending}
      formProps={{ initialValues: { kind: 'list', format: 'xlsx', unmasked: false } }}
      title={text.title}
      okText={text.ok}
      cancelText={copy.cancel}
      width={560}
    >
      {isFormLevelError(error, ['reason']) ? <ErrorAlert error={error} /> : null}
      <Form.Item name="kind" label={text.kind} extra={kind === 'list' && listTotal !== undefined ? text.listHint(listTotal) : undefined}>
        <Radio.Group
          orientation="vertical"
          options={(['list', 'full', 'template'] as const).map((k) => ({ value: k, label: text.kinds[k] }))}
        />
      </Form.Item>
      {kind === 'template' ? null : (
        <>
          <Form.Item name="format" label={text.format}>
            <Radio.Group options={(['xlsx', 'csv'] as const).map((f) => ({ value: f, label: text.formats[f] }))} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{text.maskedNote}</Typography.Paragraph>
          <Form.Item name="unmasked" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{text.unmasked}</Checkbox>
          </Form.Item>
          {wantsUnmasked ? (
            <>
              <Alert type="warning" showIcon title={text.unmaskedWarning} style={{ marginBottom: 16 }} />
              <Form.Item name="reason" label={text.reason} rules={[{ required: true, message: text.reasonRequired }]}>
                <Input autoFocus placeholder={text.reasonPlaceholder} />
              </Form.Item>
            </>
          ) : null}
        </>
      )}
    </FormModal>
  )
}

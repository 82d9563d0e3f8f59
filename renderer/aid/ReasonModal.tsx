import { Form, Input, Modal } from 'antd'
import { ErrorAlert } from '../ui/ErrorAlert'
import { copy } from './copy'

interface Props {
  open: boolean
  title: string
  label: string
  pending: boolean
  error: unknown
  onOk: (reason: string) => void
  onCancel: () => void
}

/** Asks for the reason a return, a refusal or a resolution needs. */
export function ReasonModal({ open, title, label, pending, error, onOk, onCancel }: Props) {
  const [form] = Form.useForm<{ reason: string }>()
  return (
    <Modal open={open} title={title} okText={title} cancelText={copy.cancel} confirmLoading={pending} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => onOk(v.reason)}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}>
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}

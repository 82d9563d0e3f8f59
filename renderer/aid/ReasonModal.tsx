import { Form, Input, Modal } from 'antd'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useUnsavedGuard } from '../ui/FormModal'
import { copy } from './copy'

interface Props {
  open: boolean
  title: string
  label: string
  pending: boolean
  error: unknown
  onCancel: () => void
}

type ReasonProps = Props & ({ optional?: false; onOk: (reason: string) => void } | { optional: true; extra?: string; onOk: (reason: string | null) => void })

/** Asks for the reason a return, a refusal or a resolution needs, or for a comment an approval may carry (optional). */
export function ReasonModal(props: ReasonProps) {
  const { open, title, label, pending, error, onCancel } = props
  const [form] = Form.useForm<{ reason?: string }>()
  const close = useUnsavedGuard(form, onCancel)
  const finish = (v: { reason?: string }) => {
    const text = v.reason?.trim() ?? ''
    if (props.optional) props.onOk(text === '' ? null : text)
    else props.onOk(text)
  }
  return (
    <Modal open={open} title={title} okText={title} cancelText={copy.cancel} confirmLoading={pending} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={finish}>
        <Form.Item
          name="reason"
          label={label}
          extra={props.optional ? props.extra : undefined}
          rules={props.optional ? [{ max: 500 }] : [{ required: true, whitespace: true, message: `请填写${label}` }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}

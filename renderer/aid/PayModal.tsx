import { DatePicker, Form, Input, Modal, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { PAYMENT_METHODS, PAYMENT_METHOD_NAMES, type PaymentMethod } from '../../shared/aid/types'
import { toIsoDate } from '../../shared/dates'
import { ErrorAlert } from '../ui/ErrorAlert'
import { copy } from './copy'
import { useUnsavedGuard } from '../ui/FormModal'

export interface PayValues {
  method: PaymentMethod
  date: string
  reference: string | null
}

interface FormValues {
  method: PaymentMethod
  date: Dayjs
  reference?: string
}

interface Props {
  open: boolean
  title: string
  pending: boolean
  error: unknown
  onOk: (values: PayValues) => void
  onCancel: () => void
}

/** 发放: bank transfer, cash or goods, with the date and the voucher or transfer reference. */
export function PayModal({ open, title, pending, error, onOk, onCancel }: Props) {
  const b = copy.batch
  const [form] = Form.useForm<FormValues>()
  const close = useUnsavedGuard(form, onCancel)
  return (
    <Modal open={open} title={title} okText={b.pay} cancelText={copy.cancel} confirmLoading={pending} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'bank', date: dayjs() }}
        onFinish={(v) => onOk({ method: v.method, date: toIsoDate(v.date), reference: v.reference ?? null })}
      >
        <Form.Item name="method" label={b.method} rules={[{ required: true }]}>
          <Select options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_NAMES[m] }))} />
        </Form.Item>
        <Form.Item name="date" label={b.payDate} rules={[{ required: true, message: `请选择${b.payDate}` }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reference" label={b.reference}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  )
}

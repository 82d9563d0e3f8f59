import { Alert, DatePicker, Descriptions, Form, InputNumber, Modal } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { toIsoDate } from '../../../shared/dates'
import { errorText } from '../../ui/error-text'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useNoticeWindow, useStartNotice } from '../api'
import { copy } from '../copy'
import { useUnsavedGuard } from '../../ui/FormModal'

const b = copy.batch

interface Props {
  batchId: string
  /** The day of the batch's last review: the notice cannot start before it (core refuses it too). */
  earliest: string | null
  open: boolean
  onDone: () => void
  onCancel: () => void
}

interface Values {
  startDate: Dayjs | null
  days?: number | null
}

/** 公示: the end date and the earliest payment date are the core's, counted on its working-day calendar. */
export function NoticeModal({ batchId, earliest, open, onDone, onCancel }: Props) {
  const [form] = Form.useForm<Values>()
  const close = useUnsavedGuard(form, onCancel)
  const start = Form.useWatch('startDate', form)
  const days = Form.useWatch('days', form)
  const preview = useNoticeWindow(start ? { startDate: toIsoDate(start), days: days ?? undefined } : null)
  const notice = useStartNotice()
  const submit = (v: Values) => {
    if (v.startDate) notice.mutate({ id: batchId, startDate: toIsoDate(v.startDate), days: v.days ?? undefined }, { onSuccess: onDone })
  }
  return (
    <Modal open={open} title={b.noticeTitle} okText={b.startNotice} cancelText={copy.cancel} confirmLoading={notice.isPending} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      <ErrorAlert error={notice.error} />
      <Form form={form} layout="vertical" initialValues={{ startDate: earliest && dayjs(earliest).isAfter(dayjs()) ? dayjs(earliest) : dayjs() }} onFinish={submit}>
        <Form.Item
          name="startDate"
          label={b.noticeStart}
          extra={earliest ? b.noticeNotBefore(earliest) : undefined}
          rules={[{ required: true, message: `请选择${b.noticeStart}` }]}
        >
          <DatePicker disabledDate={(d) => earliest !== null && toIsoDate(d) < earliest} />
        </Form.Item>
        <Form.Item name="days" label={b.noticeLength}>
          <InputNumber min={5} max={60} precision={0} placeholder="5" />
        </Form.Item>
      </Form>
      {preview.error ? <Alert type="error" showIcon title={errorText(preview.error)} /> : null}
      {preview.data && !preview.error ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          data-testid="notice-preview"
          styles={{ label: { whiteSpace: 'nowrap' } }}
          items={[
            { key: 'end', label: b.noticeEnd, children: preview.data.end },
            { key: 'pay', label: b.earliestPayment, children: preview.data.earliestPayment },
            { key: 'days', label: b.countedDays, children: preview.data.days.join('、') },
          ]}
        />
      ) : null}
    </Modal>
  )
}

import { Alert, App, DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { toIsoDate } from '../../shared/dates'
import type { OrgDetail } from '../../shared/contract/orgs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useDissolveOrg } from './api'
import { copy } from './copy'
import { FormModal } from '../ui/FormModal'

const text = copy.dissolveDialog

interface Values {
  date: Dayjs
  reason?: string
}

export function DissolveOrgModal({ org, open, onClose }: { org: OrgDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const dissolve = useDissolveOrg()
  const { message } = App.useApp()
  const blocked = org.dissolveBlockedReason

  const submit = (v: Values) =>
    dissolve.mutate(
      { id: org.id, date: toIsoDate(v.date), reason: v.reason },
      {
        onSuccess: () => {
          void message.success(text.done)
          onClose()
        },
      },
    )

  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={() => {
        dissolve.reset()
        onClose()
      }}
      open={open}
      pending={dissolve.isPending}
      formProps={{ initialValues: { date: dayjs() } }}
      title={text.title(org.name)}
      okText={text.ok}
      cancelText={copy.cancel}
      // The core states why it would refuse; asking it again would only repeat that.
      okButtonProps={{ danger: true, disabled: blocked !== null }}
    >
      <p>{text.intro}</p>
      {blocked ? <Alert type="warning" showIcon title={blocked} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={dissolve.error} />
      <Form.Item name="date" label={text.date} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={text.reason}>
        <Input autoFocus />
      </Form.Item>
    </FormModal>
  )
}

import { App, AutoComplete, DatePicker, Form, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { MemberDetail } from '../../shared/contract/members'
import { toIsoDate } from '../../shared/dates'
import { isAppError } from '../../shared/errors'
import { eventReasons, type MemberEventType } from '../../shared/members/fields'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useMemberEvent, useOrgOptions, useTransferMember } from './api'
import { copy, eventCopy } from './copy'
import { FormModal } from '../ui/FormModal'

/** A lifecycle event, or the transfer between two unions of this office that records 转出 and 转入 at once. */
export type MemberAction = MemberEventType | 'transfer'

interface Values {
  date: Dayjs
  reason?: string
  orgId?: string
  toText?: string
}

const fields = ['date', 'reason', 'orgId', 'toOrgId', 'toText']

export function MemberEventModal({ member, action, onClose }: { member: MemberDetail; action: MemberAction; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const event = useMemberEvent()
  const transfer = useTransferMember()
  const orgs = useOrgOptions()
  const { message } = App.useApp()
  const pending = event.isPending || transfer.isPending
  const error = event.error ?? transfer.error
  // 入会/转入 land in a union of this office; a transfer must go somewhere else.
  const needsOrg = action === 'transfer' || action === 'join' || action === 'transfer_in'
  const orgChoices = (orgs.data ?? []).filter((o) => action !== 'transfer' || o.id !== member.orgId)

  const done = () => {
    void message.success(eventCopy.done(eventCopy.titles[action]))
    onClose()
  }
  const failed = (err: unknown) => {
    // The core names the transfer's target toOrgId; this form calls that field orgId.
    if (isAppError(err) && err.detail.field === 'toOrgId') form.setFields([{ name: 'orgId', errors: [err.message] }])
    else showFieldError(form, err, fields)
  }
  const submit = (v: Values) => {
    const date = toIsoDate(v.date)
    if (action === 'transfer') {
      transfer.mutate({ memberId: member.id, toOrgId: v.orgId ?? '', date, reason: v.reason }, { onSuccess: done, onError: failed })
    } else {
      event.mutate(
        { memberId: member.id, type: action, date, reason: v.reason, orgId: needsOrg ? v.orgId : undefined, toText: action === 'transfer_out' ? v.toText : undefined },
        { onSuccess: done, onError: failed },
      )
    }
  }

  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={pending}
      formProps={{ initialValues: { date: dayjs(), orgId: action === 'transfer' ? undefined : member.orgId } }}
      title={`${eventCopy.titles[action]}：${member.name}`}
      okText={eventCopy.ok}
      cancelText={copy.cancel}
      okButtonProps={{ danger: action === 'expel' }}
    >
      <p>{eventCopy.intro[action]}</p>
      {isFormLevelError(error, fields) ? <ErrorAlert error={error} /> : null}
      {needsOrg ? (
        <Form.Item
          name="orgId"
          label={action === 'transfer' ? eventCopy.toOrg : eventCopy.org}
          rules={[{ required: true, message: eventCopy.orgPlaceholder }]}
        >
          <Select
            autoFocus
            showSearch
            optionFilterProp="label"
            placeholder={eventCopy.orgPlaceholder}
            options={orgChoices.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      ) : null}
      {action === 'transfer_out' ? (
        // Issue 13: where the person went (a union outside this office; inside it, 转会 records both sides).
        <Form.Item name="toText" label={eventCopy.toText} rules={[{ required: true, whitespace: true, message: eventCopy.toTextRequired }]}>
          <AutoComplete autoFocus placeholder={eventCopy.toTextPlaceholder} options={(orgs.data ?? []).filter((o) => o.id !== member.orgId).map((o) => ({ value: o.name }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="date" label={eventCopy.date} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} autoFocus={!needsOrg} />
      </Form.Item>
      <Form.Item name="reason" label={eventCopy.reason}>
        <AutoComplete
          placeholder={eventCopy.reasonPlaceholder}
          options={eventReasons.map((r) => ({ value: r }))}
          filterOption={(input, option) => (option?.value ?? '').includes(input)}
        />
      </Form.Item>
    </FormModal>
  )
}

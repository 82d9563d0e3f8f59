import type { UseMutationResult } from '@tanstack/react-query'
import { Form, Input, Space, Tag } from 'antd'
import { ErrorAlert } from './ErrorAlert'
import { isFormLevelError, showFieldError } from './form-errors'
import { FormModal } from './FormModal'

export interface RevealCopy {
  title: string
  intro: string
  reason: string
  reasonRequired: string
  /** Common reasons offered as one-click tags. */
  reasons: readonly string[]
  ok: string
  cancel: string
}

interface Props<R> {
  /** The feature's reveal call (members.revealDetail, hardship.revealDetail), given the reason the clerk wrote. */
  reveal: UseMutationResult<R, Error, string>
  copy: RevealCopy
  onClose: () => void
  onRevealed: (result: R) => void
}

/**
 * The one "why do you need the full data?" dialog: the core records who asked and why, and the reason field is what
 * lands in the audit trail. Each feature passes its own reveal call and wording.
 */
export function RevealReasonModal<R>({ reveal, copy, onClose, onRevealed }: Props<R>) {
  const [form] = Form.useForm<{ reason: string }>()
  const submit = ({ reason }: { reason: string }) =>
    reveal.mutate(reason, { onSuccess: onRevealed, onError: (err) => void showFieldError(form, err, ['reason']) })
  return (
    <FormModal form={form} onFinish={submit} onClose={onClose} pending={reveal.isPending} title={copy.title} okText={copy.ok} cancelText={copy.cancel}>
      <p>{copy.intro}</p>
      {isFormLevelError(reveal.error, ['reason']) ? <ErrorAlert error={reveal.error} /> : null}
      <Form.Item name="reason" label={copy.reason} rules={[{ required: true, message: copy.reasonRequired }]}>
        <Input autoFocus />
      </Form.Item>
      <Space size={[4, 8]} wrap>
        {copy.reasons.map((r) => (
          <Tag.CheckableTag key={r} checked={false} onChange={() => form.setFieldsValue({ reason: r })}>
            {r}
          </Tag.CheckableTag>
        ))}
      </Space>
    </FormModal>
  )
}

import { App, Form, Input } from 'antd'
import type { MemberDetail } from '../../shared/contract/members'
import { memberEventLabels } from '../../shared/members/fields'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useDeleteMember, useVoidEvent } from './api'
import { copy, detailCopy } from './copy'
import { FormModal } from '../ui/FormModal'

/** Issue 13: 更正 (void the latest standing event) or delete a member entered by mistake; both take a reason (audited). */
export type Correction = 'void' | 'delete'

interface Props {
  member: MemberDetail
  kind: Correction
  onClose: () => void
  onDeleted: () => void
}

export function MemberCorrectionModal({ member, kind, onClose, onDeleted }: Props) {
  const [form] = Form.useForm<{ reason: string }>()
  const voiding = useVoidEvent()
  const deleting = useDeleteMember()
  const { message } = App.useApp()
  const last = [...member.events].reverse().find((e) => e.voided === null)
  const pending = voiding.isPending || deleting.isPending
  const error = voiding.error ?? deleting.error
  const failed = (err: unknown) => void showFieldError(form, err, ['reason'])
  const submit = ({ reason }: { reason: string }) => {
    if (kind === 'delete') {
      deleting.mutate({ id: member.id, reason }, {
        onSuccess: (r) => {
          void message.success(detailCopy.removed(r.name))
          onDeleted()
        },
        onError: failed,
      })
    } else if (last) {
      voiding.mutate({ memberId: member.id, eventId: last.id, reason }, {
        onSuccess: () => {
          void message.success(detailCopy.corrected)
          onClose()
        },
        onError: failed,
      })
    }
  }
  const what = last ? `${memberEventLabels[last.type]}${last.date ? ` ${last.date}` : ''}` : ''
  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={pending}
      formProps={{ name: 'memberCorrection' }}
      title={kind === 'delete' ? detailCopy.removeTitle : detailCopy.correctTitle}
      okText={kind === 'delete' ? detailCopy.remove : detailCopy.correct}
      cancelText={copy.cancel}
      okButtonProps={{ danger: true }}
    >
      <p>{kind === 'delete' ? detailCopy.removeHelp : detailCopy.correctHelp(what)}</p>
      {isFormLevelError(error, ['reason']) ? <ErrorAlert error={error} /> : null}
      <Form.Item
        name="reason"
        label={kind === 'delete' ? detailCopy.removeReason : detailCopy.correctReason}
        rules={[{ required: true, whitespace: true, min: 2, message: detailCopy.reasonRequired }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
    </FormModal>
  )
}

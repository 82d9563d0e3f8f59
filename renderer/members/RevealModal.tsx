import { Form, Input, Modal, Space, Tag } from 'antd'
import type { MemberDetail } from '../../shared/contract/members'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useRevealDetail } from './api'
import { copy, detailCopy } from './copy'

interface Props {
  memberId: string
  onClose: () => void
  onRevealed: (detail: MemberDetail) => void
}

/** The core records who asked and why; the reason field is what lands in the audit trail. */
export function RevealModal({ memberId, onClose, onRevealed }: Props) {
  const [form] = Form.useForm<{ reason: string }>()
  const reveal = useRevealDetail()
  const submit = ({ reason }: { reason: string }) =>
    reveal.mutate(
      { id: memberId, reason },
      { onSuccess: onRevealed, onError: (err) => void showFieldError(form, err, ['reason']) },
    )
  return (
    <Modal
      open
      title={detailCopy.revealTitle}
      okText={detailCopy.revealOk}
      cancelText={copy.cancel}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit', loading: reveal.isPending }}
      modalRender={(dom) => (
        <Form form={form} layout="vertical" onFinish={submit} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      <p>{detailCopy.revealIntro}</p>
      {isFormLevelError(reveal.error, ['reason']) ? <ErrorAlert error={reveal.error} /> : null}
      <Form.Item name="reason" label={detailCopy.revealReason} rules={[{ required: true, message: detailCopy.revealReasonRequired }]}>
        <Input autoFocus />
      </Form.Item>
      <Space size={[4, 8]} wrap>
        {detailCopy.revealReasons.map((r) => (
          <Tag.CheckableTag key={r} checked={false} onChange={() => form.setFieldsValue({ reason: r })}>
            {r}
          </Tag.CheckableTag>
        ))}
      </Space>
    </Modal>
  )
}

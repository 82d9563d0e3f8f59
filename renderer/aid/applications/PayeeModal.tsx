import { Alert, App, Form, Input, Modal } from 'antd'
import type { AidApplicationDetail } from '../../../shared/aid/types'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useCorrectPayee } from '../api'
import { copy } from '../copy'
import { useUnsavedGuard } from '../../ui/FormModal'

const d = copy.detail

interface Values {
  payeeName?: string
  payeeRelation?: string
  payeeIdNumber?: string
  bankName?: string
  bankAccount?: string
  reason: string
}

const blankToNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s)

/**
 * 更正领款信息 until payment. Who the payee is can change only for a family payee (the core refuses it for a member's
 * own benefit, real-name payment), so those fields show only then. Numbers are typed afresh: the form never shows the
 * stored account unmasked.
 */
export function PayeeModal({ application, open, onClose }: { application: AidApplicationDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const close = useUnsavedGuard(form, onClose)
  const correct = useCorrectPayee()
  const family = application.payee.relation !== null
  const submit = (v: Values) =>
    correct.mutate(
      {
        id: application.id,
        ...(family ? { payeeName: v.payeeName, payeeRelation: v.payeeRelation, payeeIdNumber: blankToNull(v.payeeIdNumber) ?? undefined } : {}),
        bankName: blankToNull(v.bankName),
        bankAccount: blankToNull(v.bankAccount),
        reason: v.reason,
      },
      {
        onSuccess: () => {
          void message.success(d.corrected)
          onClose()
        },
      },
    )
  return (
    <Modal
      open={open}
      title={d.correctTitle}
      okText={d.correctPayee}
      cancelText={copy.cancel}
      confirmLoading={correct.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      <ErrorAlert error={correct.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          payeeName: application.payee.name,
          payeeRelation: application.payee.relation ?? undefined,
          bankName: application.payee.accountSource === 'application' ? (application.payee.bankName ?? undefined) : undefined,
        }}
      >
        {family ? (
          <>
            <Form.Item name="payeeName" label={d.payeeName} rules={[{ required: true, whitespace: true, message: `请填写${d.payeeName}` }]}>
              <Input />
            </Form.Item>
            <Form.Item name="payeeRelation" label={d.payeeRelation} rules={[{ required: true, whitespace: true, message: `请填写${d.payeeRelation}` }]}>
              <Input />
            </Form.Item>
            <Form.Item name="payeeIdNumber" label={d.payeeIdNumber} extra={application.payee.idNumber ?? undefined}>
              <Input />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="bankName" label={copy.apply.bankName}>
          <Input />
        </Form.Item>
        <Form.Item name="bankAccount" label={copy.apply.bankAccount} extra={application.payee.bankAccount ?? undefined}>
          <Input />
        </Form.Item>
        <Alert type="info" showIcon title={d.correctHint} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={d.correctReason} rules={[{ required: true, whitespace: true, message: `请填写${d.correctReason}` }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

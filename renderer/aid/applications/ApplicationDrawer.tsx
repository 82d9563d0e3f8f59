import { Alert, App, Button, Card, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { AidApplicationDetail } from '../../../shared/aid/types'
import { PAYMENT_METHOD_NAMES } from '../../../shared/aid/types'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { PrintAction } from '../../ui/PrintAction'
import { ActionButton } from '../ActionButton'
import {
  useApplication,
  useDeleteApplication,
  usePayApplication,
  useRejectApplication,
  useReviewApplication,
  useSubmitApplication,
  useUpdateApplication,
} from '../api'
import { copy } from '../copy'
import { FenWithWords } from '../FenWithWords'
import { PayModal } from '../PayModal'
import { ReasonModal } from '../ReasonModal'
import { MaterialsChecklist } from './MaterialsChecklist'
import { PayeeModal } from './PayeeModal'

const d = copy.detail

/** The core's words for why the amount moves (which earlier claim of the member changed), with the new amount. */
function FenChange({ change }: { change: NonNullable<AidApplicationDetail['amountChange']> }) {
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text>{change.message}</Typography.Text>
      <FenWithWords value={change.toFen} />
    </Space>
  )
}

function payeeAccountText(payee: AidApplicationDetail['payee']): string {
  if (payee.accountSource === null) return d.noAccount
  const text = `${payee.bankName ?? ''} ${payee.bankAccount ?? copy.none}`
  return payee.accountSource === 'member' ? `${text}${d.accountFromMember}` : text
}

function Body({ app, onTick }: { app: AidApplicationDetail; onTick: ((names: string[]) => void) | null }) {
  const provided = app.materials.filter((m) => m.provided).map((m) => m.name)
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {app.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'member', label: copy.applications.columns.member, children: `${app.memberName}（${app.idNumber}）` },
          { key: 'program', label: copy.applications.columns.program, children: `${app.programName}（${app.programYear}）` },
          { key: 'date', label: copy.applications.columns.date, children: app.date },
          { key: 'status', label: copy.applications.columns.status, children: <Tag>{app.statusName}</Tag> },
          { key: 'amount', label: d.amount, span: 2, children: <FenWithWords value={app.amountFen} /> },
          {
            key: 'payee',
            label: d.payee,
            span: 2,
            children: `${app.payee.name}${app.payee.relation ? `（${app.payee.relation}）` : ''}　${payeeAccountText(app.payee)}`,
          },
          ...(app.returnReason ? [{ key: 'ret', label: d.returnReason, span: 2, children: app.returnReason }] : []),
          ...(app.rejectReason ? [{ key: 'rej', label: d.rejectReason, span: 2, children: app.rejectReason }] : []),
          ...(app.payment
            ? [{ key: 'pay', label: d.payment, span: 2, children: `${PAYMENT_METHOD_NAMES[app.payment.method]} ${app.payment.date} ${app.payment.reference ?? ''}` }]
            : []),
        ]}
      />
      {app.amountChange ? (
        <Alert type="warning" showIcon title={d.amountChange} description={<FenChange change={app.amountChange} />} />
      ) : null}
      {app.reasons.length > 0 ? <Alert type="error" showIcon title={`${d.reasons}：${app.reasons.join('；')}`} style={{ marginBottom: 16 }} /> : null}
      <Card size="small" title={d.breakdown}>
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {app.breakdown.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </Card>
      <Typography.Text strong>{d.materials}</Typography.Text>
      {/* While the application can still be edited, scans are uploaded and items ticked right here. */}
      {onTick ? <MaterialsChecklist application={app} checked={provided} onCheckedChange={onTick} /> : <MaterialsChecklist application={app} />}
      <Typography.Text strong>{d.history}</Typography.Text>
      <Timeline
        items={app.events.map((e) => ({
          key: `${e.at}-${e.action}`,
          title: e.date ?? e.at.slice(0, 10),
          content: `${e.actionName}　${e.operator}${e.note ? `：${e.note}` : ''}`,
        }))}
      />
    </Space>
  )
}

/** One application with the actions the core allows now; each disabled one says why. */
export function ApplicationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { message, modal: confirm } = App.useApp()
  const navigate = useNavigate()
  const app = useApplication(id)
  const submit = useSubmitApplication()
  const update = useUpdateApplication()
  const remove = useDeleteApplication()
  const review = useReviewApplication()
  const reject = useRejectApplication()
  const pay = usePayApplication()
  const [modal, setModal] = useState<'approve' | 'return' | 'reject' | 'pay' | 'payee' | null>(null)
  const a = app.data
  const close = () => setModal(null)
  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={a ? `${d.title}：${a.memberName} · ${a.programName}` : d.title}>
      <ErrorAlert error={app.error ?? submit.error ?? review.error ?? update.error ?? remove.error} />
      {a ? (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            {a.actions.edit.allowed ? (
              <Button onClick={() => void navigate(`/aid/apply?id=${encodeURIComponent(a.id)}`)}>{d.continueDraft}</Button>
            ) : null}
            <ActionButton allowed={a.actions.submit} loading={submit.isPending} disabled={update.isPending} onClick={() => submit.mutate({ id: a.id })}>
              {d.submit}
            </ActionButton>
            <ActionButton
              type="primary"
              allowed={a.actions.review}
              loading={review.isPending}
              onClick={() => setModal('approve')}
            >
              {d.approve}
            </ActionButton>
            <ActionButton allowed={a.actions.review} onClick={() => setModal('return')}>
              {d.return}
            </ActionButton>
            <ActionButton danger allowed={a.actions.reject} onClick={() => setModal('reject')}>
              {d.reject}
            </ActionButton>
            {a.actions.correctPayee.allowed ? <Button onClick={() => setModal('payee')}>{d.correctPayee}</Button> : null}
            {a.actions.delete.allowed ? (
              <Button
                danger
                loading={remove.isPending}
                onClick={() =>
                  void confirm.confirm({
                    title: d.deleteDraft,
                    content: d.deleteConfirm,
                    okText: d.deleteDraft,
                    okButtonProps: { danger: true },
                    cancelText: copy.cancel,
                    onOk: () =>
                      remove.mutateAsync({ id: a.id }).then(() => {
                        void message.success(d.deleted)
                        onClose()
                      }),
                  })
                }
              >
                {d.deleteDraft}
              </Button>
            ) : null}
            {a.status === 'approved' || a.status === 'paid' ? <PrintAction document="certificate" applicationId={a.id} /> : null}
            <ActionButton allowed={a.actions.pay} onClick={() => setModal('pay')}>
              {d.pay}
            </ActionButton>
          </Space>
          <Body app={a} onTick={a.actions.edit.allowed ? (names) => update.mutate({ id: a.id, materials: names }) : null} />
          <PayeeModal application={a} open={modal === 'payee'} onClose={close} />
          <ReasonModal
            optional
            open={modal === 'approve'}
            title={d.approve}
            label={d.reviewCommentLabel}
            extra={d.reviewCommentHint}
            pending={review.isPending}
            error={review.error}
            onCancel={close}
            onOk={(reason) =>
              review.mutate(
                { id: a.id, decision: 'approve', reason },
                {
                  onSuccess: () => {
                    close()
                    void message.success(d.approved)
                  },
                },
              )
            }
          />
          <ReasonModal
            open={modal === 'return'}
            title={d.returnTitle}
            label={d.reasonLabel}
            pending={review.isPending}
            error={review.error}
            onCancel={close}
            onOk={(reason) => review.mutate({ id: a.id, decision: 'return', reason }, { onSuccess: close })}
          />
          <ReasonModal
            open={modal === 'reject'}
            title={d.rejectTitle}
            label={d.reasonLabel}
            pending={reject.isPending}
            error={reject.error}
            onCancel={close}
            onOk={(reason) => reject.mutate({ id: a.id, reason }, { onSuccess: close })}
          />
          <PayModal
            open={modal === 'pay'}
            title={d.pay}
            pending={pay.isPending}
            error={pay.error}
            onCancel={close}
            onOk={(v) => pay.mutate({ id: a.id, ...v }, { onSuccess: close })}
          />
        </>
      ) : null}
    </Drawer>
  )
}

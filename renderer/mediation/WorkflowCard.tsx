import { Button, Card, DatePicker, Form, Input, Modal, Space, Steps, Timeline, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { MediationCase } from '../../shared/contract/mediation'
import { mediationAdvanceInput, mediationLabels } from '../../shared/contract/mediation'
import { toIsoDate } from '../../shared/dates'
import type { CaseAction } from '../../shared/mediation/types'
import { isAppError } from '../../shared/errors'
import { ErrorAlert } from '../ui/ErrorAlert'
import { zodRule } from '../ui/zod-rule'
import { useAdvanceCase } from './api'
import { copy } from './copy'
import { statusLabel } from './labels'
import { useUnsavedGuard } from '../ui/FormModal'

interface StepForm {
  date: Dayjs
  mediator?: string
  agreement?: string
  note?: string
}

const rule = (name: 'mediator' | 'agreement' | 'note') => zodRule(mediationAdvanceInput.shape[name], name, mediationLabels[name])
const actionLabel = (a: CaseAction) => (a === '调解不成' ? statusLabel('调解不成') : a)

function stepsOf(c: MediationCase) {
  const dateOf = (a: string) => c.events.find((e) => e.action === a)?.date
  const ended = c.status !== '受理' && c.status !== '调解中'
  return {
    current: ended ? 2 : c.status === '调解中' ? 1 : 0,
    status: c.status === '调解不成' ? ('error' as const) : ended ? ('finish' as const) : ('process' as const),
    items: [
      { title: '受理', content: dateOf('受理') },
      { title: '调解中', content: dateOf('开始调解') },
      { title: ended ? statusLabel(c.status) : '调解成功 / 调解不成 / 撤回', content: c.closedDate ?? undefined },
    ],
  }
}

/** The workflow: the steps so far, exactly the actions core accepts now (allowedActions), and the history. */
export function WorkflowCard({ c }: { c: MediationCase }) {
  const [action, setAction] = useState<CaseAction | null>(null)
  const [form] = Form.useForm<StepForm>()
  const closeStep = useUnsavedGuard(form, () => setAction(null))
  const advance = useAdvanceCase()
  const steps = stepsOf(c)
  const open = (a: CaseAction) => {
    advance.reset()
    setAction(a)
  }
  const submit = (v: StepForm) => {
    if (!action) return
    advance.mutate(
      { id: c.id, action, date: toIsoDate(v.date), mediator: v.mediator ?? null, agreement: v.agreement ?? null, note: v.note ?? null },
      {
        onSuccess: () => setAction(null),
        onError: (err) => {
          const field = isAppError(err) ? err.detail.field : undefined
          if (field === 'date' || field === 'mediator' || field === 'agreement') form.setFields([{ name: field, errors: [err.message] }])
        },
      },
    )
  }
  const fieldError = isAppError(advance.error) && ['date', 'mediator', 'agreement'].includes(advance.error.detail.field ?? '')
  return (
    <Card title={copy.workflow} size="small">
      <Steps size="small" current={steps.current} status={steps.status} items={steps.items} style={{ marginBottom: 24 }} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{copy.nextActions}：</Typography.Text>
        {c.allowedActions.length === 0 ? <Typography.Text type="secondary">{copy.noNextActions}</Typography.Text> : null}
        {c.allowedActions.map((a) => (
          <Button key={a} onClick={() => open(a)} danger={a === '调解不成'} type={a === '调解成功' || a === '开始调解' ? 'primary' : 'default'}>
            {actionLabel(a)}
          </Button>
        ))}
      </Space>
      <Typography.Title level={5}>{copy.history}</Typography.Title>
      <Timeline
        items={c.events.map((e, i) => ({
          key: `${i}-${e.action}`,
          title: e.date,
          content: (
            <>
              <Typography.Text strong>{e.action === '调解不成' ? actionLabel(e.action) : e.action}</Typography.Text>
              <Typography.Text type="secondary">
                　{copy.operator}：{e.operator}
              </Typography.Text>
              {e.note ? <div>{e.note}</div> : null}
            </>
          ),
        }))}
      />
      <Modal
        open={action !== null}
        title={`${copy.record}：${action ? actionLabel(action) : ''}`}
        okText={copy.record}
        cancelText={copy.cancel}
        confirmLoading={advance.isPending}
        onOk={() => form.submit()}
        onCancel={closeStep}
        destroyOnHidden
      >
        {fieldError ? null : <ErrorAlert error={advance.error} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs(), mediator: c.mediator ?? undefined }}>
          <Form.Item name="date" label={copy.stepDate} rules={[{ required: true, message: `请选择${copy.stepDate}` }]}>
            <DatePicker />
          </Form.Item>
          {action === '开始调解' ? (
            <Form.Item name="mediator" label={copy.mediator} required rules={[{ required: true, message: `请填写${copy.mediator}` }, rule('mediator')]}>
              <Input />
            </Form.Item>
          ) : null}
          {action === '调解成功' ? (
            <Form.Item name="agreement" label={copy.agreement} required rules={[{ required: true, message: `请填写${copy.agreement}` }, rule('agreement')]}>
              <Input.TextArea rows={4} />
            </Form.Item>
          ) : null}
          <Form.Item name="note" label={copy.stepNote} rules={[rule('note')]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  )
}

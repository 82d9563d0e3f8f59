import { Button, Card, DatePicker, Form, Input, Modal, Space, Steps, Timeline, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { toIsoDate } from '../../shared/dates'
import type { HardshipFile, HardshipStatus, HardshipStep } from '../../shared/hardship/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useAdvanceHardshipFile } from './api'
import { copy } from './copy'
import { useUnsavedGuard } from '../ui/FormModal'

/** The path a file normally takes, for the progress bar; which step may be recorded next comes from the core. */
const path: readonly HardshipStatus[] = ['申请', '初审', '入户调查', '公示', '建档', '年度复核']
const endings: readonly HardshipStatus[] = ['脱困', '返困', '未通过']

function stepsOf(file: HardshipFile) {
  const ended = endings.includes(file.status)
  const current = ended ? path.length : Math.max(0, path.indexOf(file.status))
  const dateOf = (s: HardshipStatus) => [...file.events].reverse().find((e) => e.step === s)?.date
  const items: { title: string; content: string | undefined }[] = path.map((s, i) => ({ title: s, content: i <= current ? dateOf(s) : undefined }))
  items.push(ended ? { title: file.status, content: dateOf(file.status) } : { title: '脱困 / 返困', content: undefined })
  return { items, current, status: file.status === '未通过' ? ('error' as const) : ('process' as const) }
}

interface StepForm {
  date: Dayjs
  note?: string
}

export function LifecycleCard({ file }: { file: HardshipFile }) {
  const [step, setStep] = useState<HardshipStep | null>(null)
  const [form] = Form.useForm<StepForm>()
  const closeStep = useUnsavedGuard(form, () => setStep(null))
  const advance = useAdvanceHardshipFile()
  const steps = stepsOf(file)
  const open = (s: HardshipStep) => {
    advance.reset()
    setStep(s)
  }
  const submit = (v: StepForm) => {
    if (!step) return
    advance.mutate({ id: file.id, step, date: toIsoDate(v.date), note: v.note ?? null }, { onSuccess: () => setStep(null) })
  }
  return (
    <Card title={copy.lifecycle} size="small">
      <Steps size="small" titlePlacement="vertical" current={steps.current} status={steps.status} items={steps.items} style={{ marginBottom: 24 }} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{copy.nextSteps}：</Typography.Text>
        {file.nextSteps.length === 0 ? <Typography.Text type="secondary">{copy.noNextSteps}</Typography.Text> : null}
        {file.nextSteps.map((s) => (
          <Button key={s} onClick={() => open(s)} danger={s === '未通过'}>
            {s}
          </Button>
        ))}
      </Space>
      <Typography.Title level={5}>{copy.history}</Typography.Title>
      <Timeline
        items={file.events.map((e) => ({
          key: `${e.at}-${e.step}`,
          title: e.date,
          content: (
            <>
              <Typography.Text strong>{e.step}</Typography.Text>
              <Typography.Text type="secondary">　{copy.operator}：{e.operator}</Typography.Text>
              {e.note ? <div>{e.note}</div> : null}
            </>
          ),
        }))}
      />
      <Modal
        open={step !== null}
        title={`${copy.record}：${step ?? ''}`}
        okText={copy.record}
        cancelText={copy.cancel}
        confirmLoading={advance.isPending}
        onOk={() => form.submit()}
        onCancel={closeStep}
        destroyOnHidden
      >
        <ErrorAlert error={advance.error} />
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs() }}>
          <Form.Item name="date" label={copy.stepDate} rules={[{ required: true, message: `请选择${copy.stepDate}` }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label={copy.stepNote}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  )
}

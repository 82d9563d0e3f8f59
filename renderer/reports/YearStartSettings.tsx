import { SettingOutlined } from '@ant-design/icons'
import { App, Button, Form, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import { reportsContract } from '../../shared/contract/reports'
import { ErrorAlert } from '../ui/ErrorAlert'
import { FormModal } from '../ui/FormModal'
import { useSaveReportSettings } from './api'
import { copy } from './copy'

interface Values {
  month: number
  day: number
}

const pad = (n: number) => String(n).padStart(2, '0')
const toMonthDay = (v: Values) => `${pad(v.month)}-${pad(v.day)}`
const chinese = (monthDay: string) => {
  const [m = 0, d = 0] = monthDay.split('-').map(Number)
  return `${m}月${d}日`
}
// The days offered are the ones the contract accepts (no 29–31 where a year lacks them), so the form never offers
// what core would refuse.
const accepted = reportsContract['reports.saveSettings'].input.shape.yearStart
const months = Array.from({ length: 12 }, (_, i) => i + 1)
const daysOf = (month: number) => Array.from({ length: 31 }, (_, i) => i + 1).filter((d) => accepted.safeParse(`${pad(month)}-${pad(d)}`).success)

/** 统计报表's 设置 (administrators): the reporting year's first day, saying what a change moves. */
export function YearStartSettings({ yearStart }: { yearStart: string }) {
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const save = useSaveReportSettings()
  const month = Form.useWatch('month', form) ?? Number(yearStart.slice(0, 2))
  const [m = 10, d = 1] = yearStart.split('-').map(Number)
  const submit = (values: Values) =>
    save.mutate(
      { yearStart: toMonthDay(values) },
      {
        onSuccess: (saved) => {
          void message.success(copy.settings.saved(chinese(saved.yearStart)))
          setOpen(false)
        },
      },
    )
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => (save.reset(), setOpen(true))}>
        {copy.settings.open}
      </Button>
      <FormModal<Values>
        form={form}
        open={open}
        onFinish={submit}
        onClose={() => setOpen(false)}
        pending={save.isPending}
        title={copy.settings.title}
        okText={copy.settings.save}
        cancelText={copy.settings.cancel}
        formProps={{ initialValues: { month: m, day: d } }}
      >
        <Typography.Paragraph type="secondary">{copy.settings.explain}</Typography.Paragraph>
        <Form.Item label={copy.settings.yearStart} required extra={copy.settings.current(chinese(yearStart))}>
          <Space>
            <Form.Item name="month" noStyle>
              <Select
                aria-label={`${copy.settings.yearStart}${copy.settings.month}`}
                style={{ width: 100 }}
                virtual={false}
                options={months.map((v) => ({ value: v, label: copy.settings.monthOption(v) }))}
                onChange={(v: number) => {
                  if (!daysOf(v).includes(form.getFieldValue('day') as number)) form.setFieldValue('day', 1)
                }}
              />
            </Form.Item>
            <Form.Item name="day" noStyle>
              <Select
                aria-label={`${copy.settings.yearStart}${copy.settings.day}`}
                style={{ width: 100 }}
                virtual={false}
                options={daysOf(month).map((v) => ({ value: v, label: copy.settings.dayOption(v) }))}
              />
            </Form.Item>
          </Space>
        </Form.Item>
        <Typography.Paragraph>{copy.settings.changes}</Typography.Paragraph>
        <ErrorAlert error={save.error} />
      </FormModal>
    </>
  )
}

import { App, Button, Card, Descriptions, Form, InputNumber, Space, Switch, Typography } from 'antd'
import dayjs from 'dayjs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useAidSettings, useCalendar, useSaveAidSettings } from './api'
import { copy } from './copy'

const s = copy.settings

interface Values {
  separationOfDuties: boolean
  noticeDays: number
}

/** Core settings for the aid workflow, and the working-day calendar the 公示 periods are counted on. */
export function AidSettingsPage() {
  const { message } = App.useApp()
  const settings = useAidSettings()
  const save = useSaveAidSettings()
  const year = dayjs().year()
  const calendar = useCalendar(year)
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={s.title} loading={settings.isPending}>
        <ErrorAlert error={settings.error ?? save.error} />
        {settings.data ? (
          <Form<Values>
            layout="vertical"
            initialValues={{ separationOfDuties: settings.data.separationOfDuties, noticeDays: settings.data.noticeDays }}
            onFinish={(v) => save.mutate(v, { onSuccess: () => void message.success(s.saved) })}
            style={{ maxWidth: 560 }}
          >
            <Form.Item name="separationOfDuties" label={s.separation} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="noticeDays" label={s.noticeDays} rules={[{ required: true }]}>
              <InputNumber min={5} max={60} precision={0} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {copy.save}
              </Button>
              {settings.data.updatedAt ? (
                <Typography.Text type="secondary">
                  {s.updated}：{settings.data.updatedAt.slice(0, 10)} {settings.data.updatedBy ?? ''}
                </Typography.Text>
              ) : null}
            </Space>
          </Form>
        ) : null}
      </Card>
      <Card title={s.calendarTitle(year)} size="small" loading={calendar.isPending}>
        <ErrorAlert error={calendar.error} />
        {calendar.data ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'h', label: s.holidays, children: calendar.data.holidays.join('、') || copy.none },
              { key: 'w', label: s.workdays, children: calendar.data.workdays.join('、') || copy.none },
            ]}
          />
        ) : null}
      </Card>
    </Space>
  )
}

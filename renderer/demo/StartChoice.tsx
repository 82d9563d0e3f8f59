import { App, Form, Radio, Space, Typography } from 'antd'
import { errorText } from '../ui/error-text'
import { useLoadDemo } from './api'
import { copy } from './copy'

export type StartMode = 'empty' | 'demo'

const hint = { display: 'block', fontSize: 12 } as const

/** First run: the register can start empty or with synthetic data to try the app (issue 4, 载入示例数据). */
export function StartChoice({ value, onChange }: { value: StartMode; onChange: (v: StartMode) => void }) {
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={copy.startLabel}>
        <Radio.Group value={value} onChange={(e) => onChange(e.target.value === 'demo' ? 'demo' : 'empty')}>
          <Space orientation="vertical">
            <Radio value="empty">
              {copy.empty}
              <Typography.Text type="secondary" style={hint}>
                {copy.emptyHint}
              </Typography.Text>
            </Radio>
            <Radio value="demo">
              {copy.demo}
              <Typography.Text type="secondary" style={hint}>
                {copy.demoHint}
              </Typography.Text>
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
    </Form>
  )
}

/** Starts the load once the profile is saved; progress and outcome are shown as messages that outlive the setup screen. */
export function useStartWithDemo() {
  const { message } = App.useApp()
  const load = useLoadDemo({
    onSuccess: (r) => void message.success({ key: 'demo', content: copy.loaded(r.orgs, r.members) }),
    onError: (err) => void message.error({ key: 'demo', content: copy.failed(errorText(err)), duration: 8 }),
  })
  return () => {
    void message.loading({ key: 'demo', content: copy.loading, duration: 0 })
    load.mutate()
  }
}

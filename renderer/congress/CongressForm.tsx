import { Button, Card, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Select, Space, Typography, App } from 'antd'
import { congressLabels, representativeInput, sessionInput, sessionVoteInput } from '../../shared/contract/congress'
import { GENDERS, REPRESENTATIVE_CATEGORIES, type CongressDetail } from '../../shared/congress/types'
import { isAppError } from '../../shared/errors'
import { ErrorAlert } from '../ui/ErrorAlert'
import { zodRule } from '../ui/zod-rule'
import { useSaveCongress } from './api'
import { copy } from './copy'
import { namePath, toFormValues, toSaveInput, type CongressFormValues } from './form-values'

const L = copy.labels
const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))

/** The whole record of one enterprise's congress; saving replaces roster and sessions, and the checks are re-run. */
export function CongressForm({ detail }: { detail: CongressDetail }) {
  // Untyped instance: core errors name nested fields (sessions.0.present) that a typed name path cannot express.
  const [form] = Form.useForm()
  const save = useSaveCongress()
  const { message } = App.useApp()
  const count = Form.useWatch('representatives', form)?.length ?? detail.representatives.length

  const submit = (values: CongressFormValues) =>
    save.mutate(toSaveInput(detail.enterpriseId, values), {
      onSuccess: () => void message.success(copy.saved),
      onError: (err) => {
        if (isAppError(err) && err.detail.field) form.setFields([{ name: namePath(err.detail.field), errors: [err.message] }])
      },
    })

  return (
    <Card title={copy.formTitle}>
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={toFormValues(detail)} onFinish={submit} requiredMark="optional">
        <Space size="large" wrap>
          <Form.Item name="established" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{L.established}</Checkbox>
          </Form.Item>
          <Form.Item name="rulesOnFile" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{L.rulesOnFile}</Checkbox>
          </Form.Item>
          <Form.Item name="termStart" label={L.termStart}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="termEnd" label={L.termEnd}>
            <DatePicker />
          </Form.Item>
        </Space>

        <Divider titlePlacement="start">
          {copy.representatives} <Typography.Text type="secondary">{copy.representativeCount(count)}</Typography.Text>
        </Divider>
        <Form.List name="representatives">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} label={L.repName} required rules={[zodRule(representativeInput.shape.name, 'name', L.repName)]}>
                    <Input style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'category']} label={L.repCategory} required rules={[zodRule(representativeInput.shape.category, 'category', L.repCategory)]}>
                    <Select style={{ width: 240 }} options={options(REPRESENTATIVE_CATEGORIES)} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'gender']} label={L.repGender} required rules={[zodRule(representativeInput.shape.gender, 'gender', L.repGender)]}>
                    <Select style={{ width: 80 }} options={options(GENDERS)} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                    {copy.remove}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ category: '一线职工', gender: '男' })}>{copy.addRepresentative}</Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">{copy.sessions}</Divider>
        <Form.List name="sessions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Card key={f.key} size="small" style={{ marginBottom: 12 }} extra={<Button type="link" danger onClick={() => remove(f.name)}>{copy.remove}</Button>}>
                  <Space align="start" wrap>
                    <Form.Item name={[f.name, 'date']} label={L.sessionDate} required rules={[{ required: true, message: `「${congressLabels['sessions.date']}」不能为空` }]}>
                      <DatePicker />
                    </Form.Item>
                    <Form.Item name={[f.name, 'present']} label={L.sessionPresent} required rules={[zodRule(sessionInput.shape.present, 'present', L.sessionPresent)]}>
                      <InputNumber min={0} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'items']} label={L.sessionItems}>
                      <Select mode="tags" open={false} style={{ width: 520 }} placeholder={copy.itemsPlaceholder} />
                    </Form.Item>
                  </Space>
                  <Form.List name={[f.name, 'votes']}>
                    {(votes, v) => (
                      <>
                        {votes.map((vote) => (
                          <Space key={vote.key} align="start" wrap>
                            <Form.Item name={[vote.name, 'item']} label={L.voteItem} required rules={[zodRule(sessionVoteInput.shape.item, 'item', L.voteItem)]}>
                              <Input style={{ width: 320 }} />
                            </Form.Item>
                            <Form.Item name={[vote.name, 'yes']} label={L.voteYes} required rules={[zodRule(sessionVoteInput.shape.yes, 'yes', L.voteYes)]}>
                              <InputNumber min={0} style={{ width: 110 }} />
                            </Form.Item>
                            <Button type="link" danger onClick={() => v.remove(vote.name)} style={{ marginTop: 30 }}>
                              {copy.remove}
                            </Button>
                          </Space>
                        ))}
                        <Button size="small" onClick={() => v.add({})}>
                          {copy.addVote}
                        </Button>
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button onClick={() => add({ date: null, items: [], votes: [] })}>{copy.addSession}</Button>
            </>
          )}
        </Form.List>
        <Divider />
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {copy.save}
        </Button>
      </Form>
    </Card>
  )
}

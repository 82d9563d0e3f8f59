import { Button, Card, Form, Input, Radio, Space, Typography } from 'antd'
import { mediationLabels, mediationWorkerInput } from '../../shared/contract/mediation'
import { MemberPicker } from '../ui/MemberPicker'
import { zodRule } from '../ui/zod-rule'
import { copy } from './copy'
import type { MediationFormValues } from './form-values'

const rule = (name: 'name' | 'idNumber' | 'phone') => zodRule(mediationWorkerInput.shape[name], name, mediationLabels[`workers.${name}`])

/** The worker parties: each a member picked from the register, or a person outside it typed in. */
export function WorkerRows() {
  const form = Form.useFormInstance<MediationFormValues>()
  return (
    <Form.List name="workers">
      {(rows, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {rows.map((row) => {
            const w = form.getFieldValue(['workers', row.name]) ?? {}
            return (
              <Card key={row.key} size="small" styles={{ body: { paddingBottom: 0 } }}>
                <Space align="start" wrap>
                  <Form.Item name={[row.name, 'kind']}>
                    <Radio.Group optionType="button" options={[{ value: 'member', label: copy.fromRegister }, { value: 'other', label: copy.freeText }]} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['workers', row.name, 'kind']) === 'member' ? (
                        w.memberLabel ? (
                          <Form.Item label={copy.member}>
                            <Typography.Text>{w.memberLabel}</Typography.Text>
                          </Form.Item>
                        ) : (
                          <Form.Item name={[row.name, 'memberId']} label={copy.member} rules={[{ required: true, message: `请选择${copy.member}` }]} style={{ width: 460 }}>
                            <MemberPicker />
                          </Form.Item>
                        )
                      ) : (
                        <Space align="start">
                          <Form.Item name={[row.name, 'name']} label={copy.workerName} rules={[{ required: true, message: `请填写${copy.workerName}` }, rule('name')]} style={{ width: 130 }}>
                            <Input />
                          </Form.Item>
                          <Form.Item name={[row.name, 'idNumber']} label={copy.workerIdNumber} rules={[rule('idNumber')]} style={{ width: 220 }}>
                            <Input placeholder={w.keptIdNumber ? copy.maskedKept(w.keptIdNumber) : undefined} />
                          </Form.Item>
                          <Form.Item name={[row.name, 'phone']} label={copy.workerPhone} rules={[rule('phone')]} style={{ width: 170 }}>
                            <Input placeholder={w.keptPhone ? copy.maskedKept(w.keptPhone) : undefined} />
                          </Form.Item>
                        </Space>
                      )
                    }
                  </Form.Item>
                  {rows.length > 1 ? (
                    <Button type="link" danger onClick={() => remove(row.name)} style={{ marginTop: 30 }}>
                      {copy.removeWorker}
                    </Button>
                  ) : null}
                </Space>
              </Card>
            )
          })}
          <Button onClick={() => add({ kind: 'member' })}>{copy.addWorker}</Button>
        </Space>
      )}
    </Form.List>
  )
}

import { MinusCircleOutlined } from '@ant-design/icons'
import { Button, Card, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space } from 'antd'
import type { RuleObject } from 'antd/es/form'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { contractKinds, contractLabels, contractSaveInput, type ContractDetail } from '../../shared/contract/contracts'
import { toIsoDate } from '../../shared/dates'
import { isAppError } from '../../shared/errors'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useDebouncedValue } from '../ui/useDebouncedValue'
import { zodRule } from '../ui/zod-rule'
import { useEnterpriseOptions, useSaveContract } from './api'
import { copy } from './copy'
import { fieldOfContract, fromContract, toSaveInput, type ContractFormValues } from './form-values'

const shape = contractSaveInput.shape
const f = copy.fields
const rule = (name: keyof typeof shape) => zodRule(shape[name], name, contractLabels[name])

function NegotiatorRows({ name, title }: { name: 'unionNegotiators' | 'employerNegotiators'; title: string }) {
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Card size="small" title={title} extra={<Button size="small" onClick={() => add({ chief: rows.length === 0 })}>{copy.addNegotiator}</Button>}>
          {rows.map((r) => (
            <Space key={r.key} align="baseline">
              <Form.Item name={[r.name, 'name']} rules={[{ required: true, message: `请填写${f.negotiatorName}` }]}>
                <Input placeholder={f.negotiatorName} aria-label={`${title}${f.negotiatorName}`} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[r.name, 'chief']} valuePropName="checked"><Checkbox>{copy.chief}</Checkbox></Form.Item>
              <Form.Item name={[r.name, 'expert']} valuePropName="checked"><Checkbox>{copy.expert}</Checkbox></Form.Item>
              <MinusCircleOutlined aria-label={copy.remove} onClick={() => remove(r.name)} />
            </Space>
          ))}
        </Card>
      )}
    </Form.List>
  )
}

function EnterprisePicker(props: { value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const [q, setQ] = useState('')
  const options = useEnterpriseOptions(useDebouncedValue(q, 200))
  return (
    <Select
      {...props}
      mode="tags"
      showSearch
      onSearch={setQ}
      filterOption={false}
      tokenSeparators={['，', ',']}
      options={(options.data ?? []).map((e) => ({ value: e.name, label: `${e.name}（${e.orgName}${e.workers === null ? '' : `，${e.workers}人`}）` }))}
    />
  )
}

/** The form holds dayjs values; the contract's schema checks the ISO date they turn into. */
function dateRule(name: DateName): RuleObject {
  const check = rule(name)
  return { validator: async (r, value: Dayjs | null | undefined) => check.validator?.(r, value ? toIsoDate(value) : undefined, () => undefined) }
}

type DateName = 'requestDate' | 'replyDate' | 'signedDate' | 'filedDate' | 'receivedDate' | 'termStart' | 'termEnd' | 'renewalStartedDate'
const dateItem = (name: DateName | 'voteDate') => (
  <Form.Item name={name} label={f[name]} rules={name === 'voteDate' ? [] : [dateRule(name)]}>
    <DatePicker style={{ width: '100%' }} />
  </Form.Item>
)

export function ContractForm({ contract, onSaved, onCancel }: { contract?: ContractDetail; onSaved: (c: ContractDetail) => void; onCancel: () => void }) {
  const [form] = Form.useForm<ContractFormValues>()
  const save = useSaveContract()
  const initial: ContractFormValues = contract ? fromContract(contract) : { kind: '区域性', unionNegotiators: [], employerNegotiators: [], rounds: [], enterprises: [] }
  const submit = (v: ContractFormValues) =>
    save.mutate(toSaveInput(v, contract?.id), {
      onSuccess: onSaved,
      onError: (err) => {
        const name = isAppError(err) && err.detail.field ? fieldOfContract[err.detail.field] : undefined
        if (name) form.setFields([{ name, errors: [err instanceof Error ? err.message : ''] }])
      },
    })
  const fieldError = isAppError(save.error) && save.error.detail.field !== undefined && fieldOfContract[save.error.detail.field] !== undefined
  return (
    <Card title={contract ? `${copy.edit}：${contract.title}` : copy.newContract}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {save.error && !fieldError ? <ErrorAlert error={save.error} /> : null}
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="kind" label={f.kind} required rules={[rule('kind')]}><Select options={contractKinds.map((k) => ({ value: k, label: k }))} /></Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="title" label={f.title} required rules={[rule('title')]}><Input /></Form.Item>
          </Col>
          <Col span={8}><Form.Item name="unionSide" label={f.unionSide} rules={[rule('unionSide')]}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="employerSide" label={f.employerSide} rules={[rule('employerSide')]}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="union" label={f.union} rules={[rule('union')]}><Input /></Form.Item></Col>
          <Col span={24}>
            <Form.Item name="enterprises" label={f.enterprises} extra={copy.enterprisesHint}><EnterprisePicker /></Form.Item>
          </Col>
          <Col span={6}><Form.Item name="workersCovered" label={f.workersCovered} rules={[rule('workersCovered')]}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={18}><Form.Item name="workersCoveredReason" label={f.workersCoveredReason} rules={[rule('workersCoveredReason')]}><Input /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}><NegotiatorRows name="unionNegotiators" title={copy.unionSideNegotiators} /></Col>
          <Col span={12}><NegotiatorRows name="employerNegotiators" title={copy.employerSideNegotiators} /></Col>
        </Row>
        <Divider />
        <Row gutter={16}>
          <Col span={6}>{dateItem('requestDate')}</Col>
          <Col span={6}>{dateItem('replyDate')}</Col>
          <Col span={6}>{dateItem('signedDate')}</Col>
          <Col span={6}>{dateItem('filedDate')}</Col>
          <Col span={6}>{dateItem('receivedDate')}</Col>
          <Col span={6}>{dateItem('termStart')}</Col>
          <Col span={6}>{dateItem('termEnd')}</Col>
          <Col span={6}>{dateItem('renewalStartedDate')}</Col>
          <Col span={6}><Form.Item name="voteTotal" label={f.voteTotal}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="votePresent" label={f.votePresent}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="voteApprove" label={f.voteApprove}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}>{dateItem('voteDate')}</Col>
          <Col span={6}><Form.Item name="objected" valuePropName="checked"><Checkbox>{f.objected}</Checkbox></Form.Item></Col>
          <Col span={6}><Form.Item name="emergency" valuePropName="checked" extra={copy.emergencyHint}><Checkbox>{f.emergency}</Checkbox></Form.Item></Col>
          <Col span={12}><Form.Item name="emergencyReason" label={f.emergencyReason} rules={[rule('emergencyReason')]}><Input /></Form.Item></Col>
        </Row>
        <Form.List name="rounds">
          {(rows, { add, remove }) => (
            <Card size="small" title={contractLabels.rounds} extra={<Button size="small" onClick={() => add({})}>{copy.addRound}</Button>}>
              {rows.map((r) => (
                <Space key={r.key} align="baseline">
                  <Form.Item name={[r.name, 'date']} rules={[{ required: true, message: `请选择${f.roundDate}` }]}><DatePicker placeholder={f.roundDate} /></Form.Item>
                  <Form.Item name={[r.name, 'minutes']}><Input placeholder={f.roundMinutes} style={{ width: 480 }} /></Form.Item>
                  <MinusCircleOutlined aria-label={copy.remove} onClick={() => remove(r.name)} />
                </Space>
              ))}
            </Card>
          )}
        </Form.List>
        <Divider />
        <Row gutter={16}>
          <Col span={6}><Form.Item name="minimumWage" label={f.minimumWage}><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="wageIncreasePct" label={f.wageIncreasePct}><InputNumber min={0} max={100} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="workingHours" label={f.workingHours}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="rest" label={f.rest}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="womenProtection" label={f.womenProtection}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="safety" label={f.safety}><Input /></Form.Item></Col>
          <Col span={24}><Form.Item name="text" label={f.text} rules={[rule('text')]}><Input.TextArea rows={4} /></Form.Item></Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{copy.save}</Button>
          <Button onClick={onCancel}>{copy.cancel}</Button>
        </Space>
      </Form>
    </Card>
  )
}

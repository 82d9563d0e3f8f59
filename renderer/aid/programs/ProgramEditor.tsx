import { Alert, Button, Card, Col, Divider, Form, Input, InputNumber, Row, Select, Space } from 'antd'
import { useState } from 'react'
import { RULE_KINDS } from '../../../shared/aid/rules'
import type { AidProgramDetail } from '../../../shared/aid/types'
import { isAppError, type AppError } from '../../../shared/errors'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useAddProgram, useUpdateProgram } from '../api'
import { copy } from '../copy'
import { requiredYuan } from '../../ui/yuan-rule'
import { ConstraintsFields } from './ConstraintsFields'
import { toDefinition, type ProgramFormValues } from './program-form'
import { RuleFields } from './RuleFields'
import { ConditionalMaterials, KeptValue } from './ConditionalMaterials'

const e = copy.editor

interface Props {
  initial: ProgramFormValues
  /** Absent: a new program. */
  program?: AidProgramDetail
  onSaved: (program: AidProgramDetail) => void
  onCancel: () => void
}

export function ProgramEditor({ initial, program, onSaved, onCancel }: Props) {
  const [form] = Form.useForm<ProgramFormValues>()
  const add = useAddProgram()
  const update = useUpdateProgram()
  const saving = program ? update : add
  const readOnly = program !== undefined && !program.current
  // A figure the form rules let through but the conversion refuses is shown, never swallowed by the form library.
  const [prepError, setPrepError] = useState<AppError | null>(null)
  const submit = (v: ProgramFormValues) => {
    let definition
    try {
      definition = toDefinition(v)
    } catch (err) {
      if (!isAppError(err)) throw err
      setPrepError(err)
      return
    }
    setPrepError(null)
    if (program) update.mutate({ id: program.id, program: definition }, { onSuccess: onSaved })
    else add.mutate({ program: definition }, { onSuccess: onSaved })
  }
  return (
    <Card title={program ? `${e.editTitle}：${program.name}（v${program.version}）` : e.newTitle}>
      {readOnly ? <Alert type="info" showIcon title={copy.programs.replacedWhy} style={{ marginBottom: 16 }} /> : null}
      {!readOnly && program?.frozen ? <Alert type="warning" showIcon title={copy.programs.frozenWhy} style={{ marginBottom: 16 }} /> : null}
      <ErrorAlert error={prepError ?? saving.error} />
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} disabled={readOnly} requiredMark="optional">
        <Row gutter={16}>
          <Col span={5}>
            <Form.Item name="code" label={e.code} rules={[{ required: true, message: `请填写${e.code}` }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="name" label={e.name} rules={[{ required: true, message: `请填写${e.name}` }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={3}>
            <Form.Item name="year" label={e.year} rules={[{ required: true, message: `请填写${e.year}` }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="budget" label={e.budget} rules={requiredYuan(e.budget)}>
              <Input suffix={copy.yuanSuffix} inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="kind" label={e.kind} rules={[{ required: true }]}>
              <Select options={RULE_KINDS.map((k) => ({ value: k, label: copy.kinds[k] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{e.rule}</Divider>
        <RuleFields />
        <Divider titlePlacement="start">{e.constraints}</Divider>
        <ConstraintsFields />
        <Form.Item name="materials" label={e.materials} tooltip={e.materialsHint}>
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="conditionalMaterials" hidden>
          <KeptValue />
        </Form.Item>
        <ConditionalMaterials />
        <Space>
          {readOnly ? null : (
            <Button type="primary" htmlType="submit" loading={saving.isPending}>
              {program?.frozen ? e.saveAsVersion : copy.save}
            </Button>
          )}
          <Button onClick={onCancel} disabled={false}>
            {copy.back}
          </Button>
        </Space>
      </Form>
    </Card>
  )
}

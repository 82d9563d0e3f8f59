import { Button, Card, Col, DatePicker, Divider, Form, Input, Row, Select, Space, Switch, type FormInstance } from 'antd'
import { useState } from 'react'
import type { MediationCase } from '../../shared/contract/mediation'
import { mediationAddInput, mediationCaseFields, mediationLabels, mediationUpdateInput } from '../../shared/contract/mediation'
import { isAppError, zodToAppError } from '../../shared/errors'
import { DISPUTE_TYPES, LEGAL_AID_KINDS } from '../../shared/mediation/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { yuanRule } from '../ui/yuan-rule'
import { zodRule } from '../ui/zod-rule'
import { useAddCase, useUpdateCase } from './api'
import { copy } from './copy'
import { EnterprisePicker } from './EnterprisePicker'
import { emptyValues, formPath, fromCase, toAddInput, toFields, type MediationFormValues } from './form-values'
import { WorkerRows } from './WorkerRows'

/** Contract fields this form shows (claimFen as claimYuan, enterprise as the picker). */
const onForm = new Set(['type', 'enterpriseId', 'enterprise', 'appliedDate', 'acceptedDate', 'workers', 'claims', 'claimFen', 'mediator', 'legalAidKind', 'note'])
type FieldName = 'type' | 'mediator' | 'claims' | 'legalAidKind' | 'note'
const rule = (name: FieldName) => zodRule(mediationCaseFields.shape[name], name, mediationLabels[name])

/** A contract path (workers.0.idNumber) is not one of the typed form's own names, so it is set through the plain instance. */
function setFieldError(form: FormInstance, name: Array<string | number>, message: string) {
  form.setFields([{ name, errors: [message] }])
}

interface Props {
  /** Absent: a new case (受理). */
  existing?: MediationCase
  onSaved: (c: MediationCase) => void
  onCancel: () => void
}

export function MediationForm({ existing, onSaved, onCancel }: Props) {
  const [form] = Form.useForm<MediationFormValues>()
  const add = useAddCase()
  const update = useUpdateCase()
  const saving = existing ? update : add
  const legalAid = Form.useWatch('legalAid', form)

  // A refusal naming a field of this form is shown beside it; anything else (the whole worker list, the case) above it.
  const [topError, setTopError] = useState<unknown>(null)
  const showError = (err: unknown) => {
    const field = isAppError(err) ? err.detail.field : undefined
    if (field === undefined || !onForm.has(field.split('.')[0] ?? '') || field === 'workers') {
      setTopError(err)
      return
    }
    setFieldError(form, formPath(field), err instanceof Error ? err.message : '')
  }

  const submit = () => {
    // Every value in the store, including the masked numbers on file that no field shows.
    setTopError(null)
    const v: MediationFormValues = form.getFieldsValue(true)
    if (!v.type) return
    const values = { ...v, type: v.type }
    const input = existing ? { id: existing.id, ...toFields(values, true) } : toAddInput(values)
    // The contract's own schema judges the whole case first (cross-field rules included), as the core will.
    const parsed = (existing ? mediationUpdateInput : mediationAddInput).safeParse(input)
    if (!parsed.success) {
      showError(zodToAppError(parsed.error, mediationLabels))
      return
    }
    const handlers = { onSuccess: onSaved, onError: (err: unknown) => void showError(err) }
    if (existing) update.mutate({ id: existing.id, ...toFields(values, true) }, handlers)
    else add.mutate(toAddInput(values), handlers)
  }

  return (
    <Card title={existing ? `${copy.formEditTitle}：${existing.caseNo}` : copy.formNewTitle}>
      <Form form={form} layout="vertical" initialValues={existing ? fromCase(existing) : emptyValues()} onFinish={submit} requiredMark="optional">
        <ErrorAlert error={topError} />
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="type" label={copy.type} required rules={[{ required: true, message: `请选择${copy.type}` }, rule('type')]}>
              <Select showSearch options={DISPUTE_TYPES.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="enterpriseId" label={copy.enterprise} required rules={[{ required: true, message: `请选择${copy.enterprise}` }]}>
              <EnterprisePicker initial={existing ? { id: existing.enterpriseId, name: existing.enterpriseName } : undefined} />
            </Form.Item>
          </Col>
          {existing ? null : (
            <>
              <Col span={4}>
                <Form.Item name="appliedDate" label={copy.appliedDate} required rules={[{ required: true, message: `请选择${copy.appliedDate}` }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name="acceptedDate" label={copy.acceptedDate}>
                  <DatePicker style={{ width: '100%' }} placeholder="同申请日期" />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <Divider titlePlacement="start">{copy.workersTitle}</Divider>
        <WorkerRows />
        <Divider />
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="claims" label={copy.claims} rules={[rule('claims')]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="claimYuan" label={copy.claimYuan} rules={[yuanRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="mediator" label={copy.mediator} rules={[rule('mediator')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="legalAid" label={copy.legalAid} valuePropName="checked">
              <Switch checkedChildren={copy.yes} unCheckedChildren={copy.no} />
            </Form.Item>
          </Col>
          <Col span={6}>
            {legalAid ? (
              <Form.Item name="legalAidKind" label={copy.legalAidKind} required rules={[{ required: true, message: `请选择${copy.legalAidKind}` }, rule('legalAidKind')]}>
                <Select options={LEGAL_AID_KINDS.map((k) => ({ value: k, label: k }))} />
              </Form.Item>
            ) : null}
          </Col>
        </Row>
        <Form.Item name="note" label={copy.note} rules={[rule('note')]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving.isPending}>
            {copy.save}
          </Button>
          <Button onClick={onCancel}>{copy.cancel}</Button>
        </Space>
      </Form>
    </Card>
  )
}

import { Form, Input, InputNumber, Select, Typography } from 'antd'
import { describeGrades, gradeName, type AidProgram, type Grade } from '../../../shared/aid/rules'
import { copy } from '../copy'
import { yuan } from '../../ui/money'
import { requiredYuan } from '../../ui/yuan-rule'

const a = copy.apply

function GradedInputs({ rule }: { rule: Extract<AidProgram['rule'], { kind: 'graded' }> }) {
  const grade = Form.useWatch<Grade | undefined>('grade')
  const options = rule.tiers.flatMap((t) => t.grades.map((g) => ({ value: g, label: `${gradeName(g)}（${describeGrades(t.grades)}档 ${yuan(t.amountFen)} 元）` })))
  return (
    <>
      <Form.Item name="grade" label={a.grade} rules={[{ required: true, message: `请选择${a.grade}` }]}>
        <Select options={options} style={{ maxWidth: 360 }} />
      </Form.Item>
      {grade === 'death' ? (
        <>
          <Form.Item name="payeeName" label={a.payeeName} rules={[{ required: true, message: `请填写${a.payeeName}` }]}>
            <Input style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="payeeRelation" label={a.payeeRelation} rules={[{ required: true, message: `请填写${a.payeeRelation}` }]}>
            <Input style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="payeeIdNumber" label={a.payeeIdNumber} rules={[{ required: true, message: `请填写${a.payeeIdNumber}` }]}>
            <Input style={{ maxWidth: 300 }} maxLength={18} />
          </Form.Item>
        </>
      ) : null}
    </>
  )
}

function TableInputs({ rule }: { rule: Extract<AidProgram['rule'], { kind: 'table' }> }) {
  return (
    <>
      {rule.fields.map((f) => (
        <Form.Item key={f.key} name={['table', f.key]} label={f.label} rules={[{ required: true, message: `请选择${f.label}` }]}>
          <Select options={f.values.map((v) => ({ value: v, label: v }))} style={{ maxWidth: 240 }} />
        </Form.Item>
      ))}
      {rule.recordFields.map((f) => (
        <Form.Item key={f.key} name={['table', f.key]} label={f.label}>
          <Input style={{ maxWidth: 240 }} />
        </Form.Item>
      ))}
    </>
  )
}

/** The kind's own input fields (domain §6), built from the program's rule. */
export function InputFields({ rule }: { rule: AidProgram['rule'] }) {
  switch (rule.kind) {
    case 'fixed':
      return <Typography.Paragraph type="secondary">{a.noInput}</Typography.Paragraph>
    case 'graded':
      return <GradedInputs rule={rule} />
    case 'table':
      return <TableInputs rule={rule} />
    case 'medical':
      return (
        <>
          <Form.Item name="selfPaid" label={a.selfPaid} rules={requiredYuan(a.selfPaid)}>
            <Input suffix={copy.yuanSuffix} inputMode="decimal" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="hospitalDays" label={a.hospitalDays} rules={[{ required: true, message: `请填写${a.hospitalDays}` }]}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
        </>
      )
    case 'in_kind':
      return (
        <Typography.Paragraph>
          {a.standardItems}：{rule.items.map((i) => `${i.item} ${i.quantity}${i.unit ?? ''}`).join('、')}
        </Typography.Paragraph>
      )
  }
}

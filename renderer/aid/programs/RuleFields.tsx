import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd'
import { MAX_GRADE, MIN_GRADE } from '../../../shared/aid/rules'
import { copy } from '../copy'
import { requiredYuan, yuanRule } from '../../ui/yuan-rule'

const c = copy.rule
const gradeOptions = [
  ...Array.from({ length: MAX_GRADE - MIN_GRADE + 1 }, (_, i) => ({ value: MIN_GRADE + i, label: c.grade(MIN_GRADE + i) })),
  { value: 'death', label: c.death },
]
const removeButton = (onClick: () => void) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={c.remove} onClick={onClick} />
const yuanInput = (label: string, width = 160) => <Input aria-label={label} placeholder={label} suffix={copy.yuanSuffix} inputMode="decimal" style={{ width }} />

function FixedFields() {
  return (
    <Form.Item name={['fixed', 'amount']} label={c.amount} rules={requiredYuan(c.amount)}>
      {yuanInput(c.amount)}
    </Form.Item>
  )
}

function GradedFields() {
  return (
    <Form.List name={['graded', 'tiers']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'grades']} rules={[{ required: true, message: `请选择${c.grades}` }]}>
                <Select mode="multiple" aria-label={c.grades} placeholder={c.grades} options={gradeOptions} style={{ width: 360 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'amount']} rules={requiredYuan(c.tierAmount)}>
                {yuanInput(c.tierAmount)}
              </Form.Item>
              {removeButton(() => remove(f.name))}
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ grades: [] })}>
            {c.addTier}
          </Button>
        </>
      )}
    </Form.List>
  )
}

function TableRows() {
  const fields = Form.useWatch(['table', 'fields']) ?? []
  return (
    <Form.List name={['table', 'rows']}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((r, i) => (
            <Space key={r.key} align="start" wrap style={{ display: 'flex' }}>
              <span style={{ lineHeight: '32px' }}>{i + 1}.</span>
              {fields.map((f: { key?: string; label?: string; values?: string[] } | undefined, j: number) =>
                f?.key ? (
                  <Form.Item key={`${f.key}-${j}`} name={[r.name, 'when', f.key]}>
                    <Select mode="multiple" allowClear placeholder={f.label} options={(f.values ?? []).map((v) => ({ value: v, label: v }))} style={{ minWidth: 180 }} />
                  </Form.Item>
                ) : null,
              )}
              <Form.Item name={[r.name, 'amount']} rules={requiredYuan(c.rowAmount)}>
                {yuanInput(c.rowAmount, 140)}
              </Form.Item>
              {removeButton(() => remove(r.name))}
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ when: {} })}>
            {c.addRow}
          </Button>
        </>
      )}
    </Form.List>
  )
}

function TableFields() {
  return (
    <>
      <Form.Item label={c.fields} required>
        <Form.List name={['table', 'fields']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'key']} rules={[{ required: true, message: `请填写${c.fieldKey}` }]}>
                    <Input placeholder={c.fieldKey} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} rules={[{ required: true, message: `请填写${c.fieldLabel}` }]}>
                    <Input placeholder={c.fieldLabel} style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'values']} rules={[{ required: true, message: `请填写${c.fieldValues}` }]}>
                    <Select mode="tags" placeholder={c.fieldValues} style={{ width: 320 }} open={false} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'checkAgainst']} valuePropName="checked">
                    <Checkbox style={{ lineHeight: '32px' }}>{c.checkAgainst}</Checkbox>
                  </Form.Item>
                  {removeButton(() => remove(f.name))}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ values: [] })}>
                {c.addField}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={c.rows} required>
        <TableRows />
      </Form.Item>
      <Form.Item label={c.recordFields}>
        <Form.List name={['table', 'recordFields']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'key']} rules={[{ required: true, message: `请填写${c.fieldKey}` }]}>
                    <Input placeholder={c.fieldKey} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} rules={[{ required: true, message: `请填写${c.fieldLabel}` }]}>
                    <Input placeholder={c.fieldLabel} style={{ width: 150 }} />
                  </Form.Item>
                  {removeButton(() => remove(f.name))}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {c.addRecordField}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </>
  )
}

function MedicalFields() {
  return (
    <>
      <Space wrap>
        <Form.Item name={['medical', 'deductible']} label={c.deductible} rules={requiredYuan(c.deductible)}>
          {yuanInput(c.deductible)}
        </Form.Item>
        <Form.Item name={['medical', 'minPayout']} label={c.minPayout} rules={requiredYuan(c.minPayout)}>
          {yuanInput(c.minPayout)}
        </Form.Item>
        <Form.Item name={['medical', 'yearlyCap']} label={c.yearlyCap} rules={requiredYuan(c.yearlyCap)}>
          {yuanInput(c.yearlyCap)}
        </Form.Item>
        <Form.Item name={['medical', 'allowancePerDay']} label={c.allowancePerDay} rules={requiredYuan(c.allowancePerDay)}>
          {yuanInput(c.allowancePerDay)}
        </Form.Item>
        <Form.Item name={['medical', 'allowanceMaxDays']} label={c.allowanceMaxDays} rules={[{ required: true, message: `请填写${c.allowanceMaxDays}` }]}>
          <InputNumber min={0} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Space>
      <Form.Item label={c.segments} required>
        <Form.List name={['medical', 'segments']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'upto']} rules={[yuanRule]}>
                    {yuanInput(c.upto, 240)}
                  </Form.Item>
                  <Form.Item name={[f.name, 'rate']} rules={[{ required: true, message: `请填写${c.rate}` }]}>
                    <InputNumber min={0} max={1} step={0.05} placeholder={c.rate} style={{ width: 160 }} />
                  </Form.Item>
                  {removeButton(() => remove(f.name))}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {c.addSegment}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </>
  )
}

function InKindFields() {
  return (
    <Form.List name={['inKind', 'items']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'item']} rules={[{ required: true, message: `请填写${c.item}` }]}>
                <Input placeholder={c.item} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, message: `请填写${c.quantity}` }]}>
                <InputNumber min={1} precision={0} placeholder={c.quantity} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'unit']}>
                <Input placeholder={c.unit} style={{ width: 70 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'unitValue']} rules={requiredYuan(c.unitValue)}>
                {yuanInput(c.unitValue, 140)}
              </Form.Item>
              {removeButton(() => remove(f.name))}
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })}>
            {c.addItem}
          </Button>
        </>
      )}
    </Form.List>
  )
}

/** One form per rule kind (domain §6); the core validates the whole definition again on save. */
export function RuleFields() {
  const kind = Form.useWatch('kind')
  switch (kind) {
    case 'graded':
      return <GradedFields />
    case 'table':
      return <TableFields />
    case 'medical':
      return <MedicalFields />
    case 'in_kind':
      return <InKindFields />
    default:
      return <FixedFields />
  }
}

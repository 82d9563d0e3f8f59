import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, Select, Space } from 'antd'
import { copy } from './copy'
import { yuanRule } from '../ui/yuan-rule'

interface Props {
  name: 'incomes' | 'expenses'
  kinds: readonly string[]
  addText: string
}

/** Yearly income sources or rigid expenses: kind, amount in yuan, a note. */
export function MoneyRows({ name, kinds, addText }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: `请选择${copy.kind}` }]}>
                <Select aria-label={copy.kind} placeholder={copy.kind} style={{ width: 110 }} options={kinds.map((k) => ({ value: k, label: k }))} />
              </Form.Item>
              <Form.Item name={[f.name, 'annual']} rules={[{ required: true, message: `请填写${copy.annual}` }, yuanRule]}>
                <Input aria-label={copy.annual} placeholder={copy.annual} suffix="元" inputMode="decimal" style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'note']}>
                <Input aria-label={copy.note} placeholder={copy.note} style={{ width: 220 }} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={copy.remove} onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {addText}
          </Button>
        </>
      )}
    </Form.List>
  )
}

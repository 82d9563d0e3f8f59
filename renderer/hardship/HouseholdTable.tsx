import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Table } from 'antd'
import { copy } from './copy'
import { yuanRule } from '../ui/yuan-rule'

const cell = { style: { margin: 0 } }

/** 家庭成员: one editable row per person living in the household. */
export function HouseholdTable() {
  const form = Form.useFormInstance()
  return (
    <Form.List name="familyMembers">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            locale={{ emptyText: copy.familyHint }}
            columns={[
              {
                title: copy.family.name,
                width: 110,
                render: (_, f) => (
                  <Form.Item {...cell} name={[f.name, 'name']} rules={[{ required: true, message: `请填写${copy.family.name}` }]}>
                    <Input aria-label={copy.family.name} />
                  </Form.Item>
                ),
              },
              {
                title: copy.family.relation,
                width: 100,
                render: (_, f) => (
                  <Form.Item {...cell} name={[f.name, 'relation']} rules={[{ required: true, message: `请填写${copy.family.relation}` }]}>
                    <Input aria-label={copy.family.relation} placeholder="本人、配偶、子女…" />
                  </Form.Item>
                ),
              },
              {
                title: copy.family.idNumber,
                width: 230,
                render: (_, f) => {
                  const masked: unknown = form.getFieldValue(['familyMembers', f.name, 'maskedIdNumber'])
                  return (
                    <Form.Item {...cell} name={[f.name, 'idNumber']}>
                      <Input aria-label={copy.family.idNumber} maxLength={18} placeholder={typeof masked === 'string' ? copy.maskedKeptShort(masked) : undefined} title={typeof masked === 'string' ? copy.maskedKept(masked) : undefined} />
                    </Form.Item>
                  )
                },
              },
              {
                title: copy.family.birthDate,
                width: 140,
                render: (_, f) => (
                  <Form.Item {...cell} name={[f.name, 'birthDate']}>
                    <DatePicker aria-label={copy.family.birthDate} />
                  </Form.Item>
                ),
              },
              {
                title: copy.family.health,
                width: 130,
                render: (_, f) => {
                  const masked: unknown = form.getFieldValue(['familyMembers', f.name, 'maskedHealth'])
                  return (
                    <Form.Item {...cell} name={[f.name, 'health']}>
                      <Input aria-label={copy.family.health} placeholder={typeof masked === 'string' ? copy.maskedKeptShort(masked) : undefined} title={typeof masked === 'string' ? copy.maskedKept(masked) : undefined} />
                    </Form.Item>
                  )
                },
              },
              {
                title: copy.family.employment,
                width: 110,
                render: (_, f) => (
                  <Form.Item {...cell} name={[f.name, 'employment']}>
                    <Input aria-label={copy.family.employment} />
                  </Form.Item>
                ),
              },
              {
                title: copy.family.monthlyIncome,
                width: 120,
                render: (_, f) => (
                  <Form.Item {...cell} name={[f.name, 'monthlyIncome']} rules={[yuanRule]}>
                    <Input aria-label={copy.family.monthlyIncome} inputMode="decimal" />
                  </Form.Item>
                ),
              },
              {
                title: '',
                width: 48,
                render: (_, f) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={copy.remove} onClick={() => remove(f.name)} />,
              },
            ]}
          />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 8 }}>
            {copy.addFamily}
          </Button>
        </>
      )}
    </Form.List>
  )
}

import { Form, List, Typography } from 'antd'
import { aidInputLabels, materialCondition, type MaterialSpec } from '../../../shared/aid/rules'
import { copy } from '../copy'

const e = copy.editor

/** The program's conditional checklist items with their condition in words; kept as they are when the form is saved. */
export function ConditionalMaterials() {
  const items: Exclude<MaterialSpec, string>[] | undefined = Form.useWatch('conditionalMaterials')
  if (!items || items.length === 0) return null
  return (
    <Form.Item label={e.conditionalMaterials} tooltip={e.conditionalMaterialsHint}>
      <List
        size="small"
        bordered
        dataSource={items}
        renderItem={(m) => (
          <List.Item>
            {m.name}
            <Typography.Text type="secondary">{materialCondition(m, aidInputLabels)}</Typography.Text>
          </List.Item>
        )}
      />
    </Form.Item>
  )
}

/** Holds a form value that has no input of its own, so it is registered and comes back on submit. */
export function KeptValue(_props: { value?: unknown }) {
  return null
}

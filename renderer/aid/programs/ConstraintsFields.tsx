import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd'
import { ALLOWED_MEMBER_STATUSES, HARDSHIP_CATEGORIES } from '../../../shared/aid/rules'
import { copy } from '../copy'
import { yuanRule } from '../../ui/yuan-rule'

const c = copy.constraints
const blank = (s: string | undefined) => s === undefined || s.trim() === ''
const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))

/** Common constraints any program may set (issue 5); the core applies them in every calculation. */
export function ConstraintsFields() {
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name={['constraints', 'memberStatuses']} label={c.memberStatuses} rules={[{ required: true, message: `请选择${c.memberStatuses}` }]}>
          <Select mode="multiple" options={options(ALLOWED_MEMBER_STATUSES)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={['constraints', 'hardshipCategories']} label={c.hardshipCategories}>
          <Select mode="multiple" allowClear options={options(HARDSHIP_CATEGORIES)} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name={['constraints', 'maxTimesPerYear']} label={c.maxTimesPerYear}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name={['constraints', 'oncePerMember']} label=" " valuePropName="checked">
          <Checkbox>{c.oncePerMember}</Checkbox>
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name={['constraints', 'capGroupCode']} label={c.capGroupCode} tooltip={c.capGroupHint}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name={['constraints', 'capGroupName']} label={c.capGroupName}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item
          name={['constraints', 'capGroupCap']}
          label={c.capGroupCap}
          dependencies={[['constraints', 'capGroupCode']]}
          rules={[
            ({ getFieldValue }) => ({
              required: !blank(getFieldValue(['constraints', 'capGroupCode']) as string | undefined),
              message: c.capGroupCapRequired,
            }),
            yuanRule,
          ]}
        >
          <Input suffix={copy.yuanSuffix} inputMode="decimal" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name={['constraints', 'excludesPrograms']} label={c.excludes}>
          <Select mode="tags" open={false} />
        </Form.Item>
      </Col>
    </Row>
  )
}

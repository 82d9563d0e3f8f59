import { Button, Card, Col, DatePicker, Divider, Form, Input, Row, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { hardshipContentInput, hardshipLabels } from '../../shared/contract/hardship'
import { toIsoDate } from '../../shared/dates'
import { EXPENSE_KINDS, HARDSHIP_CATEGORY_VALUES, HARDSHIP_CAUSES, INCOME_KINDS, type HardshipFile } from '../../shared/hardship/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { MemberPicker } from '../ui/MemberPicker'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useDebouncedValue } from '../ui/useDebouncedValue'
import { zodRule } from '../ui/zod-rule'
import { useCategoryCalculation, useCreateHardshipFile, useUpdateHardshipFile } from './api'
import { CategoryCalculationCard } from './CategoryCalculationCard'
import { copy } from './copy'
import { calculationInput, fromFile, toContent, type HardshipFormValues } from './form-values'
import { HouseholdTable } from './HouseholdTable'
import { MoneyRows } from './MoneyRows'

const fields = ['memberId', 'causes', 'category', 'categoryReason', 'address', 'phone', 'bankName', 'bankAccount', 'note']
const rule = (name: keyof typeof hardshipContentInput.shape) => zodRule(hardshipContentInput.shape[name], name, hardshipLabels[name])

interface Props {
  /** Absent: a new file (申请). */
  file?: HardshipFile
  onSaved: (file: HardshipFile) => void
  onCancel: () => void
}

export function HardshipForm({ file, onSaved, onCancel }: Props) {
  const [form] = Form.useForm<HardshipFormValues>()
  const create = useCreateHardshipFile()
  const update = useUpdateHardshipFile()
  const saving = file ? update : create
  const values = Form.useWatch([], form)
  // Asked once the typing pauses, not on every key (as the aid application's live calculation).
  const calc = useCategoryCalculation(useDebouncedValue(values ? calculationInput(values) : null, 250))
  const initial: HardshipFormValues = file ? fromFile(file) : { applyDate: dayjs(), familyMembers: [], incomes: [], expenses: [], causes: [] }

  const submit = (v: HardshipFormValues) => {
    const handlers = { onSuccess: onSaved, onError: (err: unknown) => void showFieldError(form, err, fields) }
    const content = toContent(v, file !== undefined)
    if (file) update.mutate({ id: file.id, ...content }, handlers)
    else create.mutate({ ...content, memberId: v.memberId, applyDate: v.applyDate ? toIsoDate(v.applyDate) : undefined }, handlers)
  }

  return (
    <Row gutter={24}>
      <Col span={17}>
        <Card title={file ? `${copy.formEditTitle}：${file.memberName}` : copy.formNewTitle}>
          <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} requiredMark="optional">
            {isFormLevelError(saving.error, fields) ? <ErrorAlert error={saving.error} /> : null}
            {file ? null : (
              <Space size="large" align="start">
                <Form.Item name="memberId" label={copy.member} required rules={[{ required: true, message: `请选择${copy.member}` }]} style={{ width: 520 }}>
                  <MemberPicker />
                </Form.Item>
                <Form.Item name="applyDate" label={copy.applyDate}>
                  <DatePicker />
                </Form.Item>
              </Space>
            )}
            <Divider titlePlacement="start">{copy.familyTitle}</Divider>
            <HouseholdTable />
            <Divider titlePlacement="start">{copy.incomesTitle}</Divider>
            <MoneyRows name="incomes" kinds={INCOME_KINDS} addText={copy.addIncome} />
            <Divider titlePlacement="start">{copy.expensesTitle}</Divider>
            <MoneyRows name="expenses" kinds={EXPENSE_KINDS} addText={copy.addExpense} />
            <Divider />
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="causes" label={copy.causes} required rules={[rule('causes')]}>
                  <Select mode="multiple" options={HARDSHIP_CAUSES.map((c) => ({ value: c, label: c }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="category" label={copy.category}>
                  <Select allowClear placeholder={copy.categoryAuto} options={HARDSHIP_CATEGORY_VALUES.map((c) => ({ value: c, label: c }))} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="categoryReason" label={copy.categoryReason} rules={[rule('categoryReason')]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={14}>
                <Form.Item name="address" label={copy.address} rules={[rule('address')]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name="phone" label={copy.phone} rules={[rule('phone')]}>
                  <Input placeholder={file?.phone ? copy.maskedKept(file.phone) : undefined} />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name="bankName" label={copy.bankName} rules={[rule('bankName')]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name="bankAccount" label={copy.bankAccount} rules={[rule('bankAccount')]}>
                  <Input placeholder={file?.bankAccount ? copy.maskedKept(file.bankAccount) : undefined} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="note" label={copy.remark} rules={[rule('note')]}>
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
      </Col>
      <Col span={7}>
        <div style={{ position: 'sticky', top: 16 }}>
          <CategoryCalculationCard calculation={calc.data} loading={calc.isPending && calc.fetchStatus === 'fetching'} />
          {calc.error ? <ErrorAlert error={calc.error} /> : null}
        </div>
      </Col>
    </Row>
  )
}

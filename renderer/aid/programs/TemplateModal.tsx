import { Form, Input, InputNumber, Modal, Select } from 'antd'
import dayjs from 'dayjs'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useTemplates } from '../api'
import { copy } from '../copy'
import { requiredYuan } from '../../ui/yuan-rule'
import { useUnsavedGuard } from '../../ui/FormModal'

export interface TemplateChoice {
  template: string
  year: number
  budget: string
}

interface Props {
  open: boolean
  onOk: (choice: TemplateChoice) => void
  onCancel: () => void
}

/** Picks a built-in program (抚慰金, 医疗互助, 金秋助学, 送温暖, 温暖包) with this office's year and budget. */
export function TemplateModal({ open, onOk, onCancel }: Props) {
  const t = copy.template
  const [form] = Form.useForm<TemplateChoice>()
  const close = useUnsavedGuard(form, onCancel)
  const templates = useTemplates()
  return (
    <Modal open={open} title={t.title} okText={t.next} cancelText={copy.cancel} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      <ErrorAlert error={templates.error} />
      <Form form={form} layout="vertical" onFinish={onOk} initialValues={{ year: dayjs().year() }}>
        <Form.Item name="template" label={t.pick} rules={[{ required: true, message: `请选择${t.pick}` }]}>
          <Select
            loading={templates.isPending}
            options={(templates.data ?? []).map((x) => ({ value: x.code, label: `${x.name}（${copy.kinds[x.kind]}）` }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t.year} rules={[{ required: true, message: `请填写${t.year}` }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="budget" label={t.budget} rules={requiredYuan(t.budget)}>
          <Input suffix={copy.yuanSuffix} inputMode="decimal" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

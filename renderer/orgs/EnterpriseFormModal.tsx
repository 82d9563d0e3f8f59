import { App, Form, Input, InputNumber } from 'antd'
import { enterpriseInput, type Enterprise, type OrgDetail } from '../../shared/contract/orgs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { zodRule } from '../ui/zod-rule'
import { useSaveOrg } from './api'
import { copy } from './copy'
import { enterpriseFieldOf, orgToInput, type EnterpriseInput } from './org-input'
import { FormModal } from '../ui/FormModal'

const labels = copy.enterprises.labels
type FieldName = keyof typeof labels
const fieldNames = ['name', 'creditCode', 'industry', 'economicType', 'address', 'employeeCount'] as const satisfies readonly FieldName[]
const fields: readonly string[] = fieldNames
const rule = (name: FieldName) => zodRule(enterpriseInput.shape[name], name, labels[name])

interface Props {
  org: OrgDetail
  /** null: a new enterprise. */
  editing: Enterprise | null
  open: boolean
  onClose: () => void
}

export function EnterpriseFormModal({ org, editing, open, onClose }: Props) {
  const [form] = Form.useForm<EnterpriseInput>()
  const save = useSaveOrg()
  const { message } = App.useApp()

  const submit = (values: EnterpriseInput) => {
    const input = orgToInput(org)
    const list = input.enterprises ?? []
    const entered = { ...values, id: editing?.id }
    const enterprises = editing ? list.map((e) => (e.id === editing.id ? entered : e)) : [...list, entered]
    save.mutate(
      { ...input, enterprises },
      {
        onSuccess: () => {
          void message.success(copy.enterprises.saved)
          onClose()
        },
        onError: (err) => void showFieldError(form, err, fields, enterpriseFieldOf),
      },
    )
  }

  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={() => {
        save.reset()
        onClose()
      }}
      pending={save.isPending}
      formProps={{ initialValues: editing ?? {}, requiredMark: 'optional' }}
      open={open}
      title={editing ? copy.enterprises.formEditTitle : copy.enterprises.formAddTitle}
      okText={copy.formSubmit}
      cancelText={copy.cancel}
      width={600}
    >
      {isFormLevelError(save.error, fields, enterpriseFieldOf) ? <ErrorAlert error={save.error} /> : null}
      <Form.Item name="name" label={labels.name} rules={[rule('name')]} required>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="creditCode" label={labels.creditCode} rules={[rule('creditCode')]}>
        <Input maxLength={18} placeholder={copy.enterprises.placeholders.creditCode} />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 16 }}>
        <Form.Item name="industry" label={labels.industry} rules={[rule('industry')]}>
          <Input />
        </Form.Item>
        <Form.Item name="economicType" label={labels.economicType} rules={[rule('economicType')]}>
          <Input />
        </Form.Item>
        <Form.Item name="employeeCount" label={labels.employeeCount} rules={[rule('employeeCount')]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="address" label={labels.address} rules={[rule('address')]}>
        <Input />
      </Form.Item>
    </FormModal>
  )
}

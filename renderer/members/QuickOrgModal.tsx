import { App, Form, Input, Select } from 'antd'
import { orgTypes, type OrgType } from '../../shared/contract/orgs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { useCreateOrg } from './api'
import { copy, orgQuickCopy as text } from './copy'
import { FormModal } from '../ui/FormModal'

interface Values {
  name: string
  type: OrgType
}

/**
 * Issue 13: a 基层工会 created where the clerk finds it missing (empty register, the union picker of 新增会员, the import's
 * union choice), on top of what is open so typed work stays; its other details are filled in later under 组织管理.
 */
export function QuickOrgModal({ onClose, onCreated }: { onClose: () => void; onCreated: (org: { id: string; name: string }) => void }) {
  const [form] = Form.useForm<Values>()
  const create = useCreateOrg()
  const { message } = App.useApp()
  const submit = (v: Values) =>
    create.mutate(v, {
      onSuccess: (org) => {
        void message.success(text.created(org.name))
        onCreated({ id: org.id, name: org.name })
      },
      onError: (err) => void showFieldError(form, err, ['name', 'type']),
    })
  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending}
      // Its own name prefixes the field ids: opened over 新增会员, whose 姓名 field is also "name".
      formProps={{ name: 'quickOrg', initialValues: { type: '企业工会' } }}
      title={text.title}
      okText={text.ok}
      cancelText={copy.cancel}
    >
      <p>{text.intro}</p>
      {isFormLevelError(create.error, ['name', 'type']) ? <ErrorAlert error={create.error} /> : null}
      <Form.Item name="name" label={text.name} rules={[{ required: true, whitespace: true, message: text.nameRequired }]}>
        <Input autoFocus maxLength={200} placeholder={text.namePlaceholder} />
      </Form.Item>
      <Form.Item name="type" label={text.type} rules={[{ required: true }]}>
        <Select options={orgTypes.map((t) => ({ value: t, label: t }))} />
      </Form.Item>
    </FormModal>
  )
}

import { App, Form, Input, Radio, Select } from 'antd'
import type { OrgSummary } from '../../shared/contract/orgs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useMergeOrgs } from './api'
import { copy } from './copy'
import { FormModal } from '../ui/FormModal'

const text = copy.mergeDialog

interface Values {
  otherId: string
  keep: 'this' | 'other'
  reason?: string
}

interface Props {
  org: OrgSummary
  orgs: readonly OrgSummary[]
  open: boolean
  onClose: () => void
  onMerged: (keptId: string) => void
}

export function MergeOrgsModal({ org, orgs, open, onClose, onMerged }: Props) {
  const [form] = Form.useForm<Values>()
  const merge = useMergeOrgs()
  const { modal, message } = App.useApp()
  const others = orgs.filter((o) => o.id !== org.id && o.status === 'active')
  const otherId = Form.useWatch('otherId', form)
  const other = others.find((o) => o.id === otherId)

  const submit = (v: Values) => {
    const picked = others.find((o) => o.id === v.otherId)
    if (!picked) return
    const [from, into] = v.keep === 'this' ? [picked, org] : [org, picked]
    // The clerk sees exactly what moves before anything is written.
    modal.confirm({
      title: text.confirmTitle,
      content: text.confirmText(from.name, into.name, from.counts.members, from.enterpriseCount),
      okText: text.ok,
      okButtonProps: { danger: true },
      cancelText: copy.cancel,
      onOk: () =>
        merge.mutateAsync({ fromId: from.id, intoId: into.id, reason: v.reason }).then((r) => {
          void message.success(text.done(r.movedMembers, r.movedEnterprises, r.into.name))
          onMerged(r.into.id)
        }),
    })
  }

  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={() => {
        merge.reset()
        onClose()
      }}
      pending={merge.isPending}
      formProps={{ initialValues: { keep: 'this' } }}
      open={open}
      title={text.title}
      okText={text.next}
      cancelText={copy.cancel}
      width={600}
    >
      <p>{text.intro}</p>
      <ErrorAlert error={merge.error} />
      <Form.Item name="otherId" label={text.other} rules={[{ required: true, message: text.otherPlaceholder }]}>
        <Select
          autoFocus
          showSearch
          optionFilterProp="label"
          placeholder={text.otherPlaceholder}
          options={others.map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item name="keep" label={text.keep}>
        <Radio.Group
          options={[
            { value: 'this', label: org.name },
            { value: 'other', label: other?.name ?? text.other, disabled: !other },
          ]}
        />
      </Form.Item>
      <Form.Item name="reason" label={text.reason}>
        <Input placeholder={text.reasonPlaceholder} />
      </Form.Item>
    </FormModal>
  )
}

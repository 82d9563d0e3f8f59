import { App, DatePicker, Form, Input, Select, TreeSelect } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo } from 'react'
import { toIsoDate } from '../../shared/dates'
import { orgSaveInput, orgTypes, type OrgDetail, type OrgSummary, type OrgType } from '../../shared/contract/orgs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { zodRule } from '../ui/zod-rule'
import { useSaveOrg } from './api'
import { copy } from './copy'
import { orgToInput } from './org-input'
import { buildOrgTree, subtreeIds, type OrgNode } from './org-tree'
import { FormModal } from '../ui/FormModal'

interface Values {
  name: string
  creditCode?: string | null
  type: OrgType
  parentId?: string | null
  foundedOn?: Dayjs | null
  chairman?: string | null
  contactPerson?: string | null
  contactPhone?: string | null
  address?: string | null
}

type FieldName = keyof typeof copy.labels
const fields: readonly string[] = Object.keys(copy.labels)
const shape = orgSaveInput.shape
const rule = (name: Exclude<FieldName, 'status' | 'updatedAt' | 'foundedOn' | 'type' | 'parentId'>) =>
  zodRule(shape[name], name, copy.labels[name])

interface TreeOption {
  value: string
  title: string
  disabled?: boolean
  children: TreeOption[]
}

function treeOptions(nodes: OrgNode[], blocked: Set<string>): TreeOption[] {
  return nodes.map((n) => ({
    value: n.org.id,
    title: n.org.name,
    disabled: blocked.has(n.org.id),
    children: treeOptions(n.children, blocked),
  }))
}

interface Props {
  open: boolean
  /** null: a new union. */
  editing: OrgDetail | null
  /** Preselected parent for 新增下级工会. */
  parentId?: string | null
  orgs: readonly OrgSummary[]
  onClose: () => void
  onSaved: (org: OrgDetail) => void
}

export function OrgFormModal({ open, editing, parentId = null, orgs, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>()
  const save = useSaveOrg()
  const { message } = App.useApp()
  const parents = useMemo(
    () => treeOptions(buildOrgTree(orgs), editing ? subtreeIds(orgs, editing.id) : new Set()),
    [orgs, editing],
  )
  const initial: Values = editing
    ? { ...editing, foundedOn: editing.foundedOn ? dayjs(editing.foundedOn) : null }
    : { name: '', type: orgTypes[0], parentId }

  const submit = (v: Values) => {
    const base = editing ? orgToInput(editing) : { enterprises: [] }
    save.mutate(
      { ...base, ...v, parentId: v.parentId ?? null, foundedOn: v.foundedOn ? toIsoDate(v.foundedOn) : null },
      {
        onSuccess: (saved) => {
          void message.success(copy.saved)
          onSaved(saved)
        },
        onError: (err) => void showFieldError(form, err, fields),
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
      formProps={{ initialValues: initial, requiredMark: 'optional' }}
      open={open}
      title={editing ? copy.formEditTitle : copy.formAddTitle}
      okText={copy.formSubmit}
      cancelText={copy.cancel}
      width={640}
    >
      {isFormLevelError(save.error, fields) ? <ErrorAlert error={save.error} /> : null}
      <Form.Item name="name" label={copy.labels.name} rules={[rule('name')]} required>
        <Input autoFocus placeholder={copy.placeholders.name} />
      </Form.Item>
      <Form.Item name="creditCode" label={copy.labels.creditCode} rules={[rule('creditCode')]}>
        <Input placeholder={copy.placeholders.creditCode} maxLength={18} />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        <Form.Item name="type" label={copy.labels.type} required>
          <Select options={orgTypes.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
        <Form.Item name="foundedOn" label={copy.labels.foundedOn}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="parentId" label={copy.labels.parentId}>
        <TreeSelect allowClear treeDefaultExpandAll treeData={parents} placeholder={copy.placeholders.parentId} showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 16 }}>
        <Form.Item name="chairman" label={copy.labels.chairman} rules={[rule('chairman')]}>
          <Input />
        </Form.Item>
        <Form.Item name="contactPerson" label={copy.labels.contactPerson} rules={[rule('contactPerson')]}>
          <Input />
        </Form.Item>
        <Form.Item name="contactPhone" label={copy.labels.contactPhone} rules={[rule('contactPhone')]}>
          <Input placeholder={copy.placeholders.contactPhone} />
        </Form.Item>
      </div>
      <Form.Item name="address" label={copy.labels.address} rules={[rule('address')]}>
        <Input />
      </Form.Item>
    </FormModal>
  )
}

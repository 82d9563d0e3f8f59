import { Button, Form, Input, Select } from 'antd'
import { isFederationLevel, profileInput, unionLevels, type Profile, type ProfileInput, type UnionLevel } from '../../shared/contract/profile'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { zodRule } from '../ui/zod-rule'
import { useSaveProfile } from './api'
import { copy } from './copy'

const fields = Object.keys(copy.labels)
const rule = (name: keyof typeof copy.labels) => zodRule(profileInput.shape[name], name, copy.labels[name])

interface Props {
  initial: Profile | null
  submitText: string
  /** First run asks only what the header and documents need; the rest waits for the settings page. */
  compact?: boolean
  onSaved?: () => void
  /** First run: a federation level changes what else the screen offers (no demo register). */
  onLevelChange?: (level: UnionLevel) => void
}

// Offices send packages up; federations (县（区）/市总工会) merge them: the list says which is which.
const levelOptions = [
  { label: copy.levelGroups.office, options: unionLevels.filter((l) => !isFederationLevel(l)).map((l) => ({ value: l, label: l })) },
  { label: copy.levelGroups.federation, options: unionLevels.filter(isFederationLevel).map((l) => ({ value: l, label: l })) },
]

export function ProfileForm({ initial, submitText, compact = false, onSaved, onLevelChange }: Props) {
  const [form] = Form.useForm<ProfileInput>()
  const save = useSaveProfile()
  const submit = (values: ProfileInput) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        // Show what the core stored (trimmed, normalised), not what was typed.
        form.setFieldsValue(saved)
        onSaved?.()
      },
      onError: (err) => void showFieldError(form, err, fields),
    })
  return (
    <Form form={form} layout="vertical" initialValues={initial ?? { level: '乡镇总工会' }} onFinish={submit} onValuesChange={(changed: Partial<ProfileInput>) => { if (changed.level) onLevelChange?.(changed.level) }} requiredMark="optional" style={{ maxWidth: 560 }}>
      {isFormLevelError(save.error, fields) ? <ErrorAlert error={save.error} /> : null}
      <Form.Item name="name" label={copy.labels.name} rules={[rule('name')]} required>
        <Input autoFocus placeholder={copy.placeholders.name} />
      </Form.Item>
      <Form.Item name="level" label={copy.labels.level} required>
        <Select options={levelOptions} />
      </Form.Item>
      <Form.Item name="creditCode" label={copy.labels.creditCode} rules={[rule('creditCode')]}>
        <Input placeholder={copy.placeholders.creditCode} maxLength={18} />
      </Form.Item>
      <Form.Item name="parentName" label={copy.labels.parentName} rules={[rule('parentName')]}>
        <Input placeholder={copy.placeholders.parentName} />
      </Form.Item>
      {compact ? null : (
        <>
          <Form.Item name="chairman" label={copy.labels.chairman} rules={[rule('chairman')]}>
            <Input />
          </Form.Item>
          <Form.Item name="contactPerson" label={copy.labels.contactPerson} rules={[rule('contactPerson')]}>
            <Input />
          </Form.Item>
          <Form.Item name="contactPhone" label={copy.labels.contactPhone} rules={[rule('contactPhone')]}>
            <Input placeholder={copy.placeholders.contactPhone} />
          </Form.Item>
          <Form.Item name="address" label={copy.labels.address} rules={[rule('address')]}>
            <Input />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {submitText}
      </Button>
    </Form>
  )
}

import { Form, Input, Typography } from 'antd'
import type { Rule } from 'antd/es/form'
import dayjs from 'dayjs'
import { checkIdNumber, type IdCheck } from '../../shared/identity/id-number'
import { fieldLabels, formCopy } from './copy'

interface Props {
  /** Masked number on file when editing; the field then stays empty unless the clerk changes it. */
  masked: string | null
  /** Passports and permits have no checksum, so there is nothing to check or fill. */
  otherKind: boolean
  required: boolean
}

/** The shortest a resident ID can be (legacy 15 digits): a half-typed number is not called wrong yet. */
const MIN_CHECKED_LENGTH = 15

const today = () => dayjs().format('YYYY-MM-DD')

function checkTyped(value: unknown, otherKind: boolean): IdCheck | null {
  const text = typeof value === 'string' ? value.trim() : ''
  return !otherKind && text.length >= MIN_CHECKED_LENGTH ? checkIdNumber(text, { today: today() }) : null
}

/**
 * Checks the number as it is typed with the shared routine the core also uses, and fills 出生日期 and 性别 from it.
 * It is a hint for the clerk: the core checks again on save, and its answer is the one that counts.
 */
export function IdNumberField({ masked, otherKind, required }: Props) {
  const form = Form.useFormInstance()
  const check = checkTyped(Form.useWatch('idNumber', form), otherKind)
  const rules: Rule[] = [
    { required, message: formCopy.idRequired },
    {
      validator: async (_rule, value: unknown) => {
        const c = checkTyped(value, otherKind)
        if (c && !c.valid) throw new Error(`「${fieldLabels.idNumber}」${c.error ?? ''}`)
      },
    },
  ]

  const onChange = (raw: string) => {
    const c = checkTyped(raw, otherKind)
    if (c?.valid && c.birthDate) form.setFieldsValue({ birthDate: dayjs(c.birthDate), gender: c.gender })
  }

  return (
    <Form.Item
      name="idNumber"
      label={fieldLabels.idNumber}
      required={required}
      rules={rules}
      extra={
        check?.valid && check.kind ? (
          <span data-testid="id-hint">
            <Typography.Text type="success">{formCopy.idHint(formCopy.idKinds[check.kind], check.birthDate, check.gender)}</Typography.Text>
            {check.warnings.map((w) => (
              <div key={w}>
                <Typography.Text type="warning">{w}</Typography.Text>
              </div>
            ))}
          </span>
        ) : null
      }
    >
      <Input
        style={{ fontFamily: 'monospace' }}
        placeholder={masked ? formCopy.idKeepPlaceholder(masked) : formCopy.idPlaceholder}
        onChange={(e) => onChange(e.target.value)}
        maxLength={40}
      />
    </Form.Item>
  )
}

import { Form, Input, Typography } from 'antd'
import type { Rule } from 'antd/es/form'
import dayjs from 'dayjs'
import { useRef, useState } from 'react'
import { checkIdNumber, type IdCheck, type IdGender } from '../../shared/identity/id-number'
import { useDebouncedValue } from '../ui/useDebouncedValue'
import { useIdHolder } from './api'
import { fieldLabels, formCopy } from './copy'

interface Props {
  /** Masked number on file when editing; the field then stays empty unless the clerk changes it. */
  masked: string | null
  /** Passports and permits have no checksum, so there is nothing to check or fill. */
  otherKind: boolean
  required: boolean
  /** The record being edited: its own number is not "held by someone else". */
  exceptId?: string | undefined
}

/** The shortest a resident ID can be (legacy 15 digits): below it a number is still being typed, not wrong yet. */
const MIN_CHECKED_LENGTH = 15

const today = () => dayjs().format('YYYY-MM-DD')

const typedText = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

function checkTyped(value: unknown, otherKind: boolean): IdCheck | null {
  const text = typedText(value)
  return !otherKind && text !== '' ? checkIdNumber(text, { today: today() }) : null
}

const refusal = (c: IdCheck) => `「${fieldLabels.idNumber}」${c.error ?? ''}`

/**
 * Checks the number as it is typed with the shared routine the core also uses, fills 出生日期 and 性别 from it, and
 * (issue 13) says at once who already holds a complete number. It is a hint for the clerk: the core checks again on
 * save, and its answer is the one that counts.
 */
export function IdNumberField({ masked, otherKind, required, exceptId }: Props) {
  const form = Form.useFormInstance()
  const typed = Form.useWatch('idNumber', form)
  const check = checkTyped(typed, otherKind)
  const [focused, setFocused] = useState(false)
  // What this field filled in itself, so an ID that turns invalid again takes back only that, never a date typed by hand.
  const filled = useRef<{ birthDate: string; gender: IdGender | null } | null>(null)
  const complete = otherKind ? typedText(typed) : check?.valid ? (check.normalized ?? '') : ''
  const holder = useIdHolder(useDebouncedValue(complete, 250), exceptId).data

  const rules: Rule[] = [
    { required, message: formCopy.idRequired },
    {
      // While typing, a number too short to be complete is only a hint below the field (see `extra`).
      validator: async (_rule, value: unknown) => {
        const c = checkTyped(value, otherKind)
        if (c && !c.valid && typedText(value).length >= MIN_CHECKED_LENGTH) throw new Error(refusal(c))
      },
    },
    {
      // Leaving the field, or saving, with a short number: now it is an error.
      validateTrigger: 'onBlur',
      validator: async (_rule, value: unknown) => {
        const c = checkTyped(value, otherKind)
        if (c && !c.valid) throw new Error(refusal(c))
      },
    },
  ]

  const onChange = (raw: string) => {
    const c = checkTyped(raw, otherKind)
    if (c?.valid && c.birthDate) {
      form.setFieldsValue({ birthDate: dayjs(c.birthDate), gender: c.gender })
      filled.current = { birthDate: c.birthDate, gender: c.gender }
      return
    }
    const was = filled.current
    if (!was) return
    filled.current = null
    const birthDate: unknown = form.getFieldValue('birthDate')
    if (dayjs.isDayjs(birthDate) && birthDate.format('YYYY-MM-DD') === was.birthDate) form.setFieldsValue({ birthDate: null })
    if (form.getFieldValue('gender') === was.gender) form.setFieldsValue({ gender: null })
  }

  const typing = check && !check.valid && focused && typedText(typed).length < MIN_CHECKED_LENGTH
  return (
    <Form.Item
      name="idNumber"
      label={fieldLabels.idNumber}
      required={required}
      rules={rules}
      validateTrigger={['onChange', 'onBlur']}
      extra={
        <>
          {typing ? (
            <Typography.Text type="warning" data-testid="id-typing">
              {refusal(check)}
            </Typography.Text>
          ) : null}
          {check?.valid && check.kind ? (
            <span data-testid="id-hint">
              <Typography.Text type="success">{formCopy.idHint(formCopy.idKinds[check.kind], check.birthDate, check.gender)}</Typography.Text>
              {check.warnings.map((w) => (
                <div key={w}>
                  <Typography.Text type="warning">{w}</Typography.Text>
                </div>
              ))}
            </span>
          ) : null}
          {holder && complete !== '' ? (
            <div data-testid="id-holder">
              <Typography.Text type={holder.blocking ? 'danger' : 'warning'}>{holder.message}</Typography.Text>
            </div>
          ) : null}
        </>
      }
    >
      <Input
        style={{ fontFamily: 'monospace' }}
        placeholder={masked ? formCopy.idKeepPlaceholder(masked) : formCopy.idPlaceholder}
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        maxLength={40}
      />
    </Form.Item>
  )
}

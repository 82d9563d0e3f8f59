import type { FormInstance } from 'antd'
import { isAppError } from '../../shared/errors'

/** A refusal that names a field is shown on that field; returns false when the error names no field of this form. */
export function showFieldError(form: FormInstance, err: unknown, fields: readonly string[]): boolean {
  if (!isAppError(err) || !err.detail.field || !fields.includes(err.detail.field)) return false
  form.setFields([{ name: err.detail.field, errors: [err.message] }])
  return true
}

/** True when the error belongs on top of the form rather than beside one of its fields. */
export function isFormLevelError(err: unknown, fields: readonly string[]): boolean {
  if (!err) return false
  return !(isAppError(err) && err.detail.field !== undefined && fields.includes(err.detail.field))
}

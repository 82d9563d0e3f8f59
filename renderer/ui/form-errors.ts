import type { FormInstance } from 'antd'
import { isAppError } from '../../shared/errors'

/**
 * The form field a refusal names, if it is one of `fields`. `fieldOf` maps the core's field path to the form's name,
 * for a form that edits one item of a list the core saves whole (`enterprises.2.name` → `name`).
 */
function formFieldOf(err: unknown, fields: readonly string[], fieldOf: (field: string | undefined) => string | undefined): string | undefined {
  const field = isAppError(err) ? fieldOf(err.detail.field) : undefined
  return field !== undefined && fields.includes(field) ? field : undefined
}

const sameField = (field: string | undefined) => field

/** A refusal that names a field is shown on that field; returns false when the error names no field of this form. */
export function showFieldError(form: FormInstance, err: unknown, fields: readonly string[], fieldOf = sameField): boolean {
  const field = formFieldOf(err, fields, fieldOf)
  if (!field || !isAppError(err)) return false
  form.setFields([{ name: field, errors: [err.message] }])
  return true
}

/** True when the error belongs on top of the form rather than beside one of its fields. */
export function isFormLevelError(err: unknown, fields: readonly string[], fieldOf = sameField): boolean {
  return Boolean(err) && formFieldOf(err, fields, fieldOf) === undefined
}

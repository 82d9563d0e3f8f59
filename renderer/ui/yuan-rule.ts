import { yuanToFen } from '../../shared/money'

/** A yuan field's instant check; the message is yuanToFen's own, so the form and the conversion never disagree. */
export const yuanRule = {
  validator: async (_rule: unknown, value: string | undefined) => {
    if (value === undefined || value.trim() === '') return
    if (yuanToFen(value) < 0) throw new Error('金额不能为负数')
  },
}

export const requiredYuan = (label: string) => [{ required: true, message: `请填写${label}` }, yuanRule]

import { normalizeIdText } from './id-number'

/** Unified social credit code (统一社会信用代码), GB 32100-2015; domain.md §4.6. */

export interface CreditCodeCheck {
  valid: boolean
  /** The value to store; null when the code is not valid. */
  normalized: string | null
  error: string | null
  /** The check character the first 17 characters call for, when that is what failed. */
  expectedCheck?: string
  warnings: string[]
  /** 登记管理部门 decoded from position 1, e.g. 工会. */
  authority?: string
  /** 机构类别 decoded from position 2, e.g. 基层工会. */
  orgType?: string
}

// I, O, S, V and Z are left out because they are easily misread as 1, 0, 5, U and 2.
const SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const

interface Authority {
  name: string
  types: Readonly<Record<string, string>>
}

/** GB 32100 code table for positions 1 and 2. */
const AUTHORITIES: Readonly<Record<string, Authority>> = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    types: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游', types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { name: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '市场监管', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业农村',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { name: '其他', types: { '1': '其他' } },
}

/** GB 32100 check character: (31 − Σ value × 3^i mod 31) mod 31, mapped back to the symbol set. */
export function creditCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * SYMBOLS.indexOf(first17.charAt(i)), 0)
  return SYMBOLS.charAt((31 - (sum % 31)) % 31)
}

/** GB 11714 organisation-code check character for the 8-character body (positions 9–16 of the credit code). */
export function orgCodeCheckChar(body8: string): string {
  const sum = ORG_WEIGHTS.reduce((acc, weight, i) => acc + weight * orgCodeValue(body8.charAt(i)), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return 'X'
  return check === 11 ? '0' : String(check)
}

function orgCodeValue(c: string): number {
  // GB 11714 numbers letters A=10 … Z=35 over the whole alphabet, unlike GB 32100's 31 symbols.
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55
}

export function checkCreditCode(raw: string): CreditCodeCheck {
  const text = normalizeIdText(raw)
  const chars = Array.from(text)
  if (chars.length === 0) return invalid('统一社会信用代码为空')
  if (chars.length !== 18) return invalid(`统一社会信用代码长度应为 18 位（现为 ${chars.length} 位）`)
  const bad = chars.findIndex((c) => !SYMBOLS.includes(c))
  if (bad >= 0) return invalid(`统一社会信用代码第 ${bad + 1} 位「${chars[bad] ?? ''}」不是有效字符（不使用 I、O、S、V、Z）`)
  const expected = creditCheckChar(text.slice(0, 17))
  const actual = text.charAt(17)
  if (expected !== actual) {
    return { ...invalid(`统一社会信用代码校验位应为 ${expected}，实际为 ${actual}`), expectedCheck: expected }
  }
  return { valid: true, normalized: text, error: null, ...decodeKind(text), warnings: softWarnings(text) }
}

function decodeKind(text: string): { authority?: string; orgType?: string } {
  const authority = AUTHORITIES[text.charAt(0)]
  if (!authority) return {}
  const orgType = authority.types[text.charAt(1)]
  return orgType ? { authority: authority.name, orgType } : { authority: authority.name }
}

/** Problems that do not make the code unusable: the registrar may use a newer code table, and §4.6 says warn only. */
function softWarnings(text: string): string[] {
  const warnings: string[] = []
  const authority = AUTHORITIES[text.charAt(0)]
  if (!authority) warnings.push(`登记管理部门代码「${text.charAt(0)}」不在代码表中，请核对`)
  else if (!authority.types[text.charAt(1)]) {
    warnings.push(`机构类别代码「${text.charAt(1)}」不在「${authority.name}」的类别中，请核对`)
  }
  const orgExpected = orgCodeCheckChar(text.slice(8, 16))
  const orgActual = text.charAt(16)
  if (orgExpected !== orgActual) {
    warnings.push(`其中的组织机构代码（第 9–17 位）校验位应为 ${orgExpected}，实际为 ${orgActual}，请核对`)
  }
  return warnings
}

function invalid(error: string): CreditCodeCheck {
  return { valid: false, normalized: null, error, warnings: [] }
}

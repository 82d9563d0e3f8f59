import { addDays } from '../../../shared/dates'
import { idCheckChar } from '../../../shared/identity/id-number'
import { creditCheckChar, orgCodeCheckChar } from '../../../shared/identity/credit-code'
import { newFormTypes, type MemberEventType, type MemberStatus } from '../../../shared/members/fields'

/** Deterministic PRNG (mulberry32): core never calls Math.random, and the same seed gives the same demo data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rand = () => number
export const pick = <T>(rand: Rand, list: readonly T[]): T => {
  const v = list[Math.floor(rand() * list.length)]
  if (v === undefined) throw new Error('empty list')
  return v
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '符', '欧阳', '司马', '单']
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅文辉建国志强海燕春梅晓东小龙家豪子涵雨欣梓轩浩然思琪'
const RARE = ['䶮', '𠮷', '堃', '喆', '昇', '珺', '旻']
const MINORITY = ['阿依古丽·买买提', '买买提·艾力', '古丽娜尔·吐尔逊', '扎西·次仁', '热依拉·阿不都', '努尔兰·别克']
const REGIONS = ['469023', '460400', '460100', '460200', '110105', '440305', '320102', '510104', '450102', '420106']
const ETHNIC = ['汉族', '汉族', '汉族', '汉族', '黎族', '壮族', '回族', '苗族', '维吾尔族', '藏族']
const EDUCATION = ['初中', '高中', '中专', '大专', '本科', '研究生']
const POLITICAL = ['群众', '群众', '群众', '中共党员', '共青团员']
const UNION_PLACES = ['木棠', '金江', '老城', '福山', '桥头', '大丰', '永发', '加乐', '文儒', '中兴', '仁兴', '瑞溪']
const UNION_KINDS = [
  { suffix: '村工会', type: '村工会' }, { suffix: '社区工会', type: '社区工会' }, { suffix: '联合工会', type: '联合基层工会' },
  { suffix: '快递行业工会联合会', type: '行业性工会联合会' }, { suffix: '农产品加工有限公司工会', type: '企业工会' },
] as const
const INDUSTRIES = ['制造业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '农、林、牧、渔业', '建筑业']

export function personName(rand: Rand): string {
  const r = rand()
  if (r < 0.01) return pick(rand, MINORITY)
  const surname = pick(rand, SURNAMES)
  const givenLen = rand() < 0.7 ? 2 : 1
  let given = ''
  for (let i = 0; i < givenLen; i++) given += rand() < 0.02 ? pick(rand, RARE) : (GIVEN[Math.floor(rand() * GIVEN.length)] ?? '明')
  return surname + given
}

/** A valid resident ID: region + birth date + sequence (odd for men) + GB 11643 check character. */
export function residentId(rand: Rand, birthDate: string, male: boolean, serial: number): string {
  const seq2 = String(serial % 100).padStart(2, '0')
  const genderDigit = male ? 1 + 2 * Math.floor(rand() * 5) : 2 * Math.floor(rand() * 5)
  const first17 = `${pick(rand, REGIONS)}${birthDate.replace(/-/g, '')}${seq2}${genderDigit}`
  return first17 + idCheckChar(first17)
}

/** A valid trade-union (81…) or company (91…) credit code. */
export function creditCode(rand: Rand, prefix: '81' | '91'): string {
  const symbols = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  let body8 = ''
  for (let i = 0; i < 8; i++) body8 += symbols[Math.floor(rand() * 10)]
  const first17 = `${prefix}469023${body8}${orgCodeCheckChar(body8)}`
  return first17 + creditCheckChar(first17)
}

export function unionName(rand: Rand, i: number) {
  const kind = pick(rand, UNION_KINDS)
  return { name: `${pick(rand, UNION_PLACES)}${i + 1}${kind.suffix}`, type: kind.type }
}

export function enterpriseFacts(rand: Rand, unionName: string, j: number) {
  return { name: `${unionName.replace(/工会.*$/, '')}${['实业', '物流', '食品', '建材'][j % 4] ?? '实业'}有限公司`, industry: pick(rand, INDUSTRIES), employees: 5 + Math.floor(rand() * 300) }
}

export interface DemoPerson {
  name: string
  birthDate: string
  male: boolean
  phone: string
  ethnicity: string
  education: string
  politicalStatus: string
  isMigrant: boolean
  newFormType: string | null
  history: Array<{ type: MemberEventType; daysAfterJoin: number }>
  status: MemberStatus
  joinDate: string
}

export function demoPerson(rand: Rand, today: string): DemoPerson {
  const age = 18 + Math.floor(rand() * 42)
  const birthDate = addDays(`${Number(today.slice(0, 4)) - age}-01-01`, Math.floor(rand() * 364))
  const joinDate = addDays(today, -Math.floor(rand() * 3000) - 400)
  const r = rand()
  const history: DemoPerson['history'] = [{ type: 'join', daysAfterJoin: 0 }]
  let status: MemberStatus = 'active'
  if (r < 0.05) [history[1], status] = [{ type: 'retain', daysAfterJoin: 200 }, 'retained']
  else if (r < 0.08) [history[1], status] = [{ type: 'withdraw', daysAfterJoin: 300 }, 'withdrawn']
  else if (r < 0.1) [history[1], status] = [{ type: 'transfer_out', daysAfterJoin: 250 }, 'transferred_out']
  return {
    name: personName(rand),
    birthDate,
    male: rand() < 0.55,
    phone: `1${pick(rand, ['3', '5', '7', '8', '9'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
    ethnicity: pick(rand, ETHNIC),
    education: pick(rand, EDUCATION),
    politicalStatus: pick(rand, POLITICAL),
    isMigrant: rand() < 0.35,
    newFormType: rand() < 0.12 ? pick(rand, newFormTypes) : null,
    history,
    status,
    joinDate,
  }
}

/** Debit-card BINs of the banks a township office pays into, with their usual branch naming. */
const BANKS = [
  { name: '中国农业银行', bin: '622848' },
  { name: '中国工商银行', bin: '622202' },
  { name: '中国建设银行', bin: '621700' },
  { name: '中国银行', bin: '621661' },
  { name: '中国邮政储蓄银行', bin: '621799' },
  { name: '农村信用合作联社', bin: '622991' },
] as const

/** Luhn (ISO/IEC 7812) check digit, which real card numbers carry, so demo accounts look like real ones. */
function luhnDigit(body: string): string {
  let sum = 0
  ;[...body].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  })
  return String((10 - (sum % 10)) % 10)
}

/**
 * A member's salary card: a bank branch in one of the demo townships and a 19-digit card number with a valid check
 * digit. Its own generator (seeded by the member's position) leaves every other demo value as it was.
 */
export function demoBankAccount(serial: number): { bankName: string; bankAccount: string } {
  const rand = prng(0x5eed_ba2c ^ serial)
  const bank = pick(rand, BANKS)
  const body = `${bank.bin}${String(Math.floor(rand() * 1e12)).padStart(12, '0')}`
  return { bankName: `${bank.name}${pick(rand, UNION_PLACES)}支行`, bankAccount: `${body}${luhnDigit(body)}` }
}

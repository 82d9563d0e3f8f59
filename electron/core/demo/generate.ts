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
// Given-name characters by the gender they are usually given to, so a name agrees with the ID's gender digit.
const GIVEN = {
  male: [...'伟强磊军洋勇杰涛明超刚华辉建国志海东龙家豪浩然宇轩子博文斌鹏飞俊峰'],
  female: [...'芳娜秀英敏静丽艳娟兰霞平桂玉萍红梅燕春晓雨欣思琪涵婷雪慧琳颖洁'],
} as const
const RARE = { male: ['䶮', '𠮷', '堃', '喆', '昇'], female: ['珺', '旻', '𠮷', '喆'] } as const
const MINORITY = {
  male: ['买买提·艾力', '扎西·次仁', '努尔兰·别克', '艾尔肯·吐尔逊'],
  female: ['阿依古丽·买买提', '古丽娜尔·吐尔逊', '热依拉·阿不都', '帕提古丽·艾力'],
} as const
const REGIONS = ['469023', '460400', '460100', '460200', '110105', '440305', '320102', '510104', '450102', '420106']
const ETHNIC = ['汉族', '汉族', '汉族', '汉族', '黎族', '壮族', '回族', '苗族', '维吾尔族', '藏族']
const EDUCATION = ['初中', '高中', '中专', '大专', '本科', '研究生']
const POLITICAL = ['群众', '群众', '群众', '中共党员', '共青团员']
const UNION_PLACES = ['木棠', '金江', '老城', '福山', '桥头', '大丰', '永发', '加乐', '文儒', '中兴', '仁兴', '瑞溪']
/** Village and community names, and the 字号 of enterprises: words only, so no generated name carries a digit. */
const LOCAL_WORDS = ['红光', '富民', '新兴', '东方', '南山', '北岭', '青松', '长丰', '和平', '光明', '兴隆', '白石', '双溪', '高山', '金沙', '龙湾', '荔枝', '椰林', '海棠', '万福', '同心', '共和', '春晖', '望海']
const TRADES = ['实业', '物流', '食品', '建材', '农产品加工', '商贸', '电子', '服装', '橡胶制品', '水产养殖']
const SECTORS = ['快递', '餐饮', '建筑', '家政', '网约车', '货运']
/** Each kind of union, and how its name is made from a place and a word (the word also names its enterprises). */
const UNION_KINDS = [
  { type: '村工会', name: (place: string, word: string) => `${place}镇${word}村工会` },
  { type: '社区工会', name: (place: string, word: string) => `${place}镇${word}社区工会` },
  { type: '联合基层工会', name: (place: string, word: string) => `${place}镇${word}片区联合工会` },
  { type: '行业性工会联合会', name: (place: string, word: string, i: number) => `${place}镇${word}${SECTORS[i % SECTORS.length] ?? '快递'}行业工会联合会` },
  { type: '企业工会', name: (place: string, word: string, i: number) => `${place}${word}${TRADES[i % TRADES.length] ?? '实业'}有限公司工会` },
] as const
const INDUSTRIES = ['制造业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '农、林、牧、渔业', '建筑业']

export function personName(rand: Rand, male: boolean): string {
  const gender = male ? 'male' : 'female'
  const r = rand()
  if (r < 0.01) return pick(rand, MINORITY[gender])
  const surname = pick(rand, SURNAMES)
  const givenLen = rand() < 0.7 ? 2 : 1
  let given = ''
  for (let i = 0; i < givenLen; i++) given += rand() < 0.02 ? pick(rand, RARE[gender]) : pick(rand, GIVEN[gender])
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

/**
 * The i-th demo union: place and word are taken in turn (mixed radix), so the first 288 unions (demo.load makes at
 * most 250) all have different names without a counter in them; the word also names the union's enterprises.
 */
export function unionName(rand: Rand, i: number) {
  const kind = pick(rand, UNION_KINDS)
  const place = UNION_PLACES[i % UNION_PLACES.length] ?? '木棠'
  // Offset by the place so that the first unions (one per place) do not all share the first word; for one place the
  // words still run through the whole list, so (place, word) stays unique.
  const word = LOCAL_WORDS[((i % UNION_PLACES.length) * 5 + Math.floor(i / UNION_PLACES.length)) % LOCAL_WORDS.length] ?? '红光'
  const round = Math.floor(i / (UNION_PLACES.length * LOCAL_WORDS.length))
  return { name: kind.name(place, word, round), type: kind.type, place, word, round }
}

/**
 * The j-th enterprise of a union: 木棠富民食品有限公司. A company's own union (企业工会) has the company as its first
 * enterprise; other unions' enterprises take the place and the union's word with a trade.
 */
export function enterpriseFacts(rand: Rand, union: { name: string; type: string; place: string; word: string; round: number }, j: number) {
  const own = union.type === '企业工会' && j === 0 ? union.name.replace(/工会$/, '') : null
  // j < 3, so the trades of one union's enterprises differ from each other and from the company's own (index round).
  const trade = TRADES[(union.round + j) % TRADES.length] ?? '实业'
  return { name: own ?? `${union.place}${union.word}${trade}有限公司`, industry: pick(rand, INDUSTRIES), employees: 5 + Math.floor(rand() * 300) }
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
  const male = rand() < 0.55
  const history: DemoPerson['history'] = [{ type: 'join', daysAfterJoin: 0 }]
  let status: MemberStatus = 'active'
  if (r < 0.05) [history[1], status] = [{ type: 'retain', daysAfterJoin: 200 }, 'retained']
  else if (r < 0.08) [history[1], status] = [{ type: 'withdraw', daysAfterJoin: 300 }, 'withdrawn']
  else if (r < 0.1) [history[1], status] = [{ type: 'transfer_out', daysAfterJoin: 250 }, 'transferred_out']
  return {
    name: personName(rand, male),
    birthDate,
    male,
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

/**
 * The demo office's 本单位信息, for a database that has none: a letterhead for every print and a contact line with a
 * phone for the 公示 (the number is a made-up landline in the township's area code).
 */
export const demoProfile = {
  id: 'self',
  name: '木棠镇总工会',
  level: '乡镇总工会',
  credit_code: null,
  parent_name: '儋州市总工会',
  address: '木棠镇人民路 1 号',
  contact_person: '符小梅',
  contact_phone: '0898-23881234',
  chairman: '王建国',
} as const

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

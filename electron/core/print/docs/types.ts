/** What each printed document needs; filled by loaders from the aid, member and hardship tables. */

export interface PrintMeta {
  unionName: string
  /** The day the document is issued (YYYY-MM-DD). */
  date: string
}

export interface CertificateData {
  serial: string
  reprint: boolean
  /** 救助金 / 慰问金 / 抚慰金 …, from the program. */
  title: string
  recipient: string
  /** Already masked. */
  idNumber: string
  unit: string | null
  programName: string
  reason: string
  amountFen: number
  payee: { name: string; relation: string | null } | null
  paymentDate: string | null
  paymentMethod: string | null
}

export interface NoticeRow {
  name: string
  idNumber: string
  unit: string | null
  programName: string
  amountFen: number
}

export interface NoticeData {
  title: string
  programName: string
  start: string | null
  end: string | null
  /** 联系人：…，电话：…，地址：… (the phone always there: objections are taken by phone). */
  contact: string
  rows: NoticeRow[]
}

export interface RosterRow {
  name: string
  idNumber: string
  amountFen: number
  note: string | null
}

export interface RosterData {
  serial: string
  reprint: boolean
  programName: string
  batchTitle: string
  rows: RosterRow[]
}

import { z } from 'zod'
import type { ContractKind } from './contracts'
import { isoDateField } from './fields'
import type { NewFormType } from '../members/fields'
import { returns, type ContractSection } from './types'

/**
 * 工作台 (issue 16): what is due today and the office's live figures, each pointing at the list behind it. A link is
 * a renderer route and the list filter it opens with (as URL query parameters), so core decides what a to-do counts and
 * the screen only follows it.
 */
export interface WorkbenchLink {
  path: string
  query: Record<string, string>
}

export type TodoKey =
  | 'aidNotice'
  | 'aidReview'
  | 'hardshipReview'
  | 'contractDeadlines'
  | 'contractsExpiring'
  | 'congressTerms'
  | 'backupOverdue'
  | 'exchangeUnacknowledged'

export interface WorkbenchTodo {
  key: TodoKey
  title: string
  count: number
  /** One line in Chinese saying what is counted (and for how long it has been due). */
  detail: string
  /** red: a deadline has passed; amber: due soon. */
  tone: 'red' | 'amber'
  link: WorkbenchLink
}

export interface WorkbenchTodos {
  today: string
  /** Only to-dos with something due, and only those whose list the caller may open. */
  items: WorkbenchTodo[]
}

export interface ProgramPaid {
  programId: string
  code: string
  name: string
  budgetFen: number
  paidFen: number
  committedFen: number
  link: WorkbenchLink
}

export interface WorkbenchFigures {
  today: string
  year: number
  members: {
    /** 在会 */
    active: number
    /** 保留会籍 */
    retained: number
    women: number
    migrant: number
    newForm: { type: NewFormType; count: number; link: WorkbenchLink }[]
  }
  /** Events dated 1 January to today, corrections (voided events) left out. */
  joinsThisYear: number
  departuresThisYear: number
  /** Active grassroots unions, and the enterprises of the register under them with their headcount. */
  unions: number
  enterprises: number
  enterpriseWorkers: number
  /** Programs of this year: paid and committed (审核通过/已批准) against the budget. */
  aid: ProgramPaid[]
  /** Contracts in force today (contracts.coverage). */
  contracts: number
  contractWorkers: number
  links: { members: WorkbenchLink; women: WorkbenchLink; migrant: WorkbenchLink; unions: WorkbenchLink; contracts: WorkbenchLink }
}

export interface ChartBar {
  label: string
  value: number
  /** The list behind the bar; null where no list can be filtered that way. */
  link: WorkbenchLink | null
}

export interface ChartSeries {
  name: string
  bars: ChartBar[]
}

export interface WorkbenchCharts {
  today: string
  /** 在会 members per active union, largest first (the rest summed under 其他). */
  membersByUnion: ChartBar[]
  /** Months YYYY-MM, oldest first, the current month last; joins and departures per month. */
  months: string[]
  /** Members, not events: a member who joined twice in a month counts once, as in the list the bar opens. */
  joins: number[]
  departures: number[]
  /** Added with the bars' links: the member list of each month's joiners and leavers, one per month. */
  joinLinks: WorkbenchLink[]
  departureLinks: WorkbenchLink[]
  /** Paid per month (fen), one series per program code over the same months as above, last 12 of them. */
  aidMonths: string[]
  aidByProgram: ChartSeries[]
  /** Contracts in force by kind, with the workers they cover. */
  coverageByKind: { kind: ContractKind; contracts: number; workers: number; link: WorkbenchLink }[]
}

const input = z.object({
  /** The day the workbench is computed for; today (Beijing time) when absent. */
  today: isoDateField.optional(),
})

const labels = { today: '日期' } as const

export const workbenchContract = {
  'workbench.todos': { input, labels, result: returns<WorkbenchTodos>(), permission: 'members.read', writes: false },
  'workbench.figures': { input, labels, result: returns<WorkbenchFigures>(), permission: 'members.read', writes: false },
  'workbench.charts': { input, labels, result: returns<WorkbenchCharts>(), permission: 'members.read', writes: false },
} satisfies ContractSection<'workbench'>

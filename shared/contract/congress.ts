import { z } from 'zod'
import {
  GENDERS,
  REPRESENTATIVE_CATEGORIES,
  type CongressCheckReport,
  type CongressDetail,
  type CongressOverviewRow,
  type EstablishmentRates,
} from '../congress/types'
import { isoDateField, optionalIsoDate, optionalText, pageFields } from './fields'
import { returns, type ContractSection } from './types'

/** Workers' congresses 职代会 (domain.md §9): one record per enterprise, its roster and its sessions. */

const headcount = z.number().int().min(0).max(1_000_000)

export const representativeInput = z.object({
  name: z.string().trim().min(1).max(30),
  category: z.enum(REPRESENTATIVE_CATEGORIES),
  gender: z.enum(GENDERS),
})

export const sessionVoteInput = z.object({
  item: z.string().trim().min(1).max(200),
  yes: headcount,
})

export const sessionInput = z.object({
  date: isoDateField,
  present: headcount,
  items: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  votes: z.array(sessionVoteInput).max(50).default([]),
})

/**
 * The whole record of one enterprise's congress (the CLI's `congress add` file, the form's content): saving replaces
 * the roster and the sessions. The enterprise is named as in the register (`enterprise`), or picked (`enterpriseId`).
 * Numbers that cannot be true together are refused here, naming the session and the vote.
 */
export const congressSaveInput = z
  .object({
    enterpriseId: z.string().trim().min(1).optional(),
    enterprise: z.string().trim().max(200).optional(),
    /** The grassroots union an enterprise name not yet in the register is added under. */
    union: optionalText(200),
    established: z.boolean(),
    rulesOnFile: z.boolean().default(false),
    termStart: optionalIsoDate,
    termEnd: optionalIsoDate,
    representatives: z.array(representativeInput).max(5000).default([]),
    sessions: z.array(sessionInput).max(200).default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.enterpriseId && !v.enterprise) ctx.addIssue({ code: 'custom', message: '请指明企业（企业名称）', path: ['enterprise'] })
    if (v.termStart && v.termEnd && v.termEnd < v.termStart) {
      ctx.addIssue({ code: 'custom', message: `「本届截止日期」${v.termEnd} 早于起始日期 ${v.termStart}`, path: ['termEnd'] })
    }
    const total = v.representatives.length
    v.sessions.forEach((s, i) => {
      const which = `第${i + 1}次会议（${s.date}）`
      if (s.present > total) ctx.addIssue({ code: 'custom', message: `${which}「实到人数」${s.present} 人，多于代表名单的 ${total} 人`, path: ['sessions', i, 'present'] })
      s.votes.forEach((vote, j) => {
        if (!s.items.includes(vote.item)) {
          ctx.addIssue({ code: 'custom', message: `${which}第${j + 1}项「表决议题」「${vote.item}」不在该次会议的议题中`, path: ['sessions', i, 'votes', j, 'item'] })
        }
        if (vote.yes > s.present) {
          ctx.addIssue({ code: 'custom', message: `${which}第${j + 1}项表决「${vote.item}」的「赞成票数」${vote.yes} 票，多于实到的 ${s.present} 人`, path: ['sessions', i, 'votes', j, 'yes'] })
        }
      })
    })
  })
export type CongressSaveInput = z.input<typeof congressSaveInput>

const enterpriseRef = z
  .object({
    enterpriseId: z.string().trim().min(1).optional(),
    enterprise: z.string().trim().min(1).max(200).optional(),
    /** The day the checks are made on; today (Beijing time) when absent. */
    today: isoDateField.optional(),
  })
  .refine((v) => v.enterpriseId !== undefined || v.enterprise !== undefined, { error: '请指明企业（企业名称）', path: ['enterprise'] })

export const congressLabels = {
  enterpriseId: '企业',
  enterprise: '企业名称',
  union: '所属基层工会',
  established: '是否建制',
  rulesOnFile: '实施办法存档',
  termStart: '本届起始日期',
  termEnd: '本届截止日期',
  termEndBy: '届满截止日期',
  representatives: '职工代表',
  'representatives.name': '代表姓名',
  'representatives.category': '代表类别',
  'representatives.gender': '代表性别',
  sessions: '会议',
  'sessions.date': '会议日期',
  'sessions.present': '实到人数',
  'sessions.items': '议题',
  'sessions.votes': '表决',
  'sessions.votes.item': '表决议题',
  'sessions.votes.yes': '赞成票数',
  today: '核对日期',
  q: '查询内容',
  offset: '起始位置',
  limit: '条数',
} as const

export const congressContract = {
  /** Creates or replaces the enterprise's congress record; the six checks come back with it. */
  'congress.save': {
    input: congressSaveInput,
    labels: congressLabels,
    result: returns<CongressDetail>(),
    permission: 'congress.write',
    writes: true,
  },
  /** One enterprise's record with its six checks; an enterprise without a record reads as not established. */
  'congress.get': {
    input: enterpriseRef,
    labels: congressLabels,
    result: returns<CongressDetail>(),
    permission: 'congress.read',
    writes: false,
  },
  /** The six checks of 六对标 for one enterprise (NOT_FOUND for a name the register does not hold). */
  'congress.check': {
    input: enterpriseRef,
    labels: congressLabels,
    result: returns<CongressCheckReport>(),
    permission: 'congress.read',
    writes: false,
  },
  /** Every enterprise of the register with its six checks, a page at a time, by name. */
  'congress.overview': {
    input: z.object({
      q: optionalText(100),
      today: isoDateField.optional(),
      /** Only established congresses whose term ends on or before this day (the workbench's 届期将满 to-do). */
      termEndBy: isoDateField.optional(),
      ...pageFields(500),
    }),
    labels: congressLabels,
    result: returns<{ items: CongressOverviewRow[]; total: number }>(),
    permission: 'congress.read',
    writes: false,
  },
  /** 建制率: enterprises with an established congress, by economic type, with the 100-plus-staff subset. */
  'congress.rates': {
    input: z.object({}),
    labels: congressLabels,
    result: returns<EstablishmentRates>(),
    permission: 'congress.read',
    writes: false,
  },
} satisfies ContractSection<'congress'>

import { z } from 'zod'
import { returns, type ContractSection } from './types'

/** Synthetic data for trying the app and for benchmarks; later issues extend what it fills. */
export interface DemoResult {
  orgs: number
  enterprises: number
  members: number
  events: number
  aidPrograms: number
  aidApplications: number
  hardshipFiles: number
}

export const demoContract = {
  /** Fills an EMPTY register (refused with CONFLICT when any member exists). Same seed → same data. */
  'demo.load': {
    input: z.object({
      members: z.number().int().min(1).max(500_000).default(2000),
      seed: z.number().int().min(0).default(1),
    }),
    labels: { members: '会员人数', seed: '随机种子' },
    result: returns<DemoResult>(),
    permission: 'members.write',
    writes: true,
  },
} satisfies ContractSection<'demo'>

import { z } from 'zod'
import { returns, type ContractSection } from './types'

export interface SystemInfo {
  appVersion: string
  schemaVersion: string
  dbPath: string
  transport: 'ipc' | 'http' | 'cli'
}

export const systemContract = {
  'system.info': {
    input: z.object({}),
    labels: {},
    result: returns<SystemInfo>(),
    permission: 'profile.read',
    writes: false,
  },
} satisfies ContractSection<'system'>

import type { FeatureHandlers } from '../../handler-types'
import { exportProvincial, previewProvincial } from './workbook'

/**
 * 省级模板导出. The export is a write in the contract (permission members.unmask, a reason): the dispatcher runs it in
 * one transaction with its audit row, which also makes sheet 1 and the summary one consistent snapshot.
 */
export const provincialHandlers = {
  'provincial.preview': async (ctx, input) => previewProvincial(ctx, input),
  'provincial.export': async (ctx, input) => exportProvincial(ctx, input),
} satisfies FeatureHandlers<'provincial'>

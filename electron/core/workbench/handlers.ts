import type { FeatureHandlers } from '../handler-types'
import { workbenchCharts, workbenchFigures, workbenchTodos } from './service'

export const workbenchHandlers = {
  'workbench.todos': async (ctx, p) => workbenchTodos(ctx, p),
  'workbench.figures': async (ctx, p) => workbenchFigures(ctx, p),
  'workbench.charts': async (ctx, p) => workbenchCharts(ctx, p),
} satisfies FeatureHandlers<'workbench'>

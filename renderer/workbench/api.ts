import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'

// The to-dos come first and alone, so the morning's list shows while the figures and charts are still being counted.
export const useWorkbenchTodos = () => useQuery({ queryKey: ['workbench.todos', {}], queryFn: () => call('workbench.todos', {}) })
export const useWorkbenchFigures = () => useQuery({ queryKey: ['workbench.figures', {}], queryFn: () => call('workbench.figures', {}) })
/** Asked once the to-dos and figures are in: the core answers reads one at a time, and the charts take longest. */
export const useWorkbenchCharts = (enabled: boolean) =>
  useQuery({ queryKey: ['workbench.charts', {}], queryFn: () => call('workbench.charts', {}), enabled })

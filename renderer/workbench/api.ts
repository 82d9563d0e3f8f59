import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { call } from '../api/client'

const todos = queryOptions({ queryKey: ['workbench.todos', {}], queryFn: () => call('workbench.todos', {}) })
const figures = queryOptions({ queryKey: ['workbench.figures', {}], queryFn: () => call('workbench.figures', {}) })

// The to-dos and the figures are the first screen; the charts, which take longest, are asked for after them.
export const useWorkbenchTodos = () => useQuery(todos)
export const useWorkbenchFigures = () => useQuery(figures)
/** Asked once the to-dos and figures are in: the core answers reads one at a time, and the charts take longest. */
export const useWorkbenchCharts = (enabled: boolean) =>
  useQuery({ queryKey: ['workbench.charts', {}], queryFn: () => call('workbench.charts', {}), enabled })

/**
 * Asks for the to-dos and figures together with the office's profile, when the app opens on the workbench, instead of
 * after the profile has come back and the layout has mounted the page (one round trip and a render fewer before the
 * first screen). prefetchQuery keeps a failure in the query, where the page shows it.
 */
export function prefetchWorkbench(client: QueryClient): void {
  void client.prefetchQuery(todos)
  void client.prefetchQuery(figures)
}

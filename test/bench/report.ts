/** One line of the bench table: a figure, its unit, and (where a target exists) the target and the ratio to it. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  target?: number
  /** 'max': the figure must stay at or below the target; 'min': at or above. */
  kind?: 'max' | 'min'
}

export interface Bench {
  title: string
  run(): Promise<BenchRow[]>
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] ?? NaN
}

export async function timeMs<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now()
  const value = await fn()
  return { ms: performance.now() - t0, value }
}

export function formatRow(r: BenchRow): string {
  const ratio = r.target ? r.value / r.target : undefined
  const ok = r.target === undefined ? '' : (r.kind ?? 'max') === 'max' ? (r.value <= r.target ? '达标' : '未达标') : r.value >= r.target ? '达标' : '未达标'
  return [
    r.name.padEnd(48),
    `${r.value.toFixed(r.value < 10 ? 2 : 1)} ${r.unit}`.padStart(14),
    r.target === undefined ? ''.padStart(14) : `目标 ${r.target} ${r.unit}`.padStart(16),
    ratio === undefined ? '' : `比值 ${ratio.toFixed(2)}`.padStart(10),
    ok.padStart(6),
  ].join('  ')
}

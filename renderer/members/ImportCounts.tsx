import { Statistic } from 'antd'
import type { ImportSummary } from '../../shared/contract/members'
import { importCopy } from './copy'

const keys = ['total', 'inserted', 'updated', 'unchanged', 'rejected', 'warnings'] as const
const colors: Partial<Record<(typeof keys)[number], string>> = { inserted: '#389e0d', rejected: '#cf1322', warnings: '#d48806' }

/** The numbers a preview predicts and a commit reports, laid out the same way so the two can be compared. */
export function ImportCounts({ summary }: { summary: ImportSummary }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(6, minmax(0, 1fr))', gap: 16 }}>
      {keys.map((k) => (
        <div key={k} data-testid={`import-count-${k}`}>
          <Statistic title={importCopy.counts[k]} value={summary[k]} styles={{ content: { color: colors[k] } }} />
        </div>
      ))}
    </div>
  )
}

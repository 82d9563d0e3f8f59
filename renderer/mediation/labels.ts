import type { CaseStatus } from '../../shared/mediation/types'
import { outcomeLabels } from '../../shared/mediation/types'

/** A status as the clerk reads it: 调解不成 is shown with its consequence, 转仲裁. */
export const statusLabel = (s: CaseStatus): string => (s === '调解不成' ? outcomeLabels.调解不成 : s)

export const statusColor: Readonly<Record<CaseStatus, string>> = { 受理: 'blue', 调解中: 'gold', 调解成功: 'green', 调解不成: 'red', 撤回: 'default' }

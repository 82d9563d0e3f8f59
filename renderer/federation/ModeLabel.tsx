import { Tag } from 'antd'
import { isFederationLevel, type UnionLevel } from '../../shared/contract/profile'
import { copy } from './copy'

/**
 * The header says which kind of database this is: an office sends packages up (上报单位), a federation merges what its
 * offices send (汇总单位). The level comes first because that is what the clerk chose at first run.
 */
export function ModeLabel({ level }: { level: UnionLevel }) {
  const federation = isFederationLevel(level)
  return (
    <Tag color={federation ? 'gold' : 'default'} style={{ margin: 0, fontSize: 13 }} data-testid="mode-label">
      {`${level} · ${federation ? copy.modeFederation : copy.modeOffice}`}
    </Tag>
  )
}

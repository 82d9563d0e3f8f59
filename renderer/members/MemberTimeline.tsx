import { Empty, Timeline, Typography } from 'antd'
import type { MemberEvent } from '../../shared/contract/members'
import { formatChineseYmd } from '../../shared/dates'
import { memberEventLabels, type MemberEventType } from '../../shared/members/fields'
import { detailCopy } from './copy'

// Explicit colours: antd's named 'blue' follows the theme's primary colour, which is this app's red.
const colors: Record<MemberEventType, string> = {
  join: '#389e0d',
  transfer_in: '#389e0d',
  retain: '#d48806',
  transfer_out: '#1677ff',
  expel: '#cf1322',
  withdraw: '#8c8c8c',
}

/** Oldest first, as the core sends it: the history reads top to bottom like the paper register. */
export function MemberTimeline({ events }: { events: readonly MemberEvent[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={detailCopy.noEvents} />
  return (
    <div data-testid="member-timeline">
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: colors[e.type],
        title: e.date ? formatChineseYmd(e.date) : detailCopy.undated,
        content: (
          <div>
            <Typography.Text strong delete={e.voided !== null}>{memberEventLabels[e.type]}</Typography.Text>
            {e.toOrgName ?? e.toText ? <Typography.Text style={{ marginInlineStart: 8 }}>{detailCopy.transferTo(e.toOrgName ?? e.toText ?? '')}</Typography.Text> : null}
            <Typography.Text style={{ marginInlineStart: 8 }}>{e.reason ?? detailCopy.noReason}</Typography.Text>
            {e.voided ? (
              <div>
                <Typography.Text type="danger" style={{ fontSize: 12 }}>{detailCopy.voided(e.voided.reason, e.voided.by)}</Typography.Text>
              </div>
            ) : null}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {detailCopy.eventAt(e.orgName, e.operator)}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
    </div>
  )
}

import { Button, Card, Descriptions, Empty, Space, Spin, Statistic, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { orgStatusLabels, type OrgDetail } from '../../shared/contract/orgs'
import { formatChineseYmd } from '../../shared/dates'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useOrg } from './api'
import { copy } from './copy'
import { EnterpriseTable } from './EnterpriseTable'

interface Props {
  id: string | null
  onEdit: (org: OrgDetail) => void
  onAddChild: (org: OrgDetail) => void
  onMerge: (org: OrgDetail) => void
  onDissolve: (org: OrgDetail) => void
}

const dash = (v: string | null) => v ?? '—'

export function OrgDetailCard({ id, onEdit, onAddChild, onMerge, onDissolve }: Props) {
  const org = useOrg(id)
  if (id === null) {
    return (
      <Card>
        <Empty description={copy.emptyDetail} />
      </Card>
    )
  }
  if (org.error) return <ErrorAlert error={org.error} />
  if (!org.data) return <Card><Spin /></Card>
  const o = org.data
  const active = o.status === 'active'
  const l = copy.labels
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Card
        title={
          <Space>
            <span>{o.name}</span>
            {active ? null : <Tag color="default">{orgStatusLabels[o.status]}</Tag>}
          </Space>
        }
        extra={
          active ? (
            <Space wrap>
              <Button onClick={() => onEdit(o)}>{copy.edit}</Button>
              <Button onClick={() => onAddChild(o)}>{copy.addChild}</Button>
              <Button onClick={() => onMerge(o)}>{copy.merge}</Button>
              <Button danger onClick={() => onDissolve(o)}>
                {copy.dissolve}
              </Button>
            </Space>
          ) : null
        }
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 16, marginBottom: 8 }}>
          <Statistic title={copy.counts.members} value={o.counts.members} suffix={copy.counts.unit} />
          <Statistic title={copy.counts.women} value={o.counts.women} suffix={copy.counts.unit} />
          <Statistic title={copy.counts.migrant} value={o.counts.migrant} suffix={copy.counts.unit} />
          <Statistic title={copy.counts.newForm} value={o.counts.newForm} suffix={copy.counts.unit} />
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {copy.counts.hint}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={2}
          bordered
          items={[
            { key: 'creditCode', label: l.creditCode, children: dash(o.creditCode) },
            { key: 'type', label: l.type, children: o.type },
            { key: 'foundedOn', label: l.foundedOn, children: o.foundedOn ? formatChineseYmd(o.foundedOn) : '—' },
            { key: 'chairman', label: l.chairman, children: dash(o.chairman) },
            { key: 'contactPerson', label: l.contactPerson, children: dash(o.contactPerson) },
            { key: 'contactPhone', label: l.contactPhone, children: dash(o.contactPhone) },
            { key: 'address', label: l.address, children: dash(o.address), span: 2 },
            { key: 'updatedAt', label: l.updatedAt, children: dayjs(o.updatedAt).format(copy.dateTimeFormat), span: 2 },
          ]}
        />
      </Card>
      <EnterpriseTable org={o} />
    </div>
  )
}

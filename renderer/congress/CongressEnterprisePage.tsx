import { Button, Card, Descriptions, List, Space, Spin, Table, Tag } from 'antd'
import { useNavigate, useParams } from 'react-router'
import type { CheckResult } from '../../shared/congress/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { PrintAction } from '../ui/PrintAction'
import { useCongress } from './api'
import { copy } from './copy'
import { CongressForm } from './CongressForm'

/** One enterprise: its six checks with the reasons, and its record to edit. */
export function CongressEnterprisePage() {
  const { enterpriseId } = useParams()
  const navigate = useNavigate()
  const congress = useCongress(enterpriseId)
  if (congress.isPending) return <Spin />
  if (!congress.data) return <ErrorAlert error={congress.error} />
  const d = congress.data
  const w = d.workforceWomen
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${d.enterpriseName}　${d.established ? copy.established : copy.notEstablished}`}
        extra={<Button onClick={() => void navigate('..', { relative: 'path' })}>{copy.back}</Button>}
      >
        <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={copy.columns.org}>{d.orgName}</Descriptions.Item>
          <Descriptions.Item label={copy.columns.economicType}>{d.economicType ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={copy.workforceWomen}>
            {w ? `${copy.womenSource[w.source]} ${w.women}/${w.total}（${((w.women * 100) / w.total).toFixed(1)}%）` : copy.workforceWomenUnknown}
          </Descriptions.Item>
        </Descriptions>
        <Table<CheckResult>
          size="small"
          rowKey="name"
          pagination={false}
          title={() => `${copy.checksTitle}（${copy.today} ${d.today}）`}
          dataSource={d.checks}
          columns={[
            { title: copy.checkName, dataIndex: 'name', width: 110 },
            { title: copy.checkResult, key: 'pass', width: 90, render: (_, c) => <Tag color={c.pass ? 'green' : 'red'}>{c.pass ? copy.pass : copy.fail}</Tag> },
            { title: copy.checkReason, dataIndex: 'reason' },
          ]}
        />
      </Card>
      <Card title={copy.papersTitle} size="small">
        <List
          size="small"
          dataSource={d.sessions}
          locale={{ emptyText: copy.noSessions }}
          renderItem={(s) => (
            <List.Item extra={<PrintAction document="congress" enterpriseId={d.enterpriseId} date={s.date} />}>{copy.sessionLine(s.date, s.present, s.votes.length)}</List.Item>
          )}
        />
      </Card>
      <CongressForm key={d.updatedAt} detail={d} />
    </Space>
  )
}

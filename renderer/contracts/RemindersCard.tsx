import { Card, Table, Tag } from 'antd'
import { useNavigate } from 'react-router'
import { reminderKindLabels, type ContractReminder } from '../../shared/contract/contracts'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useContractReminders } from './api'
import { copy } from './copy'
import { toneColor } from './tones'

/** 到期提醒: each row opens its contract. */
export function RemindersCard() {
  const navigate = useNavigate()
  const reminders = useContractReminders()
  return (
    <Card title={copy.remindersTitle} size="small">
      <ErrorAlert error={reminders.error} />
      <Table<ContractReminder>
        size="small"
        rowKey={(r) => `${r.contractId}-${r.kind}`}
        loading={reminders.isPending}
        dataSource={reminders.data ?? []}
        locale={{ emptyText: copy.remindersEmpty }}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => void navigate(r.contractId), style: { cursor: 'pointer' } })}
        columns={[
          { title: copy.columns.item, dataIndex: 'kind', width: 130, render: (k: ContractReminder['kind'], r) => <Tag color={toneColor[r.tone]}>{reminderKindLabels[k]}</Tag> },
          { title: copy.columns.title, dataIndex: 'title', width: 180 },
          { title: copy.columns.due, dataIndex: 'due', width: 110 },
          { title: '', dataIndex: 'message' },
        ]}
      />
    </Card>
  )
}

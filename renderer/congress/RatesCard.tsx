import { Card, Table } from 'antd'
import type { EstablishmentRate } from '../../shared/congress/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useEstablishmentRates } from './api'
import { copy } from './copy'

const rate = (part: number, whole: number) => (whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`)

/** 建制率 for the office, by the enterprises' economic type, with the 100-plus-staff subset seed 003 sets a target for. */
export function RatesCard() {
  const rates = useEstablishmentRates()
  const rows = rates.data ? [...rates.data.rows, rates.data.total] : []
  return (
    <Card title={copy.ratesTitle} size="small" loading={rates.isPending}>
      <ErrorAlert error={rates.error} />
      <Table<EstablishmentRate>
        size="small"
        rowKey="economicType"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: copy.rates.economicType, dataIndex: 'economicType' },
          { title: copy.rates.enterprises, dataIndex: 'enterprises', align: 'right' },
          { title: copy.rates.established, dataIndex: 'established', align: 'right' },
          { title: copy.rates.rate, key: 'rate', align: 'right', render: (_, r) => rate(r.established, r.enterprises) },
          { title: copy.rates.hundredPlus, dataIndex: 'hundredPlus', align: 'right' },
          { title: copy.rates.hundredPlusEstablished, dataIndex: 'hundredPlusEstablished', align: 'right' },
          { title: copy.rates.hundredPlusRate, key: 'rate100', align: 'right', render: (_, r) => rate(r.hundredPlusEstablished, r.hundredPlus) },
        ]}
      />
    </Card>
  )
}

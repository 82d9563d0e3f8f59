import type { TablePaginationConfig } from 'antd'
import { useState } from 'react'

const pageSize = 20

/**
 * A list page's filter and its page, asked of the core by limit/offset. Any change of filter goes back to the first
 * page, so a narrower search never lands on a page past its end; the page size is fixed because the query's limit is.
 */
export function usePagedFilter<F extends { limit?: number; offset?: number }>(initial: F) {
  const [filter, setFilter] = useState<F>(() => ({ ...initial, limit: pageSize, offset: 0 }))
  const set = (patch: Partial<F>) => setFilter((f) => ({ ...f, ...patch, offset: 0 }))
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: Math.floor((filter.offset ?? 0) / pageSize) + 1,
    pageSize,
    total: total ?? 0,
    showSizeChanger: false,
    onChange: (page) => setFilter((f) => ({ ...f, offset: (page - 1) * pageSize })),
  })
  return { filter, set, pagination }
}

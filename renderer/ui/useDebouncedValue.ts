import { useEffect, useState } from 'react'

/**
 * The value after it has stopped changing for `ms`: type-ahead and live calculations ask the core once per pause,
 * not once per key. Plain data is compared by content, so a freshly built but equal object does not start another
 * round.
 */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled((prev) => (JSON.stringify(prev) === JSON.stringify(value) ? prev : value)), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

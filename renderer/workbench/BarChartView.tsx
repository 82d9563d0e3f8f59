import { Typography } from 'antd'
import type { EChartsCoreOption, EChartsType } from 'echarts/core'
import { useEffect, useRef, useState } from 'react'
import { copy } from './copy'

interface Props {
  option: EChartsCoreOption
  /** Which bar was clicked: its series and its place in the series. */
  onBarClick: (seriesIndex: number, dataIndex: number) => void
  height: number
  testId: string
}

/**
 * One echarts bar chart. echarts (about a megabyte) is fetched the first time a chart mounts, so no other screen pays
 * for it; the chart resizes with the window and is disposed with the component.
 */
export function BarChartView({ option, onBarClick, height, testId }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)
  const click = useRef(onBarClick)
  click.current = onBarClick
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let gone = false
    const resize = () => chart.current?.resize()
    void import('./echarts-setup').then(({ init }) => {
      if (gone || !box.current) return
      const c = init(box.current, undefined, { renderer: 'svg' })
      c.on('click', (p) => click.current(p.seriesIndex ?? 0, p.dataIndex))
      chart.current = c
      window.addEventListener('resize', resize)
      setReady(true)
    })
    return () => {
      gone = true
      window.removeEventListener('resize', resize)
      chart.current?.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    if (ready) chart.current?.setOption(option, { notMerge: true })
  }, [ready, option])

  return (
    <div style={{ position: 'relative', height }}>
      <div ref={box} data-testid={testId} style={{ width: '100%', height }} />
      {ready ? null : (
        <Typography.Text type="secondary" style={{ position: 'absolute', top: height / 2 - 10, left: 0, right: 0, textAlign: 'center' }}>
          {copy.charts.loading}
        </Typography.Text>
      )}
    </div>
  )
}

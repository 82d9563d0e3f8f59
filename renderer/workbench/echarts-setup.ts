import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

// Only what the workbench draws, so the chunk stays small. SVG: a few dozen bars render crisply at any zoom, and each
// bar is an element a test (or an accessibility tool) can find.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

export { init }

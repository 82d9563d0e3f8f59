import type { CanvasElement, Content, Margins, TDocumentDefinitions } from 'pdfmake/interfaces'
import { printTemplateName } from '../../../../shared/contract/print'
import { MM } from './common'

/**
 * A ruler grid every 10 mm (5 mm ticks), drawn with the template's offset applied. Printed on plain paper and laid
 * over the pre-printed form, it shows how far the printer is off; the clerk enters the difference and prints again.
 */
export function calibrationDoc(p: { template: string; printer: string; xMm: number; yMm: number; unionName: string }): TDocumentDefinitions {
  const width = 210
  const height = 297
  const lines: CanvasElement[] = []
  const labels: Content[] = []
  for (let x = 0; x <= width; x += 5) {
    const major = x % 10 === 0
    lines.push({ type: 'line', x1: x * MM, y1: 0, x2: x * MM, y2: major ? height * MM : 4 * MM, lineWidth: major ? 0.3 : 0.2, lineColor: major ? '#9ab' : '#567' })
    if (x % 20 === 0 && x > 0 && x < width) labels.push({ text: String(x), fontSize: 6, absolutePosition: { x: (x + 0.6 + p.xMm) * MM, y: (5 + p.yMm) * MM } })
  }
  for (let y = 0; y <= height; y += 5) {
    const major = y % 10 === 0
    lines.push({ type: 'line', x1: 0, y1: y * MM, x2: major ? width * MM : 4 * MM, y2: y * MM, lineWidth: major ? 0.3 : 0.2, lineColor: major ? '#9ab' : '#567' })
    if (y % 20 === 0 && y > 0 && y < height) labels.push({ text: String(y), fontSize: 6, absolutePosition: { x: (5 + p.xMm) * MM, y: (y + 0.6 + p.yMm) * MM } })
  }
  // Crosshair at 20 mm / 20 mm: the point to measure from.
  lines.push({ type: 'line', x1: 15 * MM, y1: 20 * MM, x2: 25 * MM, y2: 20 * MM, lineWidth: 1, lineColor: '#c00' })
  lines.push({ type: 'line', x1: 20 * MM, y1: 15 * MM, x2: 20 * MM, y2: 25 * MM, lineWidth: 1, lineColor: '#c00' })
  return {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    content: [
      { canvas: lines, absolutePosition: { x: p.xMm * MM, y: p.yMm * MM } },
      ...labels,
      {
        stack: [
          { text: '套打校准页', fontSize: 18, bold: true },
          { text: `模板：${printTemplateName(p.template)}    打印机：${p.printer}`, fontSize: 11 },
          { text: `当前偏移：水平 ${p.xMm} 毫米，垂直 ${p.yMm} 毫米（向右、向下为正）`, fontSize: 11 },
          { text: '将本页与预印表格重叠对光，量出红色十字（20, 20 毫米）与表格定位点的差距，填入“打印设置”后重新打印本页核对。', fontSize: 10, margin: [0, 6, 0, 0] },
          ...(p.unionName ? [{ text: p.unionName, fontSize: 10, margin: [0, 6, 0, 0] satisfies Margins }] : []),
        ],
        absolutePosition: { x: (40 + p.xMm) * MM, y: (60 + p.yMm) * MM },
        // Readable over the grid without hiding where the lines run.
        background: '#ffffff',
      },
    ],
    info: { title: `套打校准页 ${printTemplateName(p.template)}` },
  }
}

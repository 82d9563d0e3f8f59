import { createTestCore } from '../helpers/test-core'
import { seedBulk } from '../integration/print/fixtures'
import { timeMs, type Bench, type BenchRow } from './report'
import { warmPrinter } from '../../electron/core/print/printer'

const bytesOf = (b64: string) => Math.floor((b64.length * 3) / 4)

/**
 * Print speed through the dispatcher, as the app and the CLI call it: data read, serials taken, PDF rendered.
 * The first preview is measured after warmPrinter, as the app calls it at startup.
 */
export const printBench: Bench = {
  title: '打印',
  async run() {
    const t = await createTestCore({ file: true })
    try {
      const small = await seedBulk(t, 2000)
      const rows: BenchRow[] = []
      // As the transports do right after openCore: fonts loaded in the background before the clerk opens anything.
      const warm = await timeMs(() => warmPrinter(t.core.fontsDir))
      rows.push({ name: '启动预热 warmPrinter（后台运行，不阻塞界面）', value: warm.ms, unit: 'ms' })
      const first = await timeMs(() => t.call('print.previewCertificate', { applicationId: small.applicationIds[0] ?? '' }))
      rows.push({ name: '预热后首次预览一份发放证明（核心调用到 PDF 字节）', value: first.ms, unit: 'ms', target: 500 })
      const again = await timeMs(() => t.call('print.previewCertificate', { applicationId: small.applicationIds[1] ?? '' }))
      rows.push({ name: '再次预览一份发放证明', value: again.ms, unit: 'ms' })

      const roster = await timeMs(() => t.call('print.roster', { batchId: small.batchId }))
      rows.push({ name: `2,000 行签领表（${roster.value.pages} 页）`, value: roster.ms / 1000, unit: 's', target: 3 })
      rows.push({ name: '签领表 页/秒', value: roster.value.pages / (roster.ms / 1000), unit: '页/s' })

      // 1,000 certificates: a batch of the first 1,000 applications.
      const ids = small.applicationIds.slice(0, 1000)
      await t.core.db.updateTable('aid_application').set({ batch_id: null }).where('id', 'not in', ids).execute()
      const one = await timeMs(() => t.call('print.certificates', { batchId: small.batchId }))
      const size = bytesOf(one.value.files[0]?.contentBase64 ?? '') / 1024 / 1024
      rows.push({ name: `1,000 份发放证明合成一个 PDF（${one.value.pages} 页）`, value: one.ms / 1000, unit: 's', target: 3 })
      rows.push({ name: '  其文件大小', value: size, unit: 'MB', target: 2 })
      rows.push({ name: '  页/秒', value: one.value.pages / (one.ms / 1000), unit: '页/s' })
      const split = await timeMs(() => t.call('print.certificates', { batchId: small.batchId, split: true }))
      rows.push({ name: `1,000 份发放证明每人一个文件（${split.value.files.length} 个）`, value: split.ms / 1000, unit: 's', target: 15 })
      rows.push({ name: '  页/秒', value: split.value.pages / (split.ms / 1000), unit: '页/s' })
      return rows
    } finally {
      await t.close()
    }
  },
}

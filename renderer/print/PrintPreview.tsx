import type { ReactNode } from 'react'
import { App, Button, Space, Spin, Tag } from 'antd'
import type { Input } from '../../shared/contract/index'
import type { PrintedFile } from '../../shared/contract/print'
import { blobOf, downloadPayload } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useFinalFile, usePrintedFile, useSplitCertificates, type PrintMethod } from './api'
import { copy } from './copy'
import { PdfPages } from './PdfPages'

/**
 * Opens the system print dialog for a PDF. Web mode opens it in a new tab (the browser's viewer prints it); the
 * desktop app refuses new windows, so there the PDF is printed from a hidden frame, which shows Electron's dialog.
 */
function printPdf(file: PrintedFile['file'], onBlocked: () => void): void {
  const url = URL.createObjectURL(blobOf(file, 'application/pdf'))
  const tab = window.open(url, '_blank')
  if (!tab) {
    onBlocked()
    const frame = document.createElement('iframe')
    frame.style.display = 'none'
    frame.src = url
    frame.onload = () => frame.contentWindow?.print()
    document.body.appendChild(frame)
    setTimeout(() => frame.remove(), 60_000)
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export interface PrintPreviewProps<M extends PrintMethod> {
  method: M
  input: Input<M>
  width?: number
  /** More buttons beside 打印 / 导出PDF (e.g. 每人一个文件 for a batch of certificates). */
  extra?: ReactNode
}

/**
 * The reusable preview: shows the read-only preview page by page (numbered documents print 预览（未编号） there);
 * 打印 and 导出PDF run the numbering method, which takes the serial or marks the print 补打.
 * Drop it into a drawer or modal: `<PrintPreview method="print.previewCertificate" input={{ applicationId }} />`.
 */
export function PrintPreview<M extends PrintMethod>({ method, input, width, extra }: PrintPreviewProps<M>) {
  const printed = usePrintedFile(method, input)
  const final = useFinalFile(method, printed.data)
  const { message } = App.useApp()
  if (printed.error) return <ErrorAlert error={printed.error} />
  if (!printed.data) return <Spin tip={copy.rendering} />
  const data = printed.data
  // The file numbered for this very input; another input (a different printer, say) has not been numbered yet.
  const done = final.data && JSON.stringify(final.variables) === JSON.stringify(input) ? final.data : undefined
  // 导出PDF of a document already numbered here is the same file: no second serial, no 补打 row. Every 打印 puts a
  // sheet on paper, so it always goes to the core and a second one is logged as 补打.
  const numbered = (use: (out: PrintedFile) => void) => final.mutate(input, { onSuccess: use })
  const exported = (use: (out: PrintedFile) => void) => (done ? use(done) : numbered(use))
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          type="primary"
          loading={final.isPending}
          onClick={() => numbered((out) => printPdf(out.file, () => void message.info(copy.popupBlocked)))}
        >
          {copy.print}
        </Button>
        <Button loading={final.isPending} onClick={() => exported((out) => downloadPayload(out.file, 'application/pdf'))}>
          {copy.exportPdf}
        </Button>
        {extra}
        {done && done.serials.length > 0 && (
          <span>
            {copy.serials}：{done.serials.length > 1 ? `${done.serials[0]} … ${done.serials.at(-1)}` : done.serials[0]}
          </span>
        )}
        {done?.reprint && <Tag color="red">{copy.reprint}</Tag>}
      </Space>
      {final.error && <ErrorAlert error={final.error} />}
      <PdfPages contentBase64={data.file.contentBase64} width={width} />
    </Space>
  )
}

/** A batch's certificates: the one-PDF preview, plus 每人一个文件 which downloads each recipient's numbered PDF. */
export function CertificatesPreview({ batchId, printer, width }: { batchId: string; printer?: string; width?: number }) {
  const split = useSplitCertificates()
  const input = printer ? { batchId, printer } : { batchId }
  const extra = (
    <Button loading={split.isPending} onClick={() => split.mutate(input, { onSuccess: (out) => out.files.forEach((f) => downloadPayload(f, 'application/pdf')) })}>
      {copy.splitFiles}
    </Button>
  )
  return (
    <>
      {split.error && <ErrorAlert error={split.error} />}
      <PrintPreview method="print.previewCertificates" input={input} width={width} extra={extra} />
    </>
  )
}

import { Button, Space, Spin, Typography } from 'antd'
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'
// ?worker&url: Vite emits the worker as a .js chunk, which every static server types as JavaScript.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url'
import { useEffect, useRef, useState } from 'react'
import { bytesOf } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { copy } from './copy'

GlobalWorkerOptions.workerSrc = workerUrl

/** Shows a PDF one page at a time on a canvas (pdf.js), with 上一页 / 下一页. */
export function PdfPages({ contentBase64, width = 720 }: { contentBase64: string; width?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null)
  const [page, setPage] = useState(1)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    const task = getDocument({ data: bytesOf(contentBase64) })
    let cancelled = false
    task.promise.then(
      (doc) => {
        setPdf(doc)
        setPage(1)
      },
      // Destroying the task (new content, unmount) rejects it too; that is not a failure to show.
      (err: unknown) => {
        if (!cancelled) setError(err)
      },
    )
    return () => {
      cancelled = true
      void task.destroy()
    }
  }, [contentBase64])

  useEffect(() => {
    const target = canvas.current
    if (!pdf || !target) return
    let cancelled = false
    let render: { cancel(): void } | undefined
    pdf.getPage(page).then(
      (p) => {
        if (cancelled) return
        const base = p.getViewport({ scale: 1 })
        const viewport = p.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) })
        target.width = viewport.width
        target.height = viewport.height
        target.style.width = `${width}px`
        const task = p.render({ canvas: target, viewport })
        render = task
        task.promise.catch(() => undefined)
      },
      (err: unknown) => {
        if (!cancelled) setError(err)
      },
    )
    return () => {
      cancelled = true
      render?.cancel()
    }
  }, [pdf, page, width])

  // pdf.js words its failures in English; the clerk reads the Chinese sentence (the error itself stays in state).
  if (error) return <ErrorAlert error={error} fallback={copy.previewFailed} />
  if (!pdf) return <Spin tip={copy.rendering} />
  return (
    <Space direction="vertical" align="center" style={{ width: '100%' }}>
      <Space>
        <Button disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
          {copy.previous}
        </Button>
        <Typography.Text data-testid="pdf-page-label">{copy.pageOf(page, pdf.numPages)}</Typography.Text>
        <Button disabled={page >= pdf.numPages} onClick={() => setPage((p) => p + 1)}>
          {copy.next}
        </Button>
      </Space>
      <canvas ref={canvas} aria-label={copy.pageOf(page, pdf.numPages)} style={{ border: '1px solid #ddd', boxShadow: '0 1px 4px rgba(0,0,0,.1)' }} />
    </Space>
  )
}

import { Alert, Button, Space, Spin, Typography } from 'antd'
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'
// ?worker&url: Vite emits the worker as a .js chunk, which every static server types as JavaScript.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url'
import { useEffect, useRef, useState } from 'react'
import { copy } from './copy'

GlobalWorkerOptions.workerSrc = workerUrl

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Shows a PDF one page at a time on a canvas (pdf.js), with 上一页 / 下一页. */
export function PdfPages({ contentBase64, width = 720 }: { contentBase64: string; width?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null)
  const [page, setPage] = useState(1)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const task = getDocument({ data: bytesOf(contentBase64) })
    task.promise.then(
      (doc) => {
        setPdf(doc)
        setPage(1)
      },
      (err: unknown) => setError(String(err)),
    )
    return () => void task.destroy()
  }, [contentBase64])

  useEffect(() => {
    const target = canvas.current
    if (!pdf || !target) return
    let cancelled = false
    let render: { cancel(): void } | undefined
    void pdf.getPage(page).then((p) => {
      if (cancelled) return
      const base = p.getViewport({ scale: 1 })
      const viewport = p.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) })
      target.width = viewport.width
      target.height = viewport.height
      target.style.width = `${width}px`
      const task = p.render({ canvas: target, viewport })
      render = task
      task.promise.catch(() => undefined)
    })
    return () => {
      cancelled = true
      render?.cancel()
    }
  }, [pdf, page, width])

  if (error) return <Alert type="error" message={error} />
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

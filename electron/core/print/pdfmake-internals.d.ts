// pdfmake's own PDFDocument (a pdfkit subclass) has no published types; printer.ts checks its shape at run time.
declare module 'pdfmake/js/PDFDocument.js' {
  const PDFDocumentModule: unknown
  export default PDFDocumentModule
}

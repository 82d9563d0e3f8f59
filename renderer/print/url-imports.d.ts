// Vite turns `?url` imports into the emitted file's URL (used for the pdf.js worker).
declare module '*?url' {
  const url: string
  export default url
}
declare module '*?worker&url' {
  const url: string
  export default url
}

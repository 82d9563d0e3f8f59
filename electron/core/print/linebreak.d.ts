// linebreak (UAX #14, the breaker pdfmake and pdfkit use) publishes no types; only this much of it is used.
declare module 'linebreak' {
  interface Break {
    position: number
    required: boolean
  }
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): Break | null
  }
}

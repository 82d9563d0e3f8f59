import LineBreaker from 'linebreak'

/** Printed width in points of a text at a size, by the fonts the printer will use (Printer.measure). */
export type Measure = (text: string, size: number, bold?: boolean) => number

/** The pieces a line may end after (Unicode line breaking: never before 。，） and the like, never inside a word). */
function segments(text: string): string[] {
  const out: string[] = []
  const breaker = new LineBreaker(text)
  let last = 0
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    out.push(text.slice(last, bk.position))
    last = bk.position
  }
  return out
}

/**
 * Breaks text into lines no wider than `width` points, as pdfmake would, so a page can be laid out on fixed
 * coordinates and each line printed unbroken. A piece wider than a whole line is split by character.
 */
export function breakLines(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  const put = (piece: string, w: number) => {
    if (line && used + w > width) {
      lines.push(line.trimEnd())
      line = ''
      used = 0
    }
    line += piece
    used += w
  }
  for (const piece of segments(text)) {
    const w = measure(piece, size)
    if (w <= width) put(piece, w)
    else for (const ch of piece) put(ch, measure(ch, size))
  }
  lines.push(line.trimEnd())
  return lines
}

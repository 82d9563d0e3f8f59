import { fen, fenToChineseUpper, formatFen } from '../../shared/money'

export const yuan = (f: number) => formatFen(fen(f))
export const yuanSymbol = (f: number) => formatFen(fen(f), { symbol: true })
export const upper = (f: number) => fenToChineseUpper(fen(f))

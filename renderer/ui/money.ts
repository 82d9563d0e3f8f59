import { fen, fenToChineseUpper, formatFen } from '../../shared/money'

// Fen as the screens show it; every feature formats money through these, never by hand.

export const yuan = (f: number) => formatFen(fen(f))
export const yuanSymbol = (f: number) => formatFen(fen(f), { symbol: true })
export const upper = (f: number) => fenToChineseUpper(fen(f))

/**
 * Rewrites a TrueType/OpenType font without its shaping tables. Chinese forms need no contextual shaping, and
 * fontkit re-parses GSUB/GPOS on every document: dropping them once per process cuts layout time several-fold.
 * A collection (.ttc) or anything that is not a plain sfnt is returned unchanged.
 */
export function withoutTables(font: Uint8Array, drop: readonly string[]): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const version = view.getUint32(0)
  if (version !== 0x00010000 && version !== 0x4f54544f) return font
  const count = view.getUint16(4)
  const tables: Array<{ tag: string; checksum: number; offset: number; length: number }> = []
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i
    const tag = String.fromCharCode(font[at] ?? 0, font[at + 1] ?? 0, font[at + 2] ?? 0, font[at + 3] ?? 0)
    tables.push({ tag, checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) })
  }
  const keep = tables.filter((t) => !drop.includes(t.tag))
  if (keep.length === tables.length) return font
  let size = 12 + 16 * keep.length
  const positions = keep.map((t) => {
    const at = size
    size += (t.length + 3) & ~3
    return at
  })
  const out = new Uint8Array(size)
  const w = new DataView(out.buffer)
  w.setUint32(0, version)
  w.setUint16(4, keep.length)
  let power = 1
  let log2 = 0
  while (power * 2 <= keep.length) {
    power *= 2
    log2++
  }
  w.setUint16(6, power * 16)
  w.setUint16(8, log2)
  w.setUint16(10, keep.length * 16 - power * 16)
  keep.forEach((t, i) => {
    const at = 12 + 16 * i
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k)
    w.setUint32(at + 4, t.checksum)
    w.setUint32(at + 8, positions[i] ?? 0)
    w.setUint32(at + 12, t.length)
    out.set(font.subarray(t.offset, t.offset + t.length), positions[i] ?? 0)
  })
  return out
}

import { open } from 'node:fs/promises'

/** Whether a file begins with the given bytes (a format's magic), read without loading the file. */
export async function fileStartsWith(path: string, magic: Buffer): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(magic.length)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return bytesRead === magic.length && head.equals(magic)
  } finally {
    await handle.close()
  }
}

// Copies the bundled print fonts (OFL: Noto Serif SC regular and bold, Noto Serif JP for Extension B names such as 𠮷)
// from node_modules into resources/fonts, which electron-builder ships as extraResources (process.resourcesPath/fonts).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Keep in step with bundledFontFiles in electron/core/print/fonts.ts.
const files = [
  ['NotoSerifSC-Regular.ttf', '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'],
  ['NotoSerifSC-Bold.ttf', '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'],
  ['NotoSerifJP-Regular.ttf', '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf'],
  ['OFL-NotoSerifSC.txt', '@expo-google-fonts/noto-serif-sc/LICENSE_FONT'],
  ['OFL-NotoSerifJP.txt', '@expo-google-fonts/noto-serif-jp/LICENSE_FONT'],
]
const out = join(root, 'resources', 'fonts')
mkdirSync(out, { recursive: true })
for (const [name, from] of files) {
  const src = join(root, 'node_modules', from)
  if (!existsSync(src)) {
    if (name.endsWith('.txt')) continue
    console.error(`缺少字体文件：${src}（请先运行 npm install）`)
    process.exit(1)
  }
  copyFileSync(src, join(out, name))
}
console.log(`已复制打印字体到 ${out}`)

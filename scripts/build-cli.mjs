// `npm run build:cli` (also run by `npm ci`/`npm install` as the prepare step, and by `npm run build`): bundles the
// uniondesk command into dist-cli/ (see cli-bundle.mjs).
import { relative } from 'node:path'
import { buildCliBundle, projectRoot } from './cli-bundle.mjs'

try {
  const { entry } = await buildCliBundle()
  console.log(`已生成命令行程序 ${relative(projectRoot, entry)}`)
} catch (err) {
  // An install without devDependencies (npm ci --omit=dev) has no esbuild; the CLI then runs its sources through tsx.
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes("'esbuild'")) throw err
  console.log('未安装 esbuild（未装开发依赖），uniondesk 命令将直接运行源码')
}

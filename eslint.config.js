import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

// Imports go one way (style.md §2): shared imports nothing of ours, core never reaches Electron or the renderer,
// transports reach core only through dispatch and the context, the renderer sees only shared and itself.
const zones = [
  { target: './shared', from: ['./electron', './renderer', './test'], message: 'shared/ 不得依赖项目其他部分' },
  { target: './electron/core', from: ['./renderer', './electron/main', './electron/preload', './electron/server', './electron/cli'], message: 'core 不得依赖传输层或界面' },
  { target: './renderer', from: ['./electron', './test'], message: '界面只能依赖 shared/ 与自身' },
  { target: './electron/preload', from: ['./electron/core', './renderer'], message: 'preload 只暴露 call' },
]

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'test/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: '只有 electron/main 与 electron/preload 可以引用 electron' }] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**', 'electron/core/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'core 与 shared 不得使用 DOM' }, { name: 'document', message: 'core 与 shared 不得使用 DOM' }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'shared/ 不得做输入输出' }], paths: [{ name: 'electron', message: 'shared/ 不得引用 electron' }] }],
    },
  },
)

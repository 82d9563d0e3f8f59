import tseslint from 'typescript-eslint'

// Imports go one way (style.md §2): shared imports nothing of ours, core never reaches Electron, the transports or the
// renderer, the renderer sees only shared and itself, and preload exposes one call. Patterns match the import text,
// so both relative and deep paths are caught.
const restrict = (patterns, extraPaths = []) => ['error', { patterns, paths: extraPaths }]
const noElectron = { name: 'electron', message: '只有 electron/main 与 electron/preload 可以引用 electron' }

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'test-results/**', 'test/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-imports': restrict([], [noElectron]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ 不得依赖项目其他部分' },
          { regex: '^node:', message: 'shared/ 不得做输入输出' },
        ],
        [noElectron],
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**'], message: 'core 不得依赖传输层或界面' }],
        [noElectron],
      ),
      'no-restricted-globals': ['error', { name: 'window', message: 'core 不得使用 DOM' }, { name: 'document', message: 'core 不得使用 DOM' }],
    },
  },
  {
    files: ['electron/server/**/*.ts', 'electron/cli/**/*.ts', 'electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ group: ['**/renderer/**'], message: '传输层不得依赖界面' }],
        [],
      ),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/core/**', '**/renderer/**'], message: 'preload 只暴露 call' }]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/electron/**', '**/test/**', 'node:*'], message: '界面只能依赖 shared/ 与自身' }], [noElectron]),
    },
  },
)

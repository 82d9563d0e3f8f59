import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The renderer is served from file:// in the desktop app and from the loopback server in web mode: relative paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The entry must stay small (first screen, `npm run bench 首屏`); the PDF viewer's worker alone is over 1 MB.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React, the router and the query cache change only with a dependency update: one chunk of their own keeps
          // its file name, and so the browser's cached copy, across releases of the app's code. antd stays split by
          // use, so a section's components (date pickers, uploads) load with that section.
          groups: [{ name: 'react-vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]query-core|@tanstack[\\/]react-query)[\\/]/ }],
        },
      },
    },
  },
})

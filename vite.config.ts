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
    chunkSizeWarningLimit: 4000,
  },
})

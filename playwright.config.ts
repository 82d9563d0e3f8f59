import { defineConfig } from '@playwright/test'

// The app counts days in China's time (shared/dates todayIn). The tests and the browser do too, as on an office PC:
// otherwise, from 16:00 to 24:00 UTC, a test's "today" is the app's yesterday. Set before any test computes a date;
// the test workers and the web-mode server inherit it.
process.env.TZ = 'Asia/Shanghai'

// Debian's Chromium, never a downloaded browser: this machine and CI reach only the npm and Debian registries.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
})

import { defineConfig, devices } from '@playwright/test'

/**
 * Browser tests against the production build (`npm run test:browser` runs
 * `vite build` first), in the system Chromium: nothing downloads a browser
 * here. `CHROMIUM_PATH` overrides where Chromium lives.
 */
const PORT = 4173

export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
  },
  webServer: {
    // The vite binary itself, not an npx wrapper that would leave it running.
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          headless: true,
        },
      },
    },
  ],
})

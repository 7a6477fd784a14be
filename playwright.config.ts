import { defineConfig } from '@playwright/test';

// Browser tests run against the built static site, served as a real static host would serve it.
// Browsers cannot be downloaded here: we drive Debian's Chromium (or CHROMIUM_PATH).
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: 0,
  // A stray test.only must not turn CI green by skipping every other test.
  forbidOnly: !!process.env.CI,
  // Generous: CI has two cores, and a guide walk with axe takes several seconds there.
  timeout: 60_000,
  // The list for people; the JSON to a file for scripts/test.mjs (never to the terminal).
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    locale: 'sv-SE',
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});

import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright's own browser builds cannot be downloaded offline; Debian's Chromium is used instead.
const chromium = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    launchOptions: {
      ...(existsSync(chromium) ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    // The loopback browser host in Chromium: what runs on offline and headless machines (and CI).
    { name: 'browser', use: { browserName: 'chromium' } },
    // The real Electron app; every spec is skipped when no Electron binary is installed.
    { name: 'electron', use: { browserName: 'chromium' } },
  ],
});

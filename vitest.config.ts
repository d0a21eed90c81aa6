import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The browser files share one built site and one CPU-hungry browser: run files one
    // after another (unit files take about a second each, so they lose little).
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000
        }
      }
    ]
  }
})

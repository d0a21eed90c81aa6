import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Two files at a time: much of a browser test is waiting (network idle, idle callbacks,
    // diagram rendering), so two overlap well on a 2-core CI machine; more would only fight
    // for the CPU.
    fileParallelism: true,
    maxWorkers: 2,
    minWorkers: 1,
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

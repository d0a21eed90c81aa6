// Builds the site once with a non-root base (as on a GitHub project page), serves it on
// localhost and hands the URL to the browser tests.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { ROOT_DIR } from '../../scripts/content'
import { startStaticServer, type StaticServer } from './static-server'

export const TEST_BASE = '/llm-interview/'
export const TEST_OUT_DIR = join(ROOT_DIR, '.vitepress', 'dist-test')

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string
    siteBase: string
    siteDir: string
  }
}

let server: StaticServer | undefined

export async function setup(project: TestProject): Promise<void> {
  // REUSE_TEST_BUILD=1 skips the rebuild while iterating on the tests themselves.
  if (!(process.env.REUSE_TEST_BUILD && existsSync(join(TEST_OUT_DIR, 'index.html')))) {
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT_DIR,
      stdio: 'inherit',
      env: { ...process.env, SITE_BASE: TEST_BASE, SITE_OUT_DIR: TEST_OUT_DIR }
    })
  }
  server = await startStaticServer(TEST_OUT_DIR, TEST_BASE)
  project.provide('siteOrigin', server.origin)
  project.provide('siteBase', TEST_BASE)
  project.provide('siteDir', TEST_OUT_DIR)
}

export async function teardown(): Promise<void> {
  await server?.close()
}

// Builds the site with a non-root base (as on a GitHub project page), which most tests use,
// and once more with the root base (as on a custom domain) for the search journey; serves
// both on localhost and hands the URLs to the browser tests.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildSite } from '../../scripts/build-site'
import { ROOT_DIR } from '../../scripts/content'
import { startStaticServer, type StaticServer } from '../../scripts/static-server'

export const TEST_BASE = '/llm-interview/'
export const TEST_OUT_DIR = join(ROOT_DIR, '.vitepress', 'dist-test')
export const ROOT_TEST_OUT_DIR = join(ROOT_DIR, '.vitepress', 'dist-test-root')

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string
    siteBase: string
    siteDir: string
    rootSiteOrigin: string
  }
}

let server: StaticServer | undefined
let rootServer: StaticServer | undefined

export async function setup(project: TestProject): Promise<void> {
  // REUSE_TEST_BUILD=1 skips the rebuild while iterating on the tests themselves.
  const reuse = process.env.REUSE_TEST_BUILD && existsSync(join(ROOT_TEST_OUT_DIR, 'index.html'))
  if (!reuse) {
    // `npm run build` runs the content check first; the second build skips it.
    buildSite({ outDir: TEST_OUT_DIR, base: TEST_BASE, check: true })
    buildSite({ outDir: ROOT_TEST_OUT_DIR, base: '/' })
  }
  server = await startStaticServer(TEST_OUT_DIR, TEST_BASE)
  rootServer = await startStaticServer(ROOT_TEST_OUT_DIR, '/')
  project.provide('siteOrigin', server.origin)
  project.provide('siteBase', TEST_BASE)
  project.provide('siteDir', TEST_OUT_DIR)
  project.provide('rootSiteOrigin', rootServer.origin)
}

export async function teardown(): Promise<void> {
  await Promise.all([server?.close(), rootServer?.close()])
}

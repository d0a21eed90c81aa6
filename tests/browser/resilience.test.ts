// Offline and failure behaviour: after the network drops, pages already visited still open
// (in-app and on reload, through the offline service worker) and search keeps working with
// an index already loaded; a missing or corrupt index file
// gives a clear message in the search box instead of an endless spinner.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/chromium'
import { openPage } from './visit'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

const INDEX_REQUEST = /search-index[.\w-]*\.json/

describe('offline and failures', () => {
  it('keeps visited pages and a loaded search index working offline', async () => {
    const visit = await openPage(browser, '/17-position-encoding/')
    const { page, context } = visit
    // The offline worker has kept what the first page loaded.
    await page.locator('html[data-offline-ready="true"]').waitFor({ timeout: 15_000 })
    // Visit a second page through the app, and load the search index.
    await page.locator('.VPSidebar a', { hasText: '18. Layer Normalization' }).click()
    await page.locator('.vp-doc h1', { hasText: '18. Layer Normalization' }).waitFor()
    await page.locator('.search-button').click()
    await page.locator('.search-input').fill('旋转位置编码')
    await page.locator('.search-result').first().waitFor()
    await page.keyboard.press('Escape')

    await context.setOffline(true)
    await page.locator('.VPSidebar a', { hasText: '17. 位置编码' }).click()
    await page.locator('.vp-doc h1', { hasText: '17. 位置编码' }).waitFor()
    await page.locator('.search-button').click()
    await page.locator('.search-input').fill('层归一化')
    await page.locator('.search-result').first().waitFor()
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0)
    await page.keyboard.press('Escape')

    // Even a reload works offline, from the worker's copy.
    await page.reload({ waitUntil: 'load' })
    await page.locator('.vp-doc h1', { hasText: '17. 位置编码' }).waitFor()
    await visit.close()
  })

  for (const [name, fulfil] of [
    ['missing', { status: 404, body: 'not found' }],
    ['corrupt', { status: 200, contentType: 'application/json', body: '{"format": 1, "records": [[' }]
  ] as const) {
    it(`says so when the search index is ${name}`, async () => {
      // Without the offline worker, which would fetch the real file past page.route.
      const visit = await openPage(browser, '/', {
        contextOptions: { serviceWorkers: 'block' },
        prepare: (page) => page.route(INDEX_REQUEST, (route) => route.fulfill(fulfil))
      })
      const { page } = visit
      await page.locator('.search-button').click()
      await page.locator('.search-input').fill('显存')
      const alert = page.locator('.search-dialog [role="alert"]')
      await alert.waitFor({ timeout: 10_000 })
      expect(await alert.textContent()).toContain('搜索索引加载失败')
      expect(await page.locator('.search-dialog').textContent()).not.toContain('正在加载搜索索引')
      await visit.close()
    })
  }
})

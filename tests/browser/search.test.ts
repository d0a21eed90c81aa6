// The search journey in Chromium, under both the non-root base (GitHub project page) and
// the root base: nothing search-related loads until search opens; the keyboard opens it;
// a Chinese query shows highlighted results identical to the CLI's; Enter lands on the
// exact heading; IME composition never navigates; markup in a query stays text.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SearchEngine, type SearchResult } from '../../.vitepress/search/engine'
import { decodeIndexFile } from '../../.vitepress/search/records'
import { ensureIndexFile } from '../../scripts/search/index-file'
import { launchChromium } from '../../scripts/chromium'
import { defaultSite, openPage, rootSite, type SiteLocation } from './visit'

let browser: Browser
let engine: SearchEngine

beforeAll(async () => {
  const [launched, { json }] = await Promise.all([launchChromium(), ensureIndexFile()])
  browser = launched
  engine = new SearchEngine(decodeIndexFile(JSON.parse(json)))
})
afterAll(async () => browser?.close())

const INDEX_REQUEST = /search-index[.\w-]*\.json/
const SEARCH_CODE = /SearchModal|flexsearch/i
const QUERY = '旋转位置编码'

function expectedTop(query: string): SearchResult {
  const [top] = engine.search(query)
  expect(top, `the index answers "${query}"`).toBeDefined()
  return top
}

async function openSearchWithKeyboard(page: Page, key: 'Control+k' | '/') {
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press(key)
  await page.locator('.search-dialog').waitFor()
}

async function currentLocation(page: Page) {
  return page.evaluate(() => ({ path: location.pathname, hash: decodeURIComponent(location.hash) }))
}

describe.each([
  ['non-root base', defaultSite],
  ['root base', rootSite]
] as [string, () => SiteLocation][])('search under the %s', (_, site) => {
  it('loads the index only when opened, finds a Chinese query and lands on the exact heading', async () => {
    const expected = expectedTop(QUERY)
    const start = '/'
    const visit = await openPage(browser, start, { site: site() })
    const { page, report } = visit
    expect(report.requests.filter((url) => INDEX_REQUEST.test(url) || SEARCH_CODE.test(url))).toEqual([])

    const indexResponse = page.waitForResponse((response) => INDEX_REQUEST.test(response.url()))
    await openSearchWithKeyboard(page, 'Control+k')
    expect((await indexResponse).status()).toBe(200)
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true)

    await page.keyboard.type(QUERY)
    const first = page.locator('.search-result').first()
    await first.waitFor()
    expect((await first.locator('.result-heading').textContent())?.trim()).toBe(expected.heading)
    expect(await first.locator('mark').count()).toBeGreaterThan(0)
    const marked = await page.locator('.search-result mark').allTextContents()
    expect(marked.join('')).toMatch(/旋转位置编码|RoPE/i)

    await page.keyboard.press('Enter')
    const [route, anchor] = expected.url.split('#')
    await expect.poll(() => currentLocation(page)).toEqual({ path: `${site().base}${route.replace(/^\//, '')}`, hash: `#${anchor}` })
    await expect.poll(() => page.locator('.search-dialog').count()).toBe(0)
    // The heading is scrolled into view (below the fixed nav bar, inside the window).
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const rect = document.getElementById(id)?.getBoundingClientRect()
          return rect ? rect.top >= 0 && rect.top < window.innerHeight / 2 : false
        }, anchor)
      )
      .toBe(true)
    expect(report.consoleErrors).toEqual([])
    await visit.close()
  })
})

describe('search box behaviour', () => {
  it('opens with "/", ignores Enter while an input method is composing, closes with Esc', async () => {
    const visit = await openPage(browser, '/')
    const { page } = visit
    await openSearchWithKeyboard(page, '/')
    await page.keyboard.type('RoPE')
    await page.locator('.search-result').first().waitFor()
    const before = await currentLocation(page)
    await page.locator('.search-input').dispatchEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })
    await page.waitForTimeout(300)
    expect(await currentLocation(page)).toEqual(before)
    expect(await page.locator('.search-dialog').count()).toBe(1)

    await page.keyboard.press('ArrowDown')
    expect(await page.locator('.search-result.active').getAttribute('id')).toBe('search-result-1')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.search-dialog').count()).toBe(0)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('shows markup typed into the query as text and never runs it', async () => {
    const visit = await openPage(browser, '/')
    const { page } = visit
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs++
      return dialog.dismiss()
    })
    await openSearchWithKeyboard(page, 'Control+k')
    const query = '<img src=x onerror=alert(1)>'
    await page.locator('.search-input').fill(query)
    // The index loads on first open; wait until the dialog shows results or the no-result text.
    await expect.poll(() => page.locator('.search-body').textContent(), { timeout: 30_000 }).not.toContain('正在加载')
    expect(await page.locator('.search-dialog img').count()).toBe(0)
    expect(dialogs).toBe(0)
    const body = await page.locator('.search-body').textContent()
    if ((await page.locator('.search-result').count()) === 0) expect(body).toContain(query)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })

  it('is usable on a phone and remembers recent searches', async () => {
    const visit = await openPage(browser, '/', { viewport: { width: 390, height: 844 } })
    const { page } = visit
    await page.locator('.search-button').click()
    await page.locator('.search-dialog').waitFor()
    const box = await page.locator('.search-dialog').boundingBox()
    expect(box!.width).toBeLessThanOrEqual(390)
    await page.locator('.search-input').fill('KV cache')
    await page.locator('.search-result').first().waitFor()
    await page.locator('.search-result a').first().click()
    await expect.poll(() => page.locator('.search-dialog').count()).toBe(0)

    await page.locator('.search-button').click()
    await page.locator('.search-recent').waitFor()
    expect(await page.locator('.search-recent .search-chip').first().textContent()).toContain('KV cache')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(visit.report.consoleErrors).toEqual([])
    await visit.close()
  })
})
